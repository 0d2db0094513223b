/**
 * Layout variants of a resolution text, as users have them: spaces for TABs, CRLF line endings,
 * a copy from a web page, and PDF-like copies hard-wrapped at ~80 columns with running page headers, job numbers and
 * page numbers inserted every so many lines, sometimes in the middle of a paragraph.
 */

export function tabsToSpaces(text: string, width = 4): string {
  return text.replace(/\t/g, ' '.repeat(width));
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The spaces word processors and PDF copies write after a number or label instead of a TAB. */
export const LABEL_SPACES = ['\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '  '] as const;

/**
 * A copy from a word processor: the TAB after each paragraph number or sub-paragraph label is one
 * of LABEL_SPACES, in turn (a no-break space, an en space, an em space ...).
 */
export function labelSpaces(text: string): string {
  let turn = 0;
  return text.replace(/^(\t*)(\d{1,3}\.|l\.|\([a-z]{1,5}\)|[a-z]{1,2}\.|[ivxlc]{1,7}\.)\t/gm, (_, indent: string, label: string) => `${indent}${label}${LABEL_SPACES[turn++ % LABEL_SPACES.length]}`);
}

/** A web page copied as text: no indentation, a space for each TAB, a blank line between lines. */
export function webCopy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[\t ]+/, '').replace(/\t/g, ' '))
    .join('\n\n');
}

/** The last closing line ("40th plenary meeting"): PDF page breaks fall in the body, footnotes sit at page bottoms. */
function lastClosingLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (/^\s*\d{1,4}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting\b/.test(lines[i])) return i;
  return lines.length;
}

/**
 * A copy as PDF text extraction (PyMuPDF) gives it, like corpus/raw: hard-wrapped with page
 * headers, nothing indented, a blank line between paragraphs (unless `blankBetween` is false, as
 * when text is copied from a PDF viewer) and a space at the end of each line;
 * with `labelsAlone`, each paragraph number and sub-paragraph label on a line of its own, its
 * text on the next (corpus/raw/A_RES_80_1), an invisible mark after a number kept with it, and so
 * the resolution's number ("80/4.") above its title.
 */
export function pdfExtract(text: string, options: WrapOptions & { labelsAlone?: boolean; markersApart?: boolean } = {}): string {
  const source = options.labelsAlone ? text.replace(LABEL_AND_TEXT, '$1$2$3\n$1') : text;
  const copy = hardWrap(tabsToSpaces(source), { blankBetween: true, ...options })
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : line.trimStart() + ' '))
    .join('\n');
  return options.markersApart ? markersApart(copy) : copy;
}

/**
 * Footnote markers set apart from the text by a space, as some PDF extractions give the
 * superscripts ("Rights,6 the" becomes "Rights, 6 the"): the glued numbers that come next in the
 * notes' order, 1, 2, 3 ... (a note or two may be missing).
 */
export function markersApart(text: string): string {
  let highest = 0;
  return text.replace(MARKER, (digits: string, _number: string, offset: number) => {
    const number = Number(digits);
    if (number <= highest || number > highest + 3 || partOfNumber(text, offset)) return digits;
    highest = number;
    return ` ${digits}`;
  });
}

/**
 * A copy as a layout-keeping extraction gives it (pdftotext -layout): hard-wrapped, every line set
 * in by a margin, each paragraph's first line further by its indentation, several spaces after a
 * number or label, the spaces of a justified line widened here and there, and page furniture
 * spread on one line with a form feed at each page.
 */
export function layoutKept(text: string, options: WrapOptions & { margin?: number } = {}): string {
  const margin = ' '.repeat(options.margin ?? 6);
  const spaced = text.replace(/^(\t*)(\d{1,3}\.|\([a-z]{1,5}\))\t/gm, '$1$2     ').replace(/\t/g, '      ');
  let gap = 0;
  const justified = (line: string): string => (line.trim().length < JUSTIFIED_LENGTH ? line : line.replace(/(?<=\S) (?=\S)/g, () => (++gap % 5 === 0 ? '  ' : ' ')));
  return hardWrap(spaced, { blankBetween: true, ...options, spreadFurniture: true })
    .split('\n')
    .map((line) => (line.trim() === '' || line.startsWith('\f') ? line : margin + justified(line)))
    .join('\n');
}

/** Lines this long are full lines of a paragraph, which justification widens (not headings or a paragraph's last words). */
const JUSTIFIED_LENGTH = 60;

