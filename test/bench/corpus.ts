/**
 * The texts the bench runs on: every real corpus document, and synthetic multi-megabyte texts made
 * the way a session's compiled resolutions are, by putting whole resolutions one after another.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir } from './paths';

/** Sizes are in binary megabytes throughout (and so is MB/s). */
export const MB = 1024 * 1024;
/** Documents below this are "a typical resolution"; the few above are annex-heavy outliers. */
export const TYPICAL_LIMIT_BYTES = 100 * 1024;

export interface BenchDocument {
  /** Folder/name under the corpus, e.g. "txt/A_RES_77_248.txt". */
  name: string;
  text: string;
  bytes: number;
}

const FOLDERS = ['txt', 'raw', 'md'];

function readFolder(folder: string): BenchDocument[] {
  const dir = path.join(corpusDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => /\.(txt|md|unres)$/.test(file))
    .sort()
    .map((file) => makeDocument(`${folder}/${file}`, fs.readFileSync(path.join(dir, file), 'utf8')));
}

export function makeDocument(name: string, text: string): BenchDocument {
  return { name, text, bytes: Buffer.byteLength(text, 'utf8') };
}

export function loadCorpus(): BenchDocument[] {
  const documents = FOLDERS.flatMap(readFolder);
  if (documents.length === 0) throw new Error(`no corpus documents under ${corpusDir}`);
  return documents;
}

/** The corpus document closest to the median size of the typical ones: the one to open in a server. */
export function typicalDocument(corpus: readonly BenchDocument[]): BenchDocument {
  const typical = corpus.filter((d) => d.name.startsWith('txt/') && d.bytes < TYPICAL_LIMIT_BYTES).sort((a, b) => a.bytes - b.bytes);
  return typical[Math.floor(typical.length / 2)];
}

/**
 * Whole txt/ resolutions, cycling through the corpus, until the text reaches `megabytes`. A blank
 * line separates them, as in a compiled volume of a session's resolutions.
 */
export function synthesize(corpus: readonly BenchDocument[], megabytes: number): BenchDocument {
  const sources = corpus.filter((d) => d.name.startsWith('txt/'));
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * MB; i++) {
    const source = sources[i % sources.length];
    parts.push(source.text);
    bytes += source.bytes + 2;
  }
  return makeDocument(`synthetic ${megabytes} MB`, parts.join('\n\n'));
}
