/**
 * Faults put into real corpus texts, each with the offsets where the diagnostic must land in the
 * mutated text; and the mapping of an offset to its line in the layout variants (the hard-wrapped
 * copy with page headers moves lines, so the line is found by following the wrapping).
 *
 * Mutation sites are chosen on the parsed tree (operative paragraphs of the body, outside annexes
 * and embedded drafts); what is expected follows from the edit alone.
 */
import type { ResolutionTree, SyntaxNode } from '../../../server/src/service';
import { hardWrap, pdfExtract, tabsToSpaces, toCrlf, type WrapOptions } from '../layouts';
import { lineOfOffset, lineStarts } from './text';

export interface Mutation {
  readonly name: string;
  readonly code: string;
  /** The mutated text (TAB layout, LF). */
  readonly text: string;
  /** Offsets in `text` where a diagnostic of `code` must start (on their lines): all of them, exactly. */
  readonly at: readonly number[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Where an offset of the original lands after the edits. */
function shift(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of edits) if (edit.end <= offset) delta += edit.newText.length - (edit.end - edit.start);
  return offset + delta;
}

const OUTSIDE = new Set<SyntaxNode['kind']>(['annex', 'embedded', 'footnotes', 'footnote', 'artefact']);

/** Numbered operative paragraphs of the body, each with its parent, in document order. */
function bodyOperatives(root: SyntaxNode): Array<{ node: SyntaxNode; parent: SyntaxNode }> {
  const out: Array<{ node: SyntaxNode; parent: SyntaxNode }> = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of node.children) {
      if (OUTSIDE.has(child.kind)) continue;
      if (child.kind === 'operative') {
        if (child.label) out.push({ node: child, parent: node });
        continue;
      }
      visit(child);
    }
  };
  visit(root);
  return out;
}

const clean = (node: SyntaxNode): boolean => node.label!.style === 'arabic' && node.label!.defects.length === 0 && /^\d+\.$/.test(node.label!.text);

/**
 * Two paragraphs numbered n and n+1 (n >= 2, so a predecessor exists), siblings with nothing
 * between them, each on its own line, in the middle of the body.
 */
