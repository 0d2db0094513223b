/**
 * A session's compilation: several resolutions in one text, as a volume of a session, an export
 * of several documents or PDF copies one after another hold them. Each resolution must read
 * exactly as it does alone (outline, folding, checks, fixes, hover, go to definition), moved to
 * where it stands, in every layout; one resolution's numbering or footnotes never count in another.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Range, SelectionRange } from 'vscode-languageserver-types';
import { applyEdits, createCatalog, createLanguageService } from '../../server/src/service';
import { parseDocument } from '../../server/src/service/parsedDocument';
import { FULL_ANALYSIS_LIMIT } from '../../server/src/service/diagnostics/analysis';
import { resolutionStarts } from '../../server/src/service/syntax/sessions';
import { corpusFiles, readCorpus, repoRoot } from '../support/paths';
import { hardWrap, pdfExtract, tabsToSpaces, toCrlf } from '../support/layouts';

const catalog = createCatalog(() => fs.readFileSync(path.join(repoRoot, 'assets', 'catalog.tsv'), 'utf8'));
const service = createLanguageService({ catalog, today: () => new Date('2026-11-27') });
const URI = 'file:///session.txt';

/**
 * One resolution of each kind the corpus holds: the genuine export ([DU1], ODS fields), parts A/B,
 * SC, HRC, ECOSOC, a presidential statement, a draft, a GA resolution.
 */
const KINDS = [/_A-B\.txt$/, /^S_RES_2/, /^A_HRC_RES_5/, /^E_RES_20/, /^S_PRST_/, /^S_20/, /^A_RES_79_/];
const txtFiles = corpusFiles('txt').map((file) => path.basename(file));
const PARTS = [readCorpus('raw/000_e48293b0b745954a.ods.txt'), ...KINDS.map((kind) => readCorpus(`txt/${txtFiles.find((file) => kind.test(file))}`))];

const LAYOUTS: Record<string, (text: string) => string> = {
  tabs: (text) => text,
  spaces: (text) => tabsToSpaces(text),
  crlf: (text) => toCrlf(text),
  'hard-wrapped with page headers': (text) => hardWrap(text, { width: 78, blankBetween: true, pageEvery: 47, symbol: 'A/RES/99/1', title: 'Running title' }),
  'PDF-viewer copy': (text) => pdfExtract(text, { width: 84, pageEvery: 50 }),
  // A session's printed volume: each resolution opens with its numbered title, no adoption heading.
  'volume without adoption headings': (text) => text.replace(/^[ \t]*Resolutions? adopted by [^\n]*\n/gm, ''),
};

/** The texts one after another, each resolution's offset and line. */
function compile(parts: readonly string[], separator = '\n\n'): { text: string; offsets: number[]; lines: number[] } {
  const offsets: number[] = [];
  const lines: number[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += separator;
    offsets.push(text.length);
    lines.push(text.split('\n').length - 1);
    text += part;
  }
  return { text, offsets, lines };
}

/**
 * A copy with every `line`, `startLine` and `endLine` moved down by `lines`, and the offsets a
 * diagnostic keeps in its `data` moved on by `offset`.
 */
function movedDown<T>(value: T, lines: number, offset = 0): T {
  if (Array.isArray(value)) return value.map((item) => movedDown(item, lines, offset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'number') copy[key] = movedDown(item, lines, offset);
    else if (key === 'line' || key === 'startLine' || key === 'endLine') copy[key] = item + lines;
    else copy[key] = key === 'start' ? item + offset : item;
  }
  return copy as T;
}

/** The ranges of a selection, innermost first. */
function chain(selection: SelectionRange | undefined): Range[] {
  const ranges: Range[] = [];
  for (let step = selection; step; step = step.parent) ranges.push(step.range);
  return ranges;
}

/** Every position worth asking about in a text: the middle of every line with text. */
function probePositions(text: string): Array<{ line: number; character: number }> {
  return text.split('\n').flatMap((line, i) => (line.trim() ? [{ line: i, character: Math.floor(line.length / 2) }] : []));
}

