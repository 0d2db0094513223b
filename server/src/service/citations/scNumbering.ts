/**
 * Security Council resolutions are numbered consecutively since 1946, so a number fixes the year
 * within a narrow band. Used to accept "1373 (2001)" without a "resolution" keyword and to flag
 * impossible pairs such as "1373 (2011)".
 */

const FIRST_YEAR = 1946;

/** Number of the first SC resolution of each year, 1946–2026 (from the UN catalogue). */
const FIRST_NUMBER_OF_YEAR = [
  1, 16, 38, 67, 80, 90, 98, 100, 104, 106, 111, 122, 127, 132, 133, 161, 171, 178, 186, 200, 220,
  233, 245, 263, 276, 292, 308, 325, 345, 367, 385, 403, 423, 444, 462, 485, 500, 529, 546, 560, 581,
  594, 607, 627, 647, 684, 726, 802, 893, 970, 1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522,
  1581, 1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196, 2260, 2337, 2398, 2452, 2504,
  2561, 2618, 2672, 2722, 2768, 2812,
];

const LAST_KNOWN_YEAR = FIRST_YEAR + FIRST_NUMBER_OF_YEAR.length - 1;

/**
 * 'yes' when the number was adopted in that year (a few numbers of slack for the year boundary),
 * 'no' when it cannot have been, 'unknown' for years after the table.
 */
export function scNumberFitsYear(num: number, year: number): 'yes' | 'no' | 'unknown' {
  if (year < FIRST_YEAR || num < 1) return 'no';
  if (year > LAST_KNOWN_YEAR) return num >= FIRST_NUMBER_OF_YEAR[FIRST_NUMBER_OF_YEAR.length - 1] ? 'unknown' : 'no';
  const first = FIRST_NUMBER_OF_YEAR[year - FIRST_YEAR];
  const next = year < LAST_KNOWN_YEAR ? FIRST_NUMBER_OF_YEAR[year - FIRST_YEAR + 1] : Number.POSITIVE_INFINITY;
  return num >= first - 2 && num <= next + 1 ? 'yes' : 'no';
}
