/**
 * Replaces a file's content without ever leaving it truncated: the new text goes to a temporary
 * file in the same folder (so the rename stays on one file system), is flushed, then renamed over
 * the original. On any failure the temporary file is removed and the original is untouched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeError } from './readText';

export class WriteError extends Error {}

export function replaceFile(file: string, content: string, expected?: { size: number; mtimeMs: number }): void {
  // Through a symbolic link the target is rewritten, not the link.
  const target = fs.realpathSync(file);
  const dir = path.dirname(target);
  const before = fs.statSync(target);
  if (expected && (before.size !== expected.size || before.mtimeMs !== expected.mtimeMs)) {
    throw new WriteError('the file changed while it was being checked; not written');
  }
  const temp = path.join(dir, `.${path.basename(target).slice(0, 64)}.${randomBytes(6).toString('hex')}.unres-tmp`);
  let created = false;
  try {
    const mode = before.mode & 0o7777;
    const fd = openTemp(temp, mode, dir);
    created = true;
    try {
      fs.fchmodSync(fd, mode); // the umask may have narrowed it
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    created = false;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`could not write the fix: ${describeError(error)}`);
  } finally {
    if (created) fs.rmSync(temp, { force: true });
  }
}

function openTemp(temp: string, mode: number, dir: string): number {
  try {
    // "wx": never reuse or follow an existing file of that name.
    return fs.openSync(temp, 'wx', mode);
  } catch (error) {
    throw new WriteError(`cannot create a temporary file in ${dir} (${describeError(error)}); the file was left unchanged`);
  }
}
