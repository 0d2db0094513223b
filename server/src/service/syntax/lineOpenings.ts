/**
 * What one line opens with or stops on, read alone: a label, a lead phrase, a heading's number, an
 * open parenthesis. The questions of lineContinuation.ts that need no block and no neighbour.
 */
import { MONTH } from './closingLines';
import { matchNegotiationLabel, matchOperativeNumber, matchSubLabel } from './labels';
import { matchLeadPhrase, type LeadPhrase } from '../phrases/leadPhrases';
import { isDigit } from '../text/chars';

/** A place and dates alone on a line: "Nice, France – 9 to 13 June 2025", "Kyoto, Japan, 7–12 March 2021". */
const PLACE_AND_DATES = new RegExp(String.raw`^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*, [A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*)*(?:,| [–—-]) \d{1,2}(?: ${MONTH})?(?:(?: to |[–—-])\d{1,2})? ${MONTH} \d{4}$`);

/** Only a line that ends with a year's digit is tried: most lines are turned away without the regex. */
export function isPlaceAndDates(line: string): boolean {
  return isDigit(line.charCodeAt(line.length - 1)) && PLACE_AND_DATES.test(line);
}

/**
 * Whether a line opening with `lead` starts a paragraph after `previous` (a line that stops
 * without punctuation): a phrase that opens hundreds of paragraphs ("Recalling", "Approves") does; a rarer preambular one only after a
 * word in lower case, since after a capitalized word it may be a name going on ("Information" +
 * "Sharing Centre", "Nationally" + "Determined Contributions", "Member" + "States").
 */
export function opensLeadParagraph(previous: string, lead: LeadPhrase): boolean {
  return lead.count >= COMMON_PHRASE || (lead.kind === 'preambular' && /(?:^|\s)[a-z][^\s]*$/.test(previous));
}

/** How many paragraphs a phrase opens in the phrase lists to count as common, or as in use. */
export const COMMON_PHRASE = 300;
export const USED_PHRASE = 50;

/** A resolution's number alone on its line, as a PDF extraction may set it apart from its title. */
const TITLE_NUMBER_ALONE = /^(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.$/;

/** Whether a line opens (after any number) with a lead phrase in current use: "Taking note of the ...". */
export function opensWithCommonLead(line: string): boolean {
  const number = matchOperativeNumber(line, 0);
  return (matchLeadPhrase(number ? line.slice(number.contentOffset) : line)?.count ?? 0) >= USED_PHRASE;
}

/** Whether a line opens a preambular paragraph: "Recalling ...", "Deeply concerned ..." (`lead`: the phrase it opens with, if known). */
export function opensPreambular(line: string, lead = matchLeadPhrase(line)): boolean {
  return lead ? lead.kind === 'preambular' : !startsWithLabel(line) && opensParagraph(line, undefined);
}

/** The length of the line's first word, up to a space. */
export function firstWordLength(content: string): number {
  const space = content.indexOf(' ');
  return space < 0 ? content.length : space;
}

/**
 * A known lead phrase (`lead`, the one `content` opens with) or a participle ("Recalling", "Deeply
 * outraged", "Assembled at") opens a paragraph; not a name that opens so ("Writing Teams and Peer Reviewers",
 * "Stockpiling and Use of Chemical Weapons").
 */
export function opensParagraph(content: string, lead: LeadPhrase | undefined): boolean {
  return lead !== undefined || /^(?:[A-Z][a-z]+ly )?[A-Z]?[a-z]+ing\b(?! [A-Z]| and [A-Z])|^[A-Z][a-z]+ly [a-z]+ed\b|^[A-Z][a-z]+ed (?:at|in|to|that|by|with)\b/.test(content);
}

export function isBareLabel(text: string): boolean {
  // The longest label ("OP12 quinquies [alt 2]:", "(viii)") is far shorter: most lines stop here.
  if (text.length > 40) return false;
  // A resolution's number alone, its title on the next line ("80/4." then "Necessity of ending ...").
  if (TITLE_NUMBER_ALONE.test(text)) return true;
  const op = matchOperativeNumber(text, 0) ?? matchNegotiationLabel(text, 0);
  if (op && op.contentOffset >= text.length) return true;
  const sub = matchSubLabel(text + ' x', 0);
  return sub !== undefined && sub.label.text.length >= text.length;
}

/** "1. Decides" or "(b) The conflict ...": a properly printed number or item label. */
export function opensWithWellFormedLabel(text: string): boolean {
  return isWellFormedNumber(text) || matchSubLabel(text, 0)?.label.defects.length === 0;
}

/** "1. Decides": a properly printed paragraph number, which a footnote never has. */
export function isWellFormedNumber(text: string): boolean {
  return wellFormedNumber(text) !== undefined;
}

export function wellFormedNumber(text: string): number | undefined {
  const match = matchOperativeNumber(text, 0);
  return match !== undefined && match.label.defects.length === 0 ? match.label.value : undefined;
}

/**
 * A paragraph number that is neither the one after the last nor a 1 that restarts the numbering
 * (under a heading): a number of the sentence, "COP 28.".
 */
export function numberOutOfTurn(content: string, lastNumber: number): boolean {
  const number = wellFormedNumber(content);
  return number !== undefined && lastNumber > 0 && number !== lastNumber + 1 && number !== 1;
}

/**
 * Whether a line leaves a parenthesis open: "(South Africa" (one opened after the last one closed).
 * Only its end is read: a parenthesis a wrapped line leaves open opened within the line, and a
 * whole paragraph on one line, which may run long, closes its own.
 */
export function opensParenthesis(line: string): boolean {
  // The last parenthesis within reach decides (this runs for nearly every line: lastIndexOf reads
  // from the end at memory speed).
  const open = line.lastIndexOf('(');
  return open >= line.length - PARENTHESIS_REACH && open > line.lastIndexOf(')');
}

const PARENTHESIS_REACH = 160;

/**
 * A section number with its title ("II.<TAB>Title", "IV  Title") or an annex heading opens a block;
 * not a section number wrapped to a line start with the sentence going on in lower case ("section"
 * + "III  of its resolution", spaced out by a justified line).
 */
export function startsWithHeading(text: string): boolean {
  return /^(?:[IVXL]{1,6}\.?(?:\t| {2,}(?![a-z])|$)|[A-Z]\.?$|[A-Z]\.(?:\t| {2,})[A-Z])/.test(text) || /^Annex(?:es)?(?:\s+[IVXL]{1,6}|\s+[A-Z])?\b\s*(?:[:.]|$)/.test(text);
}

export function startsWithLabel(text: string): boolean {
  return matchOperativeNumber(text, 0) !== undefined || matchSubLabel(text, 0) !== undefined || matchNegotiationLabel(text, 0) !== undefined;
}
