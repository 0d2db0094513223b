// Runs the e2e suite in desktop VS Code via @vscode/test-electron (`npm run test:e2e:desktop`).
// It downloads VS Code, so it needs internet; machines without it use test/e2e/runner instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
  // Throwaway state: the tests edit nothing, but the client may write settings and caches.
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'un-res-e2e-desktop-'));
  const workspace = path.join(run, 'workspace');
  // Links are followed: a fixture may be a link to a sample (the session volume).
  fs.cpSync(path.join(repoRoot, 'test/e2e/fixtures/workspace'), workspace, { recursive: true, dereference: true });
  try {
    await runTests({
      // Same VS Code as the code-server runner (code-server 4.139.1 bundles VS Code 1.139.1) unless overridden.
      version: process.env.UN_RES_VSCODE_VERSION ?? '1.139.1',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        `--user-data-dir=${path.join(run, 'user-data')}`,
        `--extensions-dir=${path.join(run, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(run, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error('e2e (desktop) failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
