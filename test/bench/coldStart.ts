/**
 * Cold start: from spawning `node server.js --stdio` to the initialize reply, and to the first
 * `documentSymbol` reply on a typical resolution, against starting a bare `node -e 0`.
 */
import { spawn } from 'node:child_process';
import type { BenchDocument } from './corpus';
import { LspSession } from './lspSession';
import { timeOnce, summarize, type Summary } from './stats';
import { performance } from 'node:perf_hooks';

export interface ColdStart {
  runs: number;
  nodeBaseline: Summary;
  /** Per build mode: spawn to initialize reply, and spawn to the first documentSymbol reply. */
  builds: Record<string, { initialize: Summary; firstDocumentSymbol: Summary; ratio: number }>;
}

const bareNode = (): Promise<void> =>
  new Promise((resolve, reject) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).once('exit', () => resolve()).once('error', reject));

async function startOnce(serverJs: string, doc: BenchDocument): Promise<{ initialize: number; firstDocumentSymbol: number }> {
  const start = performance.now();
  const session = await LspSession.start(serverJs);
  const initialize = performance.now() - start;
  try {
    await session.open('file:///bench/first.txt', doc.text);
    await session.documentSymbols('file:///bench/first.txt');
    return { initialize, firstDocumentSymbol: performance.now() - start };
  } finally {
    await session.dispose();
  }
}

/** Interleaves bare node and each build, run after run, so machine load hits all alike. */
export async function measureColdStart(servers: Record<string, string>, doc: BenchDocument, runs: number): Promise<ColdStart> {
  const base: number[] = [];
  const samples: Record<string, { initialize: number[]; firstDocumentSymbol: number[] }> = {};
  for (const mode of Object.keys(servers)) samples[mode] = { initialize: [], firstDocumentSymbol: [] };
  for (let run = 0; run < runs; run++) {
    base.push(await timeOnce(bareNode));
    for (const [mode, serverJs] of Object.entries(servers)) {
      const times = await startOnce(serverJs, doc);
      samples[mode].initialize.push(times.initialize);
      samples[mode].firstDocumentSymbol.push(times.firstDocumentSymbol);
    }
  }
  const nodeBaseline = summarize(base);
  const builds: ColdStart['builds'] = {};
  for (const [mode, s] of Object.entries(samples)) {
    const firstDocumentSymbol = summarize(s.firstDocumentSymbol);
    builds[mode] = { initialize: summarize(s.initialize), firstDocumentSymbol, ratio: firstDocumentSymbol.medianMs / nodeBaseline.medianMs };
  }
  return { runs, nodeBaseline, builds };
}
