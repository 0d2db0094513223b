/**
 * Catastrophic backtracking guards.
 *
 * 1. Adversarial one-megabyte inputs ("((((", "1.1.1.", "A/A/A/", "resolution 1/1/1/", digits and
 *    spaces, "aaaa,", many labels, many footnotes ...) go through the parser and every feature the
 *    service exposes; each step must finish within a generous bound.
 * 2. Every regex literal in server/src (found by a small TypeScript scanner), and every RegExp or
 *    regex-source string the service modules export (the citation scanners are composed from
 *    those), runs on adversarial strings made of its own characters: screened at 5 KB, and any
 *    that is slow there is timed at 50 KB, where more than a second means super-linear matching.
 *
 * Everything runs in a worker thread that is terminated when a step overruns, so a hang fails
 * its test with the input named instead of stalling the run.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FuzzWorker, HangError } from '../support/fuzz/runner';
import { adversarialInputs, extractRegexLiterals, regexesUnder, type RegexInputSpec } from '../support/fuzz/regexScan';
import { loadCorpus, repoRoot, sourceFiles } from '../support/fuzz/repo';

/**
 * Generous bound for the parse, or one feature, on one input of about a megabyte. Linear but
 * heavy inputs (a megabyte of one-letter lines) take 2 to 4 s on a loaded 2-core machine; a
 * quadratic step on a megabyte takes minutes.
 */
const STEP_MS = 10_000;
/** A regex taking longer than this on 50 KB is super-linear. */
const REGEX_MS = 1_000;
const SCREEN_LENGTH = 5_000;
const FULL_LENGTH = 50_000;
/** At 5 KB a linear regex takes microseconds; only these slower ones are timed at 50 KB. */
const SCREEN_MS = 2;
const MB = 1_000_000;

const worker = new FuzzWorker();
after(() => worker.close());

const fill = (unit: string, length = MB): string => unit.repeat(Math.max(1, Math.floor(length / unit.length)));
const lines = (line: string, length = MB): string => fill(`${line}\n`, length);

/** Adversarial inputs of about a megabyte each. */
const INPUTS: Array<[string, () => string]> = [
  ['"(((((" one line', () => fill('(')],
  ['"((((Decides))))" one line', () => fill('(', MB / 2) + 'Decides ' + fill(')', MB / 2)],
  ['"))))" one line', () => fill(')')],
  ['"1.1.1.1." one line', () => fill('1.')],
  ['"A/A/A/A/" one line', () => fill('A/')],
  ['"resolution 1/1/1/" one line', () => 'resolution ' + fill('1/')],
  ['"resolutions 1/1, 1/1, ..." one line', () => 'resolutions ' + fill('1/1, ')],
  ['"1 2 3 " digits and spaces', () => fill('1 ')],
  ['"12 345 678 " figures', () => fill('12 345 678 ')],
  ['"aaaa...," one word', () => fill('a', MB - 1) + ','],
  ['"a" + spaces + "b"', () => 'a' + fill(' ', MB - 2) + 'b'],
  ['TABs and no-break spaces', () => 'Decides' + fill('\t\u00a0') + 'x'],
  ['"“““" quotes', () => fill('“')],
  ['"(a)(a)(a)" labels on one line', () => fill('(a)')],
  ['"1. 1. 1. " labels on one line', () => fill('1. ')],
  ['"Recalling resolution 59/48 of 2 December 2004, " repeated', () => 'Recalling ' + fill('resolution 59/48 of 2 December 2004, ')],
  ['"217 A (III) " repeated', () => fill('217 A (III) ')],
  ['"A/RES/1/1/1/" symbol', () => 'A/RES/' + fill('1/')],
  ['"United Nations, Treaty Series, vol. 1, No. 1 " repeated', () => fill('United Nations, Treaty Series, vol. 1, No. 1 ')],
  ['"Ibid., vol. 1, No. 1 " repeated', () => fill('Ibid., vol. 1, No. 1 ')],
  ['"paragraph 1 (a) of " repeated', () => fill('paragraph 1 (a) of ')],
  ['"-" and "_" runs', () => fill('-', MB / 2) + fill('_', MB / 2)],
  ['"1.\\n" many labels', () => lines('1.')],
  ['"(a)\\n" many sub-paragraph labels', () => lines('(a)')],
  ['"(i)\\n(h)\\n" alternating labels', () => lines('(i)\n(h)')],
  ['empty lines (LF)', () => fill('\n')],
  ['empty lines (CRLF)', () => fill('\r\n')],
  ['empty lines (CR)', () => fill('\r')],
  ['"word\\n" hard-wrapped lower-case lines', () => 'The General Assembly,\n' + lines('word')],
  ['"A\\n" many one-letter lines', () => lines('A')],
  ['"II\\n" many roman heading lines', () => lines('II')],
  ['"Annex\\n" many annex lines', () => lines('Annex')],
  ['"The General Assembly,\\n" many formulas', () => lines('The General Assembly,')],
  ['"40th plenary meeting\\n" many closings', () => lines('40th plenary meeting')],
  ['"3/5\\n" many page numbers', () => lines('3/5')],
  ['many paragraphs then many footnotes', () => lines('Decides.', MB / 2) + '__________\n' + lines('1 Note.', MB / 2)],
  ['paragraphs interrupted by page headers', () => lines('Decides to\n12-34567 (E)\nact further', MB)],
  ['"[^1]: " many markdown footnotes', () => lines('[^1]: Note')],
  ['"[DU1]<<ODS JOB NO>>" export fields', () => lines('[DU1]<<ODS JOB NO>>N1<<ODS JOB NO>>')],
  ['the largest corpus text repeated to a megabyte', () => {
    const largest = loadCorpus().reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    return largest.repeat(Math.max(1, Math.ceil(MB / largest.length)));
  }],
  ['a corpus text with a megabyte of spaces inside a paragraph', () => {
    const text = loadCorpus()[0].text;
    const at = text.indexOf(' ', text.length >> 1);
    return text.slice(0, at) + fill(' ') + text.slice(at);
  }],
];

