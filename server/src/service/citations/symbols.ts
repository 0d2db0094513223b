/**
 * The grammar of UN document symbols and the canonical keys of resolutions and decisions.
 *
 * Canonical forms (also the catalog keys, see scripts/build-catalog.mjs):
 *   GA          A/RES/59/48, A/RES/S-24/2, A/RES/ES-11/4, parts A/RES/75/101 A, A/RES/74/92 A-B
 *   GA 1946-75  A/RES/217 (III) A, A/RES/1514 (XV), A/RES/3362 (S-VII)   (space before the session,
 *               like the SC form; the part letter follows as for new-style parts)
 *   SC          S/RES/1373 (2001)
 *   ECOSOC      E/RES/2012/30, E/RES/1733 (LIV)
 *   HRC / CHR   A/HRC/RES/19/1, A/HRC/RES/S-21/1, E/CN.4/RES/2005/74
 *   decisions   decision 62/557, decision 74/550 A (GA: no document of their own);
 *               E/DEC/2020/212 (ECOSOC), A/HRC/DEC/18/117 (HRC), which are issued as documents
 * undocs.org links drop the spaces: A/RES/217(III), S/RES/1373(2001), A/RES/75/290B.
 */
import type { CitationKind, CitedOrgan } from './types';

export const UNDOCS = 'https://undocs.org/';

/** How the number was written: "59/48" (slash), "1373 (2001)" (year), "1514 (XV)" (roman). */
export type NumberShape = 'slash' | 'year' | 'roman';

export interface ResolutionRef {
  kind: 'resolution' | 'decision';
  organ: CitedOrgan;
  shape: NumberShape;
  /** Session ("59", "S-24", "XV", "S-VII") or year ("2012", "2001"). */
  first: string;
  number: number;
  parts?: string[];
}

export interface SymbolInfo {
  symbol: string;
  url?: string;
}

/** Canonical symbol and link of a resolution or decision. */
export function refSymbol(ref: ResolutionRef): SymbolInfo {
  const suffix = partsSuffix(ref.parts);
  const spaced = suffix ? ` ${suffix}` : '';
  const base = baseSymbol(ref);
  if (ref.kind === 'decision') {
    if (ref.organ === 'ECOSOC') return withUrl(`E/DEC/${ref.first}/${ref.number}${spaced}`);
    if (ref.organ === 'HRC') return withUrl(`A/HRC/DEC/${ref.first}/${ref.number}${spaced}`);
    return { symbol: `decision ${ref.first}/${ref.number}${spaced}` };
  }
  if (ref.shape === 'slash') {
    return { symbol: base + spaced, url: UNDOCS + base + suffix };
  }
  // Old-style documents cover all their parts: the link names the number only.
  return { symbol: base + spaced, url: UNDOCS + base.replace(/ /g, '') };
}

function baseSymbol(ref: ResolutionRef): string {
  const series = resolutionSeries(ref.organ);
  return ref.shape === 'slash' ? `${series}${ref.first}/${ref.number}` : `${series}${ref.number} (${ref.first})`;
}

function resolutionSeries(organ: CitedOrgan): string {
  switch (organ) {
    case 'SC': return 'S/RES/';
    case 'ECOSOC': return 'E/RES/';
    case 'HRC': return 'A/HRC/RES/';
    case 'CHR': return 'E/CN.4/RES/';
    default: return 'A/RES/';
  }
}

function withUrl(symbol: string): SymbolInfo {
  return { symbol, url: UNDOCS + symbol.replace(/ /g, '') };
}

/** ["A"] → "A"; ["A","B","C"] → "A-C" (a run); ["A","C"] → "A, C". */
export function partsSuffix(parts: readonly string[] | undefined): string {
  if (!parts || parts.length === 0) return '';
  if (parts.length === 1) return parts[0];
  const codes = parts.map((p) => p.charCodeAt(0));
  const run = codes.every((c, i) => i === 0 || c === codes[i - 1] + 1);
  return run ? `${parts[0]}-${parts[parts.length - 1]}` : parts.join(', ');
}

const CYRILLIC_TO_LATIN: Record<string, string> = { '\u0410': 'A', '\u0412': 'B', '\u0421': 'C', '\u0415': 'E' };

/** "A and B" → [A,B]; "A to D" → [A,B,C,D]; "A, B and C" → [A,B,C]. Cyrillic look-alikes become Latin. */
export function expandParts(raw: string): string[] {
  const letters = raw.match(/[A-Z\u0410\u0412\u0421\u0415]/g) ?? [];
  const latin = letters.map((l) => CYRILLIC_TO_LATIN[l] ?? l);
  if (latin.length === 2 && /\bto\b/.test(raw)) {
    const out: string[] = [];
    for (let c = latin[0].charCodeAt(0); c <= latin[1].charCodeAt(0) && out.length < 26; c++) {
      out.push(String.fromCharCode(c));
    }
    return out;
  }
  return latin;
}

