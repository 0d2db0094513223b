/**
 * Hover, links, definition, references and workspace symbols over an in-memory workspace of
 * several files, as an editor would ask for them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCatalog, createLanguageService, WorkspaceIndex } from '../../server/src/service';
import { readCorpus, repoRoot } from '../support/paths';
import { withCursor } from '../support/cursor';

const catalog = createCatalog(() => fs.readFileSync(path.join(repoRoot, 'assets', 'catalog.tsv'), 'utf8'));

const CITED = [
  'Resolution adopted by the General Assembly on 10 December 2020',
  '75/101.\tQuestions relating to information',
  '\tThe General Assembly,',
  '\tRecalling its resolution 74/92 of 13 December 2019,',
  '\t1.\tRequests the Secretary-General to report;',
  '',
].join('\n');

const CITING = [
  'Exampleland: draft resolution',
  '\tThe General Assembly,',
  '\tRecalling its resolution 75/101 A of 10 December 2020,1',
  '\t1.\tWelcomes resolution 75/101 A;',
  '\t2.\tRecalls paragraph 1 above;',
  '',
  '1 See also document A/75/415.',
  '',
].join('\n');

function workspace(files: Record<string, string>) {
  const index = new WorkspaceIndex();
  const service = createLanguageService({ catalog, workspace: index, today: () => new Date('2026-11-27') });
  for (const [uri, text] of Object.entries(files)) index.set(service.summarize(text, uri));
  return { index, service };
}

test('hover over a citation shows the canonical symbol, the catalogue and the workspace file', () => {
  const { service } = workspace({ 'file:///ws/A_RES_75_101.txt': CITED });
  const { text, position } = withCursor(CITING.replace('resolution 75/101 A of', 'resolution 75/1¦01 A of'));
  const hover = service.hover(text, position);
  const value = (hover?.contents as { value: string }).value;
  assert.match(value, /A\/RES\/75\/101 A/);
  assert.match(value, /General Assembly/);
  assert.match(value, /Questions relating to information/, 'title from the workspace file or catalogue');
  assert.match(value, /https:\/\/undocs\.org\//);
});

test('hover in the seed export over "resolution 59/48 of 2 December 2004" shows A/RES/59/48', () => {
  const seed = readCorpus('raw/000_e48293b0b745954a.ods.txt');
  const { service } = workspace({});
  const lines = seed.split('\n');
  const line = lines.findIndex((l) => l.includes('59/48 of 2 December 2004'));
  const hover = service.hover(seed, { line, character: lines[line].indexOf('59/48') + 1 });
  assert.match((hover?.contents as { value: string }).value, /A\/RES\/59\/48/);
  assert.match((hover?.contents as { value: string }).value, /2 December 2004/);
});

test('hover over a footnote marker shows the footnote, over "paragraph 1 above" the paragraph', () => {
  const { service } = workspace({});
  const marker = withCursor(CITING.replace('2020,1', '2020,¦1'));
  assert.match((service.hover(marker.text, marker.position)?.contents as { value: string }).value, /Footnote 1[\s\S]*A\/75\/415/);
  const reference = withCursor(CITING.replace('paragraph 1 above', 'paragraph ¦1 above'));
  assert.match((service.hover(reference.text, reference.position)?.contents as { value: string }).value, /Welcomes resolution 75\/101 A/);
});

test('document links cover every citation and symbol with an official text', () => {
  const { service } = workspace({});
  const links = service.documentLinks(readCorpus('raw/000_e48293b0b745954a.ods.txt'));
  const targets = links.map((link) => link.target);
  for (const expected of ['https://undocs.org/A/RES/59/48', 'https://undocs.org/A/RES/64/183', 'https://undocs.org/A/RES/65/124', 'https://undocs.org/A/RES/61/210', 'https://undocs.org/A/67/L.15']) {
    assert.ok(targets.includes(expected), `${expected} in ${targets.join(' ')}`);
  }
});

test('definition goes from a citation to the workspace file, from a marker to its footnote, from "paragraph 1 above" to paragraph 1', () => {
  const { service } = workspace({ 'file:///ws/A_RES_75_101.txt': CITED, 'file:///ws/draft.unres': CITING });
  const citation = withCursor(CITING.replace('Welcomes resolution 75/101 A', 'Welcomes resolution 75/10¦1 A'));
  const toFile = service.definition(citation.text, 'file:///ws/draft.unres', citation.position);
  assert.deepEqual(toFile.map((l) => l.uri), ['file:///ws/A_RES_75_101.txt']);
  assert.equal(toFile[0].range.start.line, 1, 'the title line');

  const marker = withCursor(CITING.replace('2020,1', '2020,¦1'));
  const toNote = service.definition(marker.text, 'file:///ws/draft.unres', marker.position);
  assert.equal(toNote[0].range.start.line, 6);

  const reference = withCursor(CITING.replace('paragraph 1 above', 'paragraph ¦1 above'));
  const toParagraph = service.definition(reference.text, 'file:///ws/draft.unres', reference.position);
  assert.equal(toParagraph[0].range.start.line, 3);
});

test('"paragraph 1 (a) above" and "subparagraph (b) of paragraph 1" lead to the sub-paragraph, and hover quotes it', () => {
  const text = ['\tThe General Assembly,', '\tRecalling its resolutions,', '\t1.\tDecides:', '\t(a)\tTo convene a conference;', '\t(b)\tTo hold a meeting;', '\t2.\tRequests a report on paragraph 1 (a) above, on subparagraph (b) of paragraph 1 above and on paragraph 1 above.'].join('\n');
  const service = createLanguageService();
  const last = text.split('\n')[5];
  const at = (needle: string, delta: number) => ({ line: 5, character: last.indexOf(needle) + delta });
  const cases: Array<[{ line: number; character: number }, number, string]> = [
    [at('1 (a) above', 0), 3, '**Paragraph 1 (a)**\n\nTo convene a conference;'],
    [at('(b) of paragraph', 1), 4, '**Paragraph 1 (b)**\n\nTo hold a meeting;'],
    [at('1 above.', 0), 2, '**Paragraph 1.**\n\nDecides:'],
  ];
  for (const [position, line, hover] of cases) {
    assert.deepEqual(service.definition(text, 'file:///draft.unres', position).map((l) => l.range.start.line), [line]);
    assert.equal((service.hover(text, position)?.contents as { value: string }).value, hover);
  }
});

test('the file holding a resolution is found by its export symbol field, its title line or its file name', () => {
  const seed = readCorpus('raw/000_e48293b0b745954a.ods.txt');
  const byTitle = CITED;
  const byName = '\tThe General Assembly,\n\t1.\tDecides;\n';
  const { index } = workspace({ 'file:///ws/export.txt': seed, 'file:///ws/any-name.txt': byTitle, 'file:///ws/A_RES_78_1.txt': byName });
  assert.equal(index.documentsFor('A/RES/67/15')[0]?.uri, 'file:///ws/export.txt');
  assert.equal(index.documentsFor('A/RES/75/101')[0]?.uri, 'file:///ws/any-name.txt');
  assert.equal(index.documentsFor('A/RES/78/1')[0]?.uri, 'file:///ws/A_RES_78_1.txt');
});

test('references find the citations of a resolution in several files, from a citation and from its own file', () => {
  const other = CITING.replace('Exampleland', 'Otherland');
  const { service } = workspace({ 'file:///ws/A_RES_75_101.txt': CITED, 'file:///ws/draft.unres': CITING, 'file:///ws/other.unres': other });
  const fromCitation = withCursor(CITING.replace('Welcomes resolution 75/101 A', 'Welcomes resolution 75/10¦1 A'));
  const found = service.references(fromCitation.text, 'file:///ws/draft.unres', fromCitation.position, false);
  assert.deepEqual([...new Set(found.map((l) => l.uri))].sort(), ['file:///ws/draft.unres', 'file:///ws/other.unres']);
  assert.equal(found.filter((l) => l.uri === 'file:///ws/other.unres').length, 2);

  // From the resolution's own file, anywhere (here, on its title line): citations of any of its parts.
  const own = service.references(CITED, 'file:///ws/A_RES_75_101.txt', { line: 1, character: 3 }, true);
  assert.deepEqual(own.filter((l) => l.uri !== 'file:///ws/A_RES_75_101.txt').length, 4);
  assert.ok(own.some((l) => l.uri === 'file:///ws/A_RES_75_101.txt' && l.range.start.line === 1), 'the declaration: its title line');
});

test('workspace symbols find resolutions by symbol and by words of the title', () => {
  const { service } = workspace({ 'file:///ws/A_RES_75_101.txt': CITED, 'file:///ws/export.txt': readCorpus('raw/000_e48293b0b745954a.ods.txt') });
  assert.deepEqual(service.workspaceSymbols('67/15').map((s) => s.location.uri), ['file:///ws/export.txt']);
  assert.deepEqual(service.workspaceSymbols('shanghai cooperation').map((s) => s.location.uri), ['file:///ws/export.txt']);
  assert.deepEqual(service.workspaceSymbols('questions information').map((s) => s.location.uri), ['file:///ws/A_RES_75_101.txt']);
});

test('a cited date that contradicts the catalogue gets a warning and a quick fix with the catalogue date', () => {
  const { service } = workspace({});
  const draft = ['\tThe General Assembly,', '\tRecalling its resolution 75/68 of 10 December 2020,', '\t1.\tDecides;', ''].join('\n');
  const diagnostic = service.diagnostics(draft).find((d) => d.code === 'citation-date-mismatch');
  assert.ok(diagnostic, 'warning');
  assert.equal(diagnostic.severity, 2);
  const actions = service.codeActions(draft, diagnostic.range, { uri: 'file:///d.unres', canIgnoreRules: false });
  const fix = actions.find((a) => a.title.startsWith('Change the date'));
  assert.ok(fix?.edit?.changes?.['file:///d.unres']?.[0].newText.includes('7 December 2020'));
});

/** A session's volume of two resolutions; the first cites the second. */
const VOLUME = [
  'Resolution adopted by the General Assembly on 1 December 2025',
  '80/1.\tFirst resolution of the volume',
  '\tThe General Assembly,',
  '\t1.\tLooks forward to resolution 80/2;',
  '1st plenary meeting',
  '',
  'Resolution adopted by the General Assembly on 2 December 2025',
  '80/2.\tSecond resolution of the volume',
  '\tThe General Assembly,',
  '\t1.\tDecides to act;',
  '2nd plenary meeting',
  '',
].join('\n');

