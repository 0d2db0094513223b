/**
 * Footnote markers and their notes. In the UN export a marker is a number glued to the text it
 * annotates: after punctuation ("2012,1", "Rights,6"), after a word ("Organization1 are") or after
 * a closing quote; PDF extracts may write "[^4]", or leave a space ("Rights, 6"), which
 * spacedMarkers.ts reads as a last resort. Markers are expected in the order of the notes they
 * point to, which tells a marker from a number that merely touches a word ("km2").
 */
import type { SyntaxNode } from '../syntax/nodes';
import type { Problem } from './problem';
import { charCodes, isDigit, isLower, isSpace } from '../text/chars';
import { spacedMarkers } from './spacedMarkers';

export interface FootnoteMarker {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

const BODY = new Set<SyntaxNode['kind']>(['preambular', 'operative', 'subparagraph', 'paragraph', 'title', 'heading', 'section', 'annex', 'text', 'part', 'embedded']);
/** A number glued after a letter, a closing quote or bracket, or after punctuation that follows a word or a year. */
export const GLUED = /(?:(?<=[a-z’”")\]])|(?<=[a-z’”")\]][.])|(?<=[\w’”")\]/][,;:])|(?<=\b(?:1[89]|20)\d\d[.]?))(\d{1,3})(?=[\s,;:.)]|$)|\[\^(\d{1,3})\]/y;
/**
 * Where GLUED can match: digit runs and "[^n]". Trying GLUED only there (it must end where its run
 * ends, so it starts in the run's last three digits) keeps its lookbehinds off every other
 * character: a fourth of the time on a big text, with the same matches.
 */
const RUN = /\d+|\[\^\d{1,3}\]/g;

/**
 * The runs of a text, found from any offset as `RUN` from there finds them, with the last search
 * remembered: the body's stretches come in text order, and a search that ran past one stretch's
 * end into the next is not made again, so the text is read once even where digits are rare.
 */
class Runs {
  private readonly run = new RegExp(RUN.source, 'g');
  private searchedFrom = -1;
  /** The run found by the last search: start -1 when there was none. */
  start = -1;
  end = -1;

  constructor(private readonly text: string) {}

  /** Finds the first run at or after `from`; false when there is none. */
  from(from: number): boolean {
    const known = this.searchedFrom >= 0 && this.searchedFrom <= from && (this.start === -1 || this.start >= from);
    if (!known) {
      this.searchedFrom = from;
      this.run.lastIndex = from;
      // `test` makes no match array (a 5 MB text has some hundred thousand runs); the run's
      // start is read back from its end: digits, or "[^" before them.
      if (this.run.test(this.text)) {
        this.end = this.run.lastIndex;
        this.start = runStart(this.text, this.end, from);
      } else {
        this.start = this.end = -1;
      }
    }
    return this.start >= 0;
  }
}

/** Where the RUN match ending at `end` starts, given that it starts at `from` or later. */
function runStart(text: string, end: number, from: number): number {
  const bracketed = text.charCodeAt(end - 1) === 0x5d; /* ] */
  let start = bracketed ? end - 1 : end;
  while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
  return bracketed ? start - 2 : start;
}

/** The GLUED match in the run [runStart, runEnd) of `source`, whose text ends at `limit`. */
function gluedInRun(source: string, runStart: number, runEnd: number, limit: number): RegExpExecArray | null {
  const bracketed = source.charCodeAt(runStart) === 0x5b; /* [ */
  if (!bracketed && !mayEndMarker(source, runEnd, limit)) return null;
  for (let start = bracketed ? runStart : Math.max(runStart, runEnd - 3); start < runEnd; start++) {
    if (!bracketed && !mayStartMarker(source, start, runStart)) continue;
    GLUED.lastIndex = start;
    const match = GLUED.exec(source);
    if (match) return match;
  }
  return null;
}

/*
 * Cheap tests that rule out most digit runs before GLUED's lookbehinds run: they accept every
 * place GLUED can match. A marker ends where its run ends, before white space, ",;:.)" or the
 * end of the text read.
 */
function mayEndMarker(source: string, end: number, limit: number): boolean {
  return end === limit || AFTER_MARKER.has(source.charCodeAt(end)) || isSpace(source.charCodeAt(end));
}

/**
 * A marker opens a run after a letter, quote, bracket or punctuation; inside a run, only after
 * the four digits of a year ("201724").
 */
function mayStartMarker(source: string, start: number, runStart: number): boolean {
  return start === runStart ? BEFORE_MARKER.has(source.charCodeAt(start - 1)) || isLower(source.charCodeAt(start - 1)) : start - runStart >= 4;
}

const AFTER_MARKER = charCodes(',;:.)');
const BEFORE_MARKER = charCodes('’”")].,;:');

export const ABBREVIATION = /\b(?:Rev|Add|Corr|Amend|Sect|Summary|para|paras|No|Nos|vol|chap|sect|art|arts|p|pp|Suppl|annex|op)\.\s?$/;

/** The notes of the document, in order. */
export function footnotesOf(root: SyntaxNode): SyntaxNode[] {
  const notes: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      // Starred notes ("* Definitions ...") have no number to check.
      if (child.kind === 'footnote' && /^\d+$/.test(child.name ?? '')) notes.push(child);
      else visit(child);
    }
  };
  visit(root);
  return notes;
}

