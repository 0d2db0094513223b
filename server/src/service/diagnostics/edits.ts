/** Combining edits into one: sorted, without overlaps. */
import type { OffsetEdit } from './problem';

/** Sorted, without duplicates or overlaps (the first edit at a place wins). */
export function normalizeEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.start < last.end) continue;
    if (last && last.start === edit.start && last.end === edit.end) continue;
    out.push(edit);
  }
  return out;
}
