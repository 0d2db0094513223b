/**
 * Reads the language service's outline (a DocumentSymbol tree) back into the oracle's
 * `ExpectedStructure` shape (see akn.ts), using only symbol names and nesting, as the outline
 * contract defines them (symbol kinds are not part of the contract):
 *
 * - Title: "67/15. Cooperation ...", "ES-10/24. ...", "2021/20. ..." or "Resolution 1373 (2001)"
 *   (the first one met). Its children are read as the document.
 * - `Preamble`: a preamble group; its direct children are the preambular paragraphs.
 * - "1. Acknowledges": an operative paragraph (number, optional full stop; "1.1" is a number too).
 *   An unnumbered operative paragraph is named by its lead phrase only: recognized when the name
 *   starts with an operative lead phrase (the corpus phrase list, third-person verbs and
 *   adverb-led phrases such as "Also requests").
 * - "(a) To cooperate", "(ii) The creation", "a. ...": a sub-paragraph; nested under its paragraph
 *   (or under another sub-paragraph). Symbols without a label among a paragraph's sub-paragraphs
 *   (run-in titles such as "Asset Freeze", dash items) are looked through: they are part of the
 *   paragraph, as the oracle reads them. A sub-paragraph symbol outside any operative paragraph is
 *   reported as a `stray` item.
 * - `Footnotes`: the count of its children. A closing: "40th plenary meeting, 19 November 2012".
 * - "Annex", "Annex I ...": an annex; the numbered paragraphs inside it are listed, each with its
 *   sub-paragraphs (read as an operative paragraph's).
 * - Front matter and the enacting formula, if the outline shows them, are looked through.
 * - An embedded draft's own symbol ("Draft resolution: The General Assembly", holding a `Preamble`
 *   or numbered paragraphs) is counted and looked through.
 * - Dash and bullet items ("– to ensure", "• To prevent") are no symbols of the contract; their
 *   children are still read.
 * - Anything else is a heading (section, sub-heading, part "A. Title") and is compared by its title
 *   without its number/letter label (see `headingKey`; a title the outline shortened with "…" is
 *   compared up to the ellipsis).
 */
import {
  ExpectedAnnex,
  ExpectedItem,
  ExpectedStructure,
  ExpectedSub,
  annexName,
  collapse,
  normalizeSubLabel,
} from './akn';

/** The part of an LSP DocumentSymbol the summary reads (structurally compatible with DocumentSymbol). */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly children?: readonly OutlineSymbol[];
}

/** An item only the summary produces: a symbol the contract has no place for (e.g. a sub-paragraph outside any paragraph). */
export interface StrayItem {
  readonly kind: 'stray';
  readonly name: string;
}

export type SummaryItem = ExpectedItem | StrayItem;

export interface OutlineStructure extends Omit<ExpectedStructure, 'items'> {
  readonly items: SummaryItem[];
}

export interface SummaryOptions {
  /** Operative lead phrases ("Requests", "Also requests", ...) used to spot unnumbered operative paragraphs. */
  readonly operativePhrases?: Iterable<string>;
}

const TITLE = /^(?:(?:[A-Z]+-)?\d+\/\d+\.\s+\S|Resolution \d+ \(\d{4}\)$)/;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)\s*\.?(?:\s|$)/;
const SUB = /^(\(?[a-z]{1,7}\)|[a-z]{1,7}\.)(?:\s|$)/;
const CLOSING = /^\d+\S*\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting\b|^\d+ª\s+sesión\b/i;
const FRONT_MATTER = /^(?:Resolutions? adopted by\b|Adopted by the Security Council\b|\[.*\]$|Statement by the President\b)/;
const FORMULA = /^(?:The|El|Le|La)\s+(?:[A-Z][\w-]*\s+){0,6}(?:Assembly|Council|Consejo|Conseil)\b[^.]*,?$/;
const HEADING_LABEL = /^((?:[IVXLC]+|[A-Z])\.?)\s+(\S.*)$/;
/** Dash and bullet items ("– to ensure ...") are not sub-paragraphs and not headings. */
const DASH = /^[–—•·-](?:\s|$)/;

