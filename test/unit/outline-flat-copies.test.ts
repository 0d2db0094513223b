/**
 * Text copied from a PDF viewer: wrapped, nothing indented, no blank line between paragraphs, a
 * space at each line's end. Only the words tell where a paragraph or a heading starts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';

const service = createLanguageService();

function tree(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...tree(symbol.children ?? [], depth + 1)]);
}

/** The outline of lines as a PDF viewer copies them: each with a space at its end. */
const outlineOf = (lines: readonly string[]): string[] => tree(service.outline(lines.map((line) => `${line} `).join('\n')));

/** A preamble wrapped as the rest is, which shows the copy is hard-wrapped (a short text alone may not). */
const WRAPPED_PREAMBLE = [
  'Recalling its previous resolutions on the matter, in particular those adopted at its seventy-',
  'eighth session, and the reports of the Secretary-General submitted in accordance with',
  'those resolutions, and noting with appreciation the work of the funds and programmes of',
  'the United Nations system in this regard,',
];

/** The outline of lines after the formula and the wrapped preamble, as a PDF viewer copies them. */
const outlineAfterPreamble = (lines: readonly string[]): string[] => outlineOf(['The General Assembly,', ...WRAPPED_PREAMBLE, ...lines]);

test('a section title under its number ends where a lead phrase opens the paragraph', () => {
  const outline = outlineOf([
    'The General Assembly,',
    'I',
    'Request for a subvention to the Residual Special Court for Sierra Leone',
    'Recalling its resolution 58/284 of 8 April 2004, and having considered the report of',
    'the Secretary-General,',
    'Takes note of the report of the Secretary-General;',
    'II',
    'Gross jointly financed budget of the Joint Inspection Unit',
    'Approves the gross budget for the Joint Inspection Unit for 2025 in the amount of',
    '9,836,600 dollars;',
  ]);
  assert.ok(outline.includes('I. Request for a subvention to the Residual Special Court for Sierra Leone'), outline.join('\n'));
  assert.ok(outline.includes('II. Gross jointly financed budget of the Joint Inspection Unit'), outline.join('\n'));
});

test('a capitalized name that goes on a line ("Member" + "States", "Information" + "Sharing Centre") stays in its sentence', () => {
  const outline = outlineAfterPreamble([
    '1.    Urges the Secretary-General to appoint more women as special envoys, and calls on Member',
    'States to provide candidates to the Secretary-General for a regularly updated roster;',
    '2.    Notes with appreciation the important role of the Information',
    'Sharing Centre of the Regional Cooperation Agreement, and calls upon States to give it support;',
  ]);
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]), ['Preamble', 'Recalling', '1.', '2.'], outline.join('\n'));
});

test('a heading without punctuation between a preamble and a numbered paragraph is a heading, however long', () => {
  const outline = outlineOf([
    'The Security Council,',
    'Determining that the situation constitutes a threat to international peace and security,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    'Political process, including the implementation of the Peace Agreement',
    '1.    Reiterates its support to the President and to his government in their efforts to promote',
    'lasting peace and stability in the country;',
  ]);
  assert.deepEqual(outline.filter((line) => !line.startsWith(' ')), ['Preamble', 'Political process, including the implementation of the Peace Agreement'], outline.join('\n'));
});

test('what a colon introduces, and a numbered paragraph\'s next sentence, stay in the paragraph', () => {
  const outline = outlineAfterPreamble([
    'Recalling further its decision to convene the high-level 2025 United Nations Conference to',
    'Support the Implementation of the Sustainable Development Goal on the ocean, Goal 14:',
    'Conserve and sustainably use the oceans, seas and marine resources for sustainable development,',
    '1.    We reaffirm our commitment to the 2030 Agenda, leaving no one behind.',
    'We will endeavour to reach the furthest behind first.',
    '2.    We emphasize that eradicating poverty is the greatest global challenge;',
  ]);
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]), ['Preamble', 'Recalling', 'Recalling', '1.', '2.'], outline.join('\n'));
});

test('budget table rows keep their figures and dashes apart, and are no paragraphs; a part letter with a space after it is a part', () => {
  const outline = outlineOf([
    '78/254.    Programme budget for 2024',
    'A',
    'Income estimates for 2024',
    'The General Assembly',
    'Resolves that, for 2024:',
    '1.    Estimates of income totalling 345,399,000 United States dollars are approved as follows:',
    'Income section',
    'Amount (United States dollars)',
    '1. Income from staff assessment',
    '314 723 800',
    '2. Services to the public',
    '–',
    'Total',
    '345 399 000',
    '2.    The income from staff assessment shall be credited to the Tax Equalization Fund;',
  ]);
  assert.deepEqual(outline.filter((line) => /^\s*\d+\. /.test(line)).map((line) => line.trim().split(' ')[0]), ['1.', '2.'], outline.join('\n'));
  assert.ok(outline.includes('A. Income estimates for 2024'), outline.join('\n'));
});

