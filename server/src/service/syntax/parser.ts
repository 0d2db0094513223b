/**
 * Third stage: builds the typed tree from blocks with a small state machine. A stack of open
 * containers (document, part, embedded draft, annex, sections, preamble, paragraph, sub-paragraph
 * levels) is kept; each block closes what it cannot live in, then opens or joins a node.
 * Never throws on any input: what is not recognized becomes a `text` node.
 */
import type { Label, Organ, ResolutionTree, SyntaxNode } from './nodes';
import { buildBlocks, type Block, type Interruption, type Item } from './blocks';
import { endsParagraph } from './paragraphEnd';
import { marksUnderLoneNumber, matchNegotiationLabel, matchOperativeNumber, matchSubLabel, type LabelMatch } from './labels';
import { ANNEX, CLOSING, COLON_TITLE, DATE_ONLY, FORMULA, GA_TITLE, HEADING, NUMBERED_DRAFT, SC_TITLE, isFigures, isNumberedHeading, looksLikeHeading, matchSectionLabel, organIn, TABLE_NOTE } from './blockKinds';
import { SubparagraphNesting } from './subparagraphs';
import { blockTextAt, formulaFollows, isTableRow, nearFigures, nextBlockIndex, nextBlockText, nextIsPreambular, nextStartsSubparagraph } from './neighbours';
import { flatText, indentation } from './blockText';
import { finish, groupFootnotes, insert } from './treeAssembly';
import { resolutionStarts } from './sessions';
import { mergeSessionTrees } from './sessionTree';
import { guessPhraseKind, matchLeadPhrase } from '../phrases/leadPhrases';

/** Containers close each other by rank: a new node closes every open node of equal or higher rank. */
const RANK = {
  document: 0,
  part: 1,
  annex: 2,
  /** An appendix or attachment inside an annex. */
  appendix: 2.5,
  embedded: 3,
  'section-roman': 4,
  'section-letter': 5,
  'section-plain': 6,
  preamble: 7,
  paragraph: 8,
} as const;

interface Open {
  node: SyntaxNode;
  rank: number;
}

/** Per numbering scope (document, part, embedded draft, annex): where the text stands. */
interface Scope {
  hasFormula: boolean;
  hasOperative: boolean;
}

/** "Key: value" on one short line, the key a few words: "Sponsors: Brazil, Canada". */
const COVER_LINE = /^[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,3}:\s+\S.{0,300}$/;

/** The tree of a text: one resolution, or a session's compilation read one resolution at a time. */
export function parseResolution(text: string): ResolutionTree {
  const starts = resolutionStarts(text);
  if (starts.length === 1) return parseOneResolution(text);
  const segments = starts.map((start, i) => ({ start, tree: parseOneResolution(text.slice(start, starts[i + 1] ?? text.length)) }));
  return mergeSessionTrees(text, segments);
}

/** The tree of a text read as a single resolution. */
export function parseOneResolution(text: string): ResolutionTree {
  return new TreeBuilder(text).build();
}

class TreeBuilder {
  private readonly root: SyntaxNode;
  private readonly stack: Open[];
  private readonly scopes = new Map<SyntaxNode, Scope>();
  private readonly strays: SyntaxNode[] = [];
  private nesting: SubparagraphNesting | undefined;
  private organ: Organ = 'unknown';
  /** A presidential statement or a decision: paragraphs under no enacting formula, which are its substance. */
  private formulaless = false;
  private symbol: string | undefined;
  private items: Item[] = [];
  private index = 0;

  constructor(private readonly text: string) {
    this.root = { kind: 'document', start: 0, end: text.length, children: [] };
    this.stack = [{ node: this.root, rank: RANK.document }];
    this.scopes.set(this.root, { hasFormula: false, hasOperative: false });
  }

