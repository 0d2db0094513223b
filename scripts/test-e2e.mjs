// End-to-end tests in a real VS Code (code-server + headless chromium; see test/e2e/runner), in two
// phases: the mocha suite inside the extension host with the extension under development, then the
// packaged .vsix installed the way users install it (test/e2e/install).
// usage: node scripts/test-e2e.mjs [--no-build] [--verbose] [--keep] [--timeout SECONDS]
// Prints "E2E RESULT: <passed> passed, <failed> failed" last, over both phases; exits 0 only when
// everything passed.
import { execSync } from 'node:child_process';
import { runInstallTest } from '../test/e2e/install/run.mjs';
import { formatSummary } from '../test/e2e/runner/result.mjs';
import { EXIT, runE2E } from '../test/e2e/runner/run.mjs';

const argv = process.argv.slice(2);
if (!argv.includes('--no-build')) {
  execSync('npm run build', { stdio: 'inherit' });
  execSync('npx tsc -p .', { stdio: 'inherit' });
}
const timeoutArg = argv.indexOf('--timeout');
const keep = argv.includes('--keep');
const suite = await runE2E({
  verbose: argv.includes('--verbose'),
  keep,
  timeoutMs: timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) * 1000 : undefined,
});
console.log(`[e2e] suite: exit code ${suite.exitCode} after ${(suite.durationMs / 1000).toFixed(1)} s`);

// Packaging rewrites dist/ with the production bundles, so it runs after the suite.
const install = await runInstallTest({ keep });
console.log(`[e2e] installed .vsix: ${install.passed} passed, ${install.failed} failed after ${(install.durationMs / 1000).toFixed(1)} s`);

console.log(formatSummary({ passed: suite.passed + install.passed, failed: suite.failed + install.failed }));
process.exit(suite.exitCode === EXIT.passed && install.failed === 0 ? 0 : 1);
