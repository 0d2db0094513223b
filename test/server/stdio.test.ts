/**
 * The bundled server over real stdio, as Neovim, Helix or Emacs run it: handshake, outline,
 * incremental edits, diagnostics pushed or pulled, code actions, commands, and a clean shutdown.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readCorpus } from '../support/paths';
import { StdioClient } from '../support/stdioClient';

const SEED = readCorpus('raw/000_e48293b0b745954a.ods.txt');
const URI = 'file:///tmp/seed-export.txt';

interface Symbol {
  name: string;
  children?: Symbol[];
}
interface Diagnostic {
  code: string;
  source: string;
  severity: number;
  range: { start: { line: number } };
}

const GAP_DRAFT = ['The General Assembly,', '', '\tRecalling its resolution 59/48 of 2 December 2004,', '\t1.\tDecides to act;', '\t2.\tRequests a report;', '\t4.\tDecides to remain seized of the matter.', ''].join('\n');

describe('language server over stdio (push diagnostics)', () => {
  let client: StdioClient;
  before(async () => {
    client = await StdioClient.initialized({});
  });
  after(async () => client.shutdown());

  test('initialize announces the features', async () => {
    const other = StdioClient.start();
    const reply = await other.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    const capabilities = (reply.result as { capabilities: Record<string, unknown> }).capabilities;
    for (const key of ['documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'codeActionProvider', 'executeCommandProvider', 'documentHighlightProvider', 'referencesProvider']) {
      assert.ok(capabilities[key], `${key} announced`);
    }
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client that did not ask');
    await other.shutdown();
  });

  test('the seed export has its outline', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'un-resolution', version: 1, text: SEED } });
    const reply = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const names = (reply.result as Symbol[]).map((s) => s.name);
    assert.equal(names[0], '67/15. Cooperation between the United Nations and the Shanghai Cooperation Organization');
    const preamble = (reply.result as Symbol[]).find((s) => s.name === 'Preamble');
    assert.equal(preamble?.children?.length, 20);
    assert.deepEqual(
      names.filter((n) => /^\d+\./.test(n)).map((n) => n.split(' ')[0]),
      ['1.', '2.', '3.', '4.', '5.'],
    );
    assert.ok(names.includes('Footnotes'));
  });

  test('incremental edits change the outline', async () => {
    // Insert a sixth paragraph after the fifth (line 29 is paragraph 5 in the seed).
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 30, character: 0 }, end: { line: 30, character: 0 } }, text: '\t6.\tDecides to remain seized of the matter.\n' }],
    });
    const reply = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const names = (reply.result as Symbol[]).map((s) => s.name);
    assert.ok(names.includes('6. Decides'), names.join(' | '));
  });

  test('diagnostics of a draft with a gap are pushed, and follow an edit', async () => {
    const uri = 'file:///tmp/gap.unres';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
    const first = await client.waitForNotification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const diagnostics = (first.params as { diagnostics: Diagnostic[] }).diagnostics;
    const gap = diagnostics.find((d) => d.code === 'operative-gap');
    assert.ok(gap, JSON.stringify(diagnostics));
    assert.equal(gap.source, 'un-resolution');
    assert.equal(gap.range.start.line, 5);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 1 }, end: { line: 5, character: 2 } }, text: '3' }],
    });
    const second = await client.waitForNotification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 2);
    assert.ok(!(second.params as { diagnostics: Diagnostic[] }).diagnostics.some((d) => d.code === 'operative-gap'));
  });

  test("a session's volume: one symbol per resolution, and an edit in the second re-checked on its line", async () => {
    const uri = 'file:///tmp/volume.txt';
    const second = ['Resolution adopted by the General Assembly on 2 December 2025', '80/2.\tSecond resolution', '\tThe General Assembly,', '\t1.\tDecides to act;', '\t3.\tDecides to remain seized of the matter.', '2nd plenary meeting', ''].join('\n');
    const text = `${SEED}\n${second}`;
    const gapLine = text.split('\n').length - 3;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
    const first = await client.waitForNotification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const gaps = (first.params as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.code.startsWith('operative-'));
    assert.deepEqual(gaps.map((d) => [d.code, d.range.start.line]), [['operative-gap', gapLine]]);
    const reply = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual((reply.result as Symbol[]).map((s) => s.name.split('.')[0]), ['67/15', '80/2']);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: gapLine, character: 1 }, end: { line: gapLine, character: 2 } }, text: '2' }],
    });
    const fixed = await client.waitForNotification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === 2);
    assert.deepEqual((fixed.params as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.code.startsWith('operative-')), []);
  });

  test('the renumber command asks the client to apply one edit', async () => {
    const uri = 'file:///tmp/gap2.unres';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
    let applied: unknown;
    client.onServerRequest = (method, params) => {
      if (method === 'workspace/applyEdit') {
        applied = params;
        return { applied: true };
      }
      return null;
    };
    const reply = await client.request('workspace/executeCommand', { command: 'unResolution.server.renumber', arguments: [uri, { line: 5, character: 0 }] });
    assert.equal(reply.error, undefined);
    const changes = (applied as { edit: { changes: Record<string, Array<{ newText: string }>> } }).edit.changes[uri];
    assert.deepEqual(changes.map((c) => c.newText), ['3.\t']);
  });

  test('hover, links and completion answer for the seed export', async () => {
    const lines = SEED.split('\n');
    const line = lines.findIndex((l) => l.includes('59/48 of 2 December 2004'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: lines[line].indexOf('59/48') + 1 } });
    assert.match(JSON.stringify(hover.result), /A\/RES\/59\/48/);
    const links = await client.request('textDocument/documentLink', { textDocument: { uri: URI } });
    assert.ok((links.result as Array<{ target: string }>).some((link) => link.target === 'https://undocs.org/A/RES/65/124'));
    const completion = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 30, character: 1 } });
    assert.ok(Array.isArray((completion.result as { items: unknown[] }).items));
  });

  test('document highlights and references of a footnote: its number and its marker', async () => {
    const lines = SEED.split('\n');
    const noteLine = lines.findIndex((l) => l.startsWith('1 A/67/111'));
    const markerLine = lines.findIndex((l) => l.endsWith('2012,1'));
    const position = { line: noteLine, character: 0 };
    // A copy of its own: the other tests edit the seed.
    const uri = 'file:///tmp/seed-highlights.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: SEED } });
    const highlights = await client.request('textDocument/documentHighlight', { textDocument: { uri }, position });
    const found = highlights.result as Array<{ range: { start: { line: number } }; kind: number }>;
    assert.deepEqual(found.map((h) => [h.range.start.line, h.kind]), [[noteLine, 3], [markerLine, 2]]);
    const references = await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.deepEqual((references.result as Array<{ range: { start: { line: number } } }>).map((l) => l.range.start.line), [markerLine]);
  });

  test('a bad request gets an error and the server lives on', async () => {
    const bad = await client.request('workspace/executeCommand', { command: 'unResolution.server.renumber', arguments: [42] });
    assert.ok(bad.error, 'error response');
    const unknown = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere' } });
    assert.equal(unknown.result, null);
    const malformed = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 'x' } });
    assert.equal(malformed.error?.code, -32602, 'InvalidParams');
    const reply = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(Array.isArray(reply.result));
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  test('a client that pulls gets a full report', async () => {
    const client = await StdioClient.initialized({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      const uri = 'file:///tmp/pull.unres';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
      const reply = await client.request('textDocument/diagnostic', { textDocument: { uri } });
      const report = reply.result as { kind: string; items: Diagnostic[] };
      assert.equal(report.kind, 'full');
      assert.ok(report.items.some((d) => d.code === 'operative-gap'));
      assert.ok(!client.notifications.some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { diagnostics: unknown[] }).diagnostics.length > 0));
    } finally {
      await client.shutdown();
    }
  });

  test('rule severities come from initializationOptions when the client has no configuration support', async () => {
    const client = await StdioClient.initialized({ textDocument: { diagnostic: {} } }, { settings: { diagnostics: { rules: { 'operative-gap': 'error' } } } });
    try {
      const uri = 'file:///tmp/severity.unres';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: GAP_DRAFT } });
      const reply = await client.request('textDocument/diagnostic', { textDocument: { uri } });
      const gap = (reply.result as { items: Diagnostic[] }).items.find((d) => d.code === 'operative-gap');
      assert.equal(gap?.severity, 1);
    } finally {
      await client.shutdown();
    }
  });
});

describe('workspace index over stdio', () => {
  test('a document closed without saving is indexed from the disk again', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'un-index-'));
    const file = path.join(folder, 'A_RES_70_1.txt');
    fs.writeFileSync(file, '70/1.\tTransforming our world\n\tThe General Assembly,\n\t1.\tAdopts the Agenda;\n');
    const uri = pathToFileURL(file).toString();
    const client = StdioClient.start();
    try {
      await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] });
      client.notify('initialized', {});
      const symbols = async (query: string) => ((await client.request('workspace/symbol', { query })).result as unknown[]).length;
      const deadline = Date.now() + 20000;
      while ((await symbols('Transforming')) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await symbols('Transforming'), 1, 'indexed from disk');
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text: '70/1.\tUnsaved title\n\tThe General Assembly,\n' } });
      assert.equal(await symbols('Unsaved'), 1, 'the open document is indexed from its live text');
      client.notify('textDocument/didClose', { textDocument: { uri } });
      const until = Date.now() + 20000;
      while ((await symbols('Unsaved')) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await symbols('Unsaved'), 0, 'the unsaved text is gone from the index');
      assert.equal(await symbols('Transforming'), 1, 'the text on disk is back');
    } finally {
      await client.shutdown();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
