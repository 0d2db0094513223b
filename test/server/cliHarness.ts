/**
 * Runs the built command line (dist/cli.js) as a child process, as users and CI do, and gives the
 * tests small helpers: temporary folders, a draft with a numbering gap, and a unified-diff applier
 * that checks `--dry-run` output independently of the program that wrote it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** `npm test` builds first; a lone run of this file builds only when the bundle is missing. */
export function ensureBuilt(): void {
  if (fs.existsSync(cliPath)) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(build.status, 0, `node scripts/build.mjs failed:\n${build.stderr}`);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Run as an unprivileged user: as root, permissions do not stop reads or writes. */
  unprivileged?: boolean;
}

export const NOBODY = 65534;

export function runCli(args: readonly string[], options: RunOptions = {}): Run {
  const asNobody = options.unprivileged && process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [asNobody ? publicCopy() : cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let copied: string | undefined;

/** The bundle copied where any user can read it (a clone under /root is closed to others). */
function publicCopy(): string {
  if (copied) return copied;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-cli-bin-'));
  fs.chmodSync(dir, 0o755);
  copied = path.join(dir, 'cli.js');
  fs.copyFileSync(cliPath, copied);
  fs.chmodSync(copied, 0o644);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return copied;
}

/** A fresh folder that every user can enter (the unprivileged runs need that), removed after the tests. */
export function tempDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-cli-'));
  fs.chmodSync(dir, 0o755);
  t.after(() => {
    makeWritable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function makeWritable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) makeWritable(path.join(dir, entry.name));
}

/** A short draft whose operative paragraphs run 1, 2, 4: one operative-gap warning. */
export const GAP_DRAFT = [
  'Draft resolution',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 74/166 of 18 December 2019,',
  '',
  '1. Decides to convene a high-level meeting;',
  '',
  '2. Requests the Secretary-General to report;',
  '',
  '4. Decides to remain seized of the matter.',
  '',
].join('\n');

/** 1-based line of the first line starting with `prefix`. */
export function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** Applies a unified diff for one file (as `patch` would), failing on any context mismatch. */
export function applyUnifiedDiff(text: string, diff: string): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let position = 0;
  const diffLines = diff.split('\n');
  assert.match(diffLines[0], /^--- /);
  assert.match(diffLines[1], /^\+\+\+ /);
  for (let k = 2; k < diffLines.length && diffLines[k] !== ''; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(diffLines[k++]);
    assert.ok(header, `bad hunk header ${diffLines[k - 1]}`);
    // "-5,0" inserts after line 5; "-5,2" starts at line 5. Hunks must be in order and in range.
    const oldStart = Number(header[1]) - (header[2] === '0' ? 0 : 1);
    assert.ok(oldStart >= position && oldStart <= lines.length, `hunk ${diffLines[k - 1]} out of place`);
    while (position < oldStart) out.push(lines[position++]);
    let [oldCount, newCount] = [0, 0];
    while (k < diffLines.length && /^[ +\-\\]/.test(diffLines[k])) {
      const [kind, body] = [diffLines[k][0], diffLines[k].slice(1)];
      const noNewline = diffLines[k + 1]?.startsWith('\\');
      const line = body + (noNewline ? '' : '\n');
      if (kind === ' ' || kind === '-') {
        assert.equal(lines[position], line, `context mismatch at old line ${position + 1}`);
        position++;
        oldCount++;
      }
      if (kind === ' ' || kind === '+') {
        out.push(line);
        newCount++;
      }
      k += noNewline ? 2 : 1;
    }
    assert.deepEqual([oldCount, newCount], [Number(header[2] ?? 1), Number(header[4] ?? 1)], `line counts of ${header[0]}`);
  }
  while (position < lines.length) out.push(lines[position++]);
  return out.join('');
}
