/**
 * The tree of a session's compilation: the trees of its resolutions, each parsed alone from its
 * own text (sessions.ts), moved to where that text stands in the whole and laid side by side
 * under one document, as the resolutions of a volume follow each other.
 */
import type { ResolutionTree, SyntaxNode } from './nodes';

/** One resolution's tree, with offsets from its own start, and where it stands in the whole text. */
export interface TreeSegment {
  readonly start: number;
  readonly tree: ResolutionTree;
}

export function mergeSessionTrees(text: string, segments: readonly TreeSegment[]): ResolutionTree {
  const root: SyntaxNode = { kind: 'document', start: 0, end: text.length, children: [] };
  for (const { start, tree } of segments) {
    for (const child of tree.root.children) root.children.push(shifted(child, start));
  }
  const organ = segments.find((segment) => segment.tree.organ !== 'unknown')?.tree.organ ?? 'unknown';
  return { text, root, organ, symbol: segments[0]?.tree.symbol };
}

/** A copy of the node and everything under it, `delta` further on in the text. */
export function shifted(node: SyntaxNode, delta: number): SyntaxNode {
  const copy: SyntaxNode = { ...shiftedSpan(node, delta), children: node.children.map((child) => shifted(child, delta)) };
  if (node.contentStart !== undefined) copy.contentStart = node.contentStart + delta;
  if (node.label) copy.label = shiftedSpan(node.label, delta);
  return copy;
}

/** A copy of anything with a start and an end in the text (a marker, an edit, a problem), `delta` further on. */
export function shiftedSpan<T extends { readonly start: number; readonly end: number }>(span: T, delta: number): T {
  return { ...span, start: span.start + delta, end: span.end + delta };
}
