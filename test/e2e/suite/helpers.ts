// Shared helpers for the e2e tests: fixture lookup, activation and polling with a deadline
// (the extension works asynchronously, so tests wait for an observable state, never a fixed time).
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'un-resolution';
const EXTENSION_ID = 'un-resolution-tools.un-resolution';

/** Calls `probe` until it returns a value accepted by `done`, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | PromiseLike<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `; last error: ${String(lastError)}` : `; last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run needs a workspace folder (the fixtures copy)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/** The language the editor currently gives the open document (it changes when the client switches it). */
export function currentLanguage(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

export async function openFixture(name: string): Promise<vscode.Uri> {
  const uri = fixtureUri(name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return uri;
}

/** Opens a fixture and waits until the client has put it in UN Resolution mode. */
export async function openResolution(name: string): Promise<vscode.Uri> {
  const uri = await openFixture(name);
  await waitFor(`${name} in ${LANGUAGE_ID} mode`, () => currentLanguage(uri), (id) => id === LANGUAGE_ID);
  return uri;
}

export function documentSymbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
}

/** Polls until the language server answers documentSymbol with a non-empty outline. */
export function waitForOutline(uri: vscode.Uri, timeoutMs?: number): Promise<vscode.DocumentSymbol[]> {
  return waitFor(
    'a non-empty document outline',
    () => documentSymbols(uri),
    (symbols) => Array.isArray(symbols) && symbols.length > 0,
    timeoutMs,
  ) as Promise<vscode.DocumentSymbol[]>;
}

/** Resolves when the diagnostics of `uri` satisfy `done`, listening to onDidChangeDiagnostics (never a fixed sleep). */
export function diagnosticsWhere(uri: vscode.Uri, done: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (done(current)) {
        subscription.dispose();
        clearTimeout(timer);
        resolve(current);
        return true;
      }
      return false;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics did not reach the expected state: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, timeoutMs);
    check();
  });
}
