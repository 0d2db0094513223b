/**
 * Deciding which organ issued a cited resolution or decision from the shape of its number, the
 * words before the keyword and the organ enacting the text.
 *
 * Shapes settle most cases: "1373 (2001)" is always the Security Council; "2012/30" (a year) is
 * ECOSOC; a roman session beyond XXX is old ECOSOC. For "session/number" the qualifier decides
 * between the General Assembly and the Human Rights Council.
 */
import type { Organ } from '../syntax/nodes';
import type { QualifierOrgan } from './qualifier';
import type { NumberShape } from './symbols';
import { romanToInt } from './symbols';
import type { CitedOrgan } from './types';

/** Who the words before the keyword point to; 'its' = the enacting organ. */
export type IssuerHint = QualifierOrgan | 'its' | undefined;

/** First year-numbered ECOSOC resolutions (1978); CHR used year/number too. */
const FIRST_YEAR_SERIES = 1946;

/** Highest plausible HRC session and resolution number for a bare "resolution 5/1" in an HRC text. */
const HRC_MAX_SESSION = 70;
const HRC_MAX_NUMBER = 120;

/** The first GA session numbering its resolutions "31/1". */
export const FIRST_GA_SLASH_SESSION = 31;

/** GA sessions 1–30 numbered resolutions with roman sessions; ECOSOC's roman sessions went on to LXIII. */
const GA_LAST_ROMAN_SESSION = 30;

export function isYearLike(first: string): boolean {
  return /^\d{4}$/.test(first) && Number(first) >= FIRST_YEAR_SERIES;
}

/** The issuing organ of one number, or 'other' for another body's series (not linkable). */
export function issuerOf(
  shape: NumberShape,
  first: string,
  hint: IssuerHint,
  enacting: Organ,
): CitedOrgan | 'other' {
  if (hint === 'other') return 'other';
  if (shape === 'year') return 'SC';
  const named = hint === 'its' ? enacting : hint;
  if (shape === 'roman') return romanIssuer(first, named);
  const yearLike = isYearLike(first);
  switch (named) {
    case 'CHR':
      return 'CHR';
    case 'HRC':
      if (yearLike) return 'CHR';
      // "its resolution 76/137" in an HRC text: no Council session 76 yet, so the Assembly's.
      return hint === 'its' && !isHrcSession(first) ? 'GA' : 'HRC';
    case 'council':
      if (yearLike) return 'ECOSOC';
      return isHrcSession(first) ? 'HRC' : 'GA';
    default:
      // GA, SC, ECOSOC or nothing: "General Assembly and Security Council resolutions 60/180 and
      // 1645 (2005)" — the shape wins over the nearest name.
      if (yearLike) return 'ECOSOC';
      // Before its 31st session the Assembly wrote "1514 (XV)": "resolution 4/6" or "its resolution
      // 2/10" is another body's (the Environment Assembly's). A named one stays, for the checks.
      return hint !== 'GA' && !isGaSlashSession(first) ? 'other' : 'GA';
  }
}

/** GA sessions numbered "session/number": the 31st (1976) on, and special sessions. */
function isGaSlashSession(first: string): boolean {
  return /^E?S-/.test(first) || Number(first) >= FIRST_GA_SLASH_SESSION;
}

/** A session the Human Rights Council has held (or soon will): "5", "59", "S-21". */
function isHrcSession(first: string): boolean {
  return Number(first.replace(/^S-/, '')) <= HRC_MAX_SESSION;
}

function romanIssuer(first: string, named: QualifierOrgan | Organ | undefined): CitedOrgan {
  if (named === 'ECOSOC' || named === 'council') return 'ECOSOC';
  const special = /^E?S-/.test(first);
  if (!special && romanToInt(first) > GA_LAST_ROMAN_SESSION) return 'ECOSOC';
  return 'GA';
}

/**
 * A bare "resolution 5/1" (no organ named, no "its") in a Human Rights Council text is the
 * Council's own when the numbers fit its sessions.
 */
export function bareHint(enacting: Organ, first: string, num: number): IssuerHint {
  if (enacting !== 'HRC' || isYearLike(first)) return undefined;
  return isHrcSession(first) && num <= HRC_MAX_NUMBER ? 'HRC' : undefined;
}

/**
 * Highest number a series reaches in one session or year, with margin (GA resolutions stay
 * below 400, whose hundreds are decisions; HRC adopts under 60 a session). A larger number is a
 * footnote marker glued to the real one: "resolution 76/1783" is 76/178 with note 3.
 */
export function maxNumber(kind: 'resolution' | 'decision', organ: CitedOrgan): number {
  if (kind === 'decision') return organ === 'HRC' ? 199 : 599;
  switch (organ) {
    case 'GA': return 399;
    case 'HRC': return 60;
    case 'ECOSOC':
    case 'CHR': return 120;
    default: return Number.POSITIVE_INFINITY;
  }
}
