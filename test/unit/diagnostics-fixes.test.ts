/**
 * The repairs behind the numbering diagnostics: every quick fix, applied through its
 * WorkspaceEdit, clears its diagnostic and changes nothing but what it is meant to (numbers,
 * labels and references for the numbering rules; the final mark for the punctuation rules);
 * renumbering keeps internal cross-references pointing at the same paragraphs; a repaired number
 * uses the document's own separator; "Ignore this rule"; and the "Fix all numbering" round trip.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { applyEdits, createLanguageService } from '../../server/src/service';
import { NUMBERING_CODES } from '../../server/src/service/diagnostics/analysis';
import { tabsToSpaces, toCrlf } from '../support/layouts';
import { RULE_CASES, draft, op, operatives, range, sub, verb } from '../support/diagnostics/drafts';
import {
  NUMBERING_CODE,
  applyAction,
  describe,
  inScope,
  labelsAdded,
  lineContaining,
  linesOf,
  maskFinalPunctuation,
  maskNumbering,
} from '../support/diagnostics/text';

const service = createLanguageService();
const URI = 'file:///drafts/fix.unres';
const CONTEXT = { uri: URI, canIgnoreRules: false };

/**
 * Rules whose diagnostics come with a repair: the numbering rules rewrite numbers and labels, the
 * punctuation rules the final mark. The others have none: a missing footnote, a wrong reference
 * or a misplaced paragraph needs the author, and a nested list's proper level is an editorial choice.
 */
const NUMBERING_FIXES = NUMBERING_CODES;
const PUNCTUATION_FIXES = new Set(['punctuation-preambular', 'punctuation-operative', 'punctuation-subparagraph']);

function quickFixes(text: string, diagnostic: Diagnostic, canIgnoreRules = false): CodeAction[] {
  return service
    .codeActions(text, diagnostic.range, { uri: URI, canIgnoreRules }, ['quickfix'])
    .filter((action) => action.kind === 'quickfix' && (action.diagnostics ?? []).some((d) => d.code === diagnostic.code));
}

const serious = (diagnostics: readonly Diagnostic[]) => new Set(describe(diagnostics.filter((d) => inScope(d) && (d.severity ?? 1) <= 2)));

// ---- every quick fix ----------------------------------------------------------------------

const fixable = RULE_CASES.filter((c) => c.at.length > 0 && (NUMBERING_FIXES.has(c.code) || PUNCTUATION_FIXES.has(c.code)));

test('the fixable rules are all drafted', () => {
  const drafted = new Set(fixable.map((c) => c.code));
  assert.deepEqual([...NUMBERING_FIXES, ...PUNCTUATION_FIXES].filter((code) => !drafted.has(code)), []);
});

/** The drafts in the export layout, with spaces for TABs, and with CRLF line ends. */
const FIX_LAYOUTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['TABs', (t) => t],
  ['spaces', (t) => tabsToSpaces(t)],
  ['CRLF', toCrlf],
];

for (const rule of fixable) {
  test(`quick fix for ${rule.code} (${rule.name}) clears it and changes nothing else (TABs, spaces, CRLF)`, () => {
    for (const [layout, transform] of FIX_LAYOUTS) {
      const text = transform(rule.text);
      const before = service.diagnostics(text);
      const targets = before.filter((d) => d.code === rule.code);
      assert.ok(targets.length > 0, `${layout}: the draft triggers ${rule.code}`);
      const mask = NUMBERING_FIXES.has(rule.code) ? maskNumbering : maskFinalPunctuation;
      for (const diagnostic of targets) {
        const fixes = quickFixes(text, diagnostic).filter((a) => a.edit);
        assert.ok(fixes.length > 0, `${layout}: a quick fix with an edit for ${rule.code} at line ${diagnostic.range.start.line + 1}`);
        for (const fix of fixes) {
          const after = applyAction(text, fix, URI);
          const what = `${layout}: "${fix.title}"`;
          assert.notEqual(after, text, `${what} changes the text`);
          const left = service.diagnostics(after);
          assert.deepEqual(
            describe(left.filter((d) => d.code === rule.code && d.range.start.line === diagnostic.range.start.line)),
            [],
            `${what} clears ${rule.code} at line ${diagnostic.range.start.line + 1}`,
          );
          const old = serious(before);
          assert.deepEqual([...serious(left)].filter((d) => !old.has(d)), [], `${what} brings no new warning`);
          assert.equal(mask(after), mask(text), `${what} changes only what it repairs`);
          assert.equal(linesOf(after).length, linesOf(text).length, `${what}: no line added or removed`);
          assert.equal((after.match(/\r\n/g) ?? []).length, (text.match(/\r\n/g) ?? []).length, `${what}: line ends kept`);
          const unnumbered = new Set(before.filter((d) => d.code === 'operative-unnumbered').map((d) => d.range.start.line));
          assert.deepEqual(labelsAdded(text, after, unnumbered), [], `${what} numbers only a paragraph flagged as unnumbered`);
        }
      }
    }
  });
}

