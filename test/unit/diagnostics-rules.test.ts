/**
 * Every diagnostic rule on small drafts in the UN export layout (TAB-indented, "<TAB>1.<TAB>Decides
 * ...;"): each rule has drafts that trigger it, where the diagnostic must land on the named lines
 * with the rule's default severity, source "un-resolution" and a codeDescription link ending with
 * the code; and near misses that must not trigger it. Then the user's severity settings.
 *
 * The drafts are in test/support/diagnostics/drafts.ts (shared with the fixes test).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES, RULE_CODES, createLanguageService } from '../../server/src/service';
import { RULE_CASES, draft, op, operatives, range, verb } from '../support/diagnostics/drafts';
import { tabsToSpaces, toCrlf } from '../support/layouts';
import { OTHER_FEATURE_CODE, SEVERITY_NUMBER, inScope, describe, lineContaining } from '../support/diagnostics/text';

const service = createLanguageService();
const URI = 'file:///drafts/test.unres';

/** Rules that no small draft can reach: the document-size limit of the analysis. */
const NOT_DRAFTED = new Set(['analysis-limited']);

function expectedLines(text: string, at: readonly string[], occurrence: readonly number[] = []): number[] {
  return at.map((needle, i) => lineContaining(text, needle, occurrence[i] ?? 1)).sort((a, b) => a - b);
}

function unique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

test('every rule except analysis-limited (and the citation checks) has a triggering draft and a near miss', () => {
  const triggered = new Set(RULE_CASES.filter((c) => c.at.length > 0).map((c) => c.code));
  const nearMissed = new Set(RULE_CASES.filter((c) => c.at.length === 0).map((c) => c.code));
  const missing = RULE_CODES.filter((code) => !NOT_DRAFTED.has(code) && !OTHER_FEATURE_CODE.test(code) && (!triggered.has(code) || !nearMissed.has(code)));
  assert.deepEqual(missing, [], 'rules without both a trigger and a near miss');
  const unknown = RULE_CASES.map((c) => c.code).filter((code) => !RULES.has(code));
  assert.deepEqual(unknown, [], 'cases naming unknown rules');
});

test('the base draft is free of diagnostics', () => {
  assert.deepEqual(describe(service.diagnostics(draft({ operative: operatives(range(5)) })).filter(inScope)), []);
});

for (const rule of RULE_CASES) {
  const kind = rule.at.length ? 'triggers' : 'does not trigger';
  test(`${rule.code} ${kind}: ${rule.name}`, () => {
    const diagnostics = service.diagnostics(rule.text, undefined, URI);
    const mine = diagnostics.filter((d) => d.code === rule.code);
    if (rule.at.length === 0) {
      assert.deepEqual(describe(mine), [], `near miss flagged as ${rule.code}`);
      if (rule.clean !== false) {
        const serious = diagnostics.filter((d) => inScope(d) && d.severity !== undefined && d.severity <= 2);
        assert.deepEqual(describe(serious), [], 'a correct draft has no warning or error');
      }
      return;
    }
    const wanted = unique(expectedLines(rule.text, rule.at, rule.occurrence));
    assert.deepEqual(
      unique(mine.map((d) => d.range.start.line)).map((l) => l + 1),
      wanted.map((l) => l + 1),
      `${rule.code} should land on lines ${wanted.map((l) => l + 1).join(', ')}; got ${describe(diagnostics).join(' ') || 'nothing'}`,
    );
    for (const d of mine) checkShape(d, rule.code);
  });
}

function checkShape(d: Diagnostic, code: string): void {
  assert.equal(d.source, 'un-resolution');
  assert.equal(d.severity, SEVERITY_NUMBER[RULES.get(code)!.severity], `default severity of ${code}`);
  assert.ok(d.codeDescription?.href.endsWith(code), `codeDescription.href ${d.codeDescription?.href} ends with ${code}`);
  assert.ok(typeof d.message === 'string' && d.message.length > 0, 'a message');
  assert.ok(
    d.range.start.line < d.range.end.line || (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character),
    'a well-ordered range',
  );
}

