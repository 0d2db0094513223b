/**
 * The bundled server over real stdio under what a well-behaved client never sends: unknown URIs,
 * positions out of range or of the wrong type, missing parameters, 20 MB documents, broken JSON,
 * requests after shutdown, a storm of cancellations, and 10,000 open/close cycles. Whatever
 * arrives, the server answers (a result or an LSP error) and keeps serving.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { StdioClient } from '../support/stdioClient';
import { exitCode, initializedSession, lastRequestId, memoryOf, SEED, SEED_59_48, stop, type Session } from '../support/abuse/session';

const URI = 'file:///tmp/abuse/seed-export.txt';
const TITLE = '67/15. Cooperation between the United Nations and the Shanghai Cooperation Organization';

interface Reply {
  result?: unknown;
  error?: { code: number; message: string };
}

/** A JSON-RPC answer: a result (null included) or an error with an integer code and a message. */
function assertAnswered(reply: Reply, what: string): void {
  if (reply.error !== undefined) {
    assert.ok(Number.isInteger(reply.error.code), `${what}: error without an integer code: ${JSON.stringify(reply)}`);
    assert.equal(typeof reply.error.message, 'string', `${what}: error without a message`);
  } else {
    assert.ok('result' in reply, `${what}: neither result nor error: ${JSON.stringify(reply)}`);
  }
}

/** The server is alive and still gives the seed's outline. */
async function assertStillServes(client: StdioClient, uri = URI): Promise<void> {
  assert.equal(client.child.exitCode, null, 'the server process exited');
  const reply = (await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 20_000)) as Reply;
  assert.equal(reply.error, undefined, JSON.stringify(reply.error));
  const names = (reply.result as Array<{ name: string }>).map((symbol) => symbol.name);
  assert.equal(names[0], TITLE);
}

function open(client: StdioClient, uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version, text } });
}

/** `text` repeated to exactly `length` UTF-16 code units. */
function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

