/**
 * The test oracle: reads one Akoma Ntoso (AKN4UN) XML file of the corpus and says what the outline
 * of the same document must show. Test-only; the language service never imports it.
 *
 * The expected structure is a flat, document-ordered list of items (headings, preamble groups,
 * operative paragraphs with their sub-paragraph trees), plus the title, the annexes, the footnote
 * count and the closings. A flat list is what both sides can produce without agreeing on symbol
 * kinds: the outline is read in pre-order (outlineSummary.ts), so whether a section nests its
 * paragraphs or not, the order of headings, preambles and paragraphs is the same. Numbering scopes
 * (main body, parts, sections that restart at 1, an embedded draft) are derived from that list by
 * `deriveScopes` for messages and reports.
 *
 * How the mark-up is read (each rule is generic; the XML's own defects are corrected only in
 * corpusExceptions.ts, with a reason):
 * - Preamble: every `container` of a `preamble` element (not `formula`, not `table`), and every
 *   `crossHeading refersTo="#preamble"` (the sub-preambles of Fifth Committee sections). A
 *   preambular paragraph's own (a)/(b) list is not counted.
 * - Operative paragraph: a `paragraph` with an arabic `num` ("1.", "1.1"), or whose text starts with
 *   a defective number the printed text still shows ("3 Calls upon", "232 .Recognizes",
 *   "26 Condemns"); "l." (letter l) is read as 1. An unnumbered paragraph that opens its block
 *   (nothing but headings or a preamble since the last operative paragraph) is an unnumbered
 *   operative paragraph ("Urges ...", "Approves ..."); other unnumbered paragraphs continue the
 *   previous paragraph ("and demands that ...", schedule lines, quoted text) and are not items;
 *   so are table notes (class FootnoteText) and tables. An unnumbered paragraph ending with a comma
 *   before the first operative paragraph is preambular (S/RES/2117 "Being determined ...,").
 *   A presidential statement (no enacting formula) has no operative items.
 * - Sub-paragraph: a `point` with a letter/roman label, nested as the XML nests points (`sublist`
 *   after a point belongs to that point); points without a label are transparent; dash/bullet
 *   points ("–") are not sub-paragraphs; points quoted inside `quotedStructure`/`mod` belong to the
 *   quoted text, not to this document. A `paragraph` labelled "(a)" (in `num` or at the start of its
 *   text) is a sub-paragraph of the preceding operative paragraph; its nesting is decided by the
 *   previous sibling ("(i)" after "(h)" is a letter, otherwise it opens a roman list), as the
 *   numbering rules say (FORMAT_SPEC §4).
 * - Heading: `heading`/`subheading`/`num` of a `section`; a `paragraph` of an H-class (H1, H23,
 *   H4, HCh) or holding a `subheading`/`heading`; a paragraph or point whose whole text is bold
 *   ("Action 1. We will ...", "II. International peace and security"); an unnumbered paragraph
 *   whose whole text is italic/bold and ends without punctuation (the Security Council's run-in
 *   headings "Asset Freeze", "Measures"); a paragraph whose text is a bare roman numeral ("I").
 *   A bare label ("I", "B") joins the title that follows it. A part of a multi-part resolution is
 *   a heading with its letter ("A" + "Information in the service of humanity"); the outline's
 *   parts and sections are compared the same way. A heading numbered like a sub-paragraph
 *   ("(d) Protection of the United Nations", H4 in S/RES/2149) is a titled sub-paragraph of the
 *   preceding operative paragraph. A `subheading` inside a `point` is the point's title, not a
 *   heading.
 * - Embedded draft (ECOSOC recommending a draft to the General Assembly): a `component` statement
 *   or an `embeddedStructure`; an `embedded` item marks its start, its preamble and paragraphs
 *   follow in the list (its numbering restarts at 1).
 * - Annex: an `attachment` doc; each "Annex", "Annex I" ... heading inside starts one; its
 *   numbered paragraphs are listed in order (they restart per article or rule), each with its
 *   sub-paragraphs read as an operative paragraph's (points, and "(a)" paragraphs after it).
 * - Footnotes: every `authorialNote`. Closings: every `conclusions` (meeting + date).
 * - Title: preface "docNumber docTitle" ("67/15. Cooperation ..."); Security Council: the cover
 *   page's "Resolution 1373 (2001)". Drafts and presidential statements have none (null).
 */
import { XmlElement, descendants, elementChildren, firstChild, parseXml, textOf } from './xmlTree';

/**
 * Where an item came from in the mark-up. Only the XML reader fills it (the outline summary has
 * no mark-up); akn-oracle.test.ts uses it to relate the items to the MANIFEST figures, which count
 * XML elements (containers of the top `preamble`, `paragraph`s with a `num`, `point`s with a `num`).
 */
