/**
 * The places a resolution speaks of one of its own items, found from any of them: a footnote (its
 * note's number and every marker pointing to it) and an operative paragraph (its number and every
 * "paragraph 5 above" that means it). The cursor may stand on the item or on a mention of it.
 * They serve document highlights and Find All References, within the resolution at the cursor.
 */
import type { ParsedDocument, ParsedResolution } from '../parsedDocument';
import type { SyntaxNode } from '../syntax/nodes';
import { byNumber, type NumberingRun } from '../diagnostics/numbering';
import { resolveFootnotes } from '../diagnostics/footnotes';
import { nodeAt } from '../syntax/walk';
import { shiftedSpan } from '../syntax/sessionTree';
import { footnoteMarkerIn, referenceIn } from './targets';

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
  return { declaration: shiftedSpan(found.declaration, start), mentions: found.mentions.map((mention) => shiftedSpan(mention, start)) };
}

const within = (offset: number, span: Span): boolean => span.start <= offset && offset <= span.end;

function footnoteOccurrences(resolution: ParsedResolution, offset: number): Occurrences | undefined {
  const { root, text } = resolution.tree;
  const { notes, markers } = resolveFootnotes(root, text);
  // On a marker, or on the number of its note.
  const note = footnoteMarkerIn(resolution.tree, offset)?.note ?? notes.find((candidate) => within(offset, noteNumber(candidate, text)));
  if (!note) return undefined;
  return { declaration: noteNumber(note, text), mentions: markers.filter((marker) => marker.number === Number(note.name)) };
}

/** Where a note's number stands: "1" of "1 See resolution 70/1.", "[^1]" of "[^1]: ...". */
function noteNumber(note: SyntaxNode, text: string): Span {
  let end = note.contentStart ?? note.start + (note.name ?? '').length;
  while (end > note.start && /[\s:]/.test(text[end - 1])) end--;
  return { start: note.start, end };
}

const OPERATIVE = new Set<SyntaxNode['kind']>(['operative']);

/** The paragraph meant at the offset, with its numbering: by a cross-reference's number, or by the paragraph's own. */
function paragraphAt(resolution: ParsedResolution, offset: number): { paragraph: SyntaxNode; run: NumberingRun } | undefined {
  const reference = referenceIn(resolution, offset);
  if (reference?.onItem && reference.run && reference.paragraph) return { paragraph: reference.paragraph, run: reference.run };
  const paragraph = nodeAt(resolution.tree.root, offset, OPERATIVE);
  if (!paragraph?.label || !within(offset, paragraph.label)) return undefined;
  const run = resolution.analysis.runs.find((r) => r.paragraphs.includes(paragraph));
  return run && { paragraph, run };
}

function paragraphOccurrences(resolution: ParsedResolution, offset: number): Occurrences | undefined {
  const target = paragraphAt(resolution, offset);
  const label = target?.paragraph.label;
  if (!target || !label) return undefined;
  const { paragraph, run } = target;
  const numbers = byNumber(run);
  const mentions: Span[] = [];
  for (const { reference, run: referenceRun } of resolution.analysis.references) {
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
