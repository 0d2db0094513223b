/**
 * The outline of the corpus files that have no XML rendering in txt/: the 9 md/ PDF extracts and
 * the 4 raw/ inputs (the genuine ODS export of A/RES/67/15 and three PDF page dumps), compared with
 * hand-checked expectations in test/fixtures/expected/*.json (written by reading each file; the
 * `notes` say what was checked and which artefacts the file holds).
 *
 * Fixture format: `outline` lists, in order, "Preamble N" (a preamble with N paragraphs), "§ Title"
 * (a heading), "12" (operative paragraph 12), "— Lead phrase" (an unnumbered operative paragraph),
 * "Draft resolution" (an embedded draft); `subparagraphs` maps an operative number to its labels,
 * children in brackets: "(a) (b) [(i) (ii)] (c)". `xmlSibling` names the XML of the same document
 * (checked against the oracle); `sameDocumentAs` names another fixture of the same document
 * (checked for the same paragraphs).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { ExpectedItem, ExpectedStructure, ExpectedSub, collapse, normalizeSubLabel, readAkn } from '../support/akn';
import { compareStructures, subsKey } from '../support/compareStructure';
import { beyondGap, OUTLINE_GAPS } from '../support/knownParserGaps';
import { summarizeOutline } from '../support/outlineSummary';
import { corpusDir, operativePhrases, repoRoot } from '../support/sharedCorpus';

interface Fixture {
  readonly source: string;
  readonly xmlSibling?: string;
  readonly sameDocumentAs?: string;
  readonly title: string | null;
  readonly outline: readonly string[];
  readonly subparagraphs: Readonly<Record<string, string>>;
  readonly footnotes: number;
  readonly closings: readonly string[];
  readonly annexes: readonly { name: string; numbers: string[] }[];
  /** "not compared: <reason>" when an annex's numbering cannot be decided from the file. */
  readonly annexNumbers?: string;
  readonly notes: readonly string[];
}

/** "(a) (b) [(i) (ii)] (c)" -> sub-paragraph tree. */
export function parseSubs(text: string): ExpectedSub[] {
  const tokens = text.match(/\[|\]|[^\s[\]]+/g) ?? [];
  let at = 0;
  const list = (): ExpectedSub[] => {
    const out: ExpectedSub[] = [];
    while (at < tokens.length && tokens[at] !== ']') {
      const token = tokens[at++];
      if (token === '[') {
        const last = out[out.length - 1];
        if (!last) throw new Error(`"[" without a parent in ${text}`);
        last.children.push(...list());
        if (tokens[at++] !== ']') throw new Error(`unclosed "[" in ${text}`);
        continue;
      }
      const label = normalizeSubLabel(token);
      if (!label) throw new Error(`not a sub-paragraph label: ${token} in ${text}`);
      out.push({ label, children: [] });
    }
    return out;
  };
  const subs = list();
  if (at !== tokens.length) throw new Error(`unbalanced "]" in ${text}`);
  return subs;
}

export function fixtureStructure(fixture: Fixture): ExpectedStructure {
  const items: ExpectedItem[] = fixture.outline.map((entry): ExpectedItem => {
    let m: RegExpExecArray | null;
    if ((m = /^Preamble (\d+)$/.exec(entry))) return { kind: 'preamble', count: Number(m[1]) };
    if ((m = /^§ (.+)$/.exec(entry))) {
      const labelled = /^((?:[IVXLC]+|[A-Z])\.?)\s+(\S.*)$/.exec(m[1]);
      return labelled ? { kind: 'heading', label: labelled[1], title: labelled[2] } : { kind: 'heading', label: null, title: m[1] };
    }
    if (/^— /.test(entry)) return { kind: 'operative', number: null, subs: [] };
    if (entry === 'Draft resolution') return { kind: 'embedded' };
    if (/^\d+(?:\.\d+)*$/.test(entry)) return { kind: 'operative', number: entry, subs: parseSubs(fixture.subparagraphs[entry] ?? '') };
    throw new Error(`${fixture.source}: cannot read outline entry ${JSON.stringify(entry)}`);
  });
  const numbers = new Set(items.flatMap((i) => (i.kind === 'operative' && i.number !== null ? [i.number] : [])));
  for (const key of Object.keys(fixture.subparagraphs)) {
    if (!numbers.has(key)) throw new Error(`${fixture.source}: sub-paragraphs given for missing paragraph ${key}`);
  }
  return {
    title: fixture.title,
    statement: false,
    items,
    annexes: fixture.annexes.map((a) => ({ name: a.name, numbers: [...a.numbers] })),
    footnotes: fixture.footnotes,
    closings: [...fixture.closings],
    parts: [],
    embeddedDrafts: items.filter((i) => i.kind === 'embedded').length,
  };
}

const FIXTURES_DIR = path.join(repoRoot(), 'test', 'fixtures', 'expected');
const fixtures = new Map<string, Fixture>(
  fs.readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, f), 'utf8')) as Fixture;
      return [fixture.source, fixture];
    }),
);

const service = createLanguageService();
const phrases = operativePhrases();

