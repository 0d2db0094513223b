/**
 * Helpers for the robustness and security tests: a language server started with extra node
 * options (a preload) and any `initialize` parameters, its resident memory, and polling with a
 * deadline instead of fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../paths';
import { SERVER_JS, StdioClient } from '../stdioClient';

export { SERVER_JS };

/** The seed export that the end-to-end workspace holds: a full General Assembly resolution. */
export const SEED_PATH = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace', 'shanghai-cooperation-export.txt');
export const SEED = fs.readFileSync(SEED_PATH, 'utf8');
/** 0-based position inside "59/48" on the seed's line 8 ("Recalling further its resolution 59/48 ..."). */
export const SEED_59_48 = (() => {
  const line = SEED.split('\n').findIndex((text) => text.includes('resolution 59/48'));
  return { line, character: SEED.split('\n')[line].indexOf('59/48') + 2 };
})();

export interface Session {
  readonly client: StdioClient;
  /** Everything the server wrote to its standard error. */
  stderr(): string;
}

/**
 * Starts `node [nodeArgs] dist/server.js --stdio`. StdioClient's constructor is private only to
 * steer ordinary tests to its factories; here the child needs node options of its own.
 */
export function startSession(nodeArgs: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Session {
  const child = spawn(process.execPath, [...nodeArgs, SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  // Drained so that a chatty server can never block on a full pipe.
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 1_000_000) stderr += chunk.toString('utf8');
  });
  const client = new (StdioClient as unknown as new (child: ChildProcess) => StdioClient)(child);
  return { client, stderr: () => stderr };
}

/** Starts a server and completes the handshake with the given `initialize` parameters. */
export async function initializedSession(params: Record<string, unknown> = {}, nodeArgs: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<Session> {
  const session = startSession(nodeArgs, env);
  const reply = await session.client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, ...params });
  if (reply.error) throw new Error(`initialize failed: ${reply.error.message}\n${session.stderr()}`);
  session.client.notify('initialized', {});
  return session;
}

/** Resident set size of a process in kB (VmRSS), and its peak (VmHWM). */
export function memoryOf(pid: number): { rssKb: number; peakKb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined, or fails at the deadline. */
export async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Waits (bounded) for a process to exit and returns its exit code. */
export async function exitCode(client: StdioClient, timeoutMs = 10_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([client.exited, timeout]);
  clearTimeout(timer);
  if (result === 'timeout') {
    client.child.kill('SIGKILL');
    throw new Error(`the server did not exit within ${timeoutMs} ms`);
  }
  return result;
}

/** Kills the child if a test left it running (after a failure), so the run never hangs. */
export async function stop(session: Session | undefined): Promise<void> {
  if (!session) return;
  const { client } = session;
  if (client.child.exitCode !== null || client.child.signalCode !== null) return;
  await client.shutdown();
}

/** The id of the request the client sent last (it numbers them 1, 2, 3 ...), to cancel it. */
export function lastRequestId(client: StdioClient): number {
  return (client as unknown as { nextId: number }).nextId - 1;
}
