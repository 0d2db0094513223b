/**
 * Internal cross-references: "paragraph 12 above", "paragraphs 3 to 5 of the present resolution",
 * "subparagraph (c) of paragraph 4 above", "paragraph 1 (a) above". Only references that say they
 * are internal (above, below, of the present resolution, hereof) are read; "paragraph 8 of its
 * resolution 74/255 B" points elsewhere. A hand-written scanner, not one big regular expression,
 * so that hostile input cannot make it backtrack.
 */

export type Direction = 'above' | 'below' | 'any';

export interface ReferenceItem {
  readonly number: number;
  /** Offsets of the number itself, which a renumbering rewrites. */
  readonly start: number;
  readonly end: number;
  /** "(c)" when the reference names a sub-paragraph. */
  readonly sub?: string;
  /** The second end of a range "3 to 5" marks the numbers in between as referenced too. */
  readonly rangeFrom?: number;
}

export interface CrossReference {
  readonly start: number;
  readonly end: number;
  readonly direction: Direction;
  readonly items: readonly ReferenceItem[];
}

export const KEYWORD = /\b(?:sub-?paragraphs?\s+((?:\([a-z]{1,4}\)(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*,\s*and\s+)?){1,12})\s*of\s+)?paragraphs?\s+(?=\d)/gi;
const ITEM = /^(\d{1,3})(?:\s*\(([a-z]{1,4}|[ivxl]{1,6})\))?/;
const SEPARATOR = /^(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+to\s+|\s+or\s+)/;
const TERMINATOR = /^\s*(?:,\s*)?(above|below|of the present resolution|hereof|of this resolution)\b/;

/**
 * Where KEYWORD can match: "paragraph" starts a letter before its "aragraph", "subparagraph" four
 * and "sub-paragraph" five. Looking for the literal and trying KEYWORD there, in order, finds what
 * KEYWORD run over the whole text finds (exported, with KEYWORD, for the test that checks it), without testing its alternatives at every word.
 */
const ANCHOR = /aragraph/gi;
const KEYWORD_BEFORE_ANCHOR = [5, 4, 1];

export function* keywordMatches(text: string): Generator<RegExpExecArray, void, number> {
  const anchors = new RegExp(ANCHOR.source, 'gi');
  const keyword = new RegExp(KEYWORD.source, 'iy');
  // Offsets before `resume` are read (the caller says how far a match took it).
  let resume = 0;
  for (let anchor = anchors.exec(text); anchor; anchor = anchors.exec(text)) {
    for (const back of KEYWORD_BEFORE_ANCHOR) {
      const at = anchor.index - back;
      if (at < resume) continue;
      keyword.lastIndex = at;
      const match = keyword.exec(text);
      if (!match) continue;
      resume = Math.max(match.index + match[0].length, yield match);
      break;
    }
    if (anchors.lastIndex < resume) anchors.lastIndex = resume;
  }
}

export function findCrossReferences(text: string): CrossReference[] {
  const references: CrossReference[] = [];
  const matches = keywordMatches(text);
  let resume = 0;
  for (let next = matches.next(resume); !next.done; next = matches.next(resume)) {
    const match = next.value;
    resume = match.index + match[0].length;
    const subs = match[1] ? [...match[1].matchAll(/\(([a-z]{1,4})\)/g)].map((m) => `(${m[1]})`) : [];
    let position = match.index + match[0].length;
    const items: ReferenceItem[] = [];
    let rangeNext = false;
    for (let count = 0; count < 20; count++) {
      const item = ITEM.exec(text.slice(position, position + 16));
      if (!item) break;
      const number = Number(item[1]);
      const previous = items[items.length - 1];
      items.push({
        number,
        start: position,
        end: position + item[1].length,
        sub: item[2] ? `(${item[2]})` : undefined,
        rangeFrom: rangeNext && previous ? previous.number : undefined,
      });
      position += item[0].length;
      const separator = SEPARATOR.exec(text.slice(position, position + 12));
      if (!separator || !/^\d/.test(text.slice(position + separator[0].length, position + separator[0].length + 1))) break;
      rangeNext = /to/.test(separator[0]);
      position += separator[0].length;
    }
    const terminator = TERMINATOR.exec(text.slice(position, position + 40));
    if (!terminator || items.length === 0) continue;
    resume = position;
    const direction: Direction = terminator[1] === 'above' ? 'above' : terminator[1] === 'below' ? 'below' : 'any';
    // "subparagraph (c) of paragraph 4" names the sub-paragraph before the paragraph.
    const withSubs = subs.length && items.length === 1 ? subs.map((sub) => ({ ...items[0], sub })) : items;
    references.push({ start: match.index, end: position + terminator[0].length, direction, items: withSubs });
  }
  return references;
}
