/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::message`), which the runner turns into
 * annotations on the pull request. GitHub has no "information" or "hint": both become notices.
 */
import type { FileReport } from '../checkFile';

const LEVEL = { 1: 'error', 2: 'warning', 3: 'notice', 4: 'notice' } as const;

export function githubFile(report: FileReport): string {
  const file = report.display.split('\\').join('/');
  const lines = report.problems.map(({ range, severity, code, message }) => {
    const where = `file=${property(file)},line=${range.start.line + 1},col=${range.start.character + 1},endLine=${range.end.line + 1},endColumn=${range.end.character + 1}`;
    return `::${LEVEL[severity]} ${where},title=${property(String(code))}::${data(message)}\n`;
  });
  if (report.failure) lines.push(`::error file=${property(file)},title=un-resolution::${data(report.failure)}\n`);
  return lines.join('');
}

/** The escapes the runner decodes in a message… */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and, in a property value, also the separators. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
