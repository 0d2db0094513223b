/**
 * What one line opens with or stops on, read alone: a label, a lead phrase, a heading's number, an
 * open parenthesis, and the shapes of line (a date's day, an amount, a formula) that the rules of
 * lineContinuation.ts read. The questions there that need no block and no neighbour.
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

// ---- Shapes of a line that the continuation rules read ------------------------------------

/** A Security Council resolution's title line: "Resolution 2118 (2013)". */
export const SC_TITLE_LINE = /^Resolution \d{1,4} \(\d{4}\)$/;

/** The heading of a presidential statement, a line of its own. */
export const STATEMENT_HEADING = /^Statement by the President of the [A-Z][A-Za-z ]+$/;

/** A presidential statement's paragraph opens on the quoted organ: "“The Security Council condemns ...". */
export const STATEMENT_PARAGRAPH = /^[“"]The (?:Security Council|General Assembly|Council)\b/;

/**
 * "... the expenses of the", "...; and (iv)": a word that cannot end a sentence after a word ("; and"
 * ends list items), or the label of an item run into the sentence.
 */
export const DANGLING_WORD = /[A-Za-z’'-]\s+(?:of|the|and|or|for|to|in|on|with|by|a|an|at|from|between|its|their)$|(?:[;,]|\band|\bor)\s+\((?:[a-z]|[ivxlc]{2,7})\)$/;

/** A date wrapped between its day and its month: "... 21 September 2012, 28" + "September 2012, 6 May 2013". */
export const DAY_AT_END = /(?:^|[\s(])\d{1,2}$/;

export const MONTH_AT_START = new RegExp(`^${MONTH}\\b`);

/** A full stop that ends a sentence, with any closing quote and footnote marker. */
export const SENTENCE_END = /\.[”"’)]*\d{0,3}\s*$/;

/** The same, or the semicolon that ends a list's item. */
export const SENTENCE_OR_ITEM_END = /[.;][”"’)]*\d{0,3}\s*$/;

/** A line of a draft's sponsors that goes on: "Algeria, Denmark, Republic of Korea, Sierra Leone,". */
export const SPONSOR_NAME = String.raw`[A-Z][\w’'().-]*(?: +(?:of|the|and|[A-Z][\w’'().-]*))*`;

export const SPONSOR_LINE = new RegExp(String.raw`^${SPONSOR_NAME}(?:, +${SPONSOR_NAME})+,$`);

/** A resolution number or a date, as items of a list wrapped one a line: "54/54 Q of ...", "2251 (2015), ...", "17 October 2000". */
export const LIST_ITEM_START = /^(?:\d{1,4}\/\d{1,4}\b|\d{1,4} \(\d{4}\)|\d{1,2} [A-Z][a-z]+ \d{4}\b)/;

/** An amount with its thousands set apart by commas: "3,610,100 dollars". */
export const AMOUNT_START = /^\d{1,3}(?:,\d{3})+\b/;

/** The opening of a declaration's first paragraph: "We, the Heads of State and Government, ...". */
export const DECLARATION_OPENING = /^We,\s+(?:the\s+)?[A-Z]/;

/** The comma that ends a preambular paragraph, with any closing quote and footnote marker. */
export const PREAMBULAR_END = /,[”"’)]*\d{0,3}$/;

/** A resolution's title line: "78/251.<TAB>Proposed programme budget ...". */
export const TITLE_LINE = /^(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.\s/;

/** An item numbered under its heading's number ("4.1 . Strengthen ...", "1.1. Promote ..."), which opens a block. */
export const DOTTED_ITEM = /^\d{1,2}\.\d{1,2}(?:\.|\s+\.)?\s+[A-Z]/;

/** An item of a bulleted list ("•<TAB>Utilize robust ..."), which opens a block as a label does. */
export const BULLET_ITEM = /^[•▪◦●‣]\s/;

/** A resolution's year, the rest of its number on the line above: "(1973) of 22 October 1973". */
export const YEAR_IN_PARENTHESES = /^\(\d{4}\)/;

export const NUMBER_AT_END = /(?:^|\s)\d{1,4}$/;

/** A parenthesis that opens on words in lower case, never a label: "(referred to as ...". */
export const ASIDE_IN_WORDS = /^\([a-z]{3,} [a-z]/;

/** The end of a presidential statement's introduction, before the statement in quotation marks. */
export const STATEMENT_INTRODUCED = /\bstatement on behalf of the (?:Security )?Council:$/;

/** The formula of a body other than the main organs: "The Executive Council,", "The Governing Board,". */
export const BODY_FORMULA = /^The (?:[A-Z][a-z]+ ){1,3}(?:Council|Board|Commission|Committee|Conference|Assembly),$/;

/** The words that open a declaration's numbered paragraphs: "Declare the following:", "Solemnly declare the following:". */
export const DECLARE_FORMULA = /^(?:[A-Z][a-z]+ly [a-z]+|[A-Z][a-z]+) the following:$/;

/** The note under a table: "Abbreviations: ...", "Source: ...". */
export const TABLE_NOTE = /^(?:Abbreviations?|Notes?|Sources?):\s/;

/** A place alone on its line: "Nice, France", "New York, United States of America". */
export const PLACE_ALONE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+)*$/;

/** An article's number alone on its line: "Article 1", "Rule 12". */
export const ARTICLE_ALONE = /^(?:Article|Rule|Regulation) \d{1,3}$/;

export const ARTICLE_ALONE_LENGTH = 14;

/** A paragraph's number at a line's end, the reference a label at the next line's start goes on: "paragraph 11". */
export const REFERENCE_AT_END = /\bparagraphs? \d{1,3}$/;

export const LABEL_START = /^\([a-z]{1,4}\)/;

/** A division of a text at a line's end, its number at the next line's start: "Part" + "XI", "section" + "IV". */
export const DIVISION_AT_END = /\b(?:[Pp]arts?|[Ss]ections?|[Cc]hapters?|[Aa]nnex(?:es)?|[Tt]itles?|[Aa]rticles?)$/;

export const ROMAN_START = /^[IVXL]{1,6}\b/;

export function isRomanDigit(code: number): boolean {
  return code === 73 || code === 86 || code === 88 || code === 76; /* I V X L */
}

/** A parenthesis that opens no label: "(Bangkok Treaty)", "(EC-M-33/NAT.1, ...)". */
export const OPENS_ASIDE = /^\((?![a-z]{1,4}\))/;