let featureList: Promise<string[]> | undefined;
/** The service's features, asked of the worker once (lazily, so a failure belongs to a test). */
const features = (): Promise<string[]> => (featureList ??= worker.run<string[]>({ type: 'features' }, 30_000));

for (const [name, build] of INPUTS) {
  test(`parse and every feature finish on ${name}`, async (t) => {
    const text = build();
    const names = await features();
    const timings: string[] = [];
    let step = 'parse';
    try {
      const parseMs = await worker.run<number>({ type: 'load', text }, STEP_MS);
      timings.push(`parse ${parseMs.toFixed(0)} ms`);
      for (const feature of names) {
        step = feature;
        const ms = await worker.run<number>({ type: 'feature', name: feature }, STEP_MS);
        timings.push(`${feature} ${ms.toFixed(0)} ms`);
      }
    } catch (error) {
      if (error instanceof HangError) assert.fail(`${step} did not finish within ${STEP_MS} ms on ${name} (${text.length} chars)`);
      assert.fail(`${step} failed on ${name} (${text.length} chars): ${(error as Error).message}`);
    }
    t.diagnostic(`${text.length} chars: ${timings.join(', ')}`);
    assert.equal(timings.length, names.length + 1);
  });
}

// ---- regexes ----------------------------------------------------------------------------------

interface RegexUnderTest {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Regexes the compiled service modules export, and exported strings that are regex sources. */
function exportedRegexes(): RegexUnderTest[] {
  const out: RegexUnderTest[] = [];
  const compiled = path.join(__dirname, '..', '..', 'server', 'src', 'service');
  const files = sourceFiles('server/src/service').map((file) => path.join(compiled, path.relative(path.join(repoRoot, 'server', 'src', 'service'), file)).replace(/\.ts$/, '.js'));
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const exports = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      const where = `${path.relative(path.join(__dirname, '..', '..'), file)} export ${name}`;
      if (value instanceof RegExp) out.push({ where, source: value.source, flags: value.flags });
      else if (typeof value === 'string' && /\\[dswbpu]|\(\?|\[[^\]]+\]/.test(value)) {
        try {
          new RegExp(value, 'u');
          out.push({ where, source: value, flags: '' });
        } catch {
          try {
            new RegExp(value);
            out.push({ where, source: value, flags: '' });
          } catch {
            // not a regex source
          }
        }
      }
    }
  }
  return out;
}

/**
 * A regex whose line (or the line above) carries this mark only ever sees input of bounded size
 * (e.g. the first 6000 characters of a file); it is still timed and listed, but does not fail.
 */
const EXEMPT_MARK = 'fuzz-regex: bounded input';

function isExempt(regex: RegexUnderTest): boolean {
  const m = /^(.*\.ts):(\d+)$/.exec(regex.where);
  if (!m) return false;
  const lines = fs.readFileSync(path.join(repoRoot, m[1]), 'utf8').split('\n');
  const line = Number(m[2]);
  return [lines[line - 1], lines[line - 2]].some((text) => text?.includes(EXEMPT_MARK));
}

const describeInput = (spec: RegexInputSpec): string =>
  `${JSON.stringify(spec.prefix)} + ${JSON.stringify(spec.unit)} × ${Math.floor((spec.length - spec.prefix.length - spec.suffix.length) / spec.unit.length)} + ${JSON.stringify(spec.suffix)}`;

