/**
 * Thin LSP glue: each handler finds the document, takes its cached parse and calls the pure
 * language service. No language logic lives here.
 */
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { createLanguageService, WorkspaceIndex, type OffsetEdit, type ParsedDocument } from './service';
import { folderPath, indexFile, resolvesInside, scanWorkspace } from './workspaceScanner';
import { bundledCatalog } from './catalogAsset';
import { DocumentCache } from './documentCache';
import { SettingsStore } from './settings';
import { Debouncer } from './debouncer';
import { HeapCompactor } from './heap';

/** Commands the server executes; the client wraps them with palette entries. */
export const SERVER_COMMANDS = { renumber: 'unResolution.server.renumber', fixAll: 'unResolution.server.fixAll' } as const;

export function startServer(connection: Connection): void {
  const workspace = new WorkspaceIndex();
  const catalog = bundledCatalog((file) => connection.console.warn(`un-resolution: the catalogue ${file} is missing; hovers show what the citation itself says.`));
  const service = createLanguageService({ catalog, workspace });
  // Incremental sync: the client sends only the edited range, which matters for multi-megabyte
  // texts; TextDocument applies the edits and the parse is redone lazily on the next request.
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache(service);
  const debouncer = new Debouncer();
  const heap = new HeapCompactor();
  let canAskConfiguration = false;
  let canWatchConfiguration = false;
  let pullDiagnostics = false;
  let canIgnoreRules = false;
  let canReportProgress = false;
  let folders: string[] = [];
  let scanGeneration = 0;
  /** After `shutdown` only `exit` is expected: requests get InvalidRequest, as the protocol says. */
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    scanGeneration++;
    debouncer.dispose();
    heap.dispose();
  });
  const afterShutdown = (): ResponseError<void> => new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  const settings = new SettingsStore(connection, () => canAskConfiguration);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities ?? {};
    canAskConfiguration = capabilities.workspace?.configuration === true;
    canWatchConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    canIgnoreRules = options.canIgnoreRules === true;
    canReportProgress = capabilities.window?.workDoneProgress === true;
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((folder) => folderPath(folder.uri))
      .filter((folder): folder is string => folder !== undefined);
    settings.setFallback(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'UN Resolution' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', '\t', '/'] },
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
    void rescan();
  });

  /** (Re)builds the workspace index in the background; a newer scan cancels the older one. */
  const rescan = async (): Promise<void> => {
    if (folders.length === 0) return;
    const generation = ++scanGeneration;
    const exclude = await filesExclude();
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Indexing UN resolutions', 0, undefined, false);
    try {
      await scanWorkspace(service, workspace, {
        folders,
        exclude,
        isCancelled: () => generation !== scanGeneration,
        isOpen: (uri) => documents.get(uri) !== undefined,
        progress: progress && {
          report: (done, total) => progress.report(Math.round((done / Math.max(1, total)) * 100), `${done} of ${total} files`),
          done: () => progress.done(),
        },
      });
    } catch (error) {
      progress?.done();
      logError(error);
    }
  };

  const filesExclude = async (): Promise<string[]> => {
    if (!canAskConfiguration) return [];
    try {
      const value = (await connection.workspace.getConfiguration('files.exclude')) as Record<string, unknown> | null;
      return Object.entries(value ?? {}).filter(([, on]) => on === true).map(([glob]) => glob);
    } catch {
      return [];
    }
  };

  /** The document's parse, cached or made now. */
  const parseOf = (document: TextDocument | undefined): ParsedDocument | undefined => {
    const doc = cache.get(document);
    // A large text's parse leaves tens of MB of garbage, its outline as much: collected once idle.
    if (doc) heap.afterWork();
    return doc;
  };
  const parsed = (uri: string): ParsedDocument | undefined => parseOf(documents.get(uri));

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

  /** An open document is indexed from its live text. */
  const indexOpen = (document: TextDocument): void => {
    // A document closed meanwhile must not come back into the cache.
    if (documents.get(document.uri) !== document || !isInWorkspace(document.uri)) return;
    const doc = parseOf(document);
    if (doc) workspace.set(service.summarize(doc, document.uri));
  };
  const isInWorkspace = (uri: string): boolean => {
    const file = folderPath(uri);
    return file !== undefined && folders.some((folder) => file.startsWith(folder + path.sep));
  };

  documents.onDidOpen((event) => {
    void scheduleDiagnostics(event.document, true);
    indexOpen(event.document);
  });
  documents.onDidChangeContent((event) => {
    void scheduleDiagnostics(event.document, false);
    debouncer.schedule(`index:${event.document.uri}`, 500, () => indexOpen(event.document));
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      const file = folderPath(change.uri);
      if (!file || !isInWorkspace(change.uri)) continue;
      if (change.type === 3 /* deleted */) workspace.delete(change.uri);
      // A path inside a folder may still lead outside it through a linked folder: resolve it first.
      else if (await resolvesInside(file, folders)) await indexFile(service, workspace, file, (uri) => documents.get(uri) !== undefined);
      else workspace.delete(change.uri);
    }
  });
  documents.onDidClose((event) => {
    cache.forget(event.document.uri);
    settings.forget(event.document.uri);
    debouncer.cancel(event.document.uri);
    debouncer.cancel(`index:${event.document.uri}`);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    // Closed without saving, the file on disk is what the workspace holds again.
    const file = folderPath(event.document.uri);
    if (file && isInWorkspace(event.document.uri)) void indexFile(service, workspace, file).catch(logError);
  });

  connection.onDidChangeConfiguration(() => {
    settings.forget();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) void scheduleDiagnostics(document, true);
  });

  connection.languages.diagnostics.on(async (params) => ({ kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(params.textDocument.uri) }));

  /**
   * Every document request goes through here: malformed parameters get an InvalidParams error, a
   * request cancelled before it ran gets RequestCancelled, an unknown document gets null.
   */
  const onDocument = <P extends { textDocument: { uri: string } }, R>(
    // The protocol's handler types differ per request; each returns what the service gives, or null.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    register: (handler: (params: P, token: CancellationToken) => any) => unknown,
    run: (doc: ParsedDocument, params: P) => R,
    needsPosition = false,
  ): void => {
    register((params, token) => {
      if (shutDown) return afterShutdown();
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri must be a string');
      if (needsPosition && !isPosition((params as { position?: unknown }).position)) return new ResponseError(ErrorCodes.InvalidParams, 'position must be { line, character } with numbers');
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const doc = parsed(uri);
      return doc ? run(doc, params) : null;
    });
  };

  onDocument(connection.onDocumentSymbol, (doc) => service.outline(doc));
  onDocument(connection.onFoldingRanges, (doc) => service.foldingRanges(doc));
  onDocument(connection.onSelectionRanges, (doc, params) => service.selectionRanges(doc, (Array.isArray(params.positions) ? params.positions : []).filter(isPosition)));
  onDocument(connection.onHover, (doc, params) => service.hover(doc, params.position), true);
  onDocument(connection.onDocumentLinks, (doc) => service.documentLinks(doc));
  onDocument(connection.onDefinition, (doc, params) => service.definition(doc, params.textDocument.uri, params.position), true);
  onDocument(connection.onReferences, (doc, params) => service.references(doc, params.textDocument.uri, params.position, params.context?.includeDeclaration ?? true), true);
  onDocument(connection.onDocumentHighlight, (doc, params) => service.documentHighlights(doc, params.position), true);
  onDocument(connection.onCompletion, (doc, params) => service.completion(doc, params.position), true);
  onDocument(connection.onCodeAction, (doc, params) =>
    isRange(params.range) ? service.codeActions(doc, params.range, { uri: params.textDocument.uri, canIgnoreRules }, params.context?.only) : [],
  );
  connection.onWorkspaceSymbol((params) => (shutDown ? afterShutdown() : service.workspaceSymbols(typeof params?.query === 'string' ? params.query : '')));

  connection.onExecuteCommand(async (params) => {
    if (shutDown) throw afterShutdown();
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
  return !!value && typeof value === 'object' && Number.isInteger((value as { line?: unknown }).line) && Number.isInteger((value as { character?: unknown }).character);
}

function isRange(value: unknown): value is { start: { line: number; character: number }; end: { line: number; character: number } } {
  return !!value && typeof value === 'object' && isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end);
}

function toTextEdits(doc: ParsedDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: doc.lines.rangeOf(edit.start, edit.end), newText: edit.newText }));
}
