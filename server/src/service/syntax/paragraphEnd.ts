/** Whether a line or block of text ends a paragraph, shared by the line, block and tree stages. */
import { charCodes, isDigit, isSpace } from '../text/chars';

/** A line that stops on an abbreviation before a number ("Supplement No.", "vol.", "p."), which ends no sentence. */
export const CUT_AFTER_ABBREVIATION = /\b(?:No|Nos|vol|vols|p|pp|para|paras|chap|sect|art|arts)\.\s*$/;

/** Below this length a line is a cell or a heading rather than part of a paragraph. */
export const SHORT_LINE = 40;

/**
 * Ends a paragraph: , ; : . ! ? possibly followed by closing quotes and brackets and a footnote
 * number ("2012,1", "[^4]", or "2015, 12" as a PDF copy sets it apart, but not after a full
 * stop), then white space: /[.,;:!?][”"’'»)\]]*(?:\d{1,3}|\[\^\d+\])?\s*$/ or
 * /[,;:!?][”"’'»)\]]*[ \t]+\d{1,3}\s*$/, read backwards from the end, since those regexes would
 * try every position of a long line.
 */
export function endsParagraph(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (closedByPunctuation(text, end)) return true;
  // A footnote marker: one to three digits, or "[^n]".
  let digits = end;
  while (digits > 0 && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (end - digits >= 1 && end - digits <= 3) {
    let mark = digits;
    while (mark > 0 && (text.charCodeAt(mark - 1) === 32 || text.charCodeAt(mark - 1) === 9 || text.charCodeAt(mark - 1) === 0xa0)) mark--;
    // Set apart, a number after a full stop is more often that of a reference ("No. 304").
    if (mark === digits ? closedByPunctuation(text, mark) : closedByPunctuation(text, mark) && text.charCodeAt(mark - 1) !== 0x2e /* . */) return true;
  }
  if (text.charCodeAt(end - 1) !== 0x5d /* ] */) return false;
  let open = end - 1;
  while (open > 0 && isDigit(text.charCodeAt(open - 1))) open--;
  return open < end - 1 && open >= 2 && text.charCodeAt(open - 1) === 0x5e /* ^ */ && text.charCodeAt(open - 2) === 0x5b /* [ */ && closedByPunctuation(text, open - 2);
}

/** Whether the text before `end`, past any closing quotes and brackets, is a punctuation mark. */
function closedByPunctuation(text: string, end: number): boolean {
  let at = end;
  while (at > 0 && CLOSERS.has(text.charCodeAt(at - 1))) at--;
  return at > 0 && PUNCTUATION.has(text.charCodeAt(at - 1));
}

const CLOSERS = charCodes('”"’\'»)]');
const PUNCTUATION = charCodes('.,;:!?');
