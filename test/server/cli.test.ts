/**
 * The `un-resolution` command line, run as a child process from the built dist/cli.js: output
 * formats, exit statuses, configuration, inputs (folders, globs, stdin) and their failures, outline.
 * Fixing is tested in cli-fix.test.ts.
 */
import { before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCatalog, createLanguageService, RULE_CODES, RULES } from '../../server/src/service';
import { corpusRoot, repoRoot } from '../support/paths';
import { ensureBuilt, GAP_DRAFT, lineOf, runCli, tempDir } from './cliHarness';

// The CLI reads the shipped catalogue; compare with a service that has it too.
const service = createLanguageService({ catalog: createCatalog(() => fs.readFileSync(path.join(repoRoot, 'assets', 'catalog.tsv'), 'utf8')) });
const corpusTxt = path.join(corpusRoot, 'txt');

/** A folder with the gap draft in it, as draft.txt. */
function draftFolder(t: { after(fn: () => void): void }): string {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, 'draft.txt'), GAP_DRAFT);
  return dir;
}

before(ensureBuilt);

describe('help and usage errors', () => {
  test('--help lists the commands and every rule; --version prints the package version', () => {
    const help = runCli(['check', '--help']);
    assert.equal(help.status, 0);
    for (const code of RULE_CODES) assert.ok(help.stdout.includes(code), `help misses ${code}`);
    const version = runCli(['--version']);
    assert.equal(version.status, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(version.stdout.trim(), `un-resolution ${pkg.version}`);
  });

  for (const [args, pattern] of [
    [[], /Usage: un-resolution/],
    [['lint', 'x.txt'], /unknown command "lint"/],
    [['check'], /no input/],
    [['check', '--bogus', 'x'], /--bogus/],
    [['check', '--format', 'xml', 'x'], /--format/],
    [['check', '--jobs', '0', 'x'], /--jobs/],
    [['check', '--max-size', 'lots', 'x'], /--max-size/],
    [['check', '--dry-run', 'x'], /--dry-run only goes with --fix/],
    [['check', '--fix', '-'], /cannot rewrite standard input/],
    [['check', '--rules', 'operative-gapp=error', 'x'], /unknown rule "operative-gapp" \(did you mean "operative-gap"\?\)/],
    [['check', '--rules', 'operative-gap=fatal', 'x'], /"operative-gap": severity "fatal"/],
    [['outline', 'a', 'b'], /exactly one file/],
  ] as const) {
    test(`exit 2 on usage error: ${args.join(' ') || '(no arguments)'}`, () => {
      const run = runCli(args);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, pattern);
      assert.equal(run.stdout, '');
    });
  }
});

describe('text format and exit statuses', () => {
  test('file:line:col: severity code message; warnings alone exit 0', (t) => {
    const dir = draftFolder(t);
    const run = runCli(['check', 'draft.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const names = ['', 'error', 'warning', 'information', 'hint'];
    const expected = service.diagnostics(GAP_DRAFT).map((d) => `draft.txt:${d.range.start.line + 1}:${d.range.start.character + 1}: ${names[d.severity!]} ${d.code} ${d.message}`);
    assert.ok(expected.length > 0);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), expected);
    assert.match(run.stdout, new RegExp(`^draft\\.txt:${lineOf(GAP_DRAFT, '4.')}:1: warning operative-gap `, 'm'));
    assert.match(run.stderr, /1 problem \(1 warning\) in 1 of 1 file/);
  });

  test('exit 1 when a rule is raised to error, or warnings pass --max-warnings', (t) => {
    const dir = draftFolder(t);
    const raised = runCli(['check', '--rules', 'operative-gap=error', 'draft.txt'], { cwd: dir });
    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /: error operative-gap /);
    assert.equal(runCli(['check', '--max-warnings', '0', 'draft.txt'], { cwd: dir }).status, 1);
    assert.equal(runCli(['check', '--max-warnings', '1', 'draft.txt'], { cwd: dir }).status, 0);
    const off = runCli(['check', '--rules', 'operative-gap=off,punctuation-operative=off', 'draft.txt'], { cwd: dir });
    assert.equal(off.status, 0);
    assert.doesNotMatch(off.stdout, /operative-gap/);
  });

  test('.unresolutionrc.json is found upwards, --rules wins over it, --no-config ignores it', (t) => {
    const dir = draftFolder(t);
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    fs.copyFileSync(path.join(dir, 'draft.txt'), path.join(sub, 'draft.txt'));
    fs.writeFileSync(path.join(dir, '.unresolutionrc.json'), JSON.stringify({ rules: { 'operative-gap': 'error' } }));
    assert.equal(runCli(['check', 'draft.txt'], { cwd: sub }).status, 1);
    assert.equal(runCli(['check', '--rules', 'operative-gap=hint', 'draft.txt'], { cwd: sub }).status, 0);
    assert.equal(runCli(['check', '--no-config', 'draft.txt'], { cwd: sub }).status, 0);
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ rules: { 'operative-gap': 'off' } }));
    const explicit = runCli(['check', '--config', other, '--format', 'json', 'draft.txt'], { cwd: sub });
    assert.equal(JSON.parse(explicit.stdout).files[0].problems.filter((p: { code: string }) => p.code === 'operative-gap').length, 0);
  });

  test('a bad configuration file is refused with every problem named (exit 2)', (t) => {
    const dir = draftFolder(t);
    fs.writeFileSync(path.join(dir, '.unresolutionrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error', 'operative-gap': 'warn' }, extends: 'x' }));
    const run = runCli(['check', 'draft.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    for (const part of [/unknown rule "no-such-rule"/, /"operative-gap": severity "warn"/, /unknown key "extends"/]) assert.match(run.stderr, part);
    fs.writeFileSync(path.join(dir, '.unresolutionrc.json'), '{ "rules": ');
    assert.match(runCli(['check', 'draft.txt'], { cwd: dir }).stderr, /invalid JSON/);
    assert.match(runCli(['check', '--config', 'missing.json', 'draft.txt'], { cwd: dir }).stderr, /missing\.json: cannot read it/);
  });
});

