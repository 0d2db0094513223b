/**
 * `un-resolution check`: gathers the inputs, checks them (in parallel), prints each file's result
 * in input order as soon as it and those before it are done, then the summary and the exit status.
 */
import type { CheckOptions } from './options';
import { resolveConfig } from './config';
import { collectInputs } from './inputs';
import { readStdin } from './readText';
import type { CheckSettings, CheckTask, FileReport } from './checkFile';
import { runChecks } from './pool';
import { formatter } from './formats';
import { describeSummary, exitCode, summarize } from './summary';
import { createProgress } from './progress';
import { version } from './usage';

export async function runCheck(options: CheckOptions, cwd: string, script: string): Promise<number> {
  const config = resolveConfig(cwd, options);
  const settings: CheckSettings = { rules: config.rules, fix: options.fix, dryRun: options.dryRun, maxSize: options.maxSize };
  const inputs = collectInputs(options.inputs, cwd, options.stdinFilename);

  const reports: FileReport[] = new Array(inputs.length);
  const tasks: CheckTask[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.kind === 'missing') reports[index] = { display: input.display, problems: [], failure: input.message };
    else if (input.kind === 'stdin') tasks.push({ index, display: input.display, bytes: await readStdin() });
    else tasks.push({ index, display: input.display, path: input.path });
  }

  const format = formatter(options.format);
  const progress = createProgress(tasks.length);
  let next = 0;
  const flush = () => {
    if (reports[next]) progress.clear();
    for (; next < reports.length && reports[next]; next++) {
      const report = reports[next];
      if (report.notice) process.stderr.write(`un-resolution: ${report.display}: ${report.notice}\n`);
      if (report.failure) process.stderr.write(`un-resolution: ${report.display}: ${report.failure}\n`);
      if (report.fix?.written) process.stderr.write(`fixed ${report.display}: ${describeFix(report.fix.edits, report.fix.lines)}\n`);
      // Under --dry-run the diff is the output: a patch that `patch -p1` or `git apply` takes.
      if (options.dryRun) process.stdout.write(report.diff ?? '');
      else if (format.file) process.stdout.write(format.file(report));
    }
  };
  flush(); // inputs that named nothing, if they come first
  await runChecks(tasks, settings, options.jobs, script, (index, report) => {
    reports[index] = report;
    progress.tick();
    flush();
  });
  progress.clear();

  const summary = summarize(reports);
  if (format.end && !options.dryRun) process.stdout.write(format.end(reports, { cwd, version: version(), summary }));
  if (options.format === 'text' || options.format === 'github' || options.dryRun) {
    const withProblems = reports.filter((report) => report.problems.length > 0).length;
    process.stderr.write(`${describeSummary(summary, withProblems, options.maxWarnings)}\n`);
  }
  return exitCode(summary, options.maxWarnings);
}

function describeFix(edits: number, lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? `, … (${lines.length} lines)` : '');
  return `${edits} ${edits === 1 ? 'change' : 'changes'} on line${lines.length === 1 ? '' : 's'} ${shown}`;
}
