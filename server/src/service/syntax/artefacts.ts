/**
 * Finds the lines that are export or PDF artefacts rather than resolution text: `[DU1]`,
 * `<<ODS ...>>` fields, mastheads, barcodes, "Please recycle", running page headers and footers,
 * page numbers, separators. They are kept out of the structure.
 */
import type { ArtefactKind } from './nodes';
import type { Line } from '../text/lines';
import { endsParagraph, SHORT_LINE } from './paragraphEnd';
import { isDigit, isSpace } from '../text/chars';

/**
 * A UN document symbol standing alone on a line: "A/RES/80/1", "S/RES/1373 (2001)", "A/HRC/RES/54/16".
 * Not one that ends a sentence: "UNEP/CBD/COP/DEC/XII/11." is a footnote's wrapped last line.
 */
const SYMBOL = String.raw`(?:A|S|E|ST|TD|UNEP|DP)(?:\/[A-Za-z0-9.\-]+){1,6}(?: \(\d{4}\))?`;
const SYMBOL_LINE = new RegExp(String.raw`^${SYMBOL}$(?<!\.)`);
/** A job number ("25-15106", "12-47950 (E)") and a page number ("2/3"), each alone on its line. */
const JOB = String.raw`\d{2}-\d{5}(?: \([A-Z]\))?`;
const PAGE = String.raw`\d{1,4}\/\d{1,4}`;
const JOB_NUMBER = new RegExp(`^${JOB}$`);
const PAGE_NUMBER = new RegExp(`^${PAGE}$`);
/**
 * Page furniture that a layout-keeping extraction (pdftotext -layout) sets on one line, its parts
 * spread across the page: "20-17540        3/17" or "4/17        20-17540" at the foot, and the
 * symbol with the running title at the head ("A/RES/75/190      Situation of ...", or the title
 * first on odd pages). Three spaces or a TAB part them: a sentence never does.
 */
const SPREAD = String.raw`(?: {3,}|\t+)`;
const JOB_AND_PAGE = new RegExp(`^(?:${JOB}${SPREAD}${PAGE}|${PAGE}${SPREAD}${JOB})$`);
const SYMBOL_THEN_TITLE = new RegExp(`^${SYMBOL}${SPREAD}\\S`);

/**
 * The running title, then the symbol ("... Korea      A/RES/75/190"), read from the last spread
 * back: a pattern anchored at the line's end would be tried at every character of every line.
 */
function titleThenSymbol(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (!isDigit(last) && last !== 0x29 /* ) */) return false;
  const gap = Math.max(t.lastIndexOf('   '), t.lastIndexOf('\t'));
  return gap > 0 && SYMBOL_LINE.test(t.slice(gap).trimStart());
}
const BARCODE = /^\*\d{5,}\*/;
const SEPARATOR = /^(?:_{3,}|-{3,}|={5,}|\*{3,})$/;
const EXPORT_FIELD = /^(?:\[DU\d+\])?<<ODS [A-Z0-9 ]+>>|^\[DU\d+\]$/;
const MASTHEAD_LINE = /^(?:(?:United Nations|Naciones Unidas|Nations Unies)(?=$|\s*[A-Z]{1,2}\/)|Distr\.:? ?(?:general|générale|limitada|limitée|reservada|restreinte)\b|(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s+Distr\.|[A-Z][a-z]+(?:-[a-z]+)? session\s+Agenda item|Distr\.: ?(?:General|Limited|Restricted)|Original: |Agenda items? \d|Please recycle)/;
/**
 * Lines that belong to a masthead only next to a sure masthead line: a wrapped paragraph may end
 * with "Human Rights Council", and a section may be titled "Seventy-ninth session of the General
 * Assembly" right under a page header.
 */
const MASTHEAD_CONTEXT_LINE =
  /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Asamblea General|Consejo de (?:Seguridad|Derechos Humanos)|Assemblée générale|Conseil de sécurité|Conseil des droits de l’homme|[A-Z][a-z]+(?:-[a-z]+)? session|(?:Sixty|Seventy|Eighty|Fifty|Forty)[a-z-]* session\b(?! of\b).*|\d{4} session)$/;
const FRONT_MATTER_DATE = /^\d{1,2} [A-Z][a-z]+ \d{4}(?:[A-Z][a-z-]+ session)?$/;
/** YAML front matter fence of extracted documents. */
const YAML_FENCE = /^---$/;

