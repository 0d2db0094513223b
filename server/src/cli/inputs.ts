/**
 * Turns the command-line operands into the list of inputs, in the order given: "-" is standard
 * input, a folder is walked for resolution files, a pattern is expanded, anything else is a file.
 * An operand that names nothing becomes a failed input, so it is reported in its place.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandGlob, hasMagic, walk } from './glob';

/** What a folder is searched for. */
export const TEXT_EXTENSIONS: readonly string[] = ['.unres', '.txt', '.md'];

export type Input =
  | { kind: 'file'; display: string; path: string }
  | { kind: 'stdin'; display: string }
  | { kind: 'missing'; display: string; message: string };

export function collectInputs(operands: readonly string[], cwd: string, stdinName: string): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const addFile = (display: string) => {
    const absolute = path.resolve(cwd, display);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ kind: 'file', display: displayPath(absolute, cwd), path: absolute });
  };
  for (const operand of operands) {
    if (operand === '-') {
      if (!inputs.some((input) => input.kind === 'stdin')) inputs.push({ kind: 'stdin', display: stdinName });
      continue;
    }
    const kind = kindOf(path.resolve(cwd, operand));
    if (kind === 'folder') {
      const files = [...walk(path.resolve(cwd, operand))].filter((file) => TEXT_EXTENSIONS.includes(path.extname(file).toLowerCase())).sort();
      for (const file of files) addFile(path.join(operand, file));
    } else if (kind === 'file') {
      addFile(operand);
    } else if (hasMagic(operand)) {
      const matches = expandGlob(operand, cwd);
      if (matches.length === 0) inputs.push({ kind: 'missing', display: operand, message: 'no files match this pattern' });
      for (const match of matches) addFile(match);
    } else {
      inputs.push({ kind: 'missing', display: operand, message: 'no such file or directory' });
    }
  }
  return inputs;
}

/** Relative to the working folder when inside it (shorter, and what CI annotations expect). */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** A path that exists but cannot be examined counts as a file: reading it gives the real reason. */
function kindOf(file: string): 'folder' | 'file' | 'none' {
  try {
    return fs.statSync(file).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'file';
  }
}
