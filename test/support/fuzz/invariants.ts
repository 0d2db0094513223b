/**
 * Invariants every output of the language service must satisfy on any text, checked against a
 * line table computed here independently of the service's own LineIndex (LSP line breaks: LF,
 * CRLF, CR). Each checker returns human-readable violations instead of throwing, so one run
 * reports everything wrong with an input.
 */
import type { SyntaxNode, ResolutionTree } from '../../../server/src/service';
import { FUZZ_URI, type Position, type Range } from './features';

/** Line starts and lengths (without the line break) of a text, as LSP counts them. */
export class Lines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      this.lengths.push(i - this.starts[this.starts.length - 1]);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.starts.push(i + 1);
    }
    this.lengths.push(text.length - this.starts[this.starts.length - 1]);
  }

  get count(): number {
    return this.starts.length;
  }

  offsetOf(position: Position): number {
    return this.starts[position.line] + position.character;
  }

  /** The valid position of a probe: line and column given as fractions in [0, 1e6]. */
  probe(lineFraction: number, columnFraction: number): Position {
    const line = Math.min(this.count - 1, Math.floor((lineFraction / 1e6) * this.count));
    const character = Math.min(this.lengths[line], Math.floor((columnFraction / 1e6) * (this.lengths[line] + 1)));
    return { line, character };
  }

  /** Every line end, the document start and end, and the given probes. */
  positions(probes: ReadonlyArray<readonly [number, number]>, lineEnds = 8): Position[] {
    const out: Position[] = [{ line: 0, character: 0 }];
    const last = this.count - 1;
    out.push({ line: last, character: this.lengths[last] });
    const step = Math.max(1, Math.floor(this.count / lineEnds));
    for (let line = 0; line < this.count; line += step) out.push({ line, character: this.lengths[line] });
    for (const [l, c] of probes) out.push(this.probe(l, c));
    return out;
  }
}

export class Violations {
  readonly list: string[] = [];
  constructor(private readonly limit = 25) {}
  add(message: string): void {
    if (this.list.length < this.limit) this.list.push(message);
    else if (this.list.length === this.limit) this.list.push('... (more violations left out)');
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
}

const show = (p: Position | undefined): string => (p ? `${p.line}:${p.character}` : String(p));
const showRange = (r: Range | undefined): string => (r ? `[${show(r.start)}-${show(r.end)}]` : String(r));

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** A position is valid when its line exists and its character lies within the line's length. */
export function checkPosition(lines: Lines, p: unknown, where: string, v: Violations): p is Position {
  const pos = p as Position;
  if (!pos || typeof pos !== 'object' || !Number.isInteger(pos.line) || !Number.isInteger(pos.character)) {
    v.add(`${where}: not a position: ${JSON.stringify(p)}`);
    return false;
  }
  if (pos.line < 0 || pos.line >= lines.count) {
    v.add(`${where}: line ${pos.line} outside the document (0..${lines.count - 1})`);
    return false;
  }
  if (pos.character < 0 || pos.character > lines.lengths[pos.line]) {
    v.add(`${where}: position ${show(pos)} past the end of line ${pos.line} (length ${lines.lengths[pos.line]})`);
    return false;
  }
  return true;
}

export function checkRange(lines: Lines, r: unknown, where: string, v: Violations): r is Range {
  const range = r as Range;
  if (!range || typeof range !== 'object') {
    v.add(`${where}: not a range: ${JSON.stringify(r)}`);
    return false;
  }
  const ok = checkPosition(lines, range.start, `${where}.start`, v) && checkPosition(lines, range.end, `${where}.end`, v);
  if (ok && comparePositions(range.start, range.end) > 0) {
    v.add(`${where}: range ${showRange(range)} ends before it starts`);
    return false;
  }
  return ok;
}

// ---- syntax tree ----------------------------------------------------------------------------

/** Offsets inside the text, children inside parents, siblings ordered and disjoint. */
export function checkTree(text: string, tree: ResolutionTree, v: Violations): number {
  if (tree.text !== text) v.add('tree.text differs from the parsed text');
  const root = tree.root;
  if (root.kind !== 'document') v.add(`root kind is ${root.kind}, not document`);
  if (root.start !== 0 || root.end !== text.length) v.add(`root spans ${root.start}..${root.end}, not the whole text 0..${text.length}`);
  let count = 0;
  const stack: Array<{ node: SyntaxNode; path: string; depth: number }> = [{ node: root, path: 'document', depth: 0 }];
  while (stack.length) {
    const { node, path, depth } = stack.pop()!;
    count++;
    if (depth > 10_000) {
      v.add(`${path}: tree deeper than 10000 (cycle?)`);
      break;
    }
    const { start, end } = node;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      v.add(`${path}: span ${start}..${end} is not inside the text 0..${text.length}`);
    }
    if (node.contentStart !== undefined && !(node.contentStart >= start && node.contentStart <= end)) {
      v.add(`${path}: contentStart ${node.contentStart} outside the node ${start}..${end}`);
    }
    if (node.label && !(node.label.start >= start && node.label.start <= node.label.end && node.label.end <= end)) {
      v.add(`${path}: label "${node.label.text}" at ${node.label.start}..${node.label.end} outside the node ${start}..${end}`);
    }
    if (!Array.isArray(node.children)) {
      v.add(`${path}: children is not an array`);
      continue;
    }
    let previous: SyntaxNode | undefined;
    node.children.forEach((child, i) => {
      const childPath = `${path}>${child.kind}[${i}]@${child.start}..${child.end}`;
      if (child.start < start || child.end > end) v.add(`${childPath}: child not inside its parent ${node.kind} ${start}..${end}`);
      if (previous && child.start < previous.end) {
        v.add(`${childPath}: overlaps or precedes its previous sibling ${previous.kind} ${previous.start}..${previous.end}`);
      }
      previous = child;
      stack.push({ node: child, path: childPath, depth: depth + 1 });
    });
  }
  return count;
}

