/**
 * Thin LSP glue: each handler finds the document, takes its cached parse and calls the pure
 * language service. No language logic lives here.
 */
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type OffsetEdit, type ParsedDocument } from './service';
import { DocumentCache } from './documentCache';
import { SettingsStore } from './settings';
import { Debouncer } from './debouncer';

/** Commands the server executes; the client wraps them with palette entries. */
export const SERVER_COMMANDS = { renumber: 'unResolution.server.renumber', fixAll: 'unResolution.server.fixAll' } as const;

export function startServer(connection: Connection): void {
  const service = createLanguageService();
  // Incremental sync: the client sends only the edited range, which matters for multi-megabyte
  // texts; TextDocument applies the edits and the parse is redone lazily on the next request.
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache(service);
  const debouncer = new Debouncer();
  let canAskConfiguration = false;
  let canWatchConfiguration = false;
  let pullDiagnostics = false;
  let canIgnoreRules = false;
  const settings = new SettingsStore(connection, () => canAskConfiguration);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities ?? {};
    canAskConfiguration = capabilities.workspace?.configuration === true;
    canWatchConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    canIgnoreRules = options.canIgnoreRules === true;
    settings.setFallback(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'UN Resolution' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.unResolution'] },
        executeCommandProvider: { commands: [SERVER_COMMANDS.renumber, SERVER_COMMANDS.fixAll] },
        // Clients that pull diagnostics ask for them; the others get them pushed after a debounce.
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'un-resolution-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canWatchConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'unResolution' });
  });

  const parsed = (uri: string): ParsedDocument | undefined => cache.get(documents.get(uri));

  const diagnosticsFor = async (uri: string) => {
    const doc = parsed(uri);
    if (!doc) return [];
    const current = await settings.get(uri);
    return current.diagnosticsEnabled ? service.diagnostics(doc, current.rules, uri) : [];
  };

  const publish = async (uri: string, version: number): Promise<void> => {
    const diagnostics = await diagnosticsFor(uri);
    // A newer edit arrived while computing: its own publication will follow.
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const scheduleDiagnostics = async (document: TextDocument, immediately: boolean): Promise<void> => {
    if (pullDiagnostics) return;
    const delay = immediately ? 0 : (await settings.get(document.uri)).debounceMs;
    debouncer.schedule(document.uri, delay, () => void publish(document.uri, document.version).catch(logError));
  };

  const logError = (error: unknown): void => connection.console.error(`un-resolution: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);

  documents.onDidOpen((event) => void scheduleDiagnostics(event.document, true));
  documents.onDidChangeContent((event) => void scheduleDiagnostics(event.document, false));
  documents.onDidClose((event) => {
    cache.forget(event.document.uri);
    settings.forget(event.document.uri);
    debouncer.cancel(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settings.forget();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) void scheduleDiagnostics(document, true);
  });

  connection.languages.diagnostics.on(async (params) => ({ kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(params.textDocument.uri) }));

  connection.onDocumentSymbol((params) => {
    const doc = parsed(params.textDocument.uri);
    return doc ? service.outline(doc) : null;
  });
  connection.onFoldingRanges((params) => {
    const doc = parsed(params.textDocument.uri);
    return doc ? service.foldingRanges(doc) : null;
  });
  connection.onSelectionRanges((params) => {
    const doc = parsed(params.textDocument.uri);
    return doc ? service.selectionRanges(doc, params.positions) : null;
  });
  connection.onCodeAction((params) => {
    const doc = parsed(params.textDocument.uri);
    return doc ? service.codeActions(doc, params.range, { uri: params.textDocument.uri, canIgnoreRules }, params.context.only) : null;
  });

  connection.onExecuteCommand(async (params) => {
    const [uri, position] = (params.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string') throw new Error('The command needs the document URI as its first argument.');
    const doc = parsed(uri);
    if (!doc) throw new Error(`The document ${uri} is not open.`);
    const edits =
      params.command === SERVER_COMMANDS.renumber
        ? service.renumber(doc, isPosition(position) ? position : { line: 0, character: 0 })
        : params.command === SERVER_COMMANDS.fixAll
          ? service.fixAllNumbering(doc)
          : undefined;
    if (!edits) throw new Error(`Unknown command ${params.command}.`);
    if (edits.length === 0) return { applied: false, changes: 0 };
    const result = await connection.workspace.applyEdit({ label: 'Renumber', edit: { changes: { [uri]: toTextEdits(doc, edits) } } });
    return { applied: result.applied, changes: edits.length };
  });

  documents.listen(connection);
  connection.listen();
}

function isPosition(value: unknown): value is { line: number; character: number } {
  return !!value && typeof value === 'object' && typeof (value as { line?: unknown }).line === 'number' && typeof (value as { character?: unknown }).character === 'number';
}

function toTextEdits(doc: ParsedDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: doc.lines.rangeOf(edit.start, edit.end), newText: edit.newText }));
}
