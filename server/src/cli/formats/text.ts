/** `file:line:col: severity code message`, one problem a line, as compilers and editors parse it. */
import type { FileReport } from '../checkFile';
import { SEVERITY_NAMES } from '../summary';

export function textFile(report: FileReport): string {
  return report.problems
    .map(({ range, severity, code, message }) => `${report.display}:${range.start.line + 1}:${range.start.character + 1}: ${SEVERITY_NAMES[severity]} ${code} ${oneLine(message)}\n`)
    .join('');
}

export function oneLine(text: string): string {
  return text.split(/\r?\n/).map((line) => line.trim()).join(' ');
}
