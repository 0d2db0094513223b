/**
 * The Outline, folding and smart selection of a session's compilation: each resolution's own,
 * moved to its lines. In the Outline each resolution is gathered under its title ("54/17.
 * Contribution of ...", or the heading of a statement or a draft), so that a volume of many
 * resolutions reads as a list of them, each unfolding into its preamble and paragraphs, and the
 * breadcrumbs say which resolution the cursor is in. A resolution's folds are kept with it, so
 * after an edit only the edited resolution's are computed again.
 */
import type { DocumentSymbol, FoldingRange, Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parsedDocument';
import { outline } from './outline';
import { foldingRanges } from './folding';
import { selectionRanges } from './selectionRanges';

/** SymbolKind.File, the kind of a title. */
const TITLE_KIND = 1;
/** SymbolKind.String, for a resolution named by its heading. */
const HEADING_KIND = 15;

export function sessionOutline(doc: ParsedDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  doc.segments.forEach(({ resolution }, i) => {
    const line = doc.segmentLines[i];
    // Not kept with the resolution: names and first words of every paragraph would hold some
    // 2 MB per MB of text for as long as the document is open.
    const symbols = outline(resolution.tree, resolution.lines).map((symbol) => movedSymbol(symbol, line));
    const container = holder(symbols, resolution.tree.root.children.find((node) => node.kind === 'heading')?.name, line);
    if (container) out.push(container);
    else out.push(...symbols);
  });
  return out;
}

/** Each resolution's folds, moved to its lines, and one fold over each whole resolution. */
export function sessionFoldingRanges(doc: ParsedDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  doc.segments.forEach(({ resolution }, i) => {
    const line = doc.segmentLines[i];
    const { text } = resolution.tree;
    const last = resolution.lines.positionAt(text.trimEnd().length).line;
    if (last > 0) out.push({ startLine: line, endLine: line + last, kind: 'region' });
    for (const range of resolution.memo('folding', () => foldingRanges(resolution.tree, resolution.lines))) out.push({ ...range, startLine: range.startLine + line, endLine: range.endLine + line });
  });
  return out;
}

/** Smart selection inside the resolution at each position, then the whole text. */
export function sessionSelectionRanges(doc: ParsedDocument, positions: readonly Position[]): SelectionRange[] {
  const whole: SelectionRange = { range: doc.lines.rangeOf(0, doc.text.length) };
  return positions.map((position) => {
    const { resolution, line } = doc.resolutionAtLine(position.line);
    const [local] = selectionRanges(resolution.tree, resolution.lines, [{ line: position.line - line, character: position.character }]);
    return movedSelection(local, line, whole);
  });
}

function movedSelection(selection: SelectionRange, lines: number, outermost: SelectionRange): SelectionRange {
  return { range: movedRange(selection.range, lines), parent: selection.parent ? movedSelection(selection.parent, lines, outermost) : outermost };
}

/**
 * The symbol a resolution's symbols go under: its title, or else one named by its heading line
 * (on the resolution's first line); none when it has neither.
 */
function holder(symbols: DocumentSymbol[], heading: string | undefined, line: number): DocumentSymbol | undefined {
  if (symbols.length === 0) return undefined;
  const title = symbols.find((symbol) => symbol.kind === TITLE_KIND);
  const rest = symbols.filter((symbol) => symbol !== title);
  // From the resolution's first line (its masthead or heading), so the breadcrumbs name it there too.
  const firstLine = { start: { line, character: 0 }, end: { line, character: 0 } };
  const range = spanning([{ range: firstLine }, ...symbols]);
  if (title) return { ...title, range, children: [...(title.children ?? []), ...rest] };
  if (!heading) return undefined;
  return { name: heading, kind: HEADING_KIND, range, selectionRange: firstLine, children: rest };
}

function spanning(symbols: ReadonlyArray<{ range: Range }>): Range {
  let { start, end } = symbols[0].range;
  for (const { range } of symbols) {
    if (before(range.start, start)) start = range.start;
    if (before(end, range.end)) end = range.end;
  }
  return { start, end };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function movedSymbol(symbol: DocumentSymbol, lines: number): DocumentSymbol {
  const moved: DocumentSymbol = { ...symbol, range: movedRange(symbol.range, lines), selectionRange: movedRange(symbol.selectionRange, lines) };
  if (symbol.children) moved.children = symbol.children.map((child) => movedSymbol(child, lines));
  return moved;
}

function movedRange(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}