/** Times one regex on its adversarial inputs; returns the inputs slower than `limitMs` (or hanging). */
async function timeRegex(regex: RegexUnderTest, specs: RegexInputSpec[], limitMs: number, repeat = 1): Promise<Array<{ spec: RegexInputSpec; ms: number | 'hang' }>> {
  const slow: Array<{ spec: RegexInputSpec; ms: number | 'hang' }> = [];
  let offset = 0;
  while (offset < specs.length) {
    const batch = specs.slice(offset);
    const tasks = batch.flatMap((input) => Array.from({ length: repeat }, () => ({ source: regex.source, flags: regex.flags, input })));
    const best = new Map<number, number>();
    const onStep = (step: number, ms: unknown): void => {
      const index = Math.floor(step / repeat);
      best.set(index, Math.min(best.get(index) ?? Infinity, ms as number));
    };
    let next = specs.length;
    try {
      await worker.run<number>({ type: 'regex', tasks }, 120_000 + tasks.length * 20, onStep, Math.max(limitMs * 2, 1_000));
    } catch (error) {
      if (!(error instanceof HangError) || error.step === undefined) throw error;
      const index = Math.floor(error.step / repeat);
      best.delete(index);
      slow.push({ spec: batch[index], ms: 'hang' });
      next = offset + index + 1;
    }
    for (const [index, ms] of best) if (ms > limitMs) slow.push({ spec: batch[index], ms });
    offset = next;
  }
  return slow;
}

test('the regex scanner finds the regex literals of server/src, and each compiles', () => {
  const files = sourceFiles('server/src');
  const found = regexesUnder(files, repoRoot);
  assert.ok(files.length > 0 && found.length > 0, 'no regex literals found');
  const broken = found.filter((r) => {
    try {
      new RegExp(r.source, r.flags);
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(broken.map((r) => `${r.where} /${r.source}/${r.flags}`), [], 'scanned "regexes" that do not compile (scanner error)');
  // The scanner itself: literals in strings, comments and after division are not regexes.
  const sample = "const a = x / 2 / y; // not /a regex/\nconst s = '/nor/ this'; const r = /re[/]gex\\//g; f(/b/, `t/${/c/.source}/`);";
  assert.deepEqual(extractRegexLiterals('sample.ts', sample).map((r) => `/${r.source}/${r.flags}`), ['/re[/]gex\\//g', '/b/', '/c/']);
});

test('the backtracking detector flags a known catastrophic regex', async () => {
  const slow = await timeRegex({ where: 'sample', source: '^(a+)+$', flags: '' }, [{ prefix: '', unit: 'a', length: FULL_LENGTH, suffix: '!' }], REGEX_MS);
  assert.equal(slow.length, 1, 'an exponential regex on 50 KB was not flagged');
});

test('no regex of the service backtracks catastrophically on its own characters', async (t) => {
  const literals = regexesUnder(sourceFiles('server/src'), repoRoot);
  const regexes: RegexUnderTest[] = [...literals, ...exportedRegexes()];
  const seen = new Set<string>();
  const findings: string[] = [];
  const exempted: string[] = [];
  const superlinear: string[] = [];
  let inputs = 0;
  for (const regex of regexes) {
    const key = `${regex.source}/${regex.flags}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const screen = adversarialInputs(regex.source, regex.flags, SCREEN_LENGTH);
    inputs += screen.length;
    // Screen at 5 KB (best of two runs, so compiling the regex does not count).
    const suspects = await timeRegex(regex, screen, SCREEN_MS, 2);
    // The slowest suspects first; one confirmed input is enough to flag the regex.
    suspects.sort((a, b) => (b.ms === 'hang' ? Infinity : b.ms) - (a.ms === 'hang' ? Infinity : a.ms));
    let confirmed: string | undefined;
    for (const suspect of suspects.slice(0, 3)) {
      const full = { ...suspect.spec, length: FULL_LENGTH };
      inputs++;
      const [slow] = suspect.ms === 'hang' ? [{ spec: full, ms: 'hang' as const }] : await timeRegex(regex, [full], REGEX_MS);
      if (slow) {
        const time = slow.ms === 'hang' ? `over ${REGEX_MS * 2} ms` : `${slow.ms.toFixed(0)} ms`;
        confirmed = `${regex.where} /${regex.source}/${regex.flags}: ${time} on ${describeInput(full)} (${suspects.length} slow inputs at 5 KB)`;
        break;
      }
      superlinear.push(`${regex.where} /${regex.source}/${regex.flags} on ${describeInput(suspect.spec)}: ${typeof suspect.ms === 'number' ? suspect.ms.toFixed(1) : suspect.ms} ms at 5 KB`);
    }
    if (confirmed) (isExempt(regex) ? exempted : findings).push(confirmed);
  }
  t.diagnostic(`${seen.size} distinct regexes (${literals.length} literals), ${inputs} adversarial inputs`);
  if (superlinear.length) t.diagnostic(`slow at 5 KB but under ${REGEX_MS} ms at 50 KB:\n${superlinear.slice(0, 20).join('\n')}`);
  if (exempted.length) t.diagnostic(`super-linear but marked "${EXEMPT_MARK}" (only ever run on a bounded prefix):\n${exempted.join('\n')}`);
  assert.deepEqual(findings, [], `regexes taking over ${REGEX_MS} ms on ${FULL_LENGTH / 1000} KB of their own characters`);
});
