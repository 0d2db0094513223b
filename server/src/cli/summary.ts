/**
 * Counts over a run and the exit status they give:
 *   2  something could not be checked or fixed (missing, unreadable, binary, too large, write failed)
 *   1  an error-severity problem, or more warnings than --max-warnings allows
 *   0  otherwise: warnings, information and hints do not fail a run by default
 * A run with both failures and errors exits 2: its result is incomplete, which matters more.
 */
import type { FileReport } from './checkFile';

export const SEVERITY_NAMES = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;
export type SeverityName = (typeof SEVERITY_NAMES)[keyof typeof SEVERITY_NAMES];

export interface Summary {
  readonly files: number;
  readonly failures: number;
  readonly fixed: number;
  /** Files that --fix --dry-run would change. */
  readonly wouldFix: number;
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) for (const problem of report.problems) counts[SEVERITY_NAMES[problem.severity]]++;
  return {
    files: reports.length,
    failures: reports.filter((report) => report.failure).length,
    fixed: reports.filter((report) => report.fix?.written).length,
    wouldFix: reports.filter((report) => report.fix && !report.fix.written).length,
    ...counts,
  };
}

export function exitCode(summary: Summary, maxWarnings: number): 0 | 1 | 2 {
  if (summary.failures > 0) return 2;
  if (summary.error > 0 || (maxWarnings >= 0 && summary.warning > maxWarnings)) return 1;
  return 0;
}

/** "3 problems (1 error, 2 warnings) in 2 of 5 files" */
export function describeSummary(summary: Summary, filesWithProblems: number, maxWarnings: number): string {
  const total = summary.error + summary.warning + summary.information + summary.hint;
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((name) => summary[name] > 0).map((name) => plural(summary[name], name));
  let line = total === 0 ? `no problems in ${plural(summary.files, 'file')}` : `${plural(total, 'problem')} (${parts.join(', ')}) in ${filesWithProblems} of ${plural(summary.files, 'file')}`;
  if (summary.fixed > 0) line += `; fixed ${plural(summary.fixed, 'file')}`;
  if (summary.wouldFix > 0) line += `; ${plural(summary.wouldFix, 'file')} would be fixed (dry run; problems counted as after the fix)`;
  if (summary.failures > 0) line += `; ${plural(summary.failures, 'file')} could not be checked or fixed`;
  if (maxWarnings >= 0 && summary.warning > maxWarnings) line += `; more than ${maxWarnings} warnings (--max-warnings)`;
  return line;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'information' ? '' : 's'}`;
}
