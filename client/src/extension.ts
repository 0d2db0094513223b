/**
 * The VS Code extension: starts the bundled language server over IPC, switches resolution texts
 * that arrive as .txt into UN Resolution mode, and adds commands. No language logic lives here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TxtDetector } from './txtDetection';
import { registerCommands } from './commands';

export const LANGUAGE_ID = 'un-resolution';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('UN Resolution', { log: true });
  context.subscriptions.push(output);

  context.subscriptions.push(new TxtDetector(LANGUAGE_ID));

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-remote', language: LANGUAGE_ID },
    ],
    outputChannel: output,
    initializationOptions: { canIgnoreRules: true },
    // The server keeps its index of the workspace's resolutions current as files change on disk.
    synchronize: { configurationSection: 'unResolution', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{unres,txt,md}') },
    // The client restarts a crashed server (up to 5 times in 3 minutes) by default.
  };
  client = new LanguageClient('unResolution', 'UN Resolution Language Server', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('unResolution.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('unResolution.showOutput', () => output.show(true)),
    ...registerCommands(() => client, LANGUAGE_ID),
    // For tests and diagnostics: the process id of the running server, so a test can kill it.
    vscode.commands.registerCommand('unResolution.serverPid', () => serverPid()),
  );

  // Not awaited: activation ends at once, and the editor does not wait on the server's process
  // start; requests sent meanwhile wait for the client to be ready.
  client.start().catch((error: unknown) => output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`));
}

function serverPid(): number | undefined {
  // The node client keeps the child process privately; reading it is only for recovery tests.
  const child = (client as unknown as { _serverProcess?: { pid?: number } } | undefined)?._serverProcess;
  return child?.pid;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