export interface XmlOrigin {
  /** Inside a `component` (a part of a collection, or an embedded draft resolution). */
  readonly inComponent: boolean;
  /** preamble: from a `preamble` element ('preamble') or `crossHeading`s/body containers ('body'). */
  readonly element: 'preamble' | 'body' | 'num' | 'text' | 'none' | 'point' | 'paragraph-num' | 'paragraph-text' | 'heading-num' | 'section-num' | 'heading-point';
  /** For a preamble group: how many of its paragraphs are containers of a `preamble` element. */
  readonly preambleElementCount?: number;
}

export interface ExpectedSub {
  /** Normalized printed label: "(a)", "(ii)", "(aa)", or "a." for the dot style. */
  readonly label: string;
  readonly children: ExpectedSub[];
  readonly xml?: XmlOrigin;
}

export type ExpectedItem =
  | { readonly kind: 'heading'; readonly label: string | null; readonly title: string; readonly xml?: XmlOrigin }
  | { readonly kind: 'preamble'; readonly count: number; readonly xml?: XmlOrigin }
  | { readonly kind: 'operative'; readonly number: string | null; readonly subs: ExpectedSub[]; readonly xml?: XmlOrigin }
  /** Start of an embedded draft resolution (its preamble and paragraphs follow). */
  | { readonly kind: 'embedded'; readonly xml?: XmlOrigin };

export interface ExpectedAnnex {
  /** "Annex", "Annex I", "Annex II" ... */
  readonly name: string;
  /** Numbers of the annex's numbered paragraphs in order, as printed without the full stop. */
  readonly numbers: string[];
  /** The sub-paragraphs of each numbered paragraph (as `numbers`); not compared when absent (hand-checked fixtures). */
  readonly subs?: ExpectedSub[][];
}

export interface ExpectedStructure {
  /** "67/15. Cooperation between ..." / "Resolution 1373 (2001)"; null when the document has none. */
  readonly title: string | null;
  /** A presidential statement (no enacting formula, unnumbered paragraphs). */
  readonly statement: boolean;
  readonly items: ExpectedItem[];
  readonly annexes: ExpectedAnnex[];
  readonly footnotes: number;
  /** "40th plenary meeting, 19 November 2012", one per closing, in order. */
  readonly closings: string[];
  /** Letters of the parts ("A", "B"), also present as heading items. */
  readonly parts: string[];
  /** Number of embedded draft resolutions (informational). */
  readonly embeddedDrafts: number;
  /** Mark-up facts the items do not show, for relating them to MANIFEST (XML reader only). */
  readonly xmlFacts?: XmlFacts;
}

export interface XmlFacts {
  /** The root is a documentCollection (parts as components). */
  readonly collection: boolean;
  /** Numbered `paragraph`s outside components that yield no item (dash-numbered "–" lines). */
  readonly ignoredNumberedParagraphs: number;
  /** Numbered `point`s outside components that yield no sub-paragraph (dash or bullet points). */
  readonly dashPoints: number;
  /** Footnotes anchored on a part letter in the preface ("B" + note), which the txt rendering leaves out. */
  readonly partLetterFootnotes: number;
}

/** One numbering scope, derived from the items (see deriveScopes). */
export interface ExpectedScope {
  /** The heading that opened the scope ("II Informal system", "B"), or "body". */
  readonly opener: string;
  readonly preamble: number;
  readonly numbers: (string | null)[];
}

// ---------------------------------------------------------------------------------------------
// Labels

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

