/**
 * The Outline: a hierarchical `DocumentSymbol` tree following the outline contract
 * (title, `Preamble` with lead phrases, `1. Acknowledges`, `(a) To cooperate`, sections, parts,
 * annexes, `Footnotes`, the closing). Artefacts and unrecognized text never appear.
 */
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import type { LineIndex } from '../text/lineIndex';
import { matchLeadPhrase } from '../phrases/leadPhrases';
import { ownWords } from '../syntax/walk';

/** How much of a paragraph names it: its first words are all the Outline shows. */
const CONTENT_LIMIT = 300;

// SymbolKind values (a const enum in the protocol types; spelled out to keep this module free of runtime imports).
const KIND = { File: 1, Module: 2, Namespace: 3, Package: 4, Class: 5, Field: 8, Enum: 10, Function: 12, String: 15, Number: 16, Key: 20, Struct: 23, Event: 24 } as const;

const SYMBOL_KIND: Partial<Record<SyntaxNode['kind'], SymbolKind>> = {
  heading: KIND.String,
  title: KIND.File,
  part: KIND.Module,
  formula: KIND.Key,
  preamble: KIND.Namespace,
  preambular: KIND.Field,
  operative: KIND.Function,
  subparagraph: KIND.Enum,
  section: KIND.Class,
  embedded: KIND.Package,
  annex: KIND.Module,
  closing: KIND.Event,
  footnotes: KIND.Struct,
  footnote: KIND.Number,
  paragraph: KIND.Field,
};

/** Nodes the outline leaves out: front-matter lines and the formula are not places one navigates to. */
const HIDDEN = new Set<SyntaxNode['kind']>(['artefact', 'text', 'heading', 'formula']);

export function outline(tree: ResolutionTree, lines: LineIndex): DocumentSymbol[] {
  return symbolsOf(tree.root.children, tree.text, lines);
}

function symbolsOf(nodes: readonly SyntaxNode[], text: string, lines: LineIndex, inFootnotes = false): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let footnotes: DocumentSymbol | undefined;
  for (const node of nodes) {
    if (node.kind === 'footnote' && !inFootnotes) {
      // Footnotes met one by one (page bottoms of a PDF copy) are gathered like a `footnotes` node.
      const symbol = symbolOf(node, text, lines);
      if (!footnotes) {
        footnotes = { name: 'Footnotes', kind: KIND.Struct, range: symbol.range, selectionRange: symbol.selectionRange, children: [] };
        out.push(footnotes);
      }
      footnotes.children!.push(symbol);
      footnotes.range = { start: footnotes.range.start, end: symbol.range.end };
      continue;
    }
    if (node.kind !== 'artefact') footnotes = undefined;
    if (HIDDEN.has(node.kind)) {
      // A hidden holder may still hold visible children (sub-paragraphs with no paragraph).
      if (node.kind === 'text') for (const symbol of symbolsOf(node.children, text, lines)) out.push(symbol);
      continue;
    }
    out.push(symbolOf(node, text, lines));
  }
  return out;
}

function symbolOf(node: SyntaxNode, text: string, lines: LineIndex): DocumentSymbol {
  const range = lines.rangeOf(node.start, node.end);
  const selectionEnd = Math.min(node.end, lineEndAfter(text, node.contentStart ?? node.start, node.start));
  const content = ownWords(node, text, CONTENT_LIMIT);
  const symbol: DocumentSymbol = {
    name: nameOf(node, content) || node.kind,
    kind: SYMBOL_KIND[node.kind] ?? KIND.String,
    range,
    selectionRange: lines.rangeOf(node.start, Math.max(node.start, selectionEnd)),
  };
  const detail = detailOf(node, content);
  if (detail) symbol.detail = detail;
  const children = symbolsOf(node.children, text, lines, node.kind === 'footnotes');
  if (children.length) symbol.children = children;
  return symbol;
}

/** The selection is the node's first line (the number and lead phrase), never past the range. */
function lineEndAfter(text: string, from: number, start: number): number {
  const newline = text.slice(from, from + 400).search(/[\r\n]/);
  const end = newline < 0 ? Math.min(text.length, from + 400) : from + newline;
  return Math.max(end, start);
}

/** `content`: the node's own words (ownWords). */
function nameOf(node: SyntaxNode, content: string): string {
  switch (node.kind) {
    case 'operative': {
      const lead = leadOf(content, 6);
      return node.label ? `${node.label.normalized} ${lead}`.trim() : lead;
    }
    case 'subparagraph':
      return `${node.label?.normalized ?? ''} ${subLeadOf(content)}`.trim();
    case 'preambular':
    case 'paragraph':
      return leadOf(content, 4);
    case 'footnote':
      return `${node.name} ${firstWords(content, 8)}`;
    default:
      return node.name ?? firstWords(content, 8);
  }
}

/** The words that follow the lead phrase, so the Outline shows what the paragraph is about. */
function detailOf(node: SyntaxNode, content: string): string | undefined {
  if (node.kind !== 'preambular' && node.kind !== 'operative') return undefined;
  const unquoted = content.replace(/^[“"‘']+/, '');
  const lead = matchLeadPhrase(unquoted)?.phrase ?? '';
  return firstWords(unquoted.slice(lead.length).trim(), 10) || undefined;
}

/** The lead phrase ("Recalling also", "Calls upon"), or the first words when none is known. */
function leadOf(content: string, words: number): string {
  const unquoted = content.replace(/^[“"‘']+/, '');
  return matchLeadPhrase(unquoted)?.phrase ?? firstWords(unquoted, words);
}

/** Sub-paragraphs are named by their first words: "To cooperate", "Decides", "The development of". */
function subLeadOf(content: string): string {
  if (/^To [a-z]/.test(content)) return firstWords(content, 2);
  return matchLeadPhrase(content)?.phrase ?? firstWords(content, 3);
}

function firstWords(text: string, count: number): string {
  const words = text.split(' ', count + 1).filter(Boolean);
  const head = words.slice(0, count).join(' ').replace(/[,;:]$/, '');
  return words.length > count ? `${head}…` : head;
}
