/**
 * Proves the XML oracle (test/support/akn.ts) independently of the parser:
 * - for every corpus XML file, the oracle's structure accounts exactly for the MANIFEST.tsv figures
 *   (preamble=, operative=, subparas=, footnotes=), which an independent scan of the same XML
 *   produced by counting elements;
 * - numbering and sub-paragraph letters (of annex paragraphs too) run in sequence in every file
 *   once the documented corrections are applied (so no paragraph is lost or misplaced by the reader);
 * - every documented correction still changes something;
 * - the reader's rules on small documents, and the outline summary and comparison on outlines
 *   built from the contract (and broken on purpose).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import {
  ExpectedItem,
  ExpectedStructure,
  ExpectedSub,
  attachBySibling,
  formatSubs,
  labelCore,
  letterSuccessor,
  normalizeOperativeNumber,
  normalizeSubLabel,
  readAkn,
  romanValue,
} from '../support/akn';
import { ACCEPTED_SEQUENCE_BREAKS, CORPUS_EXCEPTIONS, CORPUS_RULES, expectationFor, promoteLetterSuccessors } from '../support/corpusExceptions';
import { OutlineSymbol, summarizeOutline } from '../support/outlineSummary';
import { compareStructures } from '../support/compareStructure';
import { corpusPairs, manifest, operativePhrases, xmlFiles } from '../support/sharedCorpus';

// ---------------------------------------------------------------------------------------------
// MANIFEST figures

interface Figures {
  preamble: number;
  operative: number;
  subparas: number;
  footnotes: number;
}

function walkSubs(subs: readonly ExpectedSub[], visit: (s: ExpectedSub) => void): void {
  for (const s of subs) {
    visit(s);
    walkSubs(s.children, visit);
  }
}

/**
 * The MANIFEST scan counted XML elements of the top-level statement (0 for a documentCollection,
 * whose parts are components): `container`s of its `preamble`, `paragraph`s of its main body that
 * have a `num` (whatever the num: "1.", "(a)", "I", "–"), and `point`s that have a `num` outside
 * quoted structures. The oracle's items say which of them each item came from.
 */
function manifestView(structure: ExpectedStructure): Figures {
  const facts = structure.xmlFacts!;
  if (facts.collection) return { preamble: 0, operative: 0, subparas: 0, footnotes: structure.footnotes };
  const top: ExpectedItem[] = structure.items.filter((i) => !i.xml?.inComponent);
  let preamble = 0;
  let operative = facts.ignoredNumberedParagraphs;
  let subparas = facts.dashPoints;
  for (const item of top) {
    if (item.kind === 'preamble') preamble += item.xml?.preambleElementCount ?? 0;
    if (item.kind === 'heading' && item.xml?.element === 'heading-num') operative++;
    if (item.kind === 'heading' && item.xml?.element === 'heading-point') subparas++;
    if (item.kind === 'operative') {
      if (item.xml?.element === 'num') operative++;
      walkSubs(item.subs, (s) => {
        if (s.xml?.element === 'point') subparas++;
        if (s.xml?.element === 'paragraph-num' || s.xml?.element === 'heading-num') operative++;
      });
    }
  }
  return { preamble, operative, subparas, footnotes: structure.footnotes };
}

const MANIFEST = manifest();
const XML_FILES = xmlFiles();

test('the corpus has XML files and MANIFEST rows for all of them', () => {
  assert.ok(XML_FILES.length >= 100, `only ${XML_FILES.length} XML files found`);
  for (const file of XML_FILES) assert.ok(MANIFEST.has(`xml/${path.basename(file)}`), `MANIFEST has no row for ${path.basename(file)}`);
});

for (const file of XML_FILES) {
  const name = path.basename(file);
  test(`oracle accounts for the MANIFEST figures of ${name}`, () => {
    const structure = readAkn(fs.readFileSync(file, 'utf8'));
    const row = MANIFEST.get(`xml/${name}`);
    assert.ok(row, `no MANIFEST row for ${name}`);
    const wanted: Figures = {
      preamble: row.figures.preamble,
      operative: row.figures.operative,
      subparas: row.figures.subparas,
      footnotes: row.figures.footnotes,
    };
    assert.deepEqual(manifestView(structure), wanted, `${name}: oracle figures differ from MANIFEST`);
  });
}

