/**
 * Sampling and summary statistics. Subjects are timed in interleaved rounds (baseline, then each
 * subject, round after round) so that a slow spell on the shared machine hits all of them alike
 * and the ratios stay meaningful even when the absolute figures wander.
 */
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  medianMs: number;
  /** Only when there are enough samples for a 95th percentile to mean something. */
  p95Ms: number | null;
  minMs: number;
  /**
   * With `collectGarbage`: the median of the calls made right after a forced collection, as after
   * the server's collection once idle (the figures above are of the call after that one).
   */
  afterCollectionMs?: number;
}

/** Fewer samples than this and p95 is just "the slowest one or two": not reported. */
const MIN_SAMPLES_FOR_P95 = 20;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    medianMs: median(samples),
    p95Ms: samples.length >= MIN_SAMPLES_FOR_P95 ? percentile(samples, 0.95) : null,
    minMs: Math.min(...samples),
  };
}

/**
 * A unit of work to time; may be async (an LSP request), in which case its promise is awaited.
 * `prepare`, if any, runs before each timed call, off the clock (a fresh input for work that
 * keeps its result).
 */
export type Task = (() => unknown) & { prepare?: () => void };

/** Times one call, awaiting it only when it returns a promise so sync work pays no microtask. */
export async function timeOnce(task: Task): Promise<number> {
  task.prepare?.();
  const start = performance.now();
  const result = task();
  if (result && typeof (result as PromiseLike<unknown>).then === 'function') await result;
  return performance.now() - start;
}

export interface RoundOptions {
  rounds: number;
  /** Untimed rounds first, so the JIT has compiled the hot paths before we measure them. */
  warmup: number;
  /**
   * Collect garbage (when node runs with --expose-gc) before each round of a task, so the garbage
   * of a multi-megabyte task is not billed to the next one. A forced collection also drops the
   * optimized code of short-lived objects' shapes (see server/src/heap.ts), which the server only
   * forces once idle: so the call right after it is timed apart (`afterCollectionMs`), and the
   * figure is the call after that, on fresh input, as consecutive requests on a text in use run.
   * Too costly for thousands of small calls.
   */
  collectGarbage?: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Runs every task once per round, in the given order, and returns the samples of each by name. */
export async function sampleRounds(tasks: Record<string, Task>, options: RoundOptions): Promise<Record<string, Summary>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  const afterCollection: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      if (options.collectGarbage && gc) {
        // The preparation's garbage is collected too, as the server's idle collection would.
        task.prepare?.();
        gc();
        const ms = await timeOnce(() => task());
        if (round >= options.warmup) afterCollection[name].push(ms);
      }
      const ms = await timeOnce(task);
      if (round >= options.warmup) samples[name].push(ms);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => {
      const summary = summarize(values);
      if (afterCollection[name].length) summary.afterCollectionMs = median(afterCollection[name]);
      return [name, summary];
    }),
  );
}

/** Ratio of medians, the figure the targets are stated in. */
export const ratio = (subject: Summary, baseline: Summary): number => subject.medianMs / baseline.medianMs;
