/**
 * Input generators for the fuzz tests. An input is a small JSON "recipe" (a base text and a list
 * of mutations) rather than the text itself, so fast-check shrinks it to a readable minimal case
 * and a failure report can be replayed with `buildText(recipe)`.
 *
 * Offsets and line numbers in recipes are fractions in [0, 1e6] of the text they apply to, so a
 * mutation stays valid whatever the earlier ones did.
 */
import fc from 'fast-check';
import { loadCorpus } from './repo';

export const FRACTION = 1_000_000;
const frac = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: FRACTION });

// ---- vocabulary -------------------------------------------------------------------------------

/** Characters that break naive text handling. */
export const SPECIAL_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ud83d',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069',
  '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u2007', '\u202f', '\u3000', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c',
  '\t', '\r', '\n', '\r\n', '\n\r', '\u0301', '\u0627', '\u05d0', '\u0410', '\ufffd', '\uffff',
  '“', '”', '‘', '’', '"', "'", '«', '»', '(', ')', '[', ']', '{', '}', '/', '.', ',', ';', ':', '–', '—', '\u2011',
];

/** Fragments of resolution text: labels, formulas, headings, citations, artefacts. */
export const FRAGMENTS = [
  '1.', '\t1.\t', '12.', '3 ', '232 .', '4) ', 'l. ', '(a)', '\t(a)\t', '(i)', '(ii)', '(h)', '(aa)', 'v) ', '(v', 'a. ', 'i. ',
  'I', 'II.', 'IV.\t', 'A.', 'A', 'B', 'Annex', 'Annex I', 'Appendix', 'Section', 'The General Assembly,', 'The Security Council,',
  'The Human Rights Council,', 'Resolution 1373 (2001)', '67/15.\t', 'S-24/2. ', 'Resolutions adopted by the General Assembly',
  '[without reference to a Main Committee (A/67/L.1)]', 'Draft resolution', 'Recalling', 'Recalling also ', 'Decides ', 'Calls upon ',
  'Requests the Secretary-General ', 'To cooperate ', 'resolution 59/48 of 2 December 2004', 'resolutions 1267 (1999), 1989 (2011) and 2253 (2015)',
  '217 A (III)', 'A/C.3/78/L.60/Rev.1', 'United Nations, Treaty Series, vol. 729, No. 10485', 'Ibid., vol. 1249, No. 20378.',
  '40th plenary meeting', '17 October 2000', '[Adopted without a vote.]', '__________', '[^1]', '[^1]: ', '1 See ', '[DU1]',
  '<<ODS JOB NO>>N1234567<<ODS JOB NO>>', '<<ODS DOC SYMBOL1>>A/RES/67/15<<ODS DOC SYMBOL1>>', 'United Nations', 'A/RES/67/15',
  '12-34567 (E)', '3/5', '*1234567*', 'Please recycle', '---', 'Distr.: General', '92 383 700', '(1 234)', ':', ';', ',', '.',
];

/** Whole lines of a resolution for synthetic documents. */
export const LINES = [
  'Resolutions adopted by the General Assembly', 'Resolution adopted by the General Assembly on 19 November 2012', 'Exampleland: draft resolution', 'Resolution adopted by the Security Council at its 4385th meeting, on 28 September 2001',
  '[on the report of the Third Committee (A/78/481)]', '78/15.\tCooperation between the United Nations and the Organization',
  'Resolution 1373 (2001)', 'Statement by the President of the Security Council', 'The General Assembly,', 'The Security Council,',
  'The Economic and Social Council,', 'Recommends to the General Assembly the adoption of the following draft resolution:',
  '\tRecalling its resolution 59/48 of 2 December 2004,', '\tNoting with concern the situation,', 'Reaffirming its commitment',
  '\t1.\tDecides to remain seized of the matter;', '\t2.\tCalls upon all States to cooperate:', '3 Calls upon Member States;',
  '232 .Recognizes the role;', '4) Decides further;', 'l. Urges all parties;', '\t(a)\tTo cooperate fully;', '\t(b)\tThe development of',
  '\t(i)\tmeasures;', '\t(ii)\tsteps;', '(h) item;', '(i) item;', 'v) item;', 'a. first;', 'i. first;', '(aa) double;',
  'I', 'II.\tProgramme budget', 'A.\tGeneral provisions', 'A', 'B', 'Annex', 'Annex I', 'Annex II: Terms of reference', 'Appendix',
  '40th plenary meeting', '17 October 2000', '4385th meeting', '[Adopted without a vote.]', '[Adopted by a recorded vote of 30 to 5,',
  'with 12 abstentions.]', '__________', '1 See A/78/L.1.', '2 United Nations, Treaty Series, vol. 729, No. 10485.', '[^1]: Footnote text.',
  '[DU1]', '<<ODS JOB NO>>N1234567<<ODS JOB NO>>', 'United Nations A/RES/78/15', 'General Assembly', 'Distr.: General', '12-34567 (E)',
  '3/5', '*1234567*', 'Please recycle', '---', 'title: "x"', '92 383 700', '(1 234)', 'and demands that the parties', 'continued text',
  '', '', '',
];