test('a section title wrapped after a comma keeps its last words, short as they are', () => {
  const outline = outlineAfterPreamble([
    'IV',
    'Revised estimates relating to the proposed programme budget for 2025 under section 26,',
    'Palestine refugees',
    'Having considered the report of the Secretary-General and the related report of the',
    'Advisory Committee,',
    '1.    Takes note of the report of the Secretary-General;',
  ]);
  assert.ok(outline.includes('IV. Revised estimates relating to the proposed programme budget for 2025 under section 26, Palestine refugees'), outline.join('\n'));
});

test('a lettered item\'s next sentence stays in the item, up to the next label or heading', () => {
  const outline = outlineOf([
    'The Security Council,',
    ...WRAPPED_PREAMBLE,
    '1.    Endorses the principles agreed by the Action Group for a transition:',
    '(a) The sovereignty, independence, unity and territorial integrity of the Syrian',
    'Arab Republic must be respected;',
    '(b) The conflict must be resolved through peaceful dialogue and negotiation alone.',
    'Conditions conducive to a political settlement must now be put in place;',
    '(c) There must be an end to the bloodshed. All parties must recommit themselves',
    'credibly to the six-point plan.',
    'Agreed actions',
    '2.    Decides to remain seized of the matter.',
  ]);
  assert.deepEqual(outline, ['Preamble', '  Recalling', '1. Endorses', '  (a) The sovereignty, independence…', '  (b) The conflict must…', '  (c) There must be…', 'Agreed actions', '  2. Decides'], outline.join('\n'));
});

/** A paragraph that endorses an annexed declaration, and the declaration's title and first words. */
const KYOTO_DECLARATION_OPENING = [
  '1.    Endorses the Kyoto Declaration annexed to the present resolution.',
  'Annex',
  'Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of',
  'Law: Towards the Achievement of the 2030 Agenda for Sustainable Development',
  'We, Heads of State and Government, Ministers and Representatives of Member States,',
];

test('a declaration\'s title wrapped under "Annex" ends where its first paragraph opens with "We, ..."', () => {
  const outline = outlineAfterPreamble([
    ...KYOTO_DECLARATION_OPENING,
    'Recalling the Doha Declaration adopted by the Thirteenth Congress,',
  ]);
  assert.deepEqual(outline.filter((line) => !line.startsWith('    ')), [
    'Preamble',
    '  Recalling',
    '1. Endorses',
    'Annex: Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development',
    '  We, Heads of State and Government…',
    '  Preamble',
  ], outline.join('\n'));
});

test('a declaration\'s "Assembled at ..." and "Declare the following:" stand apart from the paragraphs before them', () => {
  const outline = outlineAfterPreamble([
    ...KYOTO_DECLARATION_OPENING,
    'Assembled at the Fourteenth United Nations Congress on Crime Prevention and Criminal',
    'Justice in Kyoto, Japan, from 7 to 12 March 2021,',
    'Recognizing the need to build upon the progress made since the Thirteenth Congress, and',
    'the challenges to overcome,',
    'Declare the following:',
    '1.    We express deep concern about the negative impact of crime on the rule of law;',
  ]);
  assert.deepEqual(outline.slice(3).map((line) => line.replace(/…$/, '')), [
    'Annex: Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development',
    '  We, Heads of State and Government',
    '  Preamble',
    '    Assembled at the Fourteenth',
    '    Recognizing',
    '  Declare the following',
    '  1. We express deep concern about the',
  ], outline.join('\n'));
});

test('a place and dates under a wrapped annex title stand apart from the title and from the agenda below', () => {
  const outline = outlineAfterPreamble([
    '1.    Decides to convene the Conference in Nice, France, from 9 to 13 June 2025.',
    'Annex I',
    'Provisional agenda of the 2025 United Nations Conference to Support the',
    'Implementation of Sustainable Development Goal 14: Conserve and sustainably use the',
    'oceans, seas and marine resources for sustainable development',
    'Nice, France – 9 to 13 June 2025',
    '1.    Opening of the Conference.',
    '2.    Election of the two Presidents.',
  ]);
  assert.deepEqual(outline.slice(2), [
    '1. Decides',
    'Annex I: Provisional agenda of the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
    '  Nice, France – 9 to 13 June 2025',
    '    1. Opening of the Conference.',
    '    2. Election of the two Presidents.',
  ], outline.join('\n'));
});

