/**
 * Where the repository and the shared corpus are, found from this file's own location (it runs
 * compiled under out/test/support/fuzz/), never from a literal absolute path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`repository root not found above ${__dirname}`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const corpusRoot = path.resolve(repoRoot, '..', 'shared', 'corpus');

export interface CorpusText {
  /** "txt/A_RES_67_15.txt" */
  readonly name: string;
  readonly text: string;
}

let cached: CorpusText[] | undefined;

/** Every text of the corpus (txt/, raw/, md/), sorted by name so indices are stable. */
export function loadCorpus(): CorpusText[] {
  if (cached) return cached;
  const out: CorpusText[] = [];
  for (const folder of ['txt', 'raw', 'md']) {
    const dir = path.join(corpusRoot, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, file);
      if (!fs.statSync(full).isFile()) continue;
      out.push({ name: `${folder}/${file}`, text: fs.readFileSync(full, 'utf8') });
    }
  }
  if (out.length === 0) throw new Error(`no corpus texts under ${corpusRoot}`);
  cached = out;
  return out;
}

/** All .ts files under a folder of the repository, recursively, sorted. */
export function sourceFiles(relativeDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(path.join(repoRoot, relativeDir));
  return out;
}