export interface ArtefactMark {
  readonly kind: ArtefactKind;
}

/** Returns, per line, the artefact kind or undefined. `ownTitle` helps recognize running headers. */
export function markArtefacts(lines: readonly Line[]): (ArtefactKind | undefined)[] {
  const marks: (ArtefactKind | undefined)[] = new Array(lines.length).fill(undefined);
  const trimmed = lines.map((line) => line.trimmed);

  // YAML front matter at the very top (PDF extracts carry one).
  if (trimmed[0] !== undefined && YAML_FENCE.test(trimmed[0])) {
    for (let i = 1; i < lines.length && i < 200; i++) {
      if (YAML_FENCE.test(trimmed[i])) {
        for (let j = 0; j <= i; j++) marks[j] = 'front-matter';
        break;
      }
    }
  }

  let sawBody = false;
  let exportTrailer = false;
  for (let i = 0; i < lines.length; i++) {
    if (marks[i]) continue;
    const t = trimmed[i];
    if (t === '') continue;
    if (exportTrailer) {
      marks[i] = 'export-field';
      continue;
    }
    const kind = lineArtefact(t);
    // "... of the expenses of the" + "United Nations": a title or sentence wrapped before the
    // organization's name, not a masthead (which never follows an open line of text).
    if (kind === 'masthead' && ORGANIZATION_ALONE.test(t) && followsOpenText(trimmed, marks, i)) continue;
    if (kind) {
      marks[i] = kind;
      // The ODS export puts its fields and the printed masthead after the text: all that follows is junk.
      if (kind === 'export-field' && sawBody && /<<ODS/.test(t)) exportTrailer = true;
      continue;
    }
    if (BODY_LINE.test(lines[i].text) || t.length > 200) sawBody = true;
  }

  markMastheadContext(trimmed, marks);
  markBarePageNumbers(trimmed, marks);
  unmarkLonePageNumbers(trimmed, marks);
  markMastheadBlocks(lines, trimmed, marks);
  markRunningTitles(trimmed, marks);
  markRepeatedTitle(trimmed, marks);
  return marks;
}

/** A line of the resolution's own text: TAB-indented, "The General Assembly", a numbered paragraph. */
const BODY_LINE = /^\t|^The [A-Z]|^\d+\.\s/;
const ORGANIZATION_ALONE = /^(?:United Nations|Naciones Unidas|Nations Unies)$/;

/**
 * Whether the line right before `i` is text that stops mid-sentence, and no masthead line (the
 * symbol, the organ) comes next.
 */
function followsOpenText(trimmed: readonly string[], marks: readonly (ArtefactKind | undefined)[], i: number): boolean {
  const before = trimmed[i - 1];
  const after = trimmed[i + 1] ?? '';
  return before !== undefined && !marks[i - 1] && !endsParagraph(before) && /[a-z]$/.test(before) && !SYMBOL_LINE.test(after) && !MASTHEAD_CONTEXT_LINE.test(after);
}

function lineArtefact(t: string): ArtefactKind | undefined {
  if (EXPORT_FIELD.test(t)) return 'export-field';
  if (BARCODE.test(t)) return 'barcode';
  if (SEPARATOR.test(t)) return 'separator';
  if (PAGE_NUMBER.test(t)) return 'page-number';
  if (JOB_NUMBER.test(t) || JOB_AND_PAGE.test(t)) return 'page-header';
  if (SYMBOL_LINE.test(t) || SYMBOL_THEN_TITLE.test(t) || titleThenSymbol(t)) return 'page-header';
  if (MASTHEAD_LINE.test(t)) return 'masthead';
  // A running header fusing the symbol and the title: "A/RES/67/15Cooperation between ..." or "...OrganizationA/RES/67/15".
  if (FUSED_HEADER_START.test(t) || (isDigit(t.charCodeAt(t.length - 1)) && FUSED_HEADER_END.test(t))) return 'page-header';
  return undefined;
}

const FUSED_HEADER_START = /^(?:A|S|E)\/(?:[A-Z0-9.\-]+\/)+\d+[A-Z][a-z]/;
/** Unanchored at its start: tried only on lines that end with a digit, as it needs. */
const FUSED_HEADER_END = /[a-z](?:A|S|E)\/(?:[A-Z0-9.\-]+\/)+\d+$/;

const BARE_NUMBER = /^\d{1,3}$/;
const GOES_ON = /^[a-z]{2}|^[a-z] [a-z]/;