// ---------------------------------------------------------------------------------------------
// Sequences after the documented corrections

/** Breaks in letter/roman runs: a list not starting at (a)/(i)/a./i., or a label that is not the next one. */
export function sequenceBreaks(subs: readonly ExpectedSub[], where: string, out: string[]): void {
  let previous: string | undefined;
  for (const sub of subs) {
    const core = labelCore(sub.label);
    if (previous === undefined) {
      if (core !== 'a' && core !== 'i') out.push(`${where}: list starts at ${sub.label}`);
    } else if (letterSuccessor(previous) !== core && romanValue(core) !== (romanValue(previous) ?? -2) + 1) {
      out.push(`${where}: ${previous} -> ${core}`);
    }
    previous = core;
    sequenceBreaks(sub.children, `${where} ${sub.label}`, out);
  }
}

function numberingBreaks(structure: ExpectedStructure): string[] {
  const out: string[] = [];
  let previous: number | undefined;
  for (const item of structure.items) {
    if (item.kind !== 'operative') continue;
    if (item.number === null || item.number.includes('.')) {
      previous = undefined;
      continue;
    }
    const n = Number(item.number);
    if (previous !== undefined && n !== previous + 1 && n !== 1) out.push(`numbering ${previous} -> ${n}`);
    previous = n;
  }
  return out;
}

test('operative numbers and sub-paragraph labels run in sequence in every file (after the documented corrections)', () => {
  const found: string[] = [];
  const accepted = new Set(ACCEPTED_SEQUENCE_BREAKS.map((b) => `${b.file}: ${b.where}`));
  const seen = new Set<string>();
  for (const pair of corpusPairs()) {
    const structure = expectationFor(pair.base, readAkn(fs.readFileSync(pair.xmlPath, 'utf8')), 'txt');
    const breaks: string[] = numberingBreaks(structure);
    for (const item of structure.items) if (item.kind === 'operative') sequenceBreaks(item.subs, `op ${item.number ?? '(unnumbered)'}`, breaks);
    for (const annex of structure.annexes) annex.numbers.forEach((n, i) => sequenceBreaks(annex.subs?.[i] ?? [], `${annex.name} paragraph ${n}`, breaks));
    for (const b of breaks) {
      const key = `${pair.base}: ${b}`;
      if (accepted.has(key)) seen.add(key);
      else found.push(key);
    }
  }
  assert.deepEqual(found, [], `unexplained sequence breaks:\n${found.join('\n')}`);
  assert.deepEqual([...accepted].filter((a) => !seen.has(a)), [], 'accepted sequence breaks that no longer occur');
});

test('every documented correction applies to an existing file and changes its expectation', () => {
  const pairs = new Map(corpusPairs().map((p) => [p.base, p]));
  for (const exception of CORPUS_EXCEPTIONS) {
    const pair = pairs.get(exception.file);
    assert.ok(pair, `${exception.file}: no such corpus file`);
    assert.ok(exception.reason.length > 40 && exception.evidence.length > 10, `${exception.file}: reason/evidence missing`);
    const before = readAkn(fs.readFileSync(pair.xmlPath, 'utf8'));
    const after = exception.adjust(before);
    assert.notDeepEqual(after, before, `${exception.file}: the correction changes nothing (stale?)`);
  }
  for (const rule of CORPUS_RULES) {
    const hits = [...pairs.values()].filter((p) => rule.applies(readAkn(fs.readFileSync(p.xmlPath, 'utf8'))));
    assert.ok(hits.length > 0, `rule "${rule.name}" applies to no file`);
  }
});

// ---------------------------------------------------------------------------------------------
// Reader rules on small documents

