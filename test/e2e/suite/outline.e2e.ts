// Structure features served by the language server: the outline (documentSymbol) and folding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openResolution, waitFor, waitForOutline } from './helpers';

const EXPORT = 'shanghai-cooperation-export.txt';

function topLevel(symbols: vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `no top-level symbol "${name}" in [${symbols.map((s) => s.name).join(' | ')}]`);
  return found;
}

describe('outline and folding of the seed export (A/RES/67/15)', () => {
  let uri: vscode.Uri;
  let symbols: vscode.DocumentSymbol[];

  before(async () => {
    await activateExtension();
    uri = await openResolution(EXPORT);
    symbols = await waitForOutline(uri);
  });

  it('names the resolution by its number and title', () => {
    topLevel(symbols, '67/15. Cooperation between the United Nations and the Shanghai Cooperation Organization');
  });

  it('groups the 20 preambular paragraphs under Preamble', () => {
    assert.strictEqual(topLevel(symbols, 'Preamble').children.length, 20);
  });

  it('lists the operative paragraphs by number and opening phrase, in order', () => {
    topLevel(symbols, '1. Acknowledges');
    topLevel(symbols, '5. Decides');
    // The phrase may run past the verb ("4. Requests the Secretary-General"), so these match by prefix.
    const operative = symbols.map((s) => s.name).filter((name) => /^\d+\. /.test(name));
    const expected = ['1. Acknowledges', '2. Emphasizes', '3. Proposes', '4. Requests', '5. Decides'];
    assert.strictEqual(operative.length, expected.length, `operative symbols: ${operative.join(' | ')}`);
    operative.forEach((name, i) => assert.ok(name.startsWith(expected[i]), `"${name}" should start with "${expected[i]}"`));
  });

  it('lists the 2 footnotes under Footnotes', () => {
    assert.strictEqual(topLevel(symbols, 'Footnotes').children.length, 2);
  });

  it('returns folding ranges inside the document', async () => {
    const lineCount = (await vscode.workspace.openTextDocument(uri)).lineCount;
    const ranges = await waitFor(
      'folding ranges',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri),
      (r) => Array.isArray(r) && r.length > 0,
    );
    for (const range of ranges) {
      assert.ok(range.start < range.end && range.end < lineCount, `bad folding range ${JSON.stringify(range)}`);
    }
  });
});
