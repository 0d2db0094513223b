/**
 * The pure language service: parser and features over plain text, with no editor or transport
 * code, so the language server, the command line and the tests share it. What it needs from the
 * outside (the catalogue, the workspace index, today's date) is injected.
 */
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SelectionRange,
  SymbolInformation,
} from 'vscode-languageserver-types';
import { ParsedDocument, parseDocument } from './parsedDocument';
import { outline } from './features/outline';
import { foldingRanges } from './features/folding';
import { sessionFoldingRanges, sessionOutline, sessionSelectionRanges } from './features/sessionOutline';
import { selectionRanges } from './features/selectionRanges';
import { hover } from './features/hover';
import { documentLinks } from './features/links';
import { definition, references } from './features/navigation';
import { documentHighlights } from './features/highlights';
import { workspaceSymbols } from './features/workspaceSymbols';
import { completion } from './features/completion';
import { codeActions, normalizeEdits, resolveSeverities, toDiagnostics, type CodeActionContext, type OffsetEdit } from './diagnostics';
import type { Catalog } from './citations/catalog';
import type { WorkspaceIndex } from './workspace/workspaceIndex';
import { resolutionEntry, summarize, summarizeText, type DocumentSummary } from './workspace/documentSummary';

export type { ResolutionTree, SyntaxNode } from './syntax/nodes';
export { parseResolution } from './syntax/parser';
export { LineIndex } from './text/lineIndex';
export { ParsedDocument } from './parsedDocument';
export { RULES, RULE_CODES, resolveSeverities, SOURCE } from './diagnostics';
export type { OffsetEdit, CodeActionContext } from './diagnostics';
export { createCatalog, Catalog } from './citations/catalog';
export { WorkspaceIndex } from './workspace/workspaceIndex';
export type { DocumentSummary } from './workspace/documentSummary';

export interface ServiceOptions {
  /** The catalogue of resolutions, loaded lazily by its loader. */
  readonly catalog?: Catalog;
  /** The index of the workspace's resolution files. */
  readonly workspace?: WorkspaceIndex;
  /** Today's date (tests fix it). */
  readonly today?: () => Date;
}

type Input = string | ParsedDocument;

export interface LanguageService {
  /**
   * Parses a text. Given the document's previous version, the resolutions of a session whose text
   * did not change are reused from it, with their checks.
   */
  parse(text: string, previous?: ParsedDocument): ParsedDocument;
  outline(input: Input): DocumentSymbol[];
  foldingRanges(input: Input): FoldingRange[];
  selectionRanges(input: Input, positions: readonly Position[]): SelectionRange[];
  /** Diagnostics with the user's severities (`{ code: severity | "off" }`; unknown entries are ignored). */
  diagnostics(input: Input, severities?: unknown, uri?: string): Diagnostic[];
  codeActions(input: Input, range: Range, context: CodeActionContext, only?: readonly string[]): CodeAction[];
  /** Every numbering repair at once: what "Fix all numbering" applies. */
  fixAllNumbering(input: Input): OffsetEdit[];
  /** Renumbers the operative paragraphs of the scope holding `position` (with their cross-references). */
  renumber(input: Input, position: Position): OffsetEdit[];
  hover(input: Input, position: Position): Hover | null;
  documentLinks(input: Input): DocumentLink[];
  definition(input: Input, uri: string, position: Position): Location[];
  references(input: Input, uri: string, position: Position, includeDeclaration?: boolean): Location[];
  /** Where the text speaks of the item at `position`: the item itself (written) and its mentions (read). */
  documentHighlights(input: Input, position: Position): DocumentHighlight[];
  workspaceSymbols(query: string): SymbolInformation[];
  completion(input: Input, position: Position): CompletionList;
  /** What the workspace index keeps of a file. */
  summarize(input: Input, uri: string): DocumentSummary;
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

export { parseDocument };

export function createLanguageService(options: ServiceOptions = {}): LanguageService {
  const context = { catalog: options.catalog, today: options.today };
  const parse = (text: string, previous?: ParsedDocument): ParsedDocument => parseDocument(text, context, previous);
  const parsed = (input: Input): ParsedDocument => (typeof input === 'string' ? parse(input) : input);
  return {
    parse,
    outline: (input) => {
      const doc = parsed(input);
      return doc.segments.length > 1 ? sessionOutline(doc) : outline(doc.tree, doc.lines);
    },
    foldingRanges: (input) => {
      const doc = parsed(input);
      return doc.segments.length > 1 ? sessionFoldingRanges(doc) : foldingRanges(doc.tree, doc.lines);
    },
    selectionRanges: (input, positions) => {
      const doc = parsed(input);
      return doc.segments.length > 1 ? sessionSelectionRanges(doc, positions) : selectionRanges(doc.tree, doc.lines, positions);
    },
    diagnostics: (input, severities, uri) => {
      const doc = parsed(input);
      return toDiagnostics(doc.analysis, doc.lines, resolveSeverities(severities), uri);
    },
    codeActions: (input, range, actionContext, only) => {
      const doc = parsed(input);
      return codeActions(doc.analysis, doc.lines, range, actionContext, only);
    },
    fixAllNumbering: (input) => parsed(input).analysis.fixAllNumbering(),
    renumber: (input, position) => {
      const doc = parsed(input);
      return doc.analysis.renumberAt(doc.lines.offsetAt(position));
    },
    hover: (input, position) => hover(parsed(input), position, { catalog: options.catalog, workspace: options.workspace }),
    documentLinks: (input) => documentLinks(parsed(input)),
    definition: (input, uri, position) => definition(parsed(input), uri, position, options.workspace),
    references: (input, uri, position, includeDeclaration = true) => references(parsed(input), uri, position, options.workspace, includeDeclaration),
    documentHighlights: (input, position) => documentHighlights(parsed(input), position),
    completion: (input, position) => {
      // In a session, what comes next is read in the resolution at the cursor.
      const { resolution, line } = parsed(input).resolutionAtLine(position.line);
      return completion(resolution.alone, { line: position.line - line, character: position.character }, { catalog: options.catalog, workspace: options.workspace });
    },
    workspaceSymbols: (query) => (options.workspace ? workspaceSymbols(options.workspace, query) : []),
    summarize: (input, uri) => {
      if (typeof input === 'string') return summarizeText(uri, input);
      // A session's volume: its first resolution, read from its own tree, and the others after it.
      const [first, ...others] = input.segments;
      const more = others.map(({ start, resolution }) => resolutionEntry(uri, resolution.tree, input.lines, start));
      return summarize(uri, { ...first.resolution.tree, text: input.text }, input.lines, first.resolution.tree.root, more);
    },
  };
}
