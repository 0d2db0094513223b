/**
 * Outlines of PDF copies wrapped at whatever width the extraction chose: what lands at a line
 * start there (an item of a list run into a sentence, a date, a document symbol that ends a note,
 * the last sponsors of a draft, the rest of a numbered paragraph) stays where it belongs.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService, parseResolution, type SyntaxNode } from '../../server/src/service';

const service = createLanguageService();

function tree(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...tree(symbol.children ?? [], depth + 1)]);
}

const outlineOf = (lines: readonly string[]): string[] => tree(service.outline(lines.join('\n')));
/** Each symbol's first word (a label, a lead phrase's first word), indented as in the outline. */
const shapeOf = (outline: readonly string[]): string[] => outline.map((line) => line.replace(/^( *\S+).*$/, '$1'));

test('a list run into a sentence, its items in lower case or its first label at a line end, stays in its paragraph', () => {
  const outline = outlineOf([
    'The General Assembly,',
    '',
    '1. Requests the Secretary-General to ensure that the procurement process is in full',
    'compliance with the general principles of financial regulation 5.12, namely, (a) best value for money;',
    '(b) fairness, integrity and transparency; (c) effective international competition; and (d) the',
    'interest of the United Nations;',
    '',
    '2. Appropriates an amount of 13,196,200 dollars, comprising (a)',
    '1,214,800 dollars under section 29G, United Nations Office at Nairobi;',
    '(b) 11,748,100 dollars under section 33, Construction; and (c) 233,300 dollars under section',
    '34, Safety and security;',
    '',
    '3. Decides that the review shall cover:',
    '(a) the procurement process referred to in paragraph 1 above;',
    '(b) the appropriation referred to in paragraph 2 above.',
  ]);
  assert.deepEqual(shapeOf(outline), ['1.', '2.', '3.', '  (a)', '  (b)'], outline.join('\n'));
});

test('a list label that is a reference ("subparagraph (a) of") opens no run-in list', () => {
  const outline = outlineOf([
    'The General Assembly,',
    '',
    '1. Decides that the measures set out in subparagraph (a) of paragraph 3 shall apply, as follows:',
    '(a) To freeze the funds of the persons so designated;',
    '(b) To prevent their entry into or transit through the territories of Member States.',
  ]);
  assert.deepEqual(shapeOf(outline), ['1.', '  (a)', '  (b)'], outline.join('\n'));
});

const NOTES_WRAPPED = [
  'The General Assembly,',
  '',
  'Recalling the Johannesburg Plan of Implementation,1 and the decision on biodiversity,2',
  '',
  '1. Decides to remain seized of the matter.',
  '',
  '40th plenary meeting',
  '9 December 2022',
  '',
  '1 See Report of the World Summit on Sustainable Development, Johannesburg, South Africa,',
  '26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1), chap. I.',
  '',
  '2 United Nations Environment Programme, document',
  'UNEP/CBD/COP/DEC/XII/11.',
];

test('a note wrapped before a date range or before the document symbol that ends it stays one note', () => {
  const outline = outlineOf(NOTES_WRAPPED);
  const notes = outline.slice(outline.indexOf('Footnotes') + 1).map((line) => line.trim());
  assert.deepEqual(notes.map((note) => note.split(' ')[0]), ['1', '2'], outline.join('\n'));
  assert.match(notes[1], /UNEP\/CBD\/COP\/DEC\/XII\/11\.$/);
  // Both markers find their note, and no note is left unreferenced.
  const codes = service.diagnostics(NOTES_WRAPPED.join('\n')).map((diagnostic) => diagnostic.code);
  assert.ok(!codes.some((code) => String(code).startsWith('footnote-')), codes.join(', '));
});

test('a draft\'s sponsors wrapped after a comma, with the header\'s last words on the next line, are one header', () => {
  const outline = outlineOf([
    'Algeria, Denmark, Greece, Guyana, Pakistan, Panama, Republic of Korea, Sierra Leone,',
    'Slovenia and Somalia: draft resolution',
    '',
    '    The Security Council,',
    '',
    '    Reaffirming the purposes and principles of the Charter of the United Nations,',
    '',
    '    1.    Decides to remain seized of the matter.',
  ]);
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]), ['Preamble', 'Reaffirming', '1.'], outline.join('\n'));
});

