/** `un-resolution outline FILE`: the document's structure as an indented tree, or as DocumentSymbol JSON. */
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../service';
import type { OutlineOptions } from './options';
import { decodeText, readStdin, readTextFile } from './readText';

export async function runOutline(options: OutlineOptions, cwd: string): Promise<number> {
  const name = options.input === '-' ? options.stdinFilename : options.input;
  const read = options.input === '-' ? decodeText(await readStdin(), undefined, options.maxSize) : readTextFile(path.resolve(cwd, options.input), options.maxSize);
  if (!read.ok) {
    process.stderr.write(`un-resolution: ${name}: ${read.message}\n`);
    return 2;
  }
  if (read.notice) process.stderr.write(`un-resolution: ${name}: ${read.notice}\n`);
  const symbols = createLanguageService().outline(read.text);
  process.stdout.write(options.json ? `${JSON.stringify(symbols, null, 2)}\n` : renderTree(symbols));
  return 0;
}

/** "1. Decides — to remain seized of the matter  (line 40)", two spaces of indent per level. */
export function renderTree(symbols: readonly DocumentSymbol[], depth = 0): string {
  return symbols
    .map((symbol) => {
      const detail = symbol.detail ? ` — ${symbol.detail}` : '';
      const line = `${'  '.repeat(depth)}${symbol.name}${detail}  (line ${symbol.range.start.line + 1})\n`;
      return line + renderTree(symbol.children ?? [], depth + 1);
    })
    .join('');
}
