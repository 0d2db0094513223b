// A fresh state folder per run, holding a throwaway copy of a workspace (the test fixtures by default).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const fixtures = path.join(repoRoot, 'test/e2e/fixtures/workspace');
export const samples = path.join(repoRoot, 'samples');

/**
 * The copy keeps the source folder's name (the workbench shows it).
 * @returns {{ runDir: string, workspace: string, remove: () => void }}
 */
export function makeRunDir(prefix = 'un-res-e2e-', source = fixtures) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const workspace = path.join(runDir, path.basename(source));
  // Links are followed: a fixture may be a link to a sample (the session volume).
  fs.cpSync(source, workspace, { recursive: true, dereference: true });
  return { runDir, workspace, remove: () => fs.rmSync(runDir, { recursive: true, force: true }) };
}
