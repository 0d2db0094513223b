/** The server's heap tuning and its collections after work that left much garbage. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import { HeapCompactor, tuneHeap } from '../../server/src/heap';

describe('heap tuning', () => {
  test('keeps the young generation small unless the user sized it', () => {
    const set: string[] = [];
    assert.equal(tuneHeap([], '', (flags) => set.push(flags)), true);
    assert.deepEqual(set, ['--semi-space-growth-factor=1']);
    for (const [execArgv, nodeOptions] of [
      [['--max-semi-space-size=8'], ''],
      [['--max_semi_space_size', '8'], ''],
      [[], '--semi-space-growth-factor=2 --max-old-space-size=4096'],
    ] as const) {
      assert.equal(tuneHeap(execArgv, nodeOptions, () => assert.fail('the user flag must win')), false);
    }
  });

  test('a flag V8 refuses is no error', () => {
    assert.equal(
      tuneHeap([], '', () => {
        throw new Error('frozen');
      }),
      false,
    );
  });
});

describe('heap compactor', () => {
  /**
   * Arrays held while `run` runs, as much as the heap already holds and 64 MB more: in use, as
   * garbage is until V8 collects it, and well over what `HeapCompactor` waits for.
   */
  const holding = <T>(run: () => T): T => {
    const megabytes = 64 + Math.ceil(v8.getHeapStatistics().used_heap_size / (1024 * 1024));
    const held = Array.from({ length: megabytes }, () => new Array<number>(128 * 1024).fill(1.5));
    const result = run();
    assert.equal(held.length, megabytes);
    return result;
  };

  test('collects only when much more than the last survivors is in use', () => {
    let collections = 0;
    const compactor = new HeapCompactor(() => collections++);
    assert.equal(compactor.collectIfWorthIt(), false, 'nothing allocated yet');
    holding(() => {
      assert.equal(compactor.collectIfWorthIt(), true);
      assert.ok(collections >= 1);
      const after = collections;
      // What survived is the new mark: no second collection for the same heap.
      assert.equal(compactor.collectIfWorthIt(), false);
      assert.equal(collections, after);
    });
  });

  test('afterWork checks once the work has stopped for the idle time', async () => {
    const checks: string[] = [];
    const compactor = new HeapCompactor(undefined, 40);
    compactor.collectIfWorthIt = (compact) => (checks.push(`full compact=${compact}`), false);
    compactor.collectYoungIfWorthIt = () => (checks.push('young'), false);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    compactor.afterWork();
    await sleep(25);
    // More work before the idle time is up puts the check off again.
    compactor.afterWork();
    await sleep(25);
    assert.deepEqual(checks, [], 'not while work keeps coming');
    await sleep(40);
    assert.deepEqual(checks, ['full compact=true', 'young'], 'one check for both calls; young only when no full collection ran');
    compactor.afterWork();
    compactor.dispose();
    await sleep(60);
    assert.equal(checks.length, 2, 'nothing after dispose');
  });

  test('a young collection frees a large young string (a serialized reply)', () => {
    const calls: unknown[] = [];
    const compactor = new HeapCompactor((options) => calls.push(options));
    assert.equal(compactor.collectYoungIfWorthIt(), false, 'none there');
    // One flat string of 4.4M characters, two bytes each, allocated young as a reply's JSON text is.
    const reply = Buffer.from('Recalling’ '.repeat(400_000)).toString('utf8');
    assert.equal(compactor.collectYoungIfWorthIt(), true);
    assert.deepEqual(calls, [{ type: 'minor' }]);
    assert.equal(reply.length, 4_400_000);
  });

  test("finds V8's collector without --expose-gc", () => {
    assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'run without --expose-gc');
    const compactor = new HeapCompactor();
    assert.equal(holding(() => compactor.collectIfWorthIt()), true);
    assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the global scope stays as it was');
  });
});
