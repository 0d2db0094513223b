/**
 * First stage of the parser: groups lines into blocks (one logical paragraph each, even when a
 * PDF copy hard-wraps it over many lines or breaks it across pages) and sets apart what is not
 * text: artefacts and footnotes. Page-bottom footnotes and running headers that interrupt a
 * paragraph are kept as the paragraph's interruptions, so the paragraph stays one block.
 */
import type { ArtefactKind } from './nodes';
import { splitLines, withoutCommonMargin, type Line } from '../text/lines';
import { markArtefacts } from './artefacts';
import { CLOSING_LINE, DATE_LINE } from './closingLines';
import { FORMULA_LINE } from './blockKinds';
import { CUT_AFTER_ABBREVIATION, endsParagraph, SHORT_LINE } from './paragraphEnd';
import { isDigit, isLower, isTabOrSpace, isUpper } from '../text/chars';
import { ARTICLE_ALONE, BARE_NOTE_NUMBER, continues, isWellFormedNumber, SECTION_NUMBER_ALONE, wellFormedNumber, type Layout } from './lineContinuation';
import { YEAR_IN_PARENTHESES } from './lineOpenings';

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
    if ((isLower(lines[i + 1].trimmed.charCodeAt(0)) || wrapsBeforeFigure(lines[i + 1].trimmed)) && !endsParagraph(lines[i].trimmed)) evidence++;
  }
  // In a hard-wrapped copy most paragraphs wrap; in a one-line-per-paragraph text such pairs are rare accidents.
  return evidence >= 2 && evidence * 10 >= content;
}

/**
 * "... resolutions ..., 2230" + "(2015), 2251 (2015), ...", "... of 18 June" + "2012, 21 September
 * ...": a line that goes on with a year or a number, not a paragraph's number or label.
 */
function wrapsBeforeFigure(line: string): boolean {
  const first = line.charCodeAt(0);
  return (first === 0x28 /* ( */ ? YEAR_IN_PARENTHESES.test(line) : isDigit(first) && YEAR_GOING_ON.test(line));
}

/** A year with the sentence going on after it: "2012, 21 September", "2014 and". */
const YEAR_GOING_ON = /^\d{4}(?:,| [a-z])/;

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
  // The measure: the length nine lines in ten stay within.
  const lengths = new Uint32Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) if (!marks[i] && lines[i].trimmed !== '') lengths[count++] = lines[i].trimmed.length;
  const sorted = lengths.subarray(0, count).sort();
  const measure = count ? sorted[Math.floor(count * 0.9)] : 80;
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

/** Longer than an article's number alone ("Regulation 123"). */
const ARTICLE_LINE_LENGTH = 14;

/** How many lines a section's title under its number alone may wrap over. */
const SECTION_TITLE_LINES = 3;

export function buildBlocks(text: string): Item[] {
  const lines = withoutCommonMargin(splitLines(text));
  const marks = markArtefacts(lines);
  const layout = measureLayout(lines, marks);
  const nextText = nextTextLines(lines, marks);
  /** The line the block builder reads, and the `k`-th line of text after it (made once: this runs for every line). */
  let lookFrom = 0;
  const ahead = (k: number): string | undefined => {
    let at = lookFrom;
    for (let step = 0; step < k && at >= 0; step++) at = nextText[at];
    return at >= 0 ? lines[at].trimmed : undefined;
  };
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
  /** The block closed last: a section number alone ("IV") makes the next block its title. */
  let closed: Block | undefined;
  const closeBlock = (): void => {
    if (block) items.push(block);
    closed = block ?? closed;
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
    const noteGoesOn = footnote !== undefined && !blankSinceContent && CUT_AFTER_ABBREVIATION.test(text.slice(Math.max(0, footnote.end - 12), footnote.end));
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
    lookFrom = i;
    const next = ahead(1);
    const sectionTitle = block !== undefined && block.lines.length <= SECTION_TITLE_LINES && closed !== undefined && closed.lines.length === 1 && SECTION_NUMBER_ALONE.test(closed.lines[0].trimmed);
    const articleTitle = block !== undefined && block.lines.length === 1 && closed !== undefined && closed.lines.length === 1 && closed.lines[0].trimmed.length <= ARTICLE_LINE_LENGTH && ARTICLE_ALONE.test(closed.lines[0].trimmed);
    // The line is read trimmed at both ends: PDF extraction leaves spaces at line ends ("A " is a part letter alone).
    if (block && continues(block, trimmed, indented, blankSinceContent, pending.length > 0, layout, { lastNumber, next, ahead, sectionTitle, articleTitle })) {
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
