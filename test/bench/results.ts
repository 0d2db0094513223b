/** The shape of .test-artifacts/bench.json: what `bench` writes and `bench:check` reads. */
import type { BundleBuild } from './bundles';
import type { ColdStart } from './coldStart';
import type { CorpusLatency, DocumentLatency } from './latency';
import type { CycleMemory, LargeDocumentMemory } from './memory';
import type { PeerComparison } from './peer';
import type { RoundTrip } from './roundTrip';

export interface BenchResult {
  meta: { date: string; node: string; platform: string; cpus: number; loadAverage: number[]; quick: boolean; units: string; features: string[] };
  bundles: { dev: Omit<BundleBuild, 'serverJs'>; production: Omit<BundleBuild, 'serverJs'> | null };
  corpus: CorpusLatency;
  synthetic: DocumentLatency[];
  peer: PeerComparison;
  roundTrip: RoundTrip;
  memory: { largeDocument: LargeDocumentMemory; cycles: CycleMemory };
  coldStart: ColdStart;
}
