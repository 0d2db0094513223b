// End-to-end tests in a real VS Code (code-server + headless chromium; see test/e2e/runner).
// usage: node scripts/test-e2e.mjs [--no-build] [--verbose] [--keep] [--timeout SECONDS]
// Prints "E2E RESULT: <passed> passed, <failed> failed" last; exits 0 only when everything passed.
import { execSync } from 'node:child_process';
import { formatSummary } from '../test/e2e/runner/result.mjs';
import { EXIT, runE2E } from '../test/e2e/runner/run.mjs';

const argv = process.argv.slice(2);
if (!argv.includes('--no-build')) {
  execSync('npm run build', { stdio: 'inherit' });
  execSync('npx tsc -p .', { stdio: 'inherit' });
}
const timeoutArg = argv.indexOf('--timeout');
const result = await runE2E({
  verbose: argv.includes('--verbose'),
  keep: argv.includes('--keep'),
  timeoutMs: timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) * 1000 : undefined,
});
console.log(`[e2e] exit code ${result.exitCode} after ${(result.durationMs / 1000).toFixed(1)} s`);
console.log(formatSummary(result));
process.exit(result.exitCode === EXIT.passed ? 0 : 1);