/**
 * A page number printed alone ("7", not the UN's "7/12") inside a sentence that goes on across the
 * page break: the text before it is open and the text after it goes on in lower case.
 */
function markBarePageNumbers(trimmed: readonly string[], marks: (ArtefactKind | undefined)[]): void {
  for (let i = 1; i < trimmed.length; i++) {
    if (marks[i] || !BARE_NUMBER.test(trimmed[i])) continue;
    const before = nearestText(trimmed, marks, i, -1);
    const after = nearestText(trimmed, marks, i, 1);
    // A full line of prose before it (not a table cell), a word after it (not a table note "a From ...").
    if (before !== undefined && after !== undefined && before.length >= SHORT_LINE && !endsParagraph(before) && GOES_ON.test(after)) marks[i] = 'page-number';
  }
}

/**
 * "... resolutions 48/218 B, 54/244, 69/253 and" + "74/257": a resolution number wrapped to a line
 * of its own reads like a page number ("2/3"). Page numbers come one a page and share their total;
 * one whose total no other shares, under a line that stops mid-sentence, is text (a two-page
 * text's lone "2/2" stays a page number), and so is one repeated as it is on several pages.
 */
function unmarkLonePageNumbers(trimmed: readonly string[], marks: (ArtefactKind | undefined)[]): void {
  const totals = new Map<string, number[]>();
  for (let i = 0; i < trimmed.length; i++) {
    if (marks[i] !== 'page-number' || !PAGE_NUMBER.test(trimmed[i])) continue;
    const total = trimmed[i].slice(trimmed[i].indexOf('/') + 1);
    const lines = totals.get(total);
    if (lines) lines.push(i);
    else totals.set(total, [i]);
  }
  for (const [total, lines] of totals) {
    if (Number(total) < 3) continue;
    // The same "74/257" on every page is no page number (those count up): the title's wrapped
    // line, which the running header repeats.
    if (lines.length > 1 && lines.every((line) => trimmed[line] === trimmed[lines[0]])) {
      for (const line of lines) marks[line] = undefined;
      continue;
    }
    if (lines.length !== 1) continue;
    const before = nearestText(trimmed, marks, lines[0], -1);
    if (before !== undefined && !endsParagraph(before)) marks[lines[0]] = undefined;
  }
}

/** The nearest line with text before (`step` -1) or after (1) line `i`, skipping blank lines and artefacts. */
function nearestText(trimmed: readonly string[], marks: readonly (ArtefactKind | undefined)[], i: number, step: number): string | undefined {
  for (let j = i + step, seen = 0; j >= 0 && j < trimmed.length && seen < 8; j += step, seen++) {
    if (trimmed[j] !== '' && !marks[j]) return trimmed[j];
  }
  return undefined;
}

function markMastheadContext(trimmed: string[], marks: (ArtefactKind | undefined)[]): void {
  for (let i = 0; i < trimmed.length; i++) {
    if (marks[i] || !MASTHEAD_CONTEXT_LINE.test(trimmed[i])) continue;
    if (nearMasthead(trimmed, marks, i, -1) || nearMasthead(trimmed, marks, i, 1)) marks[i] = 'masthead';
  }
}

/**
 * Whether a masthead or page-header line stands within three lines of line `i` in direction
 * `step`, with only blank lines or artefacts between: a line of text between them (a paragraph, a
 * section number, "XVIII" above "Seventy-eighth session of the General Assembly") parts them.
 */
function nearMasthead(trimmed: readonly string[], marks: readonly (ArtefactKind | undefined)[], i: number, step: number): boolean {
  for (let j = i + step; j >= 0 && j < trimmed.length && Math.abs(j - i) <= 3; j += step) {
    if (marks[j] === 'masthead' || marks[j] === 'page-header') return true;
    if (!marks[j] && trimmed[j] !== '' && !MASTHEAD_CONTEXT_LINE.test(trimmed[j])) return false;
  }
  return false;
}

const AGENDA_LINE = /^(?:Agenda items?|Tema|Point) /;
/** An item number of an agenda line: "13", "75 (a)". */
const AGENDA_ITEM = /\d+/g;

/**
 * A masthead is a run of short lines that starts with "United Nations" (alone or fused with the
 * symbol): the symbol, the organ, "Distr.: General", dates, the session, "Agenda item" and the
 * agenda item's title. It ends at the resolution's heading, at a long line, or at the first blank
 * line after the agenda title.
 */
