/**
 * Hover: over a citation, what it points to (symbol, organ, catalogue facts, workspace file, link);
 * over a footnote marker, the footnote; over "paragraph 5 above", the paragraph it means.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../index';
import type { Catalog } from '../citations/catalog';
import { hoverContent } from '../citations/hoverContent';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { ownWords } from '../syntax/walk';
import { citationAt, footnoteMarkerAt, referenceAt } from './targets';

export interface HoverContext {
  readonly catalog?: Catalog;
  readonly workspace?: WorkspaceIndex;
}

export function hover(doc: ParsedDocument, position: Position, context: HoverContext): Hover | null {
  const offset = doc.lines.offsetAt(position);
  const citation = citationAt(doc, offset);
  if (citation) {
    const file = context.workspace?.documentsFor(citation.symbol).find((summary) => summary.uri !== undefined);
    const value = hoverContent(citation, {
      catalog: context.catalog,
      workspace: file ? { uri: file.uri, title: file.title, firstOperative: file.firstOperative } : undefined,
    });
    return { contents: { kind: 'markdown', value }, range: doc.lines.rangeOf(citation.start, citation.end) };
  }
  const marker = footnoteMarkerAt(doc, offset);
  if (marker) {
    const text = doc.text.slice(marker.note.contentStart ?? marker.note.start, marker.note.end).replace(/\s+/g, ' ').trim();
    return { contents: { kind: 'markdown', value: `**Footnote ${marker.marker.number}**\n\n${escape(text)}` }, range: doc.lines.rangeOf(marker.marker.start, marker.marker.end) };
  }
  const reference = referenceAt(doc, offset);
  if (reference) {
    const { target } = reference;
    if (!target) return null;
    const words = ownWords(target, doc.text, 600);
    const quote = words.length > 300 ? `${words.slice(0, 300)}…` : words;
    const name = target.kind === 'subparagraph' ? `${reference.item.number} ${target.label?.normalized ?? ''}` : (target.label?.normalized ?? reference.item.number);
    return { contents: { kind: 'markdown', value: `**Paragraph ${name}**\n\n${escape(quote)}` }, range: doc.lines.rangeOf(reference.item.start, reference.item.end) };
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
