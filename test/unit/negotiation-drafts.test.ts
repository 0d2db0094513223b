/**
 * Drafts under negotiation: preambular and operative paragraphs labelled apart ("PP3", "OP5"), the
 * labels kept through the rounds ("OP5 bis" inserted, "OP3 alt" an alternative, a number dropped
 * with its paragraph). The Outline shows the labels; the checks flag a label used twice or out of
 * order, never a number left unused, and no renumbering rewrites the labels.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import type { SyntaxNode } from '../../server/src/service/syntax/nodes';
import { hardWrap, pdfExtract, tabsToSpaces, toCrlf } from '../support/layouts';

const service = createLanguageService();

function tree(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...tree(symbol.children ?? [], depth + 1)]);
}

const DRAFT = [
  '\tThe General Assembly,',
  '\tPP1\tRecalling its resolution 78/190 of 19 December 2023 on the promotion of a democratic and equitable international order,',
  '\tPP2\tReaffirming the Universal Declaration of Human Rights and the International Covenants on Human Rights,',
  '\tPP2 bis\tNoting with concern the report of the Secretary-General on the situation of human rights defenders,',
  '\tOP1\tWelcomes the report of the Special Rapporteur on the right to development and the recommendations contained therein;',
  '\tOP2\tCalls upon all States:',
  '\t(a)\tTo cooperate fully with the Special Rapporteur;',
  '\t(b)\tTo report on the measures taken;',
  '\tOP3 [alt]\tRequests the Secretary-General to submit a report on the implementation of the present resolution;',
  '\tOP5\tDecides to remain seized of the matter.',
].join('\n');

const OUTLINE = [
  'Preamble',
  '  PP1 Recalling',
  '  PP2 Reaffirming',
  '  PP2 bis Noting with concern',
  'OP1 Welcomes',
  'OP2 Calls upon',
  '  (a) To cooperate…',
  '  (b) To report…',
  'OP3 alt Requests the Secretary-General',
  'OP5 Decides',
];

test('a draft under negotiation: PP and OP labels, with "bis" and "alt", keep the preamble and the operative part apart', () => {
  const layouts = {
    export: DRAFT,
    spaces: toCrlf(tabsToSpaces(DRAFT)),
    wrapped: hardWrap(DRAFT, { width: 72, blankBetween: true }),
    'PDF viewer': pdfExtract(DRAFT, { width: 76, blankBetween: false }),
  };
  for (const [layout, text] of Object.entries(layouts)) {
    assert.deepEqual(tree(service.outline(text)), OUTLINE, `${layout}:\n${text}`);
    // A number left unused (OP4 dropped) and the inserted and alternative paragraphs are no faults.
    assert.deepEqual(service.diagnostics(text).filter((d) => d.severity! <= 2).map((d) => d.code), [], layout);
  }
});

test('a negotiation label used twice, or lower than one before it, is flagged on its line; no fix rewrites the labels', () => {
  const faulty = DRAFT.replace('\tOP3 [alt]\t', '\tOP2\t').replace('\tOP5\t', '\tOP1 bis\t');
  const problems = service.diagnostics(faulty).filter((d) => d.severity! <= 2);
  assert.deepEqual(problems.map((d) => [d.code, d.range.start.line]), [['operative-duplicate', 8], ['operative-out-of-order', 9]]);
  assert.match(String(problems[0].message), /OP2 is used twice/);
  assert.deepEqual(service.fixAllNumbering(faulty), []);
  assert.deepEqual(service.renumber(faulty, { line: 8, character: 2 }), []);
  const actions = service.codeActions(faulty, problems[0].range, { uri: 'file:///draft.txt', canIgnoreRules: true });
  assert.ok(actions.length > 0 && !actions.some((action) => /Renumber/.test(action.title)), actions.map((action) => action.title).join(', '));
});

test('"OPEC", "PPE" and "OP1a" open no labelled paragraph', () => {
  const text = ['\tThe General Assembly,', '\tRecalling its resolution 78/190,', '\t1.\tInvites OPEC members to attend;', '\tOPEC members are invited to report.', '\tPPE is to be worn.', '\tOP1a shows the figures.', '\t2.\tDecides to remain seized of the matter.'].join('\n');
  const labels: string[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.label) labels.push(node.label.normalized);
    node.children.forEach(visit);
  };
  visit(service.parse(text).tree.root);
  assert.deepEqual(labels, ['1.', '2.']);
});
