/**
 * A large workspace on disk for the bulk suites (the workspace index, the command line): 4,000
 * resolution files made from the corpus txt/ documents, varied the way a real user's folder varies
 * (renumbered, CRLF, spaces instead of TABs, some cut short), in 40 folders of 100. Deterministic:
 * file i depends only on i and the corpus, so runs on the same corpus read the same bytes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MB, TYPICAL_LIMIT_BYTES, type BenchDocument } from './corpus';

export const WORKSPACE_FILES = 4000;
const FILES_PER_FOLDER = 100;

export interface BenchWorkspace {
  dir: string;
  files: number;
  bytes: number;
  /** How many files got each variation (a file can have several). */
  variations: { crlf: number; spaces: number; truncated: number; renumbered: number };
}

/** Gives file i its own resolution number, so the index holds 4,000 symbols, not 121 repeated. */
function renumber(name: string, text: string, n: number): { name: string; text: string; renumbered: boolean } {
  const base = name.replace(/^txt\//, '').replace(/\.txt$/, '');
  // Title line "77/248.<TAB>...", "ES-10/24.", "2021/20." (GA, HRC, ECOSOC).
  const titled = /^(A_HRC_RES|A_RES|E_RES)_((?:ES-)?\d+)_(\d+)/.exec(base);
  if (titled) {
    const [, prefix, session, number] = titled;
    const title = new RegExp(`^${session}/${number}(?=[ .\\t])`, 'm');
    if (title.test(text)) return { name: `${prefix}_${session}_${n}`, text: text.replace(title, `${session}/${n}`), renumbered: true };
  }
  // Security Council: "S/RES/1325 (2000)" in the footers, "Resolution 1325 (2000)" as the title.
  const council = /^S_RES_(\d+)_(\d{4})/.exec(base);
  if (council) {
    const [, number, year] = council;
    const own = new RegExp(`\\b${number} \\(${year}\\)`, 'g');
    if (own.test(text)) return { name: `S_RES_${n}_${year}`, text: text.replace(own, `${n} (${year})`), renumbered: true };
  }
  // Drafts and presidential statements carry no number of their own.
  return { name: `${base}-${n}`, text, renumbered: false };
}

/** A cut at a line boundary somewhere between 20% and 80% of the text: a file saved mid-edit. */
function truncate(text: string, i: number): string {
  const fraction = 0.2 + (0.6 * ((i * 37) % 100)) / 100;
  const cut = text.indexOf('\n', Math.floor(text.length * fraction));
  return cut < 0 ? text : text.slice(0, cut + 1);
}

/**
 * Writes the workspace under a new temporary folder. Sources are the typical (< 100 KB) txt/
 * documents: the few annex-heavy giants would otherwise be a third of the bytes.
 */
export function generateWorkspace(corpus: readonly BenchDocument[], files = WORKSPACE_FILES): BenchWorkspace {
  const sources = corpus.filter((d) => d.name.startsWith('txt/') && d.bytes < TYPICAL_LIMIT_BYTES);
  if (sources.length === 0) throw new Error('no typical txt/ documents in the corpus');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'un-res-bench-workspace-'));
  const variations = { crlf: 0, spaces: 0, truncated: 0, renumbered: 0 };
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const source = sources[i % sources.length];
    const numbered = renumber(source.name, source.text, i + 1);
    let text = numbered.text;
    if (numbered.renumbered) variations.renumbered++;
    // Layouts cycle with period 4 and truncation with period 3, so every combination occurs.
    if (i % 3 === 2) {
      text = truncate(text, i);
      variations.truncated++;
    }
    if (i % 4 === 2 || i % 4 === 3) {
      text = text.replace(/\t/g, '    ');
      variations.spaces++;
    }
    if (i % 4 === 1 || i % 4 === 3) {
      text = text.replace(/\r?\n/g, '\r\n');
      variations.crlf++;
    }
    const folder = path.join(dir, `folder-${String(Math.floor(i / FILES_PER_FOLDER)).padStart(2, '0')}`);
    if (i % FILES_PER_FOLDER === 0) fs.mkdirSync(folder);
    const content = Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(folder, `${numbered.name}.txt`), content);
    bytes += content.length;
  }
  return { dir, files, bytes, variations };
}

export function removeWorkspace(workspace: BenchWorkspace): void {
  fs.rmSync(workspace.dir, { recursive: true, force: true });
}

export const workspaceMB = (workspace: BenchWorkspace): number => workspace.bytes / MB;
