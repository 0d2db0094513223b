/** What stands at an offset: a citation, a footnote marker, or an internal cross-reference. */
import type { ParsedDocument } from '../index';
import type { Citation } from '../citations/types';
import type { SyntaxNode } from '../syntax/nodes';
import type { ReferenceItem } from '../diagnostics/crossReferences';
import type { NumberingRun } from '../diagnostics/numbering';
import { findMarkers, footnotesOf, resolveMarkers, type FootnoteMarker } from '../diagnostics/footnotes';

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

export function footnoteMarkerAt(doc: ParsedDocument, offset: number): { marker: FootnoteMarker; note: SyntaxNode } | undefined {
  const notes = footnotesOf(doc.tree.root);
  if (notes.length === 0) return undefined;
  const { markers } = resolveMarkers(findMarkers(doc.tree.root, doc.tree.text), notes.map((note) => Number(note.name)), doc.tree.text);
  const marker = markers.find((m) => m.start <= offset && offset <= m.end);
  const note = marker && notes.find((n) => Number(n.name) === marker.number);
  return marker && note ? { marker, note } : undefined;
}

export function referenceAt(doc: ParsedDocument, offset: number): { item: ReferenceItem; run: NumberingRun | undefined } | undefined {
  for (const { reference, run } of doc.analysis.references) {
    if (offset < reference.start || offset > reference.end) continue;
    const item = reference.items.find((i) => i.start <= offset && offset <= i.end) ?? reference.items[0];
    return { item, run };
  }
  return undefined;
}
