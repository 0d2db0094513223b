// Runs the e2e mocha suite inside a real VS Code: code-server's extension host, with the workbench
// loaded in headless chromium. VS Code reads the tests from the `payload` URL parameter and reports
// the extension host's console and the exit code through two functions exposed on the page.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { codeServerLog, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { parseResultLine } from './result.mjs';
import { ensureTools } from './tools.mjs';
import { makeRunDir, repoRoot } from './workspace.mjs';

const SUITE = path.join(repoRoot, 'out/test/e2e/suite/index'); // VS Code wants the module path without .js
export const EXIT = { passed: 0, failed: 1, timeout: 2, error: 3 };

// Workbench chatter that says nothing about the tests (connection set-up, start-up timings,
// offline gallery and sign-in look-ups); --verbose shows it.
const NOISE = new RegExp(`^(${[
  'Resolving connection token', 'Resolved connection token', 'Creating a socket', '\\[reconnection-grace-time\\]',
  'Updating additional builtin', '\\[Service Worker\\]', '\\[AgentHost', '\\[AccountPolicyGate\\]', 'getaddrinfo ENOTFOUND',
  'Creation of workbench contribution', 'Timed out waiting for authentication provider',
].join('|')})`);

/**
 * Runs the suite once; never throws. The deadline counts from the call: installing the tools on first
 * use (about 2.5 min) falls inside it, later runs take about 15 s.
 * @param {{ timeoutMs?: number, verbose?: boolean, keep?: boolean, print?: (line: string) => void }} [options]
 * @returns {Promise<{ exitCode: number, passed: number, failed: number, complete: boolean, durationMs: number }>}
 *   exitCode: 0 passed, 1 tests failed, 2 timeout, 3 runner error. complete: the suite printed its
 *   result line; when it did not, the run counts as 1 failed so that a crash never looks like success.
 */
export async function runE2E({ timeoutMs = 420_000, verbose = false, keep = false, print = console.log } = {}) {
  const t0 = Date.now();
  const run = makeRunDir();
  let output = '';
  let exitCode = EXIT.error;
  let server;
  let browser;
  let timer;
  try {
    if (!fs.existsSync(`${SUITE}.js`)) throw new Error(`${SUITE}.js is missing: compile the tests first (npx tsc -p .)`);
    const tools = ensureTools({ timeoutMs });
    server = await startCodeServer({ tools, stateDir: run.runDir, timeoutMs: Math.min(timeoutMs, 60_000) });
    browser = await launchBrowser(tools, { width: 1200, height: 800 });
    const { page } = browser;
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(args ?? []));
      output += `${text}\n`;
      if (verbose || !NOISE.test(text)) print(type === 'error' ? `[ext host error] ${text}` : text);
    });
    page.on('pageerror', (error) => print(`[page error] ${error.message}`));
    if (verbose) page.on('console', (m) => print(`[browser ${m.type()}] ${m.text()}`));

    const remaining = timeoutMs - (Date.now() - t0);
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(EXIT.timeout), remaining)));
    await page.goto(workbenchUrl(server.port, run.workspace, [
      ['extensionDevelopmentPath', remoteUri(server.port, repoRoot)],
      ['extensionTestsPath', remoteUri(server.port, SUITE)],
      ['skipWelcome', 'true'],
    ]));
    exitCode = await Promise.race([exited, timedOut]);
    if (exitCode === EXIT.timeout) print(`[e2e] timed out after ${timeoutMs / 1000} s`);
  } catch (error) {
    print(`[e2e] runner error: ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await server?.stop();
    if (exitCode !== EXIT.passed && fs.existsSync(codeServerLog(run.runDir))) print(tail(codeServerLog(run.runDir), 20));
    if (keep) print(`[e2e] kept ${run.runDir}`);
    else run.remove();
  }
  const counts = parseResultLine(output);
  const failed = counts ? counts.failed : 1;
  if (exitCode === EXIT.passed && failed > 0) exitCode = EXIT.failed;
  return { exitCode, passed: counts?.passed ?? 0, failed, complete: Boolean(counts), durationMs: Date.now() - t0 };
}

function tail(file, lines) {
  const text = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !/vsda|ENOTFOUND/.test(l));
  return `---- code-server log (${file}), last ${lines} lines:\n${text.slice(-lines).join('\n')}`;
}
