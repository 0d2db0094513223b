/** The human-readable report: one plain-text table per suite, then the targets. */
import { KB } from './bundles';
import { MB } from './corpus';
import { BASELINE, PARSE } from './latency';
import type { BenchResult } from './results';
import type { Summary } from './stats';
import type { Verdict } from './targets';

const DASH = '–';

function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}
const times = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? DASH : `${value < 10 ? value.toFixed(2) : value.toFixed(1)}x`);
const mb = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? DASH : value.toFixed(1));
const size = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`);

/** Left-aligns the first column, right-aligns the figures. */
export function formatTable(title: string, headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function corpusTable(r: BenchResult): string {
  const { typical, worst } = r.corpus;
  const rows = Object.keys(typical).map((task) => [task, ms(typical[task].medianMs), ms(typical[task].p95Ms), times(typical[task].ratio), ms(worst[task].medianMs), times(worst[task].ratio), `${worst[task].name} (${size(worst[task].bytes)})`]);
  const table = formatTable(
    `Corpus: ${r.corpus.documents} documents; typical = median over the ${r.corpus.typicalDocuments} under 100 KB (ms; x = over the baseline on the same text); typical parse ${r.corpus.typicalParseMBps?.toFixed(1)} MB/s`,
    ['task', 'typical p50', 'typical p95', 'x base', 'worst p50', 'x base', 'worst document'],
    rows,
  );
  return [table, ...failures(r)].join('\n');
}

/** Features that threw on some corpus documents: their figures above leave those documents out. */
function failures(r: BenchResult): string[] {
  const byTask = new Map<string, string[]>();
  for (const doc of r.corpus.perDocument) for (const [task, message] of Object.entries(doc.errors)) byTask.set(task, [...(byTask.get(task) ?? []), `${doc.name}: ${message}`]);
  return [...byTask].map(([task, list]) => `! ${task} threw on ${list.length} document(s), e.g. ${list[0].slice(0, 100)}`);
}

function syntheticTable(r: BenchResult): string {
  const rows = r.synthetic.flatMap((doc) => [
    ...Object.entries(doc.tasks).map(([task, f]) => [`${doc.name} ${task}`, ms(f.medianMs), ms(f.p95Ms), times(f.ratio), task === PARSE ? `${doc.parseMBps.toFixed(1)} MB/s` : '', ms(f.afterCollectionMs)]),
    ...Object.entries(doc.errors).map(([task, message]) => [`${doc.name} ${task}`, 'error', '', '', message.slice(0, 60), '']),
  ]);
  return formatTable(
    'Synthetic sessions (whole corpus resolutions concatenated; ms, each call the one after another on fresh input; "after GC": the call right after a forced collection, as after the server\'s idle collection)',
    ['document task', 'p50', 'p95', 'x base', 'throughput', 'after GC p50'],
    rows,
  );
}

function peerTable(r: BenchResult): string {
  const p = r.peer;
  const rows = [
    [`ours: parse+outline, ${p.resolution.name}`, ms(p.ours.medianMs), `${p.resolution.symbols} symbols`],
    [`peer: markdown symbols, ${size(p.markdown.bytes)}`, p.peer ? ms(p.peer.medianMs) : `error: ${p.peerError}`, `${p.markdown.headings} headings, ${p.markdown.paragraphs} paragraphs`],
    ['ours / peer', times(p.ratio), ''],
  ];
  return formatTable('Peer: vscode-markdown-languageservice + markdown-it document symbols (ms)', ['subject', 'p50', 'shape'], rows);
}

const summaryRow = (name: string, s: Summary, extra = ''): string[] => [name, ms(s.medianMs), ms(s.p95Ms), extra];

function serverTable(r: BenchResult): string {
  const rt = r.roundTrip;
  const { largeDocument: large, cycles } = r.memory;
  const rows = [
    summaryRow(`stdio documentSymbol x${rt.requests}, ${rt.document.name}`, rt.documentSymbol, `${times(rt.ratio)} bare trip`),
    summaryRow('stdio bare round trip (MethodNotFound)', rt.ping),
    ...Object.entries(r.coldStart.builds).flatMap(([mode, b]) => [
      summaryRow(`cold start ${mode}: spawn -> initialize`, b.initialize),
      summaryRow(`cold start ${mode}: spawn -> first documentSymbol`, b.firstDocumentSymbol, `${times(b.ratio)} bare node`),
    ]),
    summaryRow('bare `node -e 0`', r.coldStart.nodeBaseline),
  ];
  const memoryRows = [
    ['idle after initialize', mb(large.idle?.rssMB), mb(large.idle?.peakMB)],
    [`${large.document.name} (${size(large.document.bytes)}) opened + outline, then idle`, mb(large.afterOutline?.rssMB), mb(large.afterOutline?.peakMB)],
    ...cycles.samples.map((s) => [`after ${s.cycle} open/symbols/close cycles`, mb(s.rssMB), '']),
    ['growth: median of later half - median of earlier half', mb(cycles.growthMB), ''],
  ];
  const bundleRows = [r.bundles.dev, r.bundles.production].filter((b) => b !== null).flatMap((b) => [
    [`${b!.mode} dist/client.js`, size(b!.client.bytes), size(b!.client.gzipBytes)],
    [`${b!.mode} dist/server.js`, size(b!.server.bytes), size(b!.server.gzipBytes)],
  ]);
  return [
    formatTable('Server process over stdio (ms)', ['measure', 'p50', 'p95', 'relative'], rows),
    formatTable('Server memory (MB resident)', ['state', 'RSS', 'peak RSS'], memoryRows),
    formatTable('Bundles', ['file', 'size', 'gzip'], bundleRows),
  ].join('\n\n');
}

function activationTable(r: BenchResult): string {
  const a = r.activation;
  if (!a) return '';
  const rows = [
    ...Object.entries(a.builds).flatMap(([mode, b]) => [
      summaryRow(`${mode}: require(dist/client.js)`, b.require),
      summaryRow(`${mode}: activate() call, synchronous part`, b.activateCall),
      summaryRow(`${mode}: require + activate() resolved (activation)`, b.activation),
      summaryRow(`${mode}: activate() -> client ready`, b.activateToReady, `${times(b.ratio)} bare node; ${b.providers} providers`),
    ]),
    summaryRow('bare `node -e 0`', a.nodeBaseline),
  ];
  return formatTable(
    `Activation: ${a.runs} fresh processes per build, fake \`vscode\`; ready = client.start() resolved (server forked over IPC, initialize answered) (ms)`,
    ['measure', 'p50', 'p95', 'relative'],
    rows,
  );
}

