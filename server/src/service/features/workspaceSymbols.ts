/** Workspace symbols: the workspace's resolutions, found by symbol or by words of their title. */
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

const FILE_KIND = 1;

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  return index.search(query).map((summary) => ({
    name: summary.symbol ? `${summary.symbol}${summary.title ? ` — ${summary.title.replace(/^\S+\.\s+/, '')}` : ''}` : (summary.title ?? summary.uri),
    kind: FILE_KIND,
    location: { uri: summary.uri, range: summary.titleRange },
  }));
}