export function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The letters/roman core of a sub-paragraph label: "(aa)" -> "aa", "v)" -> "v", "b." -> "b". */
export function labelCore(label: string): string {
  return label.replace(/[().\s]/g, '').toLowerCase();
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(core: string): number | undefined {
  if (!/^[ivxlc]+$/.test(core)) return undefined;
  let total = 0;
  for (let i = 0; i < core.length; i++) {
    const value = ROMAN_VALUES[core[i]];
    const next = ROMAN_VALUES[core[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === core ? total : undefined;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [n, s] of table) while (value >= n) { out += s; value -= n; }
  return out;
}

/** "a" -> "b", "z" -> "aa", "hh" -> "ii"; undefined for anything else. */
export function letterSuccessor(core: string): string | undefined {
  const m = /^([a-z])\1*$/.exec(core);
  if (!m) return undefined;
  if (core[0] === 'z') return 'a'.repeat(core.length + 1);
  return String.fromCharCode(core.charCodeAt(0) + 1).repeat(core.length);
}

export function isLetterLabel(core: string): boolean {
  return /^([a-z])\1*$/.test(core);
}

/** Normalizes a printed sub-paragraph label, or returns undefined if it is not one. */
export function normalizeSubLabel(raw: string): string | undefined {
  const text = collapse(raw);
  let m = /^\(?([a-z]{1,7})\)$/.exec(text);
  if (m && (isLetterLabel(m[1]) || romanValue(m[1]) !== undefined)) return `(${m[1]})`;
  m = /^([a-z]{1,7})\.$/.exec(text);
  if (m && (isLetterLabel(m[1]) || romanValue(m[1]) !== undefined)) return `${m[1]}.`;
  return undefined;
}

/** Normalizes a printed operative number ("1.", "12", "l.", "1.1") to its digits, or undefined. */
export function normalizeOperativeNumber(raw: string): string | undefined {
  const text = collapse(raw);
  const m = /^(\d+(?:\.\d+)*)\s*\.?$/.exec(text);
  if (m) return m[1];
  if (/^l\.?$/.test(text)) return '1'; // letter l printed for the digit 1 (A/RES/76/256)
  return undefined;
}

const BARE_LABEL = /^(?:[IVXLC]+|[A-Z])\.?$/;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A defective number the printed text starts with: "3 Calls upon", "232 .Recognizes", "6.\u200e Reaffirms". */
function numberAtStart(text: string): string | undefined {
  const m = /^\s*(\d{1,3})(?:\s*\.)?[\s\u200b-\u200f]*(?=[A-Z])/.exec(text);
  if (!m) return undefined;
  if (MONTHS.test(text.slice(m[0].length))) return undefined;
  return m[1];
}

function subLabelAtStart(text: string): { label: string; rest: string } | undefined {
  const m = /^\s*(\(?[a-z]{1,7}\))\s+/.exec(text);
  if (!m) return undefined;
  const label = normalizeSubLabel(m[1]);
  return label ? { label, rest: text.slice(m[0].length) } : undefined;
}

/** A sub-paragraph written as a paragraph: its label as the num, or at the start of its text when it has no num. */
function flatSubLabel(num: string | null, text: string): string | undefined {
  return num !== null ? normalizeSubLabel(num) : subLabelAtStart(text)?.label;
}

// ---------------------------------------------------------------------------------------------
// Mark-up helpers

const NOTE = new Set(['authorialNote']);
const QUOTED = new Set(['quotedStructure', 'mod', 'embeddedStructure']);

function plain(element: XmlElement | undefined): string {
  return element ? collapse(textOf(element, NOTE)) : '';
}

/** True when every letter of the element's text (footnotes aside) sits inside a span of the given class. */
function isStyledOnly(element: XmlElement, style: RegExp): boolean {
  let styled = 0;
  let other = 0;
  const walk = (node: XmlElement, inStyle: boolean): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const letters = child.text.replace(/[\s\u200b-\u200f.:;,–-]/g, '').length;
        if (inStyle) styled += letters;
        else other += letters;
      } else if (!NOTE.has(child.name) && child.name !== 'num') {
        walk(child, inStyle || style.test(child.attributes.class ?? ''));
      }
    }
  };
  walk(element, false);
  return styled > 0 && other === 0;
}

/** A bold-only paragraph or point is a heading ("Action 1. We will ...", "II. International peace and security"). */
function isBoldOnly(element: XmlElement): boolean {
  return isStyledOnly(element, /\bbold\b/);
}

/** Italic or bold only (the Security Council's run-in headings "Asset Freeze", "Measures"). */
function isEmphasisOnly(element: XmlElement): boolean {
  return isStyledOnly(element, /\b(?:bold|italic|underline)\b/);
}

/** The paragraph's own text: its content or list intro, without num, footnotes and nested points. */
function ownText(paragraph: XmlElement): string {
  const content = firstChild(paragraph, 'content');
  if (content) return collapse(textOf(content, new Set([...NOTE, ...QUOTED])));
  const list = firstChild(paragraph, 'list');
  const intro = list && firstChild(list, 'intro');
  return plain(intro);
}

function ownTextElement(paragraph: XmlElement): XmlElement | undefined {
  const content = firstChild(paragraph, 'content');
  if (content) return content;
  const list = firstChild(paragraph, 'list');
  return list && firstChild(list, 'intro');
}

// ---------------------------------------------------------------------------------------------
// The reader

type OperativeItem = { kind: 'operative'; number: string | null; subs: ExpectedSub[]; xml?: XmlOrigin };

class Reader {
  readonly items: ExpectedItem[] = [];
  readonly annexes: ExpectedAnnex[] = [];
  readonly closings: string[] = [];
  readonly parts: string[] = [];
  embeddedDrafts = 0;
  hasFormula = false;
  /** Reading an attachment: its lists add no dash points and no headings. */
  private inAnnex = false;
  ignoredNumberedParagraphs = 0;
  dashPoints = 0;
  /** Depth of `component`s being read (parts of a collection, embedded drafts). */
  private componentDepth = 0;
  private pendingPreamble: { count: number; fromPreambleElement: number } | null = null;
  private pendingLabel: { label: string; from: XmlOrigin['element'] } | null = null;
  private pendingRunIn: string | null = null;