function markMastheadBlocks(lines: readonly Line[], trimmed: string[], marks: (ArtefactKind | undefined)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (marks[i] !== 'masthead' || !/^(?:United Nations|Naciones Unidas|Nations Unies)/.test(trimmed[i])) {
      if (marks[i] === 'masthead' || marks[i] === 'page-header') markMastheadDate(i, trimmed, marks);
      continue;
    }
    let sawAgenda = false;
    let agendaLine = -1;
    // "Agenda items 13 and 75 (a)" has two titles, which a copy with blank lines between its
    // lines sets apart: one blank-separated title per item.
    let titlesLeft = 0;
    for (let j = i + 1; j < lines.length && j < i + 40; j++) {
      const t = trimmed[j];
      if (t === '') {
        if (sawAgenda && j > agendaLine + 1 && trimmed[j - 1] !== '' && --titlesLeft <= 0) break;
        continue;
      }
      // An indented line ends the masthead unless it is one of its own lines (a date, "Original: English").
      const indentedBody = /^\t/.test(lines[j].text) && !marks[j] && !FRONT_MATTER_DATE.test(t);
      if (isHeadingStart(t) || (t.length > 150 && !sawAgenda) || t.length > 600 || indentedBody) break;
      if (AGENDA_LINE.test(t)) {
        sawAgenda = true;
        agendaLine = j;
        titlesLeft = Math.max(1, t.match(AGENDA_ITEM)?.length ?? 0);
      }
      marks[j] ??= 'masthead';
      i = j;
    }
  }
}

function markMastheadDate(i: number, trimmed: string[], marks: (ArtefactKind | undefined)[]): void {
  for (const j of [i - 1, i + 1]) {
    if (j >= 0 && j < trimmed.length && !marks[j] && FRONT_MATTER_DATE.test(trimmed[j])) {
      const neighbour = j + (j - i);
      if (marks[neighbour] === 'masthead' || marks[neighbour] === 'page-header' || marks[i] === 'masthead') marks[j] = 'masthead';
    }
  }
}