const AKN = (body: string, preamble = '<formula name="enactingFormula"><p>The General Assembly,</p></formula>'): string =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">` +
  `<preface><p><docNumber>67/15.</docNumber><docTitle>Cooperation between the United Nations and the Shanghai Cooperation Organization</docTitle></p></preface>` +
  `<preamble>${preamble}</preamble><mainBody>${body}</mainBody>` +
  `<conclusions><p><inline name="adoptionMeeting">40th plenary meeting</inline><eol/><docDate date="2012-11-19">19 November 2012</docDate></p></conclusions>` +
  `</statement></akomaNtoso>`;

const para = (num: string | null, text: string, inner = ''): string =>
  `<paragraph class="SingleTxt">${num !== null ? `<num>${num}</num>` : ''}<content><p><span class="italic">${text.split(' ')[0]}</span> ${text.split(' ').slice(1).join(' ')}</p></content>${inner}</paragraph>`;

test('reader: title, preamble, numbered paragraphs, closing and footnotes', () => {
  const s = readAkn(AKN(
    para('1.', 'Acknowledges the report;') + para('2.', 'Decides to include the item;<authorialNote marker="1"><p>A/67/111.</p></authorialNote>'),
    '<formula name="enactingFormula"><p>The General Assembly,</p></formula><container name="Recalling"><p>Recalling its resolution,</p></container><container name="Recalling also"><p>Recalling also,</p></container>',
  ));
  assert.equal(s.title, '67/15. Cooperation between the United Nations and the Shanghai Cooperation Organization');
  assert.deepEqual(s.items.map((i) => i.kind === 'operative' ? `O${i.number}` : i.kind === 'preamble' ? `P${i.count}` : 'H'), ['P2', 'O1', 'O2']);
  assert.equal(s.footnotes, 1);
  assert.deepEqual(s.closings, ['40th plenary meeting, 19 November 2012']);
});

test('reader: defective numbers as printed ("3 Calls upon", "232 .Recognizes", "l.")', () => {
  const s = readAkn(AKN(para('l.', 'Decides to designate;') + `<paragraph><content><p>3 Calls upon all Member States;</p></content></paragraph>` + `<paragraph><content><p>232 .Recognizes the need;</p></content></paragraph>`));
  assert.deepEqual(s.items.filter((i) => i.kind === 'operative').map((i) => i.kind === 'operative' && i.number), ['1', '3', '232']);
  assert.equal(normalizeOperativeNumber('12.'), '12');
  assert.equal(normalizeOperativeNumber('(a)'), undefined);
  assert.equal(normalizeSubLabel('v)'), '(v)');
  assert.equal(normalizeSubLabel('(xxviii)'), '(xxviii)');
  assert.equal(normalizeSubLabel('–'), undefined);
});

test('reader: unnumbered paragraph opening a block is operative; a following one continues it', () => {
  const s = readAkn(AKN(
    para(null, 'Urges all countries:') +
    `<paragraph><content><p>(a) To cooperate and interact;</p></content></paragraph>` +
    `<paragraph><content><p>(e) To aim at:</p></content></paragraph>` +
    `<paragraph><content><p>(i) The development;</p></content></paragraph>` +
    `<paragraph><num>(ii)</num><content><p>The creation;</p></content></paragraph>` +
    `<paragraph><content><p>and stresses the importance;</p></content></paragraph>` +
    `<paragraph><content><p>Monday, 9 June: from 9 a.m. to 1 p.m.</p></content></paragraph>`,
  ));
  const ops = s.items.filter((i) => i.kind === 'operative');
  assert.equal(ops.length, 1);
  assert.ok(ops[0].kind === 'operative');
  assert.deepEqual(JSON.parse(JSON.stringify(ops[0].subs, ['label', 'children'])), [
    { label: '(a)', children: [] },
    { label: '(e)', children: [{ label: '(i)', children: [] }, { label: '(ii)', children: [] }] },
  ]);
});

test('reader: "(i)" after "(h)" is a letter when written flat; the sibling rule', () => {
  const list: ExpectedSub[] = [];
  for (const l of ['(g)', '(h)', '(i)', '(j)']) attachBySibling(list, l);
  assert.deepEqual(list.map((s) => s.label), ['(g)', '(h)', '(i)', '(j)']);
  const nested: ExpectedSub[] = [];
  for (const l of ['(a)', '(i)', '(ii)', '(b)']) attachBySibling(nested, l);
  assert.deepEqual(nested.map((s) => `${s.label}:${s.children.map((c) => c.label).join('')}`), ['(a):(i)(ii)', '(b):']);
  assert.deepEqual(promoteLetterSuccessors([{ label: '(h)', children: [{ label: '(i)', children: [] }] }, { label: '(j)', children: [] }]).map((s) => s.label), ['(h)', '(i)', '(j)']);
});