  private origin(element: XmlOrigin['element']): XmlOrigin {
    return { inComponent: this.componentDepth > 0, element };
  }

  private lastOperative(): OperativeItem | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item.kind === 'operative') return item as OperativeItem;
    }
    return undefined;
  }

  /** True when the last item is an operative paragraph (so an unnumbered paragraph continues it). */
  private inOperativeRun(): boolean {
    if (this.pendingPreamble || this.pendingLabel) return false;
    return this.items[this.items.length - 1]?.kind === 'operative';
  }

  private flushPreamble(): void {
    if (this.pendingPreamble) {
      const { count, fromPreambleElement } = this.pendingPreamble;
      const xml = { ...this.origin(fromPreambleElement ? 'preamble' : 'body'), preambleElementCount: fromPreambleElement };
      this.items.push({ kind: 'preamble', count, xml });
      this.pendingPreamble = null;
    }
  }

  private flushLabel(): void {
    if (this.pendingLabel !== null) {
      const { label, from } = this.pendingLabel;
      this.items.push({ kind: 'heading', label, title: '', xml: this.origin(from) });
      this.pendingLabel = null;
    }
  }

  /** One preambular paragraph; consecutive ones form one group (one `Preamble` symbol). */
  addPreambular(element: 'preamble' | 'body'): void {
    this.flushLabel();
    if (!this.pendingPreamble) this.pendingPreamble = { count: 0, fromPreambleElement: 0 };
    this.pendingPreamble.count++;
    if (element === 'preamble') this.pendingPreamble.fromPreambleElement++;
  }

  /**
   * A heading. `label` is its own printed number (a `num`), if any; a bare label ("I", "B") with no
   * title waits for the title that follows it.
   */
  heading(text: string, label: string | null = null, from: XmlOrigin['element'] = 'none'): void {
    this.releaseRunIn();
    this.flushPreamble();
    const title = collapse(text);
    const own = label === null ? null : collapse(label);
    if (!title && !own) return;
    if (!title || (own === null && BARE_LABEL.test(title))) {
      this.flushLabel();
      this.pendingLabel = { label: own ?? title, from };
      return;
    }
    const pending = this.pendingLabel;
    this.pendingLabel = null;
    const joined = own ?? pending?.label ?? null;
    const element = from !== 'none' ? from : pending?.from ?? 'none';
    this.items.push({ kind: 'heading', label: joined, title, xml: this.origin(element) });
  }

  operative(number: string | null, element: XmlOrigin['element']): ExpectedSub[] {
    this.flushPreamble();
    this.flushLabel();
    const subs: ExpectedSub[] = [];
    this.items.push({ kind: 'operative', number, subs, xml: this.origin(element) });
    return subs;
  }

  finish(): void {
    this.releaseRunIn();
    this.flushPreamble();
    this.flushLabel();
  }

  /** A held-back run-in title not followed by a sub-paragraph is a heading after all. */
  private releaseRunIn(): void {
    if (this.pendingRunIn !== null) {
      const title = this.pendingRunIn;
      this.pendingRunIn = null;
      this.heading(title);
    }
  }

  embedded(): void {
    this.finish();
    this.embeddedDrafts++;
    this.items.push({ kind: 'embedded', xml: this.origin('none') });
  }

  // --- documents ------------------------------------------------------------------------------

  statementLike(statement: XmlElement, isComponent: boolean): void {
    if (isComponent) this.componentDepth++;
    const preface = firstChild(statement, 'preface');
    if (preface) this.partHeading(preface, isComponent);
    for (const child of elementChildren(statement)) {
      switch (child.name) {
        case 'preamble':
          this.preamble(child);
          break;
        case 'mainBody':
          this.body(child);
          break;
        case 'conclusions':
          this.closing(child);
          break;
        case 'components':
          for (const component of elementChildren(child, 'component')) {
            for (const inner of elementChildren(component)) {
              if (inner.name === 'preface' || inner.name === 'documentRef') continue;
              if (/draft/i.test(inner.attributes.name ?? '')) this.embedded();
              this.statementLike(inner, true);
            }
          }
          break;
        case 'attachments':
          this.finish();
          for (const doc of descendants(child, 'doc')) this.annex(doc);
          break;
        default:
          break;
      }
    }
    this.finish();
    if (isComponent) this.componentDepth--;
  }

  /** A part letter in a preface: "A" + title (collections), or the single "B" of a one-part document. */
  private partHeading(preface: XmlElement, isComponent: boolean): void {
    const numbers = descendants(preface, 'docNumber').map((n) => plain(n));
    const titles = descendants(preface, 'docTitle').map((n) => plain(n));
    const letter = numbers.find((n) => /^[A-Z]$/.test(n));
    if (!letter) return;
    this.parts.push(letter);
    this.heading(isComponent ? titles[0] ?? '' : '', letter);
  }

  preamble(preamble: XmlElement): void {
    for (const child of elementChildren(preamble)) {
      if (child.name === 'formula') this.hasFormula = true;
      else if (child.name === 'container' && isPreambularContainer(child)) this.addPreambular('preamble');
    }
  }

  closing(conclusions: XmlElement): void {
    this.finish();
    const meeting = descendants(conclusions).find((e) => e.attributes.refersTo === '#adoptionMeeting' || e.attributes.name === 'adoptionMeeting');
    const date = descendants(conclusions, 'docDate')[0];
    if (meeting && date) this.closings.push(`${plain(meeting)}, ${plain(date)}`);
    else if (plain(conclusions)) this.closings.push(plain(conclusions));
  }

  body(element: XmlElement): void {
    for (const child of elementChildren(element)) {
      if (child.name !== 'paragraph') this.releaseRunIn();
      switch (child.name) {
        case 'paragraph':
          this.paragraph(child);
          break;
        case 'section':
        case 'subsection':
        case 'chapter':
        case 'part':
        case 'division':
          this.body(child);
          break;
        case 'num':
          this.heading('', plain(child), 'section-num');
          break;
        case 'heading':
        case 'subheading':
          this.heading(plain(child));
          break;
        case 'crossHeading':
          if (child.attributes.refersTo === '#preamble') this.addPreambular('body');
          else this.heading(plain(child));
          break;
        case 'container':
          if (isPreambularContainer(child)) this.addPreambular('body');
          break;
        case 'p': {
          // A section number wrapped in a p (<section><p><num>I</num></p><subheading>…, A/RES/78/253).
          const num = firstChild(child, 'num');
          if (num) this.heading('', plain(num), 'section-num');
          break;
        }
        default:
          // alinea (a statement's introduction), docTitle (a statement's heading): not outline items
          break;
      }
    }
  }

  paragraph(p: XmlElement): void {
    this.paragraphItems(p);
    this.flushPendingHeadings();
  }

  private paragraphItems(p: XmlElement): void {
    const numElement = firstChild(p, 'num');
    const num = numElement ? plain(numElement) : null;
    const cls = p.attributes.class ?? '';
    if (/^Footnote/i.test(cls)) return; // table notes ("a From extrabudgetary funds.", "Abbreviations: ...")
    const headingChildren = elementChildren(p).filter((c) => c.name === 'subheading' || c.name === 'heading');
    const textElement = ownTextElement(p);
    const text = ownText(p);
    const numberFromNum = num !== null ? normalizeOperativeNumber(num) : undefined;
    const subFromNum = num !== null ? normalizeSubLabel(num) : undefined;

    // A titled sub-paragraph marked as a heading: "(d) Protection of the United Nations" (H4 + num "(d)").
    const markedHeading = isMarkedHeading(p);
    if (subFromNum && markedHeading && this.lastOperative()) {
      this.flatSub(p, this.lastOperative()!.subs, subFromNum, 'heading-num');
      return;
    }

    // A run-in title held back by the previous paragraph: dropped if a sub-paragraph follows it.
    const subLabelHere = flatSubLabel(num, text);
    if (this.pendingRunIn !== null) {
      const runIn = this.pendingRunIn;
      this.pendingRunIn = null;
      if (!(subLabelHere && numberFromNum === undefined && this.lastOperative())) this.heading(runIn);
    }

    // Headings
    const boldOnly = textElement !== undefined && isBoldOnly(textElement);
    const runInTitle = !boldOnly && textElement !== undefined && num === null && isEmphasisOnly(textElement) && !/[.;:,]$/.test(text);
    if (runInTitle && !markedHeading && this.inOperativeRun()) {
      // Italic title inside an operative paragraph's list ("Asset Freeze" before "(a)", S/RES/2368):
      // it titles the next sub-paragraph unless an operative paragraph or heading follows.
      this.pendingRunIn = text;
      return;
    }
    if (markedHeading || ((boldOnly || runInTitle) && numberFromNum === undefined)) {
      const title = headingChildren.length ? headingChildren.map((h) => plain(h)).join(' ') : text;
      this.heading(title, num, num !== null ? 'heading-num' : 'none');
      return;
    }
    if (num === null && /^[IVXLC]+\.?$/.test(text)) {
      this.heading(text); // a section number printed as a paragraph of its own ("I")
      return;
    }

    if (this.statementMode()) return; // presidential statement: unnumbered paragraphs, not outline items

    const embedded = descendants(p, 'embeddedStructure');

    // Numbered operative paragraph
    const fromText = num === null ? numberAtStart(text) : undefined;
    const number = numberFromNum ?? fromText;
    if (number !== undefined) {
      const subs = this.operative(number, numberFromNum !== undefined ? 'num' : 'text');
      this.lists(p, subs);
      this.embeddedStructures(embedded);
      return;
    }

    // Sub-paragraph written as a paragraph: "(a) To cooperate ..."
    const subLabel = subLabelHere;
    if (subLabel) {
      const parent = this.lastOperative();
      const target = parent ? parent.subs : this.operative(null, 'none');
      this.flatSub(p, target, subLabel, subFromNum ? 'paragraph-num' : 'paragraph-text');
      return;
    }
    if (num !== null) {
      // A label that is neither a number nor a sub-paragraph label ("–"): a line of the previous paragraph.
      if (this.componentDepth === 0) this.ignoredNumberedParagraphs++;
      return;
    }

    // Unnumbered paragraph
    if (!text) return;
    if (/^[a-z]/.test(text)) return; // "and demands that ...": continues the previous paragraph
    if (!this.lastOperative() && /,$/.test(text) && this.hasFormula) {
      // A preambular paragraph the mark-up put in the body (ends with a comma, before any operative paragraph).
      this.addPreambular('body');
      return;
    }
    if (this.inOperativeRun()) return; // schedule lines, quoted text inside a paragraph
    const subs = this.operative(null, 'none');
    this.lists(p, subs);
    this.embeddedStructures(embedded);
  }

  /** A presidential statement has no enacting formula; its paragraphs are not numbered items. */
  private statementMode(): boolean {
    return !this.hasFormula;
  }

  private embeddedStructures(structures: XmlElement[]): void {
    for (const structure of structures) {
      this.embedded();
      for (const child of elementChildren(structure)) {
        if (child.name === 'container') {
          // The nested formula ("The General Assembly,") is not an item; the other containers are its preamble.
          if (isPreambularContainer(child)) this.addPreambular('body');
        } else if (child.name === 'paragraph') {
          this.paragraph(child);
        }
      }
    }
  }

  /** A sub-paragraph written as a paragraph ("(a) To cooperate ..."), placed by its previous sibling, with its own list. */
  private flatSub(p: XmlElement, target: ExpectedSub[], label: string, element: XmlOrigin['element']): void {
    const sub = attachBySibling(target, label, this.origin(element));
    this.lists(p, sub.children);
  }

  /** Points of the paragraph's lists, outside quoted structures, into `target`. */
  lists(element: XmlElement, target: ExpectedSub[]): void {
    for (const child of elementChildren(element)) {
      if (QUOTED.has(child.name) || child.name === 'authorialNote') continue;
      if (child.name === 'list' || child.name === 'blockList') this.points(child, target);
      else if (child.name === 'content') this.lists(child, target);
    }
  }

  private points(list: XmlElement, target: ExpectedSub[]): void {
    let previous: ExpectedSub | undefined;
    for (const child of elementChildren(list)) {
      if (QUOTED.has(child.name)) continue;
      if (child.name === 'point' || child.name === 'item') {
        const num = firstChild(child, 'num');
        const raw = num ? plain(num) : '';
        const content = firstChild(child, 'content') ?? child;
        if (raw && /^(?:[IVXLC]+|[A-Z])\.$/.test(raw) && isBoldOnly(content)) {
          // A heading ("B. Actions related to ...", "II. International peace") nested as a point;
          // an annex's headings are not compared.
          if (!this.inAnnex) this.pendingHeadings.push({ title: plain(content), label: raw });
          previous = undefined;
          continue;
        }
        const label = raw ? normalizeSubLabel(raw) : undefined;
        if (label) {
          const sub: ExpectedSub = { label, children: [], xml: this.origin('point') };
          target.push(sub);
          previous = sub;
          this.pointChildren(child, sub.children);
        } else {
          // Unlabelled or dash point: transparent, its labelled descendants (and a sublist that
          // follows it) belong to the current list.
          if (raw && this.componentDepth === 0 && !this.inAnnex) this.dashPoints++; // MANIFEST counts the body only
          this.pointChildren(child, target);
          previous = undefined;
        }
      } else if (child.name === 'sublist' || child.name === 'list') {
        this.points(child, previous ? previous.children : target);
      }
    }
  }

  /** Headings found inside a paragraph's list; they follow the paragraph in the item list. */
  private pendingHeadings: { title: string; label: string }[] = [];

  flushPendingHeadings(): void {
    const headings = this.pendingHeadings;
    this.pendingHeadings = [];
    for (const h of headings) this.heading(h.title, h.label, 'heading-point');
  }

  private pointChildren(point: XmlElement, target: ExpectedSub[]): void {
    for (const child of elementChildren(point)) {
      if (QUOTED.has(child.name)) continue;
      if (child.name === 'list' || child.name === 'sublist' || child.name === 'blockList') this.points(child, target);
      else if (child.name === 'content') this.lists(child, target);
    }
  }

  // --- annexes --------------------------------------------------------------------------------

  annex(doc: XmlElement): void {
    let current: { name: string; numbers: string[]; subs: ExpectedSub[][] } | undefined;
    /** Sub-paragraphs of the annex's last numbered paragraph; none before its first or after a heading (a rule's own list). */
    let paragraphSubs: ExpectedSub[] | undefined;
    const open = (name: string): void => {
      current = { name, numbers: [], subs: [] };
      paragraphSubs = undefined;
      this.annexes.push(current);
    };
    const visit = (element: XmlElement): void => {
      for (const child of elementChildren(element)) {
        if (child.name === 'authorialNote' || QUOTED.has(child.name)) continue;
        if (child.name === 'conclusions') {
          this.closing(child); // the closing printed after an embedded draft's annex (E/RES/2021/20)
          continue;
        }
        if (child.name === 'paragraph' || child.name === 'heading' || child.name === 'subheading') {
          const text = child.name === 'paragraph' ? headingOrText(child) : plain(child);
          const name = annexName(text);
          if (name) {
            open(name);
            continue;
          }
          if (child.name === 'paragraph') {
            const num = firstChild(child, 'num');
            const number = num && !/^H/.test(child.attributes.class ?? '') ? normalizeOperativeNumber(plain(num)) : undefined;
            const subLabel = number === undefined ? flatSubLabel(num ? plain(num) : null, ownText(child)) : undefined;
            if (number !== undefined) {
              if (!current) open('Annex');
              current!.numbers.push(number);
              current!.subs.push(paragraphSubs = []);
              this.lists(child, paragraphSubs);
            } else if (subLabel && paragraphSubs) {
              this.flatSub(child, paragraphSubs, subLabel, 'none');
            } else if (isMarkedHeading(child)) {
              paragraphSubs = undefined;
            }
          } else {
            paragraphSubs = undefined;
          }
          continue;
        }
        visit(child);
      }
    };
    this.inAnnex = true;
    visit(doc);
    this.inAnnex = false;
    if (!current) open('Annex');
  }
}

