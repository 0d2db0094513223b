/**
 * Edit sequences: random incremental edits (LSP TextDocumentContentChangeEvents with ranges, a few
 * sent as the whole text) are applied with `TextDocument.update` to corpus texts and synthetic
 * resolutions, the way the server's document store applies didChange. The server's DocumentCache
 * is asked for the parse after some of the events, as editor requests would. After the sequence,
 * the edited document's parse and every feature result (outline, folding, selection ranges,
 * diagnostics, code actions ... whatever the service exposes) must equal those of the final text
 * parsed fresh.
 *
 * Today the service reparses fully, so this holds by construction; it guards the incremental
 * reparse to come. The harness also checks its own edit arithmetic against TextDocument.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FuzzWorker, HangError } from '../support/fuzz/runner';
import type { EditResult } from '../support/fuzz/worker';
import { baseText, corpusBase, editSteps, probes, syntheticRecipe, buildText, type Base, type EditStepSpec, type Recipe } from '../support/fuzz/mutations';
import { params, runs } from '../support/fuzz/settings';

/** Generous bound for one sequence (up to 25 reparses of a corpus text and two full feature runs). */
const BOUND_MS = 60_000;

const worker = new FuzzWorker();
after(() => worker.close());

interface Tally {
  sequences: number;
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
  if (result.mismatches.length) {
    throw new Error(`edited document differs from a fresh parse of its text:\n  ${result.mismatches.join('\n  ')}\n${what}\nsteps=${JSON.stringify(steps).slice(0, 2000)}`);
  }
}

const report = (t: { diagnostic(message: string): void }, tally: Tally): void =>
  t.diagnostic(`${tally.sequences} edit sequences, ${tally.changes} changes, final texts ${tally.chars} chars in all`);

test('edited corpus texts give the same results as a fresh parse', async (t) => {
  const tally: Tally = { sequences: 0, changes: 0, chars: 0 };
  await fc.assert(
    fc.asyncProperty(corpusBase(), editSteps(), probes(), async (base: Base, steps, probeList) => {
      await checkSequence(baseText(base), steps, probeList, `base=${JSON.stringify(base)}`, tally);
    }),
    params(11, 120),
  );
  report(t, tally);
  assert.ok(tally.sequences >= runs(120));
});

test('edited synthetic resolutions give the same results as a fresh parse', async (t) => {
  const tally: Tally = { sequences: 0, changes: 0, chars: 0 };
  await fc.assert(
    fc.asyncProperty(syntheticRecipe(), editSteps(), probes(), async (recipe: Recipe, steps, probeList) => {
      await checkSequence(buildText(recipe), steps, probeList, `recipe=${JSON.stringify(recipe).slice(0, 2000)}`, tally);
    }),
    params(12, 600),
  );
  report(t, tally);
  assert.ok(tally.sequences >= runs(600));
});

test('the harness applies edits as TextDocument does (typing a paragraph line by line)', async () => {
  // A deterministic sequence: type a small resolution one character at a time into an empty document.
  const target = 'The General Assembly,\n\tRecalling its resolution 59/48,\n\t1.\tDecides to act;\n\t(a)\tTo cooperate;\n';
  const steps: EditStepSpec[] = [...target].map((ch, i) => ({ changes: [{ at: 1e6, length: 0, text: ch }], query: i % 7 === 0 }));
  const result = await worker.run<EditResult>({ type: 'edits', base: '', steps, probes: [[500_000, 500_000]] }, BOUND_MS);
  assert.deepEqual(result.mismatches, []);
  assert.equal(result.finalLength, target.length);
});