// ---- outline ----------------------------------------------------------------------------------

interface SymbolLike {
  name: unknown;
  kind: unknown;
  range: Range;
  selectionRange: Range;
  children?: SymbolLike[];
}

/** DocumentSymbol: valid ranges, selectionRange inside range, children inside parents, disjoint siblings. */
export function checkSymbols(lines: Lines, symbols: unknown, v: Violations): number {
  let count = 0;
  const visit = (list: unknown, parent: Range | undefined, path: string, depth: number): void => {
    if (!Array.isArray(list)) {
      v.add(`${path}: symbols are not an array`);
      return;
    }
    if (depth > 10_000) return v.add(`${path}: symbol tree deeper than 10000`);
    let previous: SymbolLike | undefined;
    list.forEach((s: SymbolLike, i) => {
      count++;
      const where = `${path}/${i}:${typeof s?.name === 'string' ? JSON.stringify(s.name.slice(0, 40)) : '?'}`;
      if (typeof s?.name !== 'string' || s.name.length === 0) v.add(`${where}: name must be a non-empty string (VS Code rejects it)`);
      if (!Number.isInteger(s?.kind) || (s.kind as number) < 1 || (s.kind as number) > 26) v.add(`${where}: invalid SymbolKind ${String(s?.kind)}`);
      const rangeOk = checkRange(lines, s?.range, `${where}.range`, v);
      const selOk = checkRange(lines, s?.selectionRange, `${where}.selectionRange`, v);
      if (rangeOk && selOk && !rangeContains(s.range, s.selectionRange)) {
        v.add(`${where}: selectionRange ${showRange(s.selectionRange)} not inside range ${showRange(s.range)}`);
      }
      if (rangeOk && parent && !rangeContains(parent, s.range)) v.add(`${where}: range ${showRange(s.range)} not inside parent ${showRange(parent)}`);
      if (rangeOk && previous?.range && comparePositions(s.range.start, previous.range.end) < 0) {
        v.add(`${where}: range ${showRange(s.range)} overlaps or precedes previous sibling ${showRange(previous.range)}`);
      }
      if (rangeOk) previous = s;
      if (s?.children !== undefined) visit(s.children, rangeOk ? s.range : undefined, where, depth + 1);
    });
  };
  visit(symbols, undefined, 'outline', 0);
  return count;
}

// ---- folding ----------------------------------------------------------------------------------

export function checkFolding(lines: Lines, ranges: unknown, v: Violations): number {
  if (!Array.isArray(ranges)) {
    v.add('foldingRanges: not an array');
    return 0;
  }
  ranges.forEach((r: { startLine: number; endLine: number; startCharacter?: number; endCharacter?: number; kind?: unknown }, i) => {
    const where = `foldingRanges[${i}] ${r?.startLine}-${r?.endLine}`;
    if (!Number.isInteger(r?.startLine) || !Number.isInteger(r?.endLine)) return v.add(`${where}: lines are not integers`);
    if (r.startLine < 0 || r.endLine >= lines.count) v.add(`${where}: outside the document (lines 0..${lines.count - 1})`);
    if (r.startLine > r.endLine) v.add(`${where}: startLine after endLine`);
    if (r.startCharacter !== undefined && r.startLine >= 0 && r.startLine < lines.count) {
      checkPosition(lines, { line: r.startLine, character: r.startCharacter }, `${where}.startCharacter`, v);
    }
    if (r.endCharacter !== undefined && r.endLine >= 0 && r.endLine < lines.count) {
      checkPosition(lines, { line: r.endLine, character: r.endCharacter }, `${where}.endCharacter`, v);
    }
    if (r.kind !== undefined && typeof r.kind !== 'string') v.add(`${where}: kind is not a string`);
  });
  return ranges.length;
}

