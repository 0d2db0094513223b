/**
 * Text helpers for the diagnostics tests, written independently of the service: line numbers,
 * LSP positions to offsets, applying a WorkspaceEdit, and masks that hide what a numbering or
 * punctuation fix is allowed to change, so that "nothing else changed" can be checked.
 */
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';

/** Offsets where each line starts (lines end at "\n"; a "\r" before it belongs to the line end). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset. */
export function lineOfOffset(text: string, offset: number): number {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return line;
}

/** The text of each line without its line end. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

/** 0-based index of the `occurrence`-th line (1-based) that contains `needle`; throws when absent. */
export function lineContaining(text: string, needle: string, occurrence = 1): number {
  const lines = linesOf(text);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && ++seen === occurrence) return i;
  }
  throw new Error(`no line ${occurrence > 1 ? `#${occurrence} ` : ''}contains ${JSON.stringify(needle)}`);
}

/** Offset of an LSP position (UTF-16 character offsets within the line). */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] - 1 : text.length;
  return Math.min(starts[position.line] + position.character, lineEnd);
}

/** Applies LSP text edits (non-overlapping, as a WorkspaceEdit must hold them). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) throw new Error(`overlapping edits at ${spans[i].start}`);
  }
  let out = '';
  let position = 0;
  for (const span of spans) {
    out += text.slice(position, span.start) + span.newText;
    position = span.end;
  }
  return out + text.slice(position);
}

/** Applies a code action's WorkspaceEdit for `uri` (it must edit that document only). */
export function applyAction(text: string, action: CodeAction, uri: string): string {
  const changes = action.edit?.changes;
  if (!changes) throw new Error(`action "${action.title}" has no edit`);
  const uris = Object.keys(changes);
  if (uris.length !== 1 || uris[0] !== uri) throw new Error(`action "${action.title}" edits ${uris.join(', ')}, not ${uri}`);
  return applyTextEdits(text, changes[uri]);
}

// ---------------------------------------------------------------------------------------------
// Masks

/**
 * A paragraph or sub-paragraph label at the start of a line, with the separator after it, in
 * every form the checks know: "1.", "3 " (before a capital), "232 .", "4)", "l.", "(a)", "(aa)",
 * "(iv)", "a.", "v)", with TABs, spaces or invisible marks after it. An opening quote before the
 * label (quoted drafts) is kept.
 */
const LABEL = /^([\t ]*[“"]?)(?:\d{1,3}[ \t]*\.(?!\d)|\d{1,3}\)|\d{1,3}(?=[ \t\u200b-\u200f]+[A-Z])|l\.|\([a-z]{1,4}\)|[a-z]{1,4}[.)])(?=[\s\u200b-\u200f]|[A-Z]|$)[\s\u200b-\u200f]*/;

/** The line starts with a paragraph or sub-paragraph label. */
export function hasLabel(line: string): boolean {
  const m = LABEL.exec(line);
  return m !== null && m[0].length > m[1].length;
}

/**
 * Lines that gained a label in `after` (same number of lines as `before`) without a diagnostic that
 * asked for one: a repair may number an unnumbered operative paragraph it flagged, nothing else.
 */
export function labelsAdded(before: string, after: string, flagged: ReadonlySet<number>): number[] {
  const a = linesOf(before);
  const b = linesOf(after);
  if (a.length !== b.length) return [-1];
  return b.map((line, i) => (hasLabel(line) && !hasLabel(a[i]) && !flagged.has(i) ? i : -1)).filter((i) => i >= 0);
}

/** Internal references ("paragraph 7 above", "paragraphs 3 to 5", "paragraphs 2 and 4"): their numbers. */
const REFERENCE = /\b(paragraphs?\s+)(\d{1,3}(?:\s*(?:,\s*and|,|and|to|or)\s*\d{1,3})*)/gi;

/** Hides labels (and the separator after them) and the numbers of internal references. */
export function maskNumbering(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(LABEL, '$1'))
    .join('\n')
    .replace(REFERENCE, (_all, keyword: string, numbers: string) => keyword + numbers.replace(/\d+/g, '#'));
}

/** Hides the last punctuation mark of each line (looking through closing quotes, brackets and marker digits). */
export function maskFinalPunctuation(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[,;:.](?=[”"’')\]\d]*[ \t\r]*$)/, ''))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

export const NUMBERING_CODE = /^(?:operative|subparagraph)-/;

/**
 * The citation checks (citation-*: dates and symbols of cited resolutions) are another feature with
 * its own tests; this suite covers the numbering, footnote, cross-reference and style rules.
 */
export const OTHER_FEATURE_CODE = /^citation-/;

export function inScope(diagnostic: Diagnostic): boolean {
  return !OTHER_FEATURE_CODE.test(String(diagnostic.code));
}

/** Severity numbers of the LSP for the rule settings. */
export const SEVERITY_NUMBER: Readonly<Record<string, number>> = { error: 1, warning: 2, information: 3, hint: 4 };

/** "code@line" (1-based lines, for readable assertion messages). */
export function describe(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);
}
