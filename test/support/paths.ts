/** Where the tests find the repository and the shared corpus (a sibling of the repository clone). */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file that holds package.json. */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
})();

export const sharedRoot = path.resolve(repoRoot, '..', 'shared');
export const corpusRoot = path.join(sharedRoot, 'corpus');

export function corpusFiles(folder: 'txt' | 'xml' | 'md' | 'raw'): string[] {
  const dir = path.join(corpusRoot, folder);
  return fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
}

export function readCorpus(relative: string): string {
  return fs.readFileSync(path.join(corpusRoot, relative), 'utf8');
}
