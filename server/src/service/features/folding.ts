/**
 * Folding ranges: the preamble, each paragraph with its sub-paragraphs, sections, parts,
 * annexes, embedded drafts and footnotes. Only nodes that span more than one line fold.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import type { LineIndex } from '../text/lineIndex';

const FOLDABLE = new Set<SyntaxNode['kind']>(['preamble', 'preambular', 'operative', 'subparagraph', 'section', 'part', 'annex', 'embedded', 'footnotes', 'paragraph']);

export function foldingRanges(tree: ResolutionTree, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: SyntaxNode): void => {
    if (FOLDABLE.has(node.kind)) {
      const startLine = lines.positionAt(node.start).line;
      const endLine = lines.positionAt(trimEnd(tree.text, node.start, node.end)).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: node.kind === 'footnotes' ? 'comment' : 'region' });
    }
    for (const child of node.children) visit(child);
  };
  visit(tree.root);
  return ranges;
}

/** Trailing line breaks do not count: a paragraph ending at a newline ends on its own line. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
