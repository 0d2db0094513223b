/**
 * Runs a command and measures its wall time and peak resident memory: with GNU time (`/usr/bin/time
 * -v`, exact) when it is installed, otherwise by polling /proc/<pid>/status (VmHWM) until it exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size in kB. */
  peakRssKb: number;
  method: 'gnu-time' | 'proc';
}

const GNU_TIME = '/usr/bin/time';

let gnuTime: boolean | undefined;

/** GNU time is there and reports memory (BusyBox and BSD `time` have no -v). */
function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    const probe = spawnSync(GNU_TIME, ['-v', process.execPath, '-e', ''], { encoding: 'utf8', timeout: 10_000 });
    gnuTime = probe.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '');
  }
  return gnuTime;
}

export function runMeasured(command: string, args: readonly string[], timeoutMs: number): Promise<Measured> {
  const gnu = hasGnuTime();
  const [file, argv] = gnu ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let polledPeak = 0;
    const poll = gnu
      ? undefined
      : setInterval(() => {
          try {
            const hwm = Number(/^VmHWM:\s*(\d+) kB/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
            polledPeak = Math.max(polledPeak, hwm);
          } catch {
            // The process has just exited.
          }
        }, 10);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const wallMs = Date.now() - started;
      if (!gnu) return resolve({ status, stdout, stderr, wallMs, peakRssKb: polledPeak, method: 'proc' });
      // GNU time appends its report to stderr; the command's own stderr comes first.
      const at = stderr.lastIndexOf('\tCommand being timed:');
      const report = at >= 0 ? stderr.slice(at) : '';
      const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? NaN);
      const exit = /Exit status: (\d+)/.exec(report);
      resolve({
        status: exit ? Number(exit[1]) : status,
        stdout,
        stderr: at >= 0 ? stderr.slice(0, at).replace(/Command exited with non-zero status \d+\n$/, '') : stderr,
        wallMs,
        peakRssKb: peak,
        method: 'gnu-time',
      });
    });
  });
}
