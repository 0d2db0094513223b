/** Completion at the start of paragraphs, after "resolution ", and the next numbered paragraph. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCatalog, createLanguageService, WorkspaceIndex } from '../../server/src/service';
import { phrasesOfKind } from '../../server/src/service/phrases/leadPhrases';
import { repoRoot } from '../support/paths';
import { withCursor } from '../support/cursor';
import { twoParts } from '../support/twoParts';

const catalog = createCatalog(() => fs.readFileSync(path.join(repoRoot, 'assets', 'catalog.tsv'), 'utf8'));
const workspace = new WorkspaceIndex();
const service = createLanguageService({ catalog, workspace });

const DRAFT = ['\tThe General Assembly,', '\tRecalling its resolution 74/92,', '¦', '\t1.\tDecides to act;', '\t2.\tRequests a report;', ''].join('\n');

test('at the start of a preambular paragraph: preambular phrases, most frequent first', () => {
  const { text, position } = withCursor(DRAFT.replace('¦', '\t¦'));
  const items = service.completion(text, position).items;
  const expected = phrasesOfKind('preambular').slice(0, 5).map(([phrase]) => phrase);
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(sorted.slice(0, 5).map((i) => i.label), expected);
  assert.ok(!items.some((i) => i.label === 'Decides'), 'no operative verbs in the preamble');
});

test('at the start of an operative paragraph: operative phrases, and the next number as a snippet', () => {
  const { text, position } = withCursor(DRAFT.replace('¦\n', '') + '\t¦');
  const items = service.completion(text, position).items;
  assert.ok(items.some((i) => i.label === 'Decides'));
  const snippet = items.find((i) => /^\d+\. New operative paragraph$/.test(i.label));
  assert.equal(snippet?.label, '3. New operative paragraph');
  assert.match(snippet!.insertText!, /^3\.\t/);
});

test('after a number, operative phrases filtered by what is typed', () => {
  const { text, position } = withCursor(DRAFT.replace('¦\n', '') + '\t3.\tReq¦');
  const labels = service.completion(text, position).items.map((i) => i.label);
  assert.ok(labels.length > 0 && labels.every((l) => l.startsWith('Req')), labels.slice(0, 5).join(', '));
  assert.ok(labels.includes('Requests'));
});

test('after "resolution ", the known resolutions with their titles', () => {
  workspace.set(service.summarize('75/101.\tQuestions relating to information\n\tThe General Assembly,\n', 'file:///ws/A_RES_75_101.txt'));
  const { text, position } = withCursor('\tRecalling its resolution 75/10¦');
  const list = service.completion(text, position);
  assert.equal(list.isIncomplete, true);
  const item = list.items.find((i) => i.label === '75/101');
  assert.ok(item, list.items.map((i) => i.label).slice(0, 10).join(', '));
  assert.match(String(item.detail), /Questions relating to information/);
  assert.ok(list.items.every((i) => i.label.startsWith('75/10')));
  const sc = service.completion(...Object.values(withCursor('\tRecalling its resolution 137¦')) as [string, { line: number; character: number }]);
  assert.ok(sc.items.some((i) => i.label === '1373 (2001)'), 'Security Council resolutions from the catalogue');
});

const NEGOTIATION = ['\tThe General Assembly,', '\tPP1\tRecalling its resolution 74/92,', '\tPP2 bis\tNoting the report,', '¦', '\tOP1\tDecides to act;', '\tOP2\tRequests a report;', ''].join('\n');

test('in a draft under negotiation: the next PP or OP label as a snippet, and the phrases after a label', () => {
  const inPreamble = withCursor(NEGOTIATION.replace('¦', '\t¦'));
  const preamble = service.completion(inPreamble.text, inPreamble.position).items;
  assert.equal(preamble[0].label, 'PP3 New preambular paragraph');
  assert.match(preamble[0].insertText!, /^PP3\t/);
  assert.ok(preamble.some((i) => i.label === 'Recalling') && !preamble.some((i) => i.label === 'Decides'));

  const atEnd = withCursor(NEGOTIATION.replace('¦\n', '') + '\t¦');
  const operative = service.completion(atEnd.text, atEnd.position).items;
  assert.equal(operative[0].label, 'OP3 New operative paragraph');
  assert.ok(operative.some((i) => i.label === 'Decides'));

  const afterLabel = withCursor(NEGOTIATION.replace('¦\n', '') + '\tOP2 bis\tReq¦');
  const labels = service.completion(afterLabel.text, afterLabel.position).items.map((i) => i.label);
  assert.ok(labels.includes('Requests') && labels.every((l) => l.startsWith('Req')), labels.slice(0, 5).join(', '));
  const afterPP = withCursor(NEGOTIATION.replace('¦', '\tPP3 Not¦'));
  assert.ok(service.completion(afterPP.text, afterPP.position).items.some((i) => i.label === 'Noting'));
});

test('after "paragraph ": the operative paragraphs of the numbering it speaks of, with their opening words', () => {
  const draft = ['\tThe General Assembly,', '\tRecalling its resolution 74/92,', '\t1.\tWelcomes the report of the Secretary-General;', '\t2.\tRequests the Secretary-General to report;', '\t3.\tDecides that paragraph ¦'].join('\n');
  const { text, position } = withCursor(draft);
  const items = service.completion(text, position).items;
  // Not paragraph 3, which is being written.
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [['1', 'Above: Welcomes'], ['2', 'Above: Requests the Secretary-General']]);
  assert.equal(items[0].documentation, 'Welcomes the report of the Secretary-General;');
  // After "paragraphs 1 and " and a typed digit, and from the preamble (the paragraphs are below).
  const { text: listed, position: inList } = withCursor(draft.replace('paragraph ¦', 'paragraphs 1 and 2¦'));
  assert.deepEqual(service.completion(listed, inList).items.map((i) => i.label), ['2']);
  const { text: preamble, position: fromPreamble } = withCursor(draft.replace('74/92,', '74/92 and paragraph ¦').replace('paragraph ¦\'', ''));
  assert.deepEqual(service.completion(preamble, fromPreamble).items.map((i) => i.detail), ['Below: Welcomes', 'Below: Requests the Secretary-General', 'Below: Decides that']);
});

test('after "paragraph " in part B of a resolution: part B\'s paragraphs', () => {
  const parts = twoParts(['\t1.\tWelcomes the report;', '\t2.\tNotes the plan;', '\t3.\tDecides to continue.'], ['\t1.\tEncourages States;', '\t2.\tRequests a report on paragraph ¦'], false);
  const { text, position } = withCursor(parts);
  assert.deepEqual(service.completion(text, position).items.map((i) => [i.label, i.detail]), [['1', 'Above: Encourages']]);
});
