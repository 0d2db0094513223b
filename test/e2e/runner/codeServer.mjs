// Starts code-server (VS Code server + web workbench) for one run: 127.0.0.1, a free port, no auth,
// its own state folders and its own process group, so that stopping it also ends the extension host
// and the language server it spawned.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pollUntil } from './poll.mjs';

const execFileAsync = promisify(execFile);

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // an empty chat bar would take a third of the window
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      })
      .on('error', () => resolve(false))
      .on('timeout', function () {
        this.destroy();
      });
  });
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The state folders of one code-server instance; created on first use, with the settings above and `settings`. */
function prepareState(stateDir, settings = {}) {
  const dirs = Object.fromEntries(
    ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache'].map((d) => [d, path.join(stateDir, d)]),
  );
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  return dirs;
}

function serverEnv(tools, dirs) {
  return {
    ...process.env,
    // The extension host and the language server it starts run on code-server's Node 24.
    PATH: `${path.dirname(tools.node)}:${process.env.PATH}`,
    // code-server writes its config.yaml there: keep it out of the user's home.
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
  };
}

/**
 * Installs a .vsix into the extensions folder that startCodeServer with the same stateDir uses,
 * through code-server's own CLI, as a user would (`code-server --install-extension`).
 */
export async function installExtension({ tools, stateDir, vsix, timeoutMs = 60_000 }) {
  const dirs = prepareState(stateDir);
  const args = [
    tools.codeServerEntry,
    ...['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions],
    ...['--install-extension', vsix],
  ];
  const { stdout } = await execFileAsync(tools.node, args, { env: serverEnv(tools, dirs), timeout: timeoutMs, encoding: 'utf8' })
    .catch((error) => {
      throw new Error(`code-server --install-extension failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    });
  // Exit code 0 and the CLI's own success line: a skipped install ("already installed") is no proof.
  if (!/successfully installed/.test(stdout)) throw new Error(`code-server --install-extension: ${stdout}`);
  return dirs.extensions;
}

/**
 * @param {object} o
 * @param {ReturnType<import('./tools.mjs').ensureTools>} o.tools
 * @param {string} o.stateDir  folder for user data, extensions, XDG dirs and the log
 * @param {number} o.timeoutMs how long to wait for the server to answer /healthz
 * @param {number} [o.port]    a fixed port; a free one by default
 * @param {object} [o.settings] user settings on top of the test defaults
 */
export async function startCodeServer({ tools, stateDir, timeoutMs, port: fixedPort, settings }) {
  const dirs = prepareState(stateDir, settings);
  const port = fixedPort ?? (await freePort());
  const logFile = codeServerLog(stateDir);
  const log = fs.openSync(logFile, 'w');
  const args = [
    tools.codeServerEntry,
    ...['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none'],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    ...['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions],
    // Without this a built VS Code ignores the test keys (extensionTestsPath, ...) of the payload URL.
    ...['--vscode-option', 'enable-smoke-test-driver'],
  ];
  const child = spawn(tools.node, args, {
    detached: true, // setsid: own process group, pid == pgid
    stdio: ['ignore', log, log],
    env: serverEnv(tools, dirs),
  });
  fs.closeSync(log);
  const pgid = child.pid;
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve(code ?? signal);
  }));

  // Last resort if the runner itself is ended: kill the group synchronously, then exit as the signal would.
  const killNow = () => groupAlive(pgid) && process.kill(-pgid, 'SIGKILL');
  const onSignal = (signal) => {
    killNow();
    process.exit(128 + os.constants.signals[signal]);
  };
  process.once('exit', killNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);

  const stop = async () => {
    process.removeListener('exit', killNow);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(signal, onSignal);
    if (!groupAlive(pgid)) return;
    process.kill(-pgid, 'SIGTERM');
    try {
      await pollUntil('code-server to stop', () => !groupAlive(pgid), { timeoutMs: 5000, intervalMs: 100 });
    } catch {
      killNow();
    }
  };

  try {
    await pollUntil(`code-server on port ${port}`, async () => {
      if (exited) throw new Error(`code-server exited early; log: ${logFile}`);
      return healthy(port);
    }, { timeoutMs });
  } catch (error) {
    await stop();
    throw error;
  }
  // exited: resolves with the exit code (or signal) when code-server ends, for callers that keep it running.
  return { port, pgid, logFile, stop, exited: exitedPromise };
}

export function codeServerLog(stateDir) {
  return path.join(stateDir, 'code-server.log');
}

/** A path on this machine as the workbench's remote file system sees it. */
export function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath}`;
}

/** The workbench URL for a folder; `payload` entries are [key, value] pairs (see VS Code's IDevelopmentOptions). */
export function workbenchUrl(port, folder, payload) {
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
