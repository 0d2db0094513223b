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
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */ || code === 13 /* \r */) {
      lines.push(line(text, start, i));
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(line(text, start, length));
  return lines;
}

function line(text: string, start: number, end: number): Line {
  const content = text.slice(start, end);
  return { start, end, text: content, trimmed: content.trim() };
}