for (const [layout, transform] of Object.entries(LAYOUTS)) {
  test(`a session compiled from ${PARTS.length} resolutions (${layout}) reads as each resolution alone`, () => {
    const parts = PARTS.map((part) => transform(part));
    const { text, offsets, lines } = compile(parts);
    assert.deepEqual(resolutionStarts(text), offsets);
    const session = service.parse(text);
    const outline = service.outline(session);
    const diagnostics = service.diagnostics(session, undefined, URI);
    const folding = service.foldingRanges(session);
    // One symbol per resolution, its title (or its heading), holding what the resolution's own outline shows.
    assert.equal(outline.length, parts.length);
    for (const [i, part] of parts.entries()) {
      const alone = movedDown(service.outline(part), lines[i]);
      const title = alone.find((symbol) => symbol.kind === 1);
      if (title) assert.equal(outline[i].name, title.name);
      else assert.equal(outline[i].name, service.parse(part).tree.root.children.find((node) => node.kind === 'heading')?.name);
      assert.deepEqual(outline[i].children, alone.filter((symbol) => symbol !== title));
      // It spans the resolution from its first line, masthead or heading included.
      assert.deepEqual(outline[i].range.start, { line: lines[i], character: 0 });
    }
    assert.deepEqual(diagnostics, parts.flatMap((part, i) => movedDown(service.diagnostics(part, undefined, URI), lines[i], offsets[i])));
    // Each resolution folds whole, and as it does alone.
    const lastLine = (i: number): number => lines[i] + part(i).trimEnd().split('\n').length - 1;
    const part = (i: number): string => parts[i];
    assert.deepEqual(folding, parts.flatMap((text, i) => [{ startLine: lines[i], endLine: lastLine(i), kind: 'region' }, ...movedDown(service.foldingRanges(text), lines[i])]));
    for (const [i, part] of parts.entries()) {
      const alone = service.parse(part);
      for (const position of probePositions(part)) {
        const there = { line: position.line + lines[i], character: position.character };
        assert.deepEqual(service.hover(session, there), movedDown(service.hover(alone, position), lines[i]), `hover at ${JSON.stringify(there)}`);
        assert.deepEqual(service.definition(session, URI, there), movedDown(service.definition(alone, URI, position), lines[i]), `definition at ${JSON.stringify(there)}`);
        assert.deepEqual(service.completion(session, there), service.completion(alone, position), `completion at ${JSON.stringify(there)}`);
        // Smart selection grows as alone, then to the resolution (with the blank lines after it), then the whole text.
        const grown = chain(service.selectionRanges(session, [there])[0]);
        const grownAlone = chain(movedDown(service.selectionRanges(alone, [position])[0], lines[i]));
        assert.deepEqual(grown.slice(0, -2), grownAlone.slice(0, -1), `selection at ${JSON.stringify(there)}`);
        assert.deepEqual(grown[grown.length - 2].start, { line: lines[i], character: 0 });
        assert.deepEqual(grown[grown.length - 1], session.lines.rangeOf(0, text.length));
      }
    }
  });
}

test('with CR alone ending its lines (an old Mac text), a session is cut where it is with LF', () => {
  const { text, offsets } = compile(PARTS);
  // One character for another: the offsets stay.
  const cr = text.replaceAll('\n', '\r');
  assert.deepEqual(resolutionStarts(cr), offsets);
  assert.deepEqual(service.outline(cr).map((symbol) => symbol.name), service.outline(text).map((symbol) => symbol.name));
});

test('quick fixes, Fix all numbering and Renumber act on the resolution where the fault is', () => {
  // Paragraph 2 of the second resolution dropped: a gap there, and only there.
  const first = PARTS[0];
  const second = PARTS[2].replace(/\n\t2\.\t[^\n]*/, '');
  assert.notEqual(second, PARTS[2]);
  const { text, lines, offsets } = compile([first, second, PARTS[4]]);
  const session = service.parse(text);
  const gaps = service.diagnostics(session, undefined, URI).filter((d) => d.code === 'operative-gap');
  const alone = service.diagnostics(second, undefined, URI).filter((d) => d.code === 'operative-gap');
  assert.equal(alone.length, 1);
  assert.deepEqual(gaps, movedDown(alone, lines[1], offsets[1]));
  const [gap] = gaps;
  const context = { uri: URI, canIgnoreRules: true };
  const actions = service.codeActions(session, gap.range, context);
  assert.ok(actions.length > 0);
  assert.deepEqual(actions, movedDown(service.codeActions(second, alone[0].range, context), lines[1], offsets[1]));
  const fixed = applyEdits(text, service.fixAllNumbering(session));
  assert.deepEqual(service.diagnostics(fixed, undefined, URI).filter((d) => String(d.code).startsWith('operative-')), []);
  assert.equal(fixed.slice(0, first.length), first, 'the first resolution is untouched');
  const renumbered = applyEdits(text, service.renumber(session, gap.range.start));
  assert.equal(renumbered, fixed);
});

