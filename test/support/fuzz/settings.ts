/**
 * Seeds and run counts of the fuzz tests. Deterministic by default (CI); for a longer local hunt
 * set FUZZ_SEED (a number) and FUZZ_SCALE (multiplies every run count), e.g.
 *   FUZZ_SEED=7 FUZZ_SCALE=10 node --test out/test/unit/fuzz-invariants.test.js
 */
import type fc from 'fast-check';

export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_240_611;
export const SCALE = process.env.FUZZ_SCALE ? Math.max(0.01, Number(process.env.FUZZ_SCALE)) : 1;

export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** fast-check parameters: a seed per property (so properties do not share inputs) and a cap on shrinking time. */
export function params<T>(offset: number, numRuns: number): fc.Parameters<T> {
  return {
    seed: SEED + offset,
    numRuns: runs(numRuns),
    // Shrinking a hang costs one time bound per attempt; stop shrinking after this long and report
    // the smallest counterexample found so far (a passing run never gets near it).
    interruptAfterTimeLimit: 90_000,
    markInterruptAsFailure: false,
  };
}