// ---- renumbering and cross-references -----------------------------------------------------

/** Nine paragraphs; 9 refers to "paragraph 7 above" and to "paragraph 3 above", 2 to "paragraph 7 below". */
function withReferences(extra: string | undefined): string {
  const texts: Record<number, string> = {
    1: 'Requests the Secretary-General to implement paragraph 7 below',
    8: 'Decides to review the measures set out in paragraph 7 above and in paragraph 3 above',
  };
  const lines = operatives(range(9), texts);
  if (extra !== undefined) lines.splice(6, 0, extra);
  return draft({ operative: lines });
}

for (const [label, inserted] of [
  ['numbered like the paragraph it precedes', op(7, 'Welcomes the new initiative;')],
  ['unnumbered', '\tWelcomes the new initiative;'],
] as const) {
  test(`renumber after a paragraph is inserted before 7 (${label}) updates "paragraph 7 above/below" to 8`, () => {
    const text = withReferences(inserted);
    const position = { line: lineContaining(text, 'Welcomes the new initiative'), character: 1 };
    const after = applyEdits(text, service.renumber(text, position));
    assert.equal(linesOf(after)[position.line].trimStart().slice(0, 3), '7.\t', 'the inserted paragraph is 7');
    assert.ok(lineContaining(after, '\t8.\t' + verb(7)) === position.line + 1, 'the old 7 is 8');
    assert.equal(linesOf(after).filter((l) => /^\t\d+\.\t/.test(l)).map((l) => /\d+/.exec(l)![0]).join(' '), range(10).join(' '), 'the paragraphs are numbered 1 to 10');
    assert.ok(after.includes('paragraph 8 above and in paragraph 3 above'), '"paragraph 7 above" follows its paragraph to 8; "paragraph 3 above" stays');
    assert.ok(after.includes('implement paragraph 8 below'), '"paragraph 7 below" follows its paragraph to 8');
    assert.deepEqual(describe(service.diagnostics(after).filter((d) => NUMBERING_CODE.test(String(d.code)) || String(d.code).startsWith('cross-reference'))), []);
    assert.equal(maskNumbering(after), maskNumbering(text), 'only numbers and references changed');
  });
}

test('renumber on a well-numbered run changes nothing', () => {
  const text = withReferences(undefined);
  assert.deepEqual(service.renumber(text, { line: lineContaining(text, '\t5.\t'), character: 2 }), []);
});

test('renumber leaves a single unnumbered operative paragraph unnumbered', () => {
  const text = draft({ operative: ['\tEndorses the political declaration annexed to the present resolution.'] });
  assert.deepEqual(service.renumber(text, { line: lineContaining(text, 'Endorses'), character: 1 }), []);
});

test('a gap repair numbers only paragraphs, not the table lines and notes between them (A/RES/76/246, 78/253, 80/243)', () => {
  const text = draft({
    operative: [
      op(1, 'Approves the changes in posts set out in the table below;'),
      '\tAdministrative Assistant',
      '\tGS (OL)',
      '\t1',
      '\tAbbreviations: GS (OL), General Service (Other level).',
      op(2, `${verb(2)};`),
      op(4, `${verb(4)}.`),
    ],
  });
  const gap = service.diagnostics(text).find((d) => d.code === 'operative-gap');
  assert.ok(gap, 'the gap 2 → 4 is flagged');
  for (const [how, after] of [
    ['Fix all numbering', applyEdits(text, service.fixAllNumbering(text))],
    ['quick fix', applyAction(text, quickFixes(text, gap).find((a) => a.edit)!, URI)],
  ] as const) {
    assert.equal(linesOf(after)[lineContaining(text, 'Abbreviations:')], '\tAbbreviations: GS (OL), General Service (Other level).', `${how}: the table note stays unnumbered`);
    assert.equal(linesOf(after)[lineContaining(text, `\t4.\t`)].slice(0, 4), '\t3.\t', `${how}: 4 becomes 3`);
  }
});

test('renumber only touches the run that holds the position (a part restarts at 1)', () => {
  const parts = draft({ operative: operatives([1, 2, 4]) });
  const edits = service.renumber(parts, { line: lineContaining(parts, '\t4.\t'), character: 1 });
  const after = applyEdits(parts, edits);
  assert.equal(linesOf(after)[lineContaining(parts, '\t4.\t')].slice(0, 4), '\t3.\t');
});

