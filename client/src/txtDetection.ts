/**
 * VS Code never consults `firstLine` for .txt files (Plain Text claims the extension first), so
 * resolution texts that arrive as .txt are recognized here by their first lines and switched to
 * UN Resolution mode. Each document is switched at most once, so a user who picks Plain Text
 * again keeps that choice; the `unResolution.detectTxtFiles` setting turns this off.
 */
import * as vscode from 'vscode';
import { looksLikeResolution } from '../../server/src/service/sniff';

export class TxtDetector implements vscode.Disposable {
  private readonly seen = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly languageId: string) {
    this.subscription = vscode.workspace.onDidOpenTextDocument((document) => void this.consider(document));
    for (const document of vscode.workspace.textDocuments) void this.consider(document);
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext') return;
    const key = document.uri.toString();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (!vscode.workspace.getConfiguration('unResolution', document.uri).get<boolean>('detectTxtFiles', true)) return;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 60), 0));
    if (!looksLikeResolution(head)) return;
    try {
      await vscode.languages.setTextDocumentLanguage(document, this.languageId);
    } catch {
      // The document was closed meanwhile: nothing to switch.
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