// ---- selection ranges -------------------------------------------------------------------------

interface SelectionLike {
  range: Range;
  parent?: SelectionLike;
}

export function checkSelectionRanges(lines: Lines, positions: readonly Position[], result: unknown, v: Violations): number {
  if (!Array.isArray(result)) {
    v.add('selectionRanges: not an array');
    return 0;
  }
  if (result.length !== positions.length) v.add(`selectionRanges: ${result.length} results for ${positions.length} positions`);
  result.forEach((first: SelectionLike, i) => {
    const position = positions[i];
    if (!position) return;
    const at: Range = { start: position, end: position };
    let node: SelectionLike | undefined = first;
    let child: SelectionLike | undefined;
    let depth = 0;
    if (!node) v.add(`selectionRanges[${i}] at ${show(position)}: no range`);
    while (node) {
      const where = `selectionRanges[${i}] at ${show(position)} level ${depth}`;
      if (++depth > 10_000) {
        v.add(`${where}: parent chain longer than 10000 (cycle?)`);
        break;
      }
      if (checkRange(lines, node.range, where, v)) {
        if (!rangeContains(node.range, at)) v.add(`${where}: ${showRange(node.range)} does not contain the position`);
        if (child?.range && !rangeContains(node.range, child.range)) v.add(`${where}: parent ${showRange(node.range)} does not contain its child ${showRange(child.range)}`);
      }
      child = node;
      node = node.parent;
    }
  });
  return result.length;
}

// ---- any other feature ------------------------------------------------------------------------

/**
 * For features this file does not know: every Range-shaped object anywhere in the result
 * (diagnostics, hovers, links, edits ...) must be a valid range of the document. Diagnostics
 * (objects with `range` and `message`) need a non-empty message and a valid severity.
 */
export function checkGeneric(lines: Lines, name: string, result: unknown, v: Violations, ownUri = FUZZ_URI): number {
  let ranges = 0;
  const seen = new Set<object>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 200) return;
    seen.add(value);
    const o = value as Record<string, unknown>;
    if (typeof o.uri === 'string' && o.uri !== ownUri) return;
    if (isPositionLike(o.start) && isPositionLike(o.end)) {
      ranges++;
      checkRange(lines, o, path, v);
    }
    if (typeof o.newText === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      // An offset edit: inside the text.
      ranges++;
      const { start, end } = o as { start: number; end: number };
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > lines.text.length) {
        v.add(`${path}: offset edit ${start}..${end} not inside the text 0..${lines.text.length}`);
      }
    }
    if (Array.isArray(value) && value.length > 1 && value.every(isTextEdit)) {
      // One TextEdit[] of a WorkspaceEdit: VS Code rejects overlapping edits.
      const edits = [...(value as Array<{ range: Range }>)].sort((a, b) => comparePositions(a.range.start, b.range.start));
      for (let i = 1; i < edits.length; i++) {
        if (comparePositions(edits[i - 1].range.end, edits[i].range.start) > 0) {
          v.add(`${path}: edits ${showRange(edits[i - 1].range)} and ${showRange(edits[i].range)} overlap`);
          break;
        }
      }
    }
    if ('range' in o && 'message' in o) {
      if (typeof o.message !== 'string' || o.message.length === 0) v.add(`${path}: diagnostic message must be a non-empty string`);
      if (o.severity !== undefined && !(Number.isInteger(o.severity) && (o.severity as number) >= 1 && (o.severity as number) <= 4)) {
        v.add(`${path}: diagnostic severity ${String(o.severity)} not in 1..4`);
      }
    }
    for (const [key, child] of Object.entries(o)) {
      // Ranges of other documents (Location.uri, LocationLink.targetUri, WorkspaceEdit.changes keys) are not ours.
      if (/:\/\//.test(key) && key !== ownUri) continue;
      if (typeof o.targetUri === 'string' && o.targetUri !== ownUri && key !== 'originSelectionRange') continue;
      visit(child, `${path}.${key}`, depth + 1);
    }
  };
  visit(result, name, 0);
  return ranges;
}

function isTextEdit(e: unknown): boolean {
  const o = e as { range?: Range; newText?: unknown };
  return !!o && typeof o === 'object' && typeof o.newText === 'string' && !!o.range && isPositionLike(o.range.start) && isPositionLike(o.range.end);
}

function isPositionLike(p: unknown): boolean {
  return !!p && typeof p === 'object' && 'line' in p && 'character' in p;
}
