/**
 * Test-only reader of the `<a href>` links in Akoma Ntoso XML (the gold standard for citations),
 * and their alignment with the plain-text rendering of the same document.
 *
 * The text rendering moves footnotes (`authorialNote`) to the end and glues their markers to the
 * body text, so a link is placed by its anchor text plus the words around it, not by offset.
 */

export interface GoldLink {
  /** Normalized target symbol: "A/RES/75/290B", "S/RES/1373(2001)", "A/77/6(SECT.26)". */
  target: string;
  href: string;
  anchor: string;
  /** Text before and after the anchor in the same paragraph or footnote (tags stripped). */
  before: string;
  after: string;
}

const CONTEXT = 48;
const UN_DOC_HOST = /^https?:\/\/(?:undocs\.org|docs\.un\.org)\//i;
/** Language folder of a link ("en/"), lower case only: "ST/SGB/…" is a symbol, not a language. */
const LANGUAGE = /^\/*(?:ar|en|es|fr|ru|zh)\//;

/** Every undocs.org / docs.un.org link of an AKN document, in document order. */
export function readGoldLinks(xml: string): GoldLink[] {
  const body = xml.slice(Math.max(0, xml.indexOf('</meta>')));
  const links: Array<GoldLink & { buffer: Buffer; offset: number }> = [];
  const stack: Buffer[] = [{ text: '' }];
  let open: { href: string; anchor: string } | undefined;
  for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      const text = decodeEntities(m[5]);
      top.text += text;
      if (open) open.anchor += text;
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (name === 'authorialNote' && !selfClosing) {
      if (closing) stack.pop();
      else stack.push({ text: '' });
    } else if (name === 'a' && !closing) {
      const href = /href="([^"]*)"/.exec(attrs)?.[1] ?? '';
      open = { href: decodeEntities(href), anchor: '' };
      links.push({ href: open.href, anchor: '', target: '', before: top.text.slice(-CONTEXT), after: '', buffer: top, offset: 0 });
    } else if (name === 'a' && closing && open) {
      const link = links[links.length - 1];
      link.anchor = open.anchor;
      link.offset = top.text.length;
      open = undefined;
    } else if (closing && /^(?:p|heading|num|subheading|td|th|li)$/.test(name)) {
      top.text += '\n';
    }
  }
  return links
    .filter((l) => UN_DOC_HOST.test(l.href) && l.anchor.trim() !== '')
    .map(({ buffer, offset, ...l }) => ({
      ...l,
      target: normalizeTarget(l.href),
      after: buffer.text.slice(offset, offset + CONTEXT),
    }));
}

interface Buffer {
  text: string;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** "https://undocs.org/en/A/RES/75/290b" → "A/RES/75/290B"; also for our own citation URLs. */
export function normalizeTarget(href: string): string {
  let t = href.replace(UN_DOC_HOST, '').replace(LANGUAGE, '').replace(/^\/+/, '');
  try {
    t = decodeURIComponent(t);
  } catch {
    // Keep the raw text when a stray % is not an escape.
  }
  // "(supp)" marks an Official Records supplement: the same document.
  return t.replace(/[\s\u00a0]+/g, '').replace(/[\u2010\u2011\u2013]/g, '-').toUpperCase().replace(/\(SUPP\)$/, '');
}

/**
 * Same resolution or document: equal bases, and part letters that overlap when both give them
 * ("A/RES/54/237A-C" matches "A/RES/54/237C"; "A/RES/75/101" matches "A/RES/75/101A").
 */
export function sameTarget(gold: string, ours: string): boolean {
  const g = splitParts(gold);
  const o = splitParts(ours);
  if (g.base !== o.base) return false;
  if (!g.parts || !o.parts) return true;
  return g.parts.some((p) => o.parts?.includes(p));
}

function splitParts(target: string): { base: string; parts?: string[] } {
  const m = /^(.*\/RES\/(?:[^/]+\/)?\d+(?:\([^)]*\))?)([A-Z])(?:-([A-Z]))?$/.exec(target);
  if (!m) return { base: target };
  const from = m[2].charCodeAt(0);
  const to = (m[3] ?? m[2]).charCodeAt(0);
  const parts: string[] = [];
  for (let c = from; c <= to; c++) parts.push(String.fromCharCode(c));
  return { base: m[1], parts };
}

export interface Placement {
  link: GoldLink;
  /** Offset of the anchor text in the plain text, or -1 when it cannot be found. */
  start: number;
  end: number;
}

/**
 * Places each link on one occurrence of its anchor text in `text`: the occurrence whose
 * surroundings look most like the link's, each occurrence used at most once.
 */
export function placeLinks(links: GoldLink[], text: string): Placement[] {
  const pairs: Array<{ link: number; start: number; end: number; score: number }> = [];
  links.forEach((link, i) => {
    for (const occ of occurrences(text, link.anchor)) {
      const before = text.slice(Math.max(0, occ.start - CONTEXT), occ.start);
      const after = text.slice(occ.end, occ.end + CONTEXT);
      // Whole-token occurrences first: "A/79/7/Add.2" is not the start of "A/79/7/Add.22".
      const whole = !/[\w/]$/.test(before) && !/^\w/.test(after) ? 0.1 : 0;
      pairs.push({ link: i, ...occ, score: whole + dice(link.before, before) + dice(link.after, after) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.start - b.start);
  const placed = new Map<number, Placement>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (placed.has(p.link) || used.has(p.start)) continue;
    placed.set(p.link, { link: links[p.link], start: p.start, end: p.end });
    used.add(p.start);
  }
  return links.map((link, i) => placed.get(i) ?? { link, start: -1, end: -1 });
}

function occurrences(text: string, anchor: string): Array<{ start: number; end: number }> {
  const words = anchor.trim().split(/[\s\u00a0]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(words.join('[\\s\\u00a0]+'), 'g');
  return [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Dice coefficient of character bigrams, whitespace collapsed: tolerant of glued footnote digits. */
function dice(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const t = s.replace(/\s+/g, ' ');
    const map = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) map.set(t.slice(i, i + 2), (map.get(t.slice(i, i + 2)) ?? 0) + 1);
    return map;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}