/** Units repeated into long lines: brackets, labels, symbols, digits, words, quotes. */
export const LONG_UNITS = [
  '(', ')', '((((', '“', '"', '[', ' ', '\t', '\u00a0', '\u200b', '.', ',', '1', '1 ', '1.', '1.1.', 'A/', 'A/A/', '1/', 'resolution 1/',
  'resolution 1/1/', '(a)', '(i)', 'a', 'aaaa,', 'Recalling ', 'of 2 December 2004 ', 'Resolution 1 (2001) ', '217 A (III) ', 'A/RES/',
  'United Nations ', 'Ibid., vol. 1, No. 1 ', '-', '_', ':', '[DU1]', '\ud800', '\u202e',
];

// ---- recipes ----------------------------------------------------------------------------------

export type Base =
  | { readonly type: 'corpus'; readonly index: number }
  /** Corpus texts one after another, as a session's compilation holds its resolutions. */
  | { readonly type: 'session'; readonly index: number; readonly count: number }
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'codes'; readonly codes: readonly number[] }
  | { readonly type: 'nesting'; readonly open: string; readonly close: string; readonly depth: number; readonly middle: string }
  | { readonly type: 'lines'; readonly lines: readonly string[]; readonly eols: readonly string[]; readonly indents: readonly string[] }
  | { readonly type: 'long'; readonly unit: string; readonly count: number; readonly prefix: string; readonly suffix: string };

export type Op =
  | { readonly op: 'flip'; readonly at: number; readonly bit: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'deleteLine'; readonly at: number }
  | { readonly op: 'duplicateLine'; readonly at: number; readonly times: number }
  | { readonly op: 'swapLines'; readonly a: number; readonly b: number }
  | { readonly op: 'shuffleLines'; readonly seed: number }
  | { readonly op: 'eol'; readonly style: 'lf' | 'crlf' | 'cr' | 'mixed'; readonly seed: number }
  | { readonly op: 'tabs'; readonly toSpaces: boolean; readonly width: number }
  | { readonly op: 'embed'; readonly at: number; readonly unit: string; readonly count: number };

export interface Recipe {
  readonly base: Base;
  readonly ops: readonly Op[];
}

export function baseText(base: Base): string {
  switch (base.type) {
    case 'corpus': {
      const corpus = loadCorpus();
      return corpus[base.index % corpus.length].text;
    }
    case 'session': {
      const corpus = loadCorpus();
      return Array.from({ length: base.count }, (_, i) => corpus[(base.index + i) % corpus.length].text).join('\n\n');
    }
    case 'literal':
      return base.text;
    case 'codes':
      return String.fromCharCode(...base.codes);
    case 'nesting':
      return base.open.repeat(base.depth) + base.middle + base.close.repeat(base.depth);
    case 'lines':
      return base.lines.map((line, i) => (base.indents[i] ?? '') + line + (base.eols[i] ?? '\n')).join('');
    case 'long':
      return base.prefix + base.unit.repeat(base.count) + base.suffix;
  }
}

/** A deterministic generator for the shuffles and line-ending mixes (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (fraction: number, length: number): number => Math.min(length, Math.floor((fraction / FRACTION) * (length + 1)));

/** Lines with their own line endings kept, so joining them gives the text back. */
function splitKeepingEols(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function applyOp(text: string, op: Op): string {
  switch (op.op) {
    case 'flip': {
      if (text.length === 0) return text;
      const i = Math.min(text.length - 1, at(op.at, text.length - 1));
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << op.bit)) + text.slice(i + 1);
    }
    case 'insert': {
      const i = at(op.at, text.length);
      return text.slice(0, i) + op.text + text.slice(i);
    }
    case 'delete': {
      const i = at(op.at, text.length);
      return text.slice(0, i) + text.slice(i + op.length);
    }
    case 'truncate':
      return text.slice(0, at(op.at, text.length));
    case 'deleteLine':
    case 'duplicateLine': {
      const lines = splitKeepingEols(text);
      if (lines.length === 0) return text;
      const i = Math.min(lines.length - 1, at(op.at, lines.length - 1));
      if (op.op === 'deleteLine') lines.splice(i, 1);
      else {
        const line = /[\r\n]$/.test(lines[i]) ? lines[i] : lines[i] + '\n';
        lines.splice(i, 1, ...Array(op.times + 1).fill(line));
      }
      return lines.join('');
    }
    case 'swapLines': {
      const lines = splitKeepingEols(text);
      if (lines.length < 2) return text;
      const a = Math.min(lines.length - 1, at(op.a, lines.length - 1));
      const b = Math.min(lines.length - 1, at(op.b, lines.length - 1));
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('');
    }
    case 'shuffleLines': {
      const lines = splitKeepingEols(text);
      const random = rng(op.seed);
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('');
    }
    case 'eol': {
      const random = rng(op.seed);
      const pick = (): string => {
        if (op.style === 'lf') return '\n';
        if (op.style === 'crlf') return '\r\n';
        if (op.style === 'cr') return '\r';
        return ['\n', '\r\n', '\r'][Math.floor(random() * 3)];
      };
      return text.replace(/\r\n|\r|\n/g, pick);
    }
    case 'tabs':
      return op.toSpaces ? text.replace(/\t/g, ' '.repeat(op.width)) : text.replace(new RegExp(` {${op.width}}`, 'g'), '\t');
    case 'embed': {
      // A long line put into the text at a line start.
      const i = at(op.at, text.length);
      const lineStart = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
      return text.slice(0, lineStart) + op.unit.repeat(op.count) + '\n' + text.slice(lineStart);
    }
  }
}

