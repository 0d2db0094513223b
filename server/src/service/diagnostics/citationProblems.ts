/** Citation checks as problems, with the quick fix that writes the catalogue's date. */
import type { Catalog } from '../citations/catalog';
import { checkCitations } from '../citations/checks';
import type { Citation } from '../citations/types';
import type { Problem } from './problem';
import type { SyntaxNode } from '../syntax/nodes';

/**
 * Problems of the citations in the text itself: a running page header ("A/RES/77/205" atop each
 * page of a PDF copy) or a masthead cites nothing, whatever symbol it prints.
 */
export function citationProblems(root: SyntaxNode, citations: readonly Citation[], catalog: Catalog | undefined, today: Date): Problem[] {
  const outside = outsideArtefacts(root);
  return checkCitations(citations.filter((citation) => outside(citation.start)), catalog, today).map((problem) => {
    const replacement = typeof problem.data.replacement === 'string' ? problem.data.replacement : undefined;
    return {
      code: problem.code,
      start: problem.start,
      end: problem.end,
      message: problem.message,
      fixes: replacement ? () => [{ title: `Change the date to ${replacement}`, edits: [{ start: problem.start, end: problem.end, newText: replacement }], preferred: true }] : undefined,
    };
  });
}

/** A test of offsets, asked in ascending order, for lying outside every artefact of the tree. */
function outsideArtefacts(root: SyntaxNode): (offset: number) => boolean {
  const ranges: Array<[number, number]> = [];
  const visit = (node: SyntaxNode): void => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.kind === 'artefact') ranges.push([child.start, child.end]);
      else visit(child);
    }
  };
  visit(root);
  ranges.sort((a, b) => a[0] - b[0]);
  let next = 0;
  return (offset) => {
    while (next < ranges.length && ranges[next][1] <= offset) next++;
    return !(next < ranges.length && ranges[next][0] <= offset);
  };
}
