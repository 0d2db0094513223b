/**
 * First stage of the parser: groups lines into blocks (one logical paragraph each, even when a
 * PDF copy hard-wraps it over many lines or breaks it across pages) and sets apart what is not
 * text: artefacts and footnotes. Page-bottom footnotes and running headers that interrupt a
 * paragraph are kept as the paragraph's interruptions, so the paragraph stays one block.
 */
import type { ArtefactKind } from './nodes';
import { splitLines, type Line } from '../text/lines';
import { isDraftHeader, isHeadingStart, markArtefacts } from './artefacts';
import { CLOSING_LINE, DATE_LINE, DATE_ONLY_LINE, MONTH } from './closingLines';
import { FORMULA_LINE, isFigures } from './blockKinds';
import { letterValue, matchOperativeNumber, matchSubLabel, romanValue, toLetter, toRoman } from './labels';
import { matchLeadPhrase } from '../phrases/leadPhrases';
import { endsParagraph, SHORT_LINE } from './paragraphEnd';
import { isLower, isTabOrSpace, isUpper } from '../text/chars';

export interface FootnoteItem {
  readonly type: 'footnote';
  /** As printed: "1", "12", or "*" for the starred notes of some Security Council texts. */
  readonly label: string;
  /** 0 for a starred note. */
  readonly number: number;
  start: number;
  end: number;
  /** Offset of the footnote's text, after its number. */
  readonly contentStart: number;
}

export interface ArtefactItem {
  readonly type: 'artefact';
  readonly kind: ArtefactKind;
  start: number;
  end: number;
}

export type Interruption = FootnoteItem | ArtefactItem;

export interface Block {
  readonly type: 'block';
  /** Content lines; the first one opens the block. */
  readonly lines: Line[];
  /** Artefacts and footnotes met inside the block, in order. */
  readonly interruptions: Interruption[];
  start: number;
  end: number;
  /** The block's text flattened to one line, computed once by the parser. */
  flat?: string;
}

export type Item = Block | Interruption;

const FOOTNOTE_LINE = /^(\d{1,3}|\*{1,3})[ \t]+(?=\S)/;
const MD_FOOTNOTE = /^\[\^(\d{1,3})\]:[ \t]*/;
const BARE_NOTE_NUMBER = /^(\d{1,3})$/;
/** A note's line that stops on an abbreviation before a number: "Supplement No.", "vol.", "p.". */
const NOTE_CUT = /\b(?:No|Nos|vol|vols|p|pp|para|paras|chap|sect|art|arts)\.\s*$/;
const SC_TITLE_LINE = /^Resolution \d{1,4} \(\d{4}\)$/;


/** Whether the document is hard-wrapped: lines that stop mid-sentence and go on in lower case. */
function isHardWrapped(lines: readonly Line[], marks: readonly (ArtefactKind | undefined)[]): boolean {
  let evidence = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    // Short lines (table cells, headings, figures) say nothing either way: a budget text's tables
    // must not hide that its paragraphs wrap.
    if (marks[i] || lines[i].trimmed.length < SHORT_LINE) continue;
    content++;
    if (i + 1 >= lines.length || marks[i + 1]) continue;
    if (isLower(lines[i + 1].trimmed.charCodeAt(0)) && !endsParagraph(lines[i].trimmed)) evidence++;
  }
  // In a hard-wrapped copy most paragraphs wrap; in a one-line-per-paragraph text such pairs are rare accidents.
  return evidence >= 2 && evidence * 10 >= content;
}

function measureLayout(lines: readonly Line[], marks: readonly (ArtefactKind | undefined)[]): Layout {
  const wrapped = isHardWrapped(lines, marks);
  let labelled = 0;
  let afterBlank = 0;
  let content = 0;
  let contentAfterBlank = 0;
  for (let i = 1; i < lines.length; i++) {
    if (marks[i] || lines[i].trimmed === '') continue;
    const afterBlankLine = lines[i - 1].trimmed === '';
    content++;
    if (afterBlankLine) contentAfterBlank++;
    if (!isWellFormedNumber(lines[i].text.trimStart())) continue;
    labelled++;
    if (afterBlankLine) afterBlank++;
  }
  const lengths = Uint32Array.from(lines.filter((line, i) => !marks[i] && line.trimmed !== ''), (line) => line.trimmed.length).sort();
  const measure = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 80;
  return {
    wrapped,
    blankSeparated: wrapped && labelled > 0 && afterBlank * 2 >= labelled,
    // Nearly every line of text after a blank line, as in Markdown and some exports.
    blankBeforeEachLine: !wrapped && content >= 10 && contentAfterBlank >= content * 0.8,
    measure,
    indentOpens: wrapped && continuationsFlush(lines, marks),
  };
}

