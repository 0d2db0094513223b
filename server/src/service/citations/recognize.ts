/**
 * Finds citations in the text of a UN resolution: resolutions and decisions ("resolution 59/48 of
 * 2 December 2004", "resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "217 A (III)"),
 * document symbols ("A/C.3/78/L.60/Rev.1") and Treaty Series references.
 *
 * One left-to-right pass over the text with a single global scanner; a small state machine keeps
 * the current keyword list ("resolutions 47/19, 48/16 … and 79/7") and the organ the sentence
 * talks about. Whitespace includes line breaks, so hard-wrapped PDF copies and CRLF text read the
 * same as the one-line-per-paragraph export.
 */
import type { Organ } from '../syntax/nodes';
import { isDigit } from '../text/chars';
import { Candidates } from './candidates';
import { bareHint, IssuerHint, issuerOf, maxNumber } from './issuer';
import {
  DOCUMENT_SYMBOL, IBID_TREATY, KEYWORD, NUMBER_ROMAN, NUMBER_YEAR, SLASH_NUMBER, TREATY_SERIES,
} from './patterns';
import { qualifierBefore } from './qualifier';
import { scNumberFitsYear } from './scNumbering';
import { documentInfo, expandParts, normalizeDashes, NumberShape, refSymbol, romanToInt } from './symbols';
import { DateMatch, dateAt, isKeywordGap, isListGap, organAfter, partsAt, pinpointBefore, subjectAfter } from './tails';
import { hasSentenceBreak, TopicTracker } from './topic';
import type { Citation, FindCitationsOptions, Pinpoint } from './types';

/** The scanner's alternatives, in priority order at one offset. */
const ALTERNATIVES = {
  treaty: TREATY_SERIES,
  ibid: IBID_TREATY,
  document: DOCUMENT_SYMBOL,
  keyword: KEYWORD,
  year: NUMBER_YEAR,
  roman: NUMBER_ROMAN,
  slash: SLASH_NUMBER,
};
type Alternative = keyof typeof ALTERNATIVES;

/**
 * Alternatives compiled into one sticky regex, with where each one's wrapper group is: its own
 * groups follow it, so `m[group + 1]` is an alternative's first.
 */
interface Scanner {
  readonly regex: RegExp;
  readonly alternatives: readonly Alternative[];
  readonly groups: readonly number[];
}

function scannerOf(alternatives: readonly Alternative[]): Scanner {
  const groups: number[] = [];
  let index = 1;
  for (const name of alternatives) {
    groups.push(index);
    index += 1 + groupCount(ALTERNATIVES[name]);
  }
  return { regex: new RegExp(alternatives.map((name) => `(${ALTERNATIVES[name]})`).join('|'), 'y'), alternatives, groups };
}

function groupCount(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
}

/** All alternatives at one offset (exported for the test that checks where it is tried). */
export const SCANNER = scannerOf(Object.keys(ALTERNATIVES) as Alternative[]).regex;

/*
 * What the recognizer tries: an offset's first character tells which alternatives can match there
 * (a digit opens numbers only; a letter opens the others, or a special session's "ES-11/4"), so
 * each is tried with a scanner of those alternatives alone, in the same order; fewer groups make
 * smaller match arrays.
 */
const NUMBERS = scannerOf(['year', 'roman', 'slash']);
const WORDS = scannerOf(['treaty', 'ibid', 'document', 'keyword', 'slash']);

/** The scanner to try at `at`, and its match there (exported for the test that it matches as SCANNER does). */
export function scanAt(text: string, at: number): { scanner: Scanner; match: RegExpExecArray | null } {
  const scanner = isDigit(text.charCodeAt(at)) ? NUMBERS : WORDS;
  scanner.regex.lastIndex = at;
  return { scanner, match: scanner.regex.exec(text) };
}

/**
 * The keyword alone, tried where only it can match: the letter before "esolution" or "ecision",
 * where no other alternative (a digit, "United", "Ibid", a series and "/") can start.
 */