export function adjacentPair(tree: ResolutionTree): [SyntaxNode, SyntaxNode] | undefined {
  const text = tree.text;
  const operatives = bodyOperatives(tree.root);
  const pairs: Array<[SyntaxNode, SyntaxNode]> = [];
  for (let i = 1; i + 1 < operatives.length; i++) {
    const previous = operatives[i - 1].node;
    const { node: a, parent } = operatives[i];
    const { node: b, parent: parentB } = operatives[i + 1];
    if (parent !== parentB || !clean(a) || !clean(b) || !clean(previous)) continue;
    if (previous.label!.value !== a.label!.value - 1 || b.label!.value !== a.label!.value + 1) continue;
    if (parent.children.indexOf(b) !== parent.children.indexOf(a) + 1) continue;
    const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
    if (!/^[\t ]*$/.test(text.slice(lineStart(a.label!.start), a.label!.start)) || !/^[\t ]*$/.test(text.slice(lineStart(b.label!.start), b.label!.start))) continue;
    pairs.push([a, b]);
  }
  return pairs[Math.floor(pairs.length / 2)];
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function deleteParagraph(tree: ResolutionTree): Mutation | undefined {
  const pair = adjacentPair(tree);
  if (!pair) return undefined;
  const [a, b] = pair;
  const text = tree.text;
  const edit = { start: lineStartOf(text, a.label!.start), end: lineStartOf(text, b.label!.start), newText: '' };
  return { name: `delete paragraph ${a.label!.value}`, code: 'operative-gap', text: apply(text, [edit]), at: [shift(b.label!.start, [edit])] };
}

export function duplicateNumber(tree: ResolutionTree): Mutation | undefined {
  const pair = adjacentPair(tree);
  if (!pair) return undefined;
  const [a, b] = pair;
  const edit = { start: b.label!.start, end: b.label!.end, newText: a.label!.text };
  return { name: `number paragraph ${b.label!.value} as ${a.label!.text}`, code: 'operative-duplicate', text: apply(tree.text, [edit]), at: [b.label!.start] };
}

export function swapNumbers(tree: ResolutionTree): Mutation | undefined {
  const pair = adjacentPair(tree);
  if (!pair) return undefined;
  const [a, b] = pair;
  const edits = [
    { start: a.label!.start, end: a.label!.end, newText: b.label!.text },
    { start: b.label!.start, end: b.label!.end, newText: a.label!.text },
  ];
  // Lengths may differ (9 and 10): the second label moves with the first edit.
  return { name: `swap ${a.label!.text} and ${b.label!.text}`, code: 'operative-out-of-order', text: apply(tree.text, edits), at: [a.label!.start, shift(b.label!.start, edits.slice(0, 1))] };
}

/**
 * The first "(a)", "(b)", "(c)" ... list of 3 to 25 single letters under a body paragraph, each
 * label at a line start. Shifting its letters by one keeps "(i)" right after "(h)", so the letter
 * reading of "(i)" stays the natural one.
 */
function letterList(tree: ResolutionTree): SyntaxNode[] | undefined {
  const text = tree.text;
  for (const { node } of bodyOperatives(tree.root)) {
    const items = node.children.filter((c) => c.kind === 'subparagraph' && c.label);
    if (items.length < 3 || items.length > 25) continue;
    if (!items.every((item, i) => item.label!.style === 'paren-letter' && item.label!.value === i + 1 && item.label!.defects.length === 0 && item.label!.text === `(${String.fromCharCode(97 + i)})`)) continue;
    if (!items.every((item) => /^[\t ]*$/.test(text.slice(lineStartOf(text, item.label!.start), item.label!.start)))) continue;
    return items;
  }
  return undefined;
}

function relabel(tree: ResolutionTree, delta: 1 | -1, name: string): Mutation | undefined {
  const items = letterList(tree);
  if (!items) return undefined;
  // From the second item on, every letter moves by one: one skip (or one repeat) at the second item.
  const edits = items.slice(1).map((item) => ({ start: item.label!.start, end: item.label!.end, newText: `(${String.fromCharCode(96 + item.label!.value + delta)})` }));
  return { name, code: 'subparagraph-sequence', text: apply(tree.text, edits), at: [items[1].label!.start] };
}

export const skipLetter = (tree: ResolutionTree) => relabel(tree, 1, 'skip the letter (b)');
export const repeatLetter = (tree: ResolutionTree) => relabel(tree, -1, 'repeat the letter (a)');

/**
 * The footnote markers 1..N found in order in the body (N = the number of notes), as the export
 * glues them: after a letter, a closing quote or bracket, or after punctuation that follows a word
 * or a year ("2012,1").
 */
export function markersInOrder(text: string, notes: number, bodyEnd: number): Array<{ number: number; start: number; end: number }> | undefined {
  const found: Array<{ number: number; start: number; end: number }> = [];
  let position = 0;
  for (let n = 1; n <= notes; n++) {
    const pattern = new RegExp(`(?:(?<=[a-z’”")\\]])|(?<=[a-z’”")\\]][,;:.])|(?<=\\b(?:19|20)\\d\\d[,;:.]))${n}(?=[\\s,;:.)]|$)`, 'g');
    pattern.lastIndex = position;
    const m = pattern.exec(text);
    if (!m || m.index >= bodyEnd) return undefined;
    found.push({ number: n, start: m.index, end: m.index + m[0].length });
    position = m.index + m[0].length;
  }
  return found;
}

/** The footnotes of the tree, in order. */
function footnoteNodes(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of node.children) {
      if (child.kind === 'footnote') out.push(child);
      else visit(child);
    }
  };
  visit(root);
  return out;
}

/**
 * The notes 1..N and the last marker glued after punctuation, as in "2012,1" (a number glued to a
 * word, "Action18", may as well be part of a name: "km2", "G20").
 */
function punctuatedMarker(tree: ResolutionTree): { notes: SyntaxNode[]; marker: { number: number; start: number; end: number } } | undefined {
  const notes = footnoteNodes(tree.root);
  if (notes.length < 2 || !notes.every((note, i) => Number(note.name) === i + 1)) return undefined;
  const markers = markersInOrder(tree.text, notes.length, notes[0].start);
  const marker = markers?.filter((m) => /[,;:.]/.test(tree.text[m.start - 1])).pop();
  return marker ? { notes, marker } : undefined;
}

/** A marker "2012,k" is written with the number N+1, which no note has (notes 1..N). */
export function breakFootnoteMarker(tree: ResolutionTree): Mutation | undefined {
  const found = punctuatedMarker(tree);
  if (!found) return undefined;
  const { notes, marker } = found;
  const edit = { start: marker.start, end: marker.end, newText: String(notes.length + 1) };
  return { name: `marker ${marker.number} written ${notes.length + 1}`, code: 'footnote-missing', text: apply(tree.text, [edit]), at: [marker.start] };
}

/** The note of a marker "2012,k" is dropped (the notes after it keep their numbers): marker k has no note. */
export function dropNote(tree: ResolutionTree): Mutation | undefined {
  const found = punctuatedMarker(tree);
  if (!found) return undefined;
  const { notes, marker } = found;
  const text = tree.text;
  const note = notes[marker.number - 1];
  const from = lineStartOf(text, note.start);
  const next = text.indexOf('\n', Math.max(note.end - 1, from));
  const edit = { start: from, end: next < 0 ? text.length : next + 1, newText: '' };
  return { name: `note ${marker.number} dropped`, code: 'footnote-missing', text: apply(text, [edit]), at: [shift(marker.start, [edit])] };
}

