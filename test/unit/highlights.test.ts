/**
 * Document highlights and Find All References for a resolution's own items: a footnote (its
 * number and its markers) and an operative paragraph (its number and the cross-references to it),
 * from the item or from a mention; citations of the same resolution light up together.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/service';
import { withCursor } from '../support/cursor';
import { twoParts } from '../support/twoParts';
import type { DocumentHighlight, Location } from 'vscode-languageserver-types';

const service = createLanguageService();

const DRAFT = [
  'Exampleland: draft resolution',
  '\tThe General Assembly,',
  '\tRecalling its resolution 75/101 A of 10 December 2020,1 and its resolution 74/5,2',
  '\t1.\tWelcomes the report;1',
  '\t2.\tRecalls paragraph 1 above and paragraphs 1 to 3 of the present resolution;',
  '\t3.\tDecides that paragraph 2 above shall apply, and that resolution 75/101 A stands;',
  '\t4.\tRequests a report on paragraph 1 above.',
  '',
  '1 See also document A/75/415.',
  '2 A/74/1.',
  '',
].join('\n');

/** The text under each range, with its line and its kind: "W" for the item, "R" for a mention. */
function shown(text: string, highlights: readonly DocumentHighlight[]): string[] {
  const lines = text.split('\n');
  return highlights.map(({ range, kind }) => `${kind === 3 ? 'W' : 'R'} ${range.start.line}:${lines[range.start.line].slice(range.start.character, range.end.character)}`);
}

function at(marked: string): { text: string; highlights: string[]; references: string[] } {
  const { text, position } = withCursor(marked);
  const lines = text.split('\n');
  const place = (l: Location): string => `${l.range.start.line}:${lines[l.range.start.line].slice(l.range.start.character, l.range.end.character)}`;
  return { text, highlights: shown(text, service.documentHighlights(text, position)), references: service.references(text, 'file:///draft.unres', position).map(place) };
}

test("on a paragraph's number: the number and every reference to the paragraph", () => {
  const { highlights, references } = at(DRAFT.replace('\t1.\tWelcomes', '\t¦1.\tWelcomes'));
  assert.deepEqual(highlights, ['W 3:1.', 'R 4:1', 'R 4:1', 'R 6:1']);
  assert.deepEqual(references, ['3:1.', '4:1', '4:1', '6:1']);
});

test('on a cross-reference: the paragraph it means and its other references; a range speaks of the paragraphs within it', () => {
  assert.deepEqual(at(DRAFT.replace('on paragraph 1 above', 'on paragraph ¦1 above')).highlights, ['W 3:1.', 'R 4:1', 'R 4:1', 'R 6:1']);
  // Paragraph 2 is within "paragraphs 1 to 3", whose "3" stands for it.
  assert.deepEqual(at(DRAFT.replace('paragraph 2 above', 'paragraph ¦2 above')).highlights, ['W 4:2.', 'R 4:3', 'R 5:2']);
});

test('on a footnote marker or its note: the note number and each of its markers', () => {
  const expected = ['W 8:1', 'R 2:1', 'R 3:1'];
  assert.deepEqual(at(DRAFT.replace('report;1', 'report;¦1')).highlights, expected);
  assert.deepEqual(at(DRAFT.replace('1 See also', '¦1 See also')).highlights, expected);
  assert.deepEqual(at(DRAFT.replace('1 See also', '¦1 See also')).references, ['2:1', '3:1', '8:1']);
  assert.deepEqual(at(DRAFT.replace('74/5,2', '74/5,¦2')).highlights, ['W 9:2', 'R 2:2']);
});

test('on a citation: every citation of the same resolution', () => {
  const { highlights } = at(DRAFT.replace('its resolution 75/101 A of', 'its resolution 75/1¦01 A of'));
  assert.deepEqual(highlights.map((h) => h.split(':')[0]), ['R 2', 'R 5']);
  assert.ok(highlights.every((h) => h.includes('75/101 A')), highlights.join('\n'));
});

test('elsewhere in the text nothing is highlighted, and references stay with the resolution', () => {
  assert.deepEqual(at(DRAFT.replace('Welcomes the', 'Welcomes ¦the')).highlights, []);
  // A paragraph no reference points to: its number alone.
  assert.deepEqual(at(DRAFT.replace('\t4.\tRequests', '\t¦4.\tRequests')).highlights, ['W 6:4.']);
});

test('in a volume, a paragraph number is highlighted with the references of its own resolution only', () => {
  const second = DRAFT.replace('Exampleland: draft resolution', 'Otherland: draft resolution');
  const volume = `${DRAFT}\n${second}`;
  const offsetLines = DRAFT.split('\n').length;
  const { highlights } = at(`${DRAFT}\n${second.replace('\t1.\tWelcomes', '\t¦1.\tWelcomes')}`);
  assert.equal(service.parse(volume).segments.length, 2);
  assert.deepEqual(highlights, [`W ${3 + offsetLines}:1.`, `R ${4 + offsetLines}:1`, `R ${4 + offsetLines}:1`, `R ${6 + offsetLines}:1`]);
});

test('in a resolution of parts A and B, "paragraph 1 above" in part B means part B\'s paragraph 1', () => {
  const parts = twoParts(['\t1.\tWelcomes the report;', '\t2.\tRecalls paragraph 1 above.'], ['\t1.\tDecides to continue;', '\t2.\tRequests a report on paragraph 1 above.']);
  assert.deepEqual(at(parts.replace('\t1.\tWelcomes', '\t¦1.\tWelcomes')).highlights, ['W 6:1.', 'R 7:1']);
  assert.deepEqual(at(parts.replace('on paragraph 1 above', 'on paragraph ¦1 above')).highlights, ['W 12:1.', 'R 13:1']);
});
