/**
 * The text format of assets/catalog.tsv, shared by scripts/build-catalog.mjs (writer) and
 * catalog.ts (reader): `#` comment lines, then one TAB-separated row per canonical symbol.
 * Votes are coded compactly: "w" without a vote, "r" recorded vote with unknown counts,
 * "15-0-0" yes-no-abstain, "" unknown.
 */

export const CATALOG_COLUMNS = ['symbol', 'date', 'meeting', 'vote', 'title'] as const;

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
}

export type Vote = VoteCounts | 'without a vote' | 'recorded vote';

/** Adoption text and counts of a source row → the code stored in the asset. */
export function encodeVote(adoption: string, yes: string, no: string, abstain: string): string {
  if (/without a vote/i.test(adoption)) return 'w';
  const counts = [yes, no, abstain].map((v) => (/^\d+$/.test(v ?? '') ? Number(v) : NaN));
  if (counts.every((n) => !Number.isNaN(n)) && counts.some((n) => n > 0)) return counts.join('-');
  if (/recorded vote|roll call/i.test(adoption)) return 'r';
  return '';
}

export function decodeVote(code: string): Vote | undefined {
  if (code === 'w') return 'without a vote';
  if (code === 'r') return 'recorded vote';
  const m = /^(\d+)-(\d+)-(\d+)$/.exec(code);
  return m ? { yes: Number(m[1]), no: Number(m[2]), abstain: Number(m[3]) } : undefined;
}
