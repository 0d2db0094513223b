/**
 * The numbering sequences of operative paragraphs. A sequence belongs to a numbering scope
 * (the document, a part, an embedded draft); it may restart at 1 only where a section heading
 * begins (Fifth Committee style, FORMAT_SPEC §5). Annexes are their own world and are left out:
 * declarations and programmes there number as they please.
 */
import type { SyntaxNode } from '../syntax/nodes';

export interface NumberingRun {
  /** The scope the paragraphs are numbered in. */
  readonly scope: SyntaxNode;
  /** Operative paragraphs in document order, numbered or not. */
  readonly paragraphs: SyntaxNode[];
  /** The node each paragraph is a child of (its section, or the scope). */
  readonly parents: Map<SyntaxNode, SyntaxNode>;
}

const SCOPES = new Set<SyntaxNode['kind']>(['document', 'part', 'embedded']);
const SKIPPED = new Set<SyntaxNode['kind']>(['annex']);

/** Splits every scope's operative paragraphs into runs that legitimately number from 1. */
export function numberingRuns(root: SyntaxNode): NumberingRun[] {
  const runs: NumberingRun[] = [];
  const collect = (scope: SyntaxNode): void => {
    let run: NumberingRun | undefined;
    /** The section of the last numbered paragraph: a "1." in another section starts afresh. */
    let numberedSection: SyntaxNode | undefined;
    const visit = (node: SyntaxNode, currentSection: SyntaxNode | undefined): void => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (SCOPES.has(child.kind)) {
          collect(child);
          continue;
        }
        if (SKIPPED.has(child.kind)) continue;
        if (child.kind === 'section') {
          visit(child, child);
          continue;
        }
        if (child.kind !== 'operative') continue;
        const restartsHere = child.label?.value === 1 && run !== undefined && run.paragraphs.some((p) => p.label) && currentSection !== numberedSection;
        if (!run || restartsHere) runs.push((run = { scope, paragraphs: [], parents: new Map() }));
        if (child.label) numberedSection = currentSection;
        run.paragraphs.push(child);
        run.parents.set(child, node);
      }
    };
    visit(scope, undefined);
  };
  collect(root);
  return runs;
}

/**
 * Whether the run is numbered with negotiation labels ("OP5", "OP5 bis"): numbers kept through the
 * rounds, which no renumbering may rewrite.
 */
export function isNegotiated(run: NumberingRun): boolean {
  return run.paragraphs.some((paragraph) => paragraph.label?.style === 'negotiation');
}

/** The operative paragraph that holds each label value in a run (first occurrence). */
export function byNumber(run: NumberingRun): Map<number, SyntaxNode> {
  const map = new Map<number, SyntaxNode>();
  for (const paragraph of run.paragraphs) {
    if (paragraph.label && !map.has(paragraph.label.value)) map.set(paragraph.label.value, paragraph);
  }
  return map;
}

/**
 * The run a reference at `offset` means by "paragraph N": the run it stands in, or in the
 * preamble the run that follows in the same scope, or else the nearest run of that scope.
 */
export function runForOffset(runs: readonly NumberingRun[], scope: SyntaxNode | undefined, offset: number): NumberingRun | undefined {
  const inScope = runs.filter((run) => run.scope === scope && run.paragraphs.length > 0);
  const containing = inScope.find((run) => run.paragraphs[0].start <= offset && offset <= run.paragraphs[run.paragraphs.length - 1].end);
  if (containing) return containing;
  return inScope.find((run) => run.paragraphs[0].start > offset) ?? inScope[inScope.length - 1];
}
