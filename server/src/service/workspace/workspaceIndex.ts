/**
 * The index of a workspace's resolution files, in memory: which file holds which resolution, and
 * where each resolution is cited. Fed with summaries by whoever reads the files (the server's
 * scanner, or a test's in-memory workspace); every look-up is a map access.
 */
import type { CitationLocation, DocumentSummary } from './documentSummary';
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
    if (summary.symbol) addTo(this.bySymbol, summary.symbol, summary.uri);
    for (const citation of summary.citations) addTo(this.citing, baseOf(citation.symbol), summary.uri);
  }

  delete(uri: string): void {
    const old = this.documents.get(uri);
    if (!old) return;
    this.documents.delete(uri);
    if (old.symbol) removeFrom(this.bySymbol, old.symbol, uri);
    for (const citation of old.citations) removeFrom(this.citing, baseOf(citation.symbol), uri);
  }

  get(uri: string): DocumentSummary | undefined {
    return this.documents.get(uri);
  }

  /** The files that hold the resolution (usually one); "75/101 A" is found in the file of 75/101. */
  documentsFor(symbol: string): DocumentSummary[] {
    const uris = this.bySymbol.get(symbol) ?? this.bySymbol.get(baseOf(symbol)) ?? [];
    return [...uris].map((uri) => this.documents.get(uri)!).filter(Boolean);
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
  search(query: string, limit = 200): DocumentSummary[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: DocumentSummary[] = [];
    for (const summary of this.documents.values()) {
      if (!summary.symbol && !summary.title) continue;
      const haystack = `${summary.symbol ?? ''} ${summary.title ?? ''}`.toLowerCase();
      if (words.every((word) => haystack.includes(word))) out.push(summary);
      if (out.length >= limit) break;
    }
    return out;
  }

  all(): IterableIterator<DocumentSummary> {
    return this.documents.values();
  }
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

export type { CitationLocation, DocumentSummary };