/** A preambular paragraph container: named by its lead phrase; not the formula, not a table holder. */
function isPreambularContainer(container: XmlElement): boolean {
  const name = container.attributes.name ?? '';
  if (!name || name === 'table' || name === 'formula') return false;
  return descendants(container, 'table').length === 0;
}

/** A paragraph marked up as a heading: an H class (H1, H23, HCh) or a heading/subheading child. */
function isMarkedHeading(paragraph: XmlElement): boolean {
  return /^H/.test(paragraph.attributes.class ?? '') || elementChildren(paragraph).some((c) => c.name === 'subheading' || c.name === 'heading');
}

function headingOrText(paragraph: XmlElement): string {
  const heading = elementChildren(paragraph).find((c) => c.name === 'subheading' || c.name === 'heading');
  return heading ? plain(heading) : ownText(paragraph);
}

/** "Annex", "Annex I", "Annex II", "ANNEX A" at the start of a heading, normalized; else undefined. */
export function annexName(text: string): string | undefined {
  const m = /^annex(?:\s+([IVXLC]+|[A-Z]|\d+)\b)?(?:\s*[:.–-].*|\s*)$/i.exec(collapse(text));
  if (!m) return undefined;
  return m[1] ? `Annex ${m[1].toUpperCase()}` : 'Annex';
}