/** A draft's header: "Algeria, Denmark and Somalia: draft resolution". */
const DRAFT_HEADER = /^[^:]{2,300}:\s*(?:revised\s+)?draft\s+(?:resolution|decision)\s*$/;
const HEADING_START = /^(?:(?:Revised d|D)raft resolution\b|Resolutions? adopted by|\[(?:without reference|on the (?:report|recommendation)|on a proposal|on the basis of)|Adopted by the|Resolution \d|Statement by the President|The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b|(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.(?:\s|$))/;

/** Headings that end a masthead's agenda title. */
export function isHeadingStart(t: string): boolean {
  return HEADING_START.test(t) || isDraftHeader(t);
}

/** DRAFT_HEADER reads up to 300 characters for its colon: only tried on lines that end as it needs. */
export function isDraftHeader(t: string): boolean {
  let end = t.length;
  while (end > 0 && isSpace(t.charCodeAt(end - 1))) end--;
  return (t.endsWith('resolution', end) || t.endsWith('decision', end)) && DRAFT_HEADER.test(t);
}

/**
 * In PDF copies each page repeats the title under the symbol. Lines next to another page-header
 * mark that repeat a title line of the document are running headers too.
 */
function markRunningTitles(trimmed: string[], marks: (ArtefactKind | undefined)[]): void {
  const titleText = findTitleText(trimmed, marks);
  if (!titleText || titleText.length < 8) return;
  // A running title follows the symbol line of a page header, possibly over several lines, until
  // a header line holds the title's end (one that spreads the symbol and the whole title, as
  // pdftotext -layout sets it, is followed by text, even text that repeats the title's last words).
  const titleEnd = titleText.slice(-TITLE_END_LENGTH);
  const afterHeader = (i: number): boolean => {
    const j = lineWithTextBefore(trimmed, i);
    return j >= 0 && j >= i - 3 && marks[j] === 'page-header' && !normalizeSpace(trimmed[j]).includes(titleEnd);
  };
  for (let i = 0; i < trimmed.length; i++) {
    const t = trimmed[i];
    // (A short line only as the title's last: "74/257" under "... 69/253 and".)
    if (marks[i] || t === '' || (t.length < 8 && !(marks[i - 1] === 'page-header' && titleText.endsWith(t))) || !afterHeader(i)) continue;
    if (titleText.includes(normalizeSpace(t))) marks[i] = 'page-header';
  }
  // On odd pages the title comes first, right above the symbol: the lines there that spell the
  // title from its start (not a heading's last words that happen to end a page).
  for (let header = 1; header < trimmed.length; header++) {
    if (marks[header] !== 'page-header' || marks[header - 1]) continue;
    let spelled = '';
    for (let first = header - 1; first >= 0 && first >= header - 3 && trimmed[first] !== '' && !marks[first]; first--) {
      spelled = spelled ? `${trimmed[first]} ${spelled}` : trimmed[first];
      if (spelled.length < 8 || !titleText.startsWith(normalizeSpace(spelled))) continue;
      for (let j = first; j < header; j++) marks[j] = 'page-header';
      break;
    }
  }
}

/** How much of a title's end shows that a header line holds the whole title. */
const TITLE_END_LENGTH = 20;

/**
 * PDF extracts that dropped the page headers still repeat the title alone on a line. Not the
 * title of a text the resolution adopts or annexes, which often has the resolution's own title:
 * "Adopts the following Pact for the Future and its annexes:" + "The Pact for the Future", or
 * "Annex" (+ "Decision I (70)") + the title.
 */
function markRepeatedTitle(trimmed: string[], marks: (ArtefactKind | undefined)[]): void {
  const found = findTitle(trimmed, marks);
  if (!found || found.text.length < 20) return;
  for (let i = found.end; i < trimmed.length; i++) {
    const t = trimmed[i];
    // Compare lengths first: normalizing every line of a long text would cost more than the parse.
    if (!marks[i] && t.length >= 20 && Math.abs(t.length - found.text.length) <= 12 && normalizeSpace(t) === found.text && !titlesAText(trimmed, i)) marks[i] = 'page-header';
  }
}

/**
 * Whether line `i` titles a text: the last line with text before it ends with a colon (and any
 * closing quote), or that line or the one before it is an annex heading.
 */
function titlesAText(trimmed: string[], i: number): boolean {
  const previous = lineWithTextBefore(trimmed, i);
  if (previous < 0) return false;
  if (/:[”"’)]*$/.test(trimmed[previous])) return true;
  const before = lineWithTextBefore(trimmed, previous);
  return ANNEX_HEADING.test(trimmed[previous]) || (before >= 0 && ANNEX_HEADING.test(trimmed[before]));
}

function lineWithTextBefore(trimmed: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && trimmed[j] === '') j--;
  return j;
}

/** "Annex", "Annex II", "Appendix" alone on a line. */
const ANNEX_HEADING = /^(?:Annex(?:es)?|Appendix|Enclosure|Attachment)(?:\s+(?:[IVXL]{1,6}|[A-Z]|\d{1,2}))?\.?$/;

/** The title text of the document ("Cooperation between ..."), joined over wrapped lines. */
function findTitleText(trimmed: string[], marks: (ArtefactKind | undefined)[]): string | undefined {
  return findTitle(trimmed, marks)?.text;
}

function findTitle(trimmed: string[], marks: (ArtefactKind | undefined)[]): { text: string; end: number } | undefined {
  for (let i = 0; i < trimmed.length && i < 400; i++) {
    if (marks[i]) continue;
    const m = /^(?:(?:S|ES)-)?\d{1,4}\/\d{1,4}\.(?:\s+(.+))?$/.exec(trimmed[i]);
    if (!m) continue;
    // The number alone on its line (a PDF extraction's "80/4."), its title on the next one.
    if (m[1] === undefined) {
      while (i + 1 < trimmed.length && trimmed[i + 1] === '') i++;
      if (i + 1 >= trimmed.length || marks[i + 1]) return undefined;
      i++;
    }
    let title = m[1] ?? trimmed[i];
    let end = i + 1;
    // Titles wrap over several lines in PDF copies, sometimes after a comma.
    for (let j = i + 1; j < trimmed.length && j < i + 6 && trimmed[j] !== '' && !marks[j]; j++) {
      // (Not at a colon: "The role of diamonds in fuelling conflict:" + "breaking the link ...".)
      if (isHeadingStart(trimmed[j]) || /[.;]$/.test(title)) break;
      title += ' ' + trimmed[j];
      end = j + 1;
    }
    return { text: normalizeSpace(title), end };
  }
  return undefined;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
