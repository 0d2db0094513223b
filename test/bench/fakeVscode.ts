/**
 * A stand-in for the `vscode` module, just enough for the activation suite to run dist/client.js
 * in a plain node process: activate() and the language client's start() touch the members below
 * (registrations, events, configuration, the output channel, the classes the client extends) and
 * nothing else. Everything answers at once and does nothing, so the figures are the extension's
 * own work plus the server's start, without an editor's cost.
 *
 * Every other name of the real API is an own property that throws when read, naming itself, and
 * so is any unknown member of a namespace: a client version that needs more fails loudly here
 * instead of being timed down a wrong path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

type Listener = (event: unknown) => unknown;

export class Disposable {
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  constructor(private readonly onDispose: () => unknown) {}
  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter {
  private readonly listeners = new Set<Listener>();
  readonly event = (listener: Listener, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener = (e) => listener.call(thisArgs, e);
    this.listeners.add(bound);
    const disposable = new Disposable(() => this.listeners.delete(bound));
    disposables?.push(disposable);
    return disposable;
  };
  fire(event?: unknown): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

/** An event nobody fires. */
const never = () => new EventEmitter().event;
const disposable = () => new Disposable(() => undefined);

export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = CodeActionKind.Empty.append('quickfix');
  static readonly Refactor = CodeActionKind.Empty.append('refactor');
  static readonly RefactorExtract = CodeActionKind.Refactor.append('extract');
  static readonly RefactorInline = CodeActionKind.Refactor.append('inline');
  static readonly RefactorMove = CodeActionKind.Refactor.append('move');
  static readonly RefactorRewrite = CodeActionKind.Refactor.append('rewrite');
  static readonly Source = CodeActionKind.Empty.append('source');
  static readonly SourceOrganizeImports = CodeActionKind.Source.append('organizeImports');
  static readonly SourceFixAll = CodeActionKind.Source.append('fixAll');
  static readonly Notebook = CodeActionKind.Empty.append('notebook');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
}

export const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 };

// Classes the language client extends (ProtocolCompletionItem extends CompletionItem, ...) or
// tests with instanceof: bare shells, since nothing is converted during activation.
export class CallHierarchyItem {}
export class CancellationError extends Error {}
export class CodeAction {}
export class CodeLens {}
export class CompletionItem {}
export class Diagnostic {}
export class DocumentLink {}
export class InlayHint {}
export class SymbolInformation {}
export class TypeHierarchyItem {}
export class WorkspaceSymbol {}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

/** Throws on a member this fake does not have, rather than answering undefined. */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON' || Reflect.has(object, key)) return Reflect.get(object, key, receiver);
      throw new Error(`the bench's fake vscode has no ${name}.${key}: add it to test/bench/fakeVscode.ts`);
    },
  });
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
/** The oldest VS Code the extension supports, which the language client checks its range against. */
export const version = String(manifest.engines.vscode).replace(/^[^\d]*/, '');
/** The contributed settings' defaults, as a user with no settings has them. */
const defaults = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties as Record<string, { default?: unknown }>).map(([key, p]) => [key, p.default]));

function configuration(section?: string) {
  const prefix = section ? `${section}.` : '';
  const read = (key: string) => {
    const full = prefix + key;
    if (full in defaults) return defaults[full];
    // A whole section, such as `unResolution.diagnostics`, as nested objects.
    const nested: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(defaults)) {
      if (!name.startsWith(`${full}.`)) continue;
      let node = nested;
      const parts = name.slice(full.length + 1).split('.');
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts[parts.length - 1]] = value;
    }
    return Object.keys(nested).length ? nested : undefined;
  };
  return strict('WorkspaceConfiguration', {
    get: (key: string, fallback?: unknown) => read(key) ?? fallback,
    has: (key: string) => read(key) !== undefined,
    inspect: (key: string) => ({ key: prefix + key, defaultValue: read(key) }),
    update: async () => undefined,
  });
}

/** What activate() registered, for the suite to check that the client really reached the server. */
export const registered = { commands: new Map<string, (...args: unknown[]) => unknown>(), providers: 0 };
const provider = () => {
  registered.providers++;
  return disposable();
};

export const commands = strict('commands', {
  registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
    registered.commands.set(id, handler);
    return new Disposable(() => registered.commands.delete(id));
  },
  executeCommand: async (id: string, ...args: unknown[]) => registered.commands.get(id)?.(...args),
});

