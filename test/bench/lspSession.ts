/**
 * A language server spawned over stdio, driven as an editor drives it, with the figures the bench
 * reads off the process (its resident memory from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  type ProtocolConnection,
} from 'vscode-languageserver/node';

export const LANGUAGE_ID = 'un-resolution';
/** No server handles this method, so it answers MethodNotFound: a round trip with no work in it. */
const PING_METHOD = 'bench/ping';

export interface Rss {
  rssMB: number;
  /** High-water mark: the most the process ever held resident. */
  peakMB: number;
}

export class LspSession {
  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
  ) {}

  /** Spawns `node <serverJs> --stdio` and completes the initialize handshake. */
  static async start(serverJs: string): Promise<LspSession> {
    const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(child.stdout!, child.stdin!);
    connection.listen();
    const session = new LspSession(child, connection);
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  get pid(): number {
    return this.child.pid!;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: LANGUAGE_ID, version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  documentSymbols(uri: string): Promise<unknown> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  /** Resolves on the error reply: what we time is the trip, not an answer. */
  ping(): Promise<void> {
    return this.connection.sendRequest(PING_METHOD).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Resident memory of the server process; null where /proc is not there to read. */
  rss(): Rss | null {
    const status = `/proc/${this.pid}/status`;
    if (!fs.existsSync(status)) return null;
    const text = fs.readFileSync(status, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 };
  }

  /** Shuts down politely, then makes sure: a stuck server must not outlive the bench. */
  async dispose(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone or unresponsive: the kill below settles it.
    }
    await withTimeout(exited, 2000).catch(() => this.child.kill('SIGKILL'));
    this.connection.dispose();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
