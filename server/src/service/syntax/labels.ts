/**
 * Reads the number or letter that opens a paragraph: "1.", "(a)", "(iv)", "a.", "i.", "II.",
 * and the malformed forms found in real texts ("3 Calls upon", "232 .Recognizes", "l.", "4)", "v)").
 */
import type { Label, LabelDefect, LabelStyle } from './nodes';
import { isOperativeFirstWord } from '../phrases/leadPhrases';

/** Invisible marks that real texts carry after numbers (LRM, RLM, ZWSP, word joiner, BOM, soft hyphen). */
export const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a lower- or upper-case roman numeral, or 0 when it is not a canonical one. */
export function romanValue(text: string): number {
  const lower = text.toLowerCase();
  if (!ROMAN_DIGITS.test(lower) || lower.length > 9) return 0;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN_VALUES[lower[i]];
    const next = ROMAN_VALUES[lower[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === lower ? total : 0;
}

export function toRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [n, s] of table) while (value >= n) { out += s; value -= n; }
  return out;
}

/** Value of a letter label: a=1 ... z=26, aa=27 ... zz=52 (doubled letters after z). */
export function letterValue(text: string): number {
  const lower = text.toLowerCase();
  if (SINGLE_LETTER.test(lower)) return lower.charCodeAt(0) - 96;
  if (DOUBLED_LETTER.test(lower)) return lower.charCodeAt(0) - 96 + 26;
  return 0;
}

export function toLetter(value: number): string {
  if (value >= 1 && value <= 26) return String.fromCharCode(96 + value);
  if (value > 26 && value <= 52) return String.fromCharCode(96 + value - 26).repeat(2);
  return '?';
}

export interface LabelMatch {
  readonly label: Label;
  /** Offset (relative to the text given) where the paragraph's own text begins. */
  readonly contentOffset: number;
}

/**
 * White space within a line: what stands between a label and its text. Word processors and PDF
 * copies write a TAB, spaces, a no-break space or another Unicode space (en, em, thin ...).
 */
const BLANK = '[ \\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';

/*
 * The label patterns, compiled once: a regular expression literal inside a function makes a new
 * object each time it runs, and these run on nearly every line of every parse.
 */

const NUMBER_DOT = /^(\d{1,3})\.(?![\d])/;
const NUMBER_DETACHED_DOT = new RegExp(`^(\\d{1,3})${BLANK}+\\.(?=[A-Z\\s])`);
const NUMBER_PAREN = new RegExp(`^(\\d{1,3})\\)${BLANK}+(?=[A-Z])`);
const LETTER_L_DOT = new RegExp(`^l\\.${BLANK}+(?=[A-Z])`);
const NUMBER_NO_DOT = new RegExp(`^(\\d{1,3})((?:${BLANK}|[\\u200b-\\u200f])+)([A-Z][a-z]+)`);
const SUB_PAREN = /^\(([a-z]{1,2}|[ivxlc]{1,7})\)/;
const SUB_DOT = new RegExp(`^([a-z]{1,2}|[ivxlc]{1,7})\\.(?=${BLANK}|[\\u200b-\\u200f])`);
const SUB_HALF_PAREN = new RegExp(`^([a-z]{1,2}|[ivxlc]{1,7})\\)(?=${BLANK})`);
/** A character of BLANK, by code: the separator after every label is read a character at a time. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}
const SPACE_FIRST = /^[\s\u00a0]/;
const SPACE_OR_MARK_FIRST = /^[\s\u00a0\u200b-\u200f]/;
const DOUBLED_LETTER = /^([a-z])\1$/;
const SINGLE_LETTER = /^[a-z]$/;
const ROMAN_DIGITS = /^[ivxlc]+$/;
const ROMAN_HEADING = /^([IVXL]{1,7})\.?(?=[\s\u00a0]|$)/;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function make(text: string, start: number, style: LabelStyle, value: number, normalized: string, defects: LabelDefect[]): Label {
  return { text, start, end: start + text.length, style, value, normalized, defects };
}

/**
 * A number alone on its line, as PDF copies print it ("2." then "\u200eRequests …" below): the
 * invisible marks opening the next line follow the number as they would on its own line. Returns
 * where the text starts after them, or undefined when there are none; `lineEnd` is where the
 * number's line ends in `text`, `limit` where its block does.
 */
