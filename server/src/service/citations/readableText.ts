/**
 * The text the citation recognizer reads: the document's text with the page furniture that
 * interrupts a paragraph (a running header, a job number, a page number) blanked out. A PDF copy
 * breaks pages mid-sentence: "... of the United Nations Environment" + header + "Assembly, in
 * paragraph 1 of its resolution 5/14" must still name the Environment Assembly, and a list of
 * resolutions must run on across the break. Offsets are kept: the furniture, with the blank
 * lines around it, becomes spaces, so that "... and its" + page break + "decision 51/101" reads as
 * one line (a blank line would end the paragraph, and the topic of its sentence).
 */
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import { isSpace } from '../text/chars';

export function readableText(tree: ResolutionTree): string {
  const ranges: Array<[number, number]> = [];
  collectInterruptions(tree.root, false, ranges);
  if (ranges.length === 0) return tree.text;
  const text = tree.text;
  const parts: string[] = [];
  let position = 0;
  for (const [artefactStart, artefactEnd] of ranges) {
    // (The white space after one piece of furniture may reach into the next: a header under a footer.)
    if (artefactEnd <= position) continue;
    let start = Math.max(artefactStart, position);
    while (start > position && isSpace(text.charCodeAt(start - 1))) start--;
    let end = artefactEnd;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    parts.push(text.slice(position, start), ' '.repeat(end - start));
    position = end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** Artefacts inside a paragraph (not those between paragraphs: mastheads and headers there part nothing), in order. */
function collectInterruptions(node: SyntaxNode, inParagraph: boolean, ranges: Array<[number, number]>): void {
  const paragraph = inParagraph || PARAGRAPHS.has(node.kind);
  for (const child of node.children) {
    if (child.kind === 'artefact') {
      if (paragraph) ranges.push([child.start, child.end]);
    } else {
      collectInterruptions(child, paragraph, ranges);
    }
  }
}

const PARAGRAPHS = new Set<SyntaxNode['kind']>(['preambular', 'operative', 'subparagraph', 'paragraph', 'text', 'footnote']);
