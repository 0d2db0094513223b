/**
 * Outlines of small texts a user may write or paste that the corpus does not hold: a Model UN
 * draft with cover lines, and PDF copies whose wrapping puts a title's last words or a number at
 * a line start.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';

const service = createLanguageService();

function tree(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...tree(symbol.children ?? [], depth + 1)]);
}

test('a Model UN draft: the cover lines hold nothing, the preamble and paragraphs stand at the top', () => {
  const text = [
    'Committee: Third Committee (SOCHUM)',
    'Topic: Protecting the rights of migrant workers',
    'Sponsors: Brazil, Canada, Kenya',
    '',
    'The General Assembly,',
    '',
    'Recalling the International Convention on the Protection of the Rights of All Migrant Workers,',
    '',
    'Deeply concerned by the exploitation of migrant workers in informal sectors,',
    '',
    '1. Calls upon all Member States to ratify the Convention;',
    '',
    '2. Encourages States to establish national focal points that would:',
    '    (a) Collect data on migrant workers;',
    '    (b) Report annually to the Special Rapporteur;',
    '',
    '3. Decides to remain actively seized of the matter.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(outline.filter((line) => !line.startsWith(' ')), ['Preamble', '1. Calls upon', '2. Encourages', '3. Decides']);
  assert.ok(!outline.some((line) => /Committee:|Topic:|Sponsors:/.test(line)), outline.join('\n'));
  assert.deepEqual(outline.filter((line) => /^ {2}\(/.test(line)).map((line) => line.trim().slice(0, 3)), ['(a)', '(b)']);
});

test('a PDF copy: a title wrapped before "United Nations" keeps it, and the masthead line does not', () => {
  const text = [
    'United Nations',
    'A/RES/76/238',
    'General Assembly',
    '',
    '76/238. Scale of assessments for the apportionment of the expenses of the',
    'United Nations',
    '',
    'The General Assembly,',
    '',
    'Recalling its previous resolutions on the scale of assessments,',
    '',
    '1. Decides that the scale of assessments shall be as follows;',
    '2. Requests the Secretary-General to report on the scale.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.equal(outline[0], '76/238. Scale of assessments for the apportionment of the expenses of the United Nations');
  assert.ok(!outline.includes('United Nations'), outline.join('\n'));
});

test('a PDF copy: a number wrapped to the start of a line after a page break is no footnote', () => {
  const wrapped = [
    'The General Assembly,',
    '',
    '    Recalling its resolution 2106 A (XX) of 21 December 1965, in addressing racism',
    'and racial discrimination,',
    '',
    '    1.    Calls upon States that have not done so to make the declaration under article',
    '',
    'A/RES/77/205',
    '25-00000',
    '4/9',
    '',
    '14 of the Convention;',
    '    2.    Underlines that the provisions of the Convention are to be implemented',
    'fully and effectively.',
  ].join('\n');
  const outline = tree(service.outline(wrapped));
  assert.ok(!outline.includes('Footnotes'), outline.join('\n'));
  assert.deepEqual(outline.filter((line) => /^\d+\./.test(line)), ['1. Calls upon', '2. Underlines']);
});

test('a PDF copy: page-bottom notes whose number stands alone, or whose line stops on "No." before a number', () => {
  const text = [
    'The Economic and Social Council,',
    '',
    'Recalling the Madrid International Plan of Action on Ageing, 2002,1 and its report,2',
    '',
    '1. Decides to continue the review of the Plan of Action.',
    '',
    '10th plenary meeting',
    '5 June 2025',
    '',
    '1',
    'Report of the Second World Assembly on Ageing, Madrid, 8-12 April 2002.',
    '2 See Official Records of the Economic and Social Council, 2004, Supplement No.',
    '6 (E/2004/26), chap. I, sect. E.',
  ].join('\n');
  const outline = tree(service.outline(text));
  const notes = outline.slice(outline.indexOf('Footnotes') + 1).map((line) => line.trim());
  assert.deepEqual(notes.map((note) => note.split(' ')[0]), ['1', '2'], outline.join('\n'));
  assert.match(notes[0], /^1 Report of the Second World Assembly/);
});

test('a PDF copy: a list run into a sentence and wrapped before "(iii)" stays in its paragraph', () => {
  const text = [
    'The Security Council,',
    '',
    '    Welcoming that the State acceded to four international conventions and passed',
    'into law the (i) Convention on the Rights of Persons with Disabilities and',
    'Optional Protocol; (ii) International Covenant on Civil and Political Rights;',
    '(iii) Protocol to the African Charter on Human and Peoples’ Rights; and (iv)',
    'International Covenant on Economic, Social and Cultural Rights,',
    '',
    '    1.    Decides to renew the mandate until 30 April 2026;',
    '    2.    Requests the Secretary-General to report on the following:',
    '    (a)    the situation in the country, including with reference to paragraph 1 (a) above;',
    '    (b)    the protection of civilians.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(outline, ['Preamble', '  Welcoming', '1. Decides', '2. Requests the Secretary-General', '  (a) the situation in…', '  (b) the protection of…']);
});

test('Spanish and French texts: the enacting formula opens the preamble', () => {
  for (const formula of ['El Consejo de Derechos Humanos,', 'La Asamblea General,', 'L’Assemblée générale,', 'Le Conseil de sécurité,']) {
    const text = [formula, '', 'Guiado por los propósitos y principios de la Carta,', '', 'Recordando sus resoluciones anteriores,', '', '1. Decide seguir ocupándose de la cuestión.'].join('\n');
    const outline = tree(service.outline(text));
    assert.deepEqual(outline.slice(0, 3), ['Preamble', '  Guiado por los propósitos…', '  Recordando'], `${formula}\n${outline.join('\n')}`);
  }
});

/** Two operative paragraphs with markers, and their notes at a page bottom under the separator. */
const TWO_PARAGRAPHS = ['\t1.\tDecides to convene the Conference in 2025 under the rules annexed hereto;1', '\t2.\tRequests the Secretary-General to support the Conference.2'];
const PAGE_NOTES = ['_______________', '', '1 Resolution 66/288, annex.', '2 Resolution 70/1.'];

