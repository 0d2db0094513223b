/**
 * Entry point of the `un-resolution` command (dist/cli.js). The same file is loaded by the
 * worker threads of `check --jobs`, which only serve checks.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { parseCommand, UsageError } from './options';
import { helpText, version } from './usage';
import { runCheck } from './checkCommand';
import { runOutline } from './outlineCommand';
import { isCheckWorker, serveChecks } from './pool';

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    handleClosedOutput(command.kind === 'check' && command.options.fix && !command.options.dryRun);
    switch (command.kind) {
      case 'help':
        // Asked for, it is the output; given instead of a command, it explains a usage error.
        if (command.requested) {
          process.stdout.write(helpText(command.topic));
          return 0;
        }
        process.stderr.write(helpText());
        return 2;
      case 'version':
        process.stdout.write(`un-resolution ${version()}\n`);
        return 0;
      case 'check':
        return await runCheck(command.options, process.cwd(), __filename);
      case 'outline':
        return await runOutline(command.options, process.cwd());
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`un-resolution: ${error.message}\n`);
    return 2;
  }
}

/**
 * The reader of standard output went away (`un-resolution check . | head`). A run that rewrites
 * files finishes them quietly, so none is left half-done; any other run stops, incomplete (exit 2).
 */
function handleClosedOutput(finishFixes: boolean): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    if (!finishFixes) process.exit(2);
  });
}

if (!isMainThread && isCheckWorker(workerData)) {
  serveChecks();
} else {
  main(process.argv.slice(2)).then(
    (status) => {
      // Let stdout drain (a pipe may be slow) instead of process.exit cutting it off.
      process.exitCode = status;
    },
    (error) => {
      process.stderr.write(`un-resolution: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
