/**
 * What the tree builder reads around the block it places: the blocks after it (and, for tables,
 * before it), skipping the artefacts and footnotes between them. Pure functions over the items
 * and the current index, so the builder keeps only the decisions.
 */
import type { Item } from './blocks';
import { flatText } from './blockText';
import { FORMULA, isFigures, isTableCell, TABLE_NOTE } from './blockKinds';
import { endsParagraph } from './paragraphEnd';
import { matchSubLabel } from './labels';
import { guessPhraseKind } from '../phrases/leadPhrases';

/** The index of the next block after item `index`, skipping artefacts and footnotes. */
export function nextBlockIndex(items: readonly Item[], index: number): number | undefined {
  for (let i = index + 1; i < items.length; i++) if (items[i].type === 'block') return i;
  return undefined;
}

/** The flat text of item `index`, or "" when it is no block. */
export function blockTextAt(items: readonly Item[], index: number): string {
  const item = items[index];
  return item.type === 'block' ? flatText(item) : '';
}

/** The flat text of the `offset`-th block after item `index`. */
export function nextBlockText(items: readonly Item[], index: number, offset = 1): string | undefined {
  for (let i = index + 1, seen = 0; i < items.length; i++) {
    const item = items[i];
    if (item.type !== 'block') continue;
    if (++seen === offset) return flatText(item);
  }
  return undefined;
}

/** "1. Income from staff assessment" followed by a figure is a row of a budget table. */
export function isTableRow(flat: string, items: readonly Item[], index: number): boolean {
  if (flat.length > 120 || endsParagraph(flat)) return false;
  const next = nextBlockText(items, index);
  return next !== undefined && (isFigures(next) || /^[–—-]$/.test(next));
}

export function nextStartsSubparagraph(items: readonly Item[], index: number): boolean {
  const next = nextBlockText(items, index);
  return next !== undefined && matchSubLabel(next, 0) !== undefined;
}

export function nextIsPreambular(items: readonly Item[], index: number): boolean {
  const next = nextBlockText(items, index);
  return next !== undefined && guessPhraseKind(next) === 'preambular';
}

/**
 * Whether a short line sits in a table: figures or grades within the next or previous few blocks,
 * with only short, unpunctuated cells or notes in between ("Action", "Title of post", "P-4", "1").
 */
export function nearFigures(items: readonly Item[], index: number): boolean {
  for (const step of [1, -1]) {
    for (let i = index + step, seen = 0; i >= 0 && i < items.length && seen < 8; i += step) {
      const item = items[i];
      if (item.type !== 'block') continue;
      seen++;
      const flat = flatText(item);
      if (isTableCell(flat)) return true;
      // The notes under a table are part of it: "Note: ..." then "Abbreviation: ...".
      if (TABLE_NOTE.test(flat)) continue;
      if (flat.length > 100 || endsParagraph(flat)) break;
    }
  }
  return false;
}

/** Whether an enacting formula comes within the next `within` blocks. */
export function formulaFollows(items: readonly Item[], index: number, within: number): boolean {
  for (let k = 1; k <= within; k++) {
    const next = nextBlockText(items, index, k);
    if (next === undefined) return false;
    if (FORMULA.test(next.replace(/\s+/g, ' '))) return true;
  }
  return false;
}
