/**
 * `npm run bench`: runs every suite, prints the tables and writes .test-artifacts/bench.json
 * (plus bench.txt, the same tables). `--quick` cuts the rounds for a smoke run; its figures are
 * not to be compared. Targets are printed here and enforced by check.ts (`npm run bench:check`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/service';
import { measureActivation } from './activation';
import { buildBundles } from './bundles';
import { measureCliBulk } from './cliBulk';
import { measureColdStart } from './coldStart';
import { loadCorpus, synthesize, typicalDocument } from './corpus';
import { featureNames } from './features';
import { measureKeystroke } from './keystroke';
import { measureCorpus, measureDocument } from './latency';
import { measureCycles, measureLargeDocument } from './memory';
import { artifactsDir, benchJson } from './paths';
import { comparePeerInWorker } from './peerWorker';
import { renderReport } from './report';
import type { BenchResult } from './results';
import { measureRoundTrip } from './roundTrip';
import type { RoundOptions } from './stats';
import { evaluate } from './targets';
import { generateWorkspace, removeWorkspace, workspaceMB } from './workspaceFiles';
import { measureWorkspaceIndex } from './workspaceIndex';

interface Plan {
  corpus: RoundOptions;
  /** Rounds per synthetic size: fewer for the bigger texts, enough for a median. */
  synthetic: Array<[megabytes: number, options: RoundOptions]>;
  peer: RoundOptions;
  roundTrips: number;
  largeDocumentMB: number;
  cycles: number;
  coldStarts: number;
  /** Fresh extension processes per build, each require(client.js) + activate() to client ready. */
  activations: number;
  /** One character typed into the 5 MB session. */
  keystroke: RoundOptions;
  /** Fresh child processes per subject (read-only floor, scan) on the 4,000-file workspace. */
  indexRuns: number;
  cliRuns: number;
}

const FULL: Plan = {
  corpus: { rounds: 30, warmup: 3 },
  synthetic: [
    [1, { rounds: 20, warmup: 2, collectGarbage: true }],
    [5, { rounds: 15, warmup: 1, collectGarbage: true }],
    [20, { rounds: 5, warmup: 1, collectGarbage: true }],
  ],
  peer: { rounds: 5, warmup: 1, collectGarbage: true },
  roundTrips: 200,
  largeDocumentMB: 10,
  cycles: 1000,
  coldStarts: 7,
  activations: 9,
  keystroke: { rounds: 7, warmup: 1 },
  indexRuns: 3,
  // Each run is some 10 s on a loaded machine: two keep the added bench time near two minutes.
  cliRuns: 2,
};

const QUICK: Plan = {
  ...FULL,
  corpus: { rounds: 5, warmup: 1 },
  synthetic: FULL.synthetic.map(([megabytes, options]) => [megabytes, { ...options, rounds: 3 }]),
  peer: { ...FULL.peer, rounds: 2 },
  roundTrips: 50,
  cycles: 100,
  coldStarts: 2,
  activations: 3,
  keystroke: { rounds: 3, warmup: 1 },
  indexRuns: 1,
  cliRuns: 1,
};

const progress = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  if (!(globalThis as { gc?: unknown }).gc) progress('note: run node with --expose-gc (as `npm run bench` does) to keep garbage out of the big-text timings');
  const plan = quick ? QUICK : FULL;

  progress('building dev and production bundles');
  const { dev, production } = buildBundles();
  const { serverJs, cliJs } = production ?? dev;

  progress('loading corpus');
  const corpus = loadCorpus();
  const typical = typicalDocument(corpus);

  progress(`in-process latency over ${corpus.length} corpus documents`);
  const corpusLatency = await measureCorpus(corpus, plan.corpus);

  const synthetic = [];
  for (const [megabytes, options] of plan.synthetic) {
    progress(`in-process latency on a synthetic ${megabytes} MB session`);
    synthetic.push(await measureDocument(synthesize(corpus, megabytes), options));
  }

  const fiveMB = synthesize(corpus, 5);
  progress('keystroke: one character typed into the 5 MB session, to fresh diagnostics');
  const keystroke = await measureKeystroke(fiveMB, plan.keystroke);

  progress('peer: vscode-markdown-languageservice on the 5 MB twin');
  const peer = await comparePeerInWorker(fiveMB, plan.peer);

  progress(`stdio round trips (${plan.roundTrips})`);
  const roundTrip = await measureRoundTrip(serverJs, typical, plan.roundTrips);

  progress(`server memory: ${plan.largeDocumentMB} MB document, then ${plan.cycles} open/close cycles`);
  const largeDocument = await measureLargeDocument(serverJs, synthesize(corpus, plan.largeDocumentMB));
  const cycles = await measureCycles(serverJs, typical, plan.cycles);

  progress('cold start');
  const servers: Record<string, string> = { dev: dev.serverJs, ...(production ? { production: production.serverJs } : {}) };
  const coldStart = await measureColdStart(servers, typical, plan.coldStarts);

  progress(`activation: require(dist/client.js) + activate() to client ready, ${plan.activations} fresh process(es) per build`);
  const activation = await measureActivation({ dev, ...(production ? { production } : {}) }, plan.activations);

  const workspace = generateWorkspace(corpus);
  let bulk: BenchResult['bulk'];
  try {
    progress(`workspace index: ${workspace.files} files (${workspaceMB(workspace).toFixed(1)} MB), ${plan.indexRuns} run(s) each of read-only and scan`);
    const index = await measureWorkspaceIndex(workspace, plan.indexRuns);
    progress(`command line: check --jobs 2 on the same files, ${plan.cliRuns} run(s)`);
    const cli = await measureCliBulk(cliJs, workspace, index.read.wallMs, plan.cliRuns);
    bulk = { index, cli };
  } finally {
    removeWorkspace(workspace);
  }

  const strip = <T extends { clientJs: string; serverJs: string; cliJs: string }>({ clientJs: _, serverJs: __, cliJs: ___, ...rest }: T) => rest;
  const result: BenchResult = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${os.arch()}`,
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      quick,
      units: 'MB = 2^20 bytes of UTF-8 text, KB = 2^10 bytes',
      features: featureNames(createLanguageService()),
    },
    bundles: { dev: strip(dev), production: production ? strip(production) : null },
    corpus: corpusLatency,
    synthetic,
    peer,
    roundTrip,
    memory: { largeDocument, cycles },
    coldStart,
    activation,
    keystroke,
    bulk,
  };
  const verdicts = evaluate(result);
  const report = renderReport(result, verdicts);
  fs.mkdirSync(artifactsDir, { recursive: true });
  fs.writeFileSync(benchJson, JSON.stringify({ ...result, verdicts }, null, 2));
  fs.writeFileSync(path.join(artifactsDir, 'bench.txt'), report);
  process.stdout.write(report);
  progress(`wrote ${path.relative(process.cwd(), benchJson)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
