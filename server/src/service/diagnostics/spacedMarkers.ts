/**
 * Footnote markers that a PDF copy set apart from the text they annotate: the superscript of
 * "Governors”;3 item 15" comes out as "Governors”; 3 item 15", that of "freedoms2 and" as
 * "freedoms 2 and". A number standing alone like that is most often no marker at all ("comprise
 * 10 plenary meetings"), so it is read as one only as a last resort: for a note that no glued
 * marker points to, where the order of the notes expects it (`spacedMarkers`), and only where a
 * marker stands (`placedAsMarker`).
 */
import { ABBREVIATION, type FootnoteMarker } from './footnotes';
import { isSpace } from '../text/chars';

/** A number of one to three digits after white space, before white space or the text's end. */
const SPACED_NUMBER = /\s(\d{1,3})(?=\s|$)/g;

/** A year, or a span of years ("2015–2030"), or a document's number ("48/2"). */
const YEAR_OR_SYMBOL = /(?:\b(?:1[89]|20)\d\d|\/\d{1,4})$/;
/** A word in a title, a name or a plain noun: letters, maybe hyphens and apostrophes. */
const WORD = /^\p{L}[\p{L}’'-]*$/u;
/**
 * Words whose number is no marker: a reference ("paragraph 5 of", "Article 5", "Agenda 21"), a
 * quantity ("at least 3 members", "for 10 years") or a date ("from 5 to 8 August").
 */
const NOT_BEFORE_MARKER = new Set(
  `a about additional after against all among an and annex annexes another any appendix approximately around article articles at attachment before
  between box but by categories category chapter chapters clause clauses cluster during each enclosure every figure first footnote footnotes for from
  further goal goals group grade in indicator indicators into item items its last least level levels line module more most nearly next no nor note
  notes number of on only option options or other over page pages para paragraph paragraphs part parts per phase phases pillar plus principle
  principles protocol provision provisions recommendation recommendations regulation regulations resolution resolutions decision decisions round
  rule rules schedule schedules section sections some stage step steps subparagraph subparagraphs sub-paragraph sub-paragraphs table tables target
  targets than the their these those through tier to total track under until up volume volumes with within agenda`.split(/\s+/),
);
/**
 * What follows a marker set after a bare word ("Rights 6 and the", "freedoms 2 and", "Development
 * 5 as well as"), and not a count ("comprise 10 plenary meetings", "available 6 months before").
 */
const AFTER_BARE_MARKER = new Set(
  `a adopted also an and are as at be been both but by can constitute could for from has have in including is its may noted of on or relating
  resulting respectively set shall should that the their there thereto these this those through to was were when where which while who whose
  will with within would`.split(/\s+/),
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether a spaced number stands where a marker does, by the token before it and the word after
 * it (none at the line's end):
 * - after a closing quote or bracket, or after punctuation closing a word, a year or a document
 *   number ("Rights,", "2020,", "48/2;", not the "1," of "paragraphs 1, 3 and 5" nor "Rev."),
 *   before anything but a month's name (as after a date's day: "Geneva, 6 December");
 * - after a year ("2017 24 and") or a word that does not call for a number ("freedoms", not
 *   "paragraph" or "least"), nor an acronym ("IRAN HORMUZ 21" in a table), before a word that
 *   goes on a sentence ("and", "the", "which").
 */
function placedAsMarker(before: string, after: string | undefined): boolean {
  if (/[’”")\]]$/.test(before) || /[,;:.]$/.test(before)) {
    const bare = before.slice(0, -1);
    const closesWord = /[’”")\]]$/.test(before) || (!ABBREVIATION.test(before) && (/[\p{L}’”")\]]$/u.test(bare) || YEAR_OR_SYMBOL.test(bare)));
    return closesWord && (after === undefined || !MONTH.test(after));
  }
  const bareWord = WORD.test(before) && before !== before.toUpperCase() && !NOT_BEFORE_MARKER.has(before.toLowerCase());
  return (bareWord || YEAR_OR_SYMBOL.test(before)) && after !== undefined && AFTER_BARE_MARKER.has(after.replace(/[,;:.]$/, '').toLowerCase());
}

/**
 * Markers for the notes in `unreferenced`, found spaced in the body `stretches` ([start, end, ...]
 * as footnotes.ts gives them) of `text`, given the `markers` already found (in text order). As
 * glued markers are, they are read in the order of the notes: a spaced number counts when its note
 * is one of the next three after the highest marked so far, and has no marker yet.
 */
export function spacedMarkers(text: string, stretches: readonly number[], unreferenced: readonly number[], markers: readonly FootnoteMarker[]): FootnoteMarker[] {
  if (unreferenced.length === 0) return [];
  const pending = new Set(unreferenced);
  const spaced = spacedIn(text, stretches, pending);
  const found: FootnoteMarker[] = [];
  let highest = 0;
  let next = 0;
  for (const candidate of spaced) {
    for (; next < markers.length && markers[next].start < candidate.start; next++) highest = Math.max(highest, markers[next].number);
    if (!pending.has(candidate.number) || candidate.number <= highest || candidate.number > highest + 3) continue;
    found.push(candidate);
    pending.delete(candidate.number);
    highest = candidate.number;
  }
  return found;
}

/**
 * Every spaced number of the stretches that is one of `numbers` and stands as a marker does, in
 * text order. One pass of a simple pattern over the text: the tests on the words around a number
 * run only for the numbers wanted.
 */
function spacedIn(text: string, stretches: readonly number[], numbers: ReadonlySet<number>): FootnoteMarker[] {
  const spaced: FootnoteMarker[] = [];
  if (stretches.length === 0) return spaced;
  const pattern = new RegExp(SPACED_NUMBER);
  pattern.lastIndex = stretches[0];
  let stretch = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + 1;
    const end = start + match[1].length;
    while (stretch < stretches.length && stretches[stretch + 1] < end) stretch += 2;
    if (stretch >= stretches.length) break;
    if (start < stretches[stretch] || !numbers.has(Number(match[1]))) continue;
    const before = tokenBefore(text, match.index + 1, stretches[stretch]);
    if (before !== undefined && placedAsMarker(before, wordAfter(text, end))) spaced.push({ number: Number(match[1]), start, end });
  }
  return spaced;
}

/*
 * A spaced marker may stand at a line's start or end where the copy is hard-wrapped ("Rights,"
 * then "6 the ..."), so the words around it are looked for across one line break.
 */

/** The token that ends where the white space before `at` starts, within the stretch. */
function tokenBefore(text: string, at: number, floor: number): string | undefined {
  const end = skipBlanks(text, at, -1, floor);
  let start = end;
  while (start > floor && end - start < 24 && !isSpace(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The word after the white space from `at`, up to 24 characters; none at the text's end or a blank line. */
function wordAfter(text: string, at: number): string | undefined {
  const start = skipBlanks(text, at, 1, text.length);
  let end = start;
  while (end < text.length && end - start < 24 && !isSpace(text.charCodeAt(end))) end++;
  return start < end ? text.slice(start, end) : undefined;
}

/** Past the spaces, TABs and at most one line break from `at`, going by `step` (1 or -1), not past `limit`. */
function skipBlanks(text: string, at: number, step: 1 | -1, limit: number): number {
  let i = at;
  let breaks = 0;
  const peek = step === 1 ? 0 : -1;
  while (i !== limit && isSpace(text.charCodeAt(i + peek))) {
    const code = text.charCodeAt(i + peek);
    if (code === 10 || (code === 13 && text.charCodeAt(i + peek + step) !== 10)) {
      if (++breaks > 1) break;
    }
    i += step;
  }
  return i;
}