const INDENTED_TEXT = /^[\t ]+\S/;
const LOWER_AFTER_INDENT = /^\s*[a-z]/;

/** Whether lower-case continuation lines sit flush left while some lines are indented. */
function continuationsFlush(lines: readonly Line[], marks: readonly (ArtefactKind | undefined)[]): boolean {
  let flush = 0;
  let indented = 0;
  let anyIndented = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (marks[i]) continue;
    if (INDENTED_TEXT.test(lines[i].text)) anyIndented = true;
    if (marks[i + 1] || !LOWER_AFTER_INDENT.test(lines[i + 1].text) || endsParagraph(lines[i].trimmed) || lines[i].trimmed === '') continue;
    if (isTabOrSpace(lines[i + 1].text.charCodeAt(0))) indented++;
    else flush++;
  }
  return anyIndented && flush >= 2 && indented * 10 <= flush;
}

/** A section number with its title ("II.<TAB>Title", "IV  Title") or an annex heading opens a block. */
function startsWithHeading(text: string): boolean {
  return /^(?:[IVXL]{1,6}\.?(?:\t| {2,}|$)|[A-Z]\.?$)/.test(text) || /^Annex(?:es)?(?:\s+[IVXL]{1,6}|\s+[A-Z])?\b\s*(?:[:.]|$)/.test(text);
}

function startsWithLabel(text: string): boolean {
  return matchOperativeNumber(text, 0) !== undefined || matchSubLabel(text, 0) !== undefined;
}