/** An annex whose wrapping puts a number ("13 Vice-Presidents") at a line start, under a line that stops mid-sentence. */
const electionRules = (vicePresidents: number): string[] => [
  'Annex',
  '',
  'Rules of procedure',
  '',
  '\tThe Conference shall elect from among the representatives of participating',
  'States the following officers: two Presidents, one from each host country, each',
  'of whom shall preside separately. The Conference shall also elect',
  `${vicePresidents} Vice-Presidents, one of whom shall be designated as Rapporteur-General, and`,
  'a Chair for the Main Committee established in accordance with rule 46.',
];

test('a PDF copy: a number wrapped to a line start in an annex, before any note, is text and not a first footnote', () => {
  const text = [
    '\t1.\tDecides to convene the Conference in 2025, in accordance with the rules of',
    'procedure annexed to the present resolution, and to hold it for five days;',
    '',
    '48th plenary meeting',
    '18 December 2023',
    '',
    ...electionRules(13),
    '',
    '1 Resolution 66/288, annex.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.ok(!outline.some((line) => line.includes('13 Vice-Presidents')), outline.join('\n'));
  assert.ok(outline.includes('Footnotes'), outline.join('\n'));
});

test('a copy with blank lines between its lines: each title of a two-item agenda stays in the masthead', () => {
  const text = [
    'United Nations', '', 'A/RES/78/128', '', 'General Assembly', '', 'Distr.: General', '', '21 December 2023', '',
    'Agenda items 13 and 75 (a)', '',
    'Integrated and coordinated implementation of and follow-up to the outcomes of',
    'the major United Nations conferences and summits', '',
    'Oceans and the law of the sea: oceans and the law of the sea', '',
    'Resolution adopted by the General Assembly on 19 December 2023', '',
    '78/128. 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14', '',
    'The General Assembly,', '',
    'Recalling its resolution 70/1 of 25 September 2015,', '',
    '1. Decides to convene the Conference in 2025;',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.ok(!outline.some((line) => /Oceans and the law|Integrated and coordinated/.test(line)), outline.join('\n'));
  assert.deepEqual(outline.filter((line) => !line.startsWith(' ')).slice(-2), ['Preamble', '1. Decides'], outline.join('\n'));
});

test('a copy with blank lines between its lines: a line the rendering broke off goes on its paragraph', () => {
  const text = [
    'The Security Council,', '',
    '\tWelcoming the Framework for Elimination of Syrian Chemical Weapons agreed upon', 'by the two parties on 14 September 2013', '',
    '\t(EC-M-33/NAT.1, dated 17 September 2013);', '',
    '\tTaking into account the Agreement Concerning the Relationship between the', 'United Nations and the Organisation for the Prohibition of Chemical Weapons of', '',
    '\t17 October 2000;', '',
    '\t1.\tDetermines that the use of chemical weapons constitutes a threat;', '',
    '\t2.\tEndorses the decision, in which the members of the Action Group', '(a) identified steps and measures by the parties; (b) agreed on principles', 'and guidelines for a political transition.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(
    outline.map((line) => line.trim().split(' ')[0]),
    ['Preamble', 'Welcoming', 'Taking', '1.', '2.'],
    outline.join('\n'),
  );
});

test('a PDF copy: a number alone on its line is the title\'s footnote marker, or a page number inside a sentence', () => {
  const text = [
    'Resolution adopted by the General Assembly on 18 September 2024',
    '',
    'ES-10/24.    Advisory opinion of the International Court of Justice on the legal',
    'consequences arising from policies and practices in the Occupied Territory',
    '1',
    '    The General Assembly,',
    '    Guided by the purposes and principles enshrined in the Charter of the United',
    'Nations and international law, including the inalienable right of',
    '7',
    'self-determination of peoples and the principle of the inadmissibility of the',
    'acquisition of territory by force,',
    '    1.    Demands that the occupation end without delay;',
    '    2.    Decides to remain seized of the matter.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.equal(outline[0], 'ES-10/24. Advisory opinion of the International Court of Justice on the legal consequences arising from policies and practices in the Occupied Territory', outline.join('\n'));
  assert.deepEqual(outline.slice(1).map((line) => line.trim().split(' ')[0]), ['Preamble', 'Guided', '1.', '2.'], outline.join('\n'));
});

test('a PDF copy of a draft: the sponsors wrapped over two lines are one header, not a paragraph', () => {
  const text = [
    'Algeria, Denmark, Greece, Guyana, Pakistan, Panama, Republic of Korea, Sierra',
    'Leone, Slovenia and Somalia: draft resolution',
    '    The Security Council,',
    '    Reaffirming the purposes and principles of the Charter of the United Nations,',
    '    1.    Demands an immediate, unconditional and permanent ceasefire in Gaza',
    'respected by all parties;',
    '    2.    Decides to remain seized of the matter.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]), ['Preamble', 'Reaffirming', '1.', '2.'], outline.join('\n'));
});

test('a copy from a web page, nothing indented: a starred note after the last paragraph is a note', () => {
  const text = [
    'The Security Council,', '',
    'Affirming that proliferation of nuclear, chemical and biological weapons constitutes a threat,', '',
    '1. Decides that all States shall refrain from providing any form of support;', '',
    '2. Decides to remain seized of the matter.', '', '', '',
    '* Definitions for the purpose of this resolution only: Means of delivery: missiles, rockets.',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]), ['Preamble', 'Affirming', '1.', '2.', 'Footnotes', '*'], outline.join('\n'));
});

test('a PDF copy of a draft whose paragraphs sit flush: each preambular phrase after a comma opens a paragraph, and one the rendering broke goes on', () => {
  const wrapped = [
    '    The Economic and Social Council',
    '    Recommends to the General Assembly the adoption of the following draft',
    'resolution:',
    'The General Assembly,',
    'Alarmed by existing research indicating that crimes that affect the environment',
    'have become some of the most lucrative transnational criminal activities,',
    'Alarmed also by the environmental damage caused by crimes that affect the',
    'environment to ecosystems and biodiversity,',
    'Recalling its resolutions 69/314 of 30 July 2015 and 70/301 of 9 September 2016,',
    '1.    Recognizes the need to strengthen cooperation;',
    '2.    Decides to remain seized of the matter.',
  ].join('\n');
  const outline = tree(service.outline(wrapped));
  assert.deepEqual(outline.map((line) => line.trim().split(' ')[0]).slice(-6), ['Preamble', 'Alarmed', 'Alarmed', 'Recalling', '1.', '2.'], outline.join('\n'));
  const web = [
    'The General Assembly,', '',
    'Taking note of the United Nations Office on Drugs and Crime', '',
    'World Wildlife Crime Report 2024, which affirms that such crimes continue to pose a challenge,', '',
    'Concerned at the negative effects of the use of mercury,', '',
    '1. Recognizes the need to strengthen cooperation;',
  ].join('\n');
  assert.deepEqual(tree(service.outline(web)).map((line) => line.trim().split(' ')[0]), ['Preamble', 'Taking', 'Concerned', '1.'], tree(service.outline(web)).join('\n'));
});

test('a PDF copy: in an annex after notes were seen, a number right under a line that stops mid-sentence is text', () => {
  const text = [
    ...TWO_PARAGRAPHS,
    '',
    '48th plenary meeting',
    '18 December 2023',
    '',
    ...PAGE_NOTES,
    '',
    'A/RES/78/128',
    '',
    '25-00000',
    '2/9',
    '',
    ...electionRules(3),
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.ok(!outline.some((line) => line.includes('Vice-Presidents')), outline.join('\n'));
  assert.deepEqual(outline.filter((line) => /^\s+\d+ /.test(line)).map((line) => line.trim().split(' ')[0]), ['1', '2'], outline.join('\n'));
});

test('a PDF copy: the closing after the last page\'s notes is the closing, not the rest of a note', () => {
  const text = [
    ...TWO_PARAGRAPHS,
    '',
    ...PAGE_NOTES,
    '',
    '48th plenary meeting',
    '18 December 2023',
    '',
    'Annex',
    '',
    'Rules of procedure',
  ].join('\n');
  const outline = tree(service.outline(text));
  assert.deepEqual(outline.filter((line) => !line.startsWith(' ')), ['1. Decides', '2. Requests the Secretary-General', 'Footnotes', '48th plenary meeting, 18 December 2023', 'Annex: Rules of procedure'], outline.join('\n'));
});

/** A declaration whose commitments are headed "Action N." run in with a sentence, as the Pact for the Future is. */
const ACTIONS = [
  'I.\tSustainable development',
  '\t1.\tWe will not accept a future in which dignity and opportunity are denied to half the world’s population, and we will place people at the centre of all our actions.',
  '\tAction 1. We will take bold, ambitious, accelerated, just and transformative actions to implement the 2030 Agenda and leave no one behind.',
  '\t2.\tWe reaffirm that the Sustainable Development Goals are a comprehensive set of universal Goals and targets. We decide to:',
  '\t(a)\tScale up our efforts towards the full implementation of the 2030 Agenda;',
  '\t(b)\tRemove all obstacles to sustainable development and refrain from economic coercion.',
  '\tAction 2. We will place the eradication of poverty at the centre of our efforts to achieve the 2030 Agenda.',
  '\t3.\tEradicating poverty in all its forms is an imperative for all humankind, in line with Sustainable Development Goal 1. We will address its multidimensional nature.',
];

test('a declaration headed "Action N." with a sentence: each heading holds the paragraphs under it, in the export and in a flat PDF copy', () => {
  const expected = [
    'I. Sustainable development',
    '  1. We will not accept a future…',
    '  Action 1. We will take bold, ambitious, accelerated, just and transformative actions to implement the 2030 Agenda and leave no one behind.',
    '    2. We reaffirm that the Sustainable Development…',
    '      (a) Scale up our…',
    '      (b) Remove all obstacles…',
    '  Action 2. We will place the eradication of poverty at the centre of our efforts to achieve the 2030 Agenda.',
    '    3. Eradicating poverty in all its forms…',
  ];
  const exported = ['The General Assembly,', '', ...ACTIONS].join('\n');
  assert.deepEqual(tree(service.outline(exported)), expected);
  // Copied from a PDF viewer: wrapped, nothing indented, no blank lines. "Goal 1. We will ..."
  // wrapped to a line start mid-sentence (after "Development") opens no heading.
  const flat = [
    'The General Assembly,',
    'I. Sustainable development',
    '1. We will not accept a future in which dignity and opportunity are denied to half the',
    'world’s population, and we will place people at the centre of all our actions.',
    'Action 1. We will take bold, ambitious, accelerated, just and transformative actions',
    'to implement the 2030 Agenda and leave no one behind.',
    '2. We reaffirm that the Sustainable Development Goals are a comprehensive set of',
    'universal Goals and targets. We decide to:',
    '(a) Scale up our efforts towards the full implementation of the 2030 Agenda;',
    '(b) Remove all obstacles to sustainable development and refrain from economic coercion.',
    'Action 2. We will place the eradication of poverty at the centre of our efforts to',
    'achieve the 2030 Agenda.',
    '3. Eradicating poverty in all its forms is an imperative for all humankind, in line with Sustainable Development',
    'Goal 1. We will address its multidimensional nature.',
  ].join('\n');
  assert.deepEqual(tree(service.outline(flat)), expected);
  for (const text of [exported, flat]) {
    assert.deepEqual(service.diagnostics(text).filter((d) => d.severity! <= 2).map((d) => d.code), [], text);
  }
});

test('a resolution that adopts a text with its own title: that title heads the text, while its repeats at page tops stay page furniture', () => {
  const text = [
    'Resolution adopted by the General Assembly on 22 September 2024',
    '[without reference to a Main Committee (A/79/L.2)]',
    '79/1. The Pact for the Future of all peoples',
    'The General Assembly',
    'Adopts the following Pact for the Future of all peoples and its annexes:',
    'The Pact for the Future of all peoples',
    '1. We, the Heads of State and Government, representing the peoples of the world, have',
    'The Pact for the Future of all peoples',
    'gathered at United Nations Headquarters to protect the needs of present and future generations.',
    '2. We are at a time of profound global transformation.',
  ].join('\n');
  assert.deepEqual(tree(service.outline(text)), [
    '79/1. The Pact for the Future of all peoples',
    'Adopts',
    'The Pact for the Future of all peoples',
    '  1. We, the Heads of State and…',
    '  2. We are at a time of…',
  ]);
});

test('a budget resolution\'s staffing table: grade cells far from any figure, and the notes under a table (one run into the last cell), are no headings or paragraphs', () => {
  const table = ['D-2', 'D-1', 'P-5', 'P-4', 'P-3', 'P-2', 'GS (PL)', 'GS (OL)', 'Total', 'Department of Management Strategy, Policy and Compliance', '1', '–', '3', '4', 'a From extrabudgetary funds.'];
  const lines = [
    'The General Assembly,',
    'Having considered the report of the Secretary-General,',
    '1.\tApproves the establishment of three posts, as reflected in the table below;',
    ...table,
    'Note: The specific assignment and location of the posts are subject to the review of the Secretary-General.',
    'Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).',
    '2.\tRequests the Secretary-General to report thereon.',
  ];
  for (const text of [lines.map((line) => `\t${line}`).join('\n'), lines.join('\r\n')]) {
    assert.deepEqual(tree(service.outline(text)), ['Preamble', '  Having considered', '1. Approves', '2. Requests the Secretary-General'], JSON.stringify(text));
    assert.deepEqual(service.diagnostics(text).filter((d) => d.severity! <= 2).map((d) => d.code), []);
  }
});

test('run-in titles before and between the items of a list ("Asset Freeze" + "(a) Freeze ...") stay in the paragraph that introduces the list', () => {
  const lines = [
    'The Security Council,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    'Measures',
    '1.\tDecides that all States shall take the following measures with respect to these individuals:',
    'Asset Freeze',
    '(a)\tFreeze without delay the funds and other financial assets of these individuals;',
    'Travel Ban',
    '(b)\tPrevent the entry into or transit through their territories of these individuals;',
    'Listing Criteria',
    '2.\tDecides to remain seized of the matter.',
  ];
  for (const text of [lines.map((line) => `\t${line}`).join('\n'), lines.join('\r\n').replace(/\t/g, '  ')]) {
    assert.deepEqual(tree(service.outline(text)), ['Preamble', '  Acting under Chapter VII of the Charter of the United Nations', 'Measures', '  1. Decides that', '    (a) Freeze without delay…', '    (b) Prevent the entry…', 'Listing Criteria', '  2. Decides'], JSON.stringify(text));
  }
});

test('a title ending with a colon between two numbered paragraphs heads a group; one before a quoted paragraph out of turn introduces the quote', () => {
  const lines = [
    'The Security Council,',
    'Recalling its previous resolutions,',
    '1.\tDecides to extend the mandate of the Mission until 15 March 2024;',
    'United Nations and International Support:',
    '2.\tEncourages continued engagement by the African Union;',
    '3.\tDecides to amend its resolution 2206 (2015) as follows:',
    'Article 9, new paragraph 2:',
    '2.\tIn hearing an application, the Panel shall apply the rules;',
    'Reporting:',
    '4.\tRequests the Secretary-General to report every 90 days;',
    '5.\tDecides to remain seized of the matter.',
  ];
  for (const text of [lines.map((line) => `\t${line}`).join('\n'), lines.join('\r\n').replace(/\t/g, '    ')]) {
    const outline = tree(service.outline(text));
    assert.deepEqual(outline.filter((line) => !line.startsWith('    ')), ['Preamble', '  Recalling', '1. Decides', 'United Nations and International Support:', '  2. Encourages', '  3. Decides', 'Reporting:', '  4. Requests the Secretary-General', '  5. Decides'], JSON.stringify(text));
    assert.deepEqual(service.diagnostics(text).filter((d) => d.severity! <= 2).map((d) => d.code), []);
  }
});

test('an annexed decision with the resolution\'s own title and a commission\'s formula: the title heads it, in the export and hard-wrapped', () => {
  const title = 'Request to strengthen the role of the secretariat of the Economic Commission for Europe in building resilient energy systems';
  const exported = [
    `2023/20.\t${title}`,
    '\tThe Economic and Social Council',
    '\tEndorses the decision of the Commission contained in the annex to the present resolution.',
    '\t43rd plenary meeting',
    '\t25 July 2023',
    '\tAnnex',
    '\tDecision I (70)',
    `\t${title}`,
    '\tThe Economic Commission for Europe,',
    '\t1.\tConsidering a number of decisions of the Economic and Social Council,',
    '\t2.\tDecides to strengthen the role of the secretariat.',
  ].join('\n');
  const wrapped = exported.replace(`\t${title}\n`, '\tRequest to strengthen the role of the secretariat of the Economic Commission\nfor Europe in building resilient energy systems\n').replace(/\n/g, '\n\n');
  for (const text of [exported, wrapped]) {
    assert.deepEqual(tree(service.outline(text)).slice(3), [
      'Annex: Decision I (70)',
      `  ${title}`,
      '    1. Considering',
      '    2. Decides',
    ], JSON.stringify(text));
  }
});

/** The recommendations of a Main Committee's report: numbered drafts, each with its title, formula and numbering. */
const REPORT_DRAFTS = [
  '1.\tThe Third Committee recommends to the General Assembly the adoption of the following draft resolutions:',
  'Draft resolution I',
  'The right to food',
  'The General Assembly,',
  'Recalling its resolution 78/202 of 19 December 2023,',
  '1.\tReaffirms that hunger constitutes an outrage and a violation of human dignity;',
  '2.\tDecides to continue its consideration of the question at its eightieth session.',
  'Draft resolution II',
  'Freedom of religion or belief',
  'The General Assembly,',
  'Recalling its resolution 78/210 of 19 December 2023,',
  '1.\tCondemns all forms of intolerance and of discrimination based on religion or belief;',
  '2.\tDecides to continue its consideration of the question at its eightieth session.',
];

test('a committee report\'s numbered drafts ("Draft resolution I" + title + formula) each hold their own preamble and numbering', () => {
  for (const text of [REPORT_DRAFTS.map((line) => `\t${line}`).join('\n'), REPORT_DRAFTS.join('\r\n\r\n').replace(/\t/g, ' ')]) {
    const outline = tree(service.outline(text));
    assert.deepEqual(outline.filter((line) => !line.startsWith('    ')), [
      '1. The Third Committee recommends to the…',
      'Draft resolution I: The right to food',
      '  Preamble',
      '  1. Reaffirms',
      '  2. Decides',
      'Draft resolution II: Freedom of religion or belief',
      '  Preamble',
      '  1. Condemns',
      '  2. Decides',
    ], JSON.stringify(text));
    assert.deepEqual(service.diagnostics(text).filter((d) => d.severity! <= 2).map((d) => d.code), []);
  }
  // Each draft is its own scope: a gap in the second is found there.
  const gap = REPORT_DRAFTS.join('\n').replace('2.\tDecides to continue its consideration of the question at its eightieth session.', '3.\tDecides to continue its consideration of the question at its eightieth session.');
  assert.deepEqual(service.diagnostics(gap).filter((d) => d.severity! <= 2).map((d) => [d.code, d.range.start.line]), [['operative-gap', 6]]);
});

test('a decision, with no enacting formula: its text is in the Outline under its title', () => {
  const text = [
    'Decision adopted by the General Assembly on 4 December 2024',
    '[on the report of the First Committee (A/79/403)]',
    '79/512.\tMissiles',
    '\tAt its 50th plenary meeting, on 4 December 2024, the General Assembly, on the recommendation of the First Committee,1 decided to include in the provisional agenda of its eighty-first session the sub-item entitled “Missiles”.',
    '______________',
    '1\tA/79/403, para. 30.',
  ].join('\n');
  assert.deepEqual(tree(service.outline(text)), ['79/512. Missiles', 'At its 50th plenary…', 'Footnotes', '  1 A/79/403, para. 30.']);
  assert.deepEqual(service.diagnostics(text).map((d) => d.code), []);
});

test('a convention annexed to its resolution: "The States Parties to the present Convention," opens its preamble, and its articles number on their own', () => {
  for (const heading of [[], ['Preamble']]) assertConvention(heading);
});

/** The annexed convention, with or without its own "Preamble" heading above the preamble, which is then one entry. */
function assertConvention(heading: readonly string[]): void {
  const text = [
    '44/25.\tConvention on the Rights of the Child',
    '\tThe General Assembly,',
    '\tRecalling its previous resolutions,',
    '\t1.\tAdopts the Convention on the Rights of the Child contained in the annex to the present resolution;',
    '\t2.\tCalls upon all Member States to consider signing and ratifying the Convention.',
    '61st plenary meeting',
    '20 November 1989',
    'Annex',
    'Convention on the Rights of the Child',
    ...heading,
    '\tThe States Parties to the present Convention,',
    '\tConsidering that recognition of the inherent dignity of all members of the human family is the foundation of freedom,',
    '\tBearing in mind that the peoples of the United Nations have reaffirmed their faith in fundamental human rights,',
    '\tHave agreed as follows:',
    'Article 1',
    '\tFor the purposes of the present Convention, a child means every human being below the age of eighteen years.',
    'Article 2',
    '\t1.\tStates Parties shall respect the rights set forth in the present Convention;',
    '\t2.\tStates Parties shall take all appropriate measures to protect the child.',
    'Article 3',
    '\t1.\tIn all actions concerning children, the best interests of the child shall be a primary consideration.',
  ].join('\n');
  const outline = tree(service.outline(text));
  const annex = outline.indexOf('Annex: Convention on the Rights of the Child');
  assert.ok(annex > 0, outline.join('\n'));
  assert.deepEqual(outline.slice(annex + 1, annex + 4), ['  Preamble', '    Considering', '    Bearing in mind'], outline.join('\n'));
  assert.ok(!outline.some((line) => line.includes('The States Parties')), outline.join('\n'));
  // "States Parties shall ..." is named by its first words, not by the verb "States".
  assert.ok(outline.includes('    1. States Parties shall respect the rights…'), outline.join('\n'));
  assert.deepEqual(service.diagnostics(text), []);
}
