/** Character classes by code, for the scanners that run over every line or block of a text. */

/** JavaScript's `\s`. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `\d`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[A-Z]`. */
export function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** `[a-z]`. */
export function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** The codes of the characters of `chars`, for tests by code against a small set. */
export function charCodes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/** `[\t ]`. */
export function isTabOrSpace(code: number): boolean {
  return code === 9 || code === 32;
}

/** A run of two white-space characters, or one that is not a plain space. */
export const NEEDS_NORMALIZING = /\s\s|[^\S ]/;

/**
 * The text on one line: every run of white space one space, none at either end. The same as
 * `text.replace(/\s+/g, ' ').trim()`, by hand, so that a text with few runs to change is a few
 * slices joined rather than a copy. With `max`, only the first `max` characters of that, reading
 * no further than they need.
 */
export function normalizeSpace(raw: string, max = Infinity): string {
  const text = raw.trim();
  // Most texts have only single spaces: a native scan tells, and the loop below is skipped.
  if (!NEEDS_NORMALIZING.test(text)) return text.length > max ? text.slice(0, max) : text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    // What is before `i` is final: once it makes `max` characters the rest cannot change them.
    if (out.length + (i - from) >= max) break;
    const code = text.charCodeAt(i);
    if (!isSpace(code)) continue;
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    if (end - i > 1 || code !== 32) {
      out += text.slice(from, i) + ' ';
      from = end;
    }
    i = end - 1;
  }
  const result = from === 0 ? text : out + text.slice(from);
  return result.length > max ? result.slice(0, max) : result;
}
