/**
 * Where the bench finds things. The source runs from out/test/bench after tsc, so the repo root
 * is found by walking up to our package.json rather than by a fixed number of `..`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'un-resolution') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no un-resolution package.json above ${start}`);
  }
}

export const repoRoot = findRepoRoot(__dirname);
/** shared/ lies beside the clone (CI clones elsewhere), never at a fixed absolute path. */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const artifactsDir = path.join(repoRoot, '.test-artifacts');
export const benchJson = path.join(artifactsDir, 'bench.json');
/** Snapshots of each build, so a helper rebuilding dist/ mid-run cannot change what we measure. */
export const bundleSnapshotDir = path.join(artifactsDir, 'bench-dist');