const KEYWORD_AT = new RegExp(KEYWORD, 'y');

/** An open "resolutions …" list: the keyword, then items separated by commas and "and". */
interface ListState {
  kind: 'resolution' | 'decision';
  hint: IssuerHint;
  /** Whether the organ was named (or "its"), as opposed to inherited or defaulted. */
  explicit: boolean;
  /** End of the keyword, or of the last item's tail. */
  end: number;
  awaitingFirst: boolean;
  pinpoint?: Pinpoint;
}

interface NumberToken {
  shape: NumberShape;
  start: number;
  /** End of the number itself ("59/48", "1373 (2001)", "217 A (III)"). */
  end: number;
  first: string;
  number: number;
  partsRaw?: string;
}

/** Every citation in `text`, sorted by offset. */
export function findCitations(text: string, options: FindCitationsOptions): Citation[] {
  return new Recognizer(text, options.organ).run();
}

class Recognizer {
  private readonly out: Citation[] = [];
  private list: ListState | undefined;
  /** The last list item, kept across document symbols for dated numbers that continue a list. */
  private lastItem: ListState | undefined;
  private readonly topic: TopicTracker;
  private seenTreaty = false;

  constructor(private readonly text: string, private readonly enacting: Organ) {
    this.topic = new TopicTracker(text);
  }

  run(): Citation[] {
    const text = this.text;
    const candidates = new Candidates(text);
    let resume = 0;
    for (let at = candidates.take(); at >= 0; at = candidates.take(resume)) {
      if (candidates.beforeKeyword) {
        KEYWORD_AT.lastIndex = at;
        resume = KEYWORD_AT.test(text) ? this.keyword(at, KEYWORD_AT.lastIndex) : 0;
        continue;
      }
      const { scanner, match } = scanAt(text, at);
      resume = match ? Math.max(at + match[0].length, this.token(match, scanner)) : 0;
    }
    return this.out;
  }

  /**
   * Handles one scanner match; returns where scanning resumes (after any consumed tail). Each
   * handler reads its alternative's own groups from the match: `m[g + 1]` is the first, where `g`
   * is the alternative's wrapper group.
   */
  private token(m: RegExpExecArray, scanner: Scanner): number {
    let which = 0;
    while (m[scanner.groups[which]] === undefined) which++;
    const g = scanner.groups[which];
    const alternative = scanner.alternatives[which];
    switch (alternative) {
      case 'treaty': return this.treaty(m, g);
      case 'ibid': return this.seenTreaty ? this.treaty(m, g) : m.index + m[0].length;
      case 'document': return this.document(m);
      case 'keyword': return this.keyword(m.index, m.index + m[0].length);
      default: return this.number(readNumber(alternative, m, g));
    }
  }

  private treaty(m: RegExpExecArray, g: number): number {
    const at = m.index;
    this.seenTreaty = true;
    this.list = undefined;
    this.out.push({
      start: at,
      end: at + m[0].length,
      kind: 'treaty',
      organ: 'unknown',
      symbol: `UNTS vol. ${m[g + 1]}, No. ${m[g + 2]}`,
    });
    return at + m[0].length;
  }

  private document(m: RegExpExecArray): number {
    const at = m.index;
    const end = at + m[0].length;
    this.list = undefined;
    if (!/\d/.test(m[0])) return end;
    const info = documentInfo(m[0]);
    const citation: Citation = { start: at, end, kind: info.kind, organ: info.organ, symbol: info.symbol };
    if (info.url) citation.url = info.url;
    if (info.ref) Object.assign(citation, refFields(info.ref.shape, info.ref.first, info.ref.number, info.ref.parts));
    this.out.push(citation);
    return end;
  }