// ---- malformed numbers keep the document's separator ---------------------------------------

const MALFORMED = draft({ operative: [op(1, `${verb(1)};`), op(2, `${verb(2)};`), '\t3 Calls upon all States to act;', op(4, `${verb(4)};`), '\t5 .Recognizes the need to act;', op(6, `${verb(6)}.`)] });

function repairAll(text: string): string {
  let current = text;
  for (let guard = 0; guard < 10; guard++) {
    const next = service.diagnostics(current).find((d) => d.code === 'operative-number-malformed');
    if (!next) return current;
    const [fix] = quickFixes(current, next).filter((a) => a.edit);
    assert.ok(fix, 'a repair is offered');
    current = applyAction(current, fix, URI);
  }
  throw new Error('repairs do not converge');
}

test('malformed-number repair writes a TAB in a TAB document', () => {
  const after = repairAll(MALFORMED);
  assert.equal(linesOf(after)[lineContaining(MALFORMED, '3 Calls upon')], '\t3.\tCalls upon all States to act;');
  assert.equal(linesOf(after)[lineContaining(MALFORMED, '5 .Recognizes')], '\t5.\tRecognizes the need to act;');
});

test('malformed-number repair writes a space in a space-indented document', () => {
  const spaced = tabsToSpaces(MALFORMED).replace(/^( +)(\d+\.) +/gm, '$1$2 ');
  const after = repairAll(spaced);
  const repaired = linesOf(after)[lineContaining(spaced, '3 Calls upon')];
  assert.match(repaired, /^ +3\. Calls upon all States to act;$/);
  assert.match(linesOf(after)[lineContaining(spaced, '5 .Recognizes')], /^ +5\. Recognizes the need to act;$/);
  assert.ok(!after.includes('\t'), 'no TAB written into a space document');
});

test('malformed-number repair keeps CRLF line ends', () => {
  const crlf = toCrlf(MALFORMED);
  const after = repairAll(crlf);
  assert.equal(after.split('\r\n').length, crlf.split('\r\n').length, 'same CRLF lines');
  assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
  assert.ok(after.includes('\t3.\tCalls upon all States to act;\r\n'));
});

test('the invisible mark after "6." is removed by the repair', () => {
  const text = draft({ operative: [op(1, `${verb(1)};`), '\t2.\u200e Reaffirms its decision to establish the programme;', op(3, `${verb(3)}.`)] });
  const after = repairAll(text);
  assert.ok(!/[\u200b-\u200f]/.test(after), 'no invisible character left');
  assert.ok(after.includes('\t2.\tReaffirms its decision'));
});

test('an invisible mark opening the text under a number alone on its line is flagged at the number, and the repair keeps the line break', () => {
  for (const layout of [(t: string) => t, toCrlf]) {
    const text = layout(draft({ operative: [op(1, `${verb(1)};`), '2.', '\u200e Reaffirms its decision to establish the programme;', op(3, `${verb(3)}.`)] }));
    const flagged = service.diagnostics(text).filter((d) => d.code === 'operative-number-malformed');
    assert.equal(flagged.length, 1, 'one malformed number');
    assert.equal(flagged[0].range.start.line, linesOf(text).indexOf('2.'));
    const after = repairAll(text);
    assert.ok(!/[\u200b-\u200f]/.test(after), 'no invisible character left');
    assert.ok(after.includes(layout('2.\nReaffirms its decision')), JSON.stringify(after.slice(after.indexOf('2.'), after.indexOf('2.') + 30)));
    assert.equal(service.diagnostics(after).filter((d) => NUMBERING_CODES.has(String(d.code))).length, 0, 'nothing left to repair');
  }
});

// ---- "Ignore this rule" ------------------------------------------------------------------

test('"Ignore this rule" is offered only when the client can ignore rules, with the rule code', () => {
  for (const rule of RULE_CASES.filter((c) => c.at.length > 0)) {
    const diagnostic = service.diagnostics(rule.text).find((d) => d.code === rule.code);
    if (!diagnostic) continue; // the rules test reports a missing diagnostic
    const ignore = (actions: CodeAction[]) => actions.filter((a) => a.command?.command === 'unResolution.ignoreRule');
    const offered = ignore(quickFixes(rule.text, diagnostic, true));
    assert.equal(offered.length, 1, `${rule.code}: one "ignore" action`);
    assert.deepEqual(offered[0].command!.arguments, [rule.code]);
    assert.equal(offered[0].kind, 'quickfix');
    assert.equal(offered[0].edit, undefined, 'ignoring edits no text');
    assert.deepEqual(ignore(quickFixes(rule.text, diagnostic, false)), [], `${rule.code}: no "ignore" action when the client cannot ignore rules`);
  }
});

