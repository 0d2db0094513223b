/**
 * The labels of a draft under negotiation ("PP3", "OP5", "OP5 bis", "OP3 alt"). They stay through
 * the rounds: a paragraph dropped leaves its number unused, and an inserted one takes "bis" or
 * "alt". What is wrong is a label used twice, or a number lower than one before it. No
 * renumbering is offered: it would rewrite the numbers the delegations refer to.
 */
import type { SyntaxNode } from '../syntax/nodes';
import type { Problem } from './problem';

type Part = 'preambular' | 'operative';

const CODES: Record<Part, { duplicate: string; outOfOrder: string }> = {
  operative: { duplicate: 'operative-duplicate', outOfOrder: 'operative-out-of-order' },
  preambular: { duplicate: 'preambular-label', outOfOrder: 'preambular-label' },
};

/** Checks labelled paragraphs of one part, in document order. */
export function checkNegotiatedLabels(labelled: readonly SyntaxNode[], part: Part, problems: Problem[]): void {
  const codes = CODES[part];
  const seen = new Map<string, SyntaxNode>();
  let highest: SyntaxNode | undefined;
  for (const paragraph of labelled) {
    const label = paragraph.label!;
    const at = { start: label.start, end: label.end };
    const first = seen.get(label.normalized);
    if (first) {
      problems.push({
        code: codes.duplicate,
        ...at,
        message: `${label.normalized} is used twice.`,
        related: [{ start: first.label!.start, end: first.label!.end, message: `${label.normalized} is first used here.` }],
      });
    } else if (highest && label.value < highest.label!.value) {
      problems.push({ code: codes.outOfOrder, ...at, message: `${label.normalized} comes after ${highest.label!.normalized}: the numbers are out of order.` });
    }
    if (!first) seen.set(label.normalized, paragraph);
    if (!highest || label.value > highest.label!.value) highest = paragraph;
  }
}

const SCOPES = new Set<SyntaxNode['kind']>(['document', 'part', 'embedded']);

/** The labelled preambular paragraphs of each scope (document, part, embedded draft), checked as one list. */
export function checkPreambularLabels(root: SyntaxNode): Problem[] {
  const problems: Problem[] = [];
  const visit = (scope: SyntaxNode): void => {
    const labelled: SyntaxNode[] = [];
    const collect = (node: SyntaxNode): void => {
      for (const child of node.children) {
        if (SCOPES.has(child.kind)) visit(child);
        else if (child.kind === 'preambular') {
          if (child.label?.style === 'negotiation') labelled.push(child);
        } else if (child.kind === 'preamble' || child.kind === 'section') collect(child);
      }
    };
    collect(scope);
    checkNegotiatedLabels(labelled, 'preambular', problems);
  };
  visit(root);
  return problems;
}
