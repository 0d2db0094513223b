/** What stands at an offset: a citation, a footnote marker, or an internal cross-reference. */
import type { ParsedDocument } from '../index';
import type { Citation } from '../citations/types';
import type { SyntaxNode } from '../syntax/nodes';
import type { ReferenceItem } from '../diagnostics/crossReferences';
import type { NumberingRun } from '../diagnostics/numbering';
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

export function footnoteMarkerAt(doc: ParsedDocument, offset: number): { marker: FootnoteMarker; note: SyntaxNode } | undefined {
  const { notes, markers } = resolveFootnotes(doc.tree.root, doc.tree.text);
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

export function referenceAt(doc: ParsedDocument, offset: number): { item: ReferenceItem; run: NumberingRun | undefined } | undefined {
  for (const { reference, run } of doc.analysis.references) {
    if (offset < reference.start || offset > reference.end) continue;
    const item = reference.items.find((i) => i.start <= offset && offset <= i.end) ?? reference.items[0];
    return { item, run };
  }
  return undefined;
}