  /** The keyword at [at, end): "resolution(s)" or "decision(s)", told apart by its first letter. */
  private keyword(at: number, end: number): number {
    const q = qualifierBefore(this.text, at);
    const hint: IssuerHint = q.organ ?? (q.its ? 'its' : undefined);
    const explicit = hint !== undefined;
    // An unbound "its" keeps the organ the sentence already named (see hintFor).
    if (explicit && (hint !== 'its' || this.topic.current(at) === undefined)) this.topic.set(hint, at);
    this.list = {
      kind: (this.text.charCodeAt(at) | 0x20) === 0x64 /* d, D */ ? 'decision' : 'resolution',
      hint: explicit ? hint : this.topic.current(at),
      explicit,
      end,
      awaitingFirst: true,
      pinpoint: pinpointBefore(this.text, q.start),
    };
    return end;
  }

  private number(tok: NumberToken): number {
    const tail = this.tailAfter(tok);
    const list = this.continuing(tok.start);
    const rescued = !list && tok.shape === 'slash' && tail.date !== undefined ? this.rescuedList(tok.start) : undefined;
    if (!list && !rescued && !standaloneOk(tok)) return tok.end;
    const context = list ?? rescued;

    const kind = context?.kind ?? 'resolution';
    const hint = this.hintFor(tok, context, tail.end);
    const organ = issuerOf(tok.shape, tok.first, hint, this.enacting);
    this.list = { kind, hint: context?.hint, explicit: context?.explicit ?? false, end: tail.end, awaitingFirst: false };
    this.lastItem = this.list;
    if (organ === 'other' || !decisionPlausible(kind, organ, tok, context?.explicit ?? false)) return tail.end;

    // A footnote marker glued to the number: "76/1783", "54/3340 of 12 October 2023".
    const { end, number } = tok.shape === 'slash' && !tail.partsRaw
      ? withoutGluedMarker(tok, maxNumber(kind, organ))
      : { end: tail.anchorEnd, number: tok.number };
    const parts = tail.partsRaw ? expandParts(tail.partsRaw) : undefined;
    const info = refSymbol({ kind, organ, shape: tok.shape, first: tok.first, number, parts });
    const citation: Citation = {
      start: tok.start,
      end,
      kind,
      organ,
      symbol: info.symbol,
      ...refFields(tok.shape, tok.first, number, parts),
    };
    if (info.url) citation.url = info.url;
    const date = tail.date;
    if (date) Object.assign(citation, { citedDate: date.iso, dateStart: date.start, dateEnd: date.end });
    if (list?.awaitingFirst && list.pinpoint) citation.pinpoint = list.pinpoint;
    this.out.push(citation);
    return tail.end;
  }

  /** Part letters and date after a number. */
  private tailAfter(tok: NumberToken): { partsRaw?: string; anchorEnd: number; date?: DateMatch; end: number } {
    let anchorEnd = tok.end;
    let partsRaw = tok.partsRaw;
    if (tok.shape === 'slash') {
      const parts = partsAt(this.text, anchorEnd);
      if (parts) {
        partsRaw = parts.raw;
        anchorEnd = parts.end;
      }
    }
    const date = dateAt(this.text, anchorEnd);
    return { partsRaw, anchorEnd, date, end: date ? date.tailEnd : anchorEnd };
  }

  /**
   * Who issued this number: a name before the keyword wins; an unbound "its" may be named after
   * ("in its resolution 76/137 …, the General Assembly"); otherwise a name after the number
   * ("resolution 51/32 of the Human Rights Council"), the sentence topic, or the enacting organ's
   * own series for a bare number in an HRC text.
   */
  private hintFor(tok: NumberToken, context: ListState | undefined, tailEnd: number): IssuerHint {
    if (context?.explicit && context.hint !== 'its') return context.hint;
    // "the Human Rights Council in its resolution 51/30 … and its decision 51/101": a second "its"
    // in the sentence is the organ named before.
    if (context?.hint === 'its') return subjectAfter(this.text, tailEnd) ?? this.topic.current(tok.start) ?? 'its';
    return organAfter(this.text, tailEnd)
      ?? context?.hint
      ?? this.topic.current(tok.start)
      ?? bareHint(this.enacting, tok.first, tok.number);
  }

