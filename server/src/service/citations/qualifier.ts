/**
 * Who issued the resolutions a keyword introduces, read from the words just before it:
 * "General Assembly resolution", "Security Council resolutions", "Council resolution",
 * "its resolution", "the Human Rights Council, in paragraph 2 of its resolution", or another
 * body's series ("Commission on Crime Prevention and Criminal Justice resolution 31/1"), which
 * has no UN document symbol of the kinds built here.
 */
import type { CitedOrgan } from './types';

export type QualifierOrgan = CitedOrgan | 'council' | 'other';

export interface Qualifier {
  /** Undefined when nothing names the issuer (a bare "resolution"). */
  organ?: QualifierOrgan;
  /** True for "its resolution" that no preceding organ name binds: the enacting organ. */
  its: boolean;
  /** Offset where the qualifying words start (the keyword itself when there are none). */
  start: number;
}

interface Word {
  text: string;
  start: number;
}

/** How far back a qualifier may reach, in words. */
const WINDOW = 16;

/**
 * The words, numbers and single punctuation marks before a keyword, read backwards on demand:
 * most keywords are settled by their last word or two, so the window is rarely read in full.
 * `at(0)` is the word just before the keyword, `at(1)` the one before it, up to WINDOW words.
 */
class WordsBefore {
  private readonly read: Word[] = [];
  private position: number;

  constructor(private readonly text: string, keywordStart: number) {
    this.position = keywordStart;
  }

  at(back: number): Word | undefined {
    while (this.read.length <= back && this.read.length < WINDOW && this.readOne());
    return this.read[back];
  }

  private readOne(): boolean {
    const text = this.text;
    let i = this.position;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === 0) return false;
    const end = i;
    if (isWordChar(text.charCodeAt(i - 1))) {
      while (i > 0 && isWordChar(text.charCodeAt(i - 1)) && end - i < 40) i--;
    } else {
      i--;
    }
    this.read.push({ text: text.slice(i, end), start: i });
    this.position = i;
    return true;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** [A-Za-z0-9’'\u2011-], by code (this runs for every character before every keyword). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x2019 || c === 39 || c === 0x2011 || c === 45;
}

/** Organ names as word sequences, longest first. */
const ORGAN_NAMES: Array<[string[], CitedOrgan]> = [
  [['Economic', 'and', 'Social', 'Council'], 'ECOSOC'],
  [['Commission', 'on', 'Human', 'Rights'], 'CHR'],
  [['Human', 'Rights', 'Council'], 'HRC'],
  [['General', 'Assembly'], 'GA'],
  [['Security', 'Council'], 'SC'],
  [['ECOSOC'], 'ECOSOC'],
];

/** Words that make a proper name a body of its own (a commission, a conference of parties …). */
const BODY_WORD = /^(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Meeting|Parties|Organization|Convention|Agency|Programme|Fund|Summit|Congress|Union|Court|Tribunal|Authority|Bureau|Group|Secretariat)$/;

/** Small words inside proper names: "Commission on the Status of Women". */
const NAME_CONNECTOR = /^(?:of|the|on|for|and|against|to|in|de)$/;

/** Capitalized words that start a clause rather than a name: "Recalling", "See", "The". */
const CLAUSE_START = /^(?:The|[A-Z][a-z]*ing|See|Also|And|In|By|Both|Its|Further|Moreover|Whereas|Notes|Recalls|Reaffirms|Welcomes|Stresses|Resolution|Resolutions)$/;

/** Modifiers that read like participles but name other councils (UNEP Governing Council). */
const OTHER_COUNCIL = /^(?:Governing|Executive|Trusteeship)$/;

/** The words organ names end with: most words end none, and are turned away at once. */
const ORGAN_NAME_ENDS = new Set(ORGAN_NAMES.map(([name]) => name[name.length - 1]));

/** Words are counted back from the keyword: `last` is the name's last word, `first` its first. */
function matchNameEndingAt(words: WordsBefore, last: number): { organ: CitedOrgan; first: number } | undefined {
  const lastWord = words.at(last)?.text;
  if (lastWord === undefined || !ORGAN_NAME_ENDS.has(lastWord)) return undefined;
  for (const [name, organ] of ORGAN_NAMES) {
    // Compared from the last word back, so a name that ends otherwise reads no further word.
    let matched = 0;
    while (matched < name.length && words.at(last + matched)?.text === name[name.length - 1 - matched]) matched++;
    if (matched === name.length) return { organ, first: last + name.length - 1 };
  }
  return undefined;
}

const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code >= 65 && code <= 90;
};
/** Section numbers ("section XI of its") and part letters are not names. */
const isNumeralOrLetter = (word: string): boolean => /^(?:[IVXLC]+|[A-Z])$/.test(word);

