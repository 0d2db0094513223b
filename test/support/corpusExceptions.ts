/**
 * Documented corrections to what the XML oracle (akn.ts) says, each with its reason and evidence.
 *
 * Two kinds:
 * - 'xml': the AKN mark-up itself is wrong about the printed structure (the UN's conversion
 *   artefacts); the correction states what the printed text shows.
 * - 'rendering': the corpus txt/ file (rendered from the XML by tools/akn2txt.py) leaves out
 *   something the XML has, so no outline of that txt can show it; the expectation for the txt is
 *   reduced to what it prints. These apply to txt/ only.
 *
 * Every correction names the file and the place (operative paragraph, heading) it changes, and
 * akn-oracle.test.ts checks that each one still changes something (no stale entries).
 */
import { ExpectedItem, ExpectedStructure, ExpectedSub, collapse, labelCore, letterSuccessor } from './akn';

export interface CorpusException {
  /** Corpus base name (txt/ and xml/ file name without extension). */
  readonly file: string;
  readonly kind: 'xml' | 'rendering';
  readonly reason: string;
  /** Where to see it (file lines or elements). */
  readonly evidence: string;
  readonly adjust: (structure: ExpectedStructure) => ExpectedStructure;
}

/** A sequence break the oracle reports that is how the document is printed (not an error). */
export interface AcceptedSequenceBreak {
  readonly file: string;
  /** As printed by the sequence check: "op 36 (iii): list starts at (o)". */
  readonly where: string;
  readonly reason: string;
}

// ---------------------------------------------------------------------------------------------
// Adjustments (pure: they return a new structure)

function mapItems(structure: ExpectedStructure, map: (items: ExpectedItem[]) => ExpectedItem[]): ExpectedStructure {
  return { ...structure, items: map(structure.items.slice()) };
}

function mapOperative(structure: ExpectedStructure, number: string, map: (subs: ExpectedSub[]) => ExpectedSub[]): ExpectedStructure {
  return mapItems(structure, (items) =>
    items.map((item) => (item.kind === 'operative' && item.number === number ? { ...item, subs: map(item.subs) } : item)));
}

/**
 * "(i)" nested under "(h)" (or "(ii)" under "(hh)") is the next letter, not a roman sub-list:
 * move such a child up to be its parent's next sibling.
 */
export function promoteLetterSuccessors(subs: readonly ExpectedSub[]): ExpectedSub[] {
  const out: ExpectedSub[] = [];
  for (const sub of subs) {
    const successor = letterSuccessor(labelCore(sub.label));
    const promoted = sub.children.filter((c) => labelCore(c.label) === successor);
    const kept = sub.children.filter((c) => labelCore(c.label) !== successor);
    out.push({ ...sub, children: promoteLetterSuccessors(kept) });
    for (const p of promoted) out.push({ ...p, children: promoteLetterSuccessors(p.children) });
  }
  return out;
}

/** Removes the operative paragraph numbered `number` that directly follows the one numbered `after`. */
function removeOperativeAfter(structure: ExpectedStructure, number: string, after: string): ExpectedStructure {
  return mapItems(structure, (items) => {
    let previous: string | null | undefined;
    return items.filter((item) => {
      if (item.kind !== 'operative') return true;
      const drop = item.number === number && previous === after;
      if (!drop) previous = item.number;
      return !drop;
    });
  });
}

function removeHeading(structure: ExpectedStructure, matches: (item: Extract<ExpectedItem, { kind: 'heading' }>) => boolean): ExpectedStructure {
  let removed = false;
  return mapItems(structure, (items) =>
    items.filter((item) => {
      if (!removed && item.kind === 'heading' && matches(item)) {
        removed = true;
        return false;
      }
      return true;
    }));
}

function retitleHeading(structure: ExpectedStructure, from: RegExp, title: string): ExpectedStructure {
  return mapItems(structure, (items) =>
    items.map((item) => (item.kind === 'heading' && from.test(collapse(`${item.label ?? ''} ${item.title}`)) ? { ...item, title } : item)));
}

function removeSubs(structure: ExpectedStructure, number: string, labels: readonly string[]): ExpectedStructure {
  return mapOperative(structure, number, (subs) => subs.filter((s) => !labels.includes(s.label)));
}

// ---------------------------------------------------------------------------------------------
// The corrections

const ROMAN_NESTING = 'The XML nests "(i)" after "(h)" (and "(ii)" after "(hh)") as a roman sub-list; the printed text runs (h), (i), (j) … (hh), (ii), (jj): they are letters (ANOMALIES.md, FORMAT_SPEC §4).';

