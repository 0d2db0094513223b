/**
 * A compilation of a session's resolutions (a printed volume, an export of several documents, PDF
 * copies one after another) is read one resolution at a time: each gets its own front matter,
 * numbering, footnotes and layout decisions, exactly as if it were opened alone. This module finds
 * where each resolution starts: at its adoption heading, its Security Council heading, a
 * presidential statement's heading, a draft's header, or (in a volume, which prints none of these)
 * its numbered title with an enacting formula under it; with the export fields, masthead or
 * committee line above. Cutting there also lets an edit re-parse only the resolution it falls in
 * (parsedDocument.ts).
 */

import { isFormula } from './blockKinds';
import { isDigit, isSpace } from '../text/chars';

/** An adoption heading, at a line's start: "Resolution adopted by the General Assembly on ...". */
const ADOPTION_HEADING = /(?:Resolutions? adopted by the |Resoluci(?:ón|ones) aprobadas? por |Résolutions? adoptées? par )/y;
/** A presidential statement's heading. */
const STATEMENT_HEADING = /Statement by the President of the Security Council[ \t]*\r?$/my;
/** A draft's header ends so: "Exampleland and Otherland: draft resolution", maybe wrapped over lines. */
const DRAFT_HEADER_END = /:\s+draft\s+resolution\s*$/;
/** How many lines a wrapped draft header may take. */
const HEADER_LINES = 6;
/** A Security Council heading: "Resolution 2231 (2015)" with the adoption line under it. */
const COUNCIL_HEADING = /Resolution \d{1,4} \(\d{4}\)[ \t]*(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*[ \t]*Adopted by the Security Council/y;
/**
 * A resolution's numbered title at a line's start, as a session's volume prints each resolution
 * without an adoption heading: "78/1.<TAB>Political declaration ...", "ES-10/21. ...", "2021/20. ...".
 */
const NUMBERED_TITLE = /(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.[ \t\u00a0]+[^\s,;]/y;
/** How many lines above a title its committee line and adoption heading may stand. */
const TITLE_FRONT_LINES = 6;
/**
 * A resolution's body, which a text must have before a second heading can start a new one: an
 * enacting formula ("The General Assembly,") or a closing ("40th plenary meeting").
 */
const BODY = /(?:Assembly|Council|Commission|Conseil|Consejo|Asamblea|Assemblée)[^\n,]{0,40},|\d(?:st|nd|rd|th) (?:plenary )?meeting/;
/** The longest text BODY matches. */
const BODY_REACH = 64;
/** An export's fields, which open the document under them. */
const EXPORT_OPENING = /^(?:\[DU1\]|<<ODS)/;
/**
 * A masthead's first line. A copy of the printed page has it above the heading; a text rendered
 * from the document record may put it after the text, where it belongs to the resolution above.
 */
const MASTHEAD = /^(?:United Nations|Nations Unies|Naciones Unidas)\b/;
/** How far above a heading its masthead may start. */
const MASTHEAD_LINES = 40;

/**
 * The offset where each resolution of the text starts, the first always 0. A text holding one
 * resolution (nearly every file) gives [0].
 */
export function resolutionStarts(text: string): number[] {
  const starts = [0];
  /** Up to where the text after the last start has been searched for a body, in vain. */
  let searched = 0;
  /** The line of the last heading met. */
  let lastHeading = 0;
  // Whether mastheads stand above their headings here, as the first heading shows.
  let mastheadsAbove: boolean | undefined;
  // Line by line with indexOf, which is far faster over megabytes than a multiline regex; only
  // lines opening with "R", "S", "E" or a digit, or ending as a draft's header does, are looked at closely.
  const lineBreak = breakOf(text);
  for (let lineStart = 0, lineEnd = 0; lineStart < text.length; lineStart = lineEnd + 1) {
    lineEnd = text.indexOf(lineBreak, lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const visible = firstVisible(text, lineStart);
    const at = isHeadingAt(text, visible) ? visible : isTitleAt(text, visible, lineEnd, lineBreak) ? titleFrontStart(text, lineStart) : draftHeaderStart(text, lineStart, lineEnd);
    if (at < 0) continue;
    mastheadsAbove ??= openingAbove(text, lineStartOf(text, at), MASTHEAD, 0) !== undefined;
    // Not above the last heading met: its lines were looked at already.
    const start = documentStart(text, at, mastheadsAbove, lastHeading);
    lastHeading = lineStartOf(text, at);
    if (start <= starts[starts.length - 1]) continue;
    // Only the text not yet searched for a body is read (a little before it, for a body the last
    // search cut): thousands of headings with no body between them cost one pass, not one each.
    const from = Math.max(starts[starts.length - 1], searched - BODY_REACH);
    searched = start;
    if (BODY.test(text.slice(from, start))) starts.push(start);
  }
  // A heading with no body after it (a heading repeated at the foot of a copy) starts nothing.
  if (starts.length > 1 && !BODY.test(text.slice(starts[starts.length - 1]))) starts.pop();
  return starts;
}

/** The first character of the line that is not a space, a TAB or a page break. */
function firstVisible(text: string, lineStart: number): number {
  let i = lineStart;
  // Not past a CR, which may end the line (a CR-only text); a CRLF's CR stops it as the LF would.
  for (let code = text.charCodeAt(i); code === 32 || code === 9 || code === 0xa0 || code === 12; code = text.charCodeAt(++i));
  return i;
}

function isHeadingAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first === 83) {
    STATEMENT_HEADING.lastIndex = at;
    return STATEMENT_HEADING.test(text);
  }
  if (first !== 82) return false;
  ADOPTION_HEADING.lastIndex = at;
  if (ADOPTION_HEADING.test(text)) return true;
  COUNCIL_HEADING.lastIndex = at;
  return COUNCIL_HEADING.test(text);
}

/** What ends the text's lines: LF (also of CRLF), or CR alone in a text that has no LF. */
function breakOf(text: string): string {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/** A numbered title on this line: not a paragraph, which ends with a comma or a semicolon. */
function isTitleAt(text: string, at: number, lineEnd: number, lineBreak: string): boolean {
  const first = text.charCodeAt(at);
  if (!(isDigit(first) || first === 69 || first === 83)) return false;
  NUMBERED_TITLE.lastIndex = at;
  if (!NUMBERED_TITLE.test(text)) return false;
  const last = text.charCodeAt(contentEnd(text, at, lineEnd) - 1);
  return last !== 44 && last !== 59 && formulaBelow(text, lineEnd, lineBreak);
}

/**
 * Whether an enacting formula ("The General Assembly,") follows within a few lines, as under every
 * resolution's title (a wrapped title's lines between): "267/2012. Suspend the provisions ...",
 * a regulation's number wrapped to a line's start, has none.
 */
function formulaBelow(text: string, lineEnd: number, lineBreak: string): boolean {
  let next = lineEnd + 1;
  for (let lines = 0; lines < TITLE_FRONT_LINES && next < text.length; lines++) {
    let end = text.indexOf(lineBreak, next);
    if (end < 0) end = text.length;
    if (isFormula(text.slice(next, end).trim())) return true;
    next = end + 1;
  }
  return false;
}

/**
 * Where the front of a numbered title starts: the committee line above it ("[on the report of
 * the Third Committee (A/78/481)]", maybe wrapped) and the adoption heading above that, if any.
 */
function titleFrontStart(text: string, titleLine: number): number {
  let start = titleLine;
  let above = titleLine;
  for (let lines = 0; lines < TITLE_FRONT_LINES && above > 0; lines++) {
    const end = above;
    above = previousLineStart(text, above);
    const line = text.slice(above, end).trim();
    if (line === '') continue;
    if (isHeadingAt(text, firstVisible(text, above))) return above;
    if (!line.startsWith('[') && !line.endsWith(']')) break;
    start = above;
  }
  return start;
}

/** Where the line's text ends, before the white space that ends it. */
function contentEnd(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where the draft header that ends on this line starts (-1 if none ends here): the start of its
 * paragraph, wrapped lines included ("...Bolivarian Republic of Venezuela:" + "draft resolution").
 */
function draftHeaderStart(text: string, lineStart: number, lineEnd: number): number {
  const end = contentEnd(text, lineStart, lineEnd);
  if (!text.startsWith('resolution', end - 10)) return -1;
  // The header's paragraph: the lines above up to a blank line or the end of a sentence.
  let start = lineStart;
  for (let lines = 1; lines < HEADER_LINES && start > 0; lines++) {
    const above = previousLineStart(text, start);
    const line = text.slice(above, start).trim();
    if (line === '' || /[.;]$/.test(line)) break;
    start = above;
  }
  return DRAFT_HEADER_END.test(text.slice(start, end)) ? firstVisible(text, start) : -1;
}

/**
 * The start of the line that opens the heading's document: its export fields, or its masthead
 * where mastheads stand above headings, when short lines lead up to them; else the heading's line.
 */
function documentStart(text: string, heading: number, withMasthead: boolean, floor: number): number {
  const line = lineStartOf(text, heading);
  const fields = openingAbove(text, line, EXPORT_OPENING, floor) ?? line;
  const masthead = (withMasthead && openingAbove(text, line, MASTHEAD, floor)) || line;
  return Math.min(fields, masthead);
}

/** The earliest line matching `opening` in the run of short lines above `lineStart`, down to `floor`. */
function openingAbove(text: string, lineStart: number, opening: RegExp, floor: number): number | undefined {
  let found: number | undefined;
  for (let lines = 0; lines < MASTHEAD_LINES && lineStart > floor; lines++) {
    const end = lineStart;
    lineStart = previousLineStart(text, lineStart);
    const line = text.slice(lineStart, end).trim();
    if (line === '') continue;
    // A paragraph of the resolution before: the opening, if any, is not above it.
    if (line.length > 90 || /[,;]$/.test(line)) break;
    if (opening.test(line)) found = lineStart;
  }
  return found;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The start of the line above the one starting at `lineStart` (CRLF is one break). */
function previousLineStart(text: string, lineStart: number): number {
  let end = lineStart - 1;
  if (end > 0 && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return lineStartOf(text, end);
}

/** LF or CR: where an LSP client starts a line, so a resolution's lines are whole lines of the text. */
function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}
