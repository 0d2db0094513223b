// Builds the .vsix as a release does: `npm run package` (vscode:prepublish makes the production
// bundles, then vsce packs what .vscodeignore lets through).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from './workspace.mjs';

const execFileAsync = promisify(execFile);

/** Writes the package to `out` and returns that path; throws with npm's output when packaging fails. */
export async function packageVsix(out, { timeoutMs = 120_000 } = {}) {
  try {
    await execFileAsync('npm', ['run', 'package', '--', '--out', out], { cwd: repoRoot, timeout: timeoutMs, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`npm run package failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  return out;
}
