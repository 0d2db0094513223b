/**
 * The latency an editor sees: `textDocument/documentSymbol` on a typical resolution over stdio,
 * against a request the server answers with no work at all (the transport's own round trip).
 */
import type { BenchDocument } from './corpus';
import { LspSession } from './lspSession';
import { sampleRounds, type Summary } from './stats';

export interface RoundTrip {
  document: { name: string; bytes: number };
  requests: number;
  documentSymbol: Summary;
  ping: Summary;
  /** documentSymbol p50 over the bare round trip's p50. */
  ratio: number;
}

export async function measureRoundTrip(serverJs: string, doc: BenchDocument, requests: number): Promise<RoundTrip> {
  const session = await LspSession.start(serverJs);
  try {
    const uri = 'file:///bench/typical.txt';
    await session.open(uri, doc.text);
    const summaries = await sampleRounds(
      { ping: () => session.ping(), documentSymbol: () => session.documentSymbols(uri) },
      { rounds: requests, warmup: 10 },
    );
    const { ping, documentSymbol } = summaries;
    return { document: { name: doc.name, bytes: doc.bytes }, requests, documentSymbol, ping, ratio: documentSymbol.medianMs / ping.medianMs };
  } finally {
    await session.dispose();
  }
}
