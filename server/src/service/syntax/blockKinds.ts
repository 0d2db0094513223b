/**
 * Second stage: what a block is, judged from its own text (and, for headings, from its
 * neighbours). Pure functions over strings; the tree builder decides where each block goes.
 */
import type { Organ } from './nodes';
import { endsParagraph } from './paragraphEnd';
import { matchRomanHeading } from './labels';
export { CLOSING, DATE_ONLY } from './closingLines';
import { matchLeadPhrase } from '../phrases/leadPhrases';
import { isUpper } from '../text/chars';

const ORGANS: Array<[RegExp, Organ]> = [
  [/General Assembly|Asamblea General|Assemblée générale/, 'GA'],
  [/Security Council|Consejo de Seguridad|Conseil de sécurité/, 'SC'],
  [/Economic and Social Council|Consejo Económico y Social|Conseil économique et social/, 'ECOSOC'],
  [/Human Rights Council|Consejo de Derechos Humanos|Conseil des droits de l[’']homme/, 'HRC'],
];

export function organIn(text: string): Organ {
  for (const [pattern, organ] of ORGANS) if (pattern.test(text)) return organ;
  return 'unknown';
}

/** The main organs as an enacting formula names them, in English, Spanish and French. */
const MAIN_ORGAN_EN = 'The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)';
const MAIN_ORGAN_ES_FR = "(?:La|El) (?:Asamblea General|Consejo de Seguridad|Consejo Económico y Social|Consejo de Derechos Humanos)|L[’']Assemblée générale|Le Conseil (?:de sécurité|économique et social|des droits de l[’']homme)";

/**
 * Other bodies whose decisions a resolution annexes or quotes: functional and regional
 * commissions ("The Economic Commission for Europe,", "The Commission on the Status of Women,"),
 * boards and conferences; and the parties to a treaty an annex holds ("The States Parties to the
 * present Convention,").
 */
const OTHER_BODY = 'The (?:Commission (?:on|for) [A-Z][A-Za-z ]+|Economic (?:and Social )?Commission for [A-Z][A-Za-z ]+|(?:Statistical|Peacebuilding) Commission|Conference of the Parties|Trusteeship Council|Trade and Development Board|United Nations Environment Assembly|(?:States )?Parties to (?:the present|this) (?:Convention|Protocol|Agreement|Treaty|Covenant))';

/**
 * "The General Assembly," — the enacting formula (no comma before a single unnumbered paragraph),
 * also in the Spanish and French texts ("El Consejo de Derechos Humanos,", "L’Assemblée générale,").
 */
export const FORMULA = new RegExp(`^(?:${MAIN_ORGAN_EN}|${OTHER_BODY}|${MAIN_ORGAN_ES_FR})\\s*,?\\s*$`);

/** Whether `text` is an enacting formula; only lines opening with "T", "L" or "E" are tried (this runs for nearly every line). */
export function isFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 84 || first === 76 || first === 69) && FORMULA.test(text);
}

/** A line that opens with a main organ's formula: a new part or an embedded draft begins there. */
export const FORMULA_LINE = new RegExp(`^(?:${MAIN_ORGAN_EN}|${MAIN_ORGAN_ES_FR})\\b.{0,40}$`);

/** Front-matter lines above the formula. */
export const HEADING =
  /^(?:Resolutions? adopted by the [A-Z]|\[(?:without reference to|on the (?:report|recommendation)s? of|on a proposal|adopted|on the basis of)\b[^\]]*\]$|Adopted by the (?:Security Council|General Assembly)|Adopted unanimously|Statement by the President of the Security Council|Draft resolution\b|Revised draft resolution\b|.{2,300}:\s*(?:revised )?draft resolution\s*$|Decision adopted by)/;

/**
 * One of the drafts a committee's report recommends, by its number: "Draft resolution I", "Draft
 * resolution II", "Draft decision", then its title and its own formula.
 */
export const NUMBERED_DRAFT = /^(?:Draft|Proposed draft) (?:resolution|decision)(?:\s+(?:[IVXL]{1,6}|[A-Z]|\d{1,2}))?$/;

/** "67/15.<TAB>Title", "S-24/2.", "2021/20.", "Resolution 1373 (2001)". */
export const GA_TITLE = /^((?:(?:S|ES)-)?\d{1,4}\/\d{1,4})\.[\s\u00a0]+(\S.*)$/s;
export const SC_TITLE = /^Resolution (\d{1,4}) \((\d{4})\)\s*$/;


