/**
 * The peer: VS Code's own Markdown language service (`vscode-markdown-languageservice`, with
 * markdown-it as its parser, as VS Code wires it) computing document symbols for a Markdown text
 * with the same headings and paragraphs as our resolution text: one heading per outline symbol,
 * at its depth, and one paragraph per text line.
 */
import MarkdownIt from 'markdown-it';
import * as md from 'vscode-markdown-languageservice';
import { CancellationToken } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { makeDocument, type BenchDocument } from './corpus';
import { ratio, sampleRounds, type RoundOptions, type Summary } from './stats';

export interface MarkdownTwin {
  doc: BenchDocument;
  headings: number;
  paragraphs: number;
}

/** Keeps a line a plain paragraph: no list, heading, quote, rule or table starts it. */
function escapeBlockStart(line: string): string {
  return line.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>*+\-=|`~_<[])/, '\\$1');
}

export function markdownTwin(source: BenchDocument, symbols: readonly DocumentSymbol[]): MarkdownTwin {
  const headingsAt = new Map<number, string[]>();
  let headings = 0;
  const visit = (list: readonly DocumentSymbol[], depth: number): void => {
    for (const symbol of list) {
      const line = symbol.selectionRange.start.line;
      const heading = `${'#'.repeat(Math.min(depth + 1, 6))} ${symbol.name.replace(/\s+/g, ' ')}`;
      headingsAt.set(line, [...(headingsAt.get(line) ?? []), heading]);
      headings++;
      visit(symbol.children ?? [], depth + 1);
    }
  };
  visit(symbols, 0);
  const blocks: string[] = [];
  let paragraphs = 0;
  source.text.split(/\r?\n/).forEach((line, index) => {
    blocks.push(...(headingsAt.get(index) ?? []));
    if (line.trim() === '') return;
    blocks.push(escapeBlockStart(line.trim()));
    paragraphs++;
  });
  return { doc: makeDocument(`markdown twin of ${source.name}`, blocks.join('\n\n') + '\n'), headings, paragraphs };
}

/** A one-document workspace: the symbols request needs no file system. */
function singleDocumentWorkspace(document: TextDocument) {
  // Listeners come with the `this` they expect (the service passes its methods plus thisArgs).
  const listeners = new Set<(doc: md.ITextDocument) => void>();
  const noEvent = () => ({ dispose() {} });
  const workspace: md.IWorkspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: (listener, thisArgs) => {
      const bound = (doc: md.ITextDocument) => listener.call(thisArgs, doc);
      listeners.add(bound);
      return { dispose: () => listeners.delete(bound) };
    },
    onDidCreateMarkdownDocument: noEvent,
    onDidDeleteMarkdownDocument: noEvent,
    getAllMarkdownDocuments: async () => [document],
    hasMarkdownDocument: (resource) => resource.toString() === document.uri,
    openMarkdownDocument: async (resource) => (resource.toString() === document.uri ? document : undefined),
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  // The service caches by URI until told the document changed: tell it before each timed call.
  const invalidate = () => listeners.forEach((listener) => listener(document));
  return { workspace, invalidate };
}

export function createPeer(twin: MarkdownTwin) {
  const document = TextDocument.create('file:///bench/twin.md', 'markdown', 1, twin.doc.text);
  const { workspace, invalidate } = singleDocumentWorkspace(document);
  const markdownIt = MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (doc) => markdownIt.parse(doc.getText(), {}),
  };
  const logger: md.ILogger = { level: md.LogLevel.Off, log() {} };
  const service = md.createLanguageService({ workspace, parser, logger });
  return {
    documentSymbols: () => {
      invalidate();
      return service.getDocumentSymbols(document, { includeLinkDefinitions: false }, CancellationToken.None);
    },
  };
}

export interface PeerComparison {
  resolution: { name: string; bytes: number; symbols: number };
  markdown: { bytes: number; headings: number; paragraphs: number };
  ours: Summary;
  peer: Summary | null;
  /** Ours over peer: below 1 means we are faster. */
  ratio: number | null;
  /** Why the peer produced no figure, if it failed. */
  peerError?: string;
}

export async function comparePeer(resolution: BenchDocument, options: RoundOptions): Promise<PeerComparison> {
  const ours = createLanguageService();
  const twin = markdownTwin(resolution, ours.outline(resolution.text));
  const peer = createPeer(twin);
  const base = {
    resolution: { name: resolution.name, bytes: resolution.bytes, symbols: twin.headings },
    markdown: { bytes: twin.doc.bytes, headings: twin.headings, paragraphs: twin.paragraphs },
  };
  try {
    await peer.documentSymbols();
  } catch (error) {
    const oursOnly = await sampleRounds({ ours: () => ours.outline(resolution.text) }, options);
    return { ...base, ours: oursOnly.ours, peer: null, ratio: null, peerError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  // Ours from text (parse + outline), as the peer also tokenizes from text on every call.
  const summaries = await sampleRounds({ ours: () => ours.outline(resolution.text), peer: peer.documentSymbols }, options);
  return { ...base, ours: summaries.ours, peer: summaries.peer, ratio: ratio(summaries.ours, summaries.peer) };
}