test("every resolution of a session's volume is found in the workspace, read from disk or from the open document", () => {
  for (const summarized of ['from disk', 'open'] as const) {
    const index = new WorkspaceIndex();
    const service = createLanguageService({ catalog, workspace: index, today: () => new Date('2026-11-27') });
    const input = summarized === 'open' ? service.parse(VOLUME) : VOLUME;
    index.set(service.summarize(input, 'file:///ws/volume.txt'));
    index.set(service.summarize(CITING.replace('75/101 A;', '80/2;'), 'file:///ws/draft.unres'));
    assert.deepEqual(index.documentsFor('A/RES/80/2').map((r) => [r.uri, r.title, r.titleRange.start.line, r.firstOperative]), [['file:///ws/volume.txt', '80/2. Second resolution of the volume', 7, '1. Decides to act;']], summarized);
    assert.deepEqual(index.documentsFor('A/RES/80/1').map((r) => r.titleRange.start.line), [1], summarized);
    // Workspace symbols, completion and go to definition from another file reach the second resolution.
    assert.deepEqual(service.workspaceSymbols('80/2').map((s) => [s.location.uri, s.location.range.start.line]), [['file:///ws/volume.txt', 7]], summarized);
    const typed = withCursor(CITING.replace('Welcomes resolution 75/101 A', 'Welcomes resolution 80/¦'));
    assert.ok(service.completion(typed.text, typed.position).items.some((item) => item.label === '80/2' && item.detail === '80/2. Second resolution of the volume'), summarized);
    const citing = withCursor(CITING.replace('Welcomes resolution 75/101 A', 'Welcomes resolution 80/¦2'));
    assert.deepEqual(service.definition(citing.text, 'file:///ws/draft.unres', citing.position).map((l) => [l.uri, l.range.start.line]), [['file:///ws/volume.txt', 7]], summarized);
  }
});

test("go to definition on a citation of the volume's own resolution goes to it within the volume", () => {
  const { service } = workspace({});
  const lines = VOLUME.split('\n');
  const position = { line: 3, character: lines[3].indexOf('80/2') + 1 };
  assert.deepEqual(service.definition(VOLUME, 'file:///ws/volume.txt', position).map((l) => [l.uri, l.range.start.line]), [['file:///ws/volume.txt', 7]]);
});