/** A small built-in list used when no phrase list is given. */
const DEFAULT_PHRASES = [
  'Decides', 'Requests', 'Encourages', 'Calls upon', 'Urges', 'Welcomes', 'Recognizes', 'Reaffirms', 'Notes', 'Takes note',
  'Stresses', 'Emphasizes', 'Invites', 'Expresses', 'Approves', 'Endorses', 'Adopts', 'Recommends', 'Resolves', 'Recalls',
  'Acknowledges', 'Affirms', 'Condemns', 'Demands', 'Authorizes', 'Also', 'Further',
];

function phraseMatcher(phrases: Iterable<string>): (name: string) => boolean {
  const kept: string[] = [];
  for (const phrase of phrases) {
    const first = phrase.split(/\s+/)[0] ?? '';
    // Third-person verbs ("Urges", "Takes note") and adverb-led phrases ("Also requests"); not nouns ("Request", "Protection ...").
    if (/^[A-Z][a-z]+s$/.test(first) || /^(?:Also|Further|Again|Once|[A-Z][a-z]+ly)$/.test(first)) kept.push(phrase);
  }
  kept.sort((a, b) => b.length - a.length);
  return (name) => kept.some((p) => name === p || name.startsWith(`${p} `) || name.startsWith(`${p},`));
}

