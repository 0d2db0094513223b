/**
 * Named regular-expression fragments for citations, composed into the scanners. Whitespace is
 * always `\s`, which covers line breaks of hard-wrapped PDF copies, CR and no-break spaces.
 *
 * Linear-time rule: no two adjacent unbounded quantifiers may match the same characters, and no
 * quantified group may match the same text in two ways. Every fragment here respects that, so the
 * composed scanners stay linear on hostile input (see the 1 MB tests).
 */

/** Joins fragments (strings or regexes) into one source string. */
export function src(...parts: Array<string | RegExp>): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.source)).join('');
}

/** Hyphen, no-break hyphen (U+2011, common in UN Word files) and en dash. */
export const DASH = '[-\\u2010\\u2011\\u2013]';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const MONTH = `(?:${MONTHS.join('|')})`;

/** Upper-case roman numeral as used for old session numbers (I … LXIII). */
export const ROMAN = '[IVXLC]{1,7}';

/**
 * Part letters after a resolution number: "A", "A and B", "A to D", "A, B and C".
 * Latin capitals plus the Cyrillic look-alikes (А В С Е) that slip into UN Word files.
 */
export const PART_LETTER = '[A-Z\\u0410\\u0412\\u0421\\u0415]';
export const PARTS = src(
  PART_LETTER,
  '(?:(?:\\s*,\\s*|\\s+(?:and|to)\\s+)',
  PART_LETTER,
  ')*(?![\\w\\u0400-\\u04ff])',
);

/** "S-24", "ES-11": special and emergency special session prefixes. */
export const SPECIAL_SESSION = src('(?:E?S', DASH, ')');

/** No word character, slash or dot right before a number: "A/RES/59/48" must not yield "59/48". */
export const NUMBER_START = '(?<![\\w/.\\u2010\\u2011-])';

/** "59/48", "S-24/2", "ES-11/4", "2012/30": session or year, slash, number. */
export const SLASH_NUMBER = src(
  NUMBER_START,
  '(', SPECIAL_SESSION, '?\\d{1,4})/(\\d{1,4})(?![\\w/]|\\.\\d)',
);

/** "1373 (2001)", "2461(2019)": Security Council number and year. */
export const NUMBER_YEAR = src(NUMBER_START, '(\\d{1,4})\\s*\\((1[89]\\d\\d|2\\d\\d\\d)\\)');

/** "217 A (III)", "1514 (XV)", "3419 A to D (XXX)", "3362 (S-VII)", "1733 (LIV)". */
export const NUMBER_ROMAN = src(
  NUMBER_START,
  '(\\d{1,4})(?:\\s+(', PARTS, '))?\\s*\\((', SPECIAL_SESSION, '?', ROMAN, ')\\)',
);

/** "of 2 December 2004" (also "on"); a footnote marker may be glued to the year ("201724"). */
export const OF_DATE = src(
  '^\\s*(?:,\\s*)?(?:of|on)\\s+((\\d{1,2})\\s+(', MONTH, ')\\s+(\\d{4}))\\d{0,3}(?!\\d)',
);

/** Keyword that introduces resolution or decision numbers. */
export const KEYWORD = '(?<![\\w-])([Rr]esolutions?|[Dd]ecisions?)(?![\\w-])';

/**
 * Series prefixes of UN document symbols seen in the gold links (citation_link_shapes.tsv),
 * longest first so "UNEP" wins over "E".
 */
export const SYMBOL_PREFIXES = [
  'UNEP', 'FCCC', 'NPT', 'ISBA', 'SPLOS', 'CLCS', 'CTOC', 'ICCD', 'TPNW', 'CRPD', 'CEDAW', 'CERD',
  'CCPR', 'CMW', 'CAC', 'CCW', 'BWC', 'CBD', 'JIU', 'CED', 'CRC', 'CCM', 'UNW', 'CEB', 'HSP',
  'ESCAP', 'UNODC', 'PBC', 'APLC', 'DP', 'ST', 'TD', 'CD', 'CAT', 'A', 'S', 'E',
];

/**
 * One slash-separated component: "RES", "C.3", "L.60", "SR.1–28", "COP(14)", "Res.14". Letters
 * and digits do not mix within a run, so the fused masthead "A/RES/67/15General" stops at "15".
 */
const RUN = '(?:[A-Za-z]+|\\d+(?!\\d))(?:\\(\\d{1,3}\\))?';
/** Spaces or TABs, with at most one line break among them. */
const LINE_SPACE = '[ \\t]*(?:\\r?\\n[ \\t]*)?';

const COMPONENT = src(RUN, '(?:[.\\u2010\\u2011\\u2013-]', RUN, ')*');

/**
 * Parenthesised qualifiers written with a space: "(Sect. 26)", "(Part I)", "(Vol. II)",
 * "(Introduction)". A wrapped copy may break the line before them or inside them ("A/76/6" +
 * "(Sect. 3)/Add.4", "(Sect." + "3)"), with the spaces an extraction leaves at the line's ends.
 */
const SYMBOL_PAREN = src(
  LINE_SPACE, '\\((?:Sect\\.', LINE_SPACE, '\\d{1,3}[A-Z]?|Parts?\\s{1,20}[IVX]{1,5}(?:\\s{1,20}and\\s{1,20}[IVX]{1,5})?|Vol\\.\\s{1,20}[IVX]{1,5}',
  '|Introduction|Supp|\\d{4}|(?:E?S-)?', ROMAN, ')\\)',
);

/** A document symbol, e.g. A/C.3/78/L.60/Rev.1, A/77/6 (Sect. 26)/Add.9, A/77/277-S/2022/606. */
export const DOCUMENT_SYMBOL = src(
  '(?<![\\w/.])(?:', SYMBOL_PREFIXES.join('|'), ')(?:/', COMPONENT, ')+',
  '(?:', SYMBOL_PAREN, '(?:/', COMPONENT, ')*)?',
);

/** "United Nations, Treaty Series, vol. 729, No. 10485". */
export const TREATY_SERIES = 'United\\s+Nations,?\\s+Treaty\\s+Series,?\\s+vol\\.\\s*(\\d{1,5}),?\\s+No\\.\\s*(\\d{1,6})';

/** "Ibid., vol. 1249, No. 20378." — a treaty only when the previous citation was one. */
export const IBID_TREATY = '(?<![\\w])Ibid\\.,?\\s+vol\\.\\s*(\\d{1,5}),?\\s+No\\.\\s*(\\d{1,6})';
