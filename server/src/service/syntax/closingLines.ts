/**
 * The closing lines of a resolution ("40th plenary meeting", "19 November 2012"; the Spanish and
 * French forms too), shared by the block builder and the tree builder.
 */

export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MEETING_EN = String.raw`\d{1,4}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting`;
const MEETING_ES = String.raw`\d{1,4}[ªa]\s+sesi[oó]n`;
const MEETING_FR = String.raw`\d{1,4}(?:e|re)\s+s[ée]ance`;
const DATE_OTHER = String.raw`\d{1,2}(?:er)? (?:de )?[a-zéû]+ (?:de )?\d{4}`;

/** A block that opens with the meeting line. */
export const CLOSING = new RegExp(String.raw`^(?:${MEETING_EN}\b|${MEETING_ES}\b|${MEETING_FR}\b)`);
/** A line that is the meeting line and nothing else. */
export const CLOSING_LINE = new RegExp(String.raw`^(?:${MEETING_EN}|${MEETING_ES}(?:\s+plenaria)?|${MEETING_FR}(?:\s+pl[ée]ni[èe]re)?)\s*$`);
/** A block that is a date and nothing else (any capitalized month word). */
export const DATE_ONLY = new RegExp(String.raw`^(?:\d{1,2} [A-Z][a-z]+ \d{4}|${DATE_OTHER})\.?\s*$`);
/** A line that is a date and nothing else (English month names). */
export const DATE_ONLY_LINE = new RegExp(String.raw`^(?:\d{1,2} ${MONTH} \d{4}|${DATE_OTHER})\.?$`);
/**
 * A line that starts with a day and a month ("1 November 2018, ...", "26 August–4 September 2002",
 * "8 and 9 May"): a date wrapped to the line start, never a footnote (whose text opens with a word).
 */
export const DATE_LINE = new RegExp(String.raw`^\d{1,2}(?:\s*[–-]\s*\d{1,2}| and \d{1,2})? ${MONTH}\b`);
