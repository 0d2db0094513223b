/**
 * Every diagnostic rule: its stable code, its default severity and a one-line summary. The README
 * documents each code under a heading of the same name, which `codeDescription` links to.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  readonly summary: string;
}

const RULE_LIST: readonly Rule[] = [
  { code: 'operative-gap', severity: 'warning', summary: 'An operative paragraph number is skipped.' },
  { code: 'operative-duplicate', severity: 'warning', summary: 'Two operative paragraphs carry the same number.' },
  { code: 'operative-out-of-order', severity: 'warning', summary: 'An operative paragraph number is lower than the one before it.' },
  { code: 'operative-start', severity: 'warning', summary: 'Operative numbering does not start at 1.' },
  { code: 'operative-restart', severity: 'warning', summary: 'Numbering restarts at 1 without a new section, part, annex or draft.' },
  { code: 'operative-unnumbered', severity: 'warning', summary: 'An unnumbered paragraph stands among numbered operative paragraphs.' },
  { code: 'preambular-label', severity: 'warning', summary: 'A preambular label of a draft under negotiation ("PP3") is used twice or out of order.' },
  { code: 'operative-number-malformed', severity: 'warning', summary: 'A paragraph number is mistyped ("3 Calls upon", "232 .", "l.", "4)", an invisible mark).' },
  { code: 'subparagraph-sequence', severity: 'warning', summary: 'A sub-paragraph letter or roman numeral is skipped or repeated.' },
  { code: 'subparagraph-level', severity: 'warning', summary: 'A sub-paragraph list repeats the style of a list it is nested in.' },
  { code: 'subparagraph-mixed-style', severity: 'warning', summary: 'Sub-paragraphs at one level mix label styles ("(b)" then "c.").' },
  { code: 'subparagraph-label-malformed', severity: 'warning', summary: 'A sub-paragraph label is missing a parenthesis ("v)").' },
  { code: 'footnote-missing', severity: 'warning', summary: 'A footnote marker has no footnote.' },
  { code: 'footnote-unreferenced', severity: 'information', summary: 'No marker in the text refers to a footnote.' },
  { code: 'footnote-order', severity: 'warning', summary: 'Footnote numbers are duplicated or out of order.' },
  { code: 'cross-reference-missing', severity: 'warning', summary: 'A reference such as "paragraph 12 above" points to a paragraph that does not exist.' },
  { code: 'cross-reference-direction', severity: 'warning', summary: '"above" points forwards or "below" points backwards.' },
  { code: 'citation-date-mismatch', severity: 'warning', summary: 'A cited date contradicts the adoption date in the catalogue.' },
  { code: 'citation-date-inconsistent', severity: 'warning', summary: 'The same resolution is cited with two different dates.' },
  { code: 'citation-impossible', severity: 'warning', summary: 'A cited symbol cannot exist (a Security Council year before 1946, a future session).' },
  { code: 'punctuation-preambular', severity: 'information', summary: 'A preambular paragraph does not end with a comma.' },
  { code: 'punctuation-operative', severity: 'information', summary: 'An operative paragraph does not end with ";" (":" before a list, "." at the end).' },
  { code: 'punctuation-subparagraph', severity: 'information', summary: 'A sub-paragraph does not end with ";" ("; and" before the last one).' },
  { code: 'part-of-speech', severity: 'hint', summary: 'A preambular paragraph opens like an operative one, or the reverse.' },
  { code: 'numbered-in-preamble', severity: 'hint', summary: 'A numbered paragraph stands inside the preamble.' },
  { code: 'analysis-limited', severity: 'information', summary: 'The document is too large to analyse in full; some checks were skipped.' },
];

export const RULES: ReadonlyMap<string, Rule> = new Map(RULE_LIST.map((rule) => [rule.code, rule]));

export const RULE_CODES: readonly string[] = RULE_LIST.map((rule) => rule.code);

/** Where the README documents a rule (its heading anchor is the code itself). */
export const RULES_DOC_URL = 'https://github.com/un-resolution-tools/un-resolution-language-support#';

export function ruleDocUrl(code: string): string {
  return RULES_DOC_URL + code;
}

/** Reads the user's `{ code: severity }` map, ignoring unknown codes and invalid values. */
export function resolveSeverities(settings: unknown): Map<string, SeveritySetting> {
  const out = new Map<string, SeveritySetting>();
  for (const rule of RULE_LIST) out.set(rule.code, rule.severity);
  if (settings && typeof settings === 'object' && !Array.isArray(settings)) {
    for (const [code, value] of Object.entries(settings as Record<string, unknown>)) {
      if (RULES.has(code) && (value === 'error' || value === 'warning' || value === 'information' || value === 'hint' || value === 'off')) {
        out.set(code, value);
      }
    }
  }
  return out;
}
