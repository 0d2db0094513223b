/** The last steps of the tree builder: ranges grown over children, and stray footnotes placed. */
import type { SyntaxNode } from './nodes';
import type { Item } from './blocks';

/** Grows every container over its children, bottom-up, so children always lie inside parents. */
export function finish(node: SyntaxNode): void {
  for (const child of node.children) finish(child);
  node.children.sort((a, b) => a.start - b.start);
  for (const child of node.children) {
    if (child.start < node.start) node.start = child.start;
    if (child.end > node.end) node.end = child.end;
  }
}

/** Consecutive footnotes outside paragraphs form one `footnotes` group (artefacts between them are part of it). */
export function groupFootnotes(strays: SyntaxNode[], blocks: readonly Item[]): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let group: SyntaxNode | undefined;
  let blockIndex = 0;
  for (const stray of strays) {
    // Text between two footnotes (a closing, a paragraph) ends the group.
    while (blockIndex < blocks.length && blocks[blockIndex].start < stray.start) {
      if (group && blocks[blockIndex].type === 'block' && blocks[blockIndex].start >= group.end) group = undefined;
      blockIndex++;
    }
    if (stray.kind === 'footnote') {
      if (!group) out.push((group = { kind: 'footnotes', start: stray.start, end: stray.end, children: [], name: 'Footnotes' }));
      group.children.push(stray);
      group.end = stray.end;
    } else {
      if (stray.kind !== 'artefact') group = undefined;
      out.push(stray);
    }
  }
  return out;
}

/** Places a node into the deepest node that contains it, keeping siblings ordered (binary search: no quadratic cost). */
export function insert(parent: SyntaxNode, node: SyntaxNode): void {
  for (;;) {
    const children = parent.children;
    let low = 0;
    let high = children.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (children[mid].start <= node.start) low = mid + 1;
      else high = mid;
    }
    const before = children[low - 1];
    if (before && before.start <= node.start && node.end <= before.end && before.kind !== 'artefact' && before.kind !== 'footnote') {
      parent = before;
      continue;
    }
    children.splice(low, 0, node);
    return;
  }
}
