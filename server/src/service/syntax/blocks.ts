/**
 * First stage of the parser: groups lines into blocks (one logical paragraph each, even when a
 * PDF copy hard-wraps it over many lines or breaks it across pages) and sets apart what is not
 * text: artefacts and footnotes. Page-bottom footnotes and running headers that interrupt a
 * paragraph are kept as the paragraph's interruptions, so the paragraph stays one block.
 */
import type { ArtefactKind } from './nodes';
import { splitLines, type Line } from '../text/lines';
import { isHeadingStart, markArtefacts } from './artefacts';
import { matchOperativeNumber, matchSubLabel } from './labels';
import { matchLeadPhrase } from '../phrases/leadPhrases';

export interface FootnoteItem {
  readonly type: 'footnote';
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
}

export type Item = Block | Interruption;

/** Ends a paragraph: , ; : . possibly followed by closing quotes, brackets and a footnote number. */
const TERMINAL = /[.,;:!?][”"’'»)\]]*(?:\d{1,3}|\[\^\d+\])?\s*$/;
const CLOSING_MEETING = /^\d{1,4}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting\s*$/;
const FOOTNOTE_LINE = /^(\d{1,3})[ \t]+(?=\S)/;
const MD_FOOTNOTE = /^\[\^(\d{1,3})\]:[ \t]*/;
const SC_TITLE_LINE = /^Resolution \d{1,4} \(\d{4}\)$/;
const DATE_LINE = /^\d{1,2} [A-Z][a-z]+ \d{4}\b/;

export function endsParagraph(text: string): boolean {
  return TERMINAL.test(text);
}

/** Whether the document is hard-wrapped: lines that stop mid-sentence and go on in lower case. */
function isHardWrapped(lines: readonly Line[], marks: readonly (ArtefactKind | undefined)[]): boolean {
  let evidence = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    if (marks[i] || lines[i].text.trim() === '') continue;
    content++;
    if (i + 1 >= lines.length || marks[i + 1]) continue;
    const next = lines[i + 1].text.trimStart();
    if (/^[a-z]/.test(next) && !TERMINAL.test(lines[i].text.trim())) evidence++;
  }
  // In a hard-wrapped copy most paragraphs wrap; in a one-line-per-paragraph text such pairs are rare accidents.
  return evidence >= 2 && evidence * 10 >= content;
}

function startsWithLabel(text: string): boolean {
  return matchOperativeNumber(text, 0) !== undefined || matchSubLabel(text, 0) !== undefined;
}

export function buildBlocks(text: string): Item[] {
  const lines = splitLines(text);
  const marks = markArtefacts(lines);
  const wrapped = isHardWrapped(lines, marks);
  const items: Item[] = [];

  let block: Block | undefined;
  /** Interruptions seen since the last content line; they join the block if it goes on. */
  let pending: Interruption[] = [];
  let blankSinceContent = false;
  let footnoteZone = false;
  let afterClosing = false;
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
    const trimmed = line.text.trim();
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
    const indented = /^[\t ]/.test(line.text);
    const mdFootnote = MD_FOOTNOTE.exec(trimmed);
    const numbered = FOOTNOTE_LINE.exec(trimmed);
    const footnoteStart =
      mdFootnote ??
      (numbered && !DATE_LINE.test(trimmed) && (footnoteZone || (afterClosing && !indented && !isWellFormedNumber(trimmed))) ? numbered : null);
    if (footnoteStart) {
      const offset = line.text.indexOf(footnoteStart[0]);
      footnote = {
        type: 'footnote',
        number: Number(footnoteStart[1]),
        start: line.start + offset,
        end: line.end,
        contentStart: line.start + offset + footnoteStart[0].length,
      };
      pending.push(footnote);
      footnoteZone = footnoteZone || !!numbered;
      continue;
    }
    if (footnote && (footnoteZone || afterClosing) && !blankSinceContent && !indented) {
      footnote.end = line.end; // a footnote's wrapped continuation
      continue;
    }
    footnote = undefined;
    footnoteZone = false;

    const startOfContent = line.text.length - line.text.trimStart().length;
    const content = line.text.slice(startOfContent);
    if (block && continues(block, content, blankSinceContent, pending.length > 0, wrapped)) {
      for (const item of pending) block.interruptions.push(item);
      pending = [];
      block.lines.push(line);
      block.end = line.end;
    } else {
      closeBlock();
      block = { type: 'block', lines: [line], interruptions: [], start: line.start + startOfContent, end: line.end };
    }
    blankSinceContent = false;
    if (CLOSING_MEETING.test(trimmed)) afterClosing = true;
  }
  closeBlock();
  return items;
}

/** Whether `content` (a line without indentation) continues the open block. */
function continues(block: Block, content: string, blank: boolean, interrupted: boolean, wrapped: boolean): boolean {
  const previous = block.lines[block.lines.length - 1].text.trim();
  const open = !TERMINAL.test(previous);
  // A label alone on its line ("1." or "(a)" in PDF copies) takes the next line as its text.
  if (block.lines.length === 1 && isBareLabel(previous)) return !startsWithLabel(content);
  if (startsWithLabel(content) || isHeadingStart(content) || SC_TITLE_LINE.test(previous)) return false;
  if (CLOSING_MEETING.test(previous) || CLOSING_MEETING.test(content)) return false;
  if (blank && !interrupted) return false;
  if (/^[a-z]/.test(content)) return true;
  // After a page break the paragraph goes on only if it had not ended.
  if (interrupted) return open;
  // One paragraph per line, unless the copy is hard-wrapped.
  if (!wrapped) return false;
  return open || !matchLeadPhrase(content);
}

function isBareLabel(text: string): boolean {
  const op = matchOperativeNumber(text, 0);
  if (op && op.contentOffset >= text.length) return true;
  const sub = matchSubLabel(text + ' x', 0);
  return sub !== undefined && sub.label.text.length >= text.length;
}

/** "1. Decides": a properly printed paragraph number, which a footnote never has. */
function isWellFormedNumber(text: string): boolean {
  const match = matchOperativeNumber(text, 0);
  return match !== undefined && match.label.defects.length === 0;
}