/**
 * The issuer named by the words ending `last` words before the keyword: a main organ, a bare
 * "Assembly" or "Council", another body ("United Nations Environment Assembly"), or nothing.
 */
function issuerEndingAt(words: WordsBefore, last: number): { organ: QualifierOrgan; first: number } | undefined {
  const named = matchNameEndingAt(words, last);
  if (named) return named;
  const lastText = words.at(last)?.text ?? '';
  if (!isCapitalized(lastText) || isNumeralOrLetter(lastText) || CLAUSE_START.test(lastText)) return undefined;
  // Walk back over the proper name: capitalized words and the connectors between them.
  const name = [lastText];
  let first = last;
  for (let back = last + 1; back - last < WINDOW; back++) {
    const w = words.at(back)?.text;
    if (w === undefined) break;
    if (isCapitalized(w) && !CLAUSE_START.test(w) && !isNumeralOrLetter(w)) {
      for (let k = first + 1; k <= back; k++) name.push(words.at(k)!.text);
      first = back;
    } else if (!NAME_CONNECTOR.test(w)) break;
  }
  if (name.length === 1 && (lastText === 'Assembly' || lastText === 'Council')) {
    return { organ: lastText === 'Assembly' ? 'GA' : 'council', first };
  }
  if (name.some((w) => BODY_WORD.test(w) || OTHER_COUNCIL.test(w)) || /^[A-Z]{2,}$/.test(lastText)) {
    return { organ: 'other', first };
  }
  return undefined;
}

/** Reads the qualifier of the keyword starting at `keywordStart`. */
export function qualifierBefore(text: string, keywordStart: number): Qualifier {
  const words = new WordsBefore(text, keywordStart);
  const lastWord = words.at(0);
  if (!lastWord) return { its: false, start: keywordStart };
  if (lastWord.text === 'its' || lastWord.text === 'their') return itsQualifier(words, keywordStart);
  const named = issuerEndingAt(words, 0);
  if (named) return { organ: named.organ, its: false, start: words.at(named.first)!.start };
  return { its: false, start: keywordStart };
}

/**
 * Words that may stand between an organ and "its": "the General Assembly decided in its",
 * "the Council, by paragraph 4 (b) of its", "the Environment Assembly, in paragraph 2 of its".
 * Not "and" or "through": "the World Programme of Action for Youth, and its resolution" and
 * "established the Permanent Forum …, through its resolution" are the enacting organ's.
 */
const BETWEEN_ORGAN_AND_ITS = /^(?:in|by|under|with|of|paragraphs?|subparagraphs?|sections?|[,()]|\d{1,3}|[a-z]|[ivx]{1,5}|the|[IVXL]{1,6}|[a-z]+ed)$/;

/** Binds "its" (the word just before the keyword) to the organ named before it, if any; otherwise it is the enacting organ. */
function itsQualifier(words: WordsBefore, keywordStart: number): Qualifier {
  for (let back = 1; words.at(back); back++) {
    const named = issuerEndingAt(words, back);
    if (named) return { organ: named.organ, its: false, start: words.at(named.first)!.start };
    if (!BETWEEN_ORGAN_AND_ITS.test(words.at(back)!.text)) break;
  }
  const its = words.at(0)!;
  if (its.text !== 'its') return { its: false, start: keywordStart };
  return { its: true, start: its.start };
}