/**
 * Attaches a sub-paragraph written flat (as a paragraph) to an operative paragraph's list, deciding
 * its level by the previous sibling: "(i)" after "(h)" and "(ii)" after "(hh)" are letters; a
 * roman successor continues the roman list; "(i)" otherwise opens a roman list under the last letter.
 */
export function attachBySibling(target: ExpectedSub[], label: string, xml?: XmlOrigin): ExpectedSub {
  const core = labelCore(label);
  const sub: ExpectedSub = xml ? { label, children: [], xml } : { label, children: [] };
  const last = target[target.length - 1];
  if (!last) {
    target.push(sub);
    return sub;
  }
  const lastCore = labelCore(last.label);
  const lastChild = last.children[last.children.length - 1];
  if (letterSuccessor(lastCore) === core) target.push(sub);
  else if (lastChild && romanValue(core) !== undefined && romanValue(labelCore(lastChild.label)) !== undefined
    && romanValue(core) === romanValue(labelCore(lastChild.label))! + 1) last.children.push(sub);
  else if (core === 'i' && isLetterLabel(lastCore)) last.children.push(sub);
  else if (romanValue(core) !== undefined && romanValue(lastCore) !== undefined && romanValue(core) === romanValue(lastCore)! + 1) target.push(sub);
  else if (isLetterLabel(core)) target.push(sub);
  else if (romanValue(core) !== undefined && isLetterLabel(lastCore)) last.children.push(sub);
  else target.push(sub);
  return sub;
}

