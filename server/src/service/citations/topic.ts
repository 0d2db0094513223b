/**
 * The organ a sentence is talking about: "Recalling all relevant Human Rights Council resolutions
 * …, in particular resolution 24/8" — the bare "resolution 24/8" is the Council's. The topic lasts
 * until the sentence or paragraph ends.
 */
import type { IssuerHint } from './issuer';
import { MONTH, src } from './patterns';

/**
 * Sentence or paragraph ends: ";", ":", ". X", a new TAB-indented, space-indented or numbered
 * paragraph, a blank line, a footnote line ("150 Resolution 69/15") — not a date wrapped onto a
 * new line.
 */
const PARAGRAPH = '[;:]|\\.\\s+(?=[A-Z(])|\\n\\t|,[ \\t]*\\r?\\n[ \\t]+[A-Z]|\\n[ \\t]*\\d{1,3}\\.\\s';
const BREAK = new RegExp(src(
  PARAGRAPH, '|\\n[ \\t]*\\r?\\n|\\n[ \\t]*\\d{1,3}[ \\t]+(?!', MONTH, ')[A-Z]',
));

/** Quoted titles (“Global solidarity: …”) may hold colons and full stops of their own. */
const QUOTED = /\u201c[^\u201c\u201d]{0,400}\u201d/g;

/** A sentence or paragraph end proper; blank lines may be page breaks of a PDF copy, so they do not count. */
const SENTENCE_BREAK = new RegExp(PARAGRAPH);

/** True when `text` (the stretch between two citations) ends a sentence or paragraph. */
export function hasBreak(text: string): boolean {
  return BREAK.test(withoutQuotedTitles(text));
}

/** True when `text` ends a sentence, ignoring blank lines and page furniture. */
export function hasSentenceBreak(text: string): boolean {
  return SENTENCE_BREAK.test(withoutQuotedTitles(text));
}

/** Most stretches quote nothing: looking for the opening mark first spares them the replacement. */
function withoutQuotedTitles(text: string): string {
  return text.includes('\u201c') ? text.replace(QUOTED, '“”') : text;
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
      if (hasBreak(this.text.slice(this.checkedTo, at))) this.hint = undefined;
      this.checkedTo = at;
    }
    return this.hint;
  }
}
