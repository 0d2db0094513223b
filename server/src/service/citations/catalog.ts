/**
 * The resolution catalogue behind hovers and date checks: title, adoption date, meeting and vote
 * per canonical symbol (assets/catalog.tsv, built by scripts/build-catalog.mjs).
 *
 * The service does no file I/O: the caller injects a loader (the server reads the asset, tests
 * pass a string). It runs once, on the first lookup, so a server that never hovers a citation
 * never parses the file.
 */
import { CATALOG_COLUMNS, decodeVote, Vote } from './catalogFormat';
import { splitParts } from './symbols';

export type { Vote, VoteCounts } from './catalogFormat';

export interface CatalogEntry {
  /** The catalogue key that matched: "A/RES/75/101 A-B" for a lookup of "A/RES/75/101 A". */
  symbol: string;
  title?: string;
  /** ISO adoption date. */
  date?: string;
  meeting?: string;
  vote?: Vote;
}

export class Catalog {
  private entries: Map<string, CatalogEntry> | undefined;
  /** Keys by symbol without part letters, to find "A/RES/75/101 A-B" from "A/RES/75/101 A". */
  private byBase: Map<string, string[]> | undefined;

  constructor(private readonly load: () => string) {}

  /** Exact lookup by canonical symbol; O(1) after the first call. */
  lookup(symbol: string): CatalogEntry | undefined {
    return this.index().get(symbol);
  }

  /**
   * Lookup that tolerates part letters: the exact symbol, else the entry whose part range covers
   * the cited parts ("A/RES/75/101 A" → "A/RES/75/101 A-B"), else for part A the bare number,
   * else the only entry of that number.
   */
  find(symbol: string): CatalogEntry | undefined {
    const exact = this.lookup(symbol);
    if (exact) return exact;
    const { base, parts } = splitParts(symbol);
    const keys = this.bases().get(base) ?? [];
    const covering = keys.find((k) => parts.length > 0 && parts.every((p) => splitParts(k).parts.includes(p)));
    if (covering) return this.lookup(covering);
    // Sources list part A of "75/253 A, B and C" under the bare number.
    if (parts.length === 1 && parts[0] === 'A' && keys.includes(base)) return this.lookup(base);
    return keys.length === 1 && (parts.length === 0 || splitParts(keys[0]).parts.length === 0) ? this.lookup(keys[0]) : undefined;
  }

  get size(): number {
    return this.index().size;
  }

  /** Every entry, for completion. */
  all(): IterableIterator<CatalogEntry> {
    return this.index().values();
  }

  private index(): Map<string, CatalogEntry> {
    if (!this.entries) this.entries = parseCatalog(this.load());
    return this.entries;
  }

  private bases(): Map<string, string[]> {
    if (!this.byBase) {
      this.byBase = new Map();
      for (const key of this.index().keys()) {
        const { base } = splitParts(key);
        const list = this.byBase.get(base);
        if (list) list.push(key);
        else this.byBase.set(base, [key]);
      }
    }
    return this.byBase;
  }
}

export function createCatalog(load: () => string): Catalog {
  return new Catalog(load);
}

/** Parses the asset text; rows that do not have every column are skipped, `#` lines are comments. */
export function parseCatalog(text: string): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  const width = CATALOG_COLUMNS.length;
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length !== width) continue;
    const [symbol, date, meeting, vote, title] = f;
    const entry: CatalogEntry = { symbol };
    if (title) entry.title = title;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) entry.date = date;
    if (meeting) entry.meeting = meeting;
    const decoded = decodeVote(vote);
    if (decoded) entry.vote = decoded;
    entries.set(symbol, entry);
  }
  return entries;
}
