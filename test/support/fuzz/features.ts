/**
 * Finds every feature the pure language service exposes and calls it with plausible arguments, so
 * the fuzz tests cover features added after they were written (diagnostics, hover, links ...).
 *
 * A feature is any function of the service object other than `parse`. Its arguments are chosen
 * from its name and arity, following the LSP request it serves:
 *   name(doc)                          documents-only features (outline, folding, diagnostics, links)
 *   selectionRanges(doc, positions[])  anything named *Ranges that takes positions
 *   codeActions/inlayHints(doc, range, context)
 *   rename(doc, position, newName)
 *   formatting(doc, options)
 *   name(doc, position)                everything else with two or more parameters (hover, definition)
 */
import type { LanguageService, ParsedDocument } from '../../../server/src/service';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface FeatureCall {
  readonly name: string;
  readonly args: unknown[];
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Names of the service's features, sorted. */
export function featureNames(service: LanguageService): string[] {
  const names = new Set<string>();
  for (let o: object | null = service; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key === 'constructor' || key === 'parse') continue;
      if (typeof (service as unknown as Record<string, unknown>)[key] === 'function') names.add(key);
    }
  }
  return [...names].sort();
}

/** How a feature is called: with positions, a position, a range, or the document alone. */
export function argumentsFor(service: LanguageService, name: string, doc: ParsedDocument, positions: readonly Position[]): unknown[] {
  const fn = (service as unknown as Record<string, AnyFunction>)[name];
  const position = positions[0] ?? { line: 0, character: 0 };
  const range: Range = { start: positions[0] ?? position, end: positions[1] ?? position };
  const ordered = ordered2(range);
  if (/selectionRange/i.test(name)) return [doc, positions];
  if (fn.length <= 1) return [doc];
  if (/codeAction|inlayHint|range(?:Formatting|SemanticTokens)|semanticTokensRange/i.test(name)) return [doc, ordered, { diagnostics: [] }];
  if (/format/i.test(name)) return [doc, { tabSize: 4, insertSpaces: true }];
  if (/^rename$/i.test(name) && fn.length >= 3) return [doc, position, 'Renamed'];
  return [doc, position];
}

function ordered2(range: Range): Range {
  const { start, end } = range;
  const before = start.line < end.line || (start.line === end.line && start.character <= end.character);
  return before ? range : { start: end, end: start };
}

/** Calls one feature; a returned promise is awaited. */
export async function callFeature(service: LanguageService, name: string, args: unknown[]): Promise<unknown> {
  const fn = (service as unknown as Record<string, AnyFunction>)[name];
  return await fn.apply(service, args);
}