test('operative-duplicate points to the first paragraph with the number (relatedInformation)', () => {
  const text = draft({ operative: operatives([1, 2, 2, 3]) });
  const [d] = service.diagnostics(text, undefined, URI).filter((x) => x.code === 'operative-duplicate');
  assert.ok(d, 'a duplicate is reported');
  const related = d.relatedInformation ?? [];
  assert.equal(related.length, 1);
  assert.equal(related[0].location.uri, URI);
  assert.equal(related[0].location.range.start.line, lineContaining(text, '\t2.\t', 1));
});

test('each fault of a draft with several faults lands on its own line', () => {
  const text = draft({
    operative: [op(1, `${verb(1)};`), op(2, `${verb(2)};`), op(4, `${verb(4)};`), '\t5 Calls upon all States to act;', op(5, `${verb(6)}.`)],
  });
  const diagnostics = service.diagnostics(text);
  const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);
  assert.deepEqual(at('operative-gap'), [lineContaining(text, '\t4.\t')]);
  assert.deepEqual(at('operative-number-malformed'), [lineContaining(text, '\t5 Calls')]);
  assert.deepEqual(at('operative-duplicate'), [lineContaining(text, '\t5.\t')]);
});

test('every draft gives the same diagnostics with spaces for TABs, CRLF line ends and a BOM', () => {
  const key = (text: string) => describe(service.diagnostics(text).filter(inScope)).join(' ');
  const failures: string[] = [];
  for (const rule of RULE_CASES) {
    const wanted = key(rule.text);
    for (const [layout, transform] of [
      ['spaces', (t: string) => tabsToSpaces(t)],
      ['CRLF', toCrlf],
      ['BOM', (t: string) => '\ufeff' + t],
    ] as const) {
      const got = key(transform(rule.text));
      if (got !== wanted) failures.push(`${rule.name} (${layout}): ${got} instead of ${wanted}`);
    }
  }
  assert.deepEqual(failures, []);
});

// ---- severity settings --------------------------------------------------------------------

const GAP = draft({ operative: operatives([1, 2, 4, 5]) });
const gapsIn = (settings: unknown) => service.diagnostics(GAP, settings).filter((d) => d.code === 'operative-gap');

test('a rule set to "off" disappears, and only that rule', () => {
  const withOthers = draft({ operative: [...operatives([1, 2, 4]).map((l) => l.replace(/\.$/, ';')), op(5, 'Recalling its decision to act.')] });
  const before = service.diagnostics(withOthers);
  assert.ok(before.some((d) => d.code === 'operative-gap') && before.some((d) => d.code === 'part-of-speech'), 'the draft has a gap and a part-of-speech hint');
  const after = service.diagnostics(withOthers, { 'operative-gap': 'off' });
  assert.deepEqual(describe(after), describe(before.filter((d) => d.code !== 'operative-gap')));
});

test('a rule set to "error" becomes severity 1; "hint" becomes 4', () => {
  assert.deepEqual(gapsIn({ 'operative-gap': 'error' }).map((d) => d.severity), [1]);
  assert.deepEqual(gapsIn({ 'operative-gap': 'hint' }).map((d) => d.severity), [4]);
  const information = service.diagnostics(draft({ preamble: ['Recalling its previous resolutions;'], operative: operatives(range(2)) }), { 'punctuation-preambular': 'error' });
  assert.deepEqual(information.filter((d) => d.code === 'punctuation-preambular').map((d) => d.severity), [1], 'an information rule raised to error');
});

test('invalid severity settings are ignored', () => {
  const wanted = [SEVERITY_NUMBER[RULES.get('operative-gap')!.severity]];
  for (const settings of [
    { 'operative-gap': 'fatal' },
    { 'operative-gap': 1 },
    { 'operative-gap': null },
    { 'operative-gap': 'ERROR' },
    { 'no-such-rule': 'off' },
    'off',
    ['off'],
    null,
    42,
  ]) {
    assert.deepEqual(gapsIn(settings).map((d) => d.severity), wanted, JSON.stringify(settings));
  }
});

test('valid settings apply next to invalid ones', () => {
  const settings = { 'operative-gap': 'error', 'operative-duplicate': 'bogus', 'no-such-rule': 'error' };
  assert.deepEqual(gapsIn(settings).map((d) => d.severity), [1]);
});