  build(): ResolutionTree {
    this.items = buildBlocks(this.text);
    for (this.index = 0; this.index < this.items.length; this.index++) {
      const item = this.items[this.index];
      if (item.type === 'block') this.block(item);
      else this.strays.push(this.interruptionNode(item));
    }
    finish(this.root);
    for (const stray of groupFootnotes(this.strays, this.items)) insert(this.root, stray);
    this.root.start = 0;
    this.root.end = this.text.length;
    return { text: this.text, root: this.root, organ: this.organ, symbol: this.symbol ?? this.exportSymbol() };
  }

  // ---- blocks -------------------------------------------------------------------------------

  private block(block: Block): void {
    const first = block.lines[0].text.trimStart();
    // Most blocks are numbered paragraphs and items: they are placed without their flat text. A
    // block that opens with a number or an item label and ends as a paragraph does is no table row
    // (isTableRow), no draft header or title (frontMatter: those end unpunctuated), and no formula,
    // closing, annex or negotiation label (none opens so): the checks below would place it the same.
    const operative = matchOperativeNumber(first, block.start);
    const endsAsParagraph = endsParagraph(block.lines[block.lines.length - 1].trimmed);
    if (operative && endsAsParagraph && !this.isQuotedNumber(operative.label)) return this.placeOperative(block, first, operative);
    if (!operative && endsAsParagraph) {
      const item = matchSubLabel(first, block.start);
      if (item) return this.subparagraph(block, item.label, block.start + item.contentOffset);
    }
    const flat = flatText(block);

    if (this.numberedDraft(flat, block)) return;
    if (this.frontMatter(block, flat)) return;
    if (FORMULA.test(flat)) return this.formula(block, flat);
    if (CLOSING.test(flat)) return this.closing(block, flat);
    const annex = ANNEX.exec(flat);
    if (annex && flat.length < 200 && !endsParagraph(flat)) return this.annex(block, annex);

    const negotiated = matchNegotiationLabel(first, block.start);
    if (negotiated) {
      const contentStart = block.start + negotiated.contentOffset;
      return negotiated.part === 'operative' ? this.operative(block, negotiated.label, contentStart) : this.preambular(block, contentStart, negotiated.label);
    }
    if (operative && isTableRow(flat, this.items, this.index)) return this.continuation(block);
    if (operative && !this.isQuotedNumber(operative.label)) return this.placeOperative(block, first, operative);
    const sub = matchSubLabel(first, block.start);
    if (sub) return this.subparagraph(block, sub.label, block.start + sub.contentOffset);

    if (isNumberedHeading(flat)) return this.section(block, 'section-plain', '', flat);
    const section = matchSectionLabel(flat);
    // (A title wrapped over more lines in a narrow copy is still short: "H. Actions related to the
    // communication and outreach" + "strategy of the ..." + "2017–2030".)
    if (section && (block.lines.length <= 2 || flat.length <= 200)) return this.section(block, section.rank === 'roman' ? 'section-roman' : 'section-letter', section.text, section.title);
    // Cells, and the notes under a table ("Abbreviations: ...", or a last cell "1" that ran into
    // the note "a From extrabudgetary funds."), stay in the table.
    if (isFigures(flat) || TABLE_NOTE.test(flat) || ((looksLikeHeading(flat) || isFigures(first)) && nearFigures(this.items, this.index))) return this.continuation(block);
    // Dash and bullet items, and run-in titles before and between the sub-paragraphs of one list, belong to the paragraph.
    if (/^[–—•·▪-]\s/.test(flat) && this.nesting) return this.continuation(block);
    if (looksLikeHeading(flat) && nextStartsSubparagraph(this.items, this.index) && this.inList()) return this.continuation(block);
    if (looksLikeHeading(flat) && this.isHeadingHere(flat)) return this.section(block, 'section-plain', '', flat);
    // (The last character first: nearly every block that gets here is a paragraph ending otherwise.)
    if (flat.endsWith(':') && COLON_TITLE.test(flat) && !matchLeadPhrase(flat) && this.nextNumberInTurn()) return this.section(block, 'section-plain', '', flat);
    return this.plainParagraph(block, flat);
  }

