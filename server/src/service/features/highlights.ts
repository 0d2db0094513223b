/**
 * Document highlights: where the text speaks of the item under the cursor. A citation lights up
 * every citation of the same resolution; a footnote marker or note, the note's number and its
 * markers; a paragraph's number or a cross-reference, the paragraph's number and the references
 * to it. The item itself is marked as written, its mentions as read, as VS Code's Markdown marks a
 * heading and the links to it.
 */
import type { DocumentHighlight, Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parsedDocument';
import { sameResolution } from '../workspace/workspaceIndex';
import { citationAt } from './targets';
import { occurrencesAt } from './occurrences';

// DocumentHighlightKind values, spelled out to keep this module free of runtime imports.
const KIND = { Read: 2, Write: 3 } as const;

export function documentHighlights(doc: ParsedDocument, position: Position): DocumentHighlight[] {
  const offset = doc.lines.offsetAt(position);
  const citation = citationAt(doc, offset);
  if (citation) {
    return doc.citations.filter((other) => sameResolution(other.symbol, citation.symbol)).map((other) => ({ range: doc.lines.rangeOf(other.start, other.end), kind: KIND.Read }));
  }
  const found = occurrencesAt(doc, offset);
  if (!found) return [];
  return [
    { range: doc.lines.rangeOf(found.declaration.start, found.declaration.end), kind: KIND.Write },
    ...found.mentions.map((mention) => ({ range: doc.lines.rangeOf(mention.start, mention.end), kind: KIND.Read })),
  ];
}
