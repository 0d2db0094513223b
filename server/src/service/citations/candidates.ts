/**
 * Where the citation scanner is worth trying. Its alternatives all open with lookbehinds, and a
 * regex that merely lists where they could start (digit runs, capitals, keywords) still reads
 * every character of the text through an alternation. Every citation, though, holds a rarer
 * anchor: a "/" (symbols, "59/48"), a "(" ("1373 (2001)", "217 A (III)"), a keyword's "esolution"
 * or "ecision", "Treaty" or "Ibid"; and between a citation's start and its first anchor stand
 * only characters of a few kinds (capitals and digits before "/", a number and part letters
 * before "("). So the text is read for anchors, and the scanner is tried only in the short
 * stretch before each one, where a word starts with a capital or a digit: the places where its
 * lookbehinds (no letter or digit before) could let it match. The citations found are those of
 * a scan of every offset.
 */
import { isDigit, isSpace } from '../text/chars';

/** The anchors, one of which lies in every scanner match. */
const ANCHOR = /[/(]|e(?:solution|cision)|Treaty|Ibid/g;

/**
 * Calls `tryAt` with each offset worth trying, in order; `tryAt` returns where scanning resumes
 * (past a citation it read) or undefined when nothing matched there.
 */
export function eachCandidate(text: string, tryAt: (at: number) => number | undefined): void {
  const anchors = new RegExp(ANCHOR.source, 'g');
  // Every offset before `done` has been tried or lies inside a citation already read.
  let done = 0;
  const attempt = (at: number): void => {
    const resume = tryAt(at);
    if (resume !== undefined) done = Math.max(done, resume);
  };
  for (let anchor = anchors.exec(text); anchor; anchor = anchors.exec(text)) {
    const at = anchor.index;
    const code = text.charCodeAt(at);
    if (code === 0x65 /* e */) {
      // "esolution", "ecision": the keyword starts a letter before.
      if (at - 1 >= done) attempt(at - 1);
    } else if (code === 0x54 /* T */) {
      // "United Nations, Treaty": the literal "United" has no lookbehind.
      for (let p = reachBack(text, at, done, isTreatyHead); p < at; p++) if (p >= done && text.charCodeAt(p) === 0x55 /* U */) attempt(p);
    } else {
      const head = code === 0x2f ? isSymbolHead : code === 0x28 ? isNumberHead : undefined;
      for (let p = head ? reachBack(text, at, done, head) : at; p <= at; p++) {
        if (p >= done && startsWord(text, p)) attempt(p);
      }
    }
    done = Math.max(done, at + 1);
    if (anchors.lastIndex < done) anchors.lastIndex = done;
  }
}

/** A capital or digit with no letter or digit before it: where a lookbehind can let a match start. */
function startsWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (isUpper(code) || isDigit(code)) && !isWordChar(text.charCodeAt(at - 1));
}

/** The earliest offset (not before `floor`) of the run of `head` characters that ends at `at`. */
function reachBack(text: string, at: number, floor: number, head: (code: number) => boolean): number {
  let start = at;
  while (start > floor && head(text.charCodeAt(start - 1))) start--;
  return start;
}

const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isDash = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
/** Part letters include the Cyrillic look-alikes А В С Е; lower-case letters spell "and" and "to". */
const isCyrillicPart = (code: number): boolean => code === 0x410 || code === 0x412 || code === 0x421 || code === 0x415;
const PART_WORD_LETTERS = new Set([...'andto'].map((ch) => ch.charCodeAt(0)));

/** `\w`, what the scanner's lookbehinds refuse before a match. */
function isWordChar(code: number): boolean {
  return isUpper(code) || isLower(code) || isDigit(code) || code === 0x5f;
}

/** Before "/": the series or session ("A/", "UNEP/", "59/", "ES-11/"). */
function isSymbolHead(code: number): boolean {
  return isUpper(code) || isDigit(code) || isDash(code);
}

/** Before "(": the number, part letters and white space ("1373 (", "3419 A to D ("). */
function isNumberHead(code: number): boolean {
  return isDigit(code) || isSpace(code) || isUpper(code) || code === 0x2c || isCyrillicPart(code) || PART_WORD_LETTERS.has(code);
}

/** Before "Treaty": "United Nations, ". */
function isTreatyHead(code: number): boolean {
  return isUpper(code) || isLower(code) || isSpace(code) || code === 0x2c;
}