test('a numbered paragraph wrapped once, before a capitalized word, in a text that hardly wraps, goes on', () => {
  const outline = outlineOf([
    '76/123.\tObserver status for the International Solar Alliance in the General Assembly',
    '',
    '\tThe General Assembly,',
    '',
    '\tWishing to promote cooperation between the United Nations and the International Solar Alliance,',
    '',
    '\t1.\tDecides to invite the International Solar Alliance to participate in the sessions and the work of the General',
    'Assembly in the capacity of observer;',
    '',
    '\t2.\tRequests the Secretary-General to take the action necessary to implement the present resolution.',
  ]);
  assert.deepEqual(shapeOf(outline.slice(1)), ['Preamble', '  Wishing', '1.', '2.'], outline.join('\n'));
});

test('a text that hardly wraps: a list of Council resolutions and a date wrapped between day and month stay in their paragraph', () => {
  const outline = outlineOf([
    'Resolution 2492 (2019)',
    '',
    '\tThe Security Council,',
    '',
    '\tRecalling its previous resolutions, in particular resolutions 1990 (2011), 2024 (2011), 2032 (2011), 2047',
    '(2012), 2075 (2012), 2104 (2013), 2126 (2013), 2156 (2014), 2179 (2014), 2205 (2015), 2230 (2015),',
    '2251 (2015), 2287 (2016), and the Council’s press statements of 18 June 2012, 21 September 2012, 28',
    'September 2012 and 6 May 2013,',
    '',
    '\t1.\tDecides to remain seized of the matter.',
  ]);
  assert.deepEqual(shapeOf(outline), ['Resolution', 'Preamble', '  Recalling', '1.'], outline.join('\n'));
});

test('a wrapped copy: a line that leaves a parenthesis open goes on, even before "v." or a number out of turn', () => {
  const paragraph = (lines: readonly string[]): string[] => [
    'The Security Council,',
    '',
    '    Recalling also the Order delivered on 26 January 2024 by the International Court of',
    'Justice indicating provisional measures in the case concerning the application of the',
    'Convention on the Prevention and Punishment of the Crime of Genocide (South Africa',
    'v. Israel) in relation to the right of the Palestinian people in the Gaza Strip to be',
    'protected from all acts within the scope of the Convention,',
    '',
    '    1.    Decides to look forward to the conference on climate change, and to the new',
    'funding arrangements for responding to loss and damage agreed at the twenty-seventh session, COP',
    ...lines,
    '',
    '    2.    Decides to remain seized of the matter.',
  ];
  const outline = outlineOf(paragraph(['28. It commits to continuing its work to accelerate action on', 'climate change;']));
  assert.deepEqual(shapeOf(outline), ['Preamble', '  Recalling', '1.', '2.'], outline.join('\n'));
});

test('a wrapped copy: under a heading, a numbering that restarts at 1 opens a paragraph, as does the next number in turn', () => {
  const outline = outlineOf([
    'The General Assembly,',
    '',
    '    1.    Decides to adopt the rules of procedure annexed to the present resolution, as amended',
    'by the Committee at its second session;',
    '    2.    Requests the Secretary-General to transmit the rules to all Member States and to',
    'the Committee;',
    '',
    'Annex',
    '',
    'Duties of the Secretary-General of the United Nations and of the Secretariat of the Conference',
    '1. The Secretary-General of the United Nations shall be the Secretary-General of the Conference,',
    'with the assistance of the Secretariat;',
    '2. The Secretary-General shall appoint the staff of the Conference and direct the staff, which',
    'shall be responsible for the arrangements of the meetings;',
  ]);
  const annex = outline.slice(outline.findIndex((line) => line.startsWith('Annex')));
  assert.deepEqual(shapeOf(annex).filter((line) => /\d\.$/.test(line)), ['  1.', '  2.'], outline.join('\n'));
});

test('a title wrapped before a resolution number keeps it, while page numbers that share their total stay page numbers', () => {
  const text = (pageNumbers: readonly string[]): string[] => [
    '79/282.    Review of the implementation of General Assembly resolutions 48/218 B, 54/244, 59/272, 64/263, 69/253 and',
    '74/257',
    '    The General Assembly,',
    '    Recalling its resolutions 48/218 B of 29 July 1994 and 54/244 of 23 December 1999, and its',
    pageNumbers[0],
    'resolution 61/275 of 29 June 2007,',
    '    1.    Reiterates the five-year non-renewable term of the Under-Secretary-General for Internal',
    pageNumbers[1],
    'Oversight Services;',
  ];
  const wrapped = outlineOf(text(['2/3', '3/3']));
  assert.equal(wrapped[0], '79/282. Review of the implementation of General Assembly resolutions 48/218 B, 54/244, 59/272, 64/263, 69/253 and 74/257');
  assert.deepEqual(shapeOf(wrapped.slice(1)), ['Preamble', '  Recalling', '1.'], wrapped.join('\n'));
  assert.deepEqual(artefacts(text(['2/3', '3/3']).join('\n'), 'page-number'), ['2/3', '3/3']);
});