export function marksUnderLoneNumber(text: string, lineEnd: number, limit: number): number | undefined {
  let i = lineEnd;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return undefined;
  i = skipBlanks(text, i + 1);
  if (i >= limit || !INVISIBLE.test(text[i])) return undefined;
  while (i < limit && INVISIBLE.test(text[i])) i = skipBlanks(text, i + 1);
  return i;
}

function skipBlanks(text: string, from: number): number {
  while (text[from] === ' ' || text[from] === '\t' || text[from] === '\u00a0') from++;
  return from;
}

/** Skips the separator after a label (TABs, spaces, invisible marks) and reports an invisible mark anywhere in it. */
function separator(rest: string, defects: LabelDefect[]): number {
  let i = 0;
  let invisible = false;
  while (i < rest.length && (isBlank(rest.charCodeAt(i)) || INVISIBLE.test(rest[i]))) {
    if (INVISIBLE.test(rest[i])) invisible = true;
    i++;
  }
  if (invisible) defects.push('invisible-character');
  return i;
}

/** An operative paragraph number at the start of `line` (already without indentation). */
export function matchOperativeNumber(line: string, base: number): LabelMatch | undefined {
  // Every form below opens with a digit or "l.": most lines are turned away here, without a regex.
  const first = line.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && (first !== 108 || line.charCodeAt(1) !== 46 /* "l." */)) return undefined;
  if (base !== 0) return operativeNumber(line, base);
  // The block builder asks about the same line several times in a row (is it a well-formed number,
  // does it start a label, is the last line a bare label): the last answers are kept.
  for (const asked of recentlyAsked) if (asked.line === line) return asked.match;
  const match = operativeNumber(line, 0);
  recentlyAsked.pop();
  recentlyAsked.unshift({ line, match });
  return match;
}

/** The last lines matchOperativeNumber was asked about at offset 0, newest first. */
const recentlyAsked: Array<{ line: string; match: LabelMatch | undefined }> = [
  { line: '', match: undefined },
  { line: '', match: undefined },
];

function operativeNumber(line: string, base: number): LabelMatch | undefined {
  let m = NUMBER_DOT.exec(line);
  if (m) {
    const defects: LabelDefect[] = [];
    const rest = line.slice(m[0].length);
    if (rest.length > 0 && !SPACE_FIRST.test(rest) && !INVISIBLE.test(rest[0])) return undefined; // "1.5", "3.Decides"? keep strict
    const skip = separator(rest, defects);
    return { label: make(m[0], base, 'arabic', Number(m[1]), `${Number(m[1])}.`, defects), contentOffset: m[0].length + skip };
  }
  // "232 .Recognizes": the full stop came adrift after a space.
  m = NUMBER_DETACHED_DOT.exec(line);
  if (m) {
    const defects: LabelDefect[] = ['detached-period'];
    return { label: make(m[0], base, 'arabic', Number(m[1]), `${Number(m[1])}.`, defects), contentOffset: m[0].length + separator(line.slice(m[0].length), defects) };
  }
  // "4) Decides": a parenthesis instead of the full stop.
  m = NUMBER_PAREN.exec(line);
  if (m) {
    return { label: make(m[0].trimEnd(), base, 'arabic', Number(m[1]), `${Number(m[1])}.`, ['parenthesis-for-period']), contentOffset: m[0].length };
  }
  // "l." typed for "1.".
  m = LETTER_L_DOT.exec(line);
  if (m) {
    return { label: make('l.', base, 'arabic', 1, '1.', ['letter-for-digit']), contentOffset: m[0].length };
  }
  // "3 Calls upon": no full stop. Only when an operative verb follows, so dates ("17 October 2000")
  // and table figures never pass for paragraph numbers.
  m = NUMBER_NO_DOT.exec(line);
  if (m && !MONTHS.test(m[3]) && isOperativeFirstWord(m[3])) {
    return { label: make(m[1], base, 'arabic', Number(m[1]), `${Number(m[1])}.`, ['missing-period']), contentOffset: m[1].length + m[2].length };
  }
  return undefined;
}

