/**
 * Reads the tables of the corpus's ANOMALIES.md: each row names files, says what is odd, and whether
 * the oddity is a defect of the UN text ("source"), a conversion artefact ("XML"), legitimate, or
 * still to "check". The quoted pieces of the "what" column locate the defective lines.
 */
import { readCorpus } from '../paths';

export interface AnomalyRow {
  /** The heading of the table ("Operative paragraph numbers", "Sub-paragraphs"). */
  readonly section: string;
  /** File base names as written (some legitimate rows abbreviate them: "75_253_B/C"). */
  readonly files: readonly string[];
  readonly what: string;
  readonly kind: string;
}

export function anomalyRows(): AnomalyRow[] {
  const rows: AnomalyRow[] = [];
  let section = '';
  for (const line of readCorpus('ANOMALIES.md').split(/\r?\n/)) {
    const heading = /^#{2,}\s+(.*)$/.exec(line);
    if (heading) {
      section = heading[1].trim();
      continue;
    }
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 3 || /^-+$/.test(cells[0]) || cells[0].startsWith('file')) continue;
    const files = cells[0]
      .replace(/\(.*?\)/g, '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    rows.push({ section, files, what: cells[1], kind: cells[2] });
  }
  return rows;
}

/**
 * The quoted pieces that show the defect as printed: "3 Calls upon …" gives "3 Calls upon",
 * "6.\u200e Reaffirms" gives the line with its mark. What follows "instead of" is the correct form,
 * not the defect, and is left out.
 */
export function defectSnippets(what: string): string[] {
  const defect = what.split(/\binstead of\b/)[0];
  return [...defect.matchAll(/"([^"]+)"/g)]
    .map((m) => m[1].replace(/\\u([0-9a-fA-F]{4})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\s*…\s*$/, ''))
    .filter((snippet) => snippet.length > 0);
}

/** For matching a printed line against a snippet: invisible marks dropped, runs of blanks made one space. */
export function normalizeLine(text: string): string {
  return text.replace(/[\u200b-\u200f\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
