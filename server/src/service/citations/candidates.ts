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
import { charCodes, isDigit, isLower, isSpace, isUpper } from '../text/chars';

/**
 * The anchors, one of which lies in every scanner match, each looked for on its own: an
 * alternation or a character class reads every character through the regex engine, while
 * `indexOf` finds a single character or a capitalized word natively, several times faster. Only
 * the keywords' "esolution"/"ecision" stay a regex: `indexOf` of a word that starts with a common
 * letter is no faster than one regex for both. Anchors of different kinds never overlap.
 */
const LITERALS = ['/', '(', 'Treaty', 'Ibid'] as const;
const KEYWORDS = /e(?:solution|cision)/g;

/** The next anchor of each kind, nearest first: positions move only forward. */
class Anchors {
  private readonly keywords = new RegExp(KEYWORDS.source, 'g');
  /** Next offset of each literal, then of a keyword: -1 when none is left, -2 before the first search. */
  private readonly found = [-2, -2, -2, -2, -2];

  constructor(private readonly text: string) {}

  /** The first anchor at or after `from`, or -1. */
  next(from: number): number {
    let nearest = -1;
    for (let kind = 0; kind < this.found.length; kind++) {
      let at = this.found[kind];
      if (at !== -1 && at < from) this.found[kind] = at = this.search(kind, from);
      if (at >= 0 && (nearest < 0 || at < nearest)) nearest = at;
    }
    return nearest;
  }

  private search(kind: number, from: number): number {
    if (kind < LITERALS.length) return this.text.indexOf(LITERALS[kind], from);
    // `test` makes no match array; the match ends at lastIndex, and "ecision" has its "e" 7 back.
    this.keywords.lastIndex = from;
    if (!this.keywords.test(this.text)) return -1;
    const end = this.keywords.lastIndex;
    return end - (this.text.charCodeAt(end - 7) === 0x65 /* e */ ? 7 : 9);
  }
}

/** What is tried in the stretch before an anchor. */
const enum Stretch {
  /** "esolution", "ecision": only the keyword's first letter, one before. */
  Keyword,
  /** "Treaty": each "U" of "United Nations, " (the literal has no lookbehind). */
  Treaty,
  /** "/", "(", "Ibid": each capital or digit that starts a word. */
  Words,
}

/**
 * The offsets worth trying, in order, handed out one at a time: the recognizer keeps its scanning
 * loop, and this class the state of the anchor being read.
 */
export class Candidates {
  private readonly anchors: Anchors;
  /** Every offset before `done` has been offered or lies inside a citation already read. */
  private done = 0;
  private anchor = -1;
  private stretch = Stretch.Words;
  /** The next offset of the current stretch, and its last. */
  private next = 0;
  private last = -1;

  constructor(private readonly text: string) {
    this.anchors = new Anchors(text);
  }

  /** True while the offsets handed out are the letter before a keyword's "esolution" or "ecision". */
  get beforeKeyword(): boolean {
    return this.stretch === Stretch.Keyword;
  }

  /** The next offset to try, or -1; `resume` is where the last one's citation ended, if it matched. */
  take(resume = 0): number {
    if (resume > this.done) this.done = resume;
    for (;;) {
      while (this.next <= this.last) {
        const at = this.next++;
        if (at >= this.done && this.worthTrying(at)) return at;
      }
      if (this.anchor >= 0 && this.anchor + 1 > this.done) this.done = this.anchor + 1;
      const anchor = this.anchors.next(this.done);
      if (anchor < 0) return -1;
      this.open(anchor);
    }
  }

  private open(at: number): void {
    const code = this.text.charCodeAt(at);
    this.anchor = at;
    this.last = at;
    if (code === 0x65 /* e */) {
      this.stretch = Stretch.Keyword;
      this.next = this.last = at - 1;
    } else if (code === 0x54 /* T */) {
      this.stretch = Stretch.Treaty;
      this.next = reachBack(this.text, at, this.done, isTreatyHead);
    } else {
      this.stretch = Stretch.Words;
      this.next = code === 0x2f ? reachBack(this.text, at, this.done, isSymbolHead) : code === 0x28 ? reachBack(this.text, at, this.done, isNumberHead) : at;
    }
  }

  private worthTrying(at: number): boolean {
    switch (this.stretch) {
      case Stretch.Keyword: return true;
      case Stretch.Treaty: return this.text.charCodeAt(at) === 0x55; /* U */
      case Stretch.Words: return startsWord(this.text, at);
    }
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

const isDash = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
/** Part letters include the Cyrillic look-alikes А В С Е; lower-case letters spell "and" and "to". */
const isCyrillicPart = (code: number): boolean => code === 0x410 || code === 0x412 || code === 0x421 || code === 0x415;
const PART_WORD_LETTERS = charCodes('andto');

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
