/**
 * Small resolutions written inline in the layout of the UN plain-text export (TAB-indented
 * preamble, "<TAB>1.<TAB>Decides ...;" operative paragraphs, "(a)" sub-paragraphs, closing
 * meeting/date lines, footnotes after the body), and the rule cases built from them: drafts that
 * must trigger a rule (with the lines where it must land) and near misses that must not.
 *
 * Expected lines are named by a piece of text of the line (`at`), never by a line number, so they
 * follow the draft when it changes.
 */

export const ADOPTION = 'Resolution adopted by the General Assembly on 7 December 2020';
export const COMMITTEE = '[without reference to a Main Committee (A/75/L.99)]';

/** Operative verbs for generated paragraphs, one per paragraph so each line is unique. */
const VERBS = [
  'Decides to consider the question at its next session',
  'Requests the Secretary-General to report on the implementation of the present resolution',
  'Calls upon all Member States to cooperate fully with the Special Rapporteur',
  'Encourages States to share their experience and good practices',
  'Invites the relevant organizations to contribute to the work of the Committee',
  'Welcomes the efforts made by the Office of the High Commissioner',
  'Urges all parties to respect their obligations under international law',
  'Stresses the importance of international cooperation in this regard',
  'Emphasizes the need for adequate resources for the programme',
  'Reaffirms its commitment to the principles of the Charter',
  'Notes with appreciation the work of the Working Group',
  'Underlines the role of regional organizations',
  'Acknowledges the contribution of civil society',
  'Recognizes the progress made since the adoption of its previous resolution',
  'Expresses its concern at the lack of progress',
  'Takes note of the report of the Secretary-General',
  'Appeals to donors to provide voluntary contributions',
  'Commends the Member States that have ratified the Convention',
  'Supports the continuation of the dialogue between the parties',
  'Affirms the importance of the Declaration',
];

export function verb(n: number): string {
  return `${VERBS[(n - 1) % VERBS.length]}${n > VERBS.length ? ` (part ${Math.ceil(n / VERBS.length)})` : ''}`;
}

/** "<TAB>n.<TAB>text" */
export function op(n: number | string, text: string): string {
  return `\t${n}.\t${text}`;
}

/** "<TAB><TAB...>label<TAB>text" */
export function sub(label: string, text: string, depth = 1): string {
  return `${'\t'.repeat(depth)}${label}\t${text}`;
}

/**
 * Operative paragraphs numbered as `numbers` says (default 1..count), each with its own verb, ";"
 * after each and "." after the last. `text` overrides the text of the paragraph at an index (0-based).
 */
export function operatives(numbers: ReadonlyArray<number | string>, text: Readonly<Record<number, string>> = {}): string[] {
  return numbers.map((n, i) => op(n, `${text[i] ?? verb(i + 1)}${i === numbers.length - 1 ? '.' : ';'}`));
}

export function range(count: number, from = 1): number[] {
  return Array.from({ length: count }, (_, i) => i + from);
}

export const PREAMBLE = ['Recalling its previous resolutions on the subject,', 'Noting the report of the Secretary-General,'];

export interface DraftOptions {
  readonly symbol?: string;
  readonly title?: string;
  readonly formula?: string;
  /** Preambular paragraphs without their TAB (default: two). */
  readonly preamble?: readonly string[];
  /** Operative lines as printed (with their TABs). */
  readonly operative: readonly string[];
  /** Footnotes as printed ("1 A/75/1."). */
  readonly notes?: readonly string[];
}

/** A General Assembly resolution in the export layout. */
export function draft(options: DraftOptions): string {
  const lines = [
    ADOPTION,
    COMMITTEE,
    `${options.symbol ?? '75/999'}.\t${options.title ?? 'Strengthening cooperation on a test subject'}`,
    `\t${options.formula ?? 'The General Assembly,'}`,
    ...(options.preamble ?? PREAMBLE).map((p) => `\t${p}`),
    ...options.operative,
    '',
    '37th plenary meeting',
    '7 December 2020',
  ];
  if (options.notes?.length) lines.push('', ...options.notes);
  return lines.join('\n') + '\n';
}

