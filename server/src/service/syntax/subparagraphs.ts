/**
 * Nests sub-paragraphs by their labels: (a) → (i) → a. → i., with (aa) after (z). A label such
 * as "(i)" is read by its previous sibling: after "(h)" it is the letter i, otherwise it opens a
 * roman list (the UN's own XML conversion gets this wrong; see FORMAT_SPEC §4).
 */
import type { Label, LabelStyle, SyntaxNode } from './nodes';
import { reinterpretLabel } from './labels';

interface Level {
  readonly style: LabelStyle;
  /** Indentation of the list's items (TAB = 4 columns), when the copy shows it. */
  readonly indent: number;
  /** The node the items of this level are children of. */
  readonly parent: SyntaxNode;
  last: SyntaxNode;
}

export class SubparagraphNesting {
  private readonly levels: Level[] = [];
  private indent = 0;

  constructor(private readonly paragraph: SyntaxNode) {}

  /** The innermost open node, where continuation text goes. */
  deepest(): SyntaxNode {
    return this.levels.length ? this.levels[this.levels.length - 1].last : this.paragraph;
  }

  /** Adds a sub-paragraph; `indent` is its label's indentation in columns. */
  add(node: SyntaxNode, indent = 0): void {
    const label = node.label!;
    const readings = readingsOf(label);
    this.indent = indent;

    // 0. A first item in the style of the innermost list, indented deeper than that list's items,
    //    opens a nested list of the same style (a fault a later check reports), not a repeat.
    const innermost = this.levels[this.levels.length - 1];
    if (innermost && indent > innermost.indent && readings.length === 1) {
      const first = readings.find((r) => r.value === 1 && r.style === innermost.style);
      if (first) return this.push(node, first);
    }
    // Back at the indentation of an outer list opened that way, the label continues the outer list.
    while (this.levels.length > 1 && indent < this.levels[this.levels.length - 1].indent && this.levels[this.levels.length - 1].style === this.levels[this.levels.length - 2].style) this.levels.pop();

    // 1. The next item of an open list, innermost first: same style, or else the same kind of
    //    label written another way ("c." after "(b)", which a later check flags as mixed styles).
    for (const sameStyle of [true, false]) {
      for (let depth = this.levels.length - 1; depth >= 0; depth--) {
        const level = this.levels[depth];
        const reading = readings.find(
          (r) => (sameStyle ? r.style === level.style : familyOf(r.style) === familyOf(level.style)) && r.value === (level.last.label?.value ?? 0) + 1,
        );
        if (reading) return this.append(depth, node, reading);
      }
    }
    // 2. The first item of a new, deeper list.
    const opening = readings.find((r) => r.value === 1 && !this.levels.some((level) => level.style === r.style));
    if (opening) return this.push(node, opening);
    // 3. A gap or a repeat in an open list of the same style (a later check flags it) ...
    for (let depth = this.levels.length - 1; depth >= 0; depth--) {
      const last = this.levels[depth].last.label?.value ?? 0;
      const reading = readings.find((r) => r.style === this.levels[depth].style && r.value >= last);
      if (reading) return this.append(depth, node, reading);
    }
    // ... unless the other reading of an ambiguous label makes sense: "(i)" after the heading
    // "(ii) Disarmament" is the letter i of a list that runs on across headed groups.
    if (readings.length > 1) {
      const other = readings.find((r) => !this.levels.some((level) => level.style === r.style));
      if (other) return this.push(node, other);
    }
    for (let depth = this.levels.length - 1; depth >= 0; depth--) {
      const reading = readings.find((r) => r.style === this.levels[depth].style);
      if (reading) return this.append(depth, node, reading);
    }
    // 4. A list that starts past its first item.
    return this.push(node, readings[0]);
  }

  private append(depth: number, node: SyntaxNode, label: Label): void {
    this.levels.length = depth + 1;
    const level = this.levels[depth];
    node.label = label;
    level.parent.children.push(node);
    level.last = node;
  }

  private push(node: SyntaxNode, label: Label): void {
    const parent = this.deepest();
    node.label = label;
    parent.children.push(node);
    this.levels.push({ style: label.style, parent, last: node, indent: this.indent });
  }
}

function familyOf(style: LabelStyle): 'letter' | 'roman' {
  return style.endsWith('roman') ? 'roman' : 'letter';
}

/** The possible readings of a label: "(i)" is both the letter i and roman one. */
function readingsOf(label: Label): Label[] {
  const readings = [label];
  const other = reinterpretLabel(label, label.style.endsWith('letter') ? 'roman' : 'letter');
  if (other) readings.push(other);
  return readings;
}