// ---- "Fix all numbering" -----------------------------------------------------------------

function fixAllAction(text: string, only?: string[]): CodeAction | undefined {
  const whole = { start: { line: 0, character: 0 }, end: { line: linesOf(text).length, character: 0 } };
  return service.codeActions(text, whole, CONTEXT, only).find((a) => a.kind === 'source.fixAll.unResolution');
}

function roundTrip(text: string, name: string): void {
  const action = fixAllAction(text);
  assert.ok(action, `${name}: "Fix all numbering" is offered`);
  assert.equal(action.title, 'Fix all numbering');
  const after = applyAction(text, action, URI);
  assert.equal(after, applyEdits(text, service.fixAllNumbering(text)), `${name}: the action applies fixAllNumbering()`);
  const left = service.diagnostics(after).filter((d) => NUMBERING_CODE.test(String(d.code)));
  assert.deepEqual(describe(left), [], `${name}: no numbering diagnostic remains`);
  assert.equal(maskNumbering(after), maskNumbering(text), `${name}: only numbers, labels and references changed`);
  const unnumbered = new Set(service.diagnostics(text).filter((d) => d.code === 'operative-unnumbered').map((d) => d.range.start.line));
  assert.deepEqual(labelsAdded(text, after, unnumbered), [], `${name}: a number is added only where a paragraph was flagged as unnumbered`);
  assert.equal(fixAllAction(after), undefined, `${name}: nothing left to fix`);
}

/** Numbering faults that a renumbering can settle (a nested list's level is not one of them). */
const ROUND_TRIP = RULE_CASES.filter((c) => c.at.length > 0 && NUMBERING_FIXES.has(c.code));

for (const rule of ROUND_TRIP) {
  test(`"Fix all numbering" round trip: ${rule.code} (${rule.name})`, () => roundTrip(rule.text, rule.name));
}

test('"Fix all numbering" round trip on a draft with many faults and references', () => {
  const text = draft({
    operative: [
      op(2, `${verb(1)};`),
      op(3, 'Requests the Secretary-General to implement paragraph 6 below;'),
      '\t3 Calls upon all States to act;',
      `\t${verb(5)};`,
      op(5, 'Decides that the programme shall include the following elements:'),
      sub('(a)', 'Element number 1 of the programme;'),
      sub('(c)', 'Element number 2 of the programme;'),
      sub('d.', 'Element number 3 of the programme;'),
      op(6, `${verb(6)};`),
      op(6, 'Recalls paragraph 6 above and paragraph 3 above.'),
    ],
  });
  roundTrip(text, 'many faults');
  const after = applyAction(text, fixAllAction(text)!, URI);
  assert.deepEqual(
    linesOf(after).filter((l) => /^\t\d+\.\t/.test(l)).map((l) => Number(/\d+/.exec(l)![0])),
    range(7),
    'the paragraphs are numbered 1 to 7',
  );
});

test('"Fix all numbering" relettering a nested list keeps the levels apart', () => {
  // A nested list in the style of its parent ("(a)" inside "(a)"): whatever the checker says about
  // it, the repair must not merge the inner items into the outer list.
  const text = draft({
    operative: [op(1, 'Decides that the programme shall include the following elements:'), sub('(a)', 'Measures to be taken:'), sub('(a)', 'Inner measure one;', 2), sub('(b)', 'Inner measure two;', 2), sub('(b)', 'Other measures;'), ...operatives([2, 3])],
  });
  const edits = service.fixAllNumbering(text);
  const after = applyEdits(text, edits);
  assert.equal(linesOf(after)[lineContaining(text, 'Other measures')], '\t(b)\tOther measures;', 'the outer "(b)" stays "(b)"');
});

test('"Fix all numbering" is not offered on a well-numbered draft, and honours "only"', () => {
  assert.equal(fixAllAction(draft({ operative: operatives(range(4)) })), undefined);
  const faulty = draft({ operative: operatives([1, 2, 4]) });
  assert.ok(fixAllAction(faulty, ['source.fixAll']), 'offered for only=source.fixAll');
  assert.ok(fixAllAction(faulty, ['source']), 'offered for only=source');
  assert.equal(fixAllAction(faulty, ['quickfix']), undefined, 'not offered for only=quickfix');
  const whole = { start: { line: 0, character: 0 }, end: { line: linesOf(faulty).length, character: 0 } };
  assert.ok(service.codeActions(faulty, whole, CONTEXT, ['source.fixAll']).every((a) => a.kind === 'source.fixAll.unResolution'), 'no quick fixes for only=source.fixAll');
});

