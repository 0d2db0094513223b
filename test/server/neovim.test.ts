/**
 * The language server in another editor: headless Neovim starts `node dist/server.js --stdio`
 * (test/server/nvim/probe.lua) and reports the outline of a corpus resolution, the diagnostics
 * of a draft with a numbering gap and the hover on a citation. Neovim is a test requirement
 * (Debian package `neovim`): without it this test fails, it does not skip.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { corpusRoot, repoRoot } from '../support/paths';
import { tempDir } from './cliHarness';

const serverPath = path.join(repoRoot, 'dist', 'server.js');
const probe = path.join(repoRoot, 'test', 'server', 'nvim', 'probe.lua');
const resolutionPath = path.join(corpusRoot, 'txt', 'A_RES_75_190.txt');
const CITATION = '74/166';
const DRAFT = [
  'The General Assembly,',
  '',
  `\tRecalling its resolution ${CITATION} of 18 December 2019,`,
  '\t1.\tDecides to convene a high-level meeting;',
  '\t2.\tRequests the Secretary-General to report;',
  '\t4.\tDecides to remain seized of the matter.',
  '',
].join('\n');

interface Probe {
  nvim: string;
  errors: string[];
  symbols: DocumentSymbol[] | null;
  diagnostics: Array<{ code: string; source: string; severity: number; range: { start: { line: number; character: number } } }> | null;
  shown?: number;
  hover_provider?: boolean;
  hover: { contents: unknown } | null;
}

function nvimVersion(): string | undefined {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

describe('Neovim (headless) against the stdio server', () => {
  let report: Probe | undefined;
  // A set-up failure (no nvim) is reported by every test, each failing with the reason.
  let setupError: unknown;

  before(() => {
    try {
      report = runProbe();
    } catch (error) {
      setupError = error;
    }
  });

  const probeReport = (): Probe => {
    if (setupError) throw setupError;
    return report!;
  };

  function runProbe(): Probe {
    const version = nvimVersion();
    assert.ok(version, 'nvim is not installed: install the Debian package "neovim" (apt-get install -y neovim); CI installs it in .ci/run');
    if (!fs.existsSync(serverPath)) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    const dir = tempDir({ after });
    const draftPath = path.join(dir, 'draft.unres');
    fs.writeFileSync(draftPath, DRAFT);
    const citationLine = DRAFT.split('\n').findIndex((line) => line.includes(CITATION));
    const out = path.join(dir, 'report.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${probe}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        UN_SERVER_CMD: JSON.stringify([process.execPath, serverPath, '--stdio']),
        UN_RESOLUTION: resolutionPath,
        UN_DRAFT: draftPath,
        UN_HOVER_LINE: String(citationLine),
        UN_HOVER_CHARACTER: String(DRAFT.split('\n')[citationLine].indexOf(CITATION) + 2),
        UN_OUT: out,
      },
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no report (status ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  }

  test('the outline Neovim receives is the service outline of the resolution', () => {
    const report = probeReport();
    assert.ok(Array.isArray(report.symbols), `no symbols: ${report.errors.join('; ')}`);
    const shape = (symbols: DocumentSymbol[]): unknown[] =>
      symbols.map((s) => ({ name: s.name, kind: s.kind, line: s.range.start.line, children: shape(s.children ?? []) }));
    const expected = createLanguageService().outline(fs.readFileSync(resolutionPath, 'utf8'));
    assert.ok(expected.length > 0);
    assert.deepEqual(shape(report.symbols!), shape(expected));
  });

  test('the draft gets an operative-gap diagnostic on paragraph "4."', () => {
    const report = probeReport();
    assert.ok(Array.isArray(report.diagnostics), `no diagnostics: ${report.errors.join('; ')}`);
    const gapLine = DRAFT.split('\n').findIndex((line) => line.startsWith('\t4.'));
    const gaps = report.diagnostics!.filter((d) => d.code === 'operative-gap');
    assert.equal(gaps.length, 1, JSON.stringify(report.diagnostics));
    assert.equal(gaps[0].range.start.line, gapLine);
    assert.equal(gaps[0].source, 'un-resolution');
    assert.ok((report.shown ?? 0) >= 1, 'Neovim shows the diagnostics in the buffer');
  });

  test(`hovering the citation ${CITATION} shows what it cites`, () => {
    const report = probeReport();
    assert.equal(report.hover_provider, true, 'the server announces no hoverProvider (hover not implemented yet?)');
    assert.ok(report.hover && report.hover.contents, `no hover: ${report.errors.join('; ')}`);
    assert.match(JSON.stringify(report.hover.contents), new RegExp(CITATION.replace('/', '\\/')));
  });

  test('Neovim reported no request error', () => {
    const report = probeReport();
    assert.deepEqual(report.errors, []);
  });
});
