// Draws the extension icon (images/icon.png, 128x128): a resolution page with a title and numbered
// paragraphs on a UN-blue tile. Plain code instead of an image editor, so the picture can be rebuilt
// and reviewed like any other source. usage: node scripts/draw-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4x4 samples per pixel smooth the edges

const BLUE = [0, 158, 219];
const FOLD = [178, 224, 244];
const PAGE = [255, 255, 255];
const INK = [23, 55, 94];
const GREY = [160, 172, 186];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const FOLD_SIZE = 18;
// The page with its top-right corner cut off; the fold is the triangle below the cut.
const page = (x, y) => x >= 28 && x <= 100 && y >= 14 && y <= 114 && x - 100 + FOLD_SIZE <= y - 14;
const fold = (x, y) => x <= 100 && y >= 14 && x >= 100 - FOLD_SIZE && y <= 14 + FOLD_SIZE && x - 100 + FOLD_SIZE >= y - 14;

// Back to front: the last shape that covers a point gives its colour.
const layers = [
  [roundedRect(0, 0, SIZE, SIZE, 22), BLUE],
  [page, PAGE],
  [fold, FOLD],
  [roundedRect(42, 30, 80, 36, 3), INK], // the title
  ...[50, 64, 78, 92].flatMap((y, i) => [
    [circle(41, y + 2.5, 4), BLUE], // the paragraph number
    [roundedRect(50, y, i === 3 ? 74 : 88, y + 5, 2.5), GREY],
  ]),
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      const hit = layers.findLast(([inside]) => inside(x, y));
      if (!hit) continue;
      for (let c = 0; c < 3; c++) sum[c] += hit[1][c];
      sum[3] += 255;
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = sum[3] / n;
  // Colours are averaged over covered samples only, so edges fade in alpha without darkening.
  const covered = sum[3] / 255 || 1;
  return [...sum.slice(0, 3).map((v) => Math.round(v / covered)), Math.round(alpha)];
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: no filter
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(import.meta.dirname, '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
