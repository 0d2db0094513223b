/**
 * Worker for test/unit/grammar.test.ts: times each grammar regex, then the whole grammar, on long
 * hostile lines and reports before and after every step. It runs off the main thread because an
 * Oniguruma search cannot be interrupted: the test kills this worker when a step overruns.
 *
 * Oniguruma gives up a search after a fixed number of backtracking steps and then reports "no
 * match", so a catastrophic regex does not hang: it costs a roughly constant few hundred
 * milliseconds and silently fails to match. The worker therefore first times a known catastrophic
 * regex (the calibration) and times every grammar regex on a 64 KiB slice, where a linear search
 * is far cheaper than that, as well as on the full line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export interface StressJob {
  grammarPath: string;
  /** Named regex sources to search one by one. */
  regexes: { where: string; source: string }[];
  /** name -> [repeated unit, prefix, suffix]; each line is about `lineLength` characters. */
  lines: Record<string, [unit: string, prefix: string, suffix: string]>;
  lineLength: number;
  /** The slice compared with the calibration. */
  sliceLength: number;
  /** How much of each line the whole grammar tokenizes (VS Code's own limit is 20,000). */
  tokenizeLength: number;
}

export type StressMessage =
  | { kind: 'start'; step: string }
  | { kind: 'end'; step: string; ms: number; onSlice: boolean }
  | { kind: 'calibrated'; ms: number }
  | { kind: 'done' };

function report(message: StressMessage): void {
  parentPort?.postMessage(message);
}

/** The fastest of `runs` runs: scheduling and garbage collection only ever add time. */
function fastest(runs: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function search(source: string, text: oniguruma.OnigString): void {
  const scanner = new oniguruma.OnigScanner([source]);
  scanner.findNextMatchSync(text, 0);
  scanner.dispose();
}

async function main(job: StressJob): Promise<void> {
  await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(job.grammarPath, 'utf8'), job.grammarPath),
  });
  const grammar = await registry.loadGrammar('text.un-resolution');
  if (!grammar) throw new Error('grammar did not load');

  const digits = new oniguruma.OnigString('1234567890'.repeat(job.sliceLength / 10));
  report({ kind: 'calibrated', ms: fastest(3, () => search(String.raw`(?:\d|\d\d)+\D`, digits)) });
  digits.dispose();

  for (const [name, [unit, prefix, suffix]] of Object.entries(job.lines)) {
    const line = prefix + unit.repeat(Math.ceil(job.lineLength / unit.length)) + suffix;
    for (const [onSlice, text] of [
      [true, new oniguruma.OnigString(line.slice(0, job.sliceLength))],
      [false, new oniguruma.OnigString(line)],
    ] as const) {
      for (const { where, source } of job.regexes) {
        const step = `${where} on ${onSlice ? 'a slice' : 'all'} of "${name}"`;
        report({ kind: 'start', step });
        report({ kind: 'end', step, onSlice, ms: fastest(onSlice ? 3 : 1, () => search(source, text)) });
      }
      text.dispose();
    }
    const step = `the whole grammar on "${name}"`;
    report({ kind: 'start', step });
    const ms = fastest(1, () => {
      const result = grammar.tokenizeLine(line.slice(0, job.tokenizeLength), textmate.INITIAL);
      if (result.stoppedEarly) throw new Error(`tokenizing "${name}" stopped early`);
    });
    report({ kind: 'end', step, onSlice: false, ms });
  }
  report({ kind: 'done' });
}

// A rejection here surfaces as the Worker's 'error' event in the test.
if (parentPort) void main(workerData as StressJob);