export function buildBlocks(text: string): Item[] {
  const lines = splitLines(text);
  const marks = markArtefacts(lines);
  const layout = measureLayout(lines, marks);
  const nextText = nextTextLines(lines, marks);
  const items: Item[] = [];

  let block: Block | undefined;
  /** Interruptions seen since the last content line; they join the block if it goes on. */
  let pending: Interruption[] = [];
  let blankSinceContent = false;
  let footnoteZone = false;
  let afterClosing = false;
  let lastFootnote = 0;
  let notesMayStart = false;
  /** A numbered paragraph was seen: a starred line after a blank line is a note then, indented or not. */
  let sawNumbered = false;
  /** The number of the last block that opened with a paragraph number. */
  let lastNumber = 0;
  /** Markdown footnotes go on over indented lines. */
  let mdFootnoteOpen = false;
  let footnote: FootnoteItem | undefined;

  const flushPending = (): void => {
    for (const item of pending) items.push(item);
    pending = [];
  };
  const closeBlock = (): void => {
    if (block) items.push(block);
    block = undefined;
    flushPending();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimmed;
    const mark = marks[i];
    if (mark) {
      footnote = undefined;
      if (mark === 'separator') footnoteZone = true;
      else if (mark === 'page-header' || mark === 'page-number') footnoteZone = false;
      pending.push({ type: 'artefact', kind: mark, start: line.start, end: line.end });
      continue;
    }
    if (trimmed === '') {
      if (pending.length === 0) blankSinceContent = true;
      continue;
    }
    const indented = line.text.charCodeAt(0) === 9 || line.text.charCodeAt(0) === 32;
    // Footnote lines open with "[^", a digit or "*": other lines skip the two regexes.
    const lead = trimmed.charCodeAt(0);
    const mdFootnote = lead === 0x5b ? MD_FOOTNOTE.exec(trimmed) : null;
    const digitLead = lead >= 48 && lead <= 57;
    // A note's number alone on its line, its text on the next (PDF extracts set it apart): only
    // the next number in turn, among the notes.
    const bareNumber: boolean = digitLead && (footnoteZone || afterClosing) && BARE_NOTE_NUMBER.test(trimmed) && Number(trimmed) === lastFootnote + 1;
    const numbered: RegExpExecArray | null = bareNumber ? BARE_NOTE_NUMBER.exec(trimmed) : digitLead || lead === 42 ? FOOTNOTE_LINE.exec(trimmed) : null;
    // Footnote numbers run on through the document; a number far off is a wrapped line ("17 above.").
    const starred = numbered !== null && numbered[1].startsWith('*');
    // (In a one-line-per-note export there are no wrapped lines: a repeated or backward number is a note.)
    // The first note of a wrapped copy is one of the first few ("13 Vice-Presidents" wrapped to a line start is text).
    const plausible = numbered !== null && (starred || !layout.wrapped || (Number(numbered[1]) > lastFootnote && Number(numbered[1]) <= lastFootnote + 3));
    // "14 of the Convention;" or "(SDGs 4, 9," + "10 and 17).": a number wrapped to the start of a
    // line under a sentence that goes on (footnotes open with a capital, a symbol or a number).
    // In a wrapped copy, so is a number right under a line that stops mid-sentence, with no blank
    // line or separator between ("... shall also elect" + "13 Vice-Presidents, one of whom ...").
    const above = block?.lines[block.lines.length - 1].trimmed;
    const wrappedNumber =
      numbered !== null && !footnoteZone && above !== undefined &&
      ((isLower(trimmed.charCodeAt(numbered[0].length)) && !/\.\s*$/.test(above)) || (layout.wrapped && !blankSinceContent && pending.length === 0 && !endsParagraph(above)));
    // "... Supplement No." + "6 (E/2004/26), chap. I": a note cut after an abbreviation goes on.
    const noteGoesOn = footnote !== undefined && !blankSinceContent && NOTE_CUT.test(text.slice(Math.max(0, footnote.end - 12), footnote.end));
    const footnoteStart =
      mdFootnote ??
      (numbered && plausible && !wrappedNumber && !noteGoesOn && !DATE_LINE.test(trimmed) && (footnoteZone || ((afterClosing || ((notesMayStart || (starred && sawNumbered)) && blankSinceContent)) && !indented && !isWellFormedNumber(trimmed))) ? numbered : null);
    if (footnoteStart) {
      const offset = line.text.indexOf(footnoteStart[0]);
      footnote = {
        type: 'footnote',
        label: footnoteStart[1],
        number: Number(footnoteStart[1]) || 0,
        start: line.start + offset,
        end: line.end,
        contentStart: line.start + offset + footnoteStart[0].length,
      };
      if (footnote.number) lastFootnote = footnote.number;
      mdFootnoteOpen = mdFootnote !== null;
      pending.push(footnote);
      footnoteZone = footnoteZone || !!numbered;
      blankSinceContent = false;
      continue;
    }
    const mdContinuation = footnote?.contentStart !== undefined && mdFootnoteOpen && indented;
    // (Not the closing, "48th plenary meeting", when the last page's notes come before it.)
    if (footnote && (mdContinuation || ((footnoteZone || afterClosing) && !indented && (!blankSinceContent || !isUpper(trimmed.charCodeAt(0)) || numbered) && !CLOSING_LINE.test(trimmed)))) {
      footnote.end = line.end; // a footnote's wrapped continuation
      blankSinceContent = false;
      continue;
    }
    footnote = undefined;
    footnoteZone = false;
    // In a text whose numbered paragraphs are indented, a flush-left "1 See ..." after a blank
    // line is a footnote even without a closing (drafts have none).
    const paragraphNumber = wellFormedNumber(trimmed);
    if (paragraphNumber !== undefined) {
      sawNumbered = true;
      if (indented) notesMayStart = true;
    }

    const startOfContent = line.text.length - line.text.trimStart().length;
    // (Without the spaces PDF extraction leaves at line ends: "A " is a part letter alone.)
    const content = trimmed;
    const next = nextText[i] >= 0 ? lines[nextText[i]].trimmed : undefined;
    const sectionTitle = block !== undefined && block.lines.length === 1 && lastBlockIsSectionNumber(items);
    if (block && continues(block, content, indented, blankSinceContent, pending.length > 0, layout, { lastNumber, next, sectionTitle })) {
      for (const item of pending) block.interruptions.push(item);
      pending = [];
      block.lines.push(line);
      block.end = line.end;
    } else {
      closeBlock();
      block = { type: 'block', lines: [line], interruptions: [], start: line.start + startOfContent, end: line.end };
      if (paragraphNumber !== undefined) lastNumber = paragraphNumber;
    }
    blankSinceContent = false;
    if (CLOSING_LINE.test(trimmed)) afterClosing = true;
    else if (FORMULA_LINE.test(trimmed)) afterClosing = false; // a new part or an embedded draft begins
  }
  closeBlock();
  return items;
}

