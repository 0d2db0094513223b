// The language server comes back after an explicit restart and after it is killed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openResolution, waitFor, waitForOutline } from './helpers';

function serverPid(): Thenable<number | undefined> {
  return vscode.commands.executeCommand<number>('unResolution.serverPid');
}

/** Waits for a server process other than `oldPid`, then for it to answer documentSymbol. */
async function waitForNewServer(uri: vscode.Uri, oldPid: number): Promise<void> {
  await waitFor('a new server process', serverPid, (pid) => typeof pid === 'number' && pid !== oldPid, 30_000);
  const symbols = await waitForOutline(uri, 30_000);
  assert.ok(symbols.some((s) => s.name === 'Preamble'), 'the restarted server returned an incomplete outline');
}

describe('language server recovery', () => {
  let uri: vscode.Uri;

  before(async () => {
    await activateExtension();
    uri = await openResolution('A_RES_67_15.txt');
    await waitForOutline(uri);
  });

  it('exposes the server pid', async () => {
    const pid = await serverPid();
    assert.ok(typeof pid === 'number' && pid > 0, `unResolution.serverPid returned ${pid}`);
  });

  it('answers again after unResolution.restartServer', async () => {
    const before = (await serverPid()) as number;
    await vscode.commands.executeCommand('unResolution.restartServer');
    await waitForNewServer(uri, before);
  });

  it('answers again after the server process is killed', async () => {
    const before = (await serverPid()) as number;
    assert.ok(typeof before === 'number' && before > 0, `unResolution.serverPid returned ${before}`);
    process.kill(before, 'SIGKILL');
    await waitForNewServer(uri, before);
  });
});
