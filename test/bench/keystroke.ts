/**
 * The keystroke path on a big document: one character typed in the middle of a multi-megabyte
 * session, then what the server does before it can publish (no debounce): apply the change to the
 * TextDocument, re-parse through the real DocumentCache (a new version misses it), and compute
 * the diagnostics. Timed against the baseline on the same text, with the three steps split so a
 * miss shows where the time goes.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service';
import { DocumentCache } from '../../server/src/documentCache';
import { baseline } from './baseline';
import type { BenchDocument } from './corpus';
import { summarize, timeOnce, type RoundOptions, type Summary } from './stats';

export interface KeystrokeResult {
  document: { name: string; bytes: number };
  /** Edit applied to fresh diagnostics. */
  total: Summary;
  /** The parts of `total`, medians in ms. */
  parts: { editMs: number; parseMs: number; diagnosticsMs: number };
  diagnostics: number;
  baseline: Summary;
  /** Median of total over median of the baseline. */
  ratio: number;
}

const URI = 'file:///bench/keystroke.txt';

export async function measureKeystroke(doc: BenchDocument, options: RoundOptions): Promise<KeystrokeResult> {
  const service = createLanguageService();
  const cache = new DocumentCache(service);
  let document = TextDocument.create(URI, 'un-resolution', 1, doc.text);
  const middle = document.positionAt(Math.floor(doc.text.length / 2));
  // The open: not timed, it is the cold parse the other suites measure.
  service.diagnostics(cache.get(document)!, undefined, URI);

  const totals: number[] = [];
  const bases: number[] = [];
  const parts = { editMs: [] as number[], parseMs: [] as number[], diagnosticsMs: [] as number[] };
  let diagnostics = 0;
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    // No forced collection between keystrokes: the server collects only once idle (server/src/heap.ts).
    const baseMs = await timeOnce(() => baseline(document.getText()));
    // The same spot each time: the text grows by one "x" per round, a negligible drift.
    const start = performance.now();
    document = TextDocument.update(document, [{ range: { start: middle, end: middle }, text: 'x' }], document.version + 1);
    const edited = performance.now();
    const parsed = cache.get(document)!;
    const reparsed = performance.now();
    diagnostics = service.diagnostics(parsed, undefined, URI).length;
    const end = performance.now();
    if (round < options.warmup) continue;
    bases.push(baseMs);
    totals.push(end - start);
    parts.editMs.push(edited - start);
    parts.parseMs.push(reparsed - edited);
    parts.diagnosticsMs.push(end - reparsed);
  }
  const total = summarize(totals);
  const base = summarize(bases);
  const med = (values: number[]) => summarize(values).medianMs;
  return {
    document: { name: doc.name, bytes: doc.bytes },
    total,
    parts: { editMs: med(parts.editMs), parseMs: med(parts.parseMs), diagnosticsMs: med(parts.diagnosticsMs) },
    diagnostics,
    baseline: base,
    ratio: total.medianMs / base.medianMs,
  };
}