export function buildText(recipe: Recipe): string {
  let text = baseText(recipe.base);
  for (const op of recipe.ops) text = applyOp(text, op);
  return text;
}

/** A recipe for a failure message: the JSON, and the start of the text it builds. */
export function describe(recipe: Recipe, text = buildText(recipe)): string {
  const json = JSON.stringify(recipe, (_key, value) => (typeof value === 'string' && value.length > 300 ? `${value.slice(0, 300)}…(${value.length})` : value));
  const head = JSON.stringify(text.slice(0, 300));
  const corpus = recipe.base.type === 'corpus' ? ` corpus=${loadCorpus()[recipe.base.index % loadCorpus().length].name}` : '';
  return `recipe=${json}${corpus}\ntext (${text.length} chars) starts ${head}`;
}

// ---- arbitraries ------------------------------------------------------------------------------

const specialChar = (): fc.Arbitrary<string> => fc.constantFrom(...SPECIAL_CHARS);
const codeUnit = (): fc.Arbitrary<number> => fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0xd800, max: 0xdfff }));

/** Short text to insert: special characters, resolution fragments, random UTF-16 units. */
export const insertText = (): fc.Arbitrary<string> =>
  fc.oneof(
    specialChar(),
    fc.constantFrom(...FRAGMENTS),
    fc.array(fc.oneof(specialChar(), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
    fc.array(codeUnit(), { minLength: 1, maxLength: 12 }).map((codes) => String.fromCharCode(...codes)),
    fc.string({ maxLength: 20 }),
  );

export const op = (maxLong = 4096): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: frac(), bit: fc.integer({ min: 0, max: 15 }) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: frac(), text: insertText() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: frac(), length: fc.integer({ min: 1, max: 2000 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: frac() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), at: frac() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), at: frac(), times: fc.integer({ min: 1, max: 5 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: frac(), b: frac() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('shuffleLines' as const), seed: fc.integer() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('eol' as const), style: fc.constantFrom('lf' as const, 'crlf' as const, 'cr' as const, 'mixed' as const), seed: fc.integer() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('tabs' as const), toSpaces: fc.boolean(), width: fc.integer({ min: 1, max: 8 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('embed' as const), at: frac(), unit: fc.constantFrom(...LONG_UNITS), count: fc.integer({ min: 1, max: maxLong }) }) },
  );

export const corpusBase = (): fc.Arbitrary<Base> => fc.record({ type: fc.constant('corpus' as const), index: fc.nat({ max: loadCorpus().length - 1 }) });

/** Two to five corpus texts in a row. */
export const sessionBase = (): fc.Arbitrary<Base> =>
  fc.record({ type: fc.constant('session' as const), index: fc.nat({ max: loadCorpus().length - 1 }), count: fc.integer({ min: 2, max: 5 }) });

/** Corpus texts under 1 to 8 mutations. */
export const corpusRecipe = (): fc.Arbitrary<Recipe> => fc.record({ base: corpusBase(), ops: fc.array(op(), { minLength: 1, maxLength: 8 }) });

/** Documents assembled from resolution-like lines, indentation and mixed line endings. */
export const syntheticRecipe = (): fc.Arbitrary<Recipe> =>
  fc.integer({ min: 1, max: 80 }).chain((n) =>
    fc.record({
      base: fc.record({
        type: fc.constant('lines' as const),
        lines: fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: insertText() }), { minLength: n, maxLength: n }),
        eols: fc.array(fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', ''), { minLength: n, maxLength: n }),
        indents: fc.array(fc.constantFrom('', '', '\t', '    ', ' ', '\u00a0', '\t\t'), { minLength: n, maxLength: n }),
      }),
      ops: fc.array(op(256), { maxLength: 3 }),
    }),
  );

