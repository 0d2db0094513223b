// A session's volume in the real editor: one Outline entry per resolution, each resolution checked
// on its own, and an edit in one of them re-checked where it is.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWhere, openResolution, waitForOutline } from './helpers';

/** The PDF copies of A/RES/80/1, 80/4 and 80/7 one after another. */
const VOLUME = 'session-volume.txt';

describe("a session's volume of three resolutions", () => {
  let uri: vscode.Uri;

  before(async () => {
    await activateExtension();
    uri = await openResolution(VOLUME);
  });

  it('has one Outline entry per resolution, its title, holding its preamble and paragraphs', async () => {
    const symbols = await waitForOutline(uri);
    assert.deepStrictEqual(symbols.map((symbol) => symbol.name.split('.')[0]), ['80/1', '80/4', '80/7']);
    for (const symbol of symbols) assert.ok(symbol.children.some((child) => child.name === 'Preamble'), `${symbol.name}: ${symbol.children.map((c) => c.name).join(' | ')}`);
    assert.ok(symbols[1].children.some((child) => child.name.startsWith('1. Takes note of')));
  });

  it('numbers each resolution on its own, and flags a fault in the second where it is', async () => {
    const warnings = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = Array.from({ length: document.lineCount }, (_, i) => i).find((i) => document.lineAt(i).text.trim() === '2.' && document.lineAt(i + 1).text.startsWith('Reiterates'));
    assert.ok(line !== undefined, 'paragraph 2 of 80/4');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, 0, line, 1), '3');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await diagnosticsWhere(uri, (diagnostics) => warnings(diagnostics).length > 0);
    const gap = warnings(after).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'operative-gap');
    assert.ok(gap, JSON.stringify(after.map((d) => d.code)));
    assert.strictEqual(gap.range.start.line, line);
    // Undone, the volume has no problem at all, although each resolution starts again at 1 (and
    // the marker of 80/7's footnote 3 is set apart from its text, as the PDF extraction gives it).
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhere(uri, (diagnostics) => diagnostics.length === 0);
  });
});