  /** Adoption line, committee line, title, SC heading, draft header: only before the body starts. */
  private frontMatter(block: Block, flat: string): boolean {
    const scope = this.currentScope();
    const early = !scope.hasFormula && !scope.hasOperative;
    // Past the front matter only a new resolution's title at the top level counts (sessions).
    if (!early && this.top().node.kind !== 'document') return false;
    const ga = GA_TITLE.exec(flat);
    if (!early && !ga) return false;
    const sc = SC_TITLE.exec(flat);
    if (HEADING.test(flat)) {
      if (this.organ === 'unknown' && /adopted by|Statement by/i.test(flat)) this.organ = organIn(flat);
      if (/^(?:Statement by the President|Decisions? adopted by)/.test(flat)) this.formulaless = true;
      this.leaf(block, 'heading', flat.replace(/^\[|\]$/g, ''), RANK.preamble);
      return true;
    }
    if (ga && !endsParagraph(ga[2]) && ga[2].length < 400) {
      this.leaf(block, 'title', `${ga[1]}. ${ga[2].replace(/\s+/g, ' ').trim()}`, RANK.preamble);
      this.symbol ??= ga[1];
      return true;
    }
    if (sc) {
      this.leaf(block, 'title', `Resolution ${sc[1]} (${sc[2]})`, RANK.preamble);
      this.organ = 'SC';
      this.symbol ??= `S/RES/${sc[1]} (${sc[2]})`;
      return true;
    }
    // The title line under a draft header ("Exampleland: draft resolution").
    const previous = this.top().node.children[this.top().node.children.length - 1];
    if (previous?.kind === 'heading' && /draft resolution$/i.test(previous.name ?? '') && looksLikeHeading(flat)) {
      this.leaf(block, 'title', flat, RANK.preamble);
      return true;
    }
    // A draft's cover lines ("Committee: Third Committee", "Topic: ...", "Sponsors: ..."), as
    // Model UN and negotiation drafts carry them: leaves, not sections holding the text below.
    if (early && this.top().node.kind === 'document' && COVER_LINE.test(flat)) {
      this.leaf(block, 'heading', flat, RANK.preamble);
      return true;
    }
    // A part: "A" alone, then its title, then its own formula.
    const part = /^([A-Z])$/.exec(flat);
    if (part && formulaFollows(this.items, this.index, 3)) {
      this.open('part', RANK.part, block, part[1]);
      const title = this.takeTitle();
      this.top().node.name = title ? `${part[1]}. ${title}` : part[1];
      return true;
    }
    return false;
  }

  /**
   * "Draft resolution II" + its title + "The General Assembly,": one of the drafts a committee's
   * report recommends, each with its own formula and numbering.
   */
  private numberedDraft(flat: string, block: Block): boolean {
    // "D" or "P" first: nearly every block is turned away without a regex.
    const first = flat.charCodeAt(0);
    if ((first !== 68 && first !== 80) || !NUMBERED_DRAFT.test(flat) || !formulaFollows(this.items, this.index, 3)) return false;
    this.open('embedded', RANK.embedded, block, undefined);
    const title = this.takeTitle();
    this.top().node.name = title ? `${flat}: ${title}` : flat;
    return true;
  }

  private formula(block: Block, flat: string): void {
    const scope = this.currentScope();
    if (this.organ === 'unknown') this.organ = organIn(flat);
    if (scope.hasFormula && (scope.hasOperative || scope.hasFormula)) {
      // A second formula in one scope: a draft that this text recommends, with its own numbering.
      this.open('embedded', RANK.embedded, block, undefined);
      this.top().node.name = `Draft resolution: ${flat.replace(/,\s*$/, '')}`;
    }
    this.leaf(block, 'formula', flat.replace(/,\s*$/, ''), RANK.preamble);
    this.currentScope().hasFormula = true;
  }