describe('protocol abuse over stdio', () => {
  let session: Session;
  let client: StdioClient;
  before(async () => {
    session = await initializedSession();
    client = session.client;
    open(client, URI, SEED);
  });
  after(async () => stop(session));

  test('requests about unknown documents get null (or an error for a command), never a crash', { timeout: 30_000 }, async () => {
    const uris = ['file:///nowhere/never-opened.unres', 'untitled:Untitled-1', 'https://example.invalid/a.unres', '', 'not a uri', 'file:///%E0%A4%A', `file:///${'x'.repeat(5000)}`];
    const position = { line: 0, character: 0 };
    const range = { start: position, end: { line: 3, character: 0 } };
    for (const uri of uris) {
      const textDocument = { uri };
      const requests: Array<[string, unknown]> = [
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/definition', { textDocument, position }],
        ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
        ['textDocument/documentHighlight', { textDocument, position }],
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
        ['textDocument/selectionRange', { textDocument, positions: [position] }],
        ['textDocument/foldingRange', { textDocument }],
        ['textDocument/documentLink', { textDocument }],
      ];
      for (const [method, params] of requests) {
        const reply = (await client.request(method, params)) as Reply;
        assertAnswered(reply, `${method} ${uri}`);
        assert.equal(reply.error, undefined, `${method} on unknown ${JSON.stringify(uri)} is not an error: ${JSON.stringify(reply.error)}`);
        assert.ok(reply.result === null || (Array.isArray(reply.result) && reply.result.length === 0), `${method} ${uri}: ${JSON.stringify(reply.result)}`);
      }
      const command = (await client.request('workspace/executeCommand', { command: 'unResolution.server.renumber', arguments: [uri, position] })) as Reply;
      assert.ok(command.error, `renumber of an unknown document ${JSON.stringify(uri)} is refused`);
      assertAnswered(command, 'executeCommand');
    }
    await assertStillServes(client);
  });

  test('out-of-range, negative, non-integer and wrong-typed parameters are all answered', { timeout: 30_000 }, async () => {
    const td = { uri: URI };
    const positions: unknown[] = [
      { line: 99_999, character: 99_999 },
      { line: SEED_59_48.line, character: 1e9 },
      { line: -1, character: -1 },
      { line: -1e300, character: 1e300 },
      { line: 7.5, character: 35.25 },
      { line: '7', character: '35' },
      { line: 7 },
      { character: 3 },
      { line: null, character: null },
      { line: true, character: [] },
      { line: { valueOf: 3 }, character: {} },
      null,
      'line 7',
      42,
      [],
    ];
    const methods = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/completion'];
    const cases: Array<[string, unknown]> = [];
    for (const method of methods) {
      for (const position of positions) cases.push([method, { textDocument: td, position, context: { includeDeclaration: 'yes' } }]);
      cases.push([method, { textDocument: null, position: { line: 0, character: 0 } }]);
      cases.push([method, { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }]);
      cases.push([method, { position: { line: 0, character: 0 } }]);
      cases.push([method, undefined]);
      cases.push([method, null]);
      cases.push([method, 'params']);
      cases.push([method, [td, { line: 0, character: 0 }]]);
    }
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink']) {
      for (const params of [{ textDocument: null }, { textDocument: { uri: 42 } }, { textDocument: 'file:///x' }, {}, undefined, null, 7, []]) cases.push([method, params]);
    }
    for (const positionsParam of [null, 'abc', 42, {}, [null], [{ line: -1, character: 1e9 }], [{ line: 'x' }, 3, 'y'], positions, Array.from({ length: 1000 }, (_, i) => ({ line: i, character: i }))]) {
      cases.push(['textDocument/selectionRange', { textDocument: td, positions: positionsParam }]);
    }
    cases.push(['textDocument/selectionRange', { textDocument: td }]);
    const ranges: unknown[] = [
      { start: { line: 50, character: 9 }, end: { line: -3, character: 'x' } },
      { start: { line: 40, character: 0 }, end: { line: 0, character: 0 } },
      { start: { line: 0.5, character: 0 }, end: { line: 1e12, character: 1e12 } },
      null,
      'all',
      { start: null, end: null },
    ];
    for (const range of ranges) {
      for (const context of [{ diagnostics: [] }, { diagnostics: 'x', only: 'quickfix' }, { diagnostics: [{ range: null, code: 7, message: 3 }], only: [null, 5] }, null, undefined]) {
        cases.push(['textDocument/codeAction', { textDocument: td, range, context }]);
      }
    }
    cases.push(['textDocument/codeAction', { textDocument: td }]);
    for (const params of [
      undefined,
      null,
      {},
      { command: 42 },
      { command: 'unResolution.server.renumber' },
      { command: 'unResolution.server.renumber', arguments: 'abc' },
      { command: 'unResolution.server.renumber', arguments: [URI, { line: -5, character: 'x' }] },
      { command: 'unResolution.server.renumber', arguments: [URI, { line: 1e9, character: 1e9 }] },
      { command: 'unResolution.server.fixAll', arguments: [null] },
      { command: 'unResolution.server.fixAll', arguments: { 0: URI } },
      { command: 'no.such.command', arguments: [URI] },
      { command: 'constructor', arguments: [URI] },
      { command: '__proto__', arguments: [URI] },
    ]) {
      cases.push(['workspace/executeCommand', params]);
    }
    for (const params of [undefined, null, { query: null }, { query: 42 }, { query: '.*'.repeat(2000) }, { query: '(a+)+$' }]) cases.push(['workspace/symbol', params]);

    // The renumber command asks the client to apply an edit; it is refused so the seed stays intact.
    client.onServerRequest = (method) => (method === 'workspace/applyEdit' ? { applied: false } : null);
    let errors = 0;
    for (const [method, params] of cases) {
      const reply = (await client.request(method, params, 10_000)) as Reply;
      assertAnswered(reply, `${method} ${JSON.stringify(params)?.slice(0, 200)}`);
      if (reply.error) errors++;
    }
    assert.ok(errors > 0, 'some of these are refused with an error');
    await assertStillServes(client);
  });

  test('a non-integer position is refused or answered as its integer part, not about another place', { timeout: 30_000 }, async () => {
    // On the seed, (7, 35) is inside "59/48"; (30, 3) is in the footnotes, where no hover is.
    const pairs: Array<[{ line: number; character: number }, { line: number; character: number }]> = [
      [SEED_59_48, { line: SEED_59_48.line + 0.5, character: SEED_59_48.character + 0.25 }],
      [SEED_59_48, { line: SEED_59_48.line, character: SEED_59_48.character + 0.5 }],
      [{ line: 30, character: 3 }, { line: 30.9, character: 3 }],
    ];
    const problems: string[] = [];
    for (const method of ['textDocument/hover', 'textDocument/references', 'textDocument/completion', 'textDocument/definition']) {
      for (const [whole, fractional] of pairs) {
        const expected = (await client.request(method, { textDocument: { uri: URI }, position: whole, context: { includeDeclaration: true } })) as Reply;
        const actual = (await client.request(method, { textDocument: { uri: URI }, position: fractional, context: { includeDeclaration: true } })) as Reply;
        assertAnswered(actual, method);
        if (actual.error) continue;
        if (JSON.stringify(actual.result) !== JSON.stringify(expected.result)) {
          problems.push(`${method} at ${JSON.stringify(fractional)} gave ${JSON.stringify(actual.result).slice(0, 120)}, at ${JSON.stringify(whole)} ${JSON.stringify(expected.result)?.slice(0, 120)}`);
        }
      }
    }
    const whole = (await client.request('textDocument/selectionRange', { textDocument: { uri: URI }, positions: [SEED_59_48] })) as Reply;
    const fractional = (await client.request('textDocument/selectionRange', { textDocument: { uri: URI }, positions: [{ line: SEED_59_48.line + 0.5, character: SEED_59_48.character }] })) as Reply;
    if (!fractional.error && JSON.stringify(fractional.result) !== JSON.stringify(whole.result) && JSON.stringify(fractional.result) !== '[]') {
      problems.push(`selectionRange at a line of ${SEED_59_48.line + 0.5} gave ${JSON.stringify(fractional.result).slice(0, 120)}`);
    }
    assert.deepEqual(problems, []);
  });

  test('a 20 MB didOpen and a huge didChange are parsed, outlined and diagnosed', { timeout: 60_000 }, async (t) => {
    const uri = 'file:///tmp/abuse/huge.txt';
    const huge = repeatTo(SEED, 20 * 1024 * 1024);
    let started = Date.now();
    open(client, uri, huge);
    const outline = (await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 45_000)) as Reply;
    const openMs = Date.now() - started;
    assert.equal(outline.error, undefined);
    assert.equal((outline.result as Array<{ name: string }>)[0].name, TITLE);
    const first = await client.waitForNotification(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri,
      45_000,
    );
    const codes = (first.params as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('analysis-limited'), `analysis-limited in ${codes.join(', ')}`);
    const afterOpen = memoryOf(client.child.pid!);

    // A full replacement with another 20 MB, then a 5 MB insertion in the middle.
    started = Date.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: huge.replace(/Recalling/g, 'Noting') }] });
    const middle = { line: Math.floor(huge.split('\n').length / 2), character: 0 };
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: middle, end: middle }, text: huge.slice(0, 5 * 1024 * 1024) }],
    });
    const changed = (await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 45_000)) as Reply;
    const changeMs = Date.now() - started;
    assert.equal(changed.error, undefined);
    assert.ok((changed.result as unknown[]).length > 0);
    const folding = (await client.request('textDocument/foldingRange', { textDocument: { uri } }, 45_000)) as Reply;
    assert.ok(Array.isArray(folding.result));
    const third = await client.waitForNotification(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === 3,
      45_000,
    );
    assert.ok((third.params as { diagnostics: Array<{ code: string }> }).diagnostics.some((d) => d.code === 'analysis-limited'));
    const afterChange = memoryOf(client.child.pid!);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    t.diagnostic(`20 MB open → outline ${openMs} ms; 20 MB replace + 5 MB insert → outline ${changeMs} ms`);
    t.diagnostic(`server RSS after open ${Math.round(afterOpen.rssKb / 1024)} MB, after changes ${Math.round(afterChange.rssKb / 1024)} MB, peak ${Math.round(afterChange.peakKb / 1024)} MB`);
    assert.ok(openMs < 30_000 && changeMs < 30_000, `bounded: ${openMs} ms, ${changeMs} ms`);
    await assertStillServes(client);
  });

  test('malformed JSON bodies with a correct Content-Length do not stop the server', { timeout: 30_000 }, async () => {
    const bodies: Buffer[] = [
      Buffer.from('{"jsonrpc":"2.0","id":424242,"method":"textDocument/hover",,,}'),
      Buffer.from('{"jsonrpc":"2.0","id":424243,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"'),
      Buffer.from('not json at all'),
      Buffer.from(''),
      Buffer.from('null'),
      Buffer.from('[1,2,3]'),
      Buffer.from('"a string"'),
      Buffer.from('{"jsonrpc":"2.0","id":424244}'),
      Buffer.from('{"jsonrpc":"2.0","method":42,"id":424245}'),
      Buffer.from('{"jsonrpc":"1.0","method":"textDocument/documentSymbol","id":{"x":1},"params":{}}'),
      Buffer.from('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'),
      Buffer.from('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/abuse/seed-export.txt","version":"x"},"contentChanges":"boom"}}'),
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]),
      Buffer.from('{"a":'.repeat(10_000)),
      Buffer.from(`[${'['.repeat(5000)}${']'.repeat(5000)}]`),
    ];
    for (const body of bodies) {
      client.sendRaw(body);
      await assertStillServes(client);
    }
    assert.equal(client.child.exitCode, null);
  });

  test('a storm of 2,000 $/cancelRequest interleaved with real requests: every request answered', { timeout: 60_000 }, async (t) => {
    const methods = ['textDocument/documentSymbol', 'textDocument/hover', 'textDocument/foldingRange', 'textDocument/completion', 'textDocument/references'];
    const params = { textDocument: { uri: URI }, position: SEED_59_48, context: { includeDeclaration: true } };
    const baseline = new Map<string, string>();
    for (const method of methods) baseline.set(method, JSON.stringify(((await client.request(method, params)) as Reply).result));
    const pending: Array<{ method: string; cancelled: boolean; reply: Promise<Reply> }> = [];
    for (let i = 0; i < 2000; i++) {
      if (i % 8 === 0) {
        const method = methods[(i / 8) % methods.length];
        const cancelled = (i / 8) % 2 === 1;
        pending.push({ method, cancelled, reply: client.request(method, params, 45_000) as Promise<Reply> });
        // Cancel every other real request right after sending it.
        if (cancelled) client.notify('$/cancelRequest', { id: lastRequestId(client) });
        continue;
      }
      const kind = i % 8;
      const bogus: unknown[] = [{ id: 1e9 + i }, { id: `s${i}` }, { id: null }, {}, null, { id: -i }, { id: 1.5 }];
      client.notify('$/cancelRequest', bogus[kind - 1]);
    }
    assert.equal(pending.length, 250);
    const replies = await Promise.all(pending.map((p) => p.reply));
    let cancelledAnswers = 0;
    replies.forEach((reply, k) => {
      const { method, cancelled } = pending[k];
      assertAnswered(reply, method);
      if (reply.error) {
        assert.ok(cancelled, `${method} was not cancelled but failed: ${JSON.stringify(reply.error)}`);
        assert.equal(reply.error.code, -32800, 'RequestCancelled');
        cancelledAnswers++;
      } else {
        assert.equal(JSON.stringify(reply.result), baseline.get(method), `${method} gave its usual answer`);
      }
    });
    t.diagnostic(`${pending.length} requests among ${2000 - pending.length} cancellations: ${cancelledAnswers} answered RequestCancelled, ${pending.length - cancelledAnswers} with their result`);
    assert.ok(replies.filter((r) => !r.error).length >= 125, 'every uncancelled request has its result');
    assert.ok(cancelledAnswers <= 125);
    await assertStillServes(client);
  });
});

