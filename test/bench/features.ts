/**
 * The service features to time, found by presence on `createLanguageService()` so that the bench
 * grows as features land. A feature that takes only the document needs nothing here; one that
 * takes more (positions, options) needs one line in EXTRA_ARGS.
 */
import type { Position } from 'vscode-languageserver-types';
import type { LanguageService, ParsedDocument } from '../../server/src/service';
import type { Task } from './stats';

interface FeatureContext {
  positions: Position[];
}

const BENCH_URI = 'file:///bench/document.unres';

const EXTRA_ARGS: Record<string, (context: FeatureContext) => unknown[]> = {
  selectionRanges: (c) => [c.positions],
  hover: (c) => [c.positions[0]],
  completion: (c) => [c.positions[0]],
  renumber: (c) => [c.positions[0]],
  definition: (c) => [BENCH_URI, c.positions[0]],
  references: (c) => [BENCH_URI, c.positions[0], true],
  documentHighlights: (c) => [c.positions[0]],
  codeActions: (c) => [{ start: c.positions[0], end: c.positions[c.positions.length - 1] }, { uri: BENCH_URI, canIgnoreRules: true }],
  summarize: () => [BENCH_URI],
};

/** Not features: `parse` is timed on its own, as the cost every feature shares. */
const NOT_FEATURES = new Set(['parse']);

/** A handful of cursors spread through the text, as an editor with several selections sends. */
const CURSORS = 16;

export function featureNames(service: LanguageService): string[] {
  const members = service as unknown as Record<string, unknown>;
  return Object.keys(members).filter((name) => typeof members[name] === 'function' && !NOT_FEATURES.has(name));
}

function cursorPositions(parsed: ParsedDocument): Position[] {
  const length = parsed.tree.text.length;
  return Array.from({ length: CURSORS }, (_, i) => parsed.lines.positionAt(Math.floor((length * (i + 0.5)) / CURSORS)));
}

/**
 * Features whose work a parsed document keeps (the analysis behind every check): timed on a
 * fresh parse of the text each round, made off the clock, as after an edit.
 */
const UNCACHED = new Set(['diagnostics']);

function onFreshParse(service: LanguageService, text: string, run: (doc: ParsedDocument) => unknown): Task {
  let fresh: ParsedDocument | undefined;
  return Object.assign(() => run(fresh!), { prepare: () => (fresh = service.parse(text)) });
}

/** One task per feature, each over an already parsed document, as the server calls them. */
export function featureTasks(service: LanguageService, parsed: ParsedDocument): Record<string, Task> {
  const context: FeatureContext = { positions: cursorPositions(parsed) };
  const members = service as unknown as Record<string, (...args: unknown[]) => unknown>;
  return Object.fromEntries(
    featureNames(service).map((name) => {
      const extra = EXTRA_ARGS[name]?.(context) ?? [];
      if (UNCACHED.has(name)) return [name, onFreshParse(service, parsed.tree.text, (doc) => members[name](doc, ...extra))];
      return [name, () => members[name](parsed, ...extra)];
    }),
  );
}
