// Numbering diagnostics in the real editor: they appear, follow edits, and quick fixes clear them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWhere, openResolution, waitFor } from './helpers';

const DRAFT = 'draft-numbering-gap.unres';

function gapDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'operative-gap' || (typeof d.code === 'object' && d.code?.value === 'operative-gap'));
}

describe('numbering diagnostics', () => {
  let uri: vscode.Uri;

  beforeEach(async () => {
    await activateExtension();
    uri = await openResolution(DRAFT);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports the gap on the line of paragraph 4, with source and code', async () => {
    const [gap] = await diagnosticsWhere(uri, (d) => gapDiagnostics(uri).length > 0).then(() => gapDiagnostics(uri));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.lineAt(gap.range.start.line).text.trimStart().startsWith('4.'), `gap reported on "${document.lineAt(gap.range.start.line).text}"`);
    assert.strictEqual(gap.source, 'un-resolution');
    assert.strictEqual(gap.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('clears the diagnostic after an edit that closes the gap', async () => {
    const [gap] = await diagnosticsWhere(uri, () => gapDiagnostics(uri).length > 0).then(() => gapDiagnostics(uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, gap.range, '3.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhere(uri, () => gapDiagnostics(uri).length === 0);
  });

  it('offers a renumbering quick fix that clears the diagnostic when applied', async () => {
    const [gap] = await diagnosticsWhere(uri, () => gapDiagnostics(uri).length > 0).then(() => gapDiagnostics(uri));
    const actions = await waitFor(
      'code actions at the gap',
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, gap.range),
      (list) => Array.isArray(list) && list.some((a) => a.title.startsWith('Renumber')),
    );
    const renumber = actions.find((a) => a.title.startsWith('Renumber'))!;
    assert.ok(renumber.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(renumber.edit!));
    await diagnosticsWhere(uri, () => gapDiagnostics(uri).length === 0);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.getText().includes('\t3.\tDecides to remain seized of the matter.'));
  });

  it('offers "Ignore this rule" and "Fix all numbering"', async () => {
    const [gap] = await diagnosticsWhere(uri, () => gapDiagnostics(uri).length > 0).then(() => gapDiagnostics(uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, gap.range);
    assert.ok(actions.some((a) => a.command?.command === 'unResolution.ignoreRule'), actions.map((a) => a.title).join(' | '));
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, gap.range, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(fixAll.some((a) => a.title === 'Fix all numbering'), fixAll.map((a) => a.title).join(' | '));
  });

  it('the Renumber command fixes the numbering in one edit', async () => {
    await diagnosticsWhere(uri, () => gapDiagnostics(uri).length > 0);
    await vscode.commands.executeCommand('unResolution.renumber');
    await diagnosticsWhere(uri, () => gapDiagnostics(uri).length === 0);
  });
});
