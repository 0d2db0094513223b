/**
 * Recognizes the lead phrase that opens a paragraph ("Recalling also", "Calls upon") and tells
 * whether it is preambular or operative, from the empirical phrase lists.
 */
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from './phraseData';
import { isSpace, normalizeSpace } from '../text/chars';

export type PhraseKind = 'preambular' | 'operative';

export interface LeadPhrase {
  readonly phrase: string;
  readonly kind: PhraseKind;
  /** How often the phrase opens a paragraph in real resolutions. */
  readonly count: number;
}

interface Entry {
  phrase: string;
  kind: PhraseKind;
  count: number;
}

/**
 * Phrases grouped by their first two words ("Also decides") or, for one-word phrases and those
 * with punctuation after the first word, by the first word alone; each group longest first. A
 * look-up is two map accesses and a few compares, even for "Also" or "Expressing", which open
 * dozens of phrases.
 */
const byFirstWord = new Map<string, Entry[]>();
const byFirstTwoWords = new Map<string, Entry[]>();
const TWO_WORDS = /^[A-Za-z][A-Za-z'-]* [A-Za-z][A-Za-z'-]*/;

function add(list: ReadonlyArray<readonly [string, number]>, kind: PhraseKind): void {
  for (const [phrase, count] of list) {
    const two = TWO_WORDS.exec(phrase)?.[0];
    const twoWords = two !== undefined && (phrase.length === two.length || !isLetter(phrase.charCodeAt(two.length)));
    const key = twoWords ? two : phrase.split(' ', 1)[0];
    const groups = twoWords ? byFirstTwoWords : byFirstWord;
    let entries = groups.get(key);
    if (!entries) groups.set(key, (entries = []));
    entries.push({ phrase, kind, count });
  }
}
add(PREAMBULAR_PHRASES, 'preambular');
add(OPERATIVE_PHRASES, 'operative');
for (const groups of [byFirstWord, byFirstTwoWords]) {
  for (const entries of groups.values()) entries.sort((a, b) => b.phrase.length - a.phrase.length || b.count - a.count);
}

/** Quotation marks, and invisible marks with any space after them ("6.<TAB>\u200e Reaffirms"). */
const OPENING_MARKS = /^(?:[“"‘']|[\u200b-\u200f\u2060\ufeff]\s*)+/;

/**
 * The text without the quotation marks that may open a quoted paragraph, or the invisible marks
 * an export leaves before the text, where its lead phrase follows.
 */
export function withoutOpeningMarks(text: string): string {
  // Most paragraphs open with a letter: only those opening with a mark need the replacement.
  return mayOpenWithMark(text.charCodeAt(0)) ? text.replace(OPENING_MARKS, '') : text;
}

/** The first characters OPENING_MARKS can match. */
function mayOpenWithMark(code: number): boolean {
  return code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x27 || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff;
}

/** The longest known lead phrase at the start of `text`, if any. */
export function matchLeadPhrase(text: string): LeadPhrase | undefined {
  // The first two words read by hand: this runs for every paragraph, and a match array each time is garbage.
  const firstEnd = wordEnd(text, 0);
  if (firstEnd === 0) return undefined;
  const secondEnd = text.charCodeAt(firstEnd) === 32 ? wordEnd(text, firstEnd + 1) : firstEnd + 1;
  // "Further  emphasizing", "Further" + a line break + "emphasizing" (a justified or wrapped copy):
  // the phrase is read with its words one space apart.
  if (irregularSpaceAt(text, firstEnd) || (secondEnd > firstEnd + 1 && irregularSpaceAt(text, secondEnd))) return matchLeadPhrase(normalizeSpace(text.slice(0, SPACED_PHRASE_REACH)));
  const long = secondEnd > firstEnd + 1 ? firstMatch(text, byFirstTwoWords.get(text.slice(0, secondEnd))) : undefined;
  const short = firstMatch(text, byFirstWord.get(text.slice(0, firstEnd)));
  // Both groups are sorted; of their first matches the longer wins (one text has one prefix of each length).
  const found = !long ? short : !short || long.phrase.length >= short.phrase.length ? long : short;
  // "States Parties shall ..." in an annexed treaty: a noun, not the verb of "States that ...".
  return found?.phrase === 'States' && STATES_AS_NOUN.test(text) ? undefined : found;
}

const STATES_AS_NOUN = /^States (?:[Pp]arties|[Mm]embers)\b/;

/** Longer than any lead phrase, with room for the runs of white space a copy may put between its words. */
const SPACED_PHRASE_REACH = 120;

/** White space at `at` other than one plain space before a word: a TAB, a line break, a no-break space, a run. */
function irregularSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 ? isSpace(text.charCodeAt(at + 1)) : isSpace(code);
}

/** The end of the word at `start` (a letter, then letters, apostrophes and hyphens), or `start` when none starts there. */
function wordEnd(text: string, start: number): number {
  if (!isLetter(text.charCodeAt(start))) return start;
  let end = start + 1;
  for (let code = text.charCodeAt(end); isLetter(code) || code === 39 || code === 45; code = text.charCodeAt(++end));
  return end;
}

function firstMatch(text: string, entries: readonly Entry[] | undefined): Entry | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    if (text.startsWith(entry.phrase)) {
      const next = text.charCodeAt(entry.phrase.length);
      if (Number.isNaN(next) || !isLetter(next)) return entry;
    }
  }
  return undefined;
}

/** Whether `word` opens some known operative phrase ("Calls", "Decides"). */
export function isOperativeFirstWord(word: string): boolean {
  return OPERATIVE_FIRST_WORDS.has(word);
}

const OPERATIVE_FIRST_WORDS = new Set(OPERATIVE_PHRASES.map(([phrase]) => phrase.split(' ', 1)[0]));

/**
 * Guesses the kind of an unknown lead word by its form: participles and adjectives open
 * preambular paragraphs, third-person verbs open operative ones.
 */
export function guessPhraseKind(text: string): PhraseKind | undefined {
  const known = matchLeadPhrase(text);
  if (known) return known.kind;
  // Skip leading adverbs: "Strongly supporting" is preambular, "Strongly condemns" operative.
  const words = text.split(/\s+/, 4);
  let i = 0;
  while (i < words.length - 1 && /^[A-Za-z]+ly$/.test(words[i])) i++;
  const word = trimNonLetters(words[i]);
  if (!word || !/^[A-Za-z]/.test(words[0])) return undefined;
  if (i === 0 && words[0][0] !== words[0][0].toUpperCase()) return undefined;
  if (/(?:ing|ed)$/.test(word)) return 'preambular';
  if (/[^s]s$/.test(word) || /(?:sses|shes|ches|xes)$/.test(word)) return 'operative';
  return undefined;
}

/** All phrases of one kind with their counts, most frequent first (for completion). */
export function phrasesOfKind(kind: PhraseKind): ReadonlyArray<readonly [string, number]> {
  return kind === 'preambular' ? PREAMBULAR_PHRASES : OPERATIVE_PHRASES;
}

/** The word without trailing punctuation ("Recalling," → "Recalling"), by a loop rather than a regex. */
function trimNonLetters(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  let end = word.length;
  while (end > 0 && !isLetter(word.charCodeAt(end - 1)) && word[end - 1] !== '-') end--;
  return word.slice(0, end);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
