/**
 * Hostile inputs for the command line (dist/cli.js, run as a child process) and for the language
 * service itself: a 100 MB file (refused over --max-size, checked under a larger one within time
 * and memory bounds), a 10 MB single line, a binary file, invalid UTF-8, and the analysis limit.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLanguageService, type ParsedDocument } from '../../server/src/service';
import { FULL_ANALYSIS_LIMIT } from '../../server/src/service/diagnostics/analysis';
import { readCorpus, repoRoot } from '../support/paths';
import { runMeasured } from '../support/abuse/measure';
import { cliPath, ensureBuilt } from './cliHarness';

const MB = 1024 * 1024;
/** The seed export (A/RES/67/15) from the shared corpus: about 9 KB, repeated to any size. */
const CORPUS_TEXT = readCorpus('raw/000_e48293b0b745954a.ods.txt');
const GAP_DRAFT = ['The General Assembly,', '', '\tRecalling its resolution 59/48 of 2 December 2004,', '', '\t1.\tDecides to act;', '', '\t3.\tRequests a report.', ''].join('\n');

/** Bounds, generous against the figures measured on 2 busy cores (see the test output). */
const BOUNDS = {
  refuseMs: 10_000,
  refusePeakMb: 200,
  check100MbMs: 60_000,
  check100MbPeakMb: 1536,
  singleLineMs: 20_000,
  service10MbMs: 10_000,
  service100MbMs: 60_000,
};

/** Writes `text` repeated up to exactly `bytes` bytes, in 1 MB chunks (the text is ASCII-safe at chunk ends). */
function writeRepeated(file: string, text: string, bytes: number): void {
  const unit = Buffer.from(text, 'utf8');
  const chunk = Buffer.alloc(MB);
  for (let at = 0; at < MB; at += unit.length) unit.copy(chunk, at, 0, Math.min(unit.length, MB - at));
  const fd = fs.openSync(file, 'w');
  try {
    for (let written = 0; written < bytes; written += MB) fs.writeSync(fd, chunk, 0, Math.min(MB, bytes - written));
  } finally {
    fs.closeSync(fd);
  }
}

function runCli(args: readonly string[], timeoutMs: number) {
  return runMeasured(process.execPath, [cliPath, ...args], timeoutMs);
}

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

describe('hostile files through the command line', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-hostile-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a 100 MB file: refused over the default --max-size (50 MB), checked with --max-size 200M within bounds', { timeout: 120_000 }, async (t) => {
    const file = path.join(dir, 'A_RES_100MB.txt');
    writeRepeated(file, CORPUS_TEXT, 100 * MB);
    assert.equal(fs.statSync(file).size, 100 * MB);

    const refused = await runCli(['check', file], 30_000);
    t.diagnostic(`refused in ${refused.wallMs} ms, peak RSS ${mb(refused.peakRssKb)} (${refused.method})`);
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /A_RES_100MB\.txt: file is 100 MB, over the 50 MB limit \(see --max-size\)/);
    assert.ok(refused.wallMs < BOUNDS.refuseMs, `refused in ${refused.wallMs} ms`);
    assert.ok(refused.peakRssKb / 1024 < BOUNDS.refusePeakMb, `the file is not loaded to be refused: peak ${mb(refused.peakRssKb)}`);

    // "--max-size 200" would be 200 bytes (plain numbers are bytes): 200M is what is meant.
    const checked = await runCli(['check', '--max-size', '200M', '--format', 'json', file], BOUNDS.check100MbMs + 30_000);
    t.diagnostic(`100 MB checked in ${checked.wallMs} ms, peak RSS ${mb(checked.peakRssKb)} (${checked.method})`);
    assert.ok(checked.status === 0 || checked.status === 1, `exit ${checked.status}: ${checked.stderr.slice(0, 500)}`);
    assert.ok(checked.stdout.includes('analysis-limited'), checked.stdout.slice(0, 500));
    assert.ok(checked.wallMs < BOUNDS.check100MbMs, `checked in ${checked.wallMs} ms`);
    assert.ok(checked.peakRssKb / 1024 < BOUNDS.check100MbPeakMb, `peak RSS ${mb(checked.peakRssKb)}`);
    fs.rmSync(file);
  });

  test('a 10 MB single line is checked within a bound', { timeout: 60_000 }, async (t) => {
    const file = path.join(dir, 'one-line.txt');
    const line = CORPUS_TEXT.replace(/[\r\n]+/g, ' ');
    writeRepeated(file, line, 10 * MB);
    const run = await runCli(['check', file], BOUNDS.singleLineMs + 30_000);
    t.diagnostic(`10 MB line checked in ${run.wallMs} ms, peak RSS ${mb(run.peakRssKb)}`);
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.slice(0, 500)}`);
    assert.match(run.stdout, /one-line\.txt:1:1: information analysis-limited/);
    assert.ok(run.wallMs < BOUNDS.singleLineMs, `checked in ${run.wallMs} ms`);
  });

  test('binary files are refused with a clear message and exit 2', { timeout: 30_000 }, async () => {
    const png = path.join(dir, 'icon.txt');
    fs.copyFileSync(path.join(repoRoot, 'images', 'icon.png'), png);
    const nul = path.join(dir, 'A_RES_1_1.txt');
    fs.writeFileSync(nul, Buffer.concat([Buffer.from(GAP_DRAFT.slice(0, 30)), Buffer.from([0, 1, 2, 0xff, 0]), Buffer.from(GAP_DRAFT.slice(30))]));
    const utf16 = path.join(dir, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GAP_DRAFT, 'utf16le')]));
    for (const [file, message] of [
      [png, /icon\.txt: binary file \(NUL byte at offset \d+\), skipped/],
      [nul, /A_RES_1_1\.txt: binary file \(NUL byte at offset 30\), skipped/],
      [utf16, /utf16\.txt: UTF-16 text is not supported/],
    ] as const) {
      const run = await runCli(['check', file], 20_000);
      assert.equal(run.status, 2, `${file}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout.includes('operative-gap'), false, 'a refused file is not checked');
    }
  });

  test('invalid UTF-8 gets a notice and is still checked', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'latin1.txt');
    // "été" and curly quotes in Windows-1252, as older Word exports have them; paragraph 2 is missing.
    const text = 'The General Assembly,\n\n\tRecalling its resolution 59/48 of 2 December 2004 \xe9t\xe9,\n\n\t1.\tDecides \x93to act\x94;\n\n\t3.\tRequests a report.\n';
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    const run = await runCli(['check', file], 20_000);
    assert.match(run.stderr, /latin1\.txt: not valid UTF-8 \(first bad byte at offset \d+, line 3\); read as Windows-1252/);
    assert.match(run.stdout, /latin1\.txt:7:\d+: warning operative-gap/);
    assert.equal(run.status, 0, 'warnings only: exit 0');
  });
});

