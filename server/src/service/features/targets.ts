/** What stands at an offset: a citation, a footnote marker, or an internal cross-reference. */
import type { ParsedDocument } from '../index';
import type { Citation } from '../citations/types';
import type { SyntaxNode } from '../syntax/nodes';
import type { ReferenceItem } from '../diagnostics/crossReferences';
import { byNumber } from '../diagnostics/numbering';
import type { ResolutionTree } from '../syntax/nodes';
import { shifted } from '../syntax/sessionTree';
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
  return found && start > 0 ? { marker: { ...found.marker, start: found.marker.start + start, end: found.marker.end + start }, note: shifted(found.note, start) } : found;
}

function footnoteMarkerIn(tree: ResolutionTree, offset: number): { marker: FootnoteMarker; note: SyntaxNode } | undefined {
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
  const local = offset - start;
  for (const { reference, run } of resolution.analysis.references) {
    if (local < reference.start || local > reference.end) continue;
    const item = reference.items.find((i) => i.start <= local && local <= i.end) ?? reference.items[0];
    const paragraph = run && byNumber(run).get(item.number);
    const sub = item.sub === undefined ? undefined : paragraph?.children.find((child) => child.kind === 'subparagraph' && child.label?.normalized === item.sub);
    const target = sub ?? paragraph;
    if (start === 0) return { item, target };
    return { item: { ...item, start: item.start + start, end: item.end + start }, target: target && shifted(target, start) };
  }
  return undefined;
}
