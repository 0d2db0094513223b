/**
 * Reads one input as text, refusing what is not a resolution text: files over the size limit,
 * binary files (a NUL byte in the first 8 KB) and folders. Invalid UTF-8 is read as Windows-1252
 * (the usual encoding of older Word exports) with a notice, and such text is never written back.
 */
import * as fs from 'node:fs';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;

export interface TextFile {
  readonly ok: true;
  readonly text: string;
  /** The text was read as UTF-8, so a fix can be written back byte for byte. */
  readonly utf8: boolean;
  /** The file starts with a UTF-8 byte-order mark (the decoder drops it; a fix puts it back). */
  readonly bom: boolean;
  /** Size and modification time when read, to notice a file changed before a fix is written. */
  readonly stamp?: { size: number; mtimeMs: number };
  readonly notice?: string;
}

export interface Unreadable {
  readonly ok: false;
  readonly message: string;
}

export type ReadResult = TextFile | Unreadable;

export function readTextFile(file: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory' };
    // Checked before reading, so a huge file is never loaded.
    if (stat.size > maxSize) return { ok: false, message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (see --max-size)` };
    const bytes = fs.readFileSync(fd);
    return decodeText(bytes, { size: stat.size, mtimeMs: stat.mtimeMs }, maxSize);
  } catch (error) {
    return { ok: false, message: describeError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function decodeText(bytes: Uint8Array, stamp: TextFile['stamp'], maxSize: number): ReadResult {
  if (bytes.length > maxSize) return { ok: false, message: `input is ${formatSize(bytes.length)}, over the ${formatSize(maxSize)} limit (see --max-size)` };
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { ok: false, message: utf16 ? 'UTF-16 text is not supported: save the file as UTF-8' : `binary file (NUL byte at offset ${nul}), skipped` };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true, bom, stamp };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countNewlines(bytes, bad) + 1;
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      utf8: false,
      bom: false,
      stamp,
      notice: `not valid UTF-8 (first bad byte at offset ${bad}, line ${line}); read as Windows-1252`,
    };
  }
}

/** The offset of the first byte that breaks UTF-8 (for the notice only; the decoder decides). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // Overlong forms and surrogates are excluded by the second byte's range.
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** "permission denied" rather than a stack: what a user can act on. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e?.message ?? String(error);
  }
}

/** All of standard input (a pipe, a file or a terminal until end of input). */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