function keystrokeTable(r: BenchResult): string {
  const k = r.keystroke;
  if (!k) return '';
  const rows = [
    summaryRow('edit -> fresh diagnostics (total)', k.total, `${times(k.ratio)} base`),
    ['  TextDocument.update', ms(k.parts.editMs), '', ''],
    ['  re-parse (DocumentCache miss)', ms(k.parts.parseMs), '', ''],
    ['  diagnostics', ms(k.parts.diagnosticsMs), '', `${k.diagnostics} problems`],
    summaryRow('baseline on the same text', k.baseline),
  ];
  return formatTable(`Keystroke: one character typed in the middle of ${k.document.name} (${size(k.document.bytes)}), no debounce (ms)`, ['step', 'p50', 'p95', 'relative'], rows);
}

function bulkTable(r: BenchResult): string {
  if (!r.bulk) return '';
  const { index, cli } = r.bulk;
  const w = index.workspace;
  const v = w.variations;
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const samples = (values: number[]) => values.map((value) => (value / 1000).toFixed(2)).join(', ');
  const rows = [
    ['read-only floor: walk + fs.readFile each', seconds(index.read.wallMs), '1.00x', `${mb(index.read.peakRssMB)} MB`, samples(index.read.samplesMs)],
    [
      `scanWorkspace: ${index.scan.indexed} indexed, ${index.scan.symbols} symbols`,
      seconds(index.scan.wallMs),
      times(index.scan.ratio),
      `${mb(index.scan.peakRssMB)} MB`,
      `${samples(index.scan.samplesMs)}; ${index.scan.filesPerSecond.toFixed(0)} files/s, ${index.scan.MBps.toFixed(1)} MB/s`,
    ],
    [`cli check --jobs 2 (exit ${[...new Set(cli.exitCodes)].join('/')})`, seconds(cli.wallMs), times(cli.ratio), '', `${samples(cli.samplesMs)}; ${size(cli.stdoutBytes)} of problems`],
  ];
  return formatTable(
    `Bulk workspace: ${w.files} files, ${size(w.bytes)} (${v.renumbered} renumbered, ${v.crlf} CRLF, ${v.spaces} spaces, ${v.truncated} truncated); medians of ${index.runs}/${cli.runs} fresh processes`,
    ['subject', 'wall', 'x floor', 'peak RSS', 'runs (s)'],
    rows,
  );
}

export function verdictTable(verdicts: readonly Verdict[]): string {
  const rows = verdicts.map((v) => [v.description, v.value === null ? DASH : `${v.value.toFixed(2)} ${v.unit}`, `${v.op} ${v.limit} ${v.unit}`, v.pass ? 'ok' : v.advisory ? 'MISSED (advisory)' : 'MISSED']);
  return formatTable('Targets (medians)', ['target', 'measured', 'wanted', 'verdict'], rows);
}

export function renderReport(r: BenchResult, verdicts: readonly Verdict[]): string {
  const header = `UN resolution bench — ${r.meta.date}, node ${r.meta.node}, ${r.meta.cpus} CPUs, load ${r.meta.loadAverage.map((l) => l.toFixed(2)).join(' ')}${r.meta.quick ? ', QUICK' : ''}\nfeatures timed: ${r.meta.features.join(', ')}; baseline (${BASELINE}) = split lines + one regex test per line; ${r.meta.units}`;
  return [header, corpusTable(r), syntheticTable(r), keystrokeTable(r), peerTable(r), serverTable(r), activationTable(r), bulkTable(r), verdictTable(verdicts)].filter(Boolean).join('\n\n') + '\n';
}
