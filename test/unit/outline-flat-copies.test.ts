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

test('a declaration\'s title wrapped under "Annex" ends where its first paragraph opens with "We, ..."', () => {
  const outline = outlineAfterPreamble([
    '1.    Endorses the Kyoto Declaration annexed to the present resolution.',
    'Annex',
    'Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of',
    'Law: Towards the Achievement of the 2030 Agenda for Sustainable Development',
    'We, Heads of State and Government, Ministers and Representatives of Member States,',
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
