/** The shape of .test-artifacts/bench.json: what `bench` writes and `bench:check` reads. */
import type { BundleBuild } from './bundles';
import type { CliBulkResult } from './cliBulk';
import type { ColdStart } from './coldStart';
import type { CorpusLatency, DocumentLatency } from './latency';
import type { KeystrokeResult } from './keystroke';
import type { CycleMemory, LargeDocumentMemory } from './memory';
import type { PeerComparison } from './peer';
import type { RoundTrip } from './roundTrip';
import type { WorkspaceIndexResult } from './workspaceIndex';

export interface BenchResult {
  meta: { date: string; node: string; platform: string; cpus: number; loadAverage: number[]; quick: boolean; units: string; features: string[] };
  bundles: { dev: Omit<BundleBuild, 'serverJs' | 'cliJs'>; production: Omit<BundleBuild, 'serverJs' | 'cliJs'> | null };
  corpus: CorpusLatency;
  synthetic: DocumentLatency[];
  peer: PeerComparison;
  roundTrip: RoundTrip;
  memory: { largeDocument: LargeDocumentMemory; cycles: CycleMemory };
  coldStart: ColdStart;
  keystroke: KeystrokeResult;
  /** The bulk suites on a generated 4,000-file workspace. */
  bulk: { index: WorkspaceIndexResult; cli: CliBulkResult };
}