/** Marker candidates in the text of body nodes, outside footnotes and artefacts. */
export function findMarkers(root: SyntaxNode, text: string): FootnoteMarker[] {
  return markersIn(text, bodyStretches(root));
}

function markersIn(text: string, stretches: readonly number[]): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  const runs = new Runs(text);
  for (let i = 0; i < stretches.length; i += 2) scanForMarkers(text, stretches[i], stretches[i + 1], runs, markers);
  return markers;
}

/**
 * Where markers may stand: the stretches of body text outside footnotes, artefacts and the
 * closing, in text order, as [start, end, start, end, ...].
 */
export function bodyStretches(root: SyntaxNode): number[] {
  const stretches: number[] = [];
  collectStretches(root, stretches);
  return stretches;
}

/*
 * The walk is made of module-level functions, not closures made per call: optimized code holds the
 * closures it inlined only weakly, so a collection after the call throws that code away (on a 5 MB
 * text, 18 ms right after a forced collection with closures, 14 ms without).
 */
function collectStretches(node: SyntaxNode, stretches: number[]): void {
  const body = BODY.has(node.kind);
  let position = node.start;
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    if (body && child.start > position) stretches.push(position, child.start);
    if (child.kind !== 'footnote' && child.kind !== 'footnotes' && child.kind !== 'artefact' && child.kind !== 'closing') collectStretches(child, stretches);
    position = Math.max(position, child.end);
  }
  if (body && node.end > position) stretches.push(position, node.end);
}

/** How far GLUED's lookbehinds and ABBREVIATION read before a number. */
const LOOKBEHIND = 8;

/**
 * The markers in the stretch [start, end), which GLUED must read as a text of its own: nothing
 * before `start` or from `end` on. Away from the edges the text itself is read, which needs no
 * copy; a run near an edge is read in a slice that ends where the stretch does.
 */
function scanForMarkers(text: string, start: number, end: number, runs: Runs, markers: FootnoteMarker[]): void {
  for (let from = start; runs.from(from) && runs.start < end; from = runs.end) {
    if (runs.start >= start + LOOKBEHIND && runs.end < end) {
      addMarker(text, start, 0, gluedInRun(text, runs.start, runs.end, end), markers);
      continue;
    }
    // A number that opens the stretch (a paragraph's "12.") has nothing before it to be glued to,
    // and within its own run a marker follows a year's four digits: four digits or fewer hold none.
    if (runs.start === start && runs.end - start <= 4 && text.charCodeAt(start) !== 0x5b /* [ */) continue;
    const sliceStart = Math.max(start, runs.start - LOOKBEHIND);
    const slice = text.slice(sliceStart, Math.min(end, runs.end + 1));
    RUN.lastIndex = runs.start - sliceStart;
    const found = RUN.exec(slice);
    if (found) addMarker(slice, 0, sliceStart, gluedInRun(slice, found.index, RUN.lastIndex, slice.length), markers);
  }
}

/** Keeps a GLUED match of `source`, whose offset 0 is `base` in the text and whose stretch starts at `floor`. */
function addMarker(source: string, floor: number, base: number, match: RegExpExecArray | null, markers: FootnoteMarker[]): void {
  if (!match) return;
  // "Rev.1", "Add.2", "para. 3", "No. 4": numbers of a reference, not markers.
  if (match[1] && ABBREVIATION.test(source.slice(Math.max(floor, match.index - LOOKBEHIND), match.index))) return;
  markers.push({ number: Number(match[1] ?? match[2]), start: base + match.index, end: base + match.index + match[0].length });
}

/**
 * Keeps the candidates that read as markers: numbers that match a note and come in the order of
 * the notes (a note may be cited again later), or that are `trusted` (spaced markers, already
 * found in the notes' order). Candidates glued after punctuation are kept even without a note, so
 * a marker whose note is missing can be reported.
 */
