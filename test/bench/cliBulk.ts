/**
 * The command line on the bulk workspace: `node cli.js check --jobs 2 DIR`, spawn to exit, as a
 * CI job runs it. Output goes to a pipe we drain (not to /dev/null), since writing the problems
 * is part of the work. Exit 0 and 1 are both a finished check; anything else is a failure.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './stats';
import type { BenchWorkspace } from './workspaceFiles';

/** Two threads: what the bench machine can give without starving itself, and a fixed figure across machines. */
export const CLI_JOBS = 2;

export interface CliBulkResult {
  command: string;
  runs: number;
  wallMs: number;
  samplesMs: number[];
  exitCodes: number[];
  /** Bytes written to stdout (the problems) and stderr (the summary) by the last run. */
  stdoutBytes: number;
  stderrTail: string;
  /** Median wall time over the read-only baseline of the workspace suite. */
  ratio: number;
}

function runOnce(cliJs: string, dir: string): Promise<{ ms: number; code: number; stdoutBytes: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cliJs, 'check', '--jobs', String(CLI_JOBS), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0 || code === 1) resolve({ ms, code, stdoutBytes, stderr });
      else reject(new Error(`cli check exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}

export async function measureCliBulk(cliJs: string, workspace: BenchWorkspace, readBaselineMs: number, runs: number): Promise<CliBulkResult> {
  const samples: Array<Awaited<ReturnType<typeof runOnce>>> = [];
  for (let run = 0; run < runs; run++) samples.push(await runOnce(cliJs, workspace.dir));
  const wallMs = median(samples.map((s) => s.ms));
  const last = samples[samples.length - 1];
  return {
    command: `node cli.js check --jobs ${CLI_JOBS} <${workspace.files} files>`,
    runs,
    wallMs,
    samplesMs: samples.map((s) => s.ms),
    exitCodes: samples.map((s) => s.code),
    stdoutBytes: last.stdoutBytes,
    stderrTail: last.stderr.trim().split('\n').slice(-1)[0] ?? '',
    ratio: wallMs / readBaselineMs,
  };
}