test('a two-page copy: its one page number ("2/2") inside a sentence stays a page number', () => {
  const text = ['    The General Assembly,', '    1.    Decides to include in the provisional agenda of its eighty-first session the', '2/2', 'item entitled "Review";'].join('\n');
  assert.deepEqual(artefacts(text, 'page-number'), ['2/2']);
});

/** The texts the parser set apart as artefacts of a kind. */
function artefacts(text: string, kind: string): string[] {
  const found: string[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.kind === 'artefact' && node.artefact === kind) found.push(text.slice(node.start, node.end).trim());
    node.children.forEach(visit);
  };
  visit(parseResolution(text).root);
  return found;
}

test('a section number alone, its title on the next line near a page header, is one heading; the title is no masthead', () => {
  const outline = outlineOf([
    '    The General Assembly,',
    '    388.    Requests the Secretary-General to continue the publication activities of the Division, in particular through a',
    'publication on the law of the sea;',
    '    XVIII',
    '    Seventy-eighth session of the General Assembly',
    '    389.    Requests the Secretary-General to prepare reports for consideration by the General Assembly at its',
    '',
    'A/RES/77/248',
    'Oceans and the law of the sea',
    '',
    'seventy-eighth session;',
  ]);
  assert.ok(outline.includes('XVIII. Seventy-eighth session of the General Assembly'), outline.join('\n'));
});

test('a run-in list wrapped so that two of its labels open lines, the first after "comprising", stays in its paragraph', () => {
  const outline = outlineOf([
    'The Security Council,',
    '',
    '    Welcoming that the State acceded to four international',
    'conventions and passed into law the (i) Convention on the',
    'Rights of Persons with Disabilities and Optional Protocol;',
    '(ii) International Covenant on Civil and Political Rights;',
    '(iii) Protocol to the African Charter on Human and Peoples’',
    'Rights; and (iv) International Covenant on Economic, Social',
    'and Cultural Rights,',
    '',
    '    1.    Appropriates an amount of 13,196,200 dollars, comprising',
    '(a) 1,214,800 dollars under section 29G, United Nations',
    'Office at Nairobi; (b) 11,748,100 dollars under section 33,',
    'Construction; and (c) 233,300 dollars under section 34;',
    '    2.    Decides to remain seized of the matter.',
  ]);
  assert.deepEqual(shapeOf(outline), ['Preamble', '  Welcoming', '1.', '2.'], outline.join('\n'));
});

test('a title wrapped after its colon is still the running title on the pages that follow', () => {
  const lines = [
    '79/275.    The role of diamonds in fuelling conflict:',
    'breaking the link between the illicit transaction of rough',
    'diamonds and armed conflict',
    '    The General Assembly,',
    '    Recalling its resolution 55/56 of 1 December 2001, in which it supported the Kimberley',
    'Process Certification Scheme as a valuable contribution to prevention and settlement of',
    '',
    'A/RES/79/275',
    'The role of diamonds in fuelling conflict: breaking the link between the illicit transaction of rough diamonds and armed conflict',
    '',
    'conflicts,',
    '    1.    Decides to remain seized of the matter.',
  ];
  const outline = outlineOf(lines);
  assert.deepEqual(shapeOf(outline.slice(1)), ['Preamble', '  Recalling', '1.'], outline.join('\n'));
  assert.deepEqual(artefacts(lines.join('\n'), 'page-header'), ['A/RES/79/275', lines[8]]);
});

test('a PDF extraction: a section title right before a page break is no start of the paragraph after it', () => {
  const outline = outlineOf([
    'The General Assembly, ',
    '',
    'Takes note of the revised estimates arising from recosting owing to changes in ',
    'the rates of exchange and inflation; ',
    '',
    'XXV ',
    '',
    'Contingency fund ',
    '',
    'A/RES/79/258 ',
    'Special subjects relating to the proposed programme budget for 2025 ',
    '',
    '25-00000 ',
    '2/3 ',
    '',
    'Recalls its resolution 78/253 of 22 December 2023, and decides that the contingency fund ',
    'shall be set at the level of 0.75 per cent of the overall level of resources; ',
  ]);
  assert.ok(outline.includes('XXV. Contingency fund'), outline.join('\n'));
});

