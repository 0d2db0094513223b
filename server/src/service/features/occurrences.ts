/**
 * The places a resolution speaks of one of its own items, found from any of them: a footnote (its
 * note's number and every marker pointing to it) and an operative paragraph (its number and every
 * "paragraph 5 above" that means it). The cursor may stand on the item or on a mention of it.
 * They serve document highlights and Find All References, within the resolution at the cursor.
 */
import type { ParsedDocument, ParsedResolution } from '../parsedDocument';
import type { SyntaxNode } from '../syntax/nodes';
import type { NumberingRun } from '../diagnostics/numbering';
import { byNumber } from '../diagnostics/numbering';
import { resolveFootnotes } from '../diagnostics/footnotes';
import { nodeAt } from '../syntax/walk';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Occurrences {
  /** The item itself: the note's number, or the paragraph's. */
  readonly declaration: Span;
  /** The markers of the note, or the cross-references to the paragraph, in text order. */
  readonly mentions: readonly Span[];
}

/** The occurrences of the footnote or paragraph at the offset, in document offsets. */
export function occurrencesAt(doc: ParsedDocument, offset: number): Occurrences | undefined {
  const { start, resolution } = doc.segmentAt(offset);
  const local = offset - start;
  const found = footnoteOccurrences(resolution, local) ?? paragraphOccurrences(resolution, local);
  if (!found || start === 0) return found;
  const shift = (span: Span): Span => ({ start: span.start + start, end: span.end + start });
  return { declaration: shift(found.declaration), mentions: found.mentions.map(shift) };
}

const within = (offset: number, span: Span): boolean => span.start <= offset && offset <= span.end;

function footnoteOccurrences(resolution: ParsedResolution, offset: number): Occurrences | undefined {
  const { root, text } = resolution.tree;
  const { notes, markers } = resolveFootnotes(root, text);
  if (notes.length === 0) return undefined;
  const number = markers.find((marker) => within(offset, marker))?.number ?? notes.map((note) => Number(note.name)).find((n, i) => within(offset, noteNumber(notes[i], text)));
  const note = number === undefined ? undefined : notes.find((n) => Number(n.name) === number);
  if (!note) return undefined;
  return { declaration: noteNumber(note, text), mentions: markers.filter((marker) => marker.number === number) };
}

/** Where a note's number stands: "1" of "1 See resolution 70/1.", "[^1]" of "[^1]: ...". */
function noteNumber(note: SyntaxNode, text: string): Span {
  let end = note.contentStart ?? note.start + (note.name ?? '').length;
  while (end > note.start && /[\s:]/.test(text[end - 1])) end--;
  return { start: note.start, end };
}

const OPERATIVE = new Set<SyntaxNode['kind']>(['operative']);

function paragraphOccurrences(resolution: ParsedResolution, offset: number): Occurrences | undefined {
  const { references, runs } = resolution.analysis;
  let target: { paragraph: SyntaxNode; run: NumberingRun } | undefined;
  // On a cross-reference: the paragraph it means.
  for (const { reference, run } of references) {
    if (!run || !within(offset, reference)) continue;
    const item = reference.items.find((i) => within(offset, i));
    const paragraph = item && byNumber(run).get(item.number);
    if (paragraph) target = { paragraph, run };
  }
  // On a paragraph's number: that paragraph.
  if (!target) {
    const paragraph = nodeAt(resolution.tree.root, offset, OPERATIVE);
    const run = paragraph?.label && within(offset, paragraph.label) ? runs.find((r) => r.paragraphs.includes(paragraph)) : undefined;
    if (paragraph && run) target = { paragraph, run };
  }
  const label = target?.paragraph.label;
  if (!target || !label) return undefined;
  const { paragraph, run } = target;
  const numbers = byNumber(run);
  const mentions: Span[] = [];
  for (const { reference, run: referenceRun } of references) {
    if (referenceRun !== run) continue;
    for (const item of reference.items) {
      // "paragraphs 3 to 5" speaks of 4 too, which its "5" stands for ("3" is an item of its own).
      const from = item.rangeFrom === undefined ? item.number : item.rangeFrom + 1;
      for (let n = from; n <= item.number && n - from < 100; n++) {
        if (numbers.get(n) === paragraph) {
          mentions.push({ start: item.start, end: item.end });
          break;
        }
      }
    }
  }
  return { declaration: { start: label.start, end: label.end }, mentions };
}
