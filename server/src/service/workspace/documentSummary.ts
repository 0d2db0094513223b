/**
 * What the workspace index keeps of a file: its own symbol (so citations can find it), its title,
 * its first operative paragraph (for hovers), and the citations it makes. No text is kept, so the
 * index of thousands of files stays small.
 */
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import { findCitations } from '../citations/recognize';
import { canonicalKey } from '../citations/symbols';
import { LineIndex, type Range } from '../text/lineIndex';
import { parseOneResolution } from '../syntax/parser';
import { resolutionStarts } from '../syntax/sessions';
import { ownWords } from '../syntax/walk';

export interface CitationLocation {
  readonly symbol: string;
  readonly range: Range;
}

/** A resolution a file holds: enough to find it, name it and quote it. */
export interface IndexedResolution {
  readonly uri: string;
  /** Canonical symbol of the resolution ("A/RES/67/15"), if it can be told. */
  readonly symbol?: string;
  readonly title?: string;
  /** Where the title (or the resolution's first line) is, for go-to-definition. */
  readonly titleRange: Range;
  readonly firstOperative?: string;
}

/** A file: its (first) resolution, the citations it makes, and the further resolutions of a session's volume. */
export interface DocumentSummary extends IndexedResolution {
  readonly citations: readonly CitationLocation[];
  readonly more?: readonly IndexedResolution[];
}

/** The resolution's own symbol: from the export's `<<ODS DOC SYMBOL1>>`, its title line, or its file name. */
export function ownSymbol(tree: ResolutionTree, uri?: string): string | undefined {
  const raw = tree.symbol;
  if (raw) {
    if (/^[A-Z]+\//.test(raw)) return canonicalKey(raw) ?? raw;
    // A title number "67/15" (GA), "54/16" (HRC), "2021/20" (ECOSOC).
    const prefix = tree.organ === 'HRC' ? 'A/HRC/RES/' : tree.organ === 'ECOSOC' ? 'E/RES/' : 'A/RES/';
    return canonicalKey(prefix + raw) ?? prefix + raw;
  }
  const name = uri ? decodeURIComponent(uri.split('/').pop() ?? '') : '';
  // File names such as A_RES_67_15.txt, S_RES_1373_2001.txt, A_HRC_RES_54_16.unres.
  const sc = /^S_RES_(\d{1,4})_(\d{4})\b/.exec(name);
  if (sc) return `S/RES/${sc[1]} (${sc[2]})`;
  const other = /^((?:A_HRC|A|E)_RES)_((?:ES-|S-)?\d{1,4})_(\d{1,4})(?:_([A-Z](?:-[A-Z])?))?(?=[._])/.exec(name);
  if (other) return canonicalKey(`${other[1].replace(/_/g, '/')}/${other[2]}/${other[3]}${other[4] ? ' ' + other[4] : ''}`) ?? undefined;
  return undefined;
}

/** Enough of the text to find the title, the organ and the first operative paragraph. */
const HEAD_LENGTH = 40_000;
/** Enough of a volume's further resolution to find its title and organ. */
const MORE_HEAD_LENGTH = 8_000;

/**
 * The summary of a file read from disk: only the head of each resolution is parsed (the title, the
 * organ and the first operative paragraph are there), its citations are read from the whole text.
 * Indexing thousands of files costs a fraction of parsing each in full.
 */
export function summarizeText(uri: string, text: string): DocumentSummary {
  const starts = resolutionStarts(text);
  const lines = new LineIndex(text);
  const more = starts.slice(1).map((start, i) => {
    const tree = parseOneResolution(headOf(text.slice(start, starts[i + 2] ?? text.length), MORE_HEAD_LENGTH));
    return resolutionEntry(uri, tree, lines, start);
  });
  const head = parseOneResolution(headOf(text.slice(0, starts[1] ?? text.length), HEAD_LENGTH));
  // The export's own-symbol field stands at the end of the text.
  const field = /<<ODS DOC SYMBOL1>>([^<\r\n]+)<<ODS DOC SYMBOL1>>/.exec(text)?.[1]?.trim();
  const tree: ResolutionTree = { ...head, text, symbol: head.symbol ?? field };
  return summarize(uri, tree, lines, head.root, more);
}

/** The text up to the last line break within `length`. */
function headOf(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf('\n', length);
  return text.slice(0, cut > 0 ? cut : length);
}

/** The summary of a file whose (first) resolution is `root`; a volume's further resolutions in `more`. */
export function summarize(uri: string, tree: ResolutionTree, lines: LineIndex, root = tree.root, more: readonly IndexedResolution[] = []): DocumentSummary {
  const citations = findCitations(tree.text, { organ: tree.organ })
    .filter((citation) => citation.kind !== 'treaty')
    .map((citation) => ({ symbol: citation.symbol, range: lines.rangeOf(citation.start, citation.end) }));
  const first = resolutionEntry(uri, { ...tree, root }, lines, 0, uri);
  return more.length ? { ...first, citations, more } : { ...first, citations };
}

/**
 * A resolution's entry from its tree, whose offsets start at `offset` in the text `lines` indexes;
 * `nameFrom` is the file's URI, whose name tells the symbol when the text does not (not for a
 * volume's further resolutions).
 */
export function resolutionEntry(uri: string, tree: ResolutionTree, lines: LineIndex, offset: number, nameFrom?: string): IndexedResolution {
  const titleNode = tree.root.children.find((node) => node.kind === 'title');
  const firstOperative = findFirst(tree.root, 'operative');
  return {
    uri,
    symbol: ownSymbol(tree, nameFrom),
    title: titleNode?.name,
    titleRange: titleNode ? lines.rangeOf(offset + titleNode.start, offset + titleNode.end) : lines.rangeOf(offset, offset),
    firstOperative: firstOperative ? `${firstOperative.label?.normalized ?? ''} ${ownWords(firstOperative, tree.text, 600).slice(0, 300)}`.trim() : undefined,
  };
}

function findFirst(node: SyntaxNode, kind: SyntaxNode['kind']): SyntaxNode | undefined {
  for (const child of node.children) {
    if (child.kind === kind) return child;
    if (child.kind === 'annex') continue;
    const inner = findFirst(child, kind);
    if (inner) return inner;
  }
  return undefined;
}
