/**
 * The pure language service: parser and features over plain text, with no editor or transport
 * code, so the language server, the command line and the tests share it.
 */
import type { DocumentSymbol, FoldingRange, SelectionRange, Position } from 'vscode-languageserver-types';
import { parseResolution } from './syntax/parser';
import type { ResolutionTree } from './syntax/nodes';
import { LineIndex } from './text/lineIndex';
import { outline } from './features/outline';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';

export type { ResolutionTree, SyntaxNode } from './syntax/nodes';
export { parseResolution } from './syntax/parser';
export { LineIndex } from './text/lineIndex';

/** A parsed document with its line index, computed once per text version. */
export interface ParsedDocument {
  readonly tree: ResolutionTree;
  readonly lines: LineIndex;
}

export function parseDocument(text: string): ParsedDocument {
  return { tree: parseResolution(text), lines: new LineIndex(text) };
}

export interface LanguageService {
  parse(text: string): ParsedDocument;
  outline(input: string | ParsedDocument): DocumentSymbol[];
  foldingRanges(input: string | ParsedDocument): FoldingRange[];
  selectionRanges(input: string | ParsedDocument, positions: readonly Position[]): SelectionRange[];
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
  };
}
