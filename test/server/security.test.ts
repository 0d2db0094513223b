/**
 * Security of the bundled server over stdio: it opens no network connection, its workspace index
 * never reads outside the workspace folders (symbolic links included), untrusted settings cannot
 * break it, and the extension declares how it behaves in an untrusted workspace.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths';
import type { StdioClient } from '../support/stdioClient';
import { initializedSession, SEED_59_48, SEED_PATH, stop, until, type Session } from '../support/abuse/session';

const PRELOAD = path.join(repoRoot, 'test', 'support', 'abuse', 'noNetwork.js');
const FIXTURE_WORKSPACE = path.dirname(SEED_PATH);

interface Reply {
  result?: unknown;
  error?: { code: number; message: string };
}
interface Diagnostic {
  code: string;
  severity: number;
}
interface WorkspaceSymbol {
  name: string;
  location: { uri: string };
}

const GAP_DRAFT = ['The General Assembly,', '', '\tRecalling its resolution 59/48 of 2 December 2004,', '\t1.\tDecides to act;', '\t2.\tRequests a report;', '\t4.\tDecides to remain seized of the matter.', ''].join('\n');

function tempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'unres-security-'));
}

/** Answers `workspace/configuration` item by item with `answer(section)`; everything else with null. */
function answerConfiguration(client: StdioClient, answer: (section: string | undefined) => unknown): void {
  client.onServerRequest = (method, params) => {
    if (method === 'workspace/configuration') return (params as { items: Array<{ section?: string }> }).items.map((item) => answer(item.section));
    if (method === 'workspace/applyEdit') return { applied: false };
    return null;
  };
}

async function symbols(client: StdioClient, query: string): Promise<WorkspaceSymbol[]> {
  const reply = (await client.request('workspace/symbol', { query })) as Reply;
  assert.equal(reply.error, undefined, JSON.stringify(reply.error));
  return reply.result as WorkspaceSymbol[];
}

/** Polls workspace/symbol until `query` finds something (the background scan has reached it). */
function indexed(client: StdioClient, query: string, timeoutMs = 20_000): Promise<WorkspaceSymbol[]> {
  return until(`"${query}" in the workspace index`, async () => {
    const found = await symbols(client, query);
    return found.length > 0 ? found : undefined;
  }, timeoutMs);
}

function diagnosticsOf(client: StdioClient, uri: string, version?: number) {
  return client.waitForNotification((m) => {
    const params = m.params as { uri: string; version?: number };
    return m.method === 'textDocument/publishDiagnostics' && params.uri === uri && (version === undefined || params.version === version);
  });
}

const resolution = (symbol: string, title: string): string =>
  `Resolution adopted by the General Assembly on 1 January 2020\n\n${symbol}. ${title}\n\n\tThe General Assembly,\n\n\t1.\tDecides to remain seized of the matter.\n`;

