/**
 * Completion: at the start of a preambular paragraph the preambular lead phrases, at the start of
 * an operative one the operative phrases (both ranked by how often real resolutions use them); the
 * next operative paragraph with its number; after "resolution " the resolutions the catalogue and
 * the workspace know, each with its title; and after "paragraph " the resolution's own operative
 * paragraphs, each with its opening words.
 */
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parsedDocument';
import type { Catalog } from '../citations/catalog';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { SyntaxNode } from '../syntax/nodes';
import { matchLeadPhrase, phrasesOfKind, withoutOpeningMarks, type PhraseKind } from '../phrases/leadPhrases';
import { ownWords } from '../syntax/walk';

// CompletionItemKind and InsertTextFormat values, spelled out to keep this module free of runtime imports.
const KIND = { Keyword: 14, Snippet: 15, Reference: 18 } as const;
const SNIPPET = 2;
const MAX_ITEMS = 100;

export interface CompletionContext {
  readonly catalog?: Catalog;
  readonly workspace?: WorkspaceIndex;
}

export function completion(doc: ParsedDocument, position: Position, context: CompletionContext): CompletionList {
  const text = doc.tree.text;
  const offset = doc.lines.offsetAt(position);
  const lineStart = doc.lines.offsetAt({ line: position.line, character: 0 });
  const before = text.slice(lineStart, offset);

  const cited = /\bresolutions?\s+((?:S-|ES-)?\d{0,4}(?:\/\d{0,4})?)$/i.exec(before);
  if (cited) return { isIncomplete: true, items: resolutionItems(cited[1], context) };

  const referred = PARAGRAPH_REFERENCE.exec(before);
  if (referred) return { isIncomplete: false, items: paragraphItems(doc, offset, referred[1]) };

  // At the start of a paragraph: nothing typed yet but indentation, a number or a label (a
  // negotiation text's "OP6", "PP3 bis"), and maybe the first letters.
  const start = /^\s*(?:(\d{1,3})\.\s*|(PP|OP)\s?\d{1,3}(?:\s?[a-z]+)?[.:]?\s+|\([a-z]{1,4}\)\s*)?([A-Z][a-z]*)?$/.exec(before);
  if (!start) return { isIncomplete: false, items: [] };
  const kind: PhraseKind = start[2] === 'PP' ? 'preambular' : start[1] || start[2] === 'OP' ? 'operative' : paragraphKindAt(doc, offset);
  const items = phraseItems(kind, start[3] ?? '');
  if (!start[1] && !start[2]) items.unshift(...nextParagraphItem(doc, offset, kind));
  return { isIncomplete: false, items };
}

/** Preambular before the first operative paragraph of the scope, operative after it. */
function paragraphKindAt(doc: ParsedDocument, offset: number): PhraseKind {
  let kind: PhraseKind = 'preambular';
  const visit = (node: SyntaxNode): boolean => {
    for (const child of node.children) {
      if (child.start > offset) return true;
      if (child.kind === 'operative') kind = 'operative';
      if (child.kind === 'formula' || child.kind === 'part' || child.kind === 'embedded') kind = 'preambular';
      if (child.kind === 'annex') return true;
      if (visit(child)) return true;
    }
    return false;
  };
  visit(doc.tree.root);
  return kind;
}

function phraseItems(kind: PhraseKind, typed: string): CompletionItem[] {
  const phrases = phrasesOfKind(kind);
  const items: CompletionItem[] = [];
  phrases.forEach(([phrase, count], rank) => {
    if (typed && !phrase.startsWith(typed)) return;
    if (items.length >= 300) return;
    items.push({
      label: phrase,
      kind: KIND.Keyword,
      detail: `${kind === 'preambular' ? 'Preambular' : 'Operative'} phrase, used ${count} times`,
      // Keep the real ranking: most frequent first, whatever the editor's own sorting.
      sortText: String(rank).padStart(5, '0'),
      insertText: `${phrase} `,
    });
  });
  return items;
}

/**
 * "6. New operative paragraph": the number that comes next, as a snippet. In a negotiation text,
 * the next label of the part the cursor is in: "OP6", or in the preamble "PP4".
 */