/** A resolution with parts "A" and "B", each with its title, formula, preamble, numbering and closing. */
export function twoParts(a: readonly string[], b: readonly string[]): string {
  return [
    ADOPTION,
    COMMITTEE,
    '75/998.\tQuestions relating to information',
    'A',
    'Information in the service of humanity',
    '\tThe General Assembly,',
    '\tTaking note of the comprehensive report of the Committee on Information,',
    ...a,
    '',
    '37th plenary meeting',
    '7 December 2020',
    'B',
    'United Nations global communications policies and activities',
    '\tThe General Assembly,',
    '\tEmphasizing the role of the Committee on Information,',
    ...b,
    '',
    '37th plenary meeting',
    '7 December 2020',
  ].join('\n') + '\n';
}

/** An Economic and Social Council resolution that recommends a draft to the General Assembly. */
export function withEmbeddedDraft(outer: readonly string[], inner: readonly string[], after: readonly string[] = []): string {
  return [
    'Resolution adopted by the Economic and Social Council on 22 July 2021',
    '[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2021/30)]',
    '2021/99.\tFollow-up to the Fourteenth United Nations Congress',
    '\tThe Economic and Social Council,',
    '\tRecalling its previous resolutions on crime prevention,',
    ...outer,
    '\tThe General Assembly,',
    '\tEmphasizing the responsibility assumed by the United Nations in the field of crime prevention,',
    ...inner,
    ...after,
    '',
    '13th plenary meeting',
    '22 July 2021',
  ].join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// The rule cases

export interface RuleCase {
  readonly name: string;
  readonly code: string;
  readonly text: string;
  /** Pieces of the lines where the diagnostics of `code` land: the exact set of lines (empty: a near miss). */
  readonly at: readonly string[];
  /** Which occurrence of each `at` needle (1-based), when the needle repeats. */
  readonly occurrence?: readonly number[];
  /** A near miss must be free of every warning and error, not only of `code` (false for drafts that keep another fault on purpose). */
  readonly clean?: boolean;
}

const LIST_INTRO = 'Decides that the programme shall include the following elements:';
const items = (labels: readonly string[], depth = 1): string[] =>
  labels.map((label, i) => sub(label, `Element number ${i + 1} of the programme;`, depth));
const letters = (count: number): string[] => range(count).map((n) => `(${n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + n - 26).repeat(2)})`);
const listDraft = (labels: readonly string[]): string => draft({ operative: [op(1, LIST_INTRO), ...items(labels), ...operatives([2, 3])] });

/** Footnoted preamble: marker after a year and a comma, as the export prints them ("2012,1"). */
const footnoted = (markers: readonly string[]): string[] => [
  `Recalling the Declaration on the subject adopted in 2011,${markers[0] ?? ''}`,
  `Noting the Convention of 2012,${markers[1] ?? ''}`,
  ...(markers.length > 2 ? [`Noting also the Plan of Action of 2013,${markers[2]}`] : []),
];

/**
 * A budget text's two sections, the second opening with an unnumbered "Recalls ...," over its
 * paragraphs numbered from 1, with `between` (a page break, or nothing) before its paragraph 1.
 */
function budgetSections(between: readonly string[]): string {
  return draft({
    operative: [
      '\tI',
      '\tSpecial subjects',
      op(1, 'Approves the revised estimates;'),
      op(2, 'Decides to keep the matter under review;'),
      '\tII',
      '\tContingency fund',
      '\tRecalls its resolution 77/263 A, in which the level of the contingency fund for the year 2024 was set at 0.75 per cent of the approved programme budget for 2023, or 25,472,300 dollars,',
      ...between,
      op(1, 'Notes that a balance of 876,600 dollars remains in the contingency fund for 2024;'),
      op(2, 'Decides that the balance shall be carried over.'),
    ],
  });
}

export const RULE_CASES: readonly RuleCase[] = [
  // ---- operative numbers ------------------------------------------------------------------
  { name: 'gap: 1, 2, 4, 5', code: 'operative-gap', text: draft({ operative: operatives([1, 2, 4, 5]) }), at: ['\t4.\t'] },
  { name: 'near miss: 1 to 5', code: 'operative-gap', text: draft({ operative: operatives(range(5)) }), at: [] },
  { name: 'duplicate: 1, 2, 2, 3', code: 'operative-duplicate', text: draft({ operative: operatives([1, 2, 2, 3]) }), at: ['\t2.\t'], occurrence: [2] },
  { name: 'near miss: 1, 2, 3', code: 'operative-duplicate', text: draft({ operative: operatives(range(3)) }), at: [] },
  { name: 'swap: 1, 3, 2, 4', code: 'operative-out-of-order', text: draft({ operative: operatives([1, 3, 2, 4]) }), at: ['\t3.\t', '\t2.\t'] },
  { name: 'near miss: 1 to 4', code: 'operative-out-of-order', text: draft({ operative: operatives(range(4)) }), at: [] },
  { name: 'start at 2', code: 'operative-start', text: draft({ operative: operatives([2, 3, 4]) }), at: ['\t2.\t'] },
  { name: 'near miss: start at 1', code: 'operative-start', text: draft({ operative: operatives([1, 2, 3]) }), at: [] },
  { name: 'restart at 1 inside one scope', code: 'operative-restart', text: draft({ operative: operatives([1, 2, 3, 1, 2]) }), at: ['\t1.\t'], occurrence: [2] },
  {
    name: 'near miss: restart after a section heading "II" + title',
    code: 'operative-restart',
    text: draft({ operative: ['\tI', '\tProgramme budget for 2021', ...operatives([1, 2]).map((l) => l.replace(/\.$/, ';')), '\tII', '\tSpecial subjects relating to the programme budget', ...operatives([1, 2], { 0: verb(3), 1: verb(4) })] }),
    at: [],
  },
  {
    name: 'near miss: numbering continues across sections',
    code: 'operative-restart',
    text: draft({ operative: ['\tI', '\tProgramme budget for 2021', ...operatives([1, 2]).map((l) => l.replace(/\.$/, ';')), '\tII', '\tSpecial subjects relating to the programme budget', ...operatives([3, 4], { 0: verb(3), 1: verb(4) })] }),
    at: [],
  },
  { name: 'near miss: restart in part B (letter, title, formula)', code: 'operative-restart', text: twoParts(operatives([1, 2, 3]), operatives([1, 2])), at: [] },
  {
    name: 'near miss: restart in an embedded draft ("Recommends ... the following draft resolution:" + "The General Assembly,")',
    code: 'operative-restart',
    text: withEmbeddedDraft(
      [op(1, 'Welcomes the outcome of the Congress;'), op(2, 'Recommends to the General Assembly the adoption of the following draft resolution:')],
      operatives([1, 2, 3]),
    ),
    at: [],
  },
  {
    name: 'unnumbered paragraph between numbered ones',
    code: 'operative-unnumbered',
    text: draft({ operative: [op(1, `${verb(1)};`), `\t${verb(2)};`, op(2, `${verb(3)};`), op(3, `${verb(4)}.`)] }),
    at: [`\t${verb(2)};`],
  },
  {
    name: 'unnumbered paragraph right after a paragraph with a list',
    code: 'operative-unnumbered',
    text: draft({ operative: [op(1, LIST_INTRO), ...items(['(a)', '(b)']), `\t${verb(2)};`, op(2, `${verb(3)};`), op(3, `${verb(4)}.`)] }),
    at: [`\t${verb(2)};`],
  },
  { name: 'near miss: a single unnumbered operative paragraph', code: 'operative-unnumbered', text: draft({ operative: [`\tEndorses the political declaration annexed to the present resolution.`] }), at: [] },
  {
    name: 'negotiation draft: a PP label used twice, and one lower than a label before it',
    code: 'preambular-label',
    text: draft({ preamble: ['PP1\tRecalling its previous resolutions on the subject,', 'PP2\tNoting the report of the Secretary-General,', 'PP2\tWelcoming the work of the Committee,', 'PP1 bis\tReaffirming the Charter of the United Nations,'], operative: operatives(['OP1', 'OP2']).map((line) => line.replace('.\t', '\t')) }),
    at: ['PP2\tWelcoming', 'PP1 bis\tReaffirming'],
  },
  {
    name: 'near miss: negotiation draft with an inserted PP2 bis, an alternative PP3 alt and PP4 left unused',
    code: 'preambular-label',
    text: draft({ preamble: ['PP1\tRecalling its previous resolutions on the subject,', 'PP2\tNoting the report of the Secretary-General,', 'PP2 bis\tWelcoming the work of the Committee,', 'PP3\tReaffirming the Charter of the United Nations,', 'PP3 alt\tReaffirming also the Charter,', 'PP5\tBearing in mind the mandate of the Council,'], operative: operatives(['OP1', 'OP2']).map((line) => line.replace('.\t', '\t')) }),
    at: [],
  },
  { name: 'malformed: "3 Calls upon"', code: 'operative-number-malformed', text: draft({ operative: [op(1, `${verb(1)};`), op(2, `${verb(2)};`), '\t3 Calls upon all States to act;', op(4, `${verb(4)}.`)] }), at: ['\t3 Calls upon'] },
  { name: 'malformed: "232 .Recognizes"', code: 'operative-number-malformed', text: draft({ operative: [op(1, `${verb(1)};`), '\t2 .Recognizes the need for better understanding;', op(3, `${verb(3)}.`)] }), at: ['\t2 .Recognizes'] },
  { name: 'malformed: "l." for "1."', code: 'operative-number-malformed', text: draft({ operative: ['\tl.\tDecides to designate 12 May as the International Day;', op(2, `${verb(2)};`), op(3, `${verb(3)}.`)] }), at: ['\tl.\tDecides'] },
  { name: 'malformed: "6.\\u200e Reaffirms"', code: 'operative-number-malformed', text: draft({ operative: [op(1, `${verb(1)};`), '\t2.\u200e Reaffirms its decision to establish the programme;', op(3, `${verb(3)}.`)] }), at: ['Reaffirms its decision'] },
  { name: 'malformed: "4) Decides"', code: 'operative-number-malformed', text: draft({ operative: [op(1, `${verb(1)};`), '\t2)\tDecides to remain seized of the matter;', op(3, `${verb(3)}.`)] }), at: ['\t2)\t'] },
  {
    name: 'near miss: a date line that starts with a number ("17 October 2000;") and a letter "(l)"',
    code: 'operative-number-malformed',
    text: draft({
      operative: [
        op(1, 'Takes note of the Agreement concerning the relationship between the two organizations, entered into force on'),
        '\t17 October 2000;',
        op(2, LIST_INTRO),
        ...items(letters(12)),
        op(3, `${verb(3)}.`),
      ],
    }),
    at: [],
  },

  // ---- sub-paragraphs ---------------------------------------------------------------------
  { name: 'letter gap (a), (b), (d)', code: 'subparagraph-sequence', text: listDraft(['(a)', '(b)', '(d)']), at: ['\t(d)\t'] },
  { name: 'letter repeated (a), (b), (b), (c)', code: 'subparagraph-sequence', text: listDraft(['(a)', '(b)', '(b)', '(c)']), at: ['\t(b)\t'], occurrence: [2] },
  { name: 'near miss: (a), (b), (c)', code: 'subparagraph-sequence', text: listDraft(['(a)', '(b)', '(c)']), at: [] },
  { name: 'near miss: (aa), (bb) after (z)', code: 'subparagraph-sequence', text: listDraft(letters(28)), at: [] },
  { name: '(bb) right after (z)', code: 'subparagraph-sequence', text: listDraft([...letters(26), '(bb)']), at: ['\t(bb)\t'] },
  { name: 'near miss: "(i)" after "(h)" is a letter', code: 'subparagraph-sequence', text: listDraft(letters(10)), at: [] },
  { name: '"(k)" after the letter "(i)" after "(h)"', code: 'subparagraph-sequence', text: listDraft([...letters(9), '(k)']), at: ['\t(k)\t'] },
  {
    name: 'roman gap (i), (ii), (iv)',
    code: 'subparagraph-sequence',
    text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Measures to be taken:'), ...items(['(i)', '(ii)', '(iv)'], 2), sub('(b)', 'Other measures;'), ...operatives([2, 3])] }),
    at: ['\t(iv)\t'],
  },
  {
    name: 'near miss: roman (i), (ii), (iii) under (a)',
    code: 'subparagraph-sequence',
    text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Measures to be taken:'), ...items(['(i)', '(ii)', '(iii)'], 2), sub('(b)', 'Other measures;'), ...operatives([2, 3])] }),
    at: [],
  },
  {
    name: 'nested list in the style of its parent: (a) inside (a)',
    code: 'subparagraph-level',
    text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Measures to be taken:'), ...items(['(a)', '(b)'], 2), sub('(b)', 'Other measures;'), ...operatives([2, 3])] }),
    at: ['\t\t(a)\t'],
  },
  {
    name: 'near miss: (i) inside (a)',
    code: 'subparagraph-level',
    text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Measures to be taken:'), ...items(['(i)', '(ii)'], 2), sub('(b)', 'Other measures;'), ...operatives([2, 3])] }),
    at: [],
  },
  { name: 'mixed styles "(b)" then "c."', code: 'subparagraph-mixed-style', text: listDraft(['(a)', '(b)', 'c.']), at: ['\tc.\t'] },
  { name: 'near miss: "a.", "b.", "c." throughout', code: 'subparagraph-mixed-style', text: listDraft(['a.', 'b.', 'c.']), at: [] },
  { name: '"v)" in a "(i)" list', code: 'subparagraph-label-malformed', text: listDraft(['(i)', '(ii)', '(iii)', '(iv)', 'v)', '(vi)']), at: ['\tv)\t'] },
  { name: 'near miss: "a) b) c)" throughout a list (Spanish style)', code: 'subparagraph-label-malformed', text: listDraft(['a)', 'b)', 'c)']), at: [] },

  // ---- footnotes --------------------------------------------------------------------------
  { name: 'marker with no footnote ("2013,3" with notes 1-2)', code: 'footnote-missing', text: draft({ preamble: footnoted(['1', '2', '3']), operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.'] }), at: ['of Action of 2013,3'] },
  {
    name: 'near miss: every marker has its note; "50 km2" and "Rev.1" are no markers',
    code: 'footnote-missing',
    text: draft({ preamble: [...footnoted(['1', '2']), 'Noting the loss of 50 km2 of forest reported in document A/75/100/Rev.1,'], operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.'] }),
    at: [],
  },
  { name: 'unreferenced footnote', code: 'footnote-unreferenced', text: draft({ preamble: footnoted(['1', '']), operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.'] }), at: ['2 A/67/2.'] },
  { name: 'near miss: both notes referenced', code: 'footnote-unreferenced', text: draft({ preamble: footnoted(['1', '2']), operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.'] }), at: [] },
  {
    name: 'near miss: marker glued after a resolution number ("resolution 48/2,2", A/HRC/RES/57/17)',
    code: 'footnote-unreferenced',
    text: draft({ preamble: ['Recalling the Declaration on the subject adopted in 2011,1', 'Welcoming the report submitted pursuant to Council resolution 48/2,2 and the work of the Office,'], operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/HRC/54/44.'] }),
    at: [],
  },
  {
    name: 'near miss: markers a PDF copy set apart ("Rights, 1 the", "Governors”; 2 item", "freedoms 3 and")',
    code: 'footnote-unreferenced',
    text: draft({
      preamble: ['Recalling the Universal Declaration of Human Rights, 1 the Covenants and the decisions on the Board of Governors”; 2 item 15 entitled “Elections”,', 'Noting the respect for fundamental freedoms 3 and the rule of law,'],
      operative: operatives(range(2)),
      notes: ['1 Resolution 217 A (III).', '2 See GC(69)/RES/DEC(2025).', '3 A/67/2.'],
    }),
    at: [],
  },
  {
    name: 'spaced numbers that are no markers: a list, a count, a date, a reference',
    code: 'footnote-unreferenced',
    text: draft({
      preamble: [
        'Recalling paragraphs 1, 2 and 3 of its resolution 74/1, and the Conference, which shall comprise 2 plenary meetings,',
        'Noting the meeting held in Geneva, 3 December 2019, under article 3 of the Convention,',
      ],
      operative: operatives(range(2)),
      notes: ['1 A/66/1.', '2 A/67/2.', '3 A/68/3.'],
    }),
    at: ['1 A/66/1.', '2 A/67/2.', '3 A/68/3.'],
  },
  { name: 'footnote number repeated (export layout)', code: 'footnote-order', text: draft({ preamble: footnoted(['1', '2']), operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.', '2 A/67/3.'] }), at: ['2 A/67/3.'] },
  { name: 'footnotes out of order (export layout)', code: 'footnote-order', text: draft({ preamble: footnoted(['1', '2', '3']), operative: operatives(range(2)), notes: ['1 A/66/1.', '3 A/68/3.', '2 A/67/2.'] }), at: ['2 A/67/2.'] },
  { name: 'footnote number repeated (Markdown "[^2]:")', code: 'footnote-order', text: draft({ preamble: footnoted(['[^1]', '[^2]']), operative: operatives(range(2)), notes: ['[^1]: A/66/1.', '[^2]: A/67/2.', '[^2]: A/67/3.'] }), at: ['[^2]: A/67/3.'] },
  { name: 'near miss: notes 1, 2, 3 in order', code: 'footnote-order', text: draft({ preamble: footnoted(['1', '2', '3']), operative: operatives(range(2)), notes: ['1 A/66/1.', '2 A/67/2.', '3 A/68/3.'] }), at: [] },

  // ---- cross-references -------------------------------------------------------------------
  { name: '"paragraph 12 above" with 6 paragraphs', code: 'cross-reference-missing', text: draft({ operative: operatives(range(6), { 4: 'Requests the Secretary-General to implement paragraph 12 above' }) }), at: ['paragraph 12 above'] },
  { name: 'near miss: "paragraph 3 above"', code: 'cross-reference-missing', text: draft({ operative: operatives(range(6), { 4: 'Requests the Secretary-General to implement paragraph 3 above' }) }), at: [] },
  { name: '"paragraphs 3 to 5 of the present resolution" with 4 paragraphs', code: 'cross-reference-missing', text: draft({ operative: operatives(range(4), { 1: 'Decides that paragraphs 3 to 5 of the present resolution shall apply' }) }), at: ['paragraphs 3 to 5'] },
  { name: 'near miss: "paragraphs 3 to 5 of the present resolution" with 6 paragraphs', code: 'cross-reference-missing', text: draft({ operative: operatives(range(6), { 1: 'Decides that paragraphs 3 to 5 of the present resolution shall apply' }) }), at: [] },
  {
    name: '"subparagraph (c) of paragraph 4 above" when 4 has (a) and (b)',
    code: 'cross-reference-missing',
    text: draft({ operative: [...operatives(range(3)).map((l) => l.replace(/\.$/, ';')), op(4, LIST_INTRO), ...items(['(a)', '(b)']), ...operatives([5, 6], { 0: 'Requests the implementation of subparagraph (c) of paragraph 4 above' })] }),
    at: ['subparagraph (c) of paragraph 4 above'],
  },
  {
    name: 'near miss: "subparagraph (c) of paragraph 4 above" when 4 has (a) to (c)',
    code: 'cross-reference-missing',
    text: draft({ operative: [...operatives(range(3)).map((l) => l.replace(/\.$/, ';')), op(4, LIST_INTRO), ...items(['(a)', '(b)', '(c)']), ...operatives([5, 6], { 0: 'Requests the implementation of subparagraph (c) of paragraph 4 above' })] }),
    at: [],
  },
  { name: 'near miss: "paragraph 12 of its resolution 74/255" points elsewhere', code: 'cross-reference-missing', text: draft({ operative: operatives(range(3), { 1: 'Recalls paragraph 12 of its resolution 74/255' }) }), at: [] },
  { name: '"paragraph 2 below" pointing backwards', code: 'cross-reference-direction', text: draft({ operative: operatives(range(6), { 4: 'Requests the Secretary-General to implement paragraph 2 below' }) }), at: ['paragraph 2 below'] },
  { name: '"paragraph 5 above" pointing forwards', code: 'cross-reference-direction', text: draft({ operative: operatives(range(6), { 1: 'Requests the Secretary-General to implement paragraph 5 above' }) }), at: ['paragraph 5 above'] },
  { name: 'near miss: "paragraph 5 below" from paragraph 2', code: 'cross-reference-direction', text: draft({ operative: operatives(range(6), { 1: 'Requests the Secretary-General to implement paragraph 5 below' }) }), at: [] },

  // ---- punctuation ------------------------------------------------------------------------
  { name: 'preambular paragraph ending with ";"', code: 'punctuation-preambular', text: draft({ preamble: ['Recalling its previous resolutions on the subject;', PREAMBLE[1]], operative: operatives(range(2)) }), at: ['on the subject;'] },
  { name: 'preambular paragraph without its comma', code: 'punctuation-preambular', text: draft({ preamble: ['Recalling its previous resolutions on the subject', PREAMBLE[1]], operative: operatives(range(2)) }), at: ['on the subject'] },
  { name: 'near miss: preambular paragraphs end with commas', code: 'punctuation-preambular', text: draft({ operative: operatives(range(2)) }), at: [] },
  { name: 'operative paragraph ending with "," mid-sequence', code: 'punctuation-operative', text: draft({ operative: [op(1, `${verb(1)},`), ...operatives([2, 3], { 0: verb(2), 1: verb(3) })] }), at: [`${verb(1)},`] },
  {
    name: 'near miss: a budget section\'s unnumbered "Recalls ..., or 25,472,300 dollars," over its paragraphs from 1 (A/RES/78/253)',
    code: 'punctuation-operative',
    text: budgetSections([]),
    at: [],
  },
  {
    name: 'near miss: the same "Recalls ...," with a page break before paragraph 1 (a PDF copy of A/RES/80/243)',
    code: 'punctuation-operative',
    text: budgetSections(['', '25-00000\t3/4', 'A/RES/80/243\tSpecial subjects relating to the proposed programme budget for 2026', '']),
    at: [],
  },
  { name: 'last operative paragraph ending with ";"', code: 'punctuation-operative', text: draft({ operative: operatives(range(3)).map((l) => l.replace(/\.$/, ';')) }), at: [`${verb(3)};`] },
  { name: 'paragraph introducing a list with no colon', code: 'punctuation-operative', text: draft({ operative: [op(1, 'Decides that the programme shall include the following elements'), ...items(['(a)', '(b)']), ...operatives([2, 3])] }), at: ['the following elements'] },
  { name: 'near miss: ";" mid-sequence, ":" before a list, "." at the end', code: 'punctuation-operative', text: listDraft(['(a)', '(b)']), at: [] },
  { name: 'sub-paragraph with no closing punctuation', code: 'punctuation-subparagraph', text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Element number 1 of the programme'), sub('(b)', 'Element number 2 of the programme;'), ...operatives([2, 3])] }), at: ['Element number 1 of the programme'] },
  { name: 'last sub-paragraph of the resolution ending with ";"', code: 'punctuation-subparagraph', text: draft({ operative: [...operatives([1, 2]).map((l) => l.replace(/\.$/, ';')), op(3, LIST_INTRO), sub('(a)', 'Element number 1 of the programme;'), sub('(b)', 'Element number 2 of the programme;')] }), at: ['Element number 2 of the programme;'] },
  {
    name: 'near miss: "; or," where the sentence goes on after the list (S/RES/2231 (2015))',
    code: 'punctuation-subparagraph',
    text: draft({ operative: [op(1, 'Decides that the measures shall not apply to items:'), sub('(a)', 'required for the implementation of the plan; or,'), sub('(b)', 'approved in advance by the Committee,'), '\tprovided that the Committee is notified;', ...operatives([2, 3])] }),
    at: [],
  },
  {
    name: 'near miss: a headed group "(c) Humanitarian assistance" over its text (S/RES/2149 (2014))',
    code: 'punctuation-subparagraph',
    text: draft({ operative: [op(1, 'Decides that the mission shall have the following mandate:'), sub('(a)', 'Protection of civilians'), '\tTo protect civilians under threat of physical violence;', sub('(b)', 'Humanitarian assistance'), '\tTo facilitate the delivery of humanitarian assistance;', ...operatives([2, 3])] }),
    at: [],
  },
  {
    name: 'near miss: "; and" with a page break between the semicolon and its "and" (pdftotext -layout)',
    code: 'punctuation-subparagraph',
    text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Element number 1 of the programme;'), '', '      25-00000                                                  8/8', '\fA/RES/99/1', '', '      and', '', sub('(b)', 'Element number 2 of the programme;'), ...operatives([2, 3])] }),
    at: [],
  },
  { name: 'near miss: "; and" before the last sub-paragraph', code: 'punctuation-subparagraph', text: draft({ operative: [op(1, LIST_INTRO), sub('(a)', 'Element number 1 of the programme; and'), sub('(b)', 'Element number 2 of the programme;'), ...operatives([2, 3])] }), at: [] },

  // ---- part of speech ---------------------------------------------------------------------
  { name: '"Decides" in the preamble', code: 'part-of-speech', text: draft({ preamble: [PREAMBLE[0], 'Decides that the question is of the highest importance,', PREAMBLE[1]], operative: operatives(range(2)) }), at: ['\tDecides that the question'] },
  { name: '"Recalling" as an operative paragraph', code: 'part-of-speech', text: draft({ operative: operatives(range(3), { 1: 'Recalling its decision to convene the conference' }) }), at: ['Recalling its decision'] },
  {
    name: 'near miss: an annexed decision of a commission numbers its "Considering" paragraphs',
    code: 'part-of-speech',
    text: `${draft({ operative: operatives(range(2)) })}\tAnnex\n\tDecision I (70)\n\tThe Economic Commission for Europe,\n\t1.\tConsidering the decisions of the Council on energy;\n\t2.\tDecides to strengthen the role of the secretariat.\n`,
    at: [],
  },
  {
    name: 'near miss: "Further  emphasizing" spaced out by a justified line, or with a no-break space',
    code: 'part-of-speech',
    text: draft({ preamble: [PREAMBLE[0], 'Further  emphasizing that the continued role of the region will be critical,', 'Further\u00a0recalling its previous resolutions on the question,', PREAMBLE[1]], operative: operatives(range(2)) }),
    at: [],
  },
  { name: 'near miss: "Recalls" as an operative paragraph', code: 'part-of-speech', text: draft({ operative: operatives(range(3), { 1: 'Recalls its decision to convene the conference' }) }), at: [] },
  { name: 'numbered paragraph followed by preambular paragraphs', code: 'numbered-in-preamble', text: draft({ preamble: [PREAMBLE[0]], operative: [op(1, `${verb(1)};`), '\tNoting the report of the Secretary-General,', '\tWelcoming the work of the Committee,', ...operatives([2, 3], { 0: verb(2), 1: verb(3) })] }), at: ['\t1.\t'] },
  { name: 'near miss: preamble, then numbered paragraphs', code: 'numbered-in-preamble', text: draft({ operative: operatives(range(3)) }), at: [] },
];