/** Export and PDF junk that must never name a symbol. */
const ARTEFACTS = [
  /\[DU\d+\]/, /<<ODS/, /United NationsA\//, /Please recycle/, /^_{3,}/, /^-{5,}/, /^\*\d{5,}\*/, /^\d+\/\d+$/,
  /^\d{2}-\d{5}/, /^Distr\.:/, /^A\/RES\/\d+\/\d+\s*$/, /^---$/, /^symbol:/, /^\d+$/,
];

function names(symbols: readonly DocumentSymbol[], out: string[] = []): string[] {
  for (const s of symbols) {
    out.push(collapse(s.name));
    names(s.children ?? [], out);
  }
  return out;
}

test('every md/ and raw/ file has a hand-checked expectation', () => {
  const dir = corpusDir();
  const sources = ['md', 'raw'].flatMap((folder) => fs.readdirSync(path.join(dir, folder)).sort().map((f) => `${folder}/${f}`));
  assert.ok(sources.length >= 13, `only ${sources.length} md/raw files`);
  assert.deepEqual(sources.filter((s) => !fixtures.has(s)), [], 'files without a fixture');
  assert.deepEqual([...fixtures.keys()].filter((s) => !sources.includes(s)), [], 'fixtures without a file');
});

for (const [source, fixture] of fixtures) {
  test(`outline of ${source} matches its hand-checked expectation`, () => {
    const text = fs.readFileSync(path.join(corpusDir(), source), 'utf8');
    const outline = service.outline(text);
    const expected = fixtureStructure(fixture);
    const gap = OUTLINE_GAPS[source];
    const problems = beyondGap(
      compareStructures(expected, summarizeOutline(outline, { operativePhrases: phrases }), {
        annexNumbers: !fixture.annexNumbers?.startsWith('not compared'),
      }),
      gap,
    );
    if (gap) console.log(`# known gap, ${source} (${gap.aspects.join(', ')}): ${gap.reason}`);
    const artefacts = names(outline).filter((n) => ARTEFACTS.some((a) => a.test(n)));
    if (artefacts.length) problems.push(`symbols named after export/PDF artefacts: ${artefacts.slice(0, 5).map((n) => JSON.stringify(n)).join(', ')}`);
    if (problems.length) assert.fail(`${source}:\n  - ${problems.join('\n  - ')}`);
  });
}

test('the seed export 000_e48293b0b745954a.ods.txt: title, 20 preambular paragraphs, 1.–5., closing, 2 footnotes', () => {
  const text = fs.readFileSync(path.join(corpusDir(), 'raw', '000_e48293b0b745954a.ods.txt'), 'utf8');
  const outline = service.outline(text);
  const summary = summarizeOutline(outline, { operativePhrases: phrases });
  assert.equal(summary.title, '67/15. Cooperation between the United Nations and the Shanghai Cooperation Organization');
  assert.deepEqual(summary.items.filter((i) => i.kind === 'preamble').map((i) => i.kind === 'preamble' && i.count), [20]);
  assert.deepEqual(summary.items.filter((i) => i.kind === 'operative').map((i) => i.kind === 'operative' && i.number), ['1', '2', '3', '4', '5']);
  assert.deepEqual(summary.closings.map((c) => c.replace(/,/g, '')), ['40th plenary meeting 19 November 2012']);
  assert.equal(summary.footnotes, 2);
  assert.deepEqual(summary.items.filter((i) => i.kind === 'heading' || i.kind === 'stray'), [], 'no other symbols (export artefacts)');
});

test('fixtures with an XML sibling agree with the XML oracle', () => {
  const withXml = [...fixtures.values()].filter((f) => f.xmlSibling);
  assert.ok(withXml.length > 0, 'no fixture names an XML sibling');
  for (const fixture of withXml) {
    const xml = readAkn(fs.readFileSync(path.join(corpusDir(), fixture.xmlSibling!), 'utf8'));
    const problems = compareStructures(xml, fixtureStructure(fixture));
    assert.deepEqual(problems, [], `${fixture.source} vs ${fixture.xmlSibling}`);
  }
});

test('fixtures of the same document (md extract and PDF dump) list the same paragraphs', () => {
  const pairs = [...fixtures.values()].filter((f) => f.sameDocumentAs);
  assert.ok(pairs.length > 0, 'no fixture names a sibling');
  for (const fixture of pairs) {
    const other = fixtures.get(fixture.sameDocumentAs!);
    assert.ok(other, `${fixture.source}: sibling ${fixture.sameDocumentAs} has no fixture`);
    const a = fixtureStructure(fixture);
    const b = fixtureStructure(other);
    const view = (s: ExpectedStructure) => ({
      title: s.title,
      items: s.items.map((i) => (i.kind === 'operative' ? `${i.number} ${subsKey(i.subs)}` : i.kind === 'preamble' ? `P${i.count}` : i.kind)),
      footnotes: s.footnotes,
      // The md extracts lose the date under the meeting line; the meeting itself must agree.
      meetings: s.closings.map((c) => /^\S+ (?:\(resumed\) )?plenary meeting/.exec(c)?.[0]),
    });
    assert.deepEqual(view(a), view(b), `${fixture.source} vs ${fixture.sameDocumentAs}`);
  }
});

test('fixture sub-paragraph syntax', () => {
  assert.equal(subsKey(parseSubs('(a) (b) [(i) (ii)] (c)')), 'a b [i ii] c');
  assert.throws(() => parseSubs('[(i)]'));
  assert.throws(() => parseSubs('(a) [(i)'));
});