test('reader: headings (section num + title, bold-only paragraph, bold point) and quoted points', () => {
  const s = readAkn(AKN(
    `<section><num>II</num><heading>Programme budget</heading>${para('1.', 'Decides that:', '')}</section>` +
    `<paragraph><content><p><span class="bold">Action 1. We will act.</span></p></content></paragraph>` +
    `<paragraph><num>2.</num><list><intro><p><span class="italic">Invites</span> States:</p></intro>` +
    `<point><num>(a)</num><content><p>To act;</p></content></point>` +
    `<point><num>B.</num><content><p><span class="bold">Actions related to the secretariat</span></p></content></point></list></paragraph>` +
    `<paragraph><num>3.</num><content><p><span class="italic">Decides</span> that paragraph 11 shall read:<mod><quotedStructure><point><num>a.</num><content><p>The supply;</p></content></point></quotedStructure></mod></p></content></paragraph>`,
  ));
  const tokens = s.items.map((i) => (i.kind === 'heading' ? `H:${i.label ?? ''}|${i.title}` : i.kind === 'operative' ? `O:${i.number}:${i.subs.map((x) => x.label).join('')}` : i.kind === 'preamble' ? `P${i.count}` : 'E'));
  assert.deepEqual(tokens, ['H:II|Programme budget', 'O:1:', 'H:|Action 1. We will act.', 'O:2:(a)', 'H:B.|Actions related to the secretariat', 'O:3:']);
});

// ---------------------------------------------------------------------------------------------
// Outline summary and comparison, on outlines built from the contract

const PHRASES = operativePhrases();

/** Builds an outline the way the contract describes it, from an expected structure. */
function contractOutline(structure: ExpectedStructure): OutlineSymbol[] {
  const top: OutlineSymbol[] = [];
  let container: OutlineSymbol[] = top;
  const sub = (s: ExpectedSub): OutlineSymbol => ({ name: `${s.label} To act`, children: s.children.map(sub) });
  for (const item of structure.items) {
    if (item.kind === 'heading') {
      const children: OutlineSymbol[] = [];
      const name = item.title ? (item.label ? `${item.label.replace(/\.$/, '')}. ${item.title}` : item.title) : item.label ?? '';
      top.push({ name, children });
      container = children;
    } else if (item.kind === 'embedded') {
      const children: OutlineSymbol[] = [];
      container.push({ name: 'Draft resolution: The General Assembly', children });
      container = children;
    } else if (item.kind === 'preamble') {
      container.push({ name: 'Preamble', children: Array.from({ length: item.count }, () => ({ name: 'Recalling', detail: 'its resolution' })) });
    } else {
      container.push({ name: item.number === null ? 'Decides' : `${item.number}. Decides`, children: item.subs.map(sub) });
    }
  }
  for (const closing of structure.closings) top.push({ name: closing });
  for (const annex of structure.annexes) {
    top.push({ name: annex.name, children: annex.numbers.map((n, i) => ({ name: `${n}. We commit`, children: (annex.subs?.[i] ?? []).map(sub) })) });
  }
  if (structure.footnotes) top.push({ name: 'Footnotes', children: Array.from({ length: structure.footnotes }, (_, i) => ({ name: `${i + 1} A/67/111.` })) });
  return structure.title ? [{ name: structure.title, children: top }] : top;
}

test('summary of a contract-shaped outline reproduces the expected structure, for every corpus file', () => {
  const failures: string[] = [];
  for (const pair of corpusPairs()) {
    const expected = expectationFor(pair.base, readAkn(fs.readFileSync(pair.xmlPath, 'utf8')), 'txt');
    const problems = compareStructures(expected, summarizeOutline(contractOutline(expected), { operativePhrases: PHRASES }));
    if (problems.length) failures.push(`${pair.base}:\n  ${problems.join('\n  ')}`);
  }
  assert.deepEqual(failures, []);
});

