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

  it('gives the open documents their diagnostics back after the server is killed', async () => {
    const draft = await openResolution('draft-numbering-gap.unres');
    const hasGap = (): boolean => vscode.languages.getDiagnostics(draft).some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'operative-gap');
    await waitFor('the gap diagnostic', hasGap, (found) => found, 30_000);
    const before = (await serverPid()) as number;
    process.kill(before, 'SIGKILL');
    await waitForNewServer(uri, before);
    // The new server has the open document again: an edit gets fresh diagnostics from it.
    const document = await vscode.workspace.openTextDocument(draft);
    const line = document.getText().split('\n').findIndex((l) => l.trimStart().startsWith('4.'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(draft, new vscode.Range(line, document.lineAt(line).firstNonWhitespaceCharacterIndex, line, document.lineAt(line).firstNonWhitespaceCharacterIndex + 1), '5');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(
      'a diagnostic of the edited text from the new server',
      () => vscode.languages.getDiagnostics(draft).map((d) => d.message),
      (messages) => messages.some((m) => m.includes('paragraphs 3 to 4 are missing')),
      30_000,
    );
    const symbols = await waitForOutline(draft, 30_000);
    assert.ok(symbols.some((s) => s.name.startsWith('5.')), 'the draft has its outline back');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
