/**
 * What may follow or precede a resolution number: part letters ("75/290 B"), the adoption date
 * ("of 2 December 2004"), the separators of a list ("47/19, 48/16 and 79/7") and a pinpoint
 * before the keyword ("paragraph 15 (d) of resolution 60/1").
 * All scanners are sticky or run on bounded slices, so the cost per number is constant.
 */
import { isDigit, isLower, isSpace, isUpper } from '../text/chars';
import { toIsoDate } from './dates';
import type { IssuerHint } from './issuer';
import type { Pinpoint } from './types';
import { OF_DATE, PARTS, src } from './patterns';

const PARTS_AFTER = new RegExp(src('\\s+(', PARTS, ')(?![/\\-\\u2011’\']|\\.\\w)'), 'y');
const DATE_AFTER = new RegExp(OF_DATE.replace(/^\^/, ''), 'y');

export interface PartsMatch {
  raw: string;
  end: number;
}

/** Part letters right after a number ending at `pos`. */
export function partsAt(text: string, pos: number): PartsMatch | undefined {
  PARTS_AFTER.lastIndex = pos;
  const m = PARTS_AFTER.exec(text);
  return m ? { raw: m[1], end: pos + m[0].length } : undefined;
}

export interface DateMatch {
  iso: string;
  /** Range of "2 December 2004". */
  start: number;
  end: number;
  /** End of the whole tail, after any footnote marker glued to the year. */
  tailEnd: number;
}

/** "of 2 December 2004" right after `pos`. */
export function dateAt(text: string, pos: number): DateMatch | undefined {
  DATE_AFTER.lastIndex = pos;
  const m = DATE_AFTER.exec(text);
  if (!m) return undefined;
  const iso = toIsoDate(m[2], m[3], m[4]);
  if (!iso) return undefined;
  const start = pos + m[0].indexOf(m[1]);
  return { iso, start, end: start + m[1].length, tailEnd: pos + m[0].length };
}

/** Longest gap between two items of one list. */
const MAX_LIST_GAP = 160;

/**
 * Between two list items: commas, "and", footnote markers glued after punctuation, pinpoints
 * ("para. 8,"), annex/section references. Each alternative starts with a different character
 * class, so the scan is linear.
 */
const LIST_GAP = /^(?:\s|[,;]|\d{1,3}(?=[\s,;])|and\b|or\b|as well as\b|see also\b|paras?\.\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?|paragraphs?\s+\d{1,3}|annex(?:es)?(?:\s+[IVX]{1,4})?|sect\.\s*[A-Z0-9.]{1,6}|section\s+[IVX]{1,5}(?:\.[A-Z])?|chap\.\s*[IVX]{1,5})*$/;
const LIST_JOIN = /[,;]|\band\b|\bor\b/;

/** True when `gap` (text between the previous item's tail and the next number) continues a list. */
export function isListGap(gap: string): boolean {
  return gap.length <= MAX_LIST_GAP && LIST_JOIN.test(gap) && LIST_GAP.test(gap);
}

/** Words allowed between a keyword and its first number. */
export function isKeywordGap(gap: string): boolean {
  return gap.length <= 40 && /^\s*(?:No\.\s*)?$/.test(gap);
}

const PINPOINT_WINDOW = 120;

/**
 * "section III, paragraph 9, of", "paragraph 15 (d) (ii) of", "paragraphs 8 and 9 of" ending the
 * slice; `$` is anchored on a slice of bounded length.
 */
const PINPOINT = /(?:\bsection\s+([IVXL]{1,6}(?:\.[A-Z])?)\s*,\s*)?\b(?:sub)?paragraphs?\s+(\d{1,3})((?:\s*\([a-z]{1,5}\))*)((?:\s*(?:,|and|to)\s*\d{1,3}(?:\s*\([a-z]{1,5}\))*)*)\s*(?:,\s*)?of\s+(?:the\s+)?$/;

