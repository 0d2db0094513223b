/**
 * `un-resolution check --fix` run from the built dist/cli.js: the numbering repair on a real
 * resolution with an injected gap, the --dry-run diff, and writes that must fail without losing data.
 */
import { before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CODES } from '../../server/src/service';
import { corpusRoot } from '../support/paths';
import { applyUnifiedDiff, ensureBuilt, GAP_DRAFT, runCli, tempDir } from './cliHarness';

const NUMBERING_CODES = RULE_CODES.filter((code) => code.startsWith('operative-') || code.startsWith('subparagraph-'));
const NAME = 'A_RES_75_190.txt';
const original = fs.readFileSync(path.join(corpusRoot, 'txt', NAME), 'utf8');

/** The resolution with operative paragraph 3 missing: paragraphs 3, 4, … renumbered 4, 5, …. */
function injectGap(text: string): string {
  let bumped = 0;
  const out = text.replace(/^\t(\d+)\.\t/gm, (whole, digits: string) => {
    const n = Number(digits);
    if (n < 3) return whole;
    bumped++;
    return `\t${n + 1}.\t`;
  });
  assert.ok(bumped >= 5, 'the injected gap should shift several paragraphs');
  return out;
}

function problemCodes(dir: string, file: string): string[] {
  const run = runCli(['check', '--format', 'json', file], { cwd: dir });
  return JSON.parse(run.stdout).files[0].problems.map((p: { code: string }) => p.code);
}

function withInjectedGap(t: { after(fn: () => void): void }): { dir: string; file: string; broken: string } {
  const dir = tempDir(t);
  const broken = injectGap(original);
  fs.writeFileSync(path.join(dir, NAME), broken);
  assert.ok(problemCodes(dir, NAME).includes('operative-gap'), 'the injected gap is reported before fixing');
  return { dir, file: path.join(dir, NAME), broken };
}

before(ensureBuilt);

describe('--fix', () => {
  test('repairs an injected gap in a corpus resolution: only numbers change, no numbering problem is left', (t) => {
    const { dir, file, broken } = withInjectedGap(t);
    const run = runCli(['check', '--fix', NAME], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const fixed = fs.readFileSync(file, 'utf8');
    const [before, after] = [broken.split('\n'), fixed.split('\n')];
    assert.equal(after.length, before.length);
    const changed = before.map((line, k) => (line === after[k] ? -1 : k + 1)).filter((k) => k > 0);
    assert.ok(changed.length >= 5);
    for (const k of changed) assert.equal(after[k - 1].replace(/\d+/g, '#'), before[k - 1].replace(/\d+/g, '#'), `line ${k} changed more than a number`);
    assert.equal(fixed, original, 'the fix restores the published numbering');
    assert.deepEqual(problemCodes(dir, NAME).filter((code) => NUMBERING_CODES.includes(code)), []);
    assert.match(run.stderr, new RegExp(`fixed ${NAME}: ${changed.length} changes on lines ${changed.slice(0, 3).join(', ')}`));
    assert.match(run.stderr, /fixed 1 file/);
    assert.deepEqual(fs.readdirSync(dir), [NAME], 'no temporary file is left behind');
  });

  test('--dry-run prints a unified diff that turns the file into the fixed text, and writes nothing', (t) => {
    const { dir, file, broken } = withInjectedGap(t);
    const run = runCli(['check', '--fix', '--dry-run', NAME], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.startsWith(`--- a/${NAME}\n+++ b/${NAME}\n@@ `), run.stdout.slice(0, 200));
    assert.equal(fs.readFileSync(file, 'utf8'), broken, 'dry run leaves the file as it was');
    assert.equal(applyUnifiedDiff(broken, run.stdout), original);
    assert.match(run.stderr, /1 file would be fixed/);
    // Once fixed, there is nothing left to show.
    runCli(['check', '--fix', NAME], { cwd: dir });
    assert.equal(runCli(['check', '--fix', '--dry-run', NAME], { cwd: dir }).stdout, '');
  });

  test('--dry-run works on standard input', () => {
    const run = runCli(['check', '--fix', '--dry-run', '--stdin-filename', 'draft.txt', '-'], { input: GAP_DRAFT });
    assert.equal(run.status, 0);
    assert.equal(applyUnifiedDiff(GAP_DRAFT, run.stdout), GAP_DRAFT.replace('\n4. Decides', '\n3. Decides'));
  });

  test('--format json reports what the fix changed', (t) => {
    const { dir } = withInjectedGap(t);
    const run = runCli(['check', '--fix', '--format', 'json', NAME], { cwd: dir });
    const [report] = JSON.parse(run.stdout).files;
    assert.equal(report.fix.written, true);
    assert.ok(report.fix.edits >= 5);
    assert.equal(report.fix.lines.length, report.fix.edits);
  });

  test('keeps the byte-order mark, CRLF line ends and the file mode, and writes through a symbolic link', (t) => {
    const dir = tempDir(t);
    const real = path.join(dir, 'real.txt');
    fs.writeFileSync(real, `\uFEFF${GAP_DRAFT.replace(/\n/g, '\r\n')}`, { mode: 0o640 });
    fs.chmodSync(real, 0o640);
    fs.symlinkSync('real.txt', path.join(dir, 'link.txt'));
    const run = runCli(['check', '--fix', 'link.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    const bytes = fs.readFileSync(real);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.equal(text, GAP_DRAFT.replace('\n4. Decides', '\n3. Decides').replace(/\n/g, '\r\n'));
    assert.equal(fs.statSync(real).mode & 0o777, 0o640);
  });

  test('a folder where no temporary file can be created: a clear error, exit 2, the file intact', (t) => {
    const { dir, broken } = withInjectedGap(t);
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, NAME), broken, { mode: 0o644 });
    fs.chmodSync(locked, 0o555);
    // As root a read-only folder is still writable, so the run drops to an unprivileged user.
    const run = runCli(['check', '--fix', path.join('locked', NAME)], { cwd: dir, unprivileged: true });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /cannot create a temporary file in .*locked \(permission denied\); the file was left unchanged/);
    assert.equal(fs.readFileSync(path.join(locked, NAME), 'utf8'), broken);
    assert.deepEqual(fs.readdirSync(locked), [NAME]);
    // The problems of the unfixed text are still reported.
    assert.match(run.stdout, /warning operative-gap/);
  });

  test('text that is not valid UTF-8 is checked but never rewritten (exit 2)', (t) => {
    const dir = tempDir(t);
    const bytes = Buffer.from(GAP_DRAFT.replace('high-level', '\x93high-level\x94'), 'latin1');
    fs.writeFileSync(path.join(dir, 'old.txt'), bytes);
    const run = runCli(['check', '--fix', 'old.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /old\.txt: not fixed: the file is not valid UTF-8/);
    assert.match(run.stdout, /warning operative-gap/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'old.txt')), bytes);
  });
});
