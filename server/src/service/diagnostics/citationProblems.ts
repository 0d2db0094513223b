/** Citation checks as problems, with the quick fix that writes the catalogue's date. */
import type { Catalog } from '../citations/catalog';
import { checkCitations } from '../citations/checks';
import type { Citation } from '../citations/types';
import type { Problem } from './problem';

export function citationProblems(citations: readonly Citation[], catalog: Catalog | undefined, today: Date): Problem[] {
  return checkCitations(citations, catalog, today).map((problem) => {
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
