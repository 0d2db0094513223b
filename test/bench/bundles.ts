/**
 * The shipped bundles: builds them in development and production mode, records their sizes and
 * keeps a copy of each, so the server suites run a fixed file even if another build replaces
 * dist/ meanwhile. dist/ is left as a development build, as `npm run build` leaves it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { bundleSnapshotDir, repoRoot } from './paths';

const BUILD_SCRIPT = path.join(repoRoot, 'scripts', 'build.mjs');
const BUNDLES = ['client.js', 'server.js'] as const;
/** Copied for the command-line suite, not sized: its size has no target. */
const CLI = 'cli.js';
export const KB = 1024;

export interface BundleFile {
  bytes: number;
  gzipBytes: number;
}

export interface BundleBuild {
  mode: 'dev' | 'production';
  client: BundleFile;
  server: BundleFile;
  /** The copy of dist/client.js, for the activation suite. */
  clientJs: string;
  /** The copy of dist/server.js to spawn. */
  serverJs: string;
  /** The copy of dist/cli.js to run (its worker threads load this same copy). */
  cliJs: string;
}

function build(flags: string[]): void {
  try {
    execFileSync(process.execPath, [BUILD_SCRIPT, ...flags], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`build ${flags.join(' ')} failed:\n${stderr}`);
  }
}

function snapshot(mode: BundleBuild['mode']): BundleBuild {
  const dir = path.join(bundleSnapshotDir, mode);
  fs.mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(
    BUNDLES.map((file) => {
      const content = fs.readFileSync(path.join(repoRoot, 'dist', file));
      fs.writeFileSync(path.join(dir, file), content);
      return [file, { bytes: content.length, gzipBytes: zlib.gzipSync(content).length }];
    }),
  );
  fs.copyFileSync(path.join(repoRoot, 'dist', CLI), path.join(dir, CLI));
  return { mode, client: files['client.js'], server: files['server.js'], clientJs: path.join(dir, 'client.js'), serverJs: path.join(dir, 'server.js'), cliJs: path.join(dir, CLI) };
}

export function buildBundles(): { dev: BundleBuild; production: BundleBuild | null } {
  build([]);
  const dev = snapshot('dev');
  if (!fs.readFileSync(BUILD_SCRIPT, 'utf8').includes('--production')) return { dev, production: null };
  build(['--production']);
  const production = snapshot('production');
  build([]);
  return { dev, production };
}
