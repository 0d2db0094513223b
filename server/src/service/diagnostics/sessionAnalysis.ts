/**
 * The checks of a session's compilation: each resolution is checked on its own (its numbering,
 * footnotes and cross-references are its own), and the problems and fixes are moved to where
 * that resolution stands in the whole text. A resolution whose text did not change keeps its
 * checks from the last version, so an edit re-checks only the resolution it falls in.
 */
import type { Analysis } from './analysis';
import type { Fix, OffsetEdit, Problem } from './problem';
import { normalizeEdits } from './edits';
import { shiftedSpan } from '../syntax/sessionTree';

/** What the service asks of the checks of a document, one resolution or many. */
export interface DocumentAnalysis {
  /** Every problem, sorted by offset. */
  readonly problems: readonly Problem[];
  /** One edit that fixes every numbering problem. */
  fixAllNumbering(): OffsetEdit[];
  /** The edits that renumber the run of paragraphs at `offset` (the Renumber command). */
  renumberAt(offset: number): OffsetEdit[];
}

/** One resolution's checks, and where its text starts in the whole. */
export interface AnalysedPart {
  readonly start: number;
  readonly analysis: Analysis;
}

export class SessionAnalysis implements DocumentAnalysis {
  private problemsCache: Problem[] | undefined;

  /** `parts` in text order, the first at offset 0. */
  constructor(private readonly parts: readonly AnalysedPart[]) {}

  get problems(): Problem[] {
    if (this.problemsCache) return this.problemsCache;
    const problems: Problem[] = [];
    let limitedSaid = false;
    for (const { start, analysis } of this.parts) {
      for (const problem of analysis.problems) {
        // Said once for the whole text, where the text starts.
        if (problem.code === 'analysis-limited') {
          if (limitedSaid) continue;
          limitedSaid = true;
        }
        problems.push(start === 0 ? problem : shiftedProblem(problem, start));
      }
    }
    return (this.problemsCache = problems);
  }

  fixAllNumbering(): OffsetEdit[] {
    return normalizeEdits(this.parts.flatMap(({ start, analysis }) => shiftedEdits(analysis.fixAllNumbering(), start)));
  }

  renumberAt(offset: number): OffsetEdit[] {
    const part = partAt(this.parts, offset);
    return shiftedEdits(part.analysis.renumberAt(offset - part.start), part.start);
  }
}

/** The part whose text holds the offset (the last one starting at or before it). */
export function partAt<T extends { readonly start: number }>(parts: readonly T[], offset: number): T {
  return parts[lastAtOrBefore(parts.length, (i) => parts[i].start, offset)];
}

/** In a list sorted by `keyAt` (at least one item), the index of the last item whose key is at or before `value` (0 if none). */
export function lastAtOrBefore(length: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (keyAt(mid) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

function shiftedProblem(problem: Problem, delta: number): Problem {
  const { fixes, related } = problem;
  return {
    ...shiftedSpan(problem, delta),
    related: related?.map((place) => shiftedSpan(place, delta)),
    fixes: fixes && ((): Fix[] => fixes().map((fix) => ({ ...fix, edits: shiftedEdits(fix.edits, delta) }))),
  };
}

function shiftedEdits(edits: readonly OffsetEdit[], delta: number): OffsetEdit[] {
  return edits.map((edit) => shiftedSpan(edit, delta));
}
