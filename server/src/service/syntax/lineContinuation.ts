/**
 * Whether a line continues the open block or starts a new one: the one question of the block
 * builder (blocks.ts) that needs the words, given how the copy lays out its paragraphs (one line
 * each, hard-wrapped, blank lines between, indented or flush) and what stands around the line.
 */
import type { Block } from './blocks';
import { isDraftHeader, isHeadingStart } from './artefacts';
import { CLOSING_LINE, DATE_ONLY_LINE } from './closingLines';
import { COLON_TITLE, FORMULA_LINE, isFigures, isFormula, NUMBERED_HEADING } from './blockKinds';
import { letterValue, matchOperativeNumber, romanValue, toLetter, toRoman } from './labels';
import { matchLeadPhrase } from '../phrases/leadPhrases';
import { CUT_AFTER_ABBREVIATION, endsParagraph, SHORT_LINE } from './paragraphEnd';
import { isDigit, isLower, isUpper } from '../text/chars';
import {
  firstWordLength, isBareLabel, isPlaceAndDates, isRomanDigit, isWellFormedNumber, numberOutOfTurn, opensLeadParagraph, opensParagraph, opensParenthesis, opensPreambular,
  opensWithCommonLead, opensWithWellFormedLabel, startsWithHeading, startsWithLabel, USED_PHRASE, wellFormedNumber,
  AMOUNT_START, ARTICLE_ALONE, ARTICLE_ALONE_LENGTH, ASIDE_IN_WORDS, BODY_FORMULA, BULLET_ITEM, DANGLING_WORD, DAY_AT_END, DECLARATION_OPENING, DECLARE_FORMULA,
  DIVISION_AT_END, DOTTED_ITEM, LABEL_START, LIST_ITEM_START, MONTH_AT_START, NUMBER_AT_END, OPENS_ASIDE, PLACE_ALONE, PREAMBULAR_END, REFERENCE_AT_END, ROMAN_START,
  SC_TITLE_LINE, SENTENCE_END, SENTENCE_OR_ITEM_END, SPONSOR_LINE, STATEMENT_HEADING, STATEMENT_INTRODUCED, STATEMENT_PARAGRAPH, TABLE_NOTE, TITLE_LINE,
  YEAR_IN_PARENTHESES,
} from './lineOpenings';

export { ARTICLE_ALONE, isWellFormedNumber, wellFormedNumber } from './lineOpenings';

/** A number alone on its line: a footnote's number set apart, a marker or a page number. */
export const BARE_NOTE_NUMBER = /^(\d{1,3})$/;

/** How the copy lays out its paragraphs, measured once per document. */
export interface Layout {
  /** Paragraphs are hard-wrapped over several lines. */
  readonly wrapped: boolean;
  /** Paragraphs are separated by blank lines (PDF extracts), so a line without one goes on. */
  readonly blankSeparated: boolean;
  /** One line per paragraph with a blank line before each: a line right under another goes on its sentence. */
  readonly blankBeforeEachLine: boolean;
  /** The usual length of a full wrapped line. */
  readonly measure: number;
  /** Wrapped lines go on flush left while paragraphs start indented, so an indented line starts one. */
  readonly indentOpens: boolean;
}

/** A short title ending with a colon, right above the paragraph numbered next in turn. */
function titlesNextParagraph(content: string, around: Surroundings): boolean {
  return COLON_TITLE.test(content) && around.next !== undefined && wellFormedNumber(around.next) === around.lastNumber + 1;
}

/** How many lines a resolution's title may wrap over. */
const TITLE_LINES = 4;

/** Longer than a section's number alone ("XVIII."). */
const SECTION_NUMBER_LENGTH = 7;

/** Longer than a place alone on its line. */
const PLACE_ALONE_LENGTH = 60;

/** A line this far short of the measure, with room for the next word, was not wrapped there. */
const TITLE_SHORT_OF_MEASURE = 0.8;

