/** The shape of .test-artifacts/bench.json: what `bench` writes and `bench:check` reads. */
import type { Activation } from './activation';
import type { BundleBuild } from './bundles';
import type { CliBulkResult } from './cliBulk';
import type { ColdStart } from './coldStart';
import type { CorpusLatency, DocumentLatency } from './latency';
import type { KeystrokeResult } from './keystroke';
import type { CycleMemory, LargeDocumentMemory } from './memory';
import type { PeerComparison } from './peer';
import type { RoundTrip } from './roundTrip';
import type { WorkspaceIndexResult } from './workspaceIndex';

/** Where a build's copies lie: for the run only, not written to bench.json. */
type BundlePaths = 'clientJs' | 'serverJs' | 'cliJs';

export interface BenchResult {
  meta: { date: string; node: string; platform: string; cpus: number; loadAverage: number[]; quick: boolean; units: string; features: string[] };
  bundles: { dev: Omit<BundleBuild, BundlePaths>; production: Omit<BundleBuild, BundlePaths> | null };
  corpus: CorpusLatency;
  synthetic: DocumentLatency[];
  peer: PeerComparison;
  roundTrip: RoundTrip;
  memory: { largeDocument: LargeDocumentMemory; cycles: CycleMemory };
  coldStart: ColdStart;
  /** require(dist/client.js) and activate() to client ready, against a fake `vscode`. */
  activation: Activation;
  keystroke: KeystrokeResult;
  /** The bulk suites on a generated 4,000-file workspace. */
  bulk: { index: WorkspaceIndexResult; cli: CliBulkResult };
}
