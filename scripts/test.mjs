// The whole test suite: unit and server tests (node's test runner), grammar tests, and the
// end-to-end suite in a real VS Code. Prints one closing line "N passed, N failed".
// usage: node scripts/test.mjs [--no-e2e]   (npm test builds and compiles first, see "pretest")
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const artifacts = resolve(root, '.test-artifacts');
mkdirSync(artifacts, { recursive: true });
const skipE2E = process.argv.includes('--no-e2e');

/** Each suite reports how many tests passed and failed. */
const suites = [
  { name: 'unit and server', run: nodeTests },
  { name: 'grammar', run: grammarTests },
  ...(skipE2E ? [] : [{ name: 'real VS Code (e2e)', run: e2eTests }]),
];

let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const result = suite.run();
  console.log(`--- ${suite.name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
if (skipE2E) console.log('\n(end-to-end suite not run: --no-e2e)');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

function nodeTests() {
  const tap = resolve(artifacts, 'node-tests.tap');
  const result = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...['out/test/unit', 'out/test/server'].filter((dir) => existsSync(resolve(root, dir)))],
    { cwd: root, stdio: 'inherit' },
  );
  const report = readFileSync(tap, 'utf8');
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (result.status !== 0 && failed === 0) failed = 1; // the runner itself failed
  return { passed, failed };
}

function grammarTests() {
  const result = spawnSync('npx', ['vscode-tmgrammar-test', '-g', 'syntaxes/un-resolution.tmLanguage.json', 'test/grammar/*.test.unres'], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  // One test per grammar test file: the tool prints a ✓ or ✖ line for each.
  const out = `${result.stdout}${result.stderr}`;
  const passed = (out.match(/✓/g) ?? []).length;
  const failed = (out.match(/✖/g) ?? []).length || (result.status === 0 ? 0 : 1);
  return { passed, failed };
}

function e2eTests() {
  const result = spawnSync(process.execPath, ['scripts/test-e2e.mjs', '--no-build'], { cwd: root, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  // The runner prints the result line last; take the last one.
  const summary = [...(result.stdout ?? '').matchAll(/E2E RESULT: (\d+) passed, (\d+) failed/g)].pop();
  if (!summary) return { passed: 0, failed: 1 };
  const failed = Number(summary[2]) || (result.status === 0 ? 0 : 1);
  return { passed: Number(summary[1]), failed };
}
