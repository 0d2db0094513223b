/**
 * `--format json`: one document for the whole run, for scripts.
 * { version, files: [{ file, problems: [{ code, severity, message, line, column, endLine, endColumn }], failure?, notice?, fix? }], summary }
 */
import type { FileReport } from '../checkFile';
import { SEVERITY_NAMES } from '../summary';
import type { RunInfo } from './index';
import { regionOf } from './positions';

export function jsonDocument(reports: readonly FileReport[], run: RunInfo): string {
  const files = reports.map((report) => ({
    file: report.display,
    problems: report.problems.map((problem) => {
      const { startLine, startColumn, endLine, endColumn } = regionOf(problem);
      return { code: problem.code, severity: SEVERITY_NAMES[problem.severity], message: problem.message, line: startLine, column: startColumn, endLine, endColumn };
    }),
    ...(report.failure ? { failure: report.failure } : {}),
    ...(report.notice ? { notice: report.notice } : {}),
    ...(report.fix ? { fix: report.fix } : {}),
  }));
  return `${JSON.stringify({ version: run.version, files, summary: run.summary }, null, 2)}\n`;
}