/** A sub-paragraph label at the start of `line`: "(a)", "(iv)", "(aa)", "a.", "i.", or "v)". */
export function matchSubLabel(line: string, base: number): LabelMatch | undefined {
  // Every form below opens with "(" or a lower-case letter.
  const first = line.charCodeAt(0);
  if (first !== 40 && !(first >= 97 && first <= 122)) return undefined;
  let m = SUB_PAREN.exec(line);
  let style: 'paren' | 'dot' = 'paren';
  const defects: LabelDefect[] = [];
  if (!m) {
    m = SUB_DOT.exec(line);
    style = 'dot';
    if (m && m[1].length === 2 && !romanValue(m[1])) m = null; // "aa." is not used; avoid words like "eg."
    if (m && line.length - m[0].length < 3) m = null;
  }
  if (!m) {
    // "v)" missing its opening parenthesis.
    m = SUB_HALF_PAREN.exec(line);
    style = 'paren';
    if (m) defects.push('missing-open-parenthesis');
  }
  if (!m) return undefined;
  const token = m[1];
  const rest = line.slice(m[0].length);
  if (rest.length > 0 && !SPACE_OR_MARK_FIRST.test(rest)) return undefined; // "(a)b" is text
  const letter = letterValue(token);
  const roman = romanValue(token);
  if (!letter && !roman) return undefined;
  // The style (letter or roman) of ambiguous tokens like "(i)" is settled by the parser from the
  // previous sibling; here letters win when possible and the parser may reinterpret.
  const isLetter = letter > 0 && !(roman > 0 && token.length > 1 && !DOUBLED_LETTER.test(token)) ? true : roman === 0;
  const labelStyle: LabelStyle = style === 'paren' ? (isLetter ? 'paren-letter' : 'paren-roman') : isLetter ? 'dot-letter' : 'dot-roman';
  const normalized = style === 'paren' ? `(${token})` : `${token}.`;
  const skip = separator(rest, defects);
  return {
    label: make(m[0], base, labelStyle, isLetter ? letter : roman, normalized, defects),
    contentOffset: m[0].length + skip,
  };
}

/**
 * A negotiation label: "PP3", "OP5", "OP 5 bis", "OP12ter", "PP2 alt", "OP7 (new)", "OP4 [alt 2]".
 * Facilitators number a draft's preambular and operative paragraphs apart and keep the numbers
 * through the rounds: an inserted paragraph takes "bis", an alternative text "alt".
 */
const NEGOTIATION = new RegExp(
  `^(PP|OP)${BLANK}?(\\d{1,3})` +
    `(?:${BLANK}?(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\\b)?` +
    `(?:${BLANK}?[([]?(alt|new)\\b\\.?(?:${BLANK}?(\\d))?[)\\]]?)?` +
    `[.:]?(?=${BLANK}|$)`,
);

export interface NegotiationMatch extends LabelMatch {
  readonly part: 'preambular' | 'operative';
}

/** A negotiation label at the start of `line` (already without indentation). */
export function matchNegotiationLabel(line: string, base: number): NegotiationMatch | undefined {
  // "P" or "O" first: most lines are turned away without a regex.
  const first = line.charCodeAt(0);
  if ((first !== 80 && first !== 79) || line.charCodeAt(1) !== 80) return undefined;
  const m = NEGOTIATION.exec(line);
  if (!m) return undefined;
  const variant = [m[3], m[4] && (m[5] ? `${m[4]} ${m[5]}` : m[4])].filter(Boolean).join(' ') || undefined;
  const normalized = `${m[1]}${Number(m[2])}${variant ? ` ${variant}` : ''}`;
  // The separator is skipped; an invisible mark in it is no defect a repair could write back.
  const skip = separator(line.slice(m[0].length), []);
  return {
    part: m[1] === 'PP' ? 'preambular' : 'operative',
    label: { ...make(m[0], base, 'negotiation', Number(m[2]), normalized, []), variant },
    contentOffset: m[0].length + skip,
  };
}

/** Reinterprets an ambiguous sub-paragraph label ("(i)", "(v)", "(x)") as a roman numeral or a letter. */
export function reinterpretLabel(label: Label, as: 'letter' | 'roman'): Label | undefined {
  const token = label.normalized.replace(/[().]/g, '');
  const paren = label.style.startsWith('paren');
  if (as === 'roman') {
    const value = romanValue(token);
    return value ? { ...label, style: paren ? 'paren-roman' : 'dot-roman', value } : undefined;
  }
  const value = letterValue(token);
  return value ? { ...label, style: paren ? 'paren-letter' : 'dot-letter', value } : undefined;
}

/** A section number alone or before a title: "II", "II.", "IV.<TAB>Title"; returns the numeral's value. */
export function matchRomanHeading(line: string): { value: number; length: number } | undefined {
  const m = ROMAN_HEADING.exec(line);
  if (!m) return undefined;
  const value = romanValue(m[1]);
  return value ? { value, length: m[0].length } : undefined;
}
