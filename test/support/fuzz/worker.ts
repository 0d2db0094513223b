/**
 * Worker thread of the fuzz tests. The language service and the regexes under test run here, so
 * the test thread can stop a hang (catastrophic backtracking, an endless loop) by terminating the
 * worker and report it, instead of hanging the whole test run.
 *
 * Jobs (see runner.ts for the protocol): `check` runs the parser and every feature on a text and
 * returns the invariant violations; `load`/`feature` time the parse and each feature separately;
 * `regex` times a batch of regexes on generated inputs, one step per input; `edits` applies an
 * edit sequence to a TextDocument and compares the edited document's results with a fresh parse.
 */
import { parentPort } from 'node:worker_threads';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLanguageService, type ParsedDocument } from '../../../server/src/service';
import { DocumentCache } from '../../../server/src/documentCache';
import { argumentsFor, callFeature, callsFor, featureNames, type Position } from './features';
import { Lines, Violations, checkFolding, checkGeneric, checkSelectionRanges, checkSymbols, checkTree } from './invariants';
import { buildRegexInput, runRegex, type RegexInputSpec } from './regexScan';

const service = createLanguageService();

/** Service functions that take an edit rather than a document: not features to fuzz with documents. */
export const EDIT_API = /^(?:update|reparse|apply\w*|parseIncremental|incremental\w*|edit\w*)$/i;

export interface CheckResult {
  violations: string[];
  features: string[];
  nodes: number;
  symbols: number;
  folds: number;
  selections: number;
  otherRanges: number;
}

/** A call's arguments for messages: the document as `doc`, positions and ranges compactly. */
function showArgument(arg: unknown): string {
  if (arg && typeof arg === 'object' && 'tree' in arg) return 'doc';
  const json = JSON.stringify(arg, (key, value) => (key === 'diagnostics' && Array.isArray(value) ? `${value.length} diagnostics` : value));
  return json === undefined ? 'undefined' : json.length > 120 ? `${json.slice(0, 120)}…` : json;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  return String(error);
}

export async function check(text: string, probeList: Array<[number, number]>): Promise<CheckResult> {
  const v = new Violations();
  const lines = new Lines(text);
  const result: CheckResult = { violations: v.list, features: [], nodes: 0, symbols: 0, folds: 0, selections: 0, otherRanges: 0 };
  let doc: ParsedDocument;
  try {
    doc = service.parse(text);
  } catch (error) {
    v.add(`parse threw ${errorText(error)}`);
    return result;
  }
  try {
    result.nodes = checkTree(text, doc.tree, v);
  } catch (error) {
    v.add(`tree walk threw ${errorText(error)}`);
  }
  const positions: Position[] = lines.positions(probeList);
  for (const name of featureNames(service)) {
    if (EDIT_API.test(name)) continue;
    result.features.push(name);
    for (const args of callsFor(service, name, doc, positions, 6)) {
      let output: unknown;
      const call = `${name}(${args.map(showArgument).join(', ')})`;
      try {
        output = await callFeature(service, name, args);
      } catch (error) {
        v.add(`${call} threw ${errorText(error)}`);
        continue;
      }
      try {
        if (name === 'outline') result.symbols += checkSymbols(lines, output, v);
        else if (name === 'foldingRanges') result.folds += checkFolding(lines, output, v);
        else if (name === 'selectionRanges') result.selections += checkSelectionRanges(lines, positions, output, v);
        else result.otherRanges += checkGeneric(lines, call, output, v);
      } catch (error) {
        v.add(`checking ${call} threw ${errorText(error)}`);
      }
    }
  }
  return result;
}

// ---- timed single steps -----------------------------------------------------------------------

let loaded: { doc: ParsedDocument; positions: Position[] } | undefined;

function load(text: string): number {
  loaded = undefined;
  const t0 = performance.now();
  const doc = service.parse(text);
  const ms = performance.now() - t0;
  const lines = new Lines(text);
  loaded = { doc, positions: lines.positions([[0, 500_000], [500_000, 500_000], [999_999, 999_999], [250_000, 999_999]], 4) };
  return ms;
}

async function feature(name: string): Promise<number> {
  if (!loaded) throw new Error('no document loaded');
  const args = argumentsFor(service, name, loaded.doc, loaded.positions);
  const t0 = performance.now();
  await callFeature(service, name, args);
  return performance.now() - t0;
}

// ---- edits ------------------------------------------------------------------------------------

export interface EditChange {
  /** Offset fraction of the start, and length in UTF-16 units; `full` sends the result as the whole new text. */
  readonly at: number;
  readonly length: number;
  readonly text: string;
  readonly full?: boolean;
}

export interface EditStep {
  readonly changes: readonly EditChange[];
  /** Whether the editor asks for the outline after this step (so the cache sees this version). */
  readonly query: boolean;
}

export interface EditResult {
  /** Empty when the edited document and the fresh parse agree. */
  mismatches: string[];
  /** Resolutions the final parse reused from the previous version. */
  reused?: number;
  finalLength: number;
  changes: number;
}

function comparedFeatures(): string[] {
  return featureNames(service).filter((name) => !EDIT_API.test(name));
}

