/**
 * The command line's own small algorithms: the unified diff behind `--fix --dry-run` (any two texts,
 * applied back, must give the new text) and the glob matcher.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/diff';
import { globToRegExp } from '../../server/src/cli/glob';
import { applyUnifiedDiff } from '../server/cliHarness';

// Few distinct lines, so texts share many lines and the diff has real work to do.
const text = fc.array(fc.constantFrom('a', 'b', 'c', '1. Decides;', '', '\tx\r'), { maxLength: 40 }).chain((lines) =>
  fc.boolean().map((finalNewline) => lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '')),
);

test('a unified diff applied to the old text gives the new text', () => {
  fc.assert(
    fc.property(text, text, (before, after) => {
      const diff = unifiedDiff(before, after, 'a/x', 'b/x');
      if (before === after) return diff === '';
      return applyUnifiedDiff(before, diff) === after;
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test('the diff of a one-line change is one hunk with three lines of context', () => {
  const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', ''].join('\n');
  const after = before.replace('5', 'five');
  assert.equal(unifiedDiff(before, after, 'a/f', 'b/f'), ['--- a/f', '+++ b/f', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'));
});

test('a missing final newline is marked', () => {
  assert.equal(unifiedDiff('a\nb', 'a\nc', 'a/f', 'b/f'), ['--- a/f', '+++ b/f', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+c', '\\ No newline at end of file', ''].join('\n'));
});

test('glob: * and ? stay within a folder, ** spans folders', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'sub/a.txt', false],
    ['?.md', 'c.md', true],
    ['?.md', 'cd.md', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['x/**/a.txt', 'x/a.txt', true],
    ['x/**/a.txt', 'x/y/z/a.txt', true],
    ['x/**', 'x/y/z', true],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['a.txt', 'abtxt', false],
  ];
  for (const [pattern, file, expected] of cases) assert.equal(globToRegExp(pattern).test(file), expected, `${pattern} vs ${file}`);
});