/** Empty, whitespace-only, binary-looking and deeply nested texts. */
export const hostileRecipe = (): fc.Arbitrary<Recipe> =>
  fc.record({
    base: fc.oneof(
      fc.record({ type: fc.constant('literal' as const), text: fc.constant('') }),
      fc.record({
        type: fc.constant('literal' as const),
        text: fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u200b', '\u3000', '\u2028', '\u000b', '\u000c', '\ufeff'), { maxLength: 400 }).map((a) => a.join('')),
      }),
      fc.record({ type: fc.constant('codes' as const), codes: fc.array(codeUnit(), { maxLength: 3000 }) }),
      fc.record({ type: fc.constant('codes' as const), codes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3000 }) }),
      fc.record({
        type: fc.constant('nesting' as const),
        open: fc.constantFrom('(', '((', '“', '"', '‘', '[', '(“', '(a) ', '(i)(', '“(', '\t(', '1.(', '\u202e('),
        close: fc.constantFrom(')', '”', '"', '’', ']', '”)', '', ')\n'),
        depth: fc.integer({ min: 1, max: 60_000 }),
        middle: fc.oneof(fc.constant(''), fc.constantFrom(...FRAGMENTS)),
      }),
    ),
    ops: fc.array(op(64), { maxLength: 2 }),
  });

/** One line of up to a megabyte, alone, in a corpus text, or between words. */
export const longLineRecipe = (): fc.Arbitrary<Recipe> =>
  fc.oneof(
    fc.record({
      base: fc.record({
        type: fc.constant('long' as const),
        unit: fc.constantFrom(...LONG_UNITS),
        count: fc.integer({ min: 1, max: 1_000_000 }),
        prefix: fc.constantFrom('', 'a', '\t1.\t', '(a) ', 'The General Assembly,\n', 'Recalling '),
        suffix: fc.constantFrom('', 'b', '.', ',', '\n', '!', '\u0000'),
      }).map((b) => ({ ...b, count: Math.max(1, Math.min(b.count, Math.floor(1_000_000 / b.unit.length))) })),
      ops: fc.constant([]),
    }),
    fc.record({
      base: corpusBase(),
      ops: fc.tuple(frac(), fc.constantFrom(...LONG_UNITS), fc.integer({ min: 1, max: 1_000_000 })).map(([where, unit, count]) => [
        { op: 'embed' as const, at: where, unit, count: Math.max(1, Math.min(count, Math.floor(1_000_000 / unit.length))) },
      ]),
    }),
  );

/** Probe positions as [line, column] fractions; resolved against the text in the worker. */
export const probes = (): fc.Arbitrary<Array<[number, number]>> => fc.array(fc.tuple(frac(), frac()), { minLength: 1, maxLength: 12 });

// ---- edit sequences ---------------------------------------------------------------------------

/** What an editor inserts: typing, pasting fragments and lines, new lines, or nothing (a deletion). */
const editText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '.', ',', ';', '1', '(', ')', 'e', 'I', '“') },
    { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 2, arbitrary: fc.constantFrom(...LINES).map((line) => `${line}\n`) },
    { weight: 1, arbitrary: insertText() },
  );

export interface EditChangeSpec {
  readonly at: number;
  readonly length: number;
  readonly text: string;
  readonly full?: boolean;
}

export interface EditStepSpec {
  readonly changes: readonly EditChangeSpec[];
  readonly query: boolean;
}

const editChange = (): fc.Arbitrary<EditChangeSpec> =>
  fc.oneof(
    { weight: 30, arbitrary: fc.record({ at: frac(), length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })), text: editText() }) },
    // A whole line or paragraph cut (or replaced): the length runs to a line end in the worker's text.
    { weight: 3, arbitrary: fc.record({ at: frac(), length: fc.integer({ min: 20, max: 3000 }), text: fc.oneof(fc.constant(''), editText()) }) },
    // The same kind of edit sent as the whole new text (a change event without a range).
    { weight: 1, arbitrary: fc.record({ at: frac(), length: fc.integer({ min: 0, max: 40 }), text: editText(), full: fc.constant(true) }) },
  );

/** A sequence of didChange events, each with 1 to 3 changes; the outline is asked for after some. */
export const editSteps = (): fc.Arbitrary<EditStepSpec[]> =>
  fc.array(fc.record({ changes: fc.array(editChange(), { minLength: 1, maxLength: 3 }), query: fc.boolean() }), { minLength: 1, maxLength: 25 });
