/** What stands at an offset: a citation, a footnote marker, or an internal cross-reference. */
import type { ParsedDocument } from '../index';
import type { ParsedResolution } from '../parsedDocument';
import type { Citation } from '../citations/types';
import type { SyntaxNode } from '../syntax/nodes';
import type { ReferenceItem } from '../diagnostics/crossReferences';
import { byNumber, type NumberingRun } from '../diagnostics/numbering';
import type { ResolutionTree } from '../syntax/nodes';
import { shifted, shiftedSpan } from '../syntax/sessionTree';
import { resolveFootnotes, type FootnoteMarker } from '../diagnostics/footnotes';

/** Binary search over the document's citations, sorted by offset. */
export function citationAt(doc: ParsedDocument, offset: number): Citation | undefined {
  const citations = doc.citations;
  let low = 0;
  let high = citations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const citation = citations[mid];
    if (offset < citation.start) high = mid - 1;
    else if (offset > citation.end) low = mid + 1;
    else return citation;
  }
  return undefined;
}

/** The footnote marker at the offset and its note, in the resolution that holds it (a session numbers each anew). */
export function footnoteMarkerAt(doc: ParsedDocument, offset: number): { marker: FootnoteMarker; note: SyntaxNode } | undefined {
  const { start, resolution } = doc.segmentAt(offset);
  const found = footnoteMarkerIn(resolution.tree, offset - start);
  return found && start > 0 ? { marker: shiftedSpan(found.marker, start), note: shifted(found.note, start) } : found;
}

/** The footnote marker at an offset of the resolution's own text, and its note. */
export function footnoteMarkerIn(tree: ResolutionTree, offset: number): { marker: FootnoteMarker; note: SyntaxNode } | undefined {
  const { notes, markers } = resolveFootnotes(tree.root, tree.text);
  if (notes.length === 0) return undefined;
  // The last marker that starts at or before the offset (markers are in text order).
  let low = 0;
  let high = markers.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (markers[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  const marker = low > 0 && offset <= markers[low - 1].end ? markers[low - 1] : undefined;
  const note = marker && notes.find((n) => Number(n.name) === marker.number);
  return marker && note ? { marker, note } : undefined;
}

/**
 * The internal cross-reference at the offset, and what it points to in its resolution: the
 * paragraph, or its sub-paragraph for "paragraph 1 (a) above" and "subparagraph (a) of paragraph 1".
 */
export function referenceAt(doc: ParsedDocument, offset: number): { item: ReferenceItem; target: SyntaxNode | undefined } | undefined {
  const { start, resolution } = doc.segmentAt(offset);
  const found = referenceIn(resolution, offset - start);
  if (!found) return undefined;
  const { item, paragraph } = found;
  const sub = item.sub === undefined ? undefined : paragraph?.children.find((child) => child.kind === 'subparagraph' && child.label?.normalized === item.sub);
  const target = sub ?? paragraph;
  if (start === 0) return { item, target };
  return { item: shiftedSpan(item, start), target: target && shifted(target, start) };
}

/**
 * The cross-reference at an offset of the resolution's own text: the item under the offset (or
 * the reference's first, `onItem` false), its numbering and the paragraph the item means there.
 */
export function referenceIn(resolution: ParsedResolution, offset: number): { item: ReferenceItem; onItem: boolean; run: NumberingRun | undefined; paragraph: SyntaxNode | undefined } | undefined {
  for (const { reference, run } of resolution.analysis.references) {
    if (offset < reference.start || offset > reference.end) continue;
    const exact = reference.items.find((i) => i.start <= offset && offset <= i.end);
    const item = exact ?? reference.items[0];
    return { item, onItem: exact !== undefined, run, paragraph: run && byNumber(run).get(item.number) };
  }
  return undefined;
}
