/**
 * The workspace index over a large folder: `scanWorkspace` (walk, read, sniff, summarize, index)
 * against the I/O floor, a walk that only reads every file with fs.readFile in the same sequential
 * way. Each run is a fresh child process, so its peak RSS (VmHWM) belongs to that run alone and no
 * run inherits another's page-cache warm-up of the JIT or heap. Read and scan runs alternate so
 * that machine load hits both alike.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService, WorkspaceIndex } from '../../server/src/service';
import { scanWorkspace } from '../../server/src/workspaceScanner';
import { MB } from './corpus';
import { median } from './stats';
import type { BenchWorkspace } from './workspaceFiles';

type Mode = 'read' | 'scan';

/** What one child reports. */
interface RunFigures {
  wallMs: number;
  /** Files read (read) or indexed as resolutions (scan). */
  files: number;
  /** Distinct resolution symbols in the index (scan only). */
  symbols: number;
  peakRssMB: number;
}

export interface WorkspaceIndexResult {
  workspace: { files: number; bytes: number; variations: BenchWorkspace['variations'] };
  runs: number;
  /** The I/O floor: walk + fs.readFile of every file, median wall time. */
  read: { wallMs: number; peakRssMB: number; samplesMs: number[] };
  scan: {
    wallMs: number;
    samplesMs: number[];
    filesPerSecond: number;
    MBps: number;
    /** Highest VmHWM over the runs: the figure a memory budget must cover. */
    peakRssMB: number;
    indexed: number;
    symbols: number;
    /** Scan median over read median. */
    ratio: number;
  };
}

/** Peak resident set of this process, from the kernel's high-water mark. */
function peakRssMB(): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The same walk as the scanner (depth first, lstat then read, sequential awaits), minus the parsing. */
async function readAll(dir: string): Promise<number> {
  let files = 0;
  for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files += await readAll(full);
    else if (entry.isFile()) {
      await fsp.lstat(full);
      await fsp.readFile(full, 'utf8');
      files++;
    }
  }
  return files;
}

async function runChild(mode: Mode, dir: string): Promise<RunFigures> {
  if (mode === 'read') {
    const start = performance.now();
    const files = await readAll(dir);
    return { wallMs: performance.now() - start, files, symbols: 0, peakRssMB: peakRssMB() };
  }
  const index = new WorkspaceIndex();
  const service = createLanguageService({ workspace: index });
  const start = performance.now();
  await scanWorkspace(service, index, { folders: [dir], exclude: [], isCancelled: () => false });
  const wallMs = performance.now() - start;
  // Counted after the clock stops; the index stays alive until VmHWM is read.
  const symbols = new Set([...index.all()].map((summary) => summary.symbol).filter(Boolean));
  return { wallMs, files: index.size, symbols: symbols.size, peakRssMB: peakRssMB() };
}

function spawnRun(mode: Mode, dir: string): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    // No --expose-gc and no inherited flags: the scan runs as in a plain server process.
    const child = fork(__filename, [mode, dir], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures: RunFigures | undefined;
    child.once('message', (message) => (figures = message as RunFigures));
    child.once('error', reject);
    child.once('exit', (code) => (figures && code === 0 ? resolve(figures) : reject(new Error(`workspace ${mode} child exited with ${code}`))));
  });
}

export async function measureWorkspaceIndex(workspace: BenchWorkspace, runs: number): Promise<WorkspaceIndexResult> {
  const reads: RunFigures[] = [];
  const scans: RunFigures[] = [];
  // One untimed read first: the files were just written, but make sure the cache holds all of them.
  await spawnRun('read', workspace.dir);
  for (let run = 0; run < runs; run++) {
    reads.push(await spawnRun('read', workspace.dir));
    scans.push(await spawnRun('scan', workspace.dir));
  }
  const readMs = median(reads.map((r) => r.wallMs));
  const scanMs = median(scans.map((s) => s.wallMs));
  return {
    workspace: { files: workspace.files, bytes: workspace.bytes, variations: workspace.variations },
    runs,
    read: { wallMs: readMs, peakRssMB: Math.max(...reads.map((r) => r.peakRssMB)), samplesMs: reads.map((r) => r.wallMs) },
    scan: {
      wallMs: scanMs,
      samplesMs: scans.map((s) => s.wallMs),
      filesPerSecond: workspace.files / (scanMs / 1000),
      MBps: workspace.bytes / MB / (scanMs / 1000),
      peakRssMB: Math.max(...scans.map((s) => s.peakRssMB)),
      indexed: scans[scans.length - 1].files,
      symbols: scans[scans.length - 1].symbols,
      ratio: scanMs / readMs,
    },
  };
}

if (require.main === module) {
  const [mode, dir] = process.argv.slice(2) as [Mode, string];
  runChild(mode, dir).then(
    (figures) => process.send!(figures, () => process.exit(0)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