test('a quoted title wrapped after a comma goes on, even where its next line opens with an "-ing" word', () => {
  const outline = outlineAfterPreamble([
    '1.    Decides to include in the provisional agenda of its seventy-ninth session, under the',
    'item entitled “General and complete disarmament”, the sub-item entitled “Implementation',
    'of the Convention on the Prohibition of the Development, Production,',
    'Stockpiling and Use of Chemical Weapons and on Their Destruction”.',
  ]);
  assert.deepEqual(outline, ['Preamble', '  Recalling', '1. Decides'], outline.join('\n'));
});

test('a group\'s title ending with a colon, under a paragraph that ends with one, heads the paragraph in turn', () => {
  const outline = outlineAfterPreamble([
    '1.    Requests the Secretary-General to implement fully the activities and existing obligations',
    'listed in paragraph 20 of resolution 2625 (2022) in line with existing guidelines and regulations:',
    'United Nations and International Support:',
    '2.    Requests and encourages the Special Representative to direct the operations of the Mission;',
  ]);
  assert.deepEqual(outline.slice(2), ['1. Requests the Secretary-General', 'United Nations and International Support:', '  2. Requests'], outline.join('\n'));
});

// A viewer's copy wraps where the page's width puts the line end: the same text breaks elsewhere at
// 66 or 110 columns than at 84. Each case below is a break that some width made in a corpus text.

test('a heading wrapped over two lines above the paragraph in turn is a heading, whatever the line lengths', () => {
  const outline = outlineOf([
    'The Security Council,',
    'Determining that the situation in the CAR continues to constitute a threat to international',
    'peace and security in the region,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    'Political process, including the implementation of the Peace',
    'Agreement',
    '1.    Reiterates its support to President Faustin-Archange Touadéra and to his government in',
    'their efforts to promote lasting peace and stability;',
  ]);
  assert.deepEqual(outline.filter((line) => !line.startsWith('  ')), ['Preamble', 'Political process, including the implementation of the Peace Agreement'], outline.join('\n'));
});

test('a heading over four lines, after a paragraph\'s last sentence, is a heading', () => {
  const outline = outlineAfterPreamble([
    '4.    The members of the Action Group are convinced that this can encourage and support progress',
    'on the ground and will help to facilitate and support a transition led by the country itself.',
    'Identified steps and measures by the parties to secure the full',
    'implementation of the six-point plan and Security Council resolutions',
    '2042 (2012) and 2043 (2012), including an immediate cessation of',
    'violence in all its forms',
    '5.    The parties must fully implement the six-point plan and resolutions 2042 (2012) and 2043',
    '(2012). To this end, all parties must re-commit to a sustained cessation of armed violence;',
  ]);
  assert.deepEqual(outline.slice(2), [
    '4. The members of the Action Group…',
    'Identified steps and measures by the parties to secure the full implementation of the six-point plan and Security Council resolutions 2042 (2012) and 2043 (2012), including an immediate cessation of violence in all its forms',
    '  5. The parties must fully implement the…',
  ], outline.join('\n'));
});

test('a lettered subsection under a wrapped section title opens a heading of its own', () => {
  const outline = outlineAfterPreamble([
    'I.    Midterm review of the effectiveness of the international arrangement on forests in',
    'achieving its objectives of the period from its establishment to the present review',
    'A.    Actions related to the United Nations Forum on Forests and its members and partners of',
    'the Collaborative Partnership on Forests',
    '1.    Invites the United Nations Forum on Forests and its members to strengthen cooperation;',
  ]);
  assert.deepEqual(outline.slice(2), [
    'I. Midterm review of the effectiveness of the international arrangement on forests in achieving its objectives of the period from its establishment to the present review',
    '  A. Actions related to the United Nations Forum on Forests and its members and partners of the Collaborative Partnership on Forests',
    '    1. Invites',
  ], outline.join('\n'));
});

test('a resolution\'s title wrapped after a comma keeps its last words', () => {
  const outline = outlineOf([
    'Resolution adopted by the General Assembly on 22 December 2023',
    '[on the report of the Fifth Committee (A/78/662, para. 83)]',
    '78/251.    Proposed programme budget for 2024: section 26,',
    'Palestine refugees',
    'The General Assembly,',
    ...WRAPPED_PREAMBLE,
  ]);
  assert.deepEqual(outline, ['78/251. Proposed programme budget for 2024: section 26, Palestine refugees', 'Preamble', '  Recalling'], outline.join('\n'));
});