  private closing(block: Block, flat: string): void {
    this.popTo(RANK.annex);
    const node = this.leaf(block, 'closing', flat, RANK.annex);
    const dateIndex = nextBlockIndex(this.items, this.index);
    if (dateIndex !== undefined && DATE_ONLY.test(blockTextAt(this.items, dateIndex))) {
      node.end = this.items[dateIndex].end;
      node.name = `${flat}, ${blockTextAt(this.items, dateIndex).replace(/\.$/, '')}`;
      this.absorbUpTo(dateIndex, node);
    }
    // The Human Rights Council records how the text was adopted: "[Adopted without a vote.]" or a
    // recorded vote over several lines, up to the closing bracket.
    const vote = nextBlockIndex(this.items, this.index);
    if (vote !== undefined && blockTextAt(this.items, vote).startsWith('[Adopted')) {
      for (let k = vote; k < this.items.length && k < vote + 12; k++) {
        if (this.items[k].type !== 'block') continue;
        this.absorbUpTo(k, node);
        if (/\]\s*$/.test(blockTextAt(this.items, k))) break;
      }
    }
    // The closing ends a part (or the document's body); what follows starts afresh.
    if (this.top().rank === RANK.part) this.popTo(RANK.document + 1);
  }

  private annex(block: Block, match: RegExpExecArray): void {
    const label = match[2] ? `${match[1]} ${match[2]}` : match[1];
    // An appendix, attachment or enclosure belongs to the annex it follows.
    const nested = !/^Annex/.test(match[1]) && this.stack.some((open) => open.rank === RANK.annex);
    const rank = nested ? RANK.appendix : RANK.annex;
    this.popTo(nested ? RANK.appendix : RANK.part + 1);
    this.open('annex', rank, block, label);
    const title = match[3]?.trim() || this.takeTitle();
    this.top().node.name = title ? `${label}: ${title}` : label;
  }

  private section(block: Block, rank: 'section-roman' | 'section-letter' | 'section-plain', label: string, title: string): void {
    this.open('section', RANK[rank], block, label || undefined);
    const fullTitle = title || this.takeTitle() || '';
    const normalized = label ? label.replace(/\.$/, '') + '.' : '';
    this.top().node.name = [normalized, fullTitle].filter(Boolean).join(' ') || label;
  }

  /** An operative paragraph with its number, and the invisible marks a PDF copy leaves under a number alone on its line. */
  private placeOperative(block: Block, first: string, { label, contentOffset }: LabelMatch): void {
    const marked = contentOffset >= first.trimEnd().length ? marksUnderLoneNumber(this.text, block.lines[0].end, block.end) : undefined;
    if (marked === undefined) return this.operative(block, label, block.start + contentOffset);
    return this.operative(block, { ...label, defects: [...label.defects, 'invisible-character'] }, marked);
  }

  private operative(block: Block, label: Label, contentStart: number): void {
    this.popTo(RANK.preamble);
    const node = this.openParagraph(block, 'operative', contentStart, label);
    this.currentScope().hasOperative = true;
    this.nesting = new SubparagraphNesting(node);
  }

  /** A preambular paragraph, in the open preamble or a new one; labelled in a negotiation text ("PP3"). */
  private preambular(block: Block, contentStart: number, label?: Label): void {
    if (this.top().rank !== RANK.preamble && !(this.top().rank === RANK.paragraph && this.stack[this.stack.length - 2]?.rank === RANK.preamble)) {
      this.open('preamble', RANK.preamble, block, undefined);
      this.top().node.name = 'Preamble';
    }
    this.popTo(RANK.paragraph);
    this.openParagraph(block, 'preambular', contentStart, label);
    this.nesting = new SubparagraphNesting(this.top().node);
  }

  private subparagraph(block: Block, label: Label, contentStart: number): void {
    const paragraph = this.stack.find((open) => open.rank === RANK.paragraph)?.node;
    if (!paragraph) {
      // Sub-paragraphs with no paragraph to belong to: keep them visible under the scope.
      this.popTo(RANK.paragraph);
      const holder: SyntaxNode = { kind: 'text', start: block.start, end: block.end, children: [], contentStart: block.start };
      this.top().node.children.push(holder);
      this.stack.push({ node: holder, rank: RANK.paragraph });
      this.nesting = new SubparagraphNesting(holder);
    }
    const node = this.nodeFor(block, 'subparagraph', contentStart, label);
    this.nesting!.add(node, indentation(block.lines[0].text));
  }

  private plainParagraph(block: Block, flat: string): void {
    const scope = this.currentScope();
    const previous = this.lastParagraph();
    // Text after a paragraph that ends with ":" (a quoted amendment, a list without labels) belongs to it.
    let kind = guessPhraseKind(flat);
    // Text under a sub-paragraph ("(c) 2020/2021 elections" then "To assist ..."), or after a
    // paragraph that ends with ":" (a quoted amendment), belongs to it, unless it opens a paragraph.
    const lastBlock = this.nesting?.deepest() ?? previous;
    if (previous && lastBlock && scope.hasOperative && kind === undefined) {
      if (lastBlock.kind === 'subparagraph' || /:\s*$/.test(this.text.slice(lastBlock.start, lastBlock.end))) return this.continuation(block);
    }
    // One odd paragraph inside the preamble does not end it: look at what comes next.
    if (kind === 'operative' && !scope.hasOperative && nextIsPreambular(this.items, this.index)) kind = 'preambular';
    if (kind === 'operative' || (scope.hasOperative && kind !== 'preambular')) {
      this.popTo(RANK.preamble);
      this.openParagraph(block, 'operative', block.start);
      scope.hasOperative = true;
      this.nesting = new SubparagraphNesting(this.top().node);
      return;
    }
    if (scope.hasFormula || kind === 'preambular') return this.preambular(block, block.start);
    this.popTo(RANK.paragraph);
    this.openParagraph(block, (this.organ === 'unknown' || this.formulaless) && !scope.hasFormula ? 'paragraph' : 'text', block.start);
    this.nesting = new SubparagraphNesting(this.top().node);
  }

  /** A block that belongs to the paragraph before it (table cells, quoted text). */
  private continuation(block: Block): void {
    const holder = this.nesting?.deepest() ?? this.top().node;
    const node = this.nodeFor(block, 'text', block.start);
    holder.children.push(node);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private isQuotedNumber(label: Label): boolean {
    const previous = this.lastParagraph();
    if (!previous || previous.kind !== 'operative') return false;
    const lastText = this.text.slice(this.lastBlockEnd(previous) - 2, this.lastBlockEnd(previous));
    const expected = (previous.label?.value ?? 0) + 1;
    return /:\s*$/.test(lastText) && label.value !== expected && label.value < expected;
  }

  /** Makes the items up to `index` part of `node` (artefacts in between become its children). */
  private absorbUpTo(index: number, node: SyntaxNode): void {
    for (let i = this.index + 1; i <= index; i++) {
      const item = this.items[i];
      if (item.type === 'block') for (const interruption of item.interruptions) node.children.push(this.interruptionNode(interruption));
      else node.children.push(this.interruptionNode(item));
    }
    node.end = Math.max(node.end, this.items[index].end);
    this.index = index;
  }

  private lastBlockEnd(node: SyntaxNode): number {
    let end = node.end;
    for (const child of node.children) end = Math.max(end, child.end);
    return end;
  }

  private lastParagraph(): SyntaxNode | undefined {
    return this.stack.find((open) => open.rank === RANK.paragraph)?.node;
  }

  /**
   * Whether a list is open: after one of its items, or after a paragraph that introduces it with
   * a colon ("1. Decides that all States shall take the following measures:" + "Asset Freeze" +
   * "(a) Freeze ...": the run-in title before the first item belongs to the list too).
   */
  private inList(): boolean {
    const deepest = this.nesting?.deepest();
    if (!deepest) return false;
    return deepest.kind === 'subparagraph' || /:[”"’)]*\s*$/.test(this.text.slice(Math.max(deepest.start, this.lastBlockEnd(deepest) - 8), this.lastBlockEnd(deepest)));
  }

  /**
   * Whether the next block opens the operative paragraph that follows the open one in turn: a
   * title between "20." and "21." heads a group, while a line before a quoted "4." ("Article 9,
   * new paragraph 4:") introduces the quote.
   */
  private nextNumberInTurn(): boolean {
    const value = this.lastParagraph()?.label?.value;
    const next = nextBlockText(this.items, this.index);
    return value !== undefined && next !== undefined && matchOperativeNumber(next, 0)?.label.value === value + 1;
  }

  /** A short unpunctuated line is a heading when a paragraph, a label or a formula comes next. */
  private isHeadingHere(flat: string): boolean {
    const scope = this.currentScope();
    if (!scope.hasFormula && !scope.hasOperative && this.top().node.kind === 'document') return flat.length < 160;
    const next = nextBlockText(this.items, this.index);
    if (next === undefined) return false;
    return !/^[a-z]/.test(next);
  }

  /** Consumes the next block as a title when it is a short unpunctuated line. */
  private takeTitle(): string | undefined {
    const nextIndex = nextBlockIndex(this.items, this.index);
    const next = nextIndex === undefined ? undefined : this.items[nextIndex];
    if (next?.type !== 'block') return undefined;
    const flat = flatText(next);
    if (!looksLikeHeading(flat) || FORMULA.test(flat) || matchSectionLabel(flat) || isFigures(flat) || ANNEX.test(flat)) return undefined;
    if (matchOperativeNumber(flat, 0) || matchSubLabel(flat, 0)) return undefined;
    this.absorbUpTo(nextIndex!, this.top().node);
    return flat;
  }

  private currentScope(): Scope {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const scope = this.scopes.get(this.stack[i].node);
      if (scope) return scope;
    }
    return this.scopes.get(this.root)!;
  }

  private top(): Open {
    return this.stack[this.stack.length - 1];
  }

  private popTo(rank: number): void {
    while (this.stack.length > 1 && this.top().rank >= rank) this.stack.pop();
    if (rank <= RANK.paragraph) this.nesting = undefined;
  }

  private open(kind: SyntaxNode['kind'], rank: number, block: Block, labelText: string | undefined): SyntaxNode {
    this.popTo(rank);
    // A preamble opens on its first paragraph's block, which keeps that block's page breaks.
    const node = this.nodeFor(block, kind, block.start, undefined, kind !== 'preamble');
    if (labelText) node.label = { text: labelText, start: block.start, end: block.start + labelText.length, style: 'upper-letter', value: 0, normalized: labelText, defects: [] };
    this.top().node.children.push(node);
    this.stack.push({ node, rank });
    if (kind === 'part' || kind === 'embedded' || kind === 'annex') this.scopes.set(node, { hasFormula: false, hasOperative: kind === 'annex' });
    return node;
  }

  private openParagraph(block: Block, kind: SyntaxNode['kind'], contentStart: number, label?: Label): SyntaxNode {
    const node = this.nodeFor(block, kind, contentStart, label);
    this.top().node.children.push(node);
    this.stack.push({ node, rank: RANK.paragraph });
    return node;
  }

  private leaf(block: Block, kind: SyntaxNode['kind'], name: string, closeFrom: number): SyntaxNode {
    this.popTo(closeFrom);
    const node = this.nodeFor(block, kind, block.start);
    node.name = name;
    this.top().node.children.push(node);
    return node;
  }

  private nodeFor(block: Block, kind: SyntaxNode['kind'], contentStart: number, label?: Label, withInterruptions = true): SyntaxNode {
    const node: SyntaxNode = { kind, start: block.start, end: block.end, children: [], contentStart };
    if (label) node.label = label;
    if (withInterruptions) for (const interruption of block.interruptions) node.children.push(this.interruptionNode(interruption));
    return node;
  }

  private interruptionNode(item: Interruption): SyntaxNode {
    if (item.type === 'artefact') return { kind: 'artefact', start: item.start, end: item.end, children: [], artefact: item.kind };
    return { kind: 'footnote', start: item.start, end: item.end, children: [], contentStart: item.contentStart, name: item.label };
  }

  private exportSymbol(): string | undefined {
    const m = /<<ODS DOC SYMBOL1>>([^<\r\n]+)<<ODS DOC SYMBOL1>>/.exec(this.text);
    return m?.[1].trim() || undefined;
  }
}