function nextParagraphItem(doc: ParsedDocument, offset: number, kind: PhraseKind): CompletionItem[] {
  const last = { preambular: undefined as SyntaxNode | undefined, operative: undefined as SyntaxNode | undefined };
  const visit = (node: SyntaxNode): void => {
    for (const child of node.children) {
      if (child.start > offset) return;
      if ((child.kind === 'operative' || child.kind === 'preambular') && child.label) last[child.kind] = child;
      if (child.kind === 'formula') last.preambular = last.operative = undefined;
      visit(child);
    }
  };
  visit(doc.tree.root);
  const previous = last[kind];
  const negotiated = previous?.label?.style === 'negotiation' || (kind === 'operative' && last.preambular?.label?.style === 'negotiation');
  const next = (previous?.label?.value ?? 0) + 1;
  if (negotiated) {
    const label = `${kind === 'preambular' ? 'PP' : 'OP'}${next}`;
    return [{ label: `${label} New ${kind} paragraph`, kind: KIND.Snippet, detail: 'The next label of this draft under negotiation', sortText: '00000', insertTextFormat: SNIPPET, insertText: `${label}\t\${1}` }];
  }
  if (kind !== 'operative') return [];
  return [
    {
      label: `${next}. New operative paragraph`,
      kind: KIND.Snippet,
      detail: 'The next operative paragraph, numbered',
      sortText: '00000',
      insertTextFormat: SNIPPET,
      insertText: `${next}.\t\${1|Decides,Requests,Encourages,Calls upon,Urges,Invites,Welcomes,Reaffirms,Recognizes,Stresses|} \${2};`,
    },
  ];
}

/** "paragraph ", "paragraphs 3 and ", "subparagraph (b) of paragraph 1": a paragraph's number comes next. */
const PARAGRAPH_REFERENCE = /\bparagraphs?\s+(?:\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s*,\s*|\s+and\s+|\s+to\s+))*(\d{0,3})$/i;

/**
 * The operative paragraphs "paragraph N" written here would speak of (those of the part, or of the
 * resolution of a volume, the cursor is in), each with its opening words.
 */
function paragraphItems(doc: ParsedDocument, offset: number, typed: string): CompletionItem[] {
  const { start, resolution } = doc.segmentAt(offset);
  // Read just before the cursor, which may stand at the very end of the text being typed.
  const run = resolution.analysis.runReferredAt(Math.max(0, offset - start - 1));
  const items: CompletionItem[] = [];
  for (const paragraph of run?.paragraphs ?? []) {
    const number = paragraph.label?.value;
    // Not the paragraph being written, which would speak of itself.
    const here = paragraph.start + start <= offset && offset <= paragraph.end + start;
    if (number === undefined || here || !String(number).startsWith(typed) || items.length >= MAX_ITEMS) continue;
    const words = ownWords(paragraph, resolution.tree.text, 300);
    const lead = matchLeadPhrase(withoutOpeningMarks(words))?.phrase ?? words.split(' ').slice(0, 4).join(' ');
    items.push({
      label: String(number),
      kind: KIND.Reference,
      detail: `${paragraph.start + start < offset ? 'Above' : 'Below'}: ${lead}`,
      documentation: words,
      sortText: String(number).padStart(5, '0'),
      insertText: String(number),
    });
  }
  return items;
}

/** Resolutions whose short number starts with what was typed ("75/1" → 75/101 ...). */
function resolutionItems(typed: string, context: CompletionContext): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (symbol: string, title: string | undefined, detail: string): void => {
    const short = shortForm(symbol);
    if (!short || seen.has(short) || !short.startsWith(typed) || items.length >= MAX_ITEMS) return;
    seen.add(short);
    items.push({ label: short, kind: KIND.Reference, detail: title ?? symbol, documentation: `${symbol} · ${detail}`, insertText: short, filterText: short });
  };
  for (const resolution of context.workspace?.resolutions() ?? []) if (resolution.symbol) add(resolution.symbol, resolution.title, 'in the workspace');
  for (const entry of context.catalog?.all() ?? []) {
    if (items.length >= MAX_ITEMS) break;
    add(entry.symbol, entry.title, entry.date ? `adopted ${entry.date}` : 'catalogue');
  }
  return items;
}

/** How a symbol is cited after "resolution": "A/RES/75/101 A" → "75/101 A", "S/RES/1373 (2001)" → "1373 (2001)". */
export function shortForm(symbol: string): string | undefined {
  const m = /^(?:A\/RES\/|S\/RES\/|A\/HRC\/RES\/|E\/RES\/)(.+)$/.exec(symbol);
  return m?.[1];
}