test('a PDF extraction: a parenthesis left open by "(No." goes on past a page break, even before "29)"', () => {
  const outline = outlineOf([
    'The General Assembly, ',
    '',
    '1. Encourages States to consider becoming parties to the Protocol to the Forced Labour ',
    'Convention, 1930 (No. ',
    '',
    'A/RES/77/248 ',
    'Oceans and the law of the sea ',
    '',
    '29) of the International Labour Organization, and calls upon States to implement it; ',
    '',
    '2. Invites States to report on the matter. ',
  ]);
  assert.deepEqual(shapeOf(outline), ['1.', '2.'], outline.join('\n'));
});

test('an item that opens with "the" after an item ending "; and" is the next item, while "(g) of the" after an open line is text', () => {
  const outline = outlineOf([
    'The Security Council,',
    '',
    '\t1.\tDecides that the State shall submit a declaration, which shall include:',
    '\t(i)\tthe chemical name of each chemical in its stockpile; and',
    '\t(ii)\tthe specific type of munitions, including quantities; and',
    '\t(iii)\tthe location of all of its facilities;',
    '\t2.\tRequests the State to act in accordance with paragraph 4',
    '(g) of the Regulations and of the Convention;',
  ]);
  assert.deepEqual(shapeOf(outline), ['1.', '  (i)', '  (ii)', '  (iii)', '2.'], outline.join('\n'));
});

test('an invisible mark before the text of a paragraph whose number stands alone does not hide its lead phrase', () => {
  const outline = outlineOf(['The General Assembly,', '', '6.', '\u200e Reaffirms its decision, contained in resolution 77/262, to keep the matter under review;']);
  assert.deepEqual(outline, ['6. Reaffirms its decision']);
});

test('an odd page prints the running title above the symbol: it is set apart, a heading that ends a page with the title\'s last words is not', () => {
  const lines = [
    '76/226.\tA global call for concrete action and follow-up to the Durban Declaration and Programme of Action',
    '\tThe General Assembly,',
    '\t1.\tReiterates its previous requests to the Special Rapporteur on contemporary forms of racism and',
    'encourages the Special Rapporteur to continue the work;',
    '\tCommemoration of the twentieth anniversary of the adoption of the Durban Declaration and',
    'Programme of Action',
    '',
    'A/RES/76/226',
    'A global call for concrete action and follow-up to the Durban Declaration and Programme of Action',
    '',
    '\t2.\tWelcomes the convening of the high-level meeting, and notes with appreciation the',
    'A global call for concrete action and follow-up to the Durban',
    'Declaration and Programme of Action',
    'A/RES/76/226',
    '',
    'contributions made to it;',
  ];
  const outline = outlineOf(lines);
  assert.ok(outline.includes('Commemoration of the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action'), outline.join('\n'));
  assert.deepEqual(artefacts(lines.join('\n'), 'page-header'), ['A/RES/76/226', lines[8], lines[11], lines[12], 'A/RES/76/226']);
});

test('a parenthesis a drafter forgot to close does not swallow the paragraph after a blank line', () => {
  const outline = outlineOf([
    'The General Assembly,',
    '',
    '1. Decides to convene the conference (in New York, from 2 to 4 June 2026;',
    '',
    '2. Requests the Secretary-General to report on the matter.',
  ]);
  assert.deepEqual(shapeOf(outline), ['1.', '2.'], outline.join('\n'));
});

test('a narrow copy: a section title wrapped over three lines is a lettered section like the one before it', () => {
  const outline = outlineOf([
    'The Economic and Social Council,',
    '',
    '    Recalling its resolutions on the United Nations Forum on Forests, and',
    'welcoming the work of the Forum at its nineteenth session, held in',
    'New York, and the outcome of its deliberations on the strategic plan,',
    '',
    '    G.    Means of implementation',
    '',
    '    1.    Decides to adopt the following measures on forests, as',
    'recommended by the Forum at its nineteenth session;',
    '',
    '    H.    Actions related to the communication and outreach',
    'strategy of the United Nations strategic plan for forests',
    '2017–2030',
    '',
    '    2.    Invites members of the Forum to support the strategy;',
  ]);
  // Siblings at the same depth, each holding its paragraph.
  assert.ok(outline.includes('G. Means of implementation'), outline.join('\n'));
  assert.ok(outline.includes('H. Actions related to the communication and outreach strategy of the United Nations strategic plan for forests 2017–2030'), outline.join('\n'));
  assert.ok(outline.includes('  2. Invites'), outline.join('\n'));
});