/** What the block builder knows around a line, beyond the block it may continue. */
export interface Surroundings {
  /** The number of the last block that opened with a paragraph number. */
  readonly lastNumber: number;
  /** The next line of text, past blank lines and artefacts. */
  readonly next: string | undefined;
  /** The `k`-th line of text after this one (1 is `next`), past blank lines and artefacts. */
  readonly ahead: (k: number) => string | undefined;
  /** The block is the one line under a section number alone ("IV"): a title, which may wrap after a comma. */
  readonly sectionTitle: boolean;
  /** The block is the one line under an article's number alone ("Rule 29"): its title. */
  readonly articleTitle: boolean;
}

export const SECTION_NUMBER_ALONE = /^(?:[IVXL]{1,6}|[A-Z])\.?$/;

/** Whether `content` (a line without indentation) continues the open block. */
export function continues(block: Block, content: string, indented: boolean, blank: boolean, interrupted: boolean, layout: Layout, around: Surroundings): boolean {
  const previous = block.lines[block.lines.length - 1].trimmed;
  // (A line cut after "No." or "vol." stops before its number, not at a sentence's end.)
  const open = !endsParagraph(previous) || cutAfterAbbreviation(previous);
  // The rules below that need a given first character test it before their regex: this runs for every line.
  const first = content.charCodeAt(0);
  const parenthesis = first === 0x28; /* ( */
  // A label alone on its line ("1." or "(a)" in PDF copies) takes the next line as its text.
  if (block.lines.length === 1 && isBareLabel(previous)) return !startsWithLabel(content);
  // "... (South Africa" + "v. Israel) in relation to ...", "... 1930 (No." + "29) of the ...": inside
  // a parenthesis no item starts, whatever stands before the line break or page break (a blank
  // line alone parts paragraphs: a parenthesis a drafter forgot to close must not swallow the next).
  if (opensParenthesis(previous) && (!blank || interrupted)) return true;
  // "... its resolutions 242 (1967) of 22 November 1967, 338" + "(1973) of 22 October 1973": a
  // resolution's number wrapped apart from its year.
  if (parenthesis && !blank && YEAR_IN_PARENTHESES.test(content) && NUMBER_AT_END.test(previous)) return true;
  // "... in Washington, D.C." + "(referred to as “the margin”),": words in parentheses go on a sentence.
  if (parenthesis && !blank && ASIDE_IN_WORDS.test(content)) return true;
  // "... for responding to loss and damage by COP" + "28. We commit ...": in a wrapped copy, a
  // number out of turn right under a full line that stops mid-sentence is the sentence's rest.
  if (layout.wrapped && open && !blank && !interrupted && previous.length >= layout.measure * 0.6 && numberOutOfTurn(content, around.lastNumber)) return true;
  // "(g) of the Regulations" after an open line is the wrapped rest of a sentence, not a
  // sub-paragraph; but "(iii) the location ..." under item "(ii) ...; and", or "(d) to recognise
  // ..." under "(c) to remain seized of the matter and", is the next item.
  if (open && /^\(?[a-z]{1,4}\)\s+(?:of|and|or|to|above|below|in|bis|ter|the)\b/.test(content) && !opensNextItem(block, content)) return true;
  // "... related to paragraph 11" + "(b) with the Government of ...": the label of a reference;
  // "... the Convention and the Part" + "XI  Agreement, ...": the number of one.
  if (parenthesis && LABEL_START.test(content) && REFERENCE_AT_END.test(previous)) return true;
  if (isRomanDigit(first) && ROMAN_START.test(content) && DIVISION_AT_END.test(previous)) return true;
  if (continuesInlineList(block, content)) return true;
  // A number alone on its line is a footnote marker or a page number, never a wrapped sentence's rest.
  if (isDigit(first) && content.length <= 3 && BARE_NOTE_NUMBER.test(content)) return false;
  // "Algeria, Denmark, ..., Sierra" + "Leone, Slovenia and Somalia: draft resolution": a draft's
  // sponsors wrapped over lines.
  if (isDraftHeader(content) && ((open && /[,A-Za-z]$/.test(previous)) || (!blank && SPONSOR_LINE.test(previous)))) return true;
  // "Overarching objective 4: ... activities", a page break, then "4.1 . Strengthen ...": the
  // heading does not go on into its first item.
  if (interrupted && DOTTED_ITEM.test(content)) return false;
  if (startsWithLabel(content) || BULLET_ITEM.test(content) || isHeadingStart(content) || isFormula(content) || SC_TITLE_LINE.test(previous) || STATEMENT_HEADING.test(previous)) return false;
  if (!open && STATEMENT_PARAGRAPH.test(content)) return false;
  // "... made the following statement on behalf of the Council:" + "“Five years after ...": the statement opens.
  if (previous.endsWith('Council:') && /^[“"]/.test(content) && STATEMENT_INTRODUCED.test(previous)) return false;
  // "Decision on destruction of Syrian chemical weapons" + "The Executive Council,": another body's
  // enacting formula, in the decision an annex quotes, is a line of its own.
  if ((content.startsWith('The ') && BODY_FORMULA.test(content)) || (previous.startsWith('The ') && BODY_FORMULA.test(previous))) return false;
  // "Article 1" over its title ("Aim") and text: an article of annexed rules is a heading of its own.
  if ((content.length <= ARTICLE_ALONE_LENGTH && ARTICLE_ALONE.test(content)) || (previous.length <= ARTICLE_ALONE_LENGTH && ARTICLE_ALONE.test(previous))) return false;
  // "Abbreviations: GS (OL), General Service (Other level); ...": a table's note, under the table
  // or where the rendering dropped it, opens a line of its own.
  if ((first === 65 || first === 78 || first === 83) /* A N S */ && TABLE_NOTE.test(content)) return false;
  // "... and the challenges to overcome," + "Declare the following:": a declaration's own formula
  // over its numbered paragraphs.
  if (content.endsWith('the following:') && DECLARE_FORMULA.test(content)) return false;
  // A bracketed heading ("[on the report of the ... Committee (A/75/415)]") goes on to its bracket.
  if (/^\[/.test(block.lines[0].trimmed) && !/\]/.test(previous)) return !blank || interrupted;
  // (Meeting lines and dates open with a digit, formulas with "The", "La", "El", "L’" or "Le".)
  const previousFirst = previous.charCodeAt(0);
  if (isDigit(previousFirst) && (CLOSING_LINE.test(previous) || DATE_ONLY_LINE.test(previous))) return false;
  if ((isDigit(first) && CLOSING_LINE.test(content)) || ((previousFirst === 84 || previousFirst === 76 || previousFirst === 69) && FORMULA_LINE.test(previous))) return false;
  // A resolution's title wrapped after a comma goes on ("78/251. ... for 2024: section 26," +
  // "Palestine refugees"): no title ends with one.
  if (previous.endsWith(',') && block.lines.length <= TITLE_LINES && TITLE_LINE.test(block.lines[0].trimmed)) return true;
  // "Provisional agenda of the ... Conference ..." + "Nice, France – 9 to 13 June 2025": a place and
  // dates under a title stand on a line of their own.
  if (isPlaceAndDates(content) || isPlaceAndDates(previous)) return false;
  // ... or a place alone over the paragraph numbered next ("... for sustainable development" +
  // "Nice, France" + "1. The Conference ...").
  if (content.length <= PLACE_ALONE_LENGTH && PLACE_ALONE.test(content) && around.next !== undefined && isWellFormedNumber(around.next)) return false;
  // "Rule 29" + "Submission of proposals and substantive amendments" + "Proposals and ...": an
  // article's title ends on its line, which stopped short of what its next word needed.
  if (around.articleTitle && isUpper(first) && previous.length + 1 + firstWordLength(content) <= layout.measure * TITLE_SHORT_OF_MEASURE) return false;
  // A section number or part letter alone on its line: its title is a block of its own.
  if (previous.length <= SECTION_NUMBER_LENGTH && SECTION_NUMBER_ALONE.test(previous)) return false;
  if (startsWithHeading(content)) return false;
  // "... place people at the centre of all our actions." + "Action 1. We will take bold ...": after
  // a sentence's end, a word, a number and a stop open a heading (mid-sentence, "... Development"
  // + "Goal 14. We ...", the line goes on).
  if (!open && NUMBERED_HEADING.test(content)) return false;
  // A sentence cut by a blank line (a page break whose header was dropped, a line the rendering
  // broke) goes on in lower case, with a parenthesis that is no label after a sentence rather than
  // a heading ("... on 14 September 2013" + "(EC-M-33/NAT.1, ...);"), with a date or a number of
  // a list, after a word no sentence ends with ("... Chemical Weapons of" + "17 October 2000;"), or
  // where a paragraph that opened with a lead phrase has not reached its comma.
  if (blank && !interrupted) {
    return open && (isLower(content.charCodeAt(0)) || ((block.lines.length > 1 || previous.length >= SHORT_LINE) && OPENS_ASIDE.test(content)) || LIST_ITEM_START.test(content) || endsOnDanglingWord(previous) || unfinishedLeadParagraph(block, content));
  }
  if (isLower(content.charCodeAt(0))) return true;
  // A wrapped list of citations or dates: "54/54 Q of 1 December 1999, ...".
  if (LIST_ITEM_START.test(content) && (open || /,\s*$/.test(previous))) return true;
  // "comprising 19,459,200 dollars under section 33, ...;" + "3,610,100 dollars under section 29D,
  // ...": an amount opens no paragraph, but the next item of the sum.
  if (isDigit(first) && AMOUNT_START.test(content) && /[,;]\s*$/.test(previous)) return true;
  if (MONTH_AT_START.test(content) && DAY_AT_END.test(previous)) return true;
  // A list of other bodies' documents, one item a line: "GC(69)/RES/14, entitled “...”;".
  if (/^[A-Z]{1,6}(?:\(\d{1,3}\))?\/[A-Z0-9]/.test(content) && (open || /[,;][”"’)]*\s*$/.test(previous))) return true;
  // "(Bangkok Treaty) by implementing ...": a parenthesis that is no label goes on an open sentence.
  if (open && OPENS_ASIDE.test(content)) return true;
  // A paragraph that opens with a lead phrase and stops mid-sentence goes on, even one line per paragraph.
  if (!layout.wrapped && !interrupted && open && block.lines.length === 1 && unfinishedLeadParagraph(block, content)) return true;
  // "... Securing Our Common Future:" then "An Agenda for Disarmament," with no blank line between.
  if (layout.blankBeforeEachLine && !blank && !interrupted && !/^\|/.test(content) && !/^\|/.test(previous) && !opensParagraph(content, matchLeadPhrase(content))) return true;
  // A line that stops on "of the" or "and" was cut mid-sentence, whatever the layout.
  if (open && endsOnDanglingWord(previous)) return true;
  if (!layout.wrapped && !interrupted) return false; // one paragraph per line
  // The rules below read the line's lead phrase, if any: looked up once.
  const lead = matchLeadPhrase(content);
  // "... and terrorism," + "Alarmed also by ...": a preambular paragraph ends with its comma (and
  // any footnote marker), and a line that opens with a preambular phrase after it starts the next,
  // indented or not.
  if (PREAMBULAR_END.test(previous) && lead?.kind === 'preambular') return false;
  if (layout.indentOpens) return !indented;
  // A hard-wrapped line fills the measure; one that stops well short of it ended its paragraph,
  // heading or table cell ("1. Income from staff assessment" + "314 723 800", or a "–" for none).
  // (Not when the line's first word would not have fit on it: "44. Notes the holding of the sixth
  // World" + "Telecommunication/Information and ...".)
  // (Nor under a paragraph's first line that opens with a common lead phrase and stops mid-sentence:
  // "Taking note of the United Nations Office on Drugs and Crime" + "World Wildlife Crime Report".)
  if (previous.length < layout.measure * 0.6 && previous.length + 1 + firstWordLength(content) <= layout.measure && !(open && block.lines.length === 1 && opensWithCommonLead(previous) && !opensParagraph(content, lead)) && (/^[A-Z“"‘(]/.test(content) || isFigures(content) || /^[–—-]$/.test(content))) return false;
  // "... around the desirable midpoint" + "Recalling its resolution ...": a lead phrase opens a
  // paragraph even under a line without punctuation (a title), unless that line stops on a word no
  // sentence ends with (handled above).
  if (open && lead && opensLeadParagraph(previous, lead)) return false;
  // "Kyoto Declaration on ... for Sustainable Development" + "We, Heads of State and Government,
  // ...": a declaration's first words open its first paragraph under its title.
  if (open && DECLARATION_OPENING.test(content)) return false;
  // "Gross jointly financed budget of the Joint Inspection Unit" + "Approves the gross budget ...":
  // under a one-line title (no label, no lead phrase of its own), a lead phrase in current use
  // opens a paragraph (not a rare one: "... of Member" + "States").
  if (open && block.lines.length === 1 && (lead?.count ?? 0) >= USED_PHRASE && !startsWithLabel(previous) && matchLeadPhrase(previous) === undefined) return false;
  if (open) return true;
  if (layout.blankSeparated && !interrupted) return true;
  // With nothing indented and no blank lines, a heading shows by its shortness, or by the numbered
  // paragraph under it: a line without punctuation after a paragraph's end ("... the United
  // Nations," + "Political process") is no paragraph's last line, which would end with its own.
  // (Not a section's title wrapped after a comma: "... under section 26," + "Palestine refugees".)
  if (!indented && !around.sectionTitle && !endsParagraph(content) && isUpper(content.charCodeAt(0)) && (content.length < layout.measure * 0.6 || (around.next !== undefined && isWellFormedNumber(around.next)) || (lead === undefined && headingWrapsAboveNumber(around)))) return false;
  // "... Sustainable Development Goal 14:" + "Conserve and sustainably use ...", "... HIV and AIDS:"
  // + "Ending Inequalities ...": after a colon, a line that opens with no known lead phrase goes
  // on; what a colon introduces belongs to its paragraph.
  // (Not a group's title ending with its own colon above the paragraph in turn: "...
  // regulations:" + "United Nations and International Support:" + "21. Requests ...".)
  if (!indented && /:[”"’)]*\s*$/.test(previous) && lead === undefined && !titlesNextParagraph(content, around)) return true;
  // "... included in the summary." + "Following the Committee's review, the Ombudsperson ...", "...
  // women and youth;" + "Using technical assistance ...": a participle after a full stop or a
  // semicolon goes on its paragraph, which is no preambular one (a preambular paragraph follows a
  // comma, a formula or a heading).
  if (!indented && !blank && opensPreambular(content, lead) && SENTENCE_OR_ITEM_END.test(previous) && !opensPreambular(block.lines[0].trimmed) && !headsNextParagraph(content, around)) return true;
  // "... leaving no one behind." + "We will endeavour to reach the furthest behind first.": with
  // nothing indented and no blank lines, a numbered paragraph or a lettered item ("(b) The conflict
  // must be resolved ... alone." + "Conditions conducive ... must now be put in place;") goes on
  // over its sentences until a line opens a paragraph (a number, a label, a lead phrase or a
  // heading, all handled above). After its ";" a heading comes rather than a sentence.
  // So does a paragraph of a presidential statement ("“The Security Council stresses ..." then "It
  // recalls ...").
  if (!indented && !blank && SENTENCE_END.test(previous) && (opensWithWellFormedLabel(block.lines[0].trimmed) || STATEMENT_PARAGRAPH.test(block.lines[0].trimmed)) && isUpper(content.charCodeAt(0)) && !opensParagraph(content, lead)) return true;
  // The previous line ended with punctuation: a new paragraph starts unless the text plainly goes
  // on after a comma (a new paragraph would open with a lead phrase or be indented).
  if (indented || !/,[”"’)]*\s?\d{0,3}\s*$/.test(previous)) return false;
  // "... the sub-item entitled “Implementation of the Convention on the ... Production," +
  // "Stockpiling and Use of Chemical Weapons ...”": no paragraph opens inside an open quotation.
  // (A rare operative phrase does not: "States recognized that ...", "Humanitarian assistance"
  // are a sentence's words after its comma, and an operative paragraph seldom follows a comma.)
  return !opensParagraph(content, lead && lead.kind === 'operative' && lead.count < RARE_AFTER_COMMA ? undefined : lead) || insideQuotation(block);
}

/** Below this many uses in the phrase lists, an operative phrase right after a comma is read as the sentence's words. */
const RARE_AFTER_COMMA = 10;

/**
 * "Political process, including the implementation of the Peace" + "Agreement" + "1. Reiterates
 * ...": a heading wrapped over a few lines, none of them ending with punctuation, right above the
 * paragraph numbered next in turn (or a 1 that restarts the numbering under it).
 */
function headingWrapsAboveNumber(around: Surroundings): boolean {
  for (let k = 1; k <= HEADING_LINES; k++) {
    const line = around.ahead(k);
    if (line === undefined) return false;
    const number = wellFormedNumber(line);
    if (number !== undefined) return k > 1 && (number === around.lastNumber + 1 || number === 1);
    if (endsParagraph(line) || startsWithLabel(line)) return false;
  }
  return false;
}

/** How many lines a heading may wrap over. */
const HEADING_LINES = 4;

/** A heading right above a numbered paragraph: "Reporting:" over "29. Requests ...". */
function headsNextParagraph(content: string, around: Surroundings): boolean {
  return COLON_TITLE.test(content) || (!endsParagraph(content) && around.next !== undefined && isWellFormedNumber(around.next));
}

/** Whether a line stops on a word no sentence ends with (read at its end only: this runs for nearly every line). */
function endsOnDanglingWord(line: string): boolean {
  return DANGLING_WORD.test(line.length > DANGLING_REACH ? line.slice(-DANGLING_REACH) : line);
}

/** Longer than any ending DANGLING_WORD reads ("; and (viii)", "... between"), with its spaces. */
const DANGLING_REACH = 40;

/** Whether a line stops on "No." or "vol." (read at its end only: this runs for nearly every line). */
function cutAfterAbbreviation(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 0x2e /* . */ && CUT_AFTER_ABBREVIATION.test(line.slice(-ABBREVIATION_REACH));
}

/** Longer than any abbreviation CUT_AFTER_ABBREVIATION knows, with the space before it. */
const ABBREVIATION_REACH = 8;

/** Whether the block's lines so far leave a curly quotation open (“ without its ”). */
function insideQuotation(block: Block): boolean {
  let open = 0;
  for (const line of block.lines) {
    const text = line.text;
    for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1)) open++;
    for (let at = text.indexOf('”'); at >= 0; at = text.indexOf('”', at + 1)) open--;
  }
  return open > 0;
}

/**
 * "... into law the (i) Convention ...; (ii) Covenant ...;" then "(iii) Protocol ...": a list run
 * into the sentence, wrapped before one of its labels. The label before it stands inside a line
 * (or, for the first, the sentence runs on into it).
 */
function continuesInlineList(block: Block, content: string): boolean {
  const m = /^\(([a-z]{1,7})\)\s/.exec(content);
  if (!m) return false;
  const roman = romanValue(m[1]);
  const letter = letterValue(m[1]);
  // "... the members of the Action Group" + "(a) identified steps ...; (b) agreed ...": the first
  // label of such a list, after a word where a list of its own would follow a colon, and before a
  // word in lower case or an amount ("comprising" + "(a) 1,214,800 dollars ...").
  if ((letter === 1 || roman === 1) && /[a-z]$/.test(block.lines[block.lines.length - 1].trimmed) && /^\([a-z]\)\s+[a-z\d]/.test(content)) return true;
  if (roman <= 1 && letter <= 1) return false;
  // Inside a line, after a word (not a number: "paragraph 1 (a) of"), before an item's first word
  // or at the line's end ("comprising (a)" + "1,214,800 dollars ...;"), but not as a reference
  // ("subparagraph (a) of", "(a) and (b)").
  // Or at the start of a line the block already took as the list's wrapped rest ("(ii)" before "(iii)").
  const { labels, inline, wrappedItem } = labelPatterns(roman, letter);
  // Only a line that holds one of the labels can (indexOf first: the patterns read the whole line).
  return block.lines.some((line, index) => labels.some((label) => line.trimmed.includes(label)) && (inline.test(line.trimmed) || (index > 0 && wrappedItem.test(line.trimmed))));
}

/** The patterns of continuesInlineList for some labels, made once per set of labels. */
interface LabelPatterns {
  /** The labels themselves: "(b)", "(ii)". */
  labels: string[];
  inline: RegExp;
  wrappedItem: RegExp;
}
const patternsByLabels = new Map<number, LabelPatterns>();

/** The patterns for the labels before "(<roman>)" or "(<letter>)", made once per pair of values. */
function labelPatterns(roman: number, letter: number): LabelPatterns {
  const key = roman * 1000 + letter;
  let patterns = patternsByLabels.get(key);
  if (!patterns) {
    const before = [roman > 1 ? `(${toRoman(roman - 1)})` : '', letter > 1 ? `(${toLetter(letter - 1)})` : ''].filter(Boolean);
    const labels = before.map((label) => label.replace(/[()]/g, '\\$&')).join('|');
    patterns = {
      labels: before,
      inline: new RegExp(`[^\\d\\s]\\s+(?:${labels})(?:\\s+(?!(?:of|above|below|and|or|to|in|bis|ter)\\b)\\S|$)`),
      wrappedItem: new RegExp(`^(?:${labels})\\s`),
    };
    patternsByLabels.set(key, patterns);
  }
  return patterns;
}

/**
 * Whether `content` opens the item after the one that opened the block, before "the", "in" or
 * "to" and a verb: "(ii) ...; and" then "(iii) the location ...", "(c) to remain ... and" then
 * "(d) to recognise ..." (not a reference's "(c) to (f)").
 */
function opensNextItem(block: Block, content: string): boolean {
  const before = /^\(([a-z]{1,7})\)/.exec(block.lines[0].trimmed)?.[1];
  const after = /^\(([a-z]{1,7})\)\s+(?:the|in|to\s+[a-z]{2,})\b/.exec(content)?.[1];
  if (!before || !after) return false;
  const roman = romanValue(before);
  const letter = letterValue(before);
  return (roman > 0 && romanValue(after) === roman + 1) || (letter > 0 && letterValue(after) === letter + 1);
}

/**
 * "Taking note of the United Nations Office on Drugs and Crime" + "World Wildlife Crime Report
 * 2024, which ...,", "1. Decides to invite ... the work of the General" + "Assembly in the
 * capacity of observer;": a paragraph that opened with a lead phrase and stops without
 * punctuation goes on, unless the next line opens a paragraph of its own.
 */
function unfinishedLeadParagraph(block: Block, content: string): boolean {
  // The phrase follows the paragraph's number, if it has one ("1.<TAB>Decides to invite ...").
  const first = block.lines[0].trimmed;
  const number = matchOperativeNumber(first, 0);
  return matchLeadPhrase(number ? first.slice(number.contentOffset) : first) !== undefined && !opensParagraph(content, matchLeadPhrase(content));
}