describe('machine formats', () => {
  // The corpus texts have problems of several severities; the formats must agree on all of them.
  const corpusRun = (format: string) => runCli(['check', '--format', format, 'txt'], { cwd: corpusRoot });

  test('json: one document whose problems are the service diagnostics of each file, in input order', () => {
    const run = corpusRun('json');
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout);
    const names = fs.readdirSync(corpusTxt).filter((name) => name.endsWith('.txt')).sort();
    assert.deepEqual(doc.files.map((f: { file: string }) => f.file), names.map((name) => path.join('txt', name)));
    let total = 0;
    for (const file of doc.files) {
      const expected = service.diagnostics(fs.readFileSync(path.join(corpusRoot, file.file), 'utf8'));
      assert.deepEqual(
        file.problems.map((p: { code: string; line: number; column: number; endLine: number; endColumn: number }) => [p.code, p.line, p.column, p.endLine, p.endColumn]),
        expected.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]),
        file.file,
      );
      total += file.problems.length;
    }
    assert.ok(total > 0, 'the corpus should have some problems');
    const summary = doc.summary;
    assert.equal(summary.error + summary.warning + summary.information + summary.hint, total);
    assert.equal(summary.files, names.length);
  });

  test('sarif: SARIF 2.1.0 with the rules, relative locations and one result per problem', () => {
    const json = JSON.parse(corpusRun('json').stdout);
    const run = corpusRun('sarif');
    assert.equal(run.status, 0);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.tool.driver.name, 'un-resolution');
    const rules = sarifRun.tool.driver.rules;
    assert.deepEqual(rules.map((r: { id: string }) => r.id), [...RULE_CODES]);
    for (const rule of rules) {
      assert.equal(rule.shortDescription.text, RULES.get(rule.id)!.summary);
      assert.match(rule.helpUri, new RegExp(`^https://.*#${rule.id}$`));
    }
    const problems = json.files.flatMap((f: { file: string; problems: object[] }) => f.problems.map((p) => ({ file: f.file, ...p })));
    assert.equal(sarifRun.results.length, problems.length);
    sarifRun.results.forEach((result: any, k: number) => {
      const problem = problems[k];
      assert.equal(result.ruleId, problem.code);
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[problem.severity as string]);
      assert.equal(result.message.text, problem.message);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, problem.file.split(path.sep).join('/'));
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(location.region, { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn });
    });
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });

  test('sarif: paths are percent-encoded, and unreadable inputs are notifications of a failed run', (t) => {
    const dir = tempDir(t);
    fs.writeFileSync(path.join(dir, 'my draft.txt'), GAP_DRAFT);
    const run = runCli(['check', '--format', 'sarif', 'my draft.txt', 'absent.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    const [sarifRun] = JSON.parse(run.stdout).runs;
    assert.equal(sarifRun.results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20draft.txt');
    assert.equal(sarifRun.invocations[0].executionSuccessful, false);
    const [notice] = sarifRun.invocations[0].toolExecutionNotifications;
    assert.equal(notice.level, 'error');
    assert.match(notice.message.text, /absent\.txt: no such file/);
  });

  test('github: one workflow command per problem, with escaped properties', () => {
    const json = JSON.parse(corpusRun('json').stdout);
    const run = corpusRun('github');
    assert.equal(run.status, 0);
    const lines = run.stdout.trimEnd().split('\n');
    const problems = json.files.flatMap((f: { file: string; problems: any[] }) => f.problems.map((p) => ({ file: f.file, ...p })));
    assert.equal(lines.length, problems.length);
    lines.forEach((line, k) => {
      const p = problems[k];
      const level = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' }[p.severity as string];
      assert.equal(line, `::${level} file=${p.file},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn},title=${p.code}::${p.message.replace(/%/g, '%25')}`);
    });
  });
});

describe('inputs', () => {
  function tree(t: { after(fn: () => void): void }): string {
    const dir = tempDir(t);
    for (const file of ['a.unres', 'b.txt', 'c.md', 'notes.json', 'sub/e.txt', 'sub/deeper/f.txt', 'node_modules/x/g.txt', '.git/h.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), GAP_DRAFT);
    }
    return dir;
  }
  const filesOf = (run: { stdout: string }) => JSON.parse(run.stdout).files.map((f: { file: string }) => f.file.split(path.sep).join('/'));

  test('a folder is searched for .unres, .txt and .md, skipping node_modules and .git', (t) => {
    const dir = tree(t);
    assert.deepEqual(filesOf(runCli(['check', '--format', 'json', '.'], { cwd: dir })), ['a.unres', 'b.txt', 'c.md', 'sub/deeper/f.txt', 'sub/e.txt']);
  });

  test('globs: *, ? and **; a file named twice is checked once; a pattern matching nothing exits 2', (t) => {
    const dir = tree(t);
    assert.deepEqual(filesOf(runCli(['check', '--format', 'json', '**/*.txt'], { cwd: dir })), ['b.txt', 'sub/deeper/f.txt', 'sub/e.txt']);
    assert.deepEqual(filesOf(runCli(['check', '--format', 'json', 'sub/*.txt', '?.md', 'b.txt', './b.txt'], { cwd: dir })), ['sub/e.txt', 'c.md', 'b.txt']);
    assert.deepEqual(filesOf(runCli(['check', '--format', 'json', 'sub/**'], { cwd: dir })), ['sub/deeper/f.txt', 'sub/e.txt']);
    const none = runCli(['check', '*.docx', 'b.txt'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /\*\.docx: no files match this pattern/);
    assert.match(none.stdout, /^b\.txt:/);
  });

  test('standard input with -, named by --stdin-filename', () => {
    const run = runCli(['check', '--stdin-filename', 'pasted.unres', '-'], { input: GAP_DRAFT });
    assert.equal(run.status, 0);
    assert.match(run.stdout, new RegExp(`^pasted\\.unres:${lineOf(GAP_DRAFT, '4.')}:1: warning operative-gap`, 'm'));
    assert.match(runCli(['check', '-'], { input: GAP_DRAFT }).stdout, /^<stdin>:/m);
  });

  test('missing, binary, oversized and unreadable files are reported; the others are still checked (exit 2)', (t) => {
    const dir = draftFolder(t);
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(4096));
    fs.writeFileSync(path.join(dir, 'secret.txt'), GAP_DRAFT, { mode: 0o000 });
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const run = runCli(['check', '--max-size', '2k', 'absent.txt', 'image.txt', 'big.txt', 'secret.txt', 'draft.txt'], { cwd: dir, unprivileged: true });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /absent\.txt: no such file or directory/);
    assert.match(run.stderr, /image\.txt: binary file \(NUL byte at offset 8\)/);
    assert.match(run.stderr, /big\.txt: file is 4 KB, over the 2 KB limit/);
    assert.match(run.stderr, /secret\.txt: permission denied/);
    assert.match(run.stdout, /^draft\.txt:\d+:\d+: warning operative-gap/m);
    assert.match(run.stderr, /4 files could not be checked/);
  });

  test('text that is not UTF-8 is read as Windows-1252 with a notice, and does not fail the run', (t) => {
    const dir = tempDir(t);
    // “ and ” in Windows-1252: invalid as UTF-8.
    fs.writeFileSync(path.join(dir, 'old.txt'), Buffer.concat([Buffer.from('1. Decides to adopt the \x93plan\x94;\n\n2. Requests a report.\n', 'latin1')]));
    const run = runCli(['check', '--format', 'json', 'old.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /old\.txt: not valid UTF-8 \(first bad byte at offset 24, line 1\); read as Windows-1252/);
    assert.match(JSON.parse(run.stdout).files[0].notice, /Windows-1252/);
  });

  test('--jobs does not change the output or its order', () => {
    const one = runCli(['check', '--jobs', '1', 'txt', 'md'], { cwd: corpusRoot });
    const three = runCli(['check', '--jobs', '3', 'txt', 'md'], { cwd: corpusRoot });
    assert.equal(one.status, 0);
    assert.ok(one.stdout.length > 0);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.stderr, one.stderr);
  });
});

describe('outline', () => {
  const file = path.join(corpusTxt, 'A_RES_75_190.txt');

  test('--json prints the service outline', () => {
    const run = runCli(['outline', '--json', file]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), service.outline(fs.readFileSync(file, 'utf8')));
  });

  test('the tree has one line per symbol, indented by depth, with its line number', () => {
    const symbols = service.outline(fs.readFileSync(file, 'utf8'));
    const expected: string[] = [];
    const visit = (list: typeof symbols, depth: number) => {
      for (const s of list) {
        expected.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}  (line ${s.range.start.line + 1})`);
        visit(s.children ?? [], depth + 1);
      }
    };
    visit(symbols, 0);
    assert.ok(expected.length > 20);
    assert.deepEqual(runCli(['outline', file]).stdout.trimEnd().split('\n'), expected);
    assert.equal(runCli(['outline', '-'], { input: fs.readFileSync(file) }).stdout, runCli(['outline', file]).stdout);
  });

  test('a missing file exits 2', () => {
    const run = runCli(['outline', 'no-such-file.txt']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no-such-file\.txt: no such file or directory/);
  });
});
