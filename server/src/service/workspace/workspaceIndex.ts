/**
 * The index of a workspace's resolution files, in memory: which file holds which resolution, and
 * where each resolution is cited. Fed with summaries by whoever reads the files (the server's
 * scanner, or a test's in-memory workspace); every look-up is a map access.
 */
import type { CitationLocation, DocumentSummary, IndexedResolution } from './documentSummary';
import type { Range } from '../text/lineIndex';
import { splitParts } from '../citations/symbols';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, DocumentSummary>();
  private readonly bySymbol = new Map<string, Set<string>>();
  /** Files citing a resolution, by symbol without part letters ("A/RES/75/101" for "75/101 A"). */
  private readonly citing = new Map<string, Set<string>>();

  get size(): number {
    return this.documents.size;
  }

  set(summary: DocumentSummary): void {
    this.delete(summary.uri);
    this.documents.set(summary.uri, summary);
    for (const resolution of resolutionsOf(summary)) if (resolution.symbol) addTo(this.bySymbol, resolution.symbol, summary.uri);
    for (const citation of summary.citations) addTo(this.citing, baseOf(citation.symbol), summary.uri);
  }

  delete(uri: string): void {
    const old = this.documents.get(uri);
    if (!old) return;
    this.documents.delete(uri);
    for (const resolution of resolutionsOf(old)) if (resolution.symbol) removeFrom(this.bySymbol, resolution.symbol, uri);
    for (const citation of old.citations) removeFrom(this.citing, baseOf(citation.symbol), uri);
  }

  get(uri: string): DocumentSummary | undefined {
    return this.documents.get(uri);
  }

  /**
   * Where the resolution is held (usually one file; in a session's volume, the resolution within
   * it); "75/101 A" is found in the file of 75/101.
   */
  documentsFor(symbol: string): IndexedResolution[] {
    const key = this.bySymbol.has(symbol) ? symbol : baseOf(symbol);
    const out: IndexedResolution[] = [];
    for (const uri of this.bySymbol.get(key) ?? []) {
      for (const resolution of resolutionsOf(this.documents.get(uri))) if (resolution.symbol === key) out.push(resolution);
    }
    return out;
  }

  /** Every place in the workspace that cites the symbol (any part of it, when the symbol names none). */
  citationsOf(symbol: string): Location[] {
    const out: Location[] = [];
    for (const uri of this.citing.get(baseOf(symbol)) ?? []) {
      for (const citation of this.documents.get(uri)?.citations ?? []) {
        if (sameResolution(citation.symbol, symbol)) out.push({ uri, range: citation.range });
      }
    }
    return out;
  }

  /** Resolutions whose symbol or title contains every word of the query (case-insensitive). */
  search(query: string, limit = 200): IndexedResolution[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: IndexedResolution[] = [];
    for (const resolution of this.resolutions()) {
      if (!resolution.symbol && !resolution.title) continue;
      const haystack = `${resolution.symbol ?? ''} ${resolution.title ?? ''}`.toLowerCase();
      if (words.every((word) => haystack.includes(word))) out.push(resolution);
      if (out.length >= limit) break;
    }
    return out;
  }

  all(): IterableIterator<DocumentSummary> {
    return this.documents.values();
  }

  /** Every resolution of every file, a volume's one by one. */
  *resolutions(): IterableIterator<IndexedResolution> {
    for (const summary of this.documents.values()) yield* resolutionsOf(summary);
  }
}

function resolutionsOf(summary: DocumentSummary | undefined): readonly IndexedResolution[] {
  if (!summary) return [];
  return summary.more ? [summary, ...summary.more] : [summary];
}

function baseOf(symbol: string): string {
  return splitParts(symbol).base;
}

/** "75/101 A" is a citation of 75/101; "75/101 B" is not one of "75/101 A". */
export function sameResolution(cited: string, wanted: string): boolean {
  return cited === wanted || (splitParts(wanted).parts.length === 0 && baseOf(cited) === wanted);
}

function addTo(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function removeFrom(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  set?.delete(uri);
  if (set?.size === 0) map.delete(key);
}

export type { CitationLocation, DocumentSummary, IndexedResolution };
