/**
 * The outline of every corpus txt/ file that has an xml/ sibling, compared with the structure the
 * XML marks up (test/support/akn.ts), after the documented corrections (corpusExceptions.ts).
 * One test per file; a failure lists, per aspect, the first difference and where it is.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { createLanguageService } from '../../server/src/service';
import { readAkn } from '../support/akn';
import { expectationFor } from '../support/corpusExceptions';
import { summarizeOutline } from '../support/outlineSummary';
import { compareStructures } from '../support/compareStructure';
import { corpusPairs, operativePhrases, xmlFiles } from '../support/sharedCorpus';
import { beyondGap, OUTLINE_GAPS } from '../support/knownParserGaps';

const service = createLanguageService();
const phrases = operativePhrases();
const pairs = corpusPairs();

test('every corpus XML file has its txt rendering', () => {
  assert.ok(pairs.length >= 100, `only ${pairs.length} txt/xml pairs found`);
  assert.equal(pairs.length, xmlFiles().length, 'some xml/ files have no txt/ sibling');
});

for (const pair of pairs) {
  test(`outline of txt/${pair.base}.txt matches its XML structure`, () => {
    const expected = expectationFor(pair.base, readAkn(fs.readFileSync(pair.xmlPath, 'utf8')), 'txt');
    const outline = service.outline(fs.readFileSync(pair.txtPath, 'utf8'));
    const gap = OUTLINE_GAPS[`txt/${pair.base}.txt`];
    const problems = beyondGap(compareStructures(expected, summarizeOutline(outline, { operativePhrases: phrases })), gap);
    if (problems.length) assert.fail(`txt/${pair.base}.txt:\n  - ${problems.join('\n  - ')}`);
    if (gap) console.log(`# known gap, txt/${pair.base}.txt (${gap.aspects.join(', ')}): ${gap.reason}`);
  });
}

test('presidential statements: the Outline lists the introduction and each of the statement\'s paragraphs', () => {
  const statements = pairs.filter((pair) => /^Statement by the President/.test(fs.readFileSync(pair.txtPath, 'utf8')));
  assert.ok(statements.length >= 3, `only ${statements.length} statements found`);
  const firstWords = (text: string) => text.replace(/[“"…]/g, '').trim().split(/\s+/).slice(0, 3).join(' ');
  for (const pair of statements) {
    const text = fs.readFileSync(pair.txtPath, 'utf8');
    // Each paragraph of the statement is quoted, on a line of its own.
    const paragraphs = text.split('\n').filter((line) => /^\s*[“"]/.test(line)).map(firstWords);
    const symbols = service.outline(text);
    const names = symbols.map((symbol) => symbol.name);
    assert.ok(/^At the \d+\w\w meeting/.test(names[0]), `${pair.base}: ${names[0]}`);
    assert.deepEqual(names.slice(1).map(firstWords), paragraphs, `${pair.base}:\n${names.join('\n')}`);
    // "The Security Council condemns" names a paragraph as a lead phrase does, the words after it its detail.
    const quoted = text.split('\n').filter((line) => /^\s*[“"]/.test(line)).map((line) => line.trim().replace(/^[“"]/, ''));
    for (const [i, symbol] of symbols.slice(1).entries()) {
      if (!/^The Security Council [a-z]/.test(quoted[i])) continue;
      assert.match(symbol.name, /^The Security Council (?:[a-z]+ )?[a-z]+$/, `${pair.base}: ${symbol.name}`);
      assert.ok(symbol.detail && quoted[i].startsWith(`${symbol.name} ${symbol.detail.replace(/…$/, '')}`), `${pair.base}: ${symbol.name} — ${symbol.detail}`);
    }
  }
});
