/**
 * The Outline: a hierarchical `DocumentSymbol` tree following the outline contract
 * (title, `Preamble` with lead phrases, `1. Acknowledges`, `(a) To cooperate`, sections, parts,
 * annexes, `Footnotes`, the closing). Artefacts and unrecognized text never appear.
 */
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import type { LineIndex } from '../text/lineIndex';
import { matchLeadPhrase, withoutOpeningMarks } from '../phrases/leadPhrases';
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
  const selectionEnd = Math.min(node.end, lineEndAfter(text, lines, node.contentStart ?? node.start, node.start));
  const content = contentOf(node, text);
  const symbol: DocumentSymbol = {
    name: nameOf(node, content) || node.kind,
    kind: SYMBOL_KIND[node.kind] ?? KIND.String,
    range,
    selectionRange: lines.rangeOf(node.start, Math.max(node.start, selectionEnd)),
  };
  const detail = detailOf(node, content);
  if (detail) symbol.detail = detail;
  const children = symbolsOf(node.children, text, lines, node.kind === 'footnotes');
  // A text's own "Preamble" heading (an annexed convention's) over the preamble it heads: one entry.
  if ((node.kind === 'section' || node.kind === 'heading') && symbol.name === 'Preamble' && children[0]?.name === 'Preamble' && !children[0].detail) children.splice(0, 1, ...(children[0].children ?? []));
  if (children.length) symbol.children = children;
  return symbol;
}

/** The selection is the node's first line (the number and lead phrase), never past the range. */
function lineEndAfter(text: string, lines: LineIndex, from: number, start: number): number {
  // The end of the line holding `from` (without its break), at most 400 characters on.
  const lineEnd = lines.offsetAt({ line: lines.positionAt(from).line, character: 0x7fffffff });
  return Math.max(Math.min(lineEnd, from + 400, text.length), start);
}

/** A node's own words, and for a paragraph, without opening quotes, its lead phrase: read once for its name and detail. */
interface Content {
  readonly words: string;
  readonly unquoted: string;
  readonly lead: string | undefined;
}

function contentOf(node: SyntaxNode, text: string): Content {
  const words = ownWords(node, text, CONTENT_LIMIT);
  if (node.kind !== 'preambular' && node.kind !== 'operative' && node.kind !== 'paragraph') return { words, unquoted: words, lead: undefined };
  const unquoted = withoutOpeningMarks(words);
  const lead = matchLeadPhrase(unquoted)?.phrase ?? (node.kind === 'paragraph' ? STATEMENT_LEAD.exec(unquoted)?.[0] : undefined);
  return { words, unquoted, lead };
}

/**
 * How a statement's paragraph opens: the organ and its verb ("The Security Council condemns",
 * "The Council also stresses"), which name it as a lead phrase names a resolution's paragraph.
 */
const STATEMENT_LEAD = /^The (?:Security Council|General Assembly|Council)(?: (?:also|further|again|strongly|deeply|firmly|fully))? [a-z]+(?= )/;

function nameOf(node: SyntaxNode, content: Content): string {
  switch (node.kind) {
    case 'operative': {
      const lead = leadOf(content, 6);
      return node.label ? `${node.label.normalized} ${lead}`.trim() : lead;
    }
    case 'subparagraph':
      return `${node.label?.normalized ?? ''} ${subLeadOf(content.words)}`.trim();
    case 'preambular':
    case 'paragraph':
      // A negotiation text labels its preambular paragraphs too: "PP3 Recalling".
      return node.label ? `${node.label.normalized} ${leadOf(content, 4)}`.trim() : leadOf(content, 4);
    case 'footnote':
      return `${node.name} ${firstWords(content.words, 8)}`;
    default:
      return node.name ?? firstWords(content.words, 8);
  }
}

/** The words that follow the lead phrase, so the Outline shows what the paragraph is about. */
function detailOf(node: SyntaxNode, content: Content): string | undefined {
  if (node.kind !== 'preambular' && node.kind !== 'operative' && !(node.kind === 'paragraph' && content.lead)) return undefined;
  return firstWords(content.unquoted.slice(content.lead?.length ?? 0).trim(), 10) || undefined;
}

/** The lead phrase ("Recalling also", "Calls upon"), or the first words when none is known. */
function leadOf(content: Content, words: number): string {
  return content.lead ?? firstWords(content.unquoted, words);
}

/** Sub-paragraphs are named by their first words: "To cooperate", "Decides", "The development of". */
function subLeadOf(content: string): string {
  if (/^To [a-z]/.test(content)) return firstWords(content, 2);
  return matchLeadPhrase(content)?.phrase ?? firstWords(content, 3);
}

/**
 * The first `count` words, with "…" when more follow: the non-empty pieces among the first
 * `count + 1` of `text.split(' ')`, read by `indexOf` rather than by splitting a long text.
 */
function firstWords(text: string, count: number): string {
  const words: string[] = [];
  for (let piece = 0, start = 0; piece <= count; piece++) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (end > start) words.push(text.slice(start, end));
    if (space < 0) break;
    start = space + 1;
  }
  const head = words.slice(0, count).join(' ').replace(/[,;:]$/, '');
  return words.length > count ? `${head}…` : head;
}
