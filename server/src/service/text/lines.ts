/** Splitting text into lines while keeping exact offsets, for any line ending (LF, CRLF, CR). */

export interface Line {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** The line's text without its line break. */
  readonly text: string;
  /** The text without leading and trailing white space, which most line tests read. */
  readonly trimmed: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = new LineBreaks(text);
  let start = 0;
  for (let at = breaks.next(0); at >= 0; at = breaks.next(start)) {
    lines.push(line(text, start, at));
    start = breakEnd(text, at);
  }
  lines.push(line(text, start, text.length));
  return lines;
}

/** Offset just past the line break at `at` (CRLF counts as one). */
export function breakEnd(text: string, at: number): number {
  return text.charCodeAt(at) === 13 /* \r */ && text.charCodeAt(at + 1) === 10 /* \n */ ? at + 2 : at + 1;
}

/**
 * The line breaks (LF or CR) of a text, in order, found by `indexOf`, which runs at memory speed,
 * rather than by a loop over every character. The next LF and the next CR are remembered, so a
 * text with no CR is searched for one once.
 */
export class LineBreaks {
  /** Next offset of each, -1 when there is none left, -2 before the first search. */
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  /** The first break at or after `from`, or -1; `from` must not go back between calls. */
  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.cr < 0) return this.lf;
    return this.lf < 0 || this.cr < this.lf ? this.cr : this.lf;
  }
}

/**
 * The lines without the left margin that every line of text shares: an extraction that keeps the
 * page's layout (pdftotext -layout) sets the whole text in from the edge, so that indentation
 * means only what stands in from the margin. Each line keeps its offsets: it starts after the
 * margin. Lines without text, or led by a form feed, keep theirs.
 */
export function withoutCommonMargin(lines: readonly Line[]): readonly Line[] {
  let margin = Infinity;
  for (const { text, trimmed } of lines) {
    if (trimmed === '' || text.charCodeAt(0) === 12 /* \f */) continue;
    let spaces = 0;
    while (text.charCodeAt(spaces) === 32) spaces++;
    if (spaces < margin) margin = spaces;
    if (margin === 0) return lines;
  }
  if (margin === Infinity) return lines;
  return lines.map((l) => (l.trimmed === '' || l.text.charCodeAt(0) === 12 ? l : { start: l.start + margin, end: l.end, text: l.text.slice(margin), trimmed: l.trimmed }));
}

function line(text: string, start: number, end: number): Line {
  const content = text.slice(start, end);
  return { start, end, text: content, trimmed: content.trim() };
}