function title(root: XmlElement, document: XmlElement): string | null {
  const preface = firstChild(document, 'preface');
  if (preface) {
    const number = descendants(preface, 'docNumber').map((n) => plain(n)).find((n) => /\d+\/\d+\.?$/.test(n));
    const docTitle = descendants(preface, 'docTitle').map((n) => plain(n))[0];
    if (number && docTitle) return collapse(`${number.endsWith('.') ? number : `${number}.`} ${docTitle}`);
  }
  const cover = descendants(root, 'coverPage')[0];
  const resolution = cover && descendants(cover, 'docTitle').find((t) => t.attributes.refersTo === '#resolutionNumber');
  if (resolution && /^Resolution \d+ \(\d{4}\)$/.test(plain(resolution))) return plain(resolution);
  return null;
}

/** Footnotes whose anchor directly follows a part letter ("<docNumber>B</docNumber><authorialNote>"). */
function partLetterNotes(preface: XmlElement): number {
  let count = 0;
  for (const p of descendants(preface, 'p')) {
    let previous: XmlElement | undefined;
    for (const child of elementChildren(p)) {
      if (child.name === 'authorialNote' && previous?.name === 'docNumber' && /^[A-Z]$/.test(plain(previous))) count++;
      previous = child;
    }
  }
  return count;
}