describe('shutdown', () => {
  test('requests after shutdown are refused with InvalidRequest (-32600), as the LSP specification asks', { timeout: 30_000 }, async () => {
    const session = await initializedSession();
    try {
      const { client } = session;
      open(client, URI, SEED);
      const down = (await client.request('shutdown', null)) as Reply;
      assert.equal(down.error, undefined);
      const answers: string[] = [];
      for (const [method, params] of [
        ['textDocument/documentSymbol', { textDocument: { uri: URI } }],
        ['textDocument/hover', { textDocument: { uri: URI }, position: SEED_59_48 }],
        ['workspace/symbol', { query: '' }],
        ['workspace/executeCommand', { command: 'unResolution.server.fixAll', arguments: [URI] }],
      ] as const) {
        const reply = (await client.request(method, params, 10_000)) as Reply;
        assertAnswered(reply, method);
        answers.push(`${method}: ${reply.error ? `error ${reply.error.code}` : `result ${JSON.stringify(reply.result)?.slice(0, 40)}`}`);
      }
      assert.deepEqual(
        answers,
        answers.map((answer) => answer.replace(/: .*/, ': error -32600')),
      );
    } finally {
      await stop(session);
    }
  });

  test('after shutdown the server stays up, answering, until exit; then it exits with 0', { timeout: 30_000 }, async () => {
    const session = await initializedSession();
    const { client } = session;
    try {
      open(client, URI, SEED);
      assert.equal(((await client.request('shutdown', null)) as Reply).error, undefined);
      for (let i = 0; i < 20; i++) {
        const reply = (await client.request(i % 2 ? 'textDocument/hover' : 'textDocument/documentSymbol', { textDocument: { uri: URI }, position: SEED_59_48 }, 10_000)) as Reply;
        assertAnswered(reply, 'after shutdown');
      }
      client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 'x' }] });
      // A second shutdown is answered too.
      assertAnswered((await client.request('shutdown', null, 10_000)) as Reply, 'second shutdown');
      assert.equal(client.child.exitCode, null, 'still running before exit');
      client.notify('exit', null);
      assert.equal(await exitCode(client), 0);
    } finally {
      await stop(session);
    }
  });

  test('exit without shutdown ends the server with 1', { timeout: 30_000 }, async () => {
    const session = await initializedSession();
    session.client.notify('exit', null);
    assert.equal(await exitCode(session.client), 1);
  });
});