describe('hostile texts through the language service', () => {
  const service = createLanguageService();

  function analyse(text: string): { ms: number; doc: ParsedDocument; outline: number; codes: string[] } {
    const started = Date.now();
    const doc = service.parse(text);
    const outline = service.outline(doc);
    const diagnostics = service.diagnostics(doc);
    const ms = Date.now() - started;
    return { ms, doc, outline: outline.length, codes: diagnostics.map((d) => String(d.code)) };
  }

  test('a 10 MB single line: parse, outline and diagnostics within a bound', { timeout: 60_000 }, (t) => {
    const line = CORPUS_TEXT.replace(/[\r\n]+/g, ' ');
    const text = line.repeat(Math.ceil((10 * MB) / line.length)).slice(0, 10 * MB);
    const result = analyse(text);
    t.diagnostic(`10 MB line: parse + outline + diagnostics in ${result.ms} ms`);
    assert.equal(result.doc.lines.lineCount, 1);
    assert.ok(result.outline >= 1);
    assert.ok(result.codes.includes('analysis-limited'));
    assert.ok(result.ms < BOUNDS.service10MbMs, `${result.ms} ms`);
    // Positions at the far end of the line resolve without scanning problems.
    const selection = service.selectionRanges(result.doc, [{ line: 0, character: 10 * MB - 1 }, { line: 0, character: 1e12 }]);
    assert.equal(selection.length, 2);
  });

  test('a 100 MB text: parse, outline and diagnostics within a bound', { timeout: 120_000 }, (t) => {
    const text = CORPUS_TEXT.repeat(Math.ceil((100 * MB) / CORPUS_TEXT.length)).slice(0, 100 * MB);
    const before = process.memoryUsage().rss;
    const result = analyse(text);
    const grown = (process.memoryUsage().rss - before) / MB;
    t.diagnostic(`100 MB text: parse + outline + diagnostics in ${result.ms} ms; RSS of the test process +${grown.toFixed(0)} MB`);
    assert.ok(result.outline >= 1);
    assert.ok(result.codes.includes('analysis-limited'));
    assert.ok(result.ms < BOUNDS.service100MbMs, `${result.ms} ms`);
  });

  test('analysis-limited is reported just over the analysis limit, not at it', { timeout: 60_000 }, () => {
    const at = CORPUS_TEXT.repeat(Math.ceil(FULL_ANALYSIS_LIMIT / CORPUS_TEXT.length)).slice(0, FULL_ANALYSIS_LIMIT);
    assert.equal(at.length, FULL_ANALYSIS_LIMIT);
    assert.ok(!service.diagnostics(at).some((d) => d.code === 'analysis-limited'), 'at the limit the analysis is full');
    const over = service.diagnostics(`${at}\n`);
    const limited = over.find((d) => d.code === 'analysis-limited');
    assert.ok(limited, 'one character over the limit');
    assert.deepEqual(limited.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(String(limited.message), /large \(8 MB\)/);
  });
});