export const ANNEX = /^(Annex(?:es)?|Appendix|Enclosure|Attachment)(?:[ \u00a0]+([IVXL]{1,6}|[A-Z]|\d{1,2}))?\b\.?(?:[ \t:.–—-]+(.*))?$/s;

/** A block made of figures only: a table cell of a budget resolution ("92 383 700", "(1 234)", "1"). */
export function isFigures(text: string): boolean {
  return /^[\d\s.,()%–—\-]+$/.test(text) && /\d/.test(text);
}

/**
 * A numbered heading run in with its sentence: a capitalized word, a number and a full stop, then
 * the sentence ("Action 1. We will take bold, ambitious ... actions ...", "Goal 2. End hunger ...").
 * It ends with a full stop as a paragraph does, but no paragraph opens with a word, a number and a
 * stop: paragraphs open with their own number, a label or a lead phrase.
 */
export const NUMBERED_HEADING = /^[A-Z][a-z]{2,14}[ \u00a0]\d{1,3}\.[ \t\u00a0]+[A-Z]/;

export function isNumberedHeading(text: string): boolean {
  return text.length <= 400 && isUpper(text.charCodeAt(0)) && NUMBERED_HEADING.test(text);
}

/**
 * A staff grade, a cell of the staffing tables of budget resolutions: "D-2", "P-4", "P-2/1",
 * "GS (PL)", "FS-5", "NO-B", "ASG". Like figures, it shows that the short lines around it are cells.
 */
const POST_GRADE = /^(?:USG|ASG|D-[12]|P-[1-7](?:\/[1-7])?|GS \((?:PL|OL)\)|FS-[1-7]|NO-?[A-D]|NGS|LL|G-[1-7]|L-[1-7])$/;

export function isTableCell(text: string): boolean {
  return isFigures(text) || POST_GRADE.test(text);
}

/**
 * A short title that ends with a colon, as some Security Council texts head their operative
 * groups ("United Nations and International Support:", "Reporting:"); a heading only where a
 * numbered paragraph follows.
 */
export const COLON_TITLE = /^[A-Z][^.;:!?]{0,78}:$/;

/** A note under a table: "Abbreviations: GS (OL), General Service (Other level); ...". */
export const TABLE_NOTE = /^(?:Abbreviations?|Notes?|Sources?)\s*:/;

/** A short line with no closing punctuation: a heading or a title. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  // UN headings run long ("Action 1. We will take bold, ambitious ... actions to implement ..."),
  // but never end with a paragraph's punctuation.
  if (t.length === 0 || t.length > 400 || endsParagraph(t)) return false;
  if (/^[a-z(]/.test(t)) return false;
  // Notes under a table, and paragraphs that open with a lead phrase, are not headings.
  if (TABLE_NOTE.test(t)) return false;
  const lead = matchLeadPhrase(t);
  if (lead && /^(?:,|\s+(?:its|their|the|that|also|further|with|all)\b)/.test(t.slice(lead.phrase.length))) return false;
  return true;
}

/** A section number line: "II", "II.", or "II.<TAB>Title" / "A.<TAB>Title" / "A" alone. */
export interface SectionLabel {
  readonly text: string;
  readonly rank: 'roman' | 'letter';
  readonly value: number;
  /** The title on the same line, if any. */
  readonly title: string;
}

export function matchSectionLabel(text: string): SectionLabel | undefined {
  const t = text.trim();
  const roman = matchRomanHeading(t);
  if (roman) {
    const title = t.slice(roman.length).trim();
    if (title === '' || looksLikeHeading(title)) return { text: t.slice(0, roman.length), rank: 'roman', value: roman.value, title };
  }
  const letter = /^([A-Z])\.?(?=[\s\u00a0]|$)/.exec(t);
  if (letter) {
    const title = t.slice(letter[0].length).trim();
    if (title === '' || (/^[\t\u00a0 ]/.test(t.slice(letter[0].length)) && looksLikeHeading(title) && letter[0].endsWith('.'))) {
      return { text: letter[0], rank: 'letter', value: letter[1].charCodeAt(0) - 64, title };
    }
  }
  return undefined;
}