/** A label (or a resolution's number before its title) at a line start, the TAB after it and any invisible mark before its text. */
const LABEL_AND_TEXT = /^(\t*)(\d{1,3}\.|\([a-z]{1,4}\)|(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.)\t([\u200b-\u200f]*) ?/gm;

export interface WrapOptions {
  width?: number;
  /** Blank line between paragraphs, as PDF extracts have. */
  blankBetween?: boolean;
  /** Insert a page header block every this many output lines (0: never). */
  pageEvery?: number;
  symbol?: string;
  title?: string;
  /**
   * Footnotes at the bottom of the page where their marker falls, under a separator line, as UN
   * PDFs print them (taken from the export's list after the closing; markers come in order).
   */
  notesAtPageBottom?: boolean;
  /**
   * Page furniture spread on one line as a layout-keeping extraction sets it: "\f" and the symbol
   * with the running title at the head, the job number with the page number at the foot.
   */
  spreadFurniture?: boolean;
}

/**
 * An export's numbered notes after its closing ("1 See resolution 2200 A (XXI), annex."), by line
 * index, with their numbers: ascending, a note or two may be missing from the list.
 */
function exportNotes(lines: readonly string[], from: number): Map<number, { number: number; text: string }> {
  const notes = new Map<number, { number: number; text: string }>();
  let last = 0;
  for (let i = from; i < lines.length; i++) {
    // Not a date: the closing's ("3 April 2024"), or a session's under a masthead ("9 September 11 October 2024").
    const note = /^(\d{1,3}) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\S/.exec(lines[i]);
    const number = Number(note?.[1]);
    if (note && number > last && number <= last + 3) {
      notes.set(i, { number, text: lines[i] });
      last = number;
    }
  }
  return notes;
}

/** Digits after a decimal point ("1.4", "0.005") or a thousands separator ("5,2 million"), not after a year ("2012,1"). */
function partOfNumber(text: string, offset: number): boolean {
  const mark = text[offset - 1];
  if (mark !== '.' && mark !== ',') return false;
  return /\d$/.test(text.slice(0, offset - 1)) && !/(?:^|\D)(?:1[89]|20)\d\d$/.test(text.slice(Math.max(0, offset - 6), offset - 1));
}

/** A number glued after a word or punctuation, as footnote markers are ("Rights,1", "Organization2"). */
const MARKER = /(?<=[a-z’”")\],;:.])(\d{1,3})(?=[\s,;:.)]|$)/g;

/** Hard-wraps each line at `width` on spaces; continuation lines are unindented. */
export function hardWrap(text: string, options: WrapOptions = {}): string {
  const width = options.width ?? 80;
  const out: string[] = [];
  let page = 1;
  let sincePage = 0;
  const source = text.split(/\r?\n/);
  const bodyEnd = lastClosingLine(source);
  const notes = options.notesAtPageBottom ? exportNotes(source, bodyEnd) : new Map<number, { number: number; text: string }>();
  const queue = [...notes.values()];
  /** Notes whose marker is on the current page, and the next note whose marker to look for. */
  let pageNotes: string[] = [];
  let next = 0;
  const flushNotes = (): void => {
    if (pageNotes.length) out.push('', '_______________', '', ...pageNotes);
    pageNotes = [];
  };
  const pageBreak = (): void => {
    flushNotes();
    page++;
    // A running header: the symbol and the title when the document has one (the title first on
    // odd pages, as UN documents print them), the job number and the page.
    const symbol = options.symbol ?? 'A/RES/00/0';
    const header = options.title ? (page % 2 === 0 ? [symbol, options.title] : [options.title, symbol]) : [symbol];
    if (options.spreadFurniture) out.push('', `25-00000${' '.repeat(50)}${page}/${PAGE_TOTAL}`, `\f${header.join(' '.repeat(12))}`, '');
    else out.push('', ...header, '', '25-00000', `${page}/${PAGE_TOTAL}`, '');
    sincePage = 0;
  };
  for (const [index, line] of source.entries()) {
    if (notes.has(index)) continue;
    const indent = /^[\t ]*/.exec(line)![0];
    let rest = line.slice(indent.length);
    let first = true;
    if (rest === '') {
      out.push('');
      continue;
    }
    while (rest.length > 0) {
      let cut = rest.length;
      if (rest.length > width) {
        cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) cut = rest.indexOf(' ', width);
        if (cut <= 0) cut = rest.length;
      }
      const piece = rest.slice(0, cut).trimEnd();
      out.push((first ? indent : '') + piece);
      for (const marker of piece.matchAll(MARKER)) {
        if (next < queue.length && Number(marker[1]) === queue[next].number) pageNotes.push(queue[next++].text);
      }
      rest = rest.slice(cut).trimStart();
      first = false;
      sincePage++;
      // A page break may fall in the middle of a paragraph.
      if (options.pageEvery && sincePage >= options.pageEvery && index < bodyEnd) pageBreak();
    }
    if (options.blankBetween) out.push('');
  }
  // The last page's notes, and any whose marker was not found, at the end.
  for (; next < queue.length; next++) pageNotes.push(queue[next].text);
  flushNotes();
  // Page numbers give the page count ("2/3"), known once the text is laid out.
  return out.join('\n').replaceAll(`/${PAGE_TOTAL}\n`, `/${page}\n`);
}

/** Stands for the page count until it is known. */
const PAGE_TOTAL = '{pages}';
