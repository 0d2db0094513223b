/** Checks that "paragraph 12 above" and its kin point to paragraphs that exist, in the right direction. */
import type { SyntaxNode } from '../syntax/nodes';
import type { Problem } from './problem';
import type { CrossReference } from './crossReferences';
import { byNumber, type NumberingRun } from './numbering';

export function checkCrossReferences(references: ReadonlyArray<{ reference: CrossReference; run: NumberingRun | undefined }>): Problem[] {
  const problems: Problem[] = [];
  for (const { reference, run } of references) {
    if (!run) continue;
    const numbers = byNumber(run);
    for (const item of reference.items) {
      const wanted = item.rangeFrom !== undefined ? range(item.rangeFrom, item.number) : [item.number];
      const missing = wanted.filter((n) => !numbers.has(n));
      if (missing.length) {
        problems.push({
          code: 'cross-reference-missing',
          start: item.start,
          end: item.end,
          message: `There is no operative paragraph ${missing.join(', ')} for this reference to point to.`,
        });
        continue;
      }
      const target = numbers.get(item.number)!;
      // A paragraph with no sub-paragraphs at all may print them in a form the parser does not split: say nothing.
      if (item.sub && hasSubparagraphs(target) && !hasSubparagraph(target, item.sub)) {
        problems.push({
          code: 'cross-reference-missing',
          start: item.start,
          end: item.end,
          message: `Paragraph ${item.number} has no sub-paragraph ${item.sub}.`,
        });
        continue;
      }
      const wrongWay =
        (reference.direction === 'above' && target.start >= reference.start) || (reference.direction === 'below' && target.end <= reference.start);
      if (wrongWay) {
        const where = target.start >= reference.start ? 'below' : 'above';
        problems.push({
          code: 'cross-reference-direction',
          start: item.start,
          end: item.end,
          message: `Paragraph ${item.number} is ${where} this reference, but the text says "${reference.direction}".`,
          related: [{ start: target.label?.start ?? target.start, end: target.label?.end ?? target.start, message: `Paragraph ${item.number} is here.` }],
        });
      }
    }
  }
  return problems;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = Math.min(from, to); n <= Math.max(from, to) && out.length < 200; n++) out.push(n);
  return out;
}

function hasSubparagraphs(paragraph: SyntaxNode): boolean {
  return paragraph.children.some((child) => child.kind === 'subparagraph');
}

function hasSubparagraph(paragraph: SyntaxNode, sub: string): boolean {
  return paragraph.children.some((child) => child.kind === 'subparagraph' && child.label?.normalized === sub);
}
