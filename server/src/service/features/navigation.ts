/**
 * Go to definition and find references. A citation leads to the workspace file that holds the
 * resolution; a footnote marker to its footnote; "paragraph 5 above" to paragraph 5. References
 * list the markers of a footnote and the cross-references to a paragraph (from the item or from a
 * mention of it), and otherwise every citation of a resolution across the workspace, from a
 * citation, from the title line or from anywhere in the resolution's own file.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../index';
import { sameResolution, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { ownSymbol, resolutionEntry, type IndexedResolution } from '../workspace/documentSummary';
import { splitParts } from '../citations/symbols';
import { citationAt, footnoteMarkerAt, referenceAt } from './targets';
import { occurrencesAt } from './occurrences';

export function definition(doc: ParsedDocument, uri: string, position: Position, workspace: WorkspaceIndex | undefined): Location[] {
  const offset = doc.lines.offsetAt(position);
  const citation = citationAt(doc, offset);
  if (citation) {
    const elsewhere = (workspace?.documentsFor(citation.symbol) ?? []).filter((file) => file.uri !== uri);
    return [...otherResolutionsHere(doc, uri, offset, citation.symbol), ...elsewhere].map((file) => ({ uri: file.uri, range: file.titleRange }));
  }
  const marker = footnoteMarkerAt(doc, offset);
  if (marker) return [{ uri, range: doc.lines.rangeOf(marker.note.start, marker.note.end) }];
  const reference = referenceAt(doc, offset);
  const target = reference?.target;
  if (target) return [{ uri, range: doc.lines.rangeOf(target.label?.start ?? target.start, target.label?.end ?? target.start) }];
  return [];
}

/** The resolutions of a session's volume, other than the one at the offset, that hold the symbol: read from the live text. */
function otherResolutionsHere(doc: ParsedDocument, uri: string, offset: number, symbol: string): IndexedResolution[] {
  if (doc.segments.length === 1) return [];
  const here = doc.segmentAt(offset);
  const wanted = new Set([symbol, splitParts(symbol).base]);
  return doc.segments
    .filter((segment) => segment !== here && wanted.has(ownSymbol(segment.resolution.tree, segment.start === 0 ? uri : undefined) ?? ''))
    .map(({ start, resolution }) => resolutionEntry(uri, resolution.tree, doc.lines, start, start === 0 ? uri : undefined));
}

/** The symbol the cursor speaks of: a citation under it, or else the file's own resolution. */
export function symbolAt(doc: ParsedDocument, uri: string, position: Position): string | undefined {
  const offset = doc.lines.offsetAt(position);
  const citation = citationAt(doc, offset);
  if (citation) return citation.symbol;
  // In a session's volume, the resolution the cursor is in; the file's name speaks only for the first.
  const { start, resolution } = doc.segmentAt(offset);
  return ownSymbol(resolution.tree, start === 0 ? uri : undefined);
}

export function references(doc: ParsedDocument, uri: string, position: Position, workspace: WorkspaceIndex | undefined, includeDeclaration: boolean): Location[] {
  // On a footnote or a paragraph (or a mention of one): its mentions in the resolution.
  const offset = doc.lines.offsetAt(position);
  const item = citationAt(doc, offset) ? undefined : occurrencesAt(doc, offset);
  if (item) {
    const spans = includeDeclaration ? [item.declaration, ...item.mentions].sort((a, b) => a.start - b.start) : item.mentions;
    return spans.map((span) => ({ uri, range: doc.lines.rangeOf(span.start, span.end) }));
  }
  const symbol = symbolAt(doc, uri, position);
  if (!symbol) return [];
  const found: Location[] = [];
  // The open document's own citations are read from its current text, not from the index.
  for (const citation of doc.citations) if (sameResolution(citation.symbol, symbol)) found.push({ uri, range: doc.lines.rangeOf(citation.start, citation.end) });
  for (const location of workspace?.citationsOf(symbol) ?? []) if (location.uri !== uri) found.push(location);
  if (includeDeclaration) for (const file of workspace?.documentsFor(symbol) ?? []) found.push({ uri: file.uri, range: file.titleRange });
  return found;
}
