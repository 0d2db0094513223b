/**
 * One activation of the extension, in a fresh node process (spawned by activation.ts): loads
 * <extension>/dist/client.js against the fake `vscode` module, calls activate() with a minimal
 * ExtensionContext and waits for it, then for the client to be ready (dist/server.js forked over
 * IPC, the initialize result in, providers registered). Prints one JSON line with the times, then
 * deactivates.
 * usage: node activationChild.js <extension folder>
 */
import Module = require('node:module');
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fakeVscodeModule, output, registered } from './fakeVscode';

export interface ActivationSample {
  /** require(dist/client.js): VS Code's "code loading" time. */
  requireMs: number;
  /** activate() until it returns its promise: the part that blocks the extension host. */
  activateCallMs: number;
  /** activate() until its promise resolves: what VS Code counts as activation, with the require. */
  activateResolvedMs: number;
  /** activate() until the client is ready: server spawned and initialized, providers registered. */
  activateToReadyMs: number;
  serverPid: number | undefined;
  providers: number;
}

async function main(): Promise<void> {
  const extension = path.resolve(process.argv[2]);
  // Built before the clock starts: the real `vscode` module costs an extension nothing to load.
  const vscode = fakeVscodeModule();
  const resolving = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const load = resolving._load;
  resolving._load = function (request, parent, isMain) {
    return request === 'vscode' ? vscode : load.call(this, request, parent, isMain);
  };
  const subscriptions: Array<{ dispose(): unknown }> = [];
  const context = { subscriptions, extensionPath: extension, asAbsolutePath: (relative: string) => path.join(extension, relative) };

  const t0 = performance.now();
  const client = require(path.join(extension, 'dist', 'client.js')) as { activate(context: unknown): Promise<void>; deactivate(): Promise<void> };
  const t1 = performance.now();
  const activated = client.activate(context);
  const t2 = performance.now();
  await activated;
  const t3 = performance.now();
  // The client registers its providers from the server's initialize result.
  const deadline = t3 + 20_000;
  while (registered.providers === 0 && performance.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
  const t4 = performance.now();

  const serverPid = (await registered.commands.get('unResolution.serverPid')?.()) as number | undefined;
  const sample: ActivationSample = { requireMs: t1 - t0, activateCallMs: t2 - t1, activateResolvedMs: t3 - t1, activateToReadyMs: t4 - t1, serverPid, providers: registered.providers };
  await client.deactivate();
  for (const item of subscriptions) item.dispose();
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n${output.join('\n')}\n`);
    process.exit(1);
  },
);
