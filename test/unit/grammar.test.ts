/**
 * The TextMate grammar and the language configuration, checked outside VS Code: the word pattern
 * keeps document symbols and resolution numbers whole, every grammar regex compiles in Oniguruma
 * (the engine VS Code uses) and none backtracks on long hostile lines (checked in a worker that is
 * killed when a step overruns, since a search cannot be interrupted), and the committed
 * grammar is what scripts/build-grammar.mjs generates. Scopes themselves: test/grammar/*.test.unres.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as oniguruma from 'vscode-oniguruma';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../support/paths';
import type { StressJob, StressMessage } from '../support/grammarStressWorker';

const grammarPath = path.join(repoRoot, 'syntaxes', 'un-resolution.tmLanguage.json');
const grammarJson = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
const languageConfiguration = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8'));

/** The word around `offset`, found the way VS Code does: scan the global word regex over the line. */
function wordAt(text: string, offset: number): string | undefined {
  const words = new RegExp(languageConfiguration.wordPattern, 'g');
  for (const match of text.matchAll(words)) {
    const start = match.index ?? 0;
    if (start <= offset && offset <= start + match[0].length) return match[0];
  }
  return undefined;
}

test('wordPattern keeps symbols, resolution numbers and ordinary words whole', () => {
  const examples = ['A/RES/67/15', '59/48', 'S/RES/1373', 'A/C.3/78/L.60/Rev.1', 'S-24/2', 'A/77/277-S/2022/606', 'Recalling', 'Secretary-General'];
  for (const word of examples) {
    const line = `recalling (see ${word}), and ${word}.`;
    for (const start of [line.indexOf(word), line.lastIndexOf(word)]) {
      assert.equal(wordAt(line, start), word, `at the start of ${word}`);
      assert.equal(wordAt(line, start + Math.floor(word.length / 2)), word, `inside ${word}`);
    }
  }
});

test('wordPattern stops at punctuation around a word and never matches empty text', () => {
  const cases: [line: string, word: string][] = [
    ['signed in Beijing on 7 June 2012,1', '2012'],
    ['its resolution 59/48.', '59/48'],
    ['Committee (A/67/L.15)]', 'A/67/L.15'],
    ['“Cooperation between”', 'Cooperation'],
  ];
  for (const [line, word] of cases) assert.equal(wordAt(line, line.indexOf(word) + 1), word, line);
  assert.equal(new RegExp(languageConfiguration.wordPattern).test(''), false);
  assert.equal(new RegExp(`^(?:${languageConfiguration.wordPattern})$`).test('a, b'), false);
});

test('language configuration pairs parentheses, square brackets and straight and curly quotes', () => {
  const opens = (languageConfiguration.autoClosingPairs as { open: string; close: string }[]).map((pair) => pair.open + pair.close);
  assert.deepEqual(opens.sort(), ['""', '()', '[]', '“”'].sort());
  const surrounding = (languageConfiguration.surroundingPairs as string[][]).map((pair) => pair.join(''));
  assert.deepEqual(surrounding.sort(), ['""', '()', '[]', '“”'].sort());
  const brackets = (languageConfiguration.brackets as string[][]).map((pair) => pair.join(''));
  assert.ok(brackets.includes('()') && brackets.includes('[]'));
});

/** Every regex source in the grammar, with where it is, for messages. */
function grammarRegexes(node: unknown, where = ''): { where: string; source: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => grammarRegexes(item, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string'
      ? [{ where: `${where}.${key}`, source: value }]
      : grammarRegexes(value, `${where}.${key}`),
  );
}

const onigReady = oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);

test('every grammar regex compiles in Oniguruma', async () => {
  await onigReady;
  const regexes = grammarRegexes(grammarJson);
  assert.ok(regexes.length > 20, `found only ${regexes.length} regexes`);
  for (const { where, source } of regexes) {
    assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where} does not compile`);
  }
});

/** Lines that nearly match many rules at every position: a backtracking regex would never finish. */
const hostileLines: StressJob['lines'] = {
  parentheses: ['(', '', ''],
  digits: ['1234567890', '', ''],
  'digit-slash runs': ['1/', '', ''],
  'symbol parts and unclosed citations': ['A/RES/L.1-1373 (200', '\t', ''],
  'blanks after a paragraph number': [' \t\u00a0', '\t1 .', 'x'],
  'lead phrase words': ['Recalling also Takes note with ', '\t1.\t', ''],
  'footnote-like punctuation': ['Nations,1;2.3”4', '', ''],
  '-ing line without a comma': ['Eliminating ', '\t', ''],
};

/**
 * Runs the stress worker and returns its timings; rejects when one step overruns `stepBudgetMs`
 * (a search that never ends), which also ends the worker.
 */
function stress(job: StressJob, stepBudgetMs: number): Promise<{ calibrationMs: number; steps: { step: string; ms: number; onSlice: boolean }[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, '..', 'support', 'grammarStressWorker.js'), { workerData: job });
    const steps: { step: string; ms: number; onSlice: boolean }[] = [];
    let calibrationMs = NaN;
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: Error) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(error);
    };
    worker.on('message', (message: StressMessage) => {
      clearTimeout(timer);
      if (message.kind === 'start') {
        timer = setTimeout(() => fail(new Error(`${message.step} ran longer than ${stepBudgetMs} ms`)), stepBudgetMs);
      } else if (message.kind === 'end') {
        steps.push(message);
      } else if (message.kind === 'calibrated') {
        calibrationMs = message.ms;
      } else {
        void worker.terminate();
        resolve({ calibrationMs, steps });
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`stress worker exited with ${code}`)));
  });
}

test('no grammar regex backtracks on 1 MB hostile lines, and the grammar tokenizes them', async () => {
  const regexes = grammarRegexes(grammarJson);
  const lineCount = Object.keys(hostileLines).length;
  const job: StressJob = { grammarPath, regexes, lines: hostileLines, lineLength: 1 << 20, sliceLength: 1 << 16, tokenizeLength: 20_000 };
  // A linear search of 1 MB takes well under 100 ms; the budget only stops a search that never ends.
  const { calibrationMs, steps } = await stress(job, 5000);
  assert.equal(steps.length, lineCount * (2 * regexes.length + 1), 'every step ran');
  // Catastrophic backtracking ends at Oniguruma's step limit, as slow as the calibration regex; a
  // linear search of 64 KiB is a hundred times faster. A quarter of the calibration tells them apart.
  const slow = steps.filter((step) => step.onSlice && step.ms > calibrationMs / 4);
  assert.deepEqual(
    slow.map((step) => `${step.step}: ${step.ms.toFixed(1)} ms`),
    [],
    `slower than a quarter of a catastrophic regex (${calibrationMs.toFixed(1)} ms)`,
  );
});

test('the committed grammar is what scripts/build-grammar.mjs generates', () => {
  assert.doesNotThrow(
    () => execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' }),
    'syntaxes/un-resolution.tmLanguage.json is stale: run npm run build:grammar',
  );
});