/** Reads one AKN XML document into its expected outline structure. */
export function readAkn(xml: string): ExpectedStructure {
  const root = parseXml(xml);
  const document = elementChildren(root).find((e) => e.name !== 'meta') ;
  if (!document) throw new Error('AKN: no document element');
  const reader = new Reader();
  if (document.name === 'documentCollection') {
    const components = elementChildren(root, 'components')[0] ?? firstChild(document, 'components');
    for (const component of components ? elementChildren(components, 'component') : []) {
      for (const statement of elementChildren(component)) reader.statementLike(statement, true);
    }
  } else {
    reader.statementLike(document, false);
  }
  reader.finish();
  const footnotes = descendants(root, 'authorialNote').length;
  const xmlFacts: XmlFacts = {
    collection: document.name === 'documentCollection',
    ignoredNumberedParagraphs: reader.ignoredNumberedParagraphs,
    dashPoints: reader.dashPoints,
    partLetterFootnotes: descendants(root, 'preface').reduce((n, preface) => n + partLetterNotes(preface), 0),
  };
  return {
    title: title(root, document),
    statement: !reader.hasFormula,
    items: reader.items,
    annexes: reader.annexes,
    footnotes,
    closings: reader.closings,
    parts: reader.parts,
    embeddedDrafts: reader.embeddedDrafts,
    xmlFacts,
  };
}

// ---------------------------------------------------------------------------------------------
// Views used by the tests and their messages

/**
 * Numbering scopes: a new scope starts at a part heading (a single capital letter label whose
 * heading is followed by a preamble), when a preamble follows operative paragraphs, or when the
 * numbering restarts at 1.
 */
export function deriveScopes(items: readonly ExpectedItem[]): ExpectedScope[] {
  const scopes: ExpectedScope[] = [];
  let current: { opener: string; preamble: number; numbers: (string | null)[] } = { opener: 'body', preamble: 0, numbers: [] };
  let lastHeading = 'body';
  const start = (): void => {
    if (current.preamble || current.numbers.length) scopes.push(current);
    current = { opener: lastHeading, preamble: 0, numbers: [] };
  };
  for (const item of items) {
    if (item.kind === 'heading') {
      lastHeading = headingText(item);
    } else if (item.kind === 'embedded') {
      lastHeading = 'embedded draft';
      start();
    } else if (item.kind === 'preamble') {
      if (current.numbers.length) start();
      current.preamble += item.count;
    } else {
      const restart = item.number === '1' && current.numbers.length > 0;
      const unnumberedAfterNumbers = item.number === null && current.numbers.some((n) => n !== null) && lastHeading !== current.opener;
      if (restart || unnumberedAfterNumbers) start();
      if (current.numbers.length === 0 && current.preamble === 0) current.opener = lastHeading;
      current.numbers.push(item.number);
    }
  }
  if (current.preamble || current.numbers.length) scopes.push(current);
  return scopes;
}

export function headingText(item: { label: string | null; title: string }): string {
  return collapse(`${item.label ?? ''} ${item.title}`);
}

/** "(a)(b)[(i)(ii)](c)" */
export function formatSubs(subs: readonly ExpectedSub[]): string {
  return subs.map((s) => s.label + (s.children.length ? `[${formatSubs(s.children)}]` : '')).join('');
}

export function countSubs(subs: readonly ExpectedSub[]): number {
  return subs.reduce((n, s) => n + 1 + countSubs(s.children), 0);
}

export function operativeItems(structure: ExpectedStructure): { number: string | null; subs: ExpectedSub[] }[] {
  return structure.items.filter((i): i is Extract<ExpectedItem, { kind: 'operative' }> => i.kind === 'operative');
}
