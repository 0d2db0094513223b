/** Tree traversal helpers shared by the features. */
import type { SyntaxNode } from './nodes';
import { isSpace, normalizeSpace } from '../text/chars';

/** Visits every node in document order with its ancestors (outermost first). */
export function walk(root: SyntaxNode, visit: (node: SyntaxNode, ancestors: readonly SyntaxNode[]) => void): void {
  const ancestors: SyntaxNode[] = [];
  const go = (node: SyntaxNode): void => {
    visit(node, ancestors);
    ancestors.push(node);
    for (let i = 0; i < node.children.length; i++) go(node.children[i]);
    ancestors.pop();
  };
  go(root);
}

/** The innermost node of one of `kinds` containing `offset`. */
export function nodeAt(root: SyntaxNode, offset: number, kinds?: ReadonlySet<SyntaxNode['kind']>): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  let node: SyntaxNode | undefined = root;
  while (node) {
    if (!kinds || kinds.has(node.kind)) found = node;
    node = node.children.find((child) => child.start <= offset && offset < child.end);
  }
  return found;
}

/**
 * The text of a node that belongs to it: without its label, sub-paragraphs, page headers or
 * footnotes (a page break counts as a space). `limit` bounds how much of it is read, for names
 * and quotes; page headers do not count against it.
 */
export function ownText(node: SyntaxNode, text: string, limit = Infinity): string {
  let position = node.contentStart ?? node.start;
  let out = '';
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    if (out.length >= limit) return out;
    if (child.end <= position) continue;
    if (child.start >= node.end) break;
    out += textUpTo(text, position, child.start, limit - out.length);
    // A text cut at the limit ends there: no space after it, and no copy to append one.
    if (out.length >= limit) return out;
    out += ' ';
    if (child.kind !== 'artefact' && child.kind !== 'footnote' && child.kind !== 'footnotes') return out;
    position = Math.max(position, child.end);
  }
  return out.length < limit ? out + textUpTo(text, position, node.end, limit - out.length) : out;
}

/** The text from `position` to `to`, at most `room` characters of it. */
function textUpTo(text: string, position: number, to: number, room: number): string {
  return text.slice(position, Math.max(position, Math.min(to, position + room)));
}

/** The node's own text on one line, white space collapsed. */
export function ownWords(node: SyntaxNode, text: string, limit = Infinity): string {
  return normalizeSpace(ownText(node, text, limit));
}

/** Offset just past the last character of the node's own text that is not white space. */
export function ownTextEnd(node: SyntaxNode, text: string): number {
  const floor = node.contentStart ?? node.start;
  const firstChild = node.children.find((child) => !isInterruption(child) && child.start >= floor);
  return textEndBefore(node, text, firstChild ? firstChild.start : node.end);
}

/**
 * Offset just past the last character of the node's own text before `at` that is not white space.
 * A page break there leaves page furniture (or the page's notes), which is not where the text ends:
 * the text before it is read, as between a paragraph and its first sub-paragraph, or between an
 * item's ";" and its "and" on the next page.
 */
export function textEndBefore(node: SyntaxNode, text: string, at: number): number {
  const floor = node.contentStart ?? node.start;
  for (let end = at, interruption: SyntaxNode | undefined; ; end = interruption.start) {
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
    interruption = node.children.find((child) => isInterruption(child) && child.start >= floor && child.start < end && child.end >= end);
    if (!interruption) return end;
  }
}

/** What a page break puts into a paragraph: page furniture, and the notes at the page's foot. */
function isInterruption(node: SyntaxNode): boolean {
  return node.kind === 'artefact' || node.kind === 'footnote' || node.kind === 'footnotes';
}
