/**
 * A minimal XML reader for the tests' Akoma Ntoso oracle (test/support/akn.ts).
 *
 * Why hand-written rather than a package: the corpus XML is plain, well-formed UTF-8 with no DTD,
 * no external entities and only the five predefined entities plus numeric references; the oracle
 * needs elements, attributes and text in document order, nothing else. Forty lines of tokenizer
 * keep the test tree free of a dependency (and of the shared npm lock) and are checked by
 * akn-oracle.test.ts against the corpus MANIFEST figures. It throws on malformed mark-up
 * (mismatched or unclosed tags) instead of guessing.
 */

export interface XmlElement {
  readonly type: 'element';
  /** Local name, namespace prefix removed ("akn4un:voters" -> "voters"). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  parent?: XmlElement;
}

export interface XmlText {
  readonly type: 'text';
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { type: 'element', name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  const top = (): XmlElement => stack[stack.length - 1];
  const addText = (text: string): void => {
    if (text) top().children.push({ type: 'text', text });
  };
  const addRawText = (raw: string, at: number): void => {
    if (raw.includes('<')) throw new Error(`XML: stray "<" at offset ${at + raw.indexOf('<')}`);
    addText(decodeEntities(raw));
  };
  while ((match = tag.exec(source))) {
    addRawText(source.slice(last, match.index), last);
    last = tag.lastIndex;
    const [, cdata, closing, opening, attributeText, selfClosing] = match;
    if (cdata !== undefined) {
      addText(cdata);
    } else if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open === root || localName(closing) !== open.name) {
        throw new Error(`XML: </${closing}> does not close <${open?.name ?? '(none)'}> at offset ${match.index}`);
      }
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      const attribute = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      while ((a = attribute.exec(attributeText ?? ''))) attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
      const element: XmlElement = { type: 'element', name: localName(opening), attributes, children: [], parent: top() };
      top().children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  addRawText(source.slice(last), last);
  if (stack.length !== 1) throw new Error(`XML: <${top().name}> is never closed`);
  const element = root.children.find((child): child is XmlElement => child.type === 'element');
  if (!element) throw new Error('XML: no root element');
  return element;
}

export function elementChildren(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element' && (name === undefined || child.name === name));
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return elementChildren(element, name)[0];
}

/** All descendant elements in document order (not the element itself). */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (name === undefined || child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** Concatenated text of an element, optionally skipping some descendant elements (e.g. footnotes). */
export function textOf(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.type === 'text') out += child.text;
      else if (!skip.has(child.name)) walk(child);
    }
  };
  walk(element);
  return out;
}

export function hasAncestor(element: XmlElement, names: ReadonlySet<string>): boolean {
  for (let node = element.parent; node; node = node.parent) if (names.has(node.name)) return true;
  return false;
}