/** ", as stated in paragraph 999 above" before the closing mark of a body paragraph's first line. */
export function referenceMissingParagraph(tree: ResolutionTree): Mutation | undefined {
  const pair = adjacentPair(tree);
  if (!pair) return undefined;
  const [a] = pair;
  const text = tree.text;
  const lineEnd = text.indexOf('\n', a.label!.start);
  const line = text.slice(a.label!.start, lineEnd < 0 ? text.length : lineEnd);
  const mark = /[;:.]\s*$/.exec(line);
  if (!mark) return undefined;
  const at = a.label!.start + mark.index;
  const inserted = ', as stated in paragraph 999 above';
  return { name: `paragraph ${a.label!.value} refers to paragraph 999`, code: 'cross-reference-missing', text: apply(text, [{ start: at, end: at, newText: inserted }]), at: [at + inserted.indexOf('999')] };
}

export const MUTATORS = [deleteParagraph, duplicateNumber, swapNumbers, skipLetter, repeatLetter, breakFootnoteMarker, dropNote, referenceMissingParagraph] as const;

// ---------------------------------------------------------------------------------------------
// Layouts and where a line goes

/** A PDF copy's running header carries the document's own symbol: "A_RES_78_128" gives "A/RES/78/128", "S_RES_2231_2015" gives "S/RES/2231 (2015)". */
export function symbolOf(base: string): string {
  const sc = /^S_RES_(\d+)_(\d{4})$/.exec(base);
  if (sc) return `S/RES/${sc[1]} (${sc[2]})`;
  return base.replace(/_/g, '/').replace(/\/([A-C](?:-[A-C])?)$/, ' $1');
}

export const wrapOptions = (symbol: string): WrapOptions => ({ width: 78, blankBetween: true, pageEvery: 47, symbol });
export const denseOptions = (symbol: string): WrapOptions => ({ width: 80, blankBetween: false, pageEvery: 53, symbol });

export interface Layout {
  readonly name: string;
  readonly apply: (text: string) => string;
  /** The 0-based line, in the layout, of an offset of the original. */
  readonly lineOf: (original: string, offset: number) => number;
}

/** The layouts of a document whose symbol (for running headers) is `symbol`. */
export function layouts(symbol: string): Layout[] {
  const wrap = wrapOptions(symbol);
  const flat = { ...wrap, blankBetween: false };
  return [
    { name: 'TABs (original)', apply: (t) => t, lineOf: lineOfOffset },
    { name: 'spaces', apply: (t) => tabsToSpaces(t), lineOf: lineOfOffset },
    { name: 'CRLF', apply: toCrlf, lineOf: lineOfOffset },
    { name: 'hard-wrapped with page headers', apply: (t) => hardWrap(t, wrap), lineOf: (t, offset) => wrappedLine(t, offset, wrap) },
    // pdfExtract wraps the spaced text as hardWrap does and only trims and pads its lines.
    { name: 'PDF extraction', apply: (t) => pdfExtract(t, wrap), lineOf: (t, offset) => wrappedLine(tabsToSpaces(t), spacedOffset(t, offset), wrap) },
    // A PDF viewer's copy: the same, with no blank line between paragraphs.
    { name: 'copy from a PDF viewer', apply: (t) => pdfExtract(t, flat), lineOf: (t, offset) => wrappedLine(tabsToSpaces(t), spacedOffset(t, offset), flat) },
  ];
}

/** Where the character at `offset` of `original` stands once its TABs are spaces. */
export function spacedOffset(original: string, offset: number): number {
  const line = lineOfOffset(original, offset);
  const start = lineStarts(original)[line];
  return lineStarts(tabsToSpaces(original))[line] + tabsToSpaces(original.slice(start, offset)).length;
}

/**
 * The line of the hard-wrapped copy that holds the character at `offset` of the original: the
 * lines before it wrap the same way on their own, and the pieces of its own line are found in order
 * (page headers that interrupt the line are not pieces of it).
 */
export function wrappedLine(original: string, offset: number, options: WrapOptions): number {
  const starts = lineStarts(original);
  const index = lineOfOffset(original, offset);
  const lines = original.split('\n');
  const line = lines[index];
  const column = offset - starts[index];
  const base = index === 0 ? 0 : hardWrap(lines.slice(0, index).join('\n'), options).split('\n').length;
  const out = hardWrap(lines.slice(0, index + 1).join('\n'), options).split('\n');
  let position = 0;
  let last = base;
  for (let k = base; k < out.length; k++) {
    const piece = out[k].replace(/^[\t ]+/, '');
    if (!piece) continue;
    const rest = line.slice(position);
    const skipped = rest.length - rest.replace(/^[\t ]+/, '').length;
    if (!rest.slice(skipped).startsWith(piece)) continue; // a page header inside the paragraph
    const end = position + skipped + piece.length;
    last = k;
    if (column < end) return k;
    position = end;
  }
  return last;
}
