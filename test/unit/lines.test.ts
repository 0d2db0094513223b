/** Lines and line starts for every line ending: LF, CRLF, CR, and texts that mix them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from '../../server/src/service/text/lines';
import { LineIndex } from '../../server/src/service/text/lineIndex';

/** The reference: a break is CRLF, LF or CR, as the LSP counts lines. */
function referenceLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function* mixedTexts(): Generator<string> {
  yield* ['', 'a', '\n', '\r', '\r\n', '\n\r', 'a\r\r\nb\n\rc\r', 'one\ntwo\r\nthree\rfour', '\ttabbed  \r\n  spaced \n'];
  let state = 11;
  const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = ['a', 'bc', ' ', '\t', '\n', '\r', '\r\n', '\u00a0'];
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let j = Math.floor(next() * 16); j > 0; j--) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

describe('lines', () => {
  it('splits at every LF, CRLF and CR, with exact offsets and trimmed text', () => {
    for (const text of mixedTexts()) {
      const expected = referenceLines(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end), trimmed: text.slice(start, end).trim() }));
      assert.deepEqual(splitLines(text), expected, JSON.stringify(text));
    }
  });

  it('indexes the same line starts, and maps offsets and positions both ways', () => {
    for (const text of mixedTexts()) {
      const lines = referenceLines(text);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, lines.length, JSON.stringify(text));
      lines.forEach(({ start, end }, line) => {
        assert.deepEqual(index.positionAt(end), { line, character: end - start }, JSON.stringify(text));
        assert.equal(index.offsetAt({ line, character: end - start }), end);
      });
    }
  });
});