export function resolveMarkers(candidates: readonly FootnoteMarker[], notes: readonly number[], text: string, trusted: ReadonlySet<FootnoteMarker> = new Set()): { markers: FootnoteMarker[]; orphans: FootnoteMarker[] } {
  const known = new Set(notes);
  const markers: FootnoteMarker[] = [];
  const orphans: FootnoteMarker[] = [];
  const maxNote = notes.reduce((max, n) => Math.max(max, n), 0);
  let highest = 0;
  for (const candidate of candidates) {
    const bracketed = text[candidate.start] === '[';
    if (known.has(candidate.number)) {
      if (candidate.number <= highest + 3 || bracketed || trusted.has(candidate)) {
        markers.push(candidate);
        highest = Math.max(highest, candidate.number);
      }
      continue;
    }
    // A marker whose note is missing: a bracketed one, or the next marker in turn glued after
    // punctuation ("2012,3" when the notes stop at 2).
    const next = candidate.number === highest + 1 || (notes.length > 0 && candidate.number > maxNote && candidate.number <= highest + 3);
    if (bracketed || (afterPunctuation(text, candidate.start) && next)) {
      orphans.push(candidate);
      highest = Math.max(highest, candidate.number);
    }
  }
  return { markers, orphans };
}

function afterPunctuation(text: string, offset: number): boolean {
  return /[,;:.]/.test(text[offset - 1] ?? '');
}

export interface ResolvedFootnotes {
  /** The numbered notes, in order. */
  readonly notes: readonly SyntaxNode[];
  /** Markers that point to a note, in order. */
  readonly markers: readonly FootnoteMarker[];
  /** Markers whose note is missing. */
  readonly orphans: readonly FootnoteMarker[];
}

const resolvedByTree = new WeakMap<SyntaxNode, ResolvedFootnotes>();

/**
 * The notes of a tree and the markers in its text, found once per tree: the checks and every
 * hover or go-to-definition over a marker share them.
 */
export function resolveFootnotes(root: SyntaxNode, text: string): ResolvedFootnotes {
  let resolved = resolvedByTree.get(root);
  if (!resolved) {
    const notes = footnotesOf(root);
    const numbers = notes.map((note) => Number(note.name));
    const stretches = bodyStretches(root);
    const candidates = markersIn(text, stretches);
    let resolvedMarkers = resolveMarkers(candidates, numbers, text);
    const referenced = new Set(resolvedMarkers.markers.map((marker) => marker.number));
    const spaced = spacedMarkers(text, stretches, numbers.filter((n) => !referenced.has(n)), resolvedMarkers.markers);
    // With the spaced markers in place, a glued marker further on comes in its turn and is kept
    // ("Rights, 6 ... Action 9 and ... Development,10": 10 was too far past 5 before).
    if (spaced.length > 0) resolvedMarkers = resolveMarkers([...candidates, ...spaced].sort((a, b) => a.start - b.start), numbers, text, new Set(spaced));
    resolved = { notes, ...resolvedMarkers };
    resolvedByTree.set(root, resolved);
  }
  return resolved;
}

export function checkFootnotes(root: SyntaxNode, text: string): Problem[] {
  const problems: Problem[] = [];
  const { notes, markers, orphans } = resolveFootnotes(root, text);
  // Notes run 1, 2, 3 ...: a number that repeats or goes back is a fault (a gap is not: notes are
  // sometimes dropped from a text, as in the annexes of S/RES/2231 (2015)).
  let highest = 0;
  for (const note of notes) {
    const n = Number(note.name);
    if (n <= highest) {
      const end = note.contentStart ?? note.start + String(n).length;
      problems.push({ code: 'footnote-order', start: note.start, end, message: n === highest ? `Footnote ${n} is numbered twice.` : `Footnote ${n} comes after footnote ${highest}: the notes are out of order.` });
    }
    highest = Math.max(highest, n);
  }
  for (const orphan of orphans) {
    problems.push({ code: 'footnote-missing', start: orphan.start, end: orphan.end, message: `Footnote marker ${orphan.number} has no footnote.` });
  }
  const referenced = new Set(markers.map((marker) => marker.number));
  for (const note of notes) {
    if (referenced.has(Number(note.name))) continue;
    const end = note.contentStart ?? note.start + note.name!.length;
    problems.push({ code: 'footnote-unreferenced', start: note.start, end, message: `No marker in the text refers to footnote ${note.name}.` });
  }
  return problems;
}
