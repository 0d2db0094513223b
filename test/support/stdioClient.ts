/**
 * A minimal LSP client over a real stdio pipe, written by hand so that tests can also send what a
 * well-behaved library never would: broken frames, wrong types, requests after shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './paths';

export interface RpcError {
  code: number;
  message: string;
}

interface Message {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: RpcError;
}

export const SERVER_JS = path.join(repoRoot, 'dist', 'server.js');

export class StdioClient {
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (m: Message) => void }>();
  readonly notifications: Message[] = [];
  /** Requests the server sent to the client (workspace/applyEdit ...), answered by `onServerRequest`. */
  onServerRequest: (method: string, params: unknown) => unknown = () => null;
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static start(args: string[] = ['--stdio']): StdioClient {
    return new StdioClient(spawn(process.execPath, [...(process.env.UN_SERVER_NODE_ARGS ? process.env.UN_SERVER_NODE_ARGS.split(' ') : []), SERVER_JS, ...args], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Starts a server and completes the handshake with the given client capabilities. */
  static async initialized(capabilities: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<StdioClient> {
    const client = StdioClient.start();
    const reply = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    if (reply.error) throw new Error(`initialize failed: ${reply.error.message}`);
    client.notify('initialized', {});
    return client;
  }

  request(method: string, params: unknown, timeoutMs = 20000): Promise<Message> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, {
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  send(message: object): void {
    this.sendRaw(Buffer.from(JSON.stringify(message), 'utf8'));
  }

  /** Sends a body with a correct Content-Length header (the body itself may be anything). */
  sendRaw(body: Buffer): void {
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Waits until a notification matches, polling until a deadline. */
  async waitForNotification(predicate: (message: Message) => boolean, timeoutMs = 20000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('expected notification did not arrive');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async shutdown(): Promise<void> {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // The server is gone already.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method && message.id !== undefined && message.id !== null) {
      let result: unknown = null;
      try {
        result = this.onServerRequest(message.method, message.params);
      } catch {
        result = null;
      }
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method) {
      this.notifications.push(message);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    if (typeof message.id === 'number') {
      this.pending.get(message.id)?.resolve(message);
      this.pending.delete(message.id);
    }
  }
}
