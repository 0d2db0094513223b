// npm start: a real VS Code on samples/ with this extension.
// - With a desktop `code` on PATH: builds, then runs `code --extensionDevelopmentPath=<repo> samples`.
// - Otherwise (or with --web): installs the test tools on first use (code-server, about 3 minutes; see
//   test/e2e/tools/setup-tools.sh), packages the extension, installs the .vsix into a fresh
//   code-server, serves it on 127.0.0.1 and prints the URL to open. Ctrl-C stops it.
// usage: npm start [-- --web] [-- --port N]
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installExtension, startCodeServer } from '../test/e2e/runner/codeServer.mjs';
import { ensureTools } from '../test/e2e/runner/tools.mjs';
import { packageVsix } from '../test/e2e/runner/vsix.mjs';
import { repoRoot, samples } from '../test/e2e/runner/workspace.mjs';

const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const port = portArg >= 0 ? Number(argv[portArg + 1]) : undefined;

function hasDesktopCode() {
  const probe = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && !/code-server/i.test(probe.stdout);
}

if (!argv.includes('--web') && hasDesktopCode()) {
  execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });
  execSync(`code --extensionDevelopmentPath="${repoRoot}" "${samples}"`, { stdio: 'inherit' });
  process.exit(0);
}

// The server's user data and extensions live in a throwaway folder; samples/ is opened in place.
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-res-start-'));
process.on('exit', () => fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 }));

console.log('[start] checking the tools (the first run installs code-server: about 3 minutes)');
const tools = ensureTools();
console.log('[start] packaging the extension');
const vsix = await packageVsix(path.join(stateDir, 'un-resolution.vsix'));
await installExtension({ tools, stateDir, vsix });
const server = await startCodeServer({ tools, stateDir, timeoutMs: 60_000, port });

console.log('\nVS Code with UN Resolution language support is running. Open this in a browser:\n');
console.log(`  http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(samples)}\n`);
console.log('Press Ctrl-C to stop it.');
// startCodeServer stops the server on Ctrl-C; this only reports a server that ends on its own.
const code = await server.exited;
console.log(`[start] code-server ended (${code}); its log was ${server.logFile}`);
process.exitCode = 1;