/** How the copy lays out its paragraphs, measured once per document. */
interface Layout {
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

/**
 * "... the expenses of the", "...; and (iv)": a word that cannot end a sentence after a word ("; and"
 * ends list items), or the label of an item run into the sentence.
 */
const DANGLING_WORD = /[A-Za-z’'-]\s+(?:of|the|and|or|for|to|in|on|with|by|a|an|at|from|between|its|their)$|(?:[;,]|\band|\bor)\s+\((?:[a-z]|[ivxlc]{2,7})\)$/;

/** A date wrapped between its day and its month: "... 21 September 2012, 28" + "September 2012, 6 May 2013". */
const DAY_AT_END = /(?:^|[\s(])\d{1,2}$/;
const MONTH_AT_START = new RegExp(`^${MONTH}\\b`);

/**
 * Whether `content` opens with a lead phrase that starts a paragraph after `previous`: one that
 * opens hundreds of paragraphs ("Recalling", "Approves") does; a rarer preambular one only after a
 * word in lower case, since after a capitalized word it may be a name going on ("Information" +
 * "Sharing Centre", "Nationally" + "Determined Contributions", "Member" + "States").
 */
function opensLeadParagraph(previous: string, content: string): boolean {
  const lead = matchLeadPhrase(content);
  if (!lead) return false;
  return lead.count >= COMMON_PHRASE || (lead.kind === 'preambular' && /(?:^|\s)[a-z][^\s]*$/.test(previous));
}

/** How many paragraphs a phrase opens in the phrase lists to count as common, or as in use. */
const COMMON_PHRASE = 300;
const USED_PHRASE = 50;

/** A full stop that ends a sentence, with any closing quote and footnote marker. */
const SENTENCE_END = /\.[”"’)]*\d{0,3}\s*$/;

/** A line of a draft's sponsors that goes on: "Algeria, Denmark, Republic of Korea, Sierra Leone,". */
const SPONSOR_NAME = String.raw`[A-Z][\w’'().-]*(?: (?:of|the|and|[A-Z][\w’'().-]*))*`;
const SPONSOR_LINE = new RegExp(String.raw`^${SPONSOR_NAME}(?:, ${SPONSOR_NAME})+,$`);

/** A resolution number or a date, as items of a list wrapped one a line: "54/54 Q of ...", "2251 (2015), ...", "17 October 2000". */
const LIST_ITEM_START = /^(?:\d{1,4}\/\d{1,4}\b|\d{1,4} \(\d{4}\)|\d{1,2} [A-Z][a-z]+ \d{4}\b)/;

/** The comma that ends a preambular paragraph, with any closing quote and footnote marker. */
const PREAMBULAR_END = /,[”"’)]*\d{0,3}$/;

/** A parenthesis that opens no label: "(Bangkok Treaty)", "(EC-M-33/NAT.1, ...)". */
const OPENS_ASIDE = /^\((?![a-z]{1,4}\))/;

/** Whether `content` (a line without indentation) continues the open block. */
/** What the block builder knows around a line, beyond the block it may continue. */
interface Surroundings {
  /** The number of the last block that opened with a paragraph number. */
  readonly lastNumber: number;
  /** The next line of text, past blank lines and artefacts. */
  readonly next: string | undefined;
  /** The block is the one line under a section number alone ("IV"): a title, which may wrap after a comma. */
  readonly sectionTitle: boolean;
}

const SECTION_NUMBER_ALONE = /^(?:[IVXL]{1,6}|[A-Z])\.?$/;

/** Whether the last block closed is a section number or part letter alone ("IV", "B."). */
function lastBlockIsSectionNumber(items: readonly Item[]): boolean {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item.type === 'block') return item.lines.length === 1 && SECTION_NUMBER_ALONE.test(item.lines[0].trimmed);
  }
  return false;
}

/** For each line, the index of the next line of text (not blank, not an artefact), or -1. */
function nextTextLines(lines: readonly Line[], marks: readonly (ArtefactKind | undefined)[]): Int32Array {
  const next = new Int32Array(lines.length);
  let following = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = following;
    if (!marks[i] && lines[i].trimmed !== '') following = i;
  }
  return next;
}

function continues(block: Block, content: string, indented: boolean, blank: boolean, interrupted: boolean, layout: Layout, around: Surroundings): boolean {
  const previous = block.lines[block.lines.length - 1].trimmed;
  const open = !endsParagraph(previous);
  // A label alone on its line ("1." or "(a)" in PDF copies) takes the next line as its text.
  if (block.lines.length === 1 && isBareLabel(previous)) return !startsWithLabel(content);
  // "... (South Africa" + "v. Israel) in relation to ...", "... 1930 (No." + "29) of the ...": inside
  // a parenthesis no item starts, whatever stands before the line break.
  if (opensParenthesis(previous)) return true;
  // "... for responding to loss and damage by COP" + "28. We commit ...": in a wrapped copy, a
  // number out of turn right under a full line that stops mid-sentence is the sentence's rest.
  if (layout.wrapped && open && !blank && !interrupted && previous.length >= layout.measure * 0.6 && numberOutOfTurn(content, around.lastNumber)) return true;
  // "(g) of the Regulations" after an open line is the wrapped rest of a sentence, not a
  // sub-paragraph; but "(iii) the location ..." under item "(ii) ...; and" is the next item.
  if (open && /^\(?[a-z]{1,4}\)\s+(?:of|and|or|to|above|below|in|bis|ter|the)\b/.test(content) && !opensNextItem(block, content)) return true;
  if (continuesInlineList(block, content)) return true;
  // A number alone on its line is a footnote marker or a page number, never a wrapped sentence's rest.
  if (BARE_NOTE_NUMBER.test(content)) return false;
  // "Algeria, Denmark, ..., Sierra" + "Leone, Slovenia and Somalia: draft resolution": a draft's
  // sponsors wrapped over lines.
  if (isDraftHeader(content) && ((open && /[,A-Za-z]$/.test(previous)) || (!blank && SPONSOR_LINE.test(previous)))) return true;
  if (startsWithLabel(content) || isHeadingStart(content) || SC_TITLE_LINE.test(previous)) return false;
  // A bracketed heading ("[on the report of the ... Committee (A/75/415)]") goes on to its bracket.
  if (/^\[/.test(block.lines[0].trimmed) && !/\]/.test(previous)) return !blank || interrupted;
  if (CLOSING_LINE.test(previous) || CLOSING_LINE.test(content) || DATE_ONLY_LINE.test(previous) || FORMULA_LINE.test(previous)) return false;
  // A section number or part letter alone on its line: its title is a block of its own.
  if (SECTION_NUMBER_ALONE.test(previous)) return false;
  if (startsWithHeading(content)) return false;
  // A sentence cut by a blank line (a page break whose header was dropped, a line the rendering
  // broke) goes on in lower case, with a parenthesis that is no label after a sentence rather than
  // a heading ("... on 14 September 2013" + "(EC-M-33/NAT.1, ...);"), with a date or a number of
  // a list, after a word no sentence ends with ("... Chemical Weapons of" + "17 October 2000;"), or
  // where a paragraph that opened with a lead phrase has not reached its comma.
  if (blank && !interrupted) {
    return open && (isLower(content.charCodeAt(0)) || ((block.lines.length > 1 || previous.length >= SHORT_LINE) && OPENS_ASIDE.test(content)) || LIST_ITEM_START.test(content) || DANGLING_WORD.test(previous) || unfinishedLeadParagraph(block, content));
  }
  if (isLower(content.charCodeAt(0))) return true;
  // A wrapped list of citations or dates: "54/54 Q of 1 December 1999, ...".
  if (LIST_ITEM_START.test(content) && (open || /,\s*$/.test(previous))) return true;
  if (MONTH_AT_START.test(content) && DAY_AT_END.test(previous)) return true;
  // A list of other bodies' documents, one item a line: "GC(69)/RES/14, entitled “...”;".
  if (/^[A-Z]{1,6}(?:\(\d{1,3}\))?\/[A-Z0-9]/.test(content) && (open || /[,;][”"’)]*\s*$/.test(previous))) return true;
  // "(Bangkok Treaty) by implementing ...": a parenthesis that is no label goes on an open sentence.
  if (open && OPENS_ASIDE.test(content)) return true;
  // A paragraph that opens with a lead phrase and stops mid-sentence goes on, even one line per paragraph.
  if (!layout.wrapped && !interrupted && open && block.lines.length === 1 && unfinishedLeadParagraph(block, content)) return true;
  // "... Securing Our Common Future:" then "An Agenda for Disarmament," with no blank line between.
  if (layout.blankBeforeEachLine && !blank && !interrupted && !/^\|/.test(content) && !/^\|/.test(previous) && !opensParagraph(content)) return true;
  // A line that stops on "of the" or "and" was cut mid-sentence, whatever the layout.
  if (open && DANGLING_WORD.test(previous)) return true;
  if (!layout.wrapped && !interrupted) return false; // one paragraph per line
  // "... and terrorism," + "Alarmed also by ...": a preambular paragraph ends with its comma (and
  // any footnote marker), and a line that opens with a preambular phrase after it starts the next,
  // indented or not.
  if (PREAMBULAR_END.test(previous) && matchLeadPhrase(content)?.kind === 'preambular') return false;
  if (layout.indentOpens) return !indented;
  // A hard-wrapped line fills the measure; one that stops well short of it ended its paragraph,
  // heading or table cell ("1. Income from staff assessment" + "314 723 800", or a "–" for none).
  if (previous.length < layout.measure * 0.6 && (/^[A-Z“"‘(]/.test(content) || isFigures(content) || /^[–—-]$/.test(content))) return false;
  // "... around the desirable midpoint" + "Recalling its resolution ...": a lead phrase opens a
  // paragraph even under a line without punctuation (a title), unless that line stops on a word no
  // sentence ends with (handled above).
  if (open && opensLeadParagraph(previous, content)) return false;
  // "Gross jointly financed budget of the Joint Inspection Unit" + "Approves the gross budget ...":
  // under a one-line title (no label, no lead phrase of its own), a lead phrase in current use
  // opens a paragraph (not a rare one: "... of Member" + "States").
  if (open && block.lines.length === 1 && !startsWithLabel(previous) && matchLeadPhrase(previous) === undefined && (matchLeadPhrase(content)?.count ?? 0) >= USED_PHRASE) return false;
  if (open) return true;
  if (layout.blankSeparated && !interrupted) return true;
  // With nothing indented and no blank lines, a heading shows by its shortness, or by the numbered
  // paragraph under it: a line without punctuation after a paragraph's end ("... the United
  // Nations," + "Political process") is no paragraph's last line, which would end with its own.
  // (Not a section's title wrapped after a comma: "... under section 26," + "Palestine refugees".)
  if (!indented && !around.sectionTitle && !endsParagraph(content) && isUpper(content.charCodeAt(0)) && (content.length < layout.measure * 0.6 || (around.next !== undefined && isWellFormedNumber(around.next)))) return false;
  // "... Sustainable Development Goal 14:" + "Conserve and sustainably use ...", "... HIV and AIDS:"
  // + "Ending Inequalities ...": after a colon, a line that opens with no known lead phrase goes
  // on; what a colon introduces belongs to its paragraph.
  if (!indented && /:[”"’)]*\s*$/.test(previous) && matchLeadPhrase(content) === undefined) return true;
  // "... leaving no one behind." + "We will endeavour to reach the furthest behind first.": with
  // nothing indented and no blank lines, a numbered paragraph goes on over its sentences until a
  // line opens a paragraph (a number, a label, a lead phrase or a heading, all handled above).
  // After its ";" a heading comes rather than a sentence.
  if (!indented && !blank && SENTENCE_END.test(previous) && isWellFormedNumber(block.lines[0].trimmed) && isUpper(content.charCodeAt(0)) && !opensParagraph(content)) return true;
  // The previous line ended with punctuation: a new paragraph starts unless the text plainly goes
  // on after a comma (a new paragraph would open with a lead phrase or be indented).
  if (indented || !/,[”"’)]*\d{0,3}\s*$/.test(previous)) return false;
  return !opensParagraph(content);
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
  const before = [roman > 1 ? `(${toRoman(roman - 1)})` : '', letter > 1 ? `(${toLetter(letter - 1)})` : ''].filter(Boolean);
  if (before.length === 0) return false;
  // Inside a line, after a word (not a number: "paragraph 1 (a) of"), before an item's first word
  // or at the line's end ("comprising (a)" + "1,214,800 dollars ...;"), but not as a reference
  // ("subparagraph (a) of", "(a) and (b)").
  // Or at the start of a line the block already took as the list's wrapped rest ("(ii)" before "(iii)").
  const { inline, wrappedItem } = labelPatterns(before.map((label) => label.replace(/[()]/g, '\\$&')).join('|'));
  return block.lines.some((line, index) => inline.test(line.trimmed) || (index > 0 && wrappedItem.test(line.trimmed)));
}

/** The patterns of continuesInlineList for some labels, made once per set of labels. */
const patternsByLabels = new Map<string, { inline: RegExp; wrappedItem: RegExp }>();

function labelPatterns(labels: string): { inline: RegExp; wrappedItem: RegExp } {
  let patterns = patternsByLabels.get(labels);
  if (!patterns) {
    patterns = {
      inline: new RegExp(`[^\\d\\s]\\s(?:${labels})(?:\\s+(?!(?:of|above|below|and|or|to|in|bis|ter)\\b)\\S|$)`),
      wrappedItem: new RegExp(`^(?:${labels})\\s`),
    };
    patternsByLabels.set(labels, patterns);
  }
  return patterns;
}

/** Whether `content` opens the item after the one that opened the block, before "the" or "in": "(ii) ...; and" then "(iii) the location ...". */
function opensNextItem(block: Block, content: string): boolean {
  const before = /^\(([a-z]{1,7})\)/.exec(block.lines[0].trimmed)?.[1];
  const after = /^\(([a-z]{1,7})\)\s+(?:the|in)\b/.exec(content)?.[1];
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
  return matchLeadPhrase(number ? first.slice(number.contentOffset) : first) !== undefined && !opensParagraph(content);
}

/** A known lead phrase or a participle ("Recalling", "Deeply concerned") opens a paragraph. */
function opensParagraph(content: string): boolean {
  return matchLeadPhrase(content) !== undefined || /^(?:[A-Z][a-z]+ly )?[A-Z]?[a-z]+ing\b/.test(content);
}

function isBareLabel(text: string): boolean {
  const op = matchOperativeNumber(text, 0);
  if (op && op.contentOffset >= text.length) return true;
  const sub = matchSubLabel(text + ' x', 0);
  return sub !== undefined && sub.label.text.length >= text.length;
}

/** "1. Decides": a properly printed paragraph number, which a footnote never has. */
function isWellFormedNumber(text: string): boolean {
  return wellFormedNumber(text) !== undefined;
}

function wellFormedNumber(text: string): number | undefined {
  const match = matchOperativeNumber(text, 0);
  return match !== undefined && match.label.defects.length === 0 ? match.label.value : undefined;
}

/**
 * A paragraph number that is neither the one after the last nor a 1 that restarts the numbering
 * (under a heading): a number of the sentence, "COP 28.".
 */
function numberOutOfTurn(content: string, lastNumber: number): boolean {
  const number = wellFormedNumber(content);
  return number !== undefined && lastNumber > 0 && number !== lastNumber + 1 && number !== 1;
}

/**
 * Whether a line leaves a parenthesis open: "(South Africa" (one opened after the last one closed).
 * Only its end is read: a parenthesis a wrapped line leaves open opened within the line, and a
 * whole paragraph on one line, which may run long, closes its own.
 */
function opensParenthesis(line: string): boolean {
  const end = line.length > PARENTHESIS_REACH ? line.slice(-PARENTHESIS_REACH) : line;
  return end.lastIndexOf('(') > end.lastIndexOf(')');
}

const PARENTHESIS_REACH = 160;
