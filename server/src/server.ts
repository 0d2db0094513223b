/**
 * Thin LSP glue: each handler finds the document, takes its cached parse and calls the pure
 * language service. No language logic lives here.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './service';
import { DocumentCache } from './documentCache';

export function startServer(connection: Connection): void {
  const service = createLanguageService();
  // Incremental sync: the client sends only the edited range, which matters for multi-megabyte
  // texts; TextDocument applies the edits and the parse is redone lazily on the next request.
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache(service);

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'UN Resolution' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
      },
      serverInfo: { name: 'un-resolution-language-server', version: '0.1.0' },
    }),
  );

  documents.onDidClose((event) => cache.forget(event.document.uri));

  connection.onDocumentSymbol((params) => {
    const doc = cache.get(documents.get(params.textDocument.uri));
    return doc ? service.outline(doc) : null;
  });
  connection.onFoldingRanges((params) => {
    const doc = cache.get(documents.get(params.textDocument.uri));
    return doc ? service.foldingRanges(doc) : null;
  });
  connection.onSelectionRanges((params) => {
    const doc = cache.get(documents.get(params.textDocument.uri));
    return doc ? service.selectionRanges(doc, params.positions) : null;
  });

  documents.listen(connection);
  connection.listen();
}
