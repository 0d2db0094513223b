/**
 * Locates the shared corpus for the tests. The repository is cloned with `shared/` beside it
 * (`<repo>/../shared`), so the path is derived from the repository root, never hard-coded.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
}

export function sharedDir(): string {
  return path.resolve(repoRoot(), '..', 'shared');
}

export function corpusDir(): string {
  const dir = path.join(sharedDir(), 'corpus');
  if (!fs.existsSync(dir)) throw new Error(`shared corpus not found at ${dir} (expected shared/ beside the repository)`);
  return dir;
}

export interface CorpusPair {
  /** File name without extension, e.g. "A_RES_75_101_A-B". */
  readonly base: string;
  readonly txtPath: string;
  readonly xmlPath: string;
}

/** Every txt/ file that has an xml/ sibling, sorted by name. */
export function corpusPairs(): CorpusPair[] {
  const dir = corpusDir();
  const xml = new Set(fs.readdirSync(path.join(dir, 'xml')).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4)));
  return fs
    .readdirSync(path.join(dir, 'txt'))
    .filter((f) => f.endsWith('.txt') && xml.has(f.slice(0, -4)))
    .sort()
    .map((f) => ({ base: f.slice(0, -4), txtPath: path.join(dir, 'txt', f), xmlPath: path.join(dir, 'xml', `${f.slice(0, -4)}.xml`) }));
}

export function xmlFiles(): string[] {
  const dir = path.join(corpusDir(), 'xml');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(dir, f));
}

/** MANIFEST.tsv rows keyed by their path ("xml/A_RES_75_68.xml"), with the `features` figures parsed. */
export function manifest(): Map<string, { readonly figures: Readonly<Record<string, number>>; readonly anomalies: string }> {
  const text = fs.readFileSync(path.join(corpusDir(), 'MANIFEST.tsv'), 'utf8');
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l.trim());
  const columns = header.split('\t');
  const fileAt = columns.indexOf('file');
  const featuresAt = columns.indexOf('features');
  const anomaliesAt = columns.indexOf('numbering_anomalies');
  if (fileAt < 0 || featuresAt < 0) throw new Error('MANIFEST.tsv: no file/features column');
  const out = new Map<string, { figures: Record<string, number>; anomalies: string }>();
  for (const row of rows) {
    const cells = row.split('\t');
    const figures: Record<string, number> = {};
    for (const pair of (cells[featuresAt] ?? '').split(/\s+/)) {
      const m = /^([a-z_]+)=(\d+)$/.exec(pair);
      if (m) figures[m[1]] = Number(m[2]);
    }
    out.set(cells[fileAt], { figures, anomalies: anomaliesAt >= 0 ? cells[anomaliesAt] ?? '' : '' });
  }
  return out;
}

/** Operative lead phrases of the corpus (spec/operative_phrases_empirical.tsv), most frequent first. */
export function operativePhrases(): string[] {
  const file = path.join(sharedDir(), 'spec', 'operative_phrases_empirical.tsv');
  const [, ...rows] = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  return rows.map((r) => r.split('\t')[0]).filter((p) => p && /^[A-Z]/.test(p));
}