/** The lines written to the output channel, shown when a run fails. */
export const output: string[] = [];
const write = (line: string) => void output.push(line);

export const window = strict('window', {
  activeTextEditor: undefined,
  visibleTextEditors: [],
  onDidChangeActiveTextEditor: never(),
  onDidChangeVisibleTextEditors: never(),
  tabGroups: strict('window.tabGroups', { all: [], onDidChangeTabs: never() }),
  createOutputChannel: (name: string) =>
    strict('LogOutputChannel', {
      name,
      logLevel: LogLevel.Info,
      onDidChangeLogLevel: never(),
      append: write,
      appendLine: write,
      replace: write,
      clear: () => undefined,
      show: () => undefined,
      hide: () => undefined,
      dispose: () => undefined,
      trace: write,
      debug: write,
      info: write,
      warn: write,
      error: (line: unknown) => write(String(line)),
    }),
  showErrorMessage: async (message: string) => void write(`showErrorMessage: ${message}`),
  showWarningMessage: async (message: string) => void write(`showWarningMessage: ${message}`),
  showInformationMessage: async (message: string) => void write(`showInformationMessage: ${message}`),
  setStatusBarMessage: () => disposable(),
});

export const workspace = strict('workspace', {
  workspaceFolders: undefined,
  textDocuments: [],
  notebookDocuments: [],
  getConfiguration: configuration,
  createFileSystemWatcher: () => strict('FileSystemWatcher', { onDidCreate: never(), onDidChange: never(), onDidDelete: never(), dispose: () => undefined }),
  onDidChangeConfiguration: never(),
  onDidChangeWorkspaceFolders: never(),
  onDidOpenTextDocument: never(),
  onDidChangeTextDocument: never(),
  onDidCloseTextDocument: never(),
  onDidSaveTextDocument: never(),
  onWillSaveTextDocument: never(),
  onDidCreateFiles: never(),
  onDidRenameFiles: never(),
  onDidDeleteFiles: never(),
  onWillCreateFiles: never(),
  onWillRenameFiles: never(),
  onWillDeleteFiles: never(),
});

export const languages = strict('languages', {
  match: () => 0,
  createDiagnosticCollection: () => strict('DiagnosticCollection', { set: () => undefined, delete: () => undefined, clear: () => undefined, dispose: () => undefined }),
  registerCallHierarchyProvider: provider,
  registerCodeActionsProvider: provider,
  registerCodeLensProvider: provider,
  registerColorProvider: provider,
  registerCompletionItemProvider: provider,
  registerDeclarationProvider: provider,
  registerDefinitionProvider: provider,
  registerDocumentFormattingEditProvider: provider,
  registerDocumentHighlightProvider: provider,
  registerDocumentLinkProvider: provider,
  registerDocumentRangeFormattingEditProvider: provider,
  registerDocumentSymbolProvider: provider,
  registerFoldingRangeProvider: provider,
  registerHoverProvider: provider,
  registerImplementationProvider: provider,
  registerReferenceProvider: provider,
  registerRenameProvider: provider,
  registerSelectionRangeProvider: provider,
  registerSignatureHelpProvider: provider,
  registerTypeDefinitionProvider: provider,
  registerWorkspaceSymbolProvider: provider,
  setTextDocumentLanguage: async () => undefined,
});

export const env = strict('env', { appName: 'Visual Studio Code', appRoot: '', language: 'en', machineId: 'bench', sessionId: 'bench', uriScheme: 'vscode' });

/**
 * The module object: the members above, plus every other name the real API exports (read from
 * @types/vscode) as a property that throws when read.
 */
export function fakeVscodeModule(): Record<string, unknown> {
  const implemented: Record<string, unknown> = {
    version, Disposable, EventEmitter, CodeActionKind, LogLevel, Position, Range, commands, window, workspace, languages, env,
    CallHierarchyItem, CancellationError, CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, InlayHint, SymbolInformation, TypeHierarchyItem, WorkspaceSymbol,
  };
  const module: Record<string, unknown> = { ...implemented };
  const declarations = fs.readFileSync(path.join(repoRoot, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  for (const [, name] of declarations.matchAll(/^\texport (?:namespace|class|enum|function|const|let|var) (\w+)/gm)) {
    if (name in module) continue;
    Object.defineProperty(module, name, {
      enumerable: true,
      get() {
        throw new Error(`the bench's fake vscode has no ${name}: add it to test/bench/fakeVscode.ts`);
      },
    });
  }
  return module;
}
