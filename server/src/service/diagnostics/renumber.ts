/**
 * Edits that renumber: a whole numbering run (with the internal cross-references that point into
 * it), one malformed number, or a list of sub-paragraph labels. The separator written after a
 * repaired number follows the style the document already uses (TAB or space).
 */
import type { Label, SyntaxNode } from '../syntax/nodes';
import { INVISIBLE, toLetter, toRoman } from '../syntax/labels';
import type { Fix, OffsetEdit } from './problem';
import type { NumberingRun } from './numbering';
import type { CrossReference } from './crossReferences';
import { lacksNumber } from './operativeNumbering';

/** Invisible marks with the blanks after them, taken out of a separator that keeps its line break. */
const INVISIBLE_MARKS = new RegExp(`${INVISIBLE.source}[ \\t\\u00a0]*`, 'g');

export class Renumbering {
  private readonly separator: string;

  constructor(
    private readonly text: string,
    runs: readonly NumberingRun[],
    /** Each internal reference with the run it points into. */
    private readonly references: ReadonlyArray<{ reference: CrossReference; run: NumberingRun | undefined }>,
  ) {
    this.separator = dominantSeparator(text, runs);
  }

  /** Numbers every paragraph of the run 1, 2, 3 ... and updates references to the old numbers. */
  renumberRun(run: NumberingRun): Fix {
    return { title: 'Renumber the operative paragraphs', edits: this.runEdits(run), preferred: true };
  }

  runEdits(run: NumberingRun): OffsetEdit[] {
    const edits: OffsetEdit[] = [];
    const moved: Array<{ from: number; to: number; at: number }> = [];
    let wanted = 0;
    for (const paragraph of run.paragraphs) {
      const label = paragraph.label;
      // Unnumbered paragraphs keep no number unless they are ones that lack it (see lacksNumber).
      if (!label && !lacksNumber(run, paragraph, this.text)) continue;
      wanted++;
      if (!label) {
        edits.push({ start: paragraph.contentStart ?? paragraph.start, end: paragraph.contentStart ?? paragraph.start, newText: `${wanted}.${this.separator}` });
        continue;
      }
      if (label.value !== wanted || label.defects.length) edits.push(this.labelEdit(paragraph, wanted));
      if (label.value !== wanted) moved.push({ from: label.value, to: wanted, at: paragraph.start });
    }
    for (const edit of this.referenceEdits(run, moved)) edits.push(edit);
    return edits;
  }

  /** Repairs one malformed number in place, keeping its value. */
  repairLabel(paragraph: SyntaxNode): Fix {
    return { title: `Write the number as "${paragraph.label!.normalized}"`, edits: [this.labelEdit(paragraph, paragraph.label!.value)], preferred: true };
  }

  private labelEdit(paragraph: SyntaxNode, value: number): OffsetEdit {
    const label = paragraph.label!;
    const contentStart = paragraph.contentStart ?? label.end;
    const written = this.text.slice(label.end, contentStart);
    // A number alone on its line keeps its line break; only the marks that came with it go.
    const separator = !label.defects.length ? written : /\n/.test(written) ? written.replace(INVISIBLE_MARKS, '') : this.separator;
    return { start: label.start, end: contentStart, newText: `${value}.${separator || this.separator}` };
  }

  /** References such as "paragraph 7 above" that point into the run follow their paragraph's new number. */
  private referenceEdits(run: NumberingRun, moved: ReadonlyArray<{ from: number; to: number; at: number }>): OffsetEdit[] {
    if (moved.length === 0) return [];
    const edits: OffsetEdit[] = [];
    for (const { reference, run: target } of this.references) {
      if (target !== run) continue;
      for (const item of reference.items) {
        // The paragraph the reference means: the nearest one with that old number in its direction.
        const candidates = moved.filter((m) => m.from === item.number);
        if (candidates.length === 0) continue;
        const target =
          reference.direction === 'above'
            ? [...candidates].reverse().find((m) => m.at < reference.start)
            : reference.direction === 'below'
              ? candidates.find((m) => m.at > reference.start)
              : candidates[0];
        if (!target) continue;
        edits.push({ start: item.start, end: item.end, newText: String(target.to) });
      }
    }
    return edits;
  }
}

/** The separator after well-formed operative numbers: TAB in the UN export, a space in PDF copies. */
function dominantSeparator(text: string, runs: readonly NumberingRun[]): string {
  let tabs = 0;
  let spaces = 0;
  for (const run of runs) {
    for (const paragraph of run.paragraphs) {
      const label = paragraph.label;
      if (!label || label.defects.length) continue;
      const after = text[label.end];
      if (after === '\t') tabs++;
      else if (after === ' ') spaces++;
    }
  }
  return tabs >= spaces && tabs > 0 ? '\t' : ' ';
}

/** The label a sub-paragraph should carry at a position, in its list's style. */
export function expectedSubLabel(style: Label['style'], value: number, printed: string): string {
  const token = style.endsWith('roman') ? toRoman(value) : toLetter(value);
  return style.startsWith('paren') || printed.startsWith('(') || printed.endsWith(')') ? `(${token})` : `${token}.`;
}
