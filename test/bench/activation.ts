/**
 * Activation: the extension as VS Code starts it, each run in a fresh node process
 * (activationChild.ts): require(dist/client.js), then activate() until its promise resolves,
 * then until the client is ready (dist/server.js forked over IPC, the initialize result in).
 * `vscode` is a do-nothing fake (fakeVscode.ts), so the editor's own cost is left out; the
 * server's process start is in the last figure, compared with starting a bare `node -e 0`.
 */
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActivationSample } from './activationChild';
import { bundleSnapshotDir, repoRoot } from './paths';
import { summarize, timeOnce, type Summary } from './stats';

export interface ActivationBuild {
  require: Summary;
  activateCall: Summary;
  activateToReady: Summary;
  /**
   * require + activate() until its promise resolves: VS Code's activation (code loading, the
   * call and its promise), the figure the < 100 ms target is about.
   */
  activation: Summary;
  /** activate() to client ready over bare node start. */
  ratio: number;
  /** Providers the client registered from the server's capabilities, in the last run. */
  providers: number;
}

export interface Activation {
  runs: number;
  nodeBaseline: Summary;
  builds: Record<string, ActivationBuild>;
}

const CHILD = path.join(__dirname, 'activationChild.js');
const TIMEOUT_MS = 30_000;

const bareNode = (): Promise<void> =>
  new Promise((resolve, reject) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).once('exit', () => resolve()).once('error', reject));

/** An extension folder as VS Code has it (dist/client.js, dist/server.js, assets/), for one build. */
function extensionFolder(mode: string, clientJs: string, serverJs: string): string {
  const folder = path.join(bundleSnapshotDir, `${mode}-extension`);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(path.join(folder, 'dist'), { recursive: true });
  fs.copyFileSync(clientJs, path.join(folder, 'dist', 'client.js'));
  fs.copyFileSync(serverJs, path.join(folder, 'dist', 'server.js'));
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(folder, 'package.json'));
  fs.symlinkSync(path.join(repoRoot, 'assets'), path.join(folder, 'assets'), 'dir');
  return folder;
}

function activateOnce(folder: string): Promise<ActivationSample> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CHILD, folder], { timeout: TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`activation in ${folder} failed: ${error.message}\n${stderr}`));
      const sample = JSON.parse(stdout.trim().split('\n').pop()!) as ActivationSample;
      if (!sample.serverPid || sample.providers === 0) return reject(new Error(`activation in ${folder} resolved without a running server: ${stdout}`));
      resolve(sample);
    });
  });
}

/** Interleaves bare node and each build, run after run, so machine load hits all alike. */
export async function measureActivation(builds: Record<string, { clientJs: string; serverJs: string }>, runs: number): Promise<Activation> {
  const folders = Object.fromEntries(Object.entries(builds).map(([mode, b]) => [mode, extensionFolder(mode, b.clientJs, b.serverJs)]));
  const base: number[] = [];
  const samples: Record<string, ActivationSample[]> = Object.fromEntries(Object.keys(folders).map((mode) => [mode, []]));
  // One untimed activation each first: the disk cache, not the extension, is cold on the first.
  for (const folder of Object.values(folders)) await activateOnce(folder);
  for (let run = 0; run < runs; run++) {
    base.push(await timeOnce(bareNode));
    for (const [mode, folder] of Object.entries(folders)) samples[mode].push(await activateOnce(folder));
  }
  const nodeBaseline = summarize(base);
  const result: Activation['builds'] = {};
  for (const [mode, list] of Object.entries(samples)) {
    const activateToReady = summarize(list.map((s) => s.activateToReadyMs));
    result[mode] = {
      require: summarize(list.map((s) => s.requireMs)),
      activateCall: summarize(list.map((s) => s.activateCallMs)),
      activateToReady,
      activation: summarize(list.map((s) => s.requireMs + s.activateResolvedMs)),
      ratio: activateToReady.medianMs / nodeBaseline.medianMs,
      providers: list[list.length - 1].providers,
    };
  }
  return { runs, nodeBaseline, builds: result };
}