export function summarizeOutline(symbols: readonly OutlineSymbol[], options: SummaryOptions = {}): OutlineStructure {
  const isOperativePhrase = phraseMatcher(options.operativePhrases ?? DEFAULT_PHRASES);
  const items: SummaryItem[] = [];
  const annexes: ExpectedAnnex[] = [];
  const closings: string[] = [];
  let title: string | null = null;
  let footnotes = 0;
  let embeddedDrafts = 0;

  const subLabelOf = (name: string): string | undefined => {
    const m = SUB.exec(name);
    return m ? normalizeSubLabel(m[1]) : undefined;
  };

  /** Sub-paragraphs under a symbol; unlabelled symbols (titles, dash items, text) are looked through. */
  const subsOf = (children: readonly OutlineSymbol[]): ExpectedSub[] => {
    const subs: ExpectedSub[] = [];
    for (const child of children) {
      const name = collapse(child.name);
      // Page-bottom notes of a PDF copy sit in the sub-paragraph that a page break interrupts.
      if (/^Footnotes$/i.test(name)) {
        footnotes += child.children?.length ?? 0;
        continue;
      }
      const label = subLabelOf(name);
      if (label) subs.push({ label, children: subsOf(child.children ?? []) });
      else subs.push(...subsOf(child.children ?? []));
    }
    return subs;
  };

  /** An annex's numbered paragraphs, at any depth, each with its sub-paragraphs read as an operative paragraph's. */
  const paragraphsIn = (children: readonly OutlineSymbol[], numbers: string[], subs: ExpectedSub[][]): void => {
    for (const child of children) {
      const name = collapse(child.name);
      if (/^Footnotes$/i.test(name)) continue;
      const m = NUMBERED.exec(name);
      if (m) {
        numbers.push(m[1]);
        subs.push(paragraphParts(child.children ?? []).subs);
      }
      paragraphsIn(child.children ?? [], numbers, subs);
    }
  };

  const visit = (symbol: OutlineSymbol): void => {
    const name = collapse(symbol.name);
    const children = symbol.children ?? [];
    if (title === null && TITLE.test(name)) {
      title = name;
      children.forEach(visit);
      return;
    }
    if (/^Preamble$/i.test(name)) {
      items.push({ kind: 'preamble', count: children.length });
      return;
    }
    if (/^Footnotes$/i.test(name)) {
      footnotes += children.length;
      return;
    }
    if (CLOSING.test(name)) {
      closings.push(name);
      children.forEach(visit);
      return;
    }
    const annex = annexName(name.split(/\s+[–—-]\s+|:\s/)[0]) ?? (/^annex\b/i.test(name) ? annexName(name.split(/\s+/).slice(0, 2).join(' ')) ?? 'Annex' : undefined);
    if (annex) {
      const numbers: string[] = [];
      const subs: ExpectedSub[][] = [];
      paragraphsIn(children, numbers, subs);
      annexes.push({ name: annex, numbers, subs });
      return;
    }
    if (DASH.test(name)) {
      children.forEach(visit); // a dash item is no symbol of the contract; what it holds is still read
      return;
    }
    const numbered = NUMBERED.exec(name);
    if (numbered || (isOperativePhrase(name) && !SUB.test(name))) {
      operative(numbered ? numbered[1] : null, children);
      return;
    }
    if (isEmbeddedDraft(symbol)) {
      embeddedDrafts++;
      items.push({ kind: 'embedded' });
      children.forEach(visit);
      return;
    }
    if (subLabelOf(name)) {
      items.push({ kind: 'stray', name });
      children.forEach(visit);
      return;
    }
    if (FRONT_MATTER.test(name) || FORMULA.test(name)) {
      children.forEach(visit);
      return;
    }
    const m = HEADING_LABEL.exec(name);
    items.push(m ? { kind: 'heading', label: m[1], title: m[2] } : { kind: 'heading', label: null, title: name });
    children.forEach(visit);
  };

  /** An operative paragraph: its sub-paragraphs, then whatever else it holds (an embedded draft, run-in titles). */
  const operative = (number: string | null, children: readonly OutlineSymbol[]): void => {
    const { subs, others } = paragraphParts(children);
    items.push({ kind: 'operative', number, subs });
    others.forEach(visit);
  };

  /** A paragraph's children: its sub-paragraphs, and the symbols that are not part of them. */
  const paragraphParts = (children: readonly OutlineSymbol[]): { subs: ExpectedSub[]; others: OutlineSymbol[] } => {
    const subs: ExpectedSub[] = [];
    const others: OutlineSymbol[] = [];
    children.forEach((child, index) => {
      const name = collapse(child.name);
      const label = subLabelOf(name);
      if (label) {
        subs.push({ label, children: subsOf(child.children ?? []) });
      } else if (DASH.test(name)) {
        subs.push(...subsOf(child.children ?? []));
      } else if (isContainerOfSubs(child)) {
        // A run-in title holding sub-paragraphs ("Asset Freeze" > "(a) Freeze ..."): looked through.
        subs.push(...subsOf(child.children ?? []));
      } else if (children.slice(index + 1).some((c) => subLabelOf(collapse(c.name)) !== undefined)) {
        // A run-in title between sub-paragraphs of the paragraph: part of the paragraph.
      } else {
        others.push(child);
      }
    });
    return { subs, others };
  };

  /** The embedded draft's own symbol: named as a draft resolution, holding a preamble or paragraphs. */
  const isEmbeddedDraft = (symbol: OutlineSymbol): boolean =>
    /\bdraft resolution\b/i.test(symbol.name)
    && (symbol.children ?? []).some((c) => /^Preamble$/i.test(collapse(c.name)) || NUMBERED.test(collapse(c.name)));

  const isContainerOfSubs = (symbol: OutlineSymbol): boolean => {
    const name = collapse(symbol.name);
    if (/^Preamble$/i.test(name) || NUMBERED.test(name)) return false;
    return (symbol.children ?? []).some((c) => subLabelOf(collapse(c.name)) !== undefined);
  };

  symbols.forEach(visit);
  return {
    title,
    statement: false,
    items,
    annexes,
    footnotes,
    closings,
    parts: items.flatMap((i) => (i.kind === 'heading' && i.label && /^[A-Z]\.?$/.test(i.label) ? [i.label.replace('.', '')] : [])),
    embeddedDrafts,
  };
}