  /**
   * "74/274 of 20 April 2020, entitled “…”, 74/306 of 11 September 2020": a dated number continues
   * the last list of the same sentence across descriptive words and page headers, when a comma or
   * "and" came in between and no code stands right before it ("advisory opinion OC 16/99").
   */
  private rescuedList(start: number): ListState | undefined {
    const last = this.lastItem;
    if (!last || start - last.end > MAX_RESCUE_GAP) return undefined;
    const gap = this.text.slice(last.end, start);
    const tail = gap.trimEnd();
    if (!/,|\band\b/.test(gap) || (/[A-Za-z]$/.test(tail) && !/\b(?:and|or)$/.test(tail))) return undefined;
    return hasSentenceBreak(gap) ? undefined : last;
  }

  /** The list a number at `start` belongs to, if the text between continues it. */
  private continuing(start: number): ListState | undefined {
    const list = this.list;
    if (!list || start - list.end > MAX_LIST_DISTANCE) return undefined;
    const gap = this.text.slice(list.end, start);
    return (list.awaitingFirst ? isKeywordGap(gap) : isListGap(gap)) ? list : undefined;
  }
}

/** Longest stretch between list items worth looking at (the gap rules allow less). */
const MAX_LIST_DISTANCE = 200;
/** How far a dated number may be from the last list item and still continue it. */
const MAX_RESCUE_GAP = 600;

/**
 * Cuts a footnote marker (one or two digits) glued to a number beyond what its series reaches:
 * "76/1783" is 76/178 with note 3. Returns the anchor end and the number.
 */
function withoutGluedMarker(tok: NumberToken, max: number): { end: number; number: number } {
  let digits = String(tok.number);
  while (Number(digits) > max && digits.length > 1 && String(tok.number).length - digits.length < 2) {
    digits = digits.slice(0, -1);
  }
  return Number(digits) <= max
    ? { end: tok.end - (String(tok.number).length - digits.length), number: Number(digits) }
    : { end: tok.end, number: tok.number };
}

/** The number an alternative matched, from its groups (see `token`). */
function readNumber(alternative: 'year' | 'roman' | 'slash', m: RegExpExecArray, g: number): NumberToken {
  const start = m.index;
  const end = start + m[0].length;
  if (alternative === 'year') return { shape: 'year', start, end, first: m[g + 2], number: Number(m[g + 1]) };
  if (alternative === 'roman') {
    return { shape: 'roman', start, end, first: normalizeDashes(m[g + 3]), number: Number(m[g + 1]), partsRaw: m[g + 2] };
  }
  return { shape: 'slash', start, end, first: normalizeDashes(m[g + 1]), number: Number(m[g + 2]) };
}

/** Without a keyword or list, only shapes that cannot be anything else count: never "2/3". */
function standaloneOk(tok: NumberToken): boolean {
  switch (tok.shape) {
    case 'slash':
      return false;
    case 'year':
      return scNumberFitsYear(tok.number, Number(tok.first)) === 'yes';
    case 'roman': {
      const session = romanToInt(tok.first.replace(/^E?S-/, ''));
      return tok.number > 0 && session > 0 && session <= 63;
    }
  }
}

/** GA decisions are numbered from 101 up (elections 4xx, other 5xx); "decision 15/4" is another body's. */
function decisionPlausible(kind: 'resolution' | 'decision', organ: string, tok: NumberToken, explicit: boolean): boolean {
  if (kind !== 'decision' || explicit || tok.shape !== 'slash') return true;
  return organ !== 'GA' || tok.number > 100;
}

function refFields(shape: NumberShape, first: string, num: number, parts: string[] | undefined): Partial<Citation> {
  const fields: Partial<Citation> = { number: num };
  if (shape === 'year' || /^\d{4}$/.test(first)) fields.year = Number(first);
  else fields.session = first;
  if (parts && parts.length > 0) fields.parts = parts;
  return fields;
}
