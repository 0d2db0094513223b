/**
 * A small glob: `*` (any characters but "/"), `?` (one character but "/") and `**` (any number of
 * folders). Node 20 has no fs.globSync, and the command line needs no more than this.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Folders never walked into: they hold no drafts and can be huge. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export function hasMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** The regular expression for a "/"-separated pattern, matched against a whole relative path. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Zero or more whole folders; at the end, everything below.
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    for (const ch of segment) {
      if (ch === '*') source += '[^/]*';
      else if (ch === '?') source += '[^/]';
      else source += ch.replace(/[\\^$.+()[\]{}|]/g, '\\$&');
    }
    if (!last) source += '/';
  });
  return new RegExp(`^${source}$`);
}

/**
 * The files a pattern matches, sorted, spelled as the pattern's fixed leading folders plus the
 * matched path (so "drafts/*.txt" gives "drafts/a.txt"). Symbolic links to folders are not followed.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const segments = (path.sep === '\\' ? pattern.replace(/\\/g, '/') : pattern).split('/');
  const firstMagic = segments.findIndex(hasMagic);
  if (firstMagic < 0) return [];
  const baseSegments = segments.slice(0, firstMagic);
  const base = baseSegments.join('/') || (pattern.startsWith('/') ? '/' : '');
  const rest = segments.slice(firstMagic);
  const matcher = globToRegExp(rest.join('/'));
  // Without "**" the pattern cannot match deeper than its own number of segments.
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  const root = path.resolve(cwd, base || '.');
  const found: string[] = [];
  for (const relative of walk(root, maxDepth)) {
    if (matcher.test(relative)) found.push(base ? `${base.replace(/\/$/, '')}/${relative}` : relative);
  }
  return found.sort();
}

/** Every file below `root` as a "/"-separated relative path, skipping SKIPPED_FOLDERS. */
export function* walk(root: string, maxDepth = Infinity): Generator<string> {
  const pending: Array<{ dir: string; prefix: string; depth: number }> = [{ dir: root, prefix: '', depth: 1 }];
  while (pending.length > 0) {
    const { dir, prefix, depth } = pending.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder matches nothing; the caller reports empty matches
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && depth < maxDepth) pending.push({ dir: path.join(dir, entry.name), prefix: `${relative}/`, depth: depth + 1 });
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(dir, entry.name)))) {
        yield relative;
      }
    }
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
