/** Document links: every citation and document symbol that has an official text on undocs.org. */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../index';

export function documentLinks(doc: ParsedDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const citation of doc.citations) {
    if (!citation.url) continue;
    links.push({ range: doc.lines.rangeOf(citation.start, citation.end), target: citation.url, tooltip: `Open ${citation.symbol} on undocs.org` });
  }
  return links;
}
