/**
 * What the citation recognizer reports. Plain data: no LSP types, so the CLI, the tests and the
 * server share it.
 */
import type { Organ } from '../syntax/nodes';

/** The organ that issued a cited text. 'CHR' is the Commission on Human Rights (E/CN.4), HRC's predecessor. */
export type CitedOrgan = Organ | 'CHR';

export type CitationKind = 'resolution' | 'decision' | 'document' | 'treaty';

/** "paragraph 15 (d) of resolution 60/1", "section III, paragraph 9, of its resolution 59/265". */
export interface Pinpoint {
  section?: string;
  /** "15", or the raw list for plurals ("8 and 9"). */
  paragraph: string;
  /** First-level subparagraph letter without parentheses ("d"). */
  subparagraph?: string;
  /** Second-level item ("ii" in "15 (d) (ii)"). */
  item?: string;
}

export interface Citation {
  /** Anchor text range, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  kind: CitationKind;
  organ: CitedOrgan;
  /**
   * Canonical key, also the catalog key: `A/RES/59/48`, `A/RES/75/101 A`, `A/RES/74/92 A-B`,
   * `A/RES/217 (III) A`, `S/RES/1373 (2001)`, `E/RES/2012/30`, `E/RES/1733 (LIV)`, `A/HRC/RES/19/1`,
   * `E/CN.4/RES/2005/74`, `decision 62/557`, or the document symbol itself (`A/C.3/78/L.60/Rev.1`).
   */
  symbol: string;
  /** ISO date when the text says "of 2 December 2004" after the number. */
  citedDate?: string;
  /** Range of the cited date text ("2 December 2004"), for a quick fix that replaces it. */
  dateStart?: number;
  dateEnd?: number;
  /** undocs.org link; absent for General Assembly decisions (not issued as documents) and treaties. */
  url?: string;
  pinpoint?: Pinpoint;
  /** Session as written: "59", "III", "S-24", "ES-11" (GA, HRC, old ECOSOC). */
  session?: string;
  /** Year of an SC resolution or of a year-numbered ECOSOC / CHR resolution. */
  year?: number;
  /** The resolution or decision number within its series (0 when the text says 0). */
  number?: number;
  /** Part letters: ["B"] for "75/290 B", ["A","B","C","D"] for "3419 A to D (XXX)". */
  parts?: string[];
}

export interface FindCitationsOptions {
  /** The organ that enacts the text being read: "its resolution" resolves to it. */
  organ: Organ;
}
