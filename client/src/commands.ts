/**
 * Palette and context-menu commands. Renumbering and "Fix all" run on the server, which applies
 * one undoable edit; "Ignore rule" writes the rule's severity setting.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The skeleton of a draft, in the layout of the UN's plain-text export. */
const NEW_RESOLUTION = [
  '${1:Sponsors}: draft resolution',
  '${2:Title}',
  '\tThe ${3|General Assembly,Security Council,Economic and Social Council,Human Rights Council|},',
  '\t${4:Recalling} ${5:its resolution 75/101 of 10 December 2020},',
  '\t1.\t${6:Decides} ${7:to ...};',
  '\t2.\t${8:Requests} the Secretary-General to submit a report on the implementation of the present resolution;',
  '\t3.\tDecides to remain seized of the matter.$0',
  '',
].join('\n');

const SERVER_RENUMBER = 'unResolution.server.renumber';
const SERVER_FIX_ALL = 'unResolution.server.fixAll';

export function registerCommands(getClient: () => LanguageClient | undefined, languageId: string): vscode.Disposable[] {
  const activeResolution = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== languageId) {
      void vscode.window.showInformationMessage('Open a UN resolution to use this command.');
      return undefined;
    }
    return editor;
  };
  const runOnServer = async (command: string): Promise<void> => {
    const editor = activeResolution();
    const client = getClient();
    if (!editor || !client) return;
    const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
    const result = (await client.sendRequest('workspace/executeCommand', { command, arguments: [editor.document.uri.toString(), position] })) as { changes?: number } | null;
    if (!result?.changes) void vscode.window.setStatusBarMessage('UN Resolution: the numbering is already in order.', 4000);
  };
  return [
    vscode.commands.registerCommand('unResolution.newResolution', async () => {
      const document = await vscode.workspace.openTextDocument({ language: languageId, content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(NEW_RESOLUTION));
    }),
    vscode.commands.registerCommand('unResolution.renumber', () => runOnServer(SERVER_RENUMBER)),
    vscode.commands.registerCommand('unResolution.fixAll', () => runOnServer(SERVER_FIX_ALL)),
    vscode.commands.registerCommand('unResolution.ignoreRule', async (code?: unknown) => {
      const rule = typeof code === 'string' ? code : await vscode.window.showInputBox({ prompt: 'Code of the rule to ignore (for example operative-gap)' });
      if (!rule) return;
      const config = vscode.workspace.getConfiguration('unResolution.diagnostics');
      const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [rule]: 'off' };
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('rules', rules, target);
    }),
  ];
}