test('a sentence goes on over a wrapped citation year, an abbreviation before its number, an amount and an aside', () => {
  const outline = outlineAfterPreamble([
    '1.    Stresses the importance of a comprehensive peace based on all its relevant resolutions including 242 (1967), 338',
    '(1973) of 22 October 1973 and 1515 (2003) of 19 November 2003, and on the findings of the World Meteorological Organization, in its Bulletin No.',
    '19, that carbon dioxide levels were at a record;',
    '2.    Appropriates an amount of 42,342,700 dollars, comprising 38,929,200 dollars under section 33, Construction;',
    '3,362,800 dollars under section 29D, Administration, Nairobi; and 50,700 dollars under section 34, Safety and security',
    'of the budget, to be charged against the provisions for the remuneration of staff in Washington, D.C.',
    '(referred to as “the margin”) that the Commission keeps under review in accordance with its statute;',
    '3.    Approves the establishment of 67 posts (2 P-5, 24 P-4, 16 P-3, 12 P-2, 6 General Service, 6 P-4, 1',
    'P-3, 1 P-2, 1 General Service (Other level)) under section 24, Human rights, of the budget;',
  ]);
  assert.deepEqual(outline.slice(2).map((line) => line.split(' ')[0]), ['1.', '2.', '3.'], outline.join('\n'));
});

test('a long first word that did not fit on a short line does not end its paragraph there', () => {
  const outline = outlineAfterPreamble([
    '44.    Notes the holding of the sixth World',
    'Telecommunication/Information and Communications Technology Policy Forum, organized by the',
    'International Telecommunication Union from 16 to 18 December 2021;',
    '45.    Also notes the holding of the World Telecommunication Development Conference;',
  ]);
  assert.deepEqual(outline.slice(2), ['44. Notes', '45. Also notes'], outline.join('\n'));
});

test('a paragraph opening with a common lead phrase goes on past a short first line', () => {
  const outline = outlineOf([
    'The General Assembly,',
    'Recalling its resolution 76/185 of 16 December 2021 on preventing and combating crimes that affect the',
    'environment falling within the scope of the United Nations Convention against Transnational Organized',
    'Crime and its resolution 77/232 of 15 December 2022 on the same subject, and the relevant decisions,',
    'Taking note of the United Nations Office on Drugs and Crime',
    'World Wildlife Crime Report 2024, which affirms, inter alia, that such crimes continue to pose a serious',
    'and persistent global challenge and have yet to be comprehensively addressed by the Member States,',
    '1.    Urges Member States to take effective measures to prevent and combat such crimes;',
  ]);
  assert.deepEqual(outline, ['Preamble', '  Recalling', '  Taking note of', '1. Urges'], outline.join('\n'));
});

test('after a comma, a rare operative word or a name in capitals goes on the sentence, and an adverb with a participle opens a paragraph', () => {
  const outline = outlineOf([
    'The Security Council,',
    'Noting with satisfaction that, in the outcome document of the United Nations Conference on',
    'Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012,',
    'States recognized that oceans, seas and coastal areas form an integrated and essential',
    'component of the Earth’s ecosystem, as do the guidelines for the Pool of Experts,',
    'Writing Teams and Peer Reviewers of the Regular Process and the Convention on the Development, Production,',
    'Stockpiling and Use of Chemical Weapons and on Their Destruction, and the other instruments,',
    'Deeply outraged by the use of chemical weapons on 21 August 2013 in Rif Damascus, as concluded',
    'in the Mission’s report,',
    '1.    Determines that the use of chemical weapons anywhere constitutes a threat to international',
    'peace and security;',
  ]);
  assert.deepEqual(outline, ['Preamble', '  Noting with satisfaction', '  Deeply outraged by the…', '1. Determines'], outline.join('\n'));
});

test('a participle after a full stop or a semicolon goes on a paragraph that is no preambular one; one heading the next paragraph stays a heading', () => {
  const outline = outlineAfterPreamble([
    '16.    Following the conclusion of the process, the Committee shall convey its decision to the',
    'Ombudsperson. The purpose of the Committee’s review is to address any security concerns.',
    'Following the Committee’s review, the Ombudsperson transmits the summary to the Petitioner;',
    '17.    Decides that the mandate of the Mission shall be as follows:',
    '(a)    To support the authorities in the reform of the security sector, with a focus on youth;',
    'Using technical assistance and capacity building to support the Government to expand and reform',
    'the rule of law and justice sector;',
    '(b)    To provide support to national authorities and civil society;',
    'Reporting:',
    '18.    Requests the Secretary-General to report to the Council every 90 days;',
  ]);
  assert.deepEqual(outline.slice(2), ['16. Following the conclusion of the process…', '17. Decides that', '  (a) To support…', '  (b) To provide…', 'Reporting:', '  18. Requests the Secretary-General'], outline.join('\n'));
});

