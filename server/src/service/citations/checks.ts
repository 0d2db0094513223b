/**
 * Pure checks over a document's citations. Each problem is a plain object with a stable code and
 * a `data` payload for quick fixes; the server turns them into LSP diagnostics.
 */
import type { Catalog } from './catalog';
import { formatUnDate } from './dates';
import { impossibility } from './impossible';
import { splitParts } from './symbols';
import type { Citation } from './types';

export type CitationProblemCode = 'citation-date-mismatch' | 'citation-date-inconsistent' | 'citation-impossible';

export interface CitationProblem {
  code: CitationProblemCode;
  start: number;
  end: number;
  message: string;
  data: Record<string, unknown>;
}

/**
 * `today` (ISO date or Date) bounds what can have been adopted. Date problems point at the cited
 * date text, so a quick fix can replace it with `data.replacement`.
 */
export function checkCitations(citations: readonly Citation[], catalog: Catalog | undefined, today: string | Date): CitationProblem[] {
  const now = typeof today === 'string' ? today.slice(0, 10) : today.toISOString().slice(0, 10);
  const problems: CitationProblem[] = [];
  const firstDate = new Map<string, Citation>();
  for (const c of citations) {
    const reason = impossibility(c, now);
    if (reason) {
      problems.push({ code: 'citation-impossible', start: c.start, end: c.end, message: reason, data: { symbol: c.symbol } });
      continue;
    }
    if (!c.citedDate) continue;
    const known = catalog && (c.kind === 'resolution' || c.kind === 'decision') ? dateFor(catalog, c.symbol) : undefined;
    if (known && known !== c.citedDate && !nextDay(known, c.citedDate)) {
      problems.push(dateProblem(c, 'citation-date-mismatch', known,
        `${c.symbol} was adopted on ${formatUnDate(known)}, not ${formatUnDate(c.citedDate)}.`, { catalogDate: known }));
      continue;
    }
    const first = firstDate.get(c.symbol);
    if (!first) firstDate.set(c.symbol, c);
    else if (!known && first.citedDate !== c.citedDate && first.citedDate) {
      problems.push(dateProblem(c, 'citation-date-inconsistent', first.citedDate,
        `${c.symbol} is cited here as of ${formatUnDate(c.citedDate)} but earlier as of ${formatUnDate(first.citedDate)}.`,
        { otherDate: first.citedDate, otherStart: first.dateStart ?? first.start }));
    }
  }
  return problems;
}

/**
 * A meeting that runs past midnight adopts a text on the next day: resolution 338 (1973) is
 * cited as of 22 October though the meeting of 21 October adopted it. One day apart is no fault.
 */
function nextDay(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) === 86_400_000;
}

/**
 * The catalogue's adoption date for exactly this symbol. An entry for several parts
 * ("decision 74/540 A-C") carries one part's date, so it proves nothing about another part.
 */
function dateFor(catalog: Catalog, symbol: string): string | undefined {
  const entry = catalog.find(symbol);
  if (!entry) return undefined;
  return entry.symbol === symbol || splitParts(entry.symbol).parts.length === 0 ? entry.date : undefined;
}

/** A problem on the cited date text; `data.replacement` is the date to write instead. */
function dateProblem(c: Citation, code: CitationProblemCode, date: string, message: string, extra: Record<string, unknown>): CitationProblem {
  return {
    code,
    start: c.dateStart ?? c.start,
    end: c.dateEnd ?? c.end,
    message,
    data: { symbol: c.symbol, citedDate: c.citedDate, replacement: formatUnDate(date), ...extra },
  };
}
