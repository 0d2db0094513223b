/** LSP ranges (0-based, end exclusive) as 1-based line and column numbers; the end column is the one after the last character, as SARIF counts it. Columns are UTF-16 code units. */
import type { Problem } from '../checkFile';

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function regionOf(problem: Problem): Region {
  const { start, end } = problem.range;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
