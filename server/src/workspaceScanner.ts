/**
 * Builds the workspace index in the background: walks the workspace folders (never following
 * symbolic links, so nothing outside them is read), skips `files.exclude` and oversized files,
 * summarizes each resolution file, reports progress, yields between files so that interactive
 * requests stay fast, and can be cancelled by a newer scan.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguageService, WorkspaceIndex } from './service';
import { looksLikeResolution } from './service/sniff';

const EXTENSIONS = new Set(['.unres', '.txt', '.md']);
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Files larger than this are not indexed (whole-session compilations are opened, not cited). */
export const MAX_INDEXED_BYTES = 20 * 1024 * 1024;
const IN_FLIGHT = 8;

export interface ScanProgress {
  report(done: number, total: number): void;
  done(): void;
}

export interface ScanOptions {
  readonly folders: readonly string[];
  /** Glob patterns to skip (`files.exclude` keys whose value is true). */
  readonly exclude: readonly string[];
  readonly progress?: ScanProgress;
  readonly isCancelled: () => boolean;
  /** URIs of open documents: their live text is indexed by the server, not read from disk. */
  readonly isOpen?: (uri: string) => boolean;
}

export async function scanWorkspace(service: LanguageService, index: WorkspaceIndex, options: ScanOptions): Promise<number> {
  // A malformed pattern in files.exclude is skipped, not allowed to stop the whole index.
  const matchers = options.exclude.flatMap((glob) => {
    try {
      return [globToRegExp(glob)];
    } catch {
      return [];
    }
  });
  const files: string[] = [];
  for (const folder of options.folders) await collect(folder, folder, matchers, files, options.isCancelled);
  let done = 0;
  // A few files in flight at once, so that reading the next files overlaps with parsing this one.
  for (let i = 0; i < files.length && !options.isCancelled(); i += IN_FLIGHT) {
    await Promise.all(files.slice(i, i + IN_FLIGHT).map((file) => indexFile(service, index, file, options.isOpen)));
    done = Math.min(files.length, i + IN_FLIGHT);
    if (done % 24 === 0) options.progress?.report(done, files.length);
    // Let pending requests run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  options.progress?.done();
  return done;
}

/** Reads and indexes one file if it is a resolution; removes it from the index otherwise. */
export async function indexFile(service: LanguageService, index: WorkspaceIndex, file: string, isOpen?: (uri: string) => boolean): Promise<void> {
  const uri = pathToFileURL(file).toString();
  if (isOpen?.(uri)) return;
  try {
    const stat = await fs.lstat(file);
    if (!stat.isFile() || stat.size > MAX_INDEXED_BYTES) return index.delete(uri);
    const text = await fs.readFile(file, 'utf8');
    if (!isResolutionFile(file, text)) return index.delete(uri);
    index.set(service.summarize(text, uri));
  } catch {
    index.delete(uri);
  }
}

export function isResolutionFile(file: string, text: string): boolean {
  if (text.includes('\u0000')) return false;
  return path.extname(file) === '.unres' || looksLikeResolution(text.slice(0, 6000));
}

async function collect(root: string, dir: string, exclude: RegExp[], out: string[], isCancelled: () => boolean): Promise<void> {
  if (isCancelled()) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (ALWAYS_SKIPPED.has(entry.name) || exclude.some((pattern) => pattern.test(relative))) continue;
    // Symbolic links are never followed: they could lead outside the workspace.
    if (entry.isDirectory()) await collect(root, full, exclude, out, isCancelled);
    else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/** A `files.exclude` glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over workspace-relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}(?:/.*)?$`);
}

/** Whether a file, with every link on its path resolved, lies inside one of the folders (themselves resolved). */
export async function resolvesInside(file: string, folders: readonly string[]): Promise<boolean> {
  try {
    const real = await fs.realpath(file);
    for (const folder of folders) {
      const root = await fs.realpath(folder).catch(() => folder);
      if (real.startsWith(root + path.sep)) return true;
    }
  } catch {
    // A file that cannot be resolved is not read.
  }
  return false;
}

export function folderPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
