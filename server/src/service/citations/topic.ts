/**
 * The organ a sentence is talking about: "Recalling all relevant Human Rights Council resolutions
 * …, in particular resolution 24/8" — the bare "resolution 24/8" is the Council's. The topic lasts
 * until the sentence or paragraph ends.
 */
import { isDigit, isSpace, isTabOrSpace, isUpper } from '../text/chars';
import type { IssuerHint } from './issuer';
import { MONTHS } from './patterns';

/*
 * Sentence or paragraph ends, read by hand over the stretch between two citations, in place:
 * - ";", ":", or ". " before a capital or "(";
 * - a new TAB-indented paragraph ("\n\t"), a numbered one ("\n12. "), a line that a comma ends
 *   before an indented capital;
 * - and, for a paragraph break only: a blank line, a footnote line ("150 Resolution 69/15") but
 *   not a date wrapped onto a new line ("2" / "December 2004" reads "\n2 December").
 * Nothing is read past the stretch's end. Quoted titles (“Global solidarity: …”, up to 400
 * characters) may hold colons and full stops of their own, so they are skipped. This runs over
 * most of a big text, so it is a loop rather than a regex tried at every character.
 */
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const MAX_QUOTED = 400;

/** True when [from, to) of `text` ends a sentence or paragraph. */
export function hasBreak(text: string, from = 0, to = text.length): boolean {
  return findBreak(text, from, to, true);
}

/** True when [from, to) ends a sentence, ignoring blank lines and page furniture. */
export function hasSentenceBreak(text: string, from = 0, to = text.length): boolean {
  return findBreak(text, from, to, false);
}

function findBreak(text: string, from: number, to: number, paragraphs: boolean): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    switch (code) {
      case OPEN_QUOTE:
        i = quotedEnd(text, i, to);
        break;
      case 0x3b: /* ; */
      case 0x3a: /* : */
        return true;
      case 0x2e: /* . */
        if (fullStopBreak(text, i, to)) return true;
        break;
      case 0x2c: /* , */
        if (commaBreak(text, i, to)) return true;
        break;
      case 0x0a: /* \n */
        if (lineBreak(text, i, to, paragraphs)) return true;
        break;
    }
  }
  return false;
}

/** Where a quoted title opened at `at` closes (its closing mark), or `at` when it does not within the stretch. */
function quotedEnd(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + 1 + MAX_QUOTED + 1);
  for (let j = at + 1; j < limit; j++) {
    const code = text.charCodeAt(j);
    if (code === CLOSE_QUOTE) return j;
    if (code === OPEN_QUOTE) return at;
  }
  return at;
}

/** ". " then a capital or "(". */
function fullStopBreak(text: string, at: number, to: number): boolean {
  let j = at + 1;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  if (j === at + 1 || j >= to) return false;
  const next = text.charCodeAt(j);
  return isUpper(next) || next === 0x28;
}

/** ",", tabs or spaces, a line end, then an indented capital. */
function commaBreak(text: string, at: number, to: number): boolean {
  let j = skipTabsAndSpaces(text, at + 1, to);
  if (j < to && text.charCodeAt(j) === 0x0d) j++;
  if (j >= to || text.charCodeAt(j) !== 0x0a) return false;
  const indented = skipTabsAndSpaces(text, j + 1, to);
  return indented > j + 1 && indented < to && isUpper(text.charCodeAt(indented));
}

/** At a line end: a TAB-indented or numbered paragraph; with `paragraphs`, a blank line or a footnote line too. */
function lineBreak(text: string, at: number, to: number, paragraphs: boolean): boolean {
  if (at + 1 < to && text.charCodeAt(at + 1) === 0x09) return true;
  const start = skipTabsAndSpaces(text, at + 1, to);
  if (paragraphs) {
    const lineEnd = start < to && text.charCodeAt(start) === 0x0d ? start + 1 : start;
    if (lineEnd < to && text.charCodeAt(lineEnd) === 0x0a) return true;
  }
  let digits = start;
  while (digits < to && digits - start < 3 && isDigit(text.charCodeAt(digits))) digits++;
  if (digits === start) return false;
  // "\n12. Decides": the numbered paragraph's full stop, then white space.
  if (digits + 1 < to && text.charCodeAt(digits) === 0x2e && isSpace(text.charCodeAt(digits + 1))) return true;
  if (!paragraphs) return false;
  // "\n150 Resolution …", a note's number before its text; not "\n2 December 2004".
  const word = skipTabsAndSpaces(text, digits, to);
  return word > digits && word < to && isUpper(text.charCodeAt(word)) && !startsMonth(text, word, to);
}

function skipTabsAndSpaces(text: string, from: number, to: number): number {
  while (from < to && isTabOrSpace(text.charCodeAt(from))) from++;
  return from;
}

function startsMonth(text: string, at: number, to: number): boolean {
  for (const month of MONTHS) if (at + month.length <= to && text.startsWith(month, at)) return true;
  return false;
}

export class TopicTracker {
  private hint: IssuerHint;
  /** Text before this offset has been checked for breaks; it only moves forward (linear). */
  private checkedTo = 0;

  constructor(private readonly text: string) {}

  set(hint: IssuerHint, at: number): void {
    this.hint = hint;
    this.checkedTo = at;
  }

  /** The topic still in force at `at`. */
  current(at: number): IssuerHint {
    if (this.hint !== undefined && at > this.checkedTo) {
      if (hasBreak(this.text, this.checkedTo, at)) this.hint = undefined;
      this.checkedTo = at;
    }
    return this.hint;
  }
}
