/**
 * The server's V8 heap, kept near what is live.
 *
 * A 10 MB document costs ~40 MB of live heap (its text, 20 MB as UTF-16, and its tree), but parsing
 * it allocates over 200 MB of short-lived objects, and answering its outline ~80 MB more, then a
 * 20 MB JSON text built from pieces that outlive the young generation (17 MB more). V8's defaults
 * size the heap for throughput: semi-spaces that grow to 16 MB (32 MB of young generation, resident
 * once used), and an old generation left to fill with promoted garbage. Once the work is done
 * nothing allocates, so nothing is collected: measured, the server sat at 220 MB for good after
 * opening such a document.
 *
 * Two measures: a young generation kept at its initial size, and, once the server has been idle
 * for a second after work on a large text that left much garbage, collections.
 *
 * Why idle, and not right after the work: a collection we force also drops the hidden classes
 * ("maps") of objects that are no longer alive, which V8 keeps through the collections it starts
 * itself, and with them the optimized code of the parser and the checks that used them. Measured
 * on a 5 MB text, the next analysis then runs about half as fast again while that code is
 * optimized anew. Between keystrokes the code must stay hot; the memory is returned when the user
 * pauses.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Flags the user set themselves (NODE_OPTIONS, node's command line) win over ours. */
const SEMI_SPACE_FLAG = /--(?:max|min)[-_]semi[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor/;

/**
 * Keeps the young generation at its initial 1 MB semi-spaces (the parse is no slower for it). Must
 * run before the heap grows: the bundle's first module calls it. Set at run time rather than on
 * node's command line, so it holds however the server is started (VS Code's fork, the `bin`,
 * `node dist/server.js`); V8 reads this flag each time it would grow the young generation.
 */
export function tuneHeap(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): boolean {
  if (execArgv.some((arg) => SEMI_SPACE_FLAG.test(arg)) || SEMI_SPACE_FLAG.test(nodeOptions)) return false;
  try {
    setFlags('--semi-space-growth-factor=1');
    return true;
  } catch {
    // Only a tuning: the server works the same without it.
    return false;
  }
}

/** Quiet time after the last work before the heap is collected. */
export const IDLE_MS = 1000;

const MB = 1024 * 1024;
/** Garbage worth a full collection: this much over what survived the last one, and half as much again. */
const MIN_GARBAGE_BYTES = 32 * MB;
/** Heap pages left unused by a full collection that are worth a second, compacting one. */
const MIN_UNUSED_BYTES = 16 * MB;
/** Young large objects (a reply's JSON text) worth a young collection. */
const MIN_YOUNG_LARGE_BYTES = 4 * MB;

type Collect = (options?: { type: 'minor' | 'major' }) => void;

/**
 * Collects the heap when work on a large text has left much garbage behind: its parse, its outline.
 * Work on typical documents never gets there. A check is one call for V8's heap statistics (about a
 * microsecond); with a 10 MB document open, a full collection takes 15-30 ms and a compacting pair
 * 40-100 ms, against over a second for the parse.
 */
export class HeapCompactor {
  private timeout: NodeJS.Timeout | undefined;
  /** Heap in use after the last full collection we made (or at start). */
  private live = v8.getHeapStatistics().used_heap_size;
  private collect: Collect | null | undefined;

  constructor(collect?: Collect, private readonly idleMs = IDLE_MS) {
    this.collect = collect;
  }

  /**
   * To call on work that may leave garbage: the check runs once no work has come for `idleMs`.
   * By then the reply's JSON text (20 MB for the outline of a 10 MB document) and the pieces it was
   * built from are garbage too; with nothing more to allocate, V8 would leave them, and the work's
   * own garbage, resident for good.
   */
  afterWork(): void {
    clearTimeout(this.timeout);
    this.timeout = setTimeout(() => {
      this.timeout = undefined;
      if (!this.collectIfWorthIt(true)) this.collectYoungIfWorthIt();
    }, this.idleMs);
  }

  /** A young collection if large young objects are there to free; true if it ran. */
  collectYoungIfWorthIt(): boolean {
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_large_object_space');
    if (!young || young.space_used_size < MIN_YOUNG_LARGE_BYTES) return false;
    const collect = this.collector();
    if (!collect) return false;
    collect({ type: 'minor' });
    return true;
  }

  /**
   * A full collection if the heap holds much more than survived the last one; true if it ran.
   * `compact`: a second collection if the first left many pages part-used. The first finds the
   * garbage but picks the pages to compact by how full they were before it, so pages of a parse's
   * leftovers with a few tree nodes on each stay; the second sees how little is left on them, moves
   * the survivors together and returns the pages (20-25 MB with a 10 MB document).
   */
  collectIfWorthIt(compact = false): boolean {
    if (v8.getHeapStatistics().used_heap_size < this.live + Math.max(MIN_GARBAGE_BYTES, this.live / 2)) return false;
    const collect = this.collector();
    if (!collect) return false;
    collect();
    const after = v8.getHeapStatistics();
    if (compact && after.total_heap_size - after.used_heap_size >= MIN_UNUSED_BYTES) collect();
    this.live = v8.getHeapStatistics().used_heap_size;
    return true;
  }

  dispose(): void {
    clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  private collector(): Collect | null {
    this.collect ??= exposedGc();
    return this.collect;
  }
}

/**
 * V8's `gc()`: the global one when node runs with --expose-gc, else one taken from a fresh context
 * created while the flag is briefly on (the flag only adds `gc` to contexts made after it is set).
 */
function exposedGc(): Collect | null {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === 'function') return global as Collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}
