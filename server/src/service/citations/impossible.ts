/**
 * Citations that cannot exist: a Security Council year before 1946 or still to come, a General
 * Assembly session not yet opened, number 0, an SC number from another year ("1373 (2011)"), or a
 * cited date outside the session it names ("resolution 59/48 of 2 December 2005").
 */
import { yearOf } from './dates';
import { FIRST_GA_SLASH_SESSION } from './issuer';
import { scNumberFitsYear } from './scNumbering';
import { romanToInt } from './symbols';
import type { Citation } from './types';

const FIRST_YEAR = 1946;
/** The Commission on Human Rights held its last session in 2006. */
const LAST_CHR_YEAR = 2006;
/** The Human Rights Council's first session (June 2006); three regular sessions a year since 2007. */
const FIRST_HRC_YEAR = 2006;
/** ECOSOC's old roman sessions ended with the sixty-third (1977). */
const LAST_ECOSOC_ROMAN_SESSION = 63;

/** Why the citation cannot be right, or undefined. `today` is an ISO date. */
export function impossibility(c: Citation, today: string): string | undefined {
  if (c.kind !== 'resolution' && c.kind !== 'decision') return undefined;
  if (c.number === 0) return `${c.kind === 'decision' ? 'Decisions' : 'Resolutions'} are numbered from 1.`;
  const thisYear = yearOf(today);
  if (c.citedDate && c.citedDate > today) return `The cited date ${c.citedDate} has not come yet.`;
  if (c.year !== undefined) {
    if (c.year < FIRST_YEAR || c.year > thisYear) return `${c.year} is not a possible year for ${c.symbol}.`;
    if (c.organ === 'CHR' && c.year > LAST_CHR_YEAR) return `The Commission on Human Rights ended in ${LAST_CHR_YEAR}.`;
    if (c.organ === 'SC' && c.number !== undefined && scNumberFitsYear(c.number, c.year) === 'no') {
      return `Security Council resolution ${c.number} was not adopted in ${c.year}.`;
    }
    if (c.citedDate && yearOf(c.citedDate) !== c.year && c.organ === 'SC') {
      return `${c.symbol} is a ${c.year} resolution; the cited date is in ${yearOf(c.citedDate)}.`;
    }
    return undefined;
  }
  return c.session ? sessionImpossibility(c, c.session, today) : undefined;
}

function sessionImpossibility(c: Citation, session: string, today: string): string | undefined {
  if (/^E?S-/.test(session)) return undefined;
  const roman = !/^\d+$/.test(session);
  const n = roman ? romanToInt(session) : Number(session);
  if (n === 0) return `Sessions are numbered from 1.`;
  if (c.organ === 'GA') {
    if (roman) return undefined;
    if (n < FIRST_GA_SLASH_SESSION) return `Before its ${FIRST_GA_SLASH_SESSION}st session the General Assembly numbered resolutions like “1514 (XV)”.`;
    if (n > currentGaSession(today)) return `The General Assembly has not yet held its ${n}th session.`;
    if (c.citedDate && !inGaSession(n, c.citedDate)) {
      return `The ${n}th session ran from September ${1945 + n} to September ${1946 + n}; the cited date is outside it.`;
    }
  }
  if (c.organ === 'HRC' && n > latestHrcSession(today)) return `The Human Rights Council has not yet held its ${n}th session.`;
  if (c.organ === 'ECOSOC' && roman && n > LAST_ECOSOC_ROMAN_SESSION) return `ECOSOC numbered its sessions in roman numerals only up to LXIII (1977).`;
  return undefined;
}

/** Session n opens in September 1945 + n (the first met in 1946). */
function currentGaSession(today: string): number {
  const year = yearOf(today);
  const month = Number(today.slice(5, 7));
  return month >= 9 ? year - 1945 : year - 1946;
}

/** Resolutions of session n are adopted between its opening and the next one (September to September). */
function inGaSession(n: number, iso: string): boolean {
  return iso >= `${1945 + n}-09-01` && iso < `${1946 + n}-09-30`;
}

/** Regular sessions in March, June and September each year since 2007 (the 4th was in March 2007). */
function latestHrcSession(today: string): number {
  const year = yearOf(today);
  if (year < FIRST_HRC_YEAR + 1) return 3;
  const month = Number(today.slice(5, 7));
  return 3 * (year - FIRST_HRC_YEAR) + 1 + (month >= 6 ? 1 : 0) + (month >= 9 ? 1 : 0);
}
