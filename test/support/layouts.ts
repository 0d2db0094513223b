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

export interface WrapOptions {
  width?: number;
  /** Blank line between paragraphs, as PDF extracts have. */
  blankBetween?: boolean;
  /** Insert a page header block every this many output lines (0: never). */
  pageEvery?: number;
  symbol?: string;
  title?: string;
}

/** Hard-wraps each line at `width` on spaces; continuation lines are unindented. */
export function hardWrap(text: string, options: WrapOptions = {}): string {
  const width = options.width ?? 80;
  const out: string[] = [];
  let page = 1;
  let sincePage = 0;
  const pageBreak = (): void => {
    page++;
    // A running header: the symbol, the title when the document has one, the job number and the page.
    out.push('', options.symbol ?? 'A/RES/00/0', ...(options.title ? [options.title] : []), '', '25-00000', `${page}/99`, '');
    sincePage = 0;
  };
  const source = text.split(/\r?\n/);
  const bodyEnd = lastClosingLine(source);
  for (const [index, line] of source.entries()) {
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
      out.push((first ? indent : '') + rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
      first = false;
      sincePage++;
      // A page break may fall in the middle of a paragraph.
      if (options.pageEvery && sincePage >= options.pageEvery && index < bodyEnd) pageBreak();
    }
    if (options.blankBetween) out.push('');
  }
  return out.join('\n');
}