test('a footnote marker and a cross-reference lead into their own resolution, not an earlier one with the same numbers', () => {
  const one = ['Resolution adopted by the General Assembly on 1 December 2025', '80/1.\tFirst', '\tThe General Assembly,', '\t1.\tDecides to act;1', '\t2.\tRecalls paragraph 1 above, and looks forward to resolution 80/2;', '1st plenary meeting', '1 First note.'].join('\n');
  const two = ['Resolution adopted by the General Assembly on 2 December 2025', '80/2.\tSecond', '\tThe General Assembly,', '\t1.\tDecides to act again;1', '\t2.\tRecalls paragraph 1 above.', '2nd plenary meeting', '1 Second note.'].join('\n');
  const { text, lines } = compile([one, two]);
  const session = service.parse(text);
  const marker = { line: lines[1] + 3, character: '\t1.\tDecides to act again;'.length };
  assert.deepEqual(service.definition(session, URI, marker).map((l) => l.range.start.line), [lines[1] + 6]);
  const reference = { line: lines[1] + 4, character: '\t2.\tRecalls paragraph '.length };
  assert.deepEqual(service.definition(session, URI, reference).map((l) => l.range.start.line), [lines[1] + 3]);
  assert.match(JSON.stringify(service.hover(session, marker)), /Second note/);
  // Find references from inside the second resolution: the citations of that resolution, not of the first.
  const inside = { line: lines[1] + 3, character: 8 };
  assert.deepEqual(service.references(session, URI, inside, false).map((l) => l.range.start.line), [4]);
  assert.deepEqual(service.diagnostics(session, undefined, URI).filter((d) => /^(?:footnote|operative)/.test(String(d.code))), []);
});

test('PDF copies one after another: each masthead goes with the resolution under it', () => {
  const raw = corpusFiles('raw').map((file) => path.basename(file)).filter((file) => file.includes('pymupdf'));
  assert.ok(raw.length >= 2);
  const parts = raw.map((file) => readCorpus(`raw/${file}`));
  const { text, offsets } = compile(parts);
  const starts = resolutionStarts(text);
  assert.deepEqual(starts.slice(1), offsets.slice(1).map((offset, i) => offset + parts[i + 1].search(/^United Nations/m)));
  const titles = service.outline(text).filter((symbol) => /^\d+\/\d+\./.test(symbol.name)).map((symbol) => symbol.name.split('.')[0]);
  assert.deepEqual(titles, parts.map((part) => /^symbol: A\/RES\/(\d+\/\d+)/m.exec(part)![1]));
});

test('one resolution is one part, whatever its headings: a heading at its foot, a heading quoted in a paragraph, every corpus file', () => {
  for (const folder of ['txt', 'md', 'raw'] as const) {
    for (const file of corpusFiles(folder)) assert.deepEqual(resolutionStarts(fs.readFileSync(file, 'utf8')), [0], file);
  }
  const body = 'The General Assembly,\n\t1.\tDecides to act.\n1st plenary meeting\n';
  assert.deepEqual(resolutionStarts(`${body}Resolution adopted by the General Assembly on 1 December 2025\n`), [0]);
  assert.deepEqual(resolutionStarts(`${body}\tRecalls the Resolution adopted by the General Assembly on 1 December 2025,\n${body}`), [0]);
  // Without a body before it, a second heading opens nothing either (front matter, then the heading).
  assert.deepEqual(resolutionStarts(`Distr.: General\nResolution adopted by the General Assembly on 1 December 2025\n${body}`), [0]);
  assert.deepEqual(resolutionStarts(`${body}\nResolution adopted by the General Assembly on 2 December 2025\n${body}`), [0, body.length + 1]);
});

test('an edit re-parses only the resolution it falls in', () => {
  const { text, offsets } = compile(PARTS);
  const before = parseDocument(text);
  const at = offsets[3] + 500;
  const after = parseDocument(`${text.slice(0, at)}x${text.slice(at)}`, {}, before);
  const kept = after.segments.map((segment, i) => segment.resolution === before.segments[i].resolution);
  assert.deepEqual(kept, PARTS.map((_, i) => i !== 3));
  // A new heading splits a resolution; the ones around it are kept.
  const heading = '\nResolution adopted by the General Assembly on 2 December 2025\n80/2.\tAnother\nThe General Assembly,\n1.\tDecides.\n';
  const split = parseDocument(text + heading, {}, before);
  assert.equal(split.segments.length, PARTS.length + 1);
  assert.ok(split.segments.slice(0, -2).every((segment, i) => segment.resolution === before.segments[i].resolution));
});

test('headings with no body between them start nothing; tiny resolutions past the analysis limit are each a part, the limit said once', () => {
  // (Hundreds of thousands of them, which once took minutes, run in fuzz-invariants under a hang guard.)
  const heading = 'Resolution adopted by the General Assembly on 1 May 2020\n';
  assert.deepEqual(resolutionStarts(heading.repeat(1_000)), [0]);
  const tiny = `${heading}The General Assembly,\n\t1.\tDecides.\n1st plenary meeting\n`;
  const count = Math.ceil((FULL_ANALYSIS_LIMIT + 1) / tiny.length);
  const volume = service.parse(tiny.repeat(count));
  assert.equal(volume.segments.length, count);
  assert.deepEqual(service.diagnostics(volume).map((d) => d.code), ['analysis-limited']);
  assert.equal(service.outline(volume).length, count);
});
