/**
 * The pure language service: parser and features over plain text, with no editor or transport
 * code, so the language server, the command line and the tests share it.
 */
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, SelectionRange, Position, Range } from 'vscode-languageserver-types';
import { parseResolution } from './syntax/parser';
import type { ResolutionTree } from './syntax/nodes';
import { LineIndex } from './text/lineIndex';
import { outline } from './features/outline';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { Analysis, codeActions, normalizeEdits, resolveSeverities, toDiagnostics, type CodeActionContext, type OffsetEdit } from './diagnostics';
import type { SeveritySetting } from './diagnostics/rules';

export type { ResolutionTree, SyntaxNode } from './syntax/nodes';
export { parseResolution } from './syntax/parser';
export { LineIndex } from './text/lineIndex';

export { RULES, RULE_CODES, resolveSeverities, SOURCE } from './diagnostics';
export type { OffsetEdit, CodeActionContext } from './diagnostics';

/** A parsed document with its line index, computed once per text version; checks run on first need. */
export class ParsedDocument {
  private analysisCache: Analysis | undefined;
  readonly lines: LineIndex;

  constructor(readonly tree: ResolutionTree) {
    this.lines = new LineIndex(tree.text);
  }

  get analysis(): Analysis {
    return (this.analysisCache ??= new Analysis(this.tree));
  }
}

export function parseDocument(text: string): ParsedDocument {
  return new ParsedDocument(parseResolution(text));
}

export interface LanguageService {
  parse(text: string): ParsedDocument;
  outline(input: string | ParsedDocument): DocumentSymbol[];
  foldingRanges(input: string | ParsedDocument): FoldingRange[];
  selectionRanges(input: string | ParsedDocument, positions: readonly Position[]): SelectionRange[];
  /** Diagnostics with the user's severities (`{ code: severity | "off" }`; unknown entries are ignored). */
  diagnostics(input: string | ParsedDocument, severities?: unknown, uri?: string): Diagnostic[];
  codeActions(input: string | ParsedDocument, range: Range, context: CodeActionContext, only?: readonly string[]): CodeAction[];
  /** Every numbering repair at once: what "Fix all numbering" applies. */
  fixAllNumbering(input: string | ParsedDocument): OffsetEdit[];
  /** Renumbers the operative paragraphs of the scope holding `position` (with their cross-references). */
  renumber(input: string | ParsedDocument, position: Position): OffsetEdit[];
}

/** Applies offset edits to a text (for the command line and tests). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let position = 0;
  for (const edit of normalizeEdits(edits)) {
    out += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return out + text.slice(position);
}

export function createLanguageService(): LanguageService {
  const parsed = (input: string | ParsedDocument): ParsedDocument => (typeof input === 'string' ? parseDocument(input) : input);
  return {
    parse: parseDocument,
    outline: (input) => {
      const doc = parsed(input);
      return outline(doc.tree, doc.lines);
    },
    foldingRanges: (input) => {
      const doc = parsed(input);
      return foldingRanges(doc.tree, doc.lines);
    },
    selectionRanges: (input, positions) => {
      const doc = parsed(input);
      return selectionRanges(doc.tree, doc.lines, positions);
    },
    diagnostics: (input, severities, uri) => {
      const doc = parsed(input);
      const resolved: Map<string, SeveritySetting> = resolveSeverities(severities);
      return toDiagnostics(doc.analysis, doc.lines, resolved, uri);
    },
    codeActions: (input, range, context, only) => {
      const doc = parsed(input);
      return codeActions(doc.analysis, doc.lines, range, context, only);
    },
    fixAllNumbering: (input) => parsed(input).analysis.fixAllNumbering(),
    renumber: (input, position) => {
      const doc = parsed(input);
      const run = doc.analysis.runAt(doc.lines.offsetAt(position));
      return run ? normalizeEdits(doc.analysis.renumbering.runEdits(run)) : [];
    },
  };
}
