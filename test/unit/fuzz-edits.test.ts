/**
 * Edit sequences: random incremental edits (LSP TextDocumentContentChangeEvents with ranges, a few
 * sent as the whole text) are applied with `TextDocument.update` to corpus texts and synthetic
 * resolutions, the way the server's document store applies didChange. The server's DocumentCache
 * is asked for the parse after some of the events, as editor requests would. After the sequence,
 * the edited document's parse and every feature result (outline, folding, selection ranges,
 * diagnostics, code actions ... whatever the service exposes) must equal those of the final text
 * parsed fresh.
 *
 * A session's compilation is re-parsed one resolution at a time, the unchanged ones taken from
 * the previous version: the session sequences check that this changes nothing a user can see.
 * The harness also checks its own edit arithmetic against TextDocument.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FuzzWorker, HangError } from '../support/fuzz/runner';
import type { EditResult } from '../support/fuzz/worker';
import { baseText, corpusBase, sessionBase, editSteps, probes, syntheticRecipe, buildText, type EditStepSpec, type Recipe } from '../support/fuzz/mutations';
import { params, runs } from '../support/fuzz/settings';

/** Generous bound for one sequence (up to 25 reparses of a corpus text and two full feature runs). */
const BOUND_MS = 60_000;

const worker = new FuzzWorker();
after(() => worker.close());

interface Tally {
  sequences: number;
  /** Resolutions reused from a previous version by the final parse of a sequence. */
  reused: number;
  changes: number;
  chars: number;
}

async function checkSequence(base: string, steps: EditStepSpec[], probeList: Array<[number, number]>, what: string, tally: Tally): Promise<void> {
  let result: EditResult;
  try {
    result = await worker.run<EditResult>({ type: 'edits', base, steps, probes: probeList }, BOUND_MS);
  } catch (error) {
    if (error instanceof HangError) throw new Error(`edit sequence did not finish within ${BOUND_MS} ms: ${what}`);
    throw new Error(`${(error as Error).message}\n${what}`);
  }
  tally.sequences++;
  tally.changes += result.changes;
  tally.chars += result.finalLength;
  tally.reused += result.reused ?? 0;
  if (result.mismatches.length) {
    throw new Error(`edited document differs from a fresh parse of its text:\n  ${result.mismatches.join('\n  ')}\n${what}\nsteps=${JSON.stringify(steps).slice(0, 2000)}`);
  }
}

const report = (t: { diagnostic(message: string): void }, tally: Tally): void =>
  t.diagnostic(`${tally.sequences} edit sequences, ${tally.changes} changes, final texts ${tally.chars} chars in all, ${tally.reused} resolutions reused`);

/** Runs `numRuns` edit sequences on the texts `bases` gives; the tally they leave is returned. */
async function editSequences<T>(t: { diagnostic(message: string): void }, bases: fc.Arbitrary<T>, textOf: (base: T) => string, seed: number, numRuns: number): Promise<Tally> {
  const tally: Tally = { sequences: 0, changes: 0, chars: 0, reused: 0 };
  await fc.assert(
    fc.asyncProperty(bases, editSteps(), probes(), async (base, steps, probeList) => {
      await checkSequence(textOf(base), steps, probeList, `base=${JSON.stringify(base).slice(0, 2000)}`, tally);
    }),
    params(seed, numRuns),
  );
  report(t, tally);
  assert.ok(tally.sequences >= runs(numRuns));
  return tally;
}

test('edited corpus texts give the same results as a fresh parse', async (t) => {
  await editSequences(t, corpusBase(), baseText, 11, 120);
});

test('edited session compilations give the same results as a fresh parse, their unchanged resolutions reused', async (t) => {
  const tally = await editSequences(t, sessionBase(), baseText, 13, 40);
  assert.ok(tally.reused > 0, 'no edit sequence reused a resolution of its session');
});

test('edited synthetic resolutions give the same results as a fresh parse', async (t) => {
  await editSequences(t, syntheticRecipe(), (recipe: Recipe) => buildText(recipe), 12, 600);
});

test('the harness applies edits as TextDocument does (typing a paragraph line by line)', async () => {
  // A deterministic sequence: type a small resolution one character at a time into an empty document.
  const target = 'The General Assembly,\n\tRecalling its resolution 59/48,\n\t1.\tDecides to act;\n\t(a)\tTo cooperate;\n';
  const steps: EditStepSpec[] = [...target].map((ch, i) => ({ changes: [{ at: 1e6, length: 0, text: ch }], query: i % 7 === 0 }));
  const result = await worker.run<EditResult>({ type: 'edits', base: '', steps, probes: [[500_000, 500_000]] }, BOUND_MS);
  assert.deepEqual(result.mismatches, []);
  assert.equal(result.finalLength, target.length);
});
