/**
 * Every check of a document, run once per version: numbering, sub-paragraphs, footnotes, internal
 * cross-references, citations against the catalogue, punctuation and part of speech.
 */
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import { nodeAt } from '../syntax/walk';
import type { OffsetEdit, Problem } from './problem';
import { isNegotiated, numberingRuns, runForOffset, type NumberingRun } from './numbering';
import { checkPreambularLabels } from './negotiationLabels';
import { findCrossReferences, type CrossReference } from './crossReferences';
import { Renumbering } from './renumber';
import { checkOperativeNumbering } from './operativeNumbering';
import { checkSubparagraphs, relabel, subparagraphLists } from './subparagraphChecks';
import { checkFootnotes } from './footnotes';
import { checkCrossReferences } from './crossReferenceCheck';
import { checkPartOfSpeech, checkPunctuation } from './styleChecks';
import { citationProblems } from './citationProblems';
import { normalizeEdits } from './edits';
import type { DocumentAnalysis } from './sessionAnalysis';
import type { Catalog } from '../citations/catalog';
import type { Citation } from '../citations/types';

export interface AnalysisContext {
  /** The catalogue the citation checks compare dates with (none: they only check shapes). */
  readonly catalog?: Catalog;
  /** Today, which bounds what can have been adopted. */
  readonly today?: () => Date;
}

/** Codes whose fixes "Fix all numbering" applies. */
export const NUMBERING_CODES: ReadonlySet<string> = new Set([
  'operative-gap',
  'operative-duplicate',
  'operative-out-of-order',
  'operative-start',
  'operative-restart',
  'operative-unnumbered',
  'operative-number-malformed',
  'subparagraph-sequence',
  'subparagraph-mixed-style',
  'subparagraph-label-malformed',
]);

/** Above this size (UTF-16 code units) only the numbering checks run. */
export const FULL_ANALYSIS_LIMIT = 8 * 1024 * 1024;

function limitedProblem(length: number): Problem {
  const megabytes = (length / (1024 * 1024)).toFixed(0);
  return {
    code: 'analysis-limited',
    start: 0,
    end: 0,
    message: `This text is large (${megabytes} MB): numbering and cross-references are checked, but footnotes, citations and punctuation are not.`,
  };
}

const SCOPES = new Set<SyntaxNode['kind']>(['document', 'part', 'embedded']);
const ANNEX = new Set<SyntaxNode['kind']>(['annex']);

export class Analysis implements DocumentAnalysis {
  readonly runs: NumberingRun[];
  readonly references: Array<{ reference: CrossReference; run: NumberingRun | undefined }>;
  readonly renumbering: Renumbering;
  readonly problems: Problem[];

  constructor(
    readonly tree: ResolutionTree,
    citations: () => readonly Citation[] = () => [],
    context: AnalysisContext = {},
    /** The length of the whole text: a resolution of a session is checked as the session is. */
    documentLength = tree.text.length,
  ) {
    const { root, text } = tree;
    this.runs = numberingRuns(root);
    // References inside an annex speak of the annex's own paragraphs, which are not checked.
    this.references = findCrossReferences(text)
      .filter((reference) => !nodeAt(root, reference.start, ANNEX))
      .map((reference) => ({ reference, run: this.runReferredAt(reference.start) }));
    this.renumbering = new Renumbering(text, this.runs, this.references);
    // A whole session's compilation is checked for numbering; the finer checks would cost seconds.
    const limited = documentLength > FULL_ANALYSIS_LIMIT;
    this.problems = [
      ...checkOperativeNumbering(this.runs, text, this.renumbering),
      ...checkPreambularLabels(root),
      ...checkSubparagraphs(root, text),
      ...checkCrossReferences(this.references),
      ...(limited
        ? [limitedProblem(documentLength)]
        : [
            ...checkFootnotes(root, text),
            ...citationProblems(root, citations(), context.catalog, context.today?.() ?? new Date()),
            ...checkPunctuation(root, text),
            ...checkPartOfSpeech(root, text),
          ]),
    ].sort((a, b) => a.start - b.start);
  }

  /** The numbering that "paragraph N" written at `offset` speaks of (see runForOffset). */
  runReferredAt(offset: number): NumberingRun | undefined {
    return runForOffset(this.runs, nodeAt(this.tree.root, offset, SCOPES), offset);
  }

  /** The run that holds the paragraph at `offset` (or the first one), for the Renumber command. */
  runAt(offset: number): NumberingRun | undefined {
    const runs = this.runs.filter((run) => !isNegotiated(run));
    return runForOffset(runs, nodeAt(this.tree.root, offset, SCOPES), offset) ?? runs[0];
  }

  renumberAt(offset: number): OffsetEdit[] {
    const run = this.runAt(offset);
    return run ? normalizeEdits(this.renumbering.runEdits(run)) : [];
  }

  /** One edit that fixes every numbering problem: runs renumbered, labels repaired, lists relettered. */
  fixAllNumbering(): OffsetEdit[] {
    let edits: OffsetEdit[] = [];
    // Where the numbering problems are, as a sorted list of offsets, so each run or list is looked up once.
    const at = this.problems.filter((problem) => NUMBERING_CODES.has(problem.code)).map((problem) => problem.start);
    const anyWithin = (start: number, end: number): boolean => {
      let low = 0;
      let high = at.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (at[mid] < start) low = mid + 1;
        else high = mid;
      }
      return low < at.length && at[low] < end;
    };
    for (const run of this.runs) {
      if (isNegotiated(run)) continue;
      const first = run.paragraphs[0];
      const last = run.paragraphs[run.paragraphs.length - 1];
      if (first && anyWithin(first.start, last.end)) edits = edits.concat(this.renumbering.runEdits(run));
    }
    for (const list of subparagraphLists(this.tree.root)) {
      if (list.some((item) => anyWithin(item.label!.start, item.label!.end))) edits = edits.concat(relabel(list));
    }
    return normalizeEdits(edits);
  }

}
