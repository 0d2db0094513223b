/**
 * Footnote markers that a PDF copy sets apart from the text they annotate ("Rights, 6 the",
 * "freedoms 2 and"), over the whole corpus. Every marker the rendering glues is set apart by a
 * space, and the notes must still find their markers; every marker is deleted in turn, and no
 * other number may take its place, so its note is still reported unreferenced.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/service';
import { resolveFootnotes, type FootnoteMarker } from '../../server/src/service/diagnostics/footnotes';
import { corpusFiles, readCorpus } from '../support/paths';

const service = createLanguageService();

/** The markers of a text holding one resolution. */
function markersOf(text: string): readonly FootnoteMarker[] {
  const { segments } = service.parse(text);
  assert.equal(segments.length, 1);
  const { tree } = segments[0].resolution;
  return resolveFootnotes(tree.root, tree.text).markers;
}

/** The corpus texts with footnote markers, from the txt/ rendering and the md/ PDF extracts. */
const sources = (['txt', 'md'] as const)
  .flatMap((folder) => corpusFiles(folder).map((file) => `${folder}/${path.basename(file)}`))
  .map((name) => {
    const text = readCorpus(name);
    return { name, text, markers: markersOf(text) };
  })
  .filter((source) => source.markers.length > 0);

/** A marker written glued to its text ("Rights,6"), not "[^6]". */
const glued = (text: string, marker: FootnoteMarker): boolean => text[marker.start] !== '[';

test('markers set apart by a space are still found: at least 97% of the corpus markers', (t) => {
  let total = 0;
  const lost: string[] = [];
  for (const { name, text, markers } of sources) {
    let copy = '';
    let last = 0;
    for (const marker of markers.filter((marker) => glued(text, marker))) {
      copy += `${text.slice(last, marker.start)} `;
      last = marker.start;
    }
    copy += text.slice(last);
    const found = new Set(markersOf(copy).map((marker) => marker.number));
    for (const number of new Set(markers.map((marker) => marker.number))) {
      total++;
      if (!found.has(number)) lost.push(`${name} ${number}`);
    }
  }
  t.diagnostic(`${total - lost.length} of ${total} markers found; lost: ${lost.join(', ')}`);
  assert.ok(total > 1000, `only ${total} markers in the corpus`);
  assert.ok(lost.length <= total * 0.03, `${lost.length} of ${total} markers lost: ${lost.join(', ')}`);
});

test('a deleted marker is not replaced by another number of the text', () => {
  let trials = 0;
  const taken: string[] = [];
  for (const { name, text, markers } of sources) {
    for (const marker of markers) {
      // A note cited twice keeps its other marker.
      if (markers.filter((other) => other.number === marker.number).length > 1) continue;
      const copy = text.slice(0, marker.start) + text.slice(marker.end);
      trials++;
      const stand = markersOf(copy).find((other) => other.number === marker.number);
      if (stand) taken.push(`${name} ${marker.number}: ${JSON.stringify(copy.slice(stand.start - 30, stand.end + 15))}`);
    }
  }
  assert.ok(trials > 1000, `only ${trials} markers deleted`);
  assert.deepEqual(taken, []);
});

test('the PDF page dump of A/RES/80/7 finds the marker its extraction set apart ("Governors”; 3 item 15")', () => {
  const text = readCorpus('raw/A_RES_80_7.pymupdf-raw.txt');
  const marker = markersOf(text).find((m) => m.number === 3);
  assert.ok(marker, 'no marker for footnote 3');
  assert.equal(text.slice(marker.start - 3, marker.end + 5), '”; 3 item');
  assert.deepEqual(service.diagnostics(text).filter((d) => String(d.code).startsWith('footnote')), []);
  // Hovering the marker shows its note, as over a glued one.
  const before = text.slice(0, marker.start);
  const position = { line: before.split('\n').length - 1, character: marker.start - before.lastIndexOf('\n') - 1 };
  const hover = service.hover(service.parse(text), position);
  assert.match(JSON.stringify(hover?.contents ?? ''), /GC\(67\)\/RES\/15/);
});
