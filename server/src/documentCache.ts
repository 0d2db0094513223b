/** Keeps the parse of each open document for its current version, so requests share one parse. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ParsedDocument } from './service';

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedDocument }>();

  constructor(private readonly service: LanguageService) {}

  get(document: TextDocument | undefined): ParsedDocument | undefined {
    if (!document) return undefined;
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry.parsed;
    // The previous version lends the resolutions an edit did not touch (a session's other resolutions).
    const parsed = this.service.parse(document.getText(), entry?.parsed);
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