test('comparison reports a renumbered paragraph, a lost sub-paragraph, a wrong preamble and a stray symbol', () => {
  const xml = fs.readFileSync(corpusPairs().find((p) => p.base === 'S_RES_1373_2001')!.xmlPath, 'utf8');
  const expected = readAkn(xml);
  const good = contractOutline(expected);
  assert.deepEqual(compareStructures(expected, summarizeOutline(good, { operativePhrases: PHRASES })), []);
  const clone = (): OutlineSymbol[] => JSON.parse(JSON.stringify(good));

  const renumbered = clone();
  (renumbered[0].children as OutlineSymbol[])[3] = { ...renumbered[0].children![3], name: '5. Calls upon' };
  assert.match(compareStructures(expected, summarizeOutline(renumbered, { operativePhrases: PHRASES })).join('\n'), /operative paragraphs: first difference at #3/);

  const lostSub = clone();
  (lostSub[0].children![1].children as OutlineSymbol[]).pop();
  assert.match(compareStructures(expected, summarizeOutline(lostSub, { operativePhrases: PHRASES })).join('\n'), /sub-paragraphs of op 1/);

  const preamble = clone();
  (preamble[0].children![0].children as OutlineSymbol[]).pop();
  assert.match(compareStructures(expected, summarizeOutline(preamble, { operativePhrases: PHRASES })).join('\n'), /preamble groups/);

  const stray = clone();
  (stray[0].children as OutlineSymbol[]).push({ name: '(h) To act' });
  assert.match(compareStructures(expected, summarizeOutline(stray, { operativePhrases: PHRASES })).join('\n'), /symbols outside the contract/);

  const flat = clone();
  const op2 = flat[0].children![2];
  (flat[0].children as OutlineSymbol[]).splice(3, 0, ...(op2.children ?? []));
  (op2 as { children?: OutlineSymbol[] }).children = [];
  assert.match(compareStructures(expected, summarizeOutline(flat, { operativePhrases: PHRASES })).join('\n'), /sub-paragraphs of op 2|symbols outside the contract/);
});

test('reader: an annex paragraph\'s sub-paragraphs, up to the next heading', () => {
  const annex = `<attachments><attachment><doc name="annex"><mainBody><paragraph class="HCh"><subheading>Annex</subheading></paragraph>` +
    para('1.', 'Decides that it shall:') + para(null, '(a) submit the list;') + `<paragraph><num>(i)</num><content><p>the name; and</p></content></paragraph>` +
    para(null, '(ii) the location;') + `<paragraph class="H23"><subheading>Rule 2</subheading></paragraph>` + para(null, 'The secretariat shall:') +
    para(null, '(a) Interpret;') + `</mainBody></doc></attachment></attachments></statement>`;
  const s = readAkn(AKN(para('1.', 'Decides to annex;')).replace('</statement>', annex));
  assert.deepEqual(s.annexes.map((a) => ({ name: a.name, numbers: a.numbers, subs: a.subs?.map(formatSubs) })), [{ name: 'Annex', numbers: ['1'], subs: ['(a)[(i)(ii)]'] }]);
});

test('comparison reports a lost sub-paragraph of an annex paragraph', () => {
  const expected = readAkn(fs.readFileSync(corpusPairs().find((p) => p.base === 'S_RES_2118_2013')!.xmlPath, 'utf8'));
  const good = contractOutline(expected);
  assert.deepEqual(compareStructures(expected, summarizeOutline(good, { operativePhrases: PHRASES })), []);
  const annex = good[0].children!.find((s) => s.name === 'Annex I')!;
  const paragraph = annex.children!.find((s) => s.name.startsWith('3. '))!;
  (paragraph.children as OutlineSymbol[]).pop();
  assert.match(compareStructures(expected, summarizeOutline(good, { operativePhrases: PHRASES })).join('\n'), /sub-paragraphs of Annex I, paragraph 3:\n\s+expected: a b c d\n\s+outline: +a b c$/);
});