describe('memory', () => {
  test('10,000 didOpen/documentSymbol/didClose cycles: RSS stays within 40 MB of its level after 1,000', { timeout: 90_000 }, async (t) => {
    const session = await initializedSession();
    const { client } = session;
    try {
      const cycles = 10_000;
      const batch = 50;
      const started = Date.now();
      let afterFirst = 0;
      for (let i = 0; i < cycles; i += batch) {
        const replies: Array<Promise<unknown>> = [];
        for (let k = i; k < i + batch; k++) {
          const uri = `file:///tmp/abuse/memory/${k}.txt`;
          open(client, uri, SEED);
          replies.push(client.request('textDocument/documentSymbol', { textDocument: { uri } }, 30_000));
          client.notify('textDocument/didClose', { textDocument: { uri } });
        }
        for (const reply of (await Promise.all(replies)) as Reply[]) assert.equal((reply.result as Array<{ name: string }>)[0].name, TITLE);
        // Diagnostics published to the test client are not kept (they would measure the test, not the server).
        client.notifications.length = 0;
        if (i + batch === 1000) afterFirst = memoryOf(client.child.pid!).rssKb;
      }
      const last = memoryOf(client.child.pid!);
      const growthMb = (last.rssKb - afterFirst) / 1024;
      t.diagnostic(`${cycles} cycles in ${Date.now() - started} ms; RSS after 1,000: ${(afterFirst / 1024).toFixed(1)} MB, after ${cycles}: ${(last.rssKb / 1024).toFixed(1)} MB (+${growthMb.toFixed(1)} MB), peak ${(last.peakKb / 1024).toFixed(1)} MB`);
      assert.ok(growthMb <= 40, `RSS grew by ${growthMb.toFixed(1)} MB from cycle 1,000 to ${cycles} (bound 40 MB)`);
    } finally {
      await stop(session);
    }
  });
});