test('a presidential statement opens under its introduction, and its paragraphs go on over their sentences', () => {
  const outline = outlineOf([
    'At the 4167th meeting of the Security Council, held on 13 July 2000, in connection with the',
    'consideration of the item entitled “The situation in Bosnia and Herzegovina”, the President of the',
    'Security Council made the following statement on behalf of the Council:',
    '“Five years after the fall of Srebrenica in Bosnia and Herzegovina, the Security Council pays',
    'tribute to the victims of one of the worst civilian massacres in Europe since the end of the war.',
    '“The Security Council stresses that any attempt at destabilization of Chad by force is unacceptable.',
    'It recalls the terms of the declarations of its President dated 4 February 2008 (S/PRST/2008/3).',
    'The Council commends the progress made and acknowledges the challenges ahead, and it reiterates',
    'its commitment to the sovereignty, unity and territorial integrity of Chad.”',
  ]);
  assert.deepEqual(outline.map((line) => line.split(' ').slice(0, 2).join(' ')), ['At the', 'Five years', 'The Security'], outline.join('\n'));
});

test('an article\'s number alone, and another body\'s formula, stand apart from the title above them', () => {
  const outline = outlineAfterPreamble([
    '1.    Adopts the regulations and the decision annexed to the present resolution.',
    'Annex I',
    'Regulations governing the United Nations Small Island Developing States Partnerships Awards',
    'Article 1',
    'Aim',
    'The aim of the Awards is to recognize partnerships that support sustainable development.',
    'Annex II',
    'Decision on destruction of Syrian chemical weapons and on their destruction under verification',
    'The Executive Council,',
    'Recalling its decision of 27 September 2013,',
  ]);
  assert.deepEqual(outline.slice(3), [
    'Annex I: Regulations governing the United Nations Small Island Developing States Partnerships Awards',
    '  Article 1',
    '  Aim',
    '    The aim of the Awards is…',
    'Annex II: Decision on destruction of Syrian chemical weapons and on their destruction under verification',
    '  The Executive Council',
    '  Preamble',
    '    Recalling',
  ], outline.join('\n'));
});

test('a table\'s note ("Abbreviations: ...") does not go on the paragraph above it', () => {
  const lines = [
    'The General Assembly,',
    ...WRAPPED_PREAMBLE,
    'Having considered the report of the Secretary-General and the related report of the Advisory Committee,',
    'Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).',
    '1.    Takes note of the report of the Secretary-General.',
  ];
  const outline = outlineOf(lines);
  assert.deepEqual(outline.slice(0, 3), ['Preamble', '  Recalling', '  Having considered'], outline.join('\n'));
  const text = lines.map((line) => `${line} `).join('\n');
  assert.deepEqual(service.diagnostics(text).map((d) => d.code), [], 'the preambular paragraph ends with its comma');
});

test('a place alone under an annex title, and an article\'s one-line title, stand apart from the text after them', () => {
  const outline = outlineAfterPreamble([
    '1.    Adopts the provisional rules of procedure and the organization of work annexed hereto.',
    'Annex I',
    'Proposed organization of work of the 2025 United Nations Conference to Support the',
    'Implementation of Sustainable Development Goal 14: Conserve and sustainably use the',
    'oceans, seas and marine resources for sustainable development',
    'Nice, France',
    '1.    The Conference will be held in Nice, France, from 9 to 13 June 2025, and will consist',
    'of ten plenary meetings and ten ocean action panels.',
    'Annex II',
    'Provisional rules of procedure of the Conference',
    'Rule 29',
    'Submission of proposals and substantive amendments in writing',
    'Proposals and substantive amendments shall normally be submitted in writing to the',
    'Secretary-General, who shall circulate copies to all delegations.',
  ]);
  assert.deepEqual(outline.slice(3).map((line) => line.replace(/…$/, '')), [
    'Annex I: Proposed organization of work of the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
    '  Nice, France',
    '    1. The Conference will be held in',
    'Annex II: Provisional rules of procedure of the Conference',
    '  Rule 29',
    '  Submission of proposals and substantive amendments in writing',
    '    Proposals and substantive amendments shall normally',
  ], outline.join('\n'));
});