/** "A/RES/75/101 A-C" → base "A/RES/75/101" and parts [A,B,C]; "A/RES/217 (III) A, C" likewise. */
export function splitParts(symbol: string): { base: string; parts: string[] } {
  const m = /^(.*?) ([A-Z](?:-[A-Z]|(?:, [A-Z])+)?)$/.exec(symbol);
  return m ? { base: m[1], parts: expandParts(m[2].replace('-', ' to ')) } : { base: symbol, parts: [] };
}

/** Roman numeral → integer (0 when malformed). */
export function romanToInt(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]];
    if (v === undefined) return 0;
    const next = values[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** No-break hyphens and en dashes inside symbols become plain hyphens. */
export function normalizeDashes(s: string): string {
  return s.replace(/[\u2010\u2011\u2013]/g, '-');
}

export interface DocumentInfo extends SymbolInfo {
  kind: CitationKind;
  organ: CitedOrgan;
  /** Set when the symbol is itself a resolution symbol (A/RES/…, S/RES/…). */
  ref?: ResolutionRef;
}

const RES_SYMBOL = /^(A\/HRC|E\/CN\.4|A|S|E)\/RES\/(?:((?:E?S-)?\d{1,4})\/(\d{1,4})(?:\s?([A-Z](?:-[A-Z])?))?|(\d{1,4})\s?\(((?:E?S-)?[IVXLC]{1,7}|\d{4})\))$/;
const RES_ORGAN: Record<string, CitedOrgan> = { 'A/HRC': 'HRC', 'E/CN.4': 'CHR', A: 'GA', S: 'SC', E: 'ECOSOC' };

/**
 * A document symbol as written → canonical symbol, link and organ. Resolution symbols
 * ("S/RES/1645 (2005)") get the same key as the number forms; a double symbol
 * ("A/77/277-S/2022/606") links to its first half, as the UN's own links do.
 */
export function documentInfo(raw: string): DocumentInfo {
  // A PDF line break inside "(Sect.\n3)" is a space; "(Sect.3)" is written "(Sect. 3)".
  const symbol = normalizeDashes(raw).replace(/\s+/g, ' ').replace(/\(Sect\. ?/g, '(Sect. ');
  const res = RES_SYMBOL.exec(symbol);
  if (res) {
    const organ = RES_ORGAN[res[1]];
    const ref: ResolutionRef = res[2] !== undefined
      ? { kind: 'resolution', organ, shape: 'slash', first: res[2], number: Number(res[3]), parts: res[4] ? expandParts(res[4].replace('-', ' to ')) : undefined }
      : { kind: 'resolution', organ, shape: /^\d/.test(res[6]) ? 'year' : 'roman', first: res[6], number: Number(res[5]) };
    return { ...refSymbol(ref), kind: 'resolution', organ, ref };
  }
  const first = firstOfDouble(symbol);
  return { symbol, url: UNDOCS + first.replace(/ /g, ''), kind: 'document', organ: documentOrgan(symbol) };
}

/** "A/77/277-S/2022/606" → "A/77/277"; other symbols unchanged. */
function firstOfDouble(symbol: string): string {
  const m = /^(.+?)-(?=(?:A|S|E)\/)/.exec(symbol);
  return m ? m[1] : symbol;
}

function documentOrgan(symbol: string): CitedOrgan {
  if (symbol.startsWith('A/HRC/')) return 'HRC';
  if (symbol.startsWith('E/CN.4/')) return 'CHR';
  if (symbol.startsWith('A/')) return 'GA';
  if (symbol.startsWith('S/')) return 'SC';
  if (symbol.startsWith('E/')) return 'ECOSOC';
  return 'unknown';
}

const DECISION_KEY = /^decision\s+((?:E?S-)?\d{1,4})\/(\d{1,4})\.?(?:\s+([A-Z](?:(?:\s*,\s*|\s+(?:and|to)\s+|-)[A-Z])*))?\.?$/;

/**
 * A symbol as other sources write it ("S/RES/1310(2000)", "decision 74/550 A and B.") → the
 * canonical key this module produces, or undefined when it is no resolution or GA decision.
 */
export function canonicalKey(raw: string): string | undefined {
  const s = normalizeDashes(raw.trim());
  const d = DECISION_KEY.exec(s);
  if (d) {
    const parts = d[3] ? expandParts(d[3].replace(/-/g, ' to ')) : undefined;
    return refSymbol({ kind: 'decision', organ: 'GA', shape: 'slash', first: d[1], number: Number(d[2]), parts }).symbol;
  }
  const info = documentInfo(s);
  return info.ref ? info.symbol : undefined;
}