export const CORPUS_EXCEPTIONS: readonly CorpusException[] = [
  {
    file: 'A_RES_78_181',
    kind: 'xml',
    reason: ROMAN_NESTING,
    evidence: 'xml para 2: point_h > sublist > point "(i)", point_hh > sublist > point "(ii)"; the list goes on with (j) and (jj).',
    adjust: (s) => mapOperative(s, '2', promoteLetterSuccessors),
  },
  {
    file: 'A_RES_80_184',
    kind: 'xml',
    reason: ROMAN_NESTING,
    evidence: 'xml para 2: "(i)" under "(h)", "(ii)" under "(hh)" (same text as 78/181).',
    adjust: (s) => mapOperative(s, '2', promoteLetterSuccessors),
  },
  {
    file: 'E_RES_2024_15',
    kind: 'xml',
    reason: ROMAN_NESTING,
    evidence: 'xml operative 25: "(i) In coordination with members …" nested under "(h)", followed by "(j)".',
    adjust: (s) => mapOperative(s, '25', promoteLetterSuccessors),
  },
  {
    file: 'A_RES_78_248',
    kind: 'xml',
    reason:
      'Operative 14 quotes the amended statute ("Article 9, new paragraph 4:"); the quoted paragraph "4. In hearing an application …" is text of paragraph 14, not an operative paragraph of the resolution. The XML marks it as a numbered paragraph (no quotedStructure), which breaks the sequence 14 → 4 → 15.',
    evidence: 'txt lines "\\tArticle 9, new paragraph 4:" and "\\t4.\\tIn hearing an application …" between 14. and 15. (ANOMALIES.md: embedded quoted numbering must not break the sequence).',
    adjust: (s) => removeOperativeAfter(s, '4', '14'),
  },
  {
    file: 'S_RES_1973_2011',
    kind: 'xml',
    reason:
      'The resolution has two annexes (operative 22: "the individuals listed in Annex I …", "the individuals and entities listed in Annex II …"), printed after the heading "Libya: UNSCR proposed designations"; the XML has no attachments and puts "Annex I: Travel Ban" and "Annex II: Asset Freeze" as rows of a table in the main body. Their numbered entries are table rows, not paragraphs.',
    evidence: 'xml mainBody: <heading>Libya: UNSCR proposed designations</heading>, table rows <span class="bold">Annex I: Travel Ban</span> / <span class="bold">Annex II: Asset Freeze</span>; txt lines 71 and 82.',
    adjust: (s) => ({ ...s, annexes: [...s.annexes, { name: 'Annex I', numbers: [], subs: [] }, { name: 'Annex II', numbers: [], subs: [] }] }),
  },
  {
    file: 'A_RES_75_253_B',
    kind: 'rendering',
    reason: 'The part letter "B" sits in the same preface paragraph as the title; the txt rendering prints "75/253.<TAB>Special subjects …" and no "B" line.',
    evidence: 'xml preface: <docNumber>75/253.</docNumber><docTitle>…</docTitle><docNumber> B</docNumber>; txt lines 3–4.',
    adjust: (s) => removeHeading(s, (h) => h.label === 'B' && h.title === ''),
  },
  {
    file: 'A_RES_79_1',
    kind: 'rendering',
    reason: 'The bold heading "Action 13 . We will redouble …" is split over three txt lines ("Action 13", ".", "We will redouble …") because the XML has three spans on separate lines; the heading line the txt shows is "Action 13".',
    evidence: 'xml para before 34.: <span class="bold">Action 13</span> <span class="bold italic">. </span> <span class="bold">We will …</span>; txt lines 116–118.',
    adjust: (s) => retitleHeading(s, /^Action 13 \. We will redouble/, 'Action 13'),
  },
  {
    file: 'S_RES_2765_2024',
    kind: 'rendering',
    reason: 'In operative 38 the points (a) and (b) carry a <subheading> before their <num>; the txt rendering prints the sub-heading and the text but not the labels "(a)" and "(b)", so only "(c)" is printed as a sub-paragraph.',
    evidence: 'xml para 38 point_a/point_b: <subheading/><num>(a)</num>; txt lines 105–109.',
    adjust: (s) => removeSubs(s, '38', ['(a)', '(b)']),
  },
];

/** Rules that apply wherever their condition holds (not tied to one file). */
export interface CorpusRule {
  readonly name: string;
  readonly kind: 'xml' | 'rendering';
  readonly reason: string;
  readonly evidence: string;
  readonly applies: (structure: ExpectedStructure) => boolean;
  readonly adjust: (structure: ExpectedStructure) => ExpectedStructure;
}

export const CORPUS_RULES: readonly CorpusRule[] = [
  {
    name: 'footnotes on a part letter are not rendered',
    kind: 'rendering',
    reason: 'A footnote anchored on the part letter in the preface ("B" + "Resolution 75/253 … becomes resolution 75/253 A") is not printed in the txt rendering, neither its marker nor its text (a footnote on the title, as in ES-10/24, is printed).',
    evidence: 'A_RES_75_253_B and E_RES_2021_2_B: the txt footnotes start at "2 …".',
    applies: (s) => (s.xmlFacts?.partLetterFootnotes ?? 0) > 0,
    adjust: (s) => ({ ...s, footnotes: s.footnotes - (s.xmlFacts?.partLetterFootnotes ?? 0) }),
  },
];

export const ACCEPTED_SEQUENCE_BREAKS: readonly AcceptedSequenceBreak[] = [
  {
    file: 'S_RES_2765_2024',
    where: 'op 36 (iii): list starts at (o)',
    reason: 'Roman-numbered headed groups whose lettered items continue across groups: (i) (a)–(h), (ii) (i)–(n), (iii) (o) (ANOMALIES.md: legitimate, unusual). Group (ii) starting at "(i)" passes as a roman start; group (iii) starting at "(o)" is the visible break.',
  },
  {
    file: 'S_RES_2765_2024',
    where: 'op 38: list starts at (c)',
    reason: 'After the rendering correction only (c) is printed as a label (see CORPUS_EXCEPTIONS).',
  },
];

/** The oracle's expectation for one corpus txt file: XML corrections, then rendering corrections. */
export function expectationFor(file: string, structure: ExpectedStructure, scope: 'txt' | 'xml' = 'txt'): ExpectedStructure {
  let out = structure;
  for (const exception of CORPUS_EXCEPTIONS) {
    if (exception.file !== file) continue;
    if (exception.kind === 'rendering' && scope !== 'txt') continue;
    out = exception.adjust(out);
  }
  for (const rule of CORPUS_RULES) {
    if (rule.kind === 'rendering' && scope !== 'txt') continue;
    if (rule.applies(out)) out = rule.adjust(out);
  }
  return out;
}
