/** Calendar dates as UN texts write them ("2 December 2004") and as the catalog stores them (ISO). */
import { MONTHS } from './patterns';

/** "2", "December", "2004" → "2004-12-02"; undefined for impossible dates (31 April). */
export function toIsoDate(day: string, month: string, year: string): string | undefined {
  const m = (MONTHS as readonly string[]).indexOf(month);
  const d = Number(day);
  const y = Number(year);
  if (m < 0 || d < 1 || d > daysInMonth(y, m + 1)) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(m + 1)}-${pad(d)}`;
}

/** "2004-12-02" → "2 December 2004", the form a quick fix writes back into the text. */
export function formatUnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Days in `month` (1–12) of the Gregorian `year`. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