test('a short copy whose wrapped lines go on with years ("2230" + "(2015)", "18 June" + "2012, ...") is read as wrapped', () => {
  const outline = outlineOf([
    'The Security Council,',
    '',
    'Recalling its previous resolutions and its presidential statements on the situation in Sudan and',
    'South Sudan, and in particular, resolutions 1990 (2011), 2024 (2011), 2032 (2011), 2046 (2012),',
    '2047 (2012), 2075 (2012), 2104 (2013), 2126 (2013), 2156 (2014), 2179 (2014), 2205 (2015), 2230',
    '(2015), 2251 (2015), 2287 (2016), 2318 (2016), 2352 (2017), 2386 (2017), 2412 (2018), 2416',
    '(2018), 2438 (2018), 2445 (2018), 2465 (2019), and 2469 (2019) as well as presidential',
    'statements S/PRST/2012/19 and S/PRST/2013/14, and the Council’s press statements of 18 June',
    '2012, 21 September 2012, 28 September 2012, 6 May 2013, 14 June 2013, 14 February 2014, 17 March',
    '2014, 11 December 2014, 27 November 2015, and 18 July 2019,',
    '',
    'Recognizing that the current situation in Abyei and along the border between the Sudan and South',
    'Sudan continues to constitute a threat to international peace and security,',
    '',
    '1.',
    '',
    'Decides to extend until 15 November 2019 the mandate modification set forth in resolution',
    '2024 (2011) and paragraph 1 of resolution 2075 (2012);',
  ]);
  assert.deepEqual(outline, ['Preamble', '  Recalling', '  Recognizing', '1. Decides'], outline.join('\n'));
});

test('a reference\'s label or number wrapped to a line start, spaced out by a justified line, stays in its sentence', () => {
  const outline = outlineOf([
    'The Security Council,',
    '',
    '      Recalling its previous resolutions on the situation in the Middle East, in particular',
    '      resolutions 425 (1978) and 426 (1978), and its statements on the matter,',
    '',
    '            1.     Requests the Force to coordinate its activities related to paragraph 11',
    '      (b) with the Government of Lebanon and the Government of Israel;',
    '',
    '            2.     Encourages States to make a written declaration on the settlement of',
    '      disputes concerning the interpretation or application of the Convention and the Part',
    '      XI  Agreement, bearing in mind the dispute  settlement mechanism of the Convention;',
    '',
    '            3.     Decides to remain actively seized of the matter.',
  ]);
  assert.deepEqual(shapeOf(outline), ['Preamble', '  Recalling', '1.', '2.', '3.'], outline.join('\n'));
});

test('a section titled "Seventy-ninth session of the General Assembly" under a page header keeps its title', () => {
  const outline = outlineOf([
    'The General Assembly,',
    '',
    '      Recalling its resolution 77/248 of 30 December 2022, and the other resolutions on',
    '      the matter adopted at its previous sessions,',
    '',
    '            1.     Requests the Secretary-General to publish a combined edition of the',
    '      Convention and of the Part XI Agreement;',
    '',
    '            II',
    '',
    '      25-00000                                                  57/57',
    '\fOceans and the law of the sea            A/RES/99/1',
    '',
    '',
    '            Seventy-ninth session of the General Assembly',
    '',
    '            2.     Requests the Secretary-General to prepare reports for consideration by',
    '      the General Assembly at its seventy-ninth session.',
  ]);
  assert.ok(outline.includes('II. Seventy-ninth session of the General Assembly'), outline.join('\n'));
});

test('a title whose last line is a resolution number ("... 69/253 and" + "74/257"), repeated under each page header, is no page number', () => {
  const titleLines = ['Review of the implementation of General Assembly resolutions 48/218 B, 54/244, 59/272, 64/263, 69/253 and', '74/257'];
  const paragraphs = (from: number): string[] =>
    Array.from({ length: 3 }, (_, i) => [`${from + i}.`, '', `Requests the Office of Internal Oversight Services to report on the matter numbered ${from + i} in the context of its annual`, 'report;', '']).flat();
  const pageBreak = (page: number): string[] => ['25-05123', `${page}/3`, '', 'A/RES/79/282', ...titleLines, ''];
  const copy = [
    'Resolution adopted by the General Assembly on 11 April 2025', '', '[on the report of the Fifth Committee (A/79/649, para. 5)]', '', '79/282.', '', ...titleLines, '',
    'The General Assembly,', '', 'Recalling its resolutions 48/218 B of 29 July 1994 and 54/244 of 23 December 1999,', '',
    ...paragraphs(1), ...pageBreak(2), ...paragraphs(4), ...pageBreak(3), ...paragraphs(7),
  ].join('\n');
  const outline = tree(service.outline(copy));
  assert.equal(outline[0], '79/282. Review of the implementation of General Assembly resolutions 48/218 B, 54/244, 59/272, 64/263, 69/253 and 74/257', outline.join('\n'));
  assert.equal(outline.filter((line) => /^\d+\. Requests/.test(line)).length, 9, outline.join('\n'));
});