async function results(doc: ParsedDocument, names: readonly string[], positions: Position[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of names) out[name] = await Promise.all(callsFor(service, name, doc, positions, 4).map((args) => callFeature(service, name, args)));
  return out;
}

/** The tree without the text, for comparing structure. */
function shape(doc: ParsedDocument): unknown {
  return JSON.parse(JSON.stringify(doc.tree.root));
}

async function edits(base: string, steps: readonly EditStep[], probeList: Array<[number, number]>): Promise<EditResult> {
  const mismatches: string[] = [];
  let document = TextDocument.create('file:///fuzz/edited.unres', 'un-resolution', 1, base);
  let shadow = base;
  const cache = new DocumentCache(service);
  let last = cache.get(document)!;
  let count = 0;
  for (const step of steps) {
    const events: TextDocumentContentChangeEvent[] = [];
    for (const change of step.changes) {
      count++;
      // Ranges refer to the text as the previous change of the same event left it (LSP semantics).
      const lines = new Lines(shadow);
      const start = Math.min(shadow.length, Math.floor((change.at / 1e6) * (shadow.length + 1)));
      const end = Math.min(shadow.length, start + change.length);
      const range = { start: positionOf(lines, start), end: positionOf(lines, end) };
      const from = lines.offsetOf(range.start);
      const to = lines.offsetOf(range.end);
      shadow = shadow.slice(0, from) + change.text + shadow.slice(to);
      events.push(change.full ? { text: shadow } : { range, text: change.text });
    }
    document = TextDocument.update(document, events, document.version + 1);
    if (step.query) service.outline((last = cache.get(document)!));
  }
  const finalText = document.getText();
  if (finalText !== shadow) {
    mismatches.push(`harness: TextDocument text (${finalText.length} chars) differs from the edits applied by hand (${shadow.length} chars)`);
    return { mismatches, finalLength: finalText.length, changes: count };
  }
  const edited = cache.get(document)!;
  const fresh = service.parse(finalText);
  // Resolutions of a session that the final parse took from the one before it.
  const reused = edited === last ? 0 : edited.segments.filter((segment) => last.segments.some((before) => before.resolution === segment.resolution)).length;
  const positions = new Lines(finalText).positions(probeList);
  if (edited.tree.text !== finalText) mismatches.push('the edited document parse holds a different text');
  if (!isDeepStrictEqual(shape(edited), shape(fresh))) mismatches.push(firstDifference('tree', shape(edited), shape(fresh)));
  const names = comparedFeatures();
  const a = await results(edited, names, positions);
  const b = await results(fresh, names, positions);
  for (const name of Object.keys(b)) {
    if (!isDeepStrictEqual(a[name], b[name])) mismatches.push(firstDifference(name, a[name], b[name]));
  }
  return { mismatches, finalLength: finalText.length, changes: count, reused };
}

/** LSP position of an offset; an offset inside a CRLF pair is moved before the CR. */
function positionOf(lines: Lines, offset: number): Position {
  let line = 0;
  let low = 0;
  let high = lines.starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (lines.starts[mid] <= offset) {
      line = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return { line, character: Math.min(offset - lines.starts[line], lines.lengths[line]) };
}

/** Where two JSON values first differ, as a path and both values. */
export function firstDifference(label: string, a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return `${label}${path}: equal`;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(x, y)) return firstDifference(label, x, y, `${path}.${key}`);
    }
  }
  const clip = (value: unknown): string => {
    const s = JSON.stringify(value);
    return s === undefined ? 'undefined' : s.length > 400 ? `${s.slice(0, 400)}…` : s;
  };
  return `${label}${path}: edited document has ${clip(a)}, fresh parse has ${clip(b)}`;
}

// ---- protocol ---------------------------------------------------------------------------------

export type Job =
  | { type: 'check'; text: string; probes: Array<[number, number]> }
  | { type: 'load'; text: string }
  | { type: 'feature'; name: string }
  | { type: 'features' }
  | { type: 'regex'; tasks: Array<{ source: string; flags: string; input: RegexInputSpec }> }
  | { type: 'edits'; base: string; steps: EditStep[]; probes: Array<[number, number]> };

async function handle(job: Job, step: (index: number, value: unknown) => void): Promise<unknown> {
  switch (job.type) {
    case 'check':
      return check(job.text, job.probes);
    case 'load':
      return load(job.text);
    case 'feature':
      return feature(job.name);
    case 'features':
      return featureNames(service).filter((name) => !EDIT_API.test(name));
    case 'regex':
      job.tasks.forEach((task, index) => step(index, runRegex(task.source, task.flags, buildRegexInput(task.input))));
      return job.tasks.length;
    case 'edits':
      return edits(job.base, job.steps, job.probes);
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: { id: number; job: Job }) => {
    const step = (index: number, value: unknown): void => port.postMessage({ id: message.id, step: index, value });
    handle(message.job, step).then(
      (value) => port.postMessage({ id: message.id, value }),
      (error) => port.postMessage({ id: message.id, error: errorText(error) }),
    );
  });
}