describe('no network', () => {
  test('the preload records connection attempts (control: it does see them)', { timeout: 30_000 }, () => {
    const dir = tempRoot();
    try {
      const log = path.join(dir, 'network.log');
      const script = [
        "const net = require('net'), dns = require('dns'), http = require('http');",
        "net.connect(1, '127.0.0.1').on('error', () => {});",
        "dns.lookup('localhost', () => {});",
        // TEST-NET-1 (RFC 5737): never routed; the preload stops the connection before any packet.
        "http.get('http://192.0.2.1/').on('error', () => {});",
        "fetch('http://192.0.2.1/').catch(() => {});",
      ].join('\n');
      const run = spawnSync(process.execPath, ['--require', PRELOAD, '-e', script], { env: { ...process.env, UNRES_NETWORK_LOG: log }, encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.status, 0, run.stderr);
      const apis = new Set(fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line).api as string));
      for (const api of ['net.connect', 'net.Socket.connect', 'dns.lookup', 'http.get', 'fetch']) assert.ok(apis.has(api), `${api} recorded: ${[...apis].join(', ')}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a whole session (workspace, outline, hover, diagnostics, commands) opens no connection', { timeout: 60_000 }, async () => {
    const dir = tempRoot();
    const log = path.join(dir, 'network.log');
    const ready = path.join(dir, 'preload-ready');
    let session: Session | undefined;
    try {
      session = await initializedSession(
        {
          rootUri: pathToFileURL(FIXTURE_WORKSPACE).href,
          workspaceFolders: [{ uri: pathToFileURL(FIXTURE_WORKSPACE).href, name: 'workspace' }],
          capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
            window: { workDoneProgress: true },
            textDocument: { hover: { contentFormat: ['markdown'] } },
          },
          initializationOptions: { canIgnoreRules: true },
        },
        ['--require', PRELOAD],
        { ...process.env, UNRES_NETWORK_LOG: log, UNRES_NETWORK_READY: ready },
      );
      const { client } = session;
      assert.equal(fs.readFileSync(ready, 'utf8'), String(client.child.pid), 'the preload runs in the server');
      answerConfiguration(client, () => null);
      const uri = pathToFileURL(SEED_PATH).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: fs.readFileSync(SEED_PATH, 'utf8') } });
      const outline = (await client.request('textDocument/documentSymbol', { textDocument: { uri } })) as Reply;
      assert.ok((outline.result as unknown[]).length > 0);
      const hover = (await client.request('textDocument/hover', { textDocument: { uri }, position: SEED_59_48 })) as Reply;
      assert.match(JSON.stringify(hover.result), /59\/48/);
      for (const [method, params] of [
        ['textDocument/definition', { textDocument: { uri }, position: SEED_59_48 }],
        ['textDocument/references', { textDocument: { uri }, position: SEED_59_48, context: { includeDeclaration: true } }],
        ['textDocument/completion', { textDocument: { uri }, position: SEED_59_48 }],
        ['textDocument/documentLink', { textDocument: { uri } }],
        ['textDocument/foldingRange', { textDocument: { uri } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: [] } }],
        ['workspace/executeCommand', { command: 'unResolution.server.fixAll', arguments: [uri] }],
      ] as const) {
        assert.equal(((await client.request(method, params)) as Reply).error, undefined, method);
      }
      await diagnosticsOf(client, uri);
      // The workspace scan reached the fixture folder's resolution.
      await indexed(client, 'Shanghai');
      client.notify('workspace/didChangeConfiguration', { settings: null });
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(FIXTURE_WORKSPACE, 'A_RES_67_15.txt')).href, type: 2 }] });
      await symbols(client, 'Shanghai');
      await client.shutdown();
      const attempts = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim() : '';
      assert.equal(attempts, '', 'network attempts recorded');
    } finally {
      await stop(session);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the workspace index stays inside the workspace', () => {
  let root: string;
  let workspace: string;
  let session: Session;
  let client: StdioClient;
  let draftUri: string;
  let citation: { line: number; character: number };

  before(async () => {
    root = tempRoot();
    workspace = path.join(root, 'workspace');
    const outside = path.join(root, 'outside');
    fs.mkdirSync(workspace);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(workspace, 'A_RES_70_1.txt'), resolution('70/1', 'Inside the workspace'));
    fs.writeFileSync(path.join(outside, 'A_RES_99_99.txt'), resolution('99/99', 'Secret'));
    // A link to the outside folder, and one to the outside file.
    fs.symlinkSync(outside, path.join(workspace, 'linked-folder'), 'dir');
    fs.symlinkSync(path.join(outside, 'A_RES_99_99.txt'), path.join(workspace, 'A_RES_99_98.txt'), 'file');
    session = await initializedSession({
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    client = session.client;
    answerConfiguration(client, () => null);
    await indexed(client, 'Inside');
    draftUri = pathToFileURL(path.join(workspace, 'draft.unres')).href;
    const text = 'The General Assembly,\n\n\tRecalling its resolution 99/99 of 1 January 2020,\n\n\t1.\tDecides to act.\n';
    citation = { line: 2, character: text.split('\n')[2].indexOf('99/99') + 1 };
    client.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'un-resolution', version: 1, text } });
  });
  after(async () => {
    await stop(session);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the scan does not follow links: "Secret" is not found and a citation of 99/99 has no definition', async () => {
    assert.deepEqual(await symbols(client, 'Secret'), []);
    assert.deepEqual(await symbols(client, '99/99'), []);
    const definition = (await client.request('textDocument/definition', { textDocument: { uri: draftUri }, position: citation })) as Reply;
    assert.equal(definition.error, undefined);
    assert.deepEqual(definition.result, []);
  });

  test('a watched-file event through a linked folder does not read the file outside', async () => {
    // A file created after the scan, reported last: once it is indexed, the events before it were handled.
    fs.writeFileSync(path.join(workspace, 'A_RES_70_3.txt'), resolution('70/3', 'Sentinel'));
    // What VS Code reports when a file under the linked folder is saved from the editor.
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(path.join(workspace, 'linked-folder', 'A_RES_99_99.txt')).href, type: 2 },
        { uri: pathToFileURL(path.join(workspace, 'A_RES_99_98.txt')).href, type: 2 },
        { uri: pathToFileURL(path.join(workspace, '..', 'outside', 'A_RES_99_99.txt')).href, type: 1 },
        { uri: `${pathToFileURL(workspace).href}/%2e%2e/outside/A_RES_99_99.txt`, type: 1 },
        { uri: pathToFileURL(path.join(workspace, 'A_RES_70_3.txt')).href, type: 1 },
      ],
    });
    await indexed(client, 'Sentinel');
    const secret = await symbols(client, 'Secret');
    const definition = (await client.request('textDocument/definition', { textDocument: { uri: draftUri }, position: citation })) as Reply;
    assert.deepEqual(
      { secret: secret.map((s) => s.location.uri), definition: definition.result },
      { secret: [], definition: [] },
      'the file outside the workspace was read through the linked folder',
    );
  });
});

describe('untrusted settings', () => {
  for (const [label, settings] of [
    ['wrong types everywhere', { diagnostics: { rules: 'x', debounce: 'fast', enable: 3 } }],
    ['an unknown severity', { diagnostics: { rules: { 'operative-gap': 'loud' } } }],
    ['nested junk', { diagnostics: { rules: ['error'], debounce: { ms: 1 }, enable: null }, trace: 7 }],
    ['not an object', 'settings'],
  ] as const) {
    test(`initializationOptions with ${label}: the server serves with the defaults`, { timeout: 30_000 }, async () => {
      const session = await initializedSession({ initializationOptions: { settings } });
      try {
        const { client } = session;
        const uri = 'file:///tmp/security/gap.unres';
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
        const published = await diagnosticsOf(client, uri, 1);
        const gap = (published.params as { diagnostics: Diagnostic[] }).diagnostics.find((d) => d.code === 'operative-gap');
        assert.ok(gap, 'diagnostics are on (the default)');
        assert.equal(gap.severity, 2, 'operative-gap keeps its default severity, warning');
        // The default debounce (200 ms) applies: the next publication comes no sooner.
        const sent = Date.now();
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 5, character: 1 }, end: { line: 5, character: 2 } }, text: '3' }] });
        const second = await diagnosticsOf(client, uri, 2);
        const waited = Date.now() - sent;
        assert.ok(waited >= 190, `published ${waited} ms after the edit, before the default debounce of 200 ms`);
        assert.ok(!(second.params as { diagnostics: Diagnostic[] }).diagnostics.some((d) => d.code === 'operative-gap'));
        const outline = (await client.request('textDocument/documentSymbol', { textDocument: { uri } })) as Reply;
        assert.ok(Array.isArray(outline.result));
      } finally {
        await stop(session);
      }
    });
  }

  test('junk from workspace/configuration falls back to the defaults', { timeout: 30_000 }, async () => {
    const answers: unknown[] = ['garbage', [1, 2], { diagnostics: { rules: JSON.parse('{"operative-gap":42,"constructor":"error","__proto__":"error","toString":"off"}'), debounce: -100, enable: 'false' } }, null];
    for (const answer of answers) {
      const session = await initializedSession({ capabilities: { workspace: { configuration: true } } });
      try {
        const { client } = session;
        answerConfiguration(client, (section) => (section === 'unResolution' ? answer : null));
        const uri = 'file:///tmp/security/gap.unres';
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
        const published = await diagnosticsOf(client, uri, 1);
        const gap = (published.params as { diagnostics: Diagnostic[] }).diagnostics.find((d) => d.code === 'operative-gap');
        assert.equal(gap?.severity, 2, `with ${JSON.stringify(answer)}`);
      } finally {
        await stop(session);
      }
    }
  });

  test('a malformed files.exclude pattern does not stop the workspace index', { timeout: 30_000 }, async () => {
    const root = tempRoot();
    let session: Session | undefined;
    try {
      fs.writeFileSync(path.join(root, 'A_RES_70_1.txt'), resolution('70/1', 'Inside the workspace'));
      fs.mkdirSync(path.join(root, 'excluded'));
      fs.writeFileSync(path.join(root, 'excluded', 'A_RES_70_2.txt'), resolution('70/2', 'Excluded by the user'));
      session = await initializedSession({
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'workspace' }],
        capabilities: { workspace: { configuration: true } },
      });
      // Keys a user may well mistype; VS Code passes them on as they are.
      answerConfiguration(session.client, (section) => (section === 'files.exclude' ? { excluded: true, '**/*.{txt': true, '[': true, '{a,b': true, '**/.git': 'yes' } : null));
      const found = await indexed(session.client, 'Inside', 10_000);
      assert.equal(found.length, 1);
      assert.deepEqual(await symbols(session.client, 'Excluded'), [], 'the well-formed pattern still applies');
    } finally {
      await stop(session);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('workspace trust', () => {
  test('package.json declares how the extension behaves in an untrusted workspace', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(untrusted, 'capabilities.untrustedWorkspaces is declared');
    assert.ok([true, false, 'limited'].includes(untrusted.supported), `supported: ${JSON.stringify(untrusted.supported)}`);
    if (untrusted.supported !== true) assert.equal(typeof untrusted.description, 'string', 'a limited or missing support is explained');
  });
});
