// Citations and navigation in the real editor: hover, links, definition, references, completion.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openResolution, waitFor, waitForOutline } from './helpers';

const EXPORT = 'shanghai-cooperation-export.txt';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function positionOf(uri: vscode.Uri, needle: string, delta = 1): Promise<vscode.Position> {
  const document = await vscode.workspace.openTextDocument(uri);
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" in ${uri.path}`);
  return document.positionAt(offset + delta);
}

describe('citations and navigation', () => {
  let uri: vscode.Uri;

  before(async () => {
    await activateExtension();
    uri = await openResolution(EXPORT);
    await waitForOutline(uri);
  });

  it('hovering "resolution 59/48 of 2 December 2004" shows A/RES/59/48', async () => {
    const position = await positionOf(uri, '59/48 of 2 December 2004');
    const hovers = await waitFor(
      'a hover over 59/48',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
      (list) => Array.isArray(list) && hoverText(list).includes('A/RES/59/48'),
    );
    assert.match(hoverText(hovers), /2 December 2004/);
  });

  it('lists the citations as document links to undocs.org', async () => {
    const links = await waitFor(
      'document links',
      () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri),
      (list) => Array.isArray(list) && list.length > 0,
    );
    const targets = links.map((link) => link.target?.toString() ?? '');
    for (const symbol of ['A/RES/59/48', 'A/RES/64/183', 'A/RES/65/124']) assert.ok(targets.some((t) => t.includes(symbol)), `${symbol} in ${targets.join(' ')}`);
  });

  it('goes to the workspace file that holds a cited resolution', async () => {
    const draft = await openResolution('draft-numbering-gap.unres');
    const position = await positionOf(draft, '67/15 of 19 November 2012');
    const locations = await waitFor(
      'a definition in another file',
      () => vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', draft, position),
      (list) => Array.isArray(list) && list.length > 0,
    );
    const targets = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri).path);
    assert.ok(targets.some((p) => p.endsWith('shanghai-cooperation-export.txt') || p.endsWith('A_RES_67_15.txt')), targets.join(' '));
  });

  it('finds the citations of a resolution in several files', async () => {
    const position = await positionOf(uri, '65/124 of 13 December 2010');
    const references = await waitFor(
      'references in two files',
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position),
      (list) => Array.isArray(list) && new Set(list.map((l) => l.uri.toString())).size >= 2,
    );
    assert.ok(references.length >= 2);
  });

  it('highlights a footnote with its marker, and a paragraph with the references to it', async () => {
    const text = ['\tThe General Assembly,', '\tRecalling its resolution 67/15 of 19 November 2012,1', '\t1.\tWelcomes the report;', '\t2.\tRecalls paragraph 1 above.', '', '1 A/67/111, annex.'].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: text });
    const lines = (highlights: vscode.DocumentHighlight[]): Array<[number, number | undefined]> => highlights.map((h) => [h.range.start.line, h.kind]);
    const onNote = await waitFor(
      'highlights of footnote 1',
      () => vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, new vscode.Position(5, 0)),
      (list) => Array.isArray(list) && list.length > 0,
    );
    assert.deepEqual(lines(onNote), [[5, vscode.DocumentHighlightKind.Write], [1, vscode.DocumentHighlightKind.Read]]);
    const onParagraph = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, new vscode.Position(2, 1));
    assert.deepEqual(lines(onParagraph), [[2, vscode.DocumentHighlightKind.Write], [3, vscode.DocumentHighlightKind.Read]]);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(3, document.lineAt(3).text.indexOf('1 above')));
    assert.deepEqual(references.map((l) => l.range.start.line), [2, 3]);
  });

  it('completes preambular phrases at the start of a preambular paragraph', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: '\tThe General Assembly,\n\tRec' });
    const list = await waitFor(
      'completion items',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 4)),
      (l) => !!l && l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Recalling'),
    );
    assert.ok(list.items.length > 0);
  });

  it('completes the number after "paragraph " with the operative paragraphs and their opening words', async () => {
    const content = ['\tThe General Assembly,', '\tRecalling its resolutions,', '\t1.\tWelcomes the report;', '\t2.\tRequests a report on paragraph '].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content });
    const list = await waitFor(
      'paragraph numbers',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.positionAt(content.length)),
      (l) => !!l && l.items.length > 0,
    );
    assert.deepStrictEqual(list.items.map((i) => [typeof i.label === 'string' ? i.label : i.label.label, i.detail]), [['1', 'Above: Welcomes']]);
  });
});
