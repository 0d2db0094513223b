/**
 * Resident memory of the server process: holding one very large document with its outline, and
 * across many open/close cycles of a typical one (what grows there is a leak, not a cache).
 */
import type { BenchDocument } from './corpus';
import { LspSession, type Rss } from './lspSession';
import { median } from './stats';
import { IDLE_MS } from '../../server/src/heap';

/** The server collects its heap once idle: read its memory after that. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, IDLE_MS + 500));

export interface LargeDocumentMemory {
  document: { name: string; bytes: number };
  idle: Rss | null;
  afterOutline: Rss | null;
}

export async function measureLargeDocument(serverJs: string, doc: BenchDocument): Promise<LargeDocumentMemory> {
  const session = await LspSession.start(serverJs);
  try {
    const idle = session.rss();
    const uri = 'file:///bench/large.txt';
    await session.open(uri, doc.text);
    await session.documentSymbols(uri);
    await settle();
    return { document: { name: doc.name, bytes: doc.bytes }, idle, afterOutline: session.rss() };
  } finally {
    await session.dispose();
  }
}

export interface CycleMemory {
  document: { name: string; bytes: number };
  cycles: number;
  /** RSS after each tenth of the cycles. */
  samples: Array<{ cycle: number; rssMB: number }>;
  /**
   * Median RSS of the later half of the samples minus that of the earlier half: near zero when
   * nothing leaks, and not thrown by one sample that happens to land just before a collection.
   */
  growthMB: number;
}

export async function measureCycles(serverJs: string, doc: BenchDocument, cycles: number): Promise<CycleMemory> {
  const session = await LspSession.start(serverJs);
  const samples: CycleMemory['samples'] = [];
  const every = Math.max(1, Math.floor(cycles / 10));
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      // A new URI each time, so a per-document entry that close forgets to drop shows up here.
      const uri = `file:///bench/cycle-${cycle}.txt`;
      await session.open(uri, doc.text);
      await session.documentSymbols(uri);
      await session.close(uri);
      if (cycle % every === 0) samples.push({ cycle, rssMB: session.rss()?.rssMB ?? NaN });
    }
  } finally {
    await session.dispose();
  }
  const rss = samples.map((s) => s.rssMB);
  const half = Math.floor(rss.length / 2);
  const growthMB = median(rss.slice(rss.length - half)) - median(rss.slice(0, half));
  return { document: { name: doc.name, bytes: doc.bytes }, cycles, samples, growthMB };
}
