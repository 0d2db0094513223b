/**
 * Finds every feature the pure language service exposes and calls it with plausible arguments, so
 * the fuzz tests cover features added after they were written (diagnostics, hover, links ...).
 *
 * A feature is any function of the service object other than `parse`. Its arguments are chosen
 * by the names of its parameters (read from the function's source), as the LSP request it serves
 * would fill them: `input`/`doc` → the parsed document, `position` → a probe position,
 * `positions` → all probes, `range` → the range between the first two probes, `uri` → the fuzz
 * document's URI, `context` → a code action context holding the diagnostics in the range,
 * `query` → a workspace symbol query, `newName` → a name, `options` → formatting options;
 * optional settings (`severities`, `only` ...) are left undefined.
 */
import type { LanguageService, ParsedDocument } from '../../../server/src/service';

import type { Position, Range } from '../../../server/src/service/text/lineIndex';

export type { Position, Range };

type AnyFunction = (...args: unknown[]) => unknown;

export const FUZZ_URI = 'file:///fuzz/document.unres';

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

/** Parameter names of a function, from its source: `(input, uri, position = x) =>`, `name(a, b) {`. */
export function parameterNames(fn: AnyFunction): string[] {
  const source = Function.prototype.toString.call(fn);
  const open = source.indexOf('(');
  const arrow = source.indexOf('=>');
  if (arrow >= 0 && (open < 0 || arrow < open)) return [source.slice(0, arrow).trim().replace(/^async\s+/, '')].filter(Boolean);
  if (open < 0) return [];
  let depth = 0;
  let end = open;
  for (let i = open; i < source.length; i++) {
    if ('([{'.includes(source[i])) depth++;
    else if (')]}'.includes(source[i]) && --depth === 0) {
      end = i;
      break;
    }
  }
  const list = source.slice(open + 1, end);
  const names: string[] = [];
  depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names.map((p) => p.replace(/=.*$/s, '').replace(/^\.\.\./, '').trim()).filter(Boolean);
}

function ordered(a: Position, b: Position): Range {
  const before = a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before ? { start: a, end: b } : { start: b, end: a };
}

/**
 * The context of a code action request: the diagnostics in the range (LSP shape) and the fields
 * the service's own context has (uri, whether "ignore this rule" may be offered).
 */
function codeActionContext(service: LanguageService, doc: ParsedDocument, range: Range): Record<string, unknown> {
  const diagnosticsOf = (service as unknown as Record<string, unknown>).diagnostics;
  const all = typeof diagnosticsOf === 'function' ? (diagnosticsOf as AnyFunction).call(service, doc) : [];
  const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const diagnostics = (Array.isArray(all) ? (all as Array<{ range?: Range }>) : []).filter((d) => d?.range && before(d.range.start, range.end) && before(range.start, d.range.end));
  return { uri: FUZZ_URI, canIgnoreRules: true, diagnostics, triggerKind: 1 };
}

/** The argument for one parameter, by its name; undefined for optional settings and unknown names. */
function argumentFor(parameter: string, service: LanguageService, doc: ParsedDocument, positions: readonly Position[], text: string): unknown {
  const position = positions[0] ?? { line: 0, character: 0 };
  const range = ordered(positions[0] ?? position, positions[1] ?? position);
  const p = parameter.toLowerCase();
  if (/^(?:input|doc|document|parsed|source)$/.test(p)) return doc;
  if (p === 'text') return text;
  if (/^(?:positions)$/.test(p)) return positions;
  if (/^(?:position|pos|at|cursor)$/.test(p)) return position;
  if (/^(?:range|selection)$/.test(p)) return range;
  if (/uri$/.test(p)) return FUZZ_URI;
  if (/context$/.test(p)) return codeActionContext(service, doc, range);
  if (p === 'query') return text.slice(0, 3).trim() || 'res';
  if (p === 'newname') return 'Renamed';
  if (p === 'options') return { tabSize: 4, insertSpaces: true };
  if (p === 'includedeclaration') return true;
  return undefined;
}

/** How a feature is called. */
export function argumentsFor(service: LanguageService, name: string, doc: ParsedDocument, positions: readonly Position[]): unknown[] {
  const fn = (service as unknown as Record<string, AnyFunction>)[name];
  const text = doc.tree.text;
  const names = parameterNames(fn);
  if (names.length === 0) return fn.length === 0 ? [] : [doc];
  return names.map((parameter) => argumentFor(parameter, service, doc, positions, text));
}

/** Calls one feature; a returned promise is awaited. */
export async function callFeature(service: LanguageService, name: string, args: unknown[]): Promise<unknown> {
  const fn = (service as unknown as Record<string, AnyFunction>)[name];
  return await fn.apply(service, args);
}

/**
 * The calls to make for one feature: once for document-wide features; for features taking a
 * position or a range, once per position (up to `max`), the range running to the next position.
 */
export function callsFor(service: LanguageService, name: string, doc: ParsedDocument, positions: readonly Position[], max: number): unknown[][] {
  const fn = (service as unknown as Record<string, AnyFunction>)[name];
  const names = parameterNames(fn).map((p) => p.toLowerCase());
  const pointwise = names.some((p) => /^(?:position|pos|at|cursor|range|selection)$/.test(p));
  if (!pointwise || positions.length === 0) return [argumentsFor(service, name, doc, positions)];
  const calls: unknown[][] = [];
  for (let i = 0; i < positions.length && i < max; i++) {
    const rotated = [...positions.slice(i), ...positions.slice(0, i)];
    calls.push(argumentsFor(service, name, doc, rotated));
  }
  return calls;
}
