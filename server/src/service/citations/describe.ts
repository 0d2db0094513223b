/** Words for organs and sessions, shared by hovers and diagnostics. */
import { romanToInt } from './symbols';
import type { Citation, CitedOrgan } from './types';

const ORGAN_NAMES: Record<CitedOrgan, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  ECOSOC: 'Economic and Social Council',
  HRC: 'Human Rights Council',
  CHR: 'Commission on Human Rights',
  unknown: '',
};

export function organName(organ: CitedOrgan): string {
  return ORGAN_NAMES[organ];
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "59th session", "24th special session", "11th emergency special session", "3rd session (III)", "2001". */
export function sessionOrYear(c: Citation): string | undefined {
  if (c.year !== undefined) return String(c.year);
  const s = c.session;
  if (!s) return undefined;
  const m = /^(E?S)-(.+)$/.exec(s);
  const kind = m ? (m[1] === 'ES' ? 'emergency special session' : 'special session') : 'session';
  const raw = m ? m[2] : s;
  const n = /^\d+$/.test(raw) ? Number(raw) : romanToInt(raw);
  if (n === 0) return undefined;
  return /^\d+$/.test(raw) ? `${ordinal(n)} ${kind}` : `${ordinal(n)} ${kind} (${raw})`;
}
