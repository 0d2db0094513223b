/** A block's text as the tree builder reads it: flattened to one line, and its indentation. */
import type { Block } from './blocks';
import { NEEDS_NORMALIZING, normalizeSpace } from '../text/chars';

/**
 * A block's text on one line, without the page headers or footnotes that interrupt it. Every
 * decision about a block reads its start or its end, so a long paragraph is flattened only there:
 * the work stays proportional to the number of blocks, not to the size of the text.
 */
export function flatText(block: Block): string {
  if (block.flat !== undefined) return block.flat;
  const first = block.lines[0].text;
  const last = block.lines[block.lines.length - 1].text;
  const long = block.lines.length > 6 || first.length + (block.lines.length > 1 ? last.length : 0) > 500;
  if (!long) {
    block.flat = collapseSpace(block.lines.length === 1 ? block.lines[0].trimmed : block.lines.map((line) => line.text).join(' '));
  } else {
    // Cut after collapsing white space, so that TABs, spaces and line breaks give the same text.
    const head = collapseSpace(block.lines.length > 1 ? `${first.slice(0, 600)} ${block.lines[1].text.slice(0, 200)}` : first.slice(0, 600), 300);
    const tail = collapseSpace(last.slice(-200)).slice(-100);
    block.flat = `${head} … ${tail}`;
  }
  return block.flat;
}

/**
 * Runs of white space become one space when the text has a run of two or a TAB, line break or
 * no-break space (else it is kept as it is).
 */
const NEEDS_COLLAPSE = /\s\s|[\t\r\n\u00a0]/;

function collapseSpace(raw: string, max = Infinity): string {
  const text = raw.trim();
  // The first `max` characters stay as they are when they hold no white space but single spaces.
  if (text.length > max && !NEEDS_NORMALIZING.test(text.slice(0, max + 1))) return text.slice(0, max);
  if (NEEDS_COLLAPSE.test(text)) return normalizeSpace(text, max);
  return text.length > max ? text.slice(0, max) : text;
}

/** Columns of leading white space (a TAB counts 4), the nesting signal of the UN export. */
export function indentation(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === '\t') columns += 4;
    else if (ch === ' ') columns += 1;
    else break;
  }
  return columns;
}