/** Pinpoint ending right at `pos` (the start of "its resolution", "resolution", …). */
export function pinpointBefore(text: string, pos: number): Pinpoint | undefined {
  if (!endsWithOf(text, pos)) return undefined;
  const slice = text.slice(Math.max(0, pos - PINPOINT_WINDOW), pos);
  const m = PINPOINT.exec(slice);
  if (!m) return undefined;
  const subs = (m[3].match(/[a-z]+/g) ?? []);
  const more = m[4].trim();
  const pinpoint: Pinpoint = { paragraph: more ? `${m[2]}${m[4].replace(/\s+/g, ' ')}` : m[2] };
  if (m[1]) pinpoint.section = m[1];
  if (!more && subs[0]) pinpoint.subparagraph = subs[0];
  if (!more && subs[1]) pinpoint.item = subs[1];
  return pinpoint;
}

/**
 * True when the text before `pos` ends as every pinpoint does, /\bof\s+(?:the\s+)?$/: read in
 * place, as most keywords have no pinpoint and need no slice.
 */
function endsWithOf(text: string, pos: number): boolean {
  const afterWord = spaceBefore(text, pos);
  if (afterWord === pos) return false;
  if (isWordBefore(text, afterWord, 'of')) return true;
  if (!text.startsWith('the', afterWord - 3)) return false;
  const afterOf = spaceBefore(text, afterWord - 3);
  return afterOf < afterWord - 3 && isWordBefore(text, afterOf, 'of');
}

/** Where the run of white space ending at `pos` starts. */
function spaceBefore(text: string, pos: number): number {
  while (pos > 0 && isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** Whether `word` ends at `end`, with no word character before it. */
function isWordBefore(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || !text.startsWith(word, start)) return false;
  const before = text.charCodeAt(start - 1);
  return !(isUpper(before) || isLower(before) || isDigit(before) || before === 0x5f);
}

/** Capitalized words and the small words between them: a body's name. */
const NAME = "[A-Z][\\w’'-]*(?:\\s+(?:(?:of|the|on|for|and|against|to|in)\\s+)*[A-Z][\\w’'-]*){0,10}";
const ORGAN_AFTER = new RegExp(`(?:\\s*,)?\\s+(?:of|adopted\\s+by)\\s+the\\s+(${NAME})`, 'y');
const SUBJECT_AFTER = /\s*,\s*the\s+(General Assembly|Security Council|Economic and Social Council|Human Rights Council|Assembly|Council)\b/y;
const BODY = /\b(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Organization|Programme|Parties)\b/;

const KNOWN_NAMES: Array<[RegExp, IssuerHint]> = [
  [/^(?:United Nations )?General Assembly\b/, 'GA'],
  [/^Security Council\b/, 'SC'],
  [/^Economic and Social Council\b/, 'ECOSOC'],
  [/^Human Rights Council\b/, 'HRC'],
  [/^Commission on Human Rights\b/, 'CHR'],
  [/^Assembly$/, 'GA'],
  [/^Council$/, 'council'],
];

function hintOfName(name: string): IssuerHint {
  for (const [re, hint] of KNOWN_NAMES) if (re.test(name)) return hint;
  return BODY.test(name) ? 'other' : undefined;
}

/**
 * "resolution 51/32 of the Human Rights Council", "resolution 5/14 adopted by the United Nations
 * Environment Assembly": the issuer named after the number and its date.
 */
export function organAfter(text: string, pos: number): IssuerHint {
  ORGAN_AFTER.lastIndex = pos;
  const m = ORGAN_AFTER.exec(text);
  return m ? hintOfName(m[1]) : undefined;
}

/** "in its resolution 76/137 of 16 December 2021, the General Assembly …": who "its" is. */
export function subjectAfter(text: string, pos: number): IssuerHint {
  SUBJECT_AFTER.lastIndex = pos;
  const m = SUBJECT_AFTER.exec(text);
  return m ? hintOfName(m[1]) : undefined;
}
