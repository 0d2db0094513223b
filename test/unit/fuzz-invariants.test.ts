/**
 * Property tests of the pure language service on hostile input: mutated corpus texts (byte flips,
 * lines shuffled, deleted and duplicated, stray Unicode including surrogate halves, bidi and
 * zero-width marks, NUL, mixed line endings, TABs and spaces swapped), synthetic resolutions,
 * empty, whitespace-only and binary-looking texts, deep nesting, and lines of up to a megabyte.
 *
 * For every input the parser and every feature the service exposes must not throw or hang, and
 * their results must respect the invariants of test/support/fuzz/invariants.ts: ranges inside the
 * document and within line lengths, children inside parents, siblings disjoint, selectionRange
 * inside range, folding lines ordered, selection ranges containing the position and nested.
 *
 * The service runs in a worker thread (test/support/fuzz/worker.ts) so a hang is reported with
 * its input instead of stalling the run. Inputs are replayable recipes; a failure prints the
 * shrunk recipe, and `buildText(recipe)` from test/support/fuzz/mutations.ts rebuilds the text.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FuzzWorker, HangError } from '../support/fuzz/runner';
import type { CheckResult } from '../support/fuzz/worker';
import { buildText, corpusRecipe, describe, hostileRecipe, longLineRecipe, probes, syntheticRecipe, type Recipe } from '../support/fuzz/mutations';
import { loadCorpus } from '../support/fuzz/repo';
import { params, runs } from '../support/fuzz/settings';

/**
 * Generous bound for one input (parse, every feature and the invariant checks): 3 s plus 10 s per
 * megabyte, some 20 times what a linear-time parser needs; only super-linear behaviour exceeds it.
 */
const boundMs = (text: string): number => 3_000 + Math.ceil(text.length / 100);

const worker = new FuzzWorker();
after(() => worker.close());

interface Tally {
  inputs: number;
  chars: number;
  nodes: number;
  symbols: number;
  folds: number;
  selections: number;
  otherRanges: number;
  features: Set<string>;
}

const newTally = (): Tally => ({ inputs: 0, chars: 0, nodes: 0, symbols: 0, folds: 0, selections: 0, otherRanges: 0, features: new Set() });

async function checkText(text: string, probeList: Array<[number, number]>, what: () => string, tally: Tally): Promise<void> {
  tally.inputs++;
  tally.chars += text.length;
  let result: CheckResult;
  try {
    result = await worker.run<CheckResult>({ type: 'check', text, probes: probeList }, boundMs(text));
  } catch (error) {
    if (error instanceof HangError) throw new Error(`parse or a feature hung: ${error.message}\n${what()}`);
    throw new Error(`${(error as Error).message}\n${what()}`);
  }
  tally.nodes += result.nodes;
  tally.symbols += result.symbols;
  tally.folds += result.folds;
  tally.selections += result.selections;
  tally.otherRanges += result.otherRanges;
  result.features.forEach((name) => tally.features.add(name));
  if (result.violations.length) throw new Error(`${result.violations.length} invariant violation(s):\n  ${result.violations.join('\n  ')}\n${what()}`);
}

function recipeProperty(tally: Tally) {
  return async (recipe: Recipe, probeList: Array<[number, number]>): Promise<void> => {
    const text = buildText(recipe);
    await checkText(text, probeList, () => describe(recipe, text), tally);
  };
}

function report(t: { diagnostic(message: string): void }, tally: Tally): void {
  t.diagnostic(
    `${tally.inputs} inputs, ${tally.chars} chars; checked ${tally.nodes} nodes, ${tally.symbols} symbols, ${tally.folds} folding ranges, ` +
      `${tally.selections} selection chains, ${tally.otherRanges} other ranges; features: ${[...tally.features].join(', ')}`,
  );
}

test('the unmutated corpus satisfies every invariant', async (t) => {
  const tally = newTally();
  const failures: string[] = [];
  for (const doc of loadCorpus()) {
    try {
      await checkText(doc.text, [[100_000, 500_000], [500_000, 0], [900_000, 999_999]], () => `corpus text ${doc.name}`, tally);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  report(t, tally);
  assert.equal(tally.inputs, loadCorpus().length);
  assert.equal(failures.length, 0, `${failures.length} corpus texts break an invariant:\n${failures.slice(0, 10).join('\n')}`);
  assert.ok(tally.features.has('outline'), 'the service exposes an outline');
});

test('mutated corpus texts never break the parser or a feature', async (t) => {
  const tally = newTally();
  await fc.assert(fc.asyncProperty(corpusRecipe(), probes(), recipeProperty(tally)), params(1, 400));
  report(t, tally);
  assert.ok(tally.inputs >= runs(400));
});

test('synthetic resolutions with mixed line endings and indentation satisfy every invariant', async (t) => {
  const tally = newTally();
  await fc.assert(fc.asyncProperty(syntheticRecipe(), probes(), recipeProperty(tally)), params(2, 800));
  report(t, tally);
  assert.ok(tally.inputs >= runs(800));
});

test('empty, whitespace-only, binary-looking and deeply nested texts satisfy every invariant', async (t) => {
  const tally = newTally();
  await fc.assert(fc.asyncProperty(hostileRecipe(), probes(), recipeProperty(tally)), params(3, 400));
  report(t, tally);
  assert.ok(tally.inputs >= runs(400));
});

test('lines of up to a megabyte satisfy every invariant', async (t) => {
  const tally = newTally();
  await fc.assert(fc.asyncProperty(longLineRecipe(), probes(), recipeProperty(tally)), params(4, 48));
  report(t, tally);
  assert.ok(tally.inputs >= runs(48));
});

test("session-shaped texts: 100,000 headings with no body, 80,000 tiny resolutions past the analysis limit", async (t) => {
  // Each heading once searched the whole text before it for a body, and each resolution past the
  // limit looked through every problem before it: minutes of work, which the worker's bound catches.
  const tally = newTally();
  const heading = 'Resolution adopted by the General Assembly on 1 May 2020\n';
  const tiny = `${heading}The General Assembly,\n\t1.\tDecides.\n1st plenary meeting\n`;
  for (const [what, text] of [
    ['headings', heading.repeat(100_000)],
    ['tiny resolutions', tiny.repeat(Math.ceil((8.5 * 1024 * 1024) / tiny.length))],
  ] as const) {
    await checkText(text, [[500_000, 500_000]], () => what, tally);
  }
  report(t, tally);
});
