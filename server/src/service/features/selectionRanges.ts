/**
 * Smart selection: from the word under the cursor, through the sub-paragraph, the paragraph,
 * the preamble or section, up to the whole document.
 */
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import type { LineIndex } from '../text/lineIndex';

export function selectionRanges(tree: ResolutionTree, lines: LineIndex, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = lines.offsetAt(position);
    const chain: Array<[number, number]> = [];
    let node: SyntaxNode | undefined = tree.root;
    while (node) {
      chain.push([node.start, node.end]);
      node = node.children.find((child) => child.start <= offset && offset <= child.end);
    }
    const word = wordAt(tree.text, offset);
    if (word) chain.push(word);
    let range: SelectionRange | undefined;
    let last: [number, number] | undefined;
    for (const [start, end] of chain) {
      if (last && last[0] === start && last[1] === end) continue;
      range = { range: lines.rangeOf(start, end), parent: range };
      last = [start, end];
    }
    return range!;
  });
}

/** The word at the offset, keeping symbols such as A/RES/67/15 whole. */
function wordAt(text: string, offset: number): [number, number] | undefined {
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}/.\-]/u.test(ch);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  while (end > start && end > offset && /[.\-]/.test(text[end - 1])) end--;
  return end > start ? [start, end] : undefined;
}
