/**
 * Checks sub-paragraph labels list by list: letters and roman numerals that skip or repeat,
 * (aa) after (z) included; a nested list that repeats the style of a list it sits in; labels of
 * one level written in two styles; and a missing parenthesis ("v)").
 */
import type { Label, SyntaxNode } from '../syntax/nodes';
import type { Fix, OffsetEdit, Problem } from './problem';
import { expectedSubLabel } from './renumber';
import { ownText } from '../syntax/walk';

/** Every list of sub-paragraphs in the document. */
export function subparagraphLists(root: SyntaxNode): SyntaxNode[][] {
  const lists: SyntaxNode[][] = [];
  const visit = (node: SyntaxNode): void => {
    for (const list of listsUnder(node)) lists.push(list);
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.kind !== 'artefact' && child.kind !== 'footnote') visit(child);
    }
  };
  visit(root);
  return lists;
}

/** Sub-paragraphs that are children of one node, grouped by kind (letters, romans): one group is one list. */
function listsUnder(node: SyntaxNode): SyntaxNode[][] {
  const lists: SyntaxNode[][] = [];
  let current: SyntaxNode[] | undefined;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.kind !== 'subparagraph' || !child.label) continue;
    if (!current || family(current[0].label!) !== family(child.label)) lists.push((current = []));
    current.push(child);
  }
  return lists;
}

function family(label: Label): 'letter' | 'roman' {
  return label.style.endsWith('roman') ? 'roman' : 'letter';
}

export function checkSubparagraphs(root: SyntaxNode, text: string): Problem[] {
  const problems: Problem[] = [];
  /** Lists already checked as part of a run across headed groups. */
  const done = new Set<SyntaxNode>();
  const visit = (node: SyntaxNode, enclosing: Label[]): void => {
    const lists = listsUnder(node);
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      if (done.has(list[0])) continue;
      // Items grouped under headed sub-paragraphs ("(ii) Disarmament ..." with no punctuation) may
      // run on across the groups: (a)-(h) under (i), then (i)-(n) under (ii). Check them as one list.
      if (list.every((item) => isHeading(item, text))) {
        const groups = list.map((item) => listsUnder(item).find((inner) => family(inner[0].label!) === 'letter')).filter((g): g is SyntaxNode[] => !!g);
        if (groups.length > 1 && continuesAcross(groups)) {
          checkList(groups.flat(), [...enclosing, list[0].label!], problems);
          for (const group of groups) done.add(group[0]);
        }
      }
      checkList(list, enclosing, problems);
    }
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.kind === 'subparagraph' && child.label) {
        // One stack of enclosing labels, pushed and popped, rather than a copy per item.
        enclosing.push(child.label);
        visit(child, enclosing);
        enclosing.pop();
      } else if (child.kind !== 'artefact' && child.kind !== 'footnote') visit(child, child.kind === 'operative' || child.kind === 'preambular' ? [] : enclosing);
    }
  };
  visit(root, []);
  return problems;
}

/** A sub-paragraph whose own text is a short title without closing punctuation. */
function isHeading(item: SyntaxNode, text: string): boolean {
  // A heading is short: the first few hundred characters tell, without copying a long item.
  const own = ownText(item, text, 400).trim();
  return own.length > 0 && own.length < 160 && !/[.,;:]$/.test(own);
}

/** The lists continue one another: each starts where the one before stopped. */
function continuesAcross(lists: SyntaxNode[][]): boolean {
  for (let i = 1; i < lists.length; i++) {
    const previous = lists[i - 1];
    if (lists[i][0].label!.value !== previous[previous.length - 1].label!.value + 1) return false;
  }
  return true;
}

function checkList(list: SyntaxNode[], enclosing: Label[], problems: Problem[]): void {
  let cached: Fix[] | undefined;
  const fix = (): Fix[] => (cached ??= [{ title: 'Reletter this list of sub-paragraphs', edits: relabel(list), preferred: true }]);
  const first = list[0].label!;
  const parent = enclosing[enclosing.length - 1];
  if (first.value !== 1) {
    problems.push({ code: 'subparagraph-sequence', start: first.start, end: first.end, message: `This list of sub-paragraphs starts at ${first.normalized}, not at ${expectedSubLabel(first.style, 1, first.text)}.`, fixes: fix });
  }
  for (const item of list.slice(1)) {
    const label = item.label!;
    if (label.style === first.style || label.defects.length) continue;
    problems.push({ code: 'subparagraph-mixed-style', start: label.start, end: label.end, message: `"${label.text}" is written in another style than the sub-paragraphs before it ("${first.text}").`, fixes: () => [mixedStyleFix(list, first)] });
  }
  if (parent && parent.style === first.style && first.value === 1) {
    problems.push({ code: 'subparagraph-level', start: first.start, end: first.end, message: `A list labelled like its parent "${parent.text}" is nested in it; use the next level (${nextLevelHint(parent)}).` });
  }
  for (let i = 1; i < list.length; i++) {
    const label = list[i].label!;
    const previous = list[i - 1].label!;
    if (label.value === previous.value + 1) continue;
    const expected = expectedSubLabel(label.style, previous.value + 1, label.text);
    const message =
      label.value === previous.value
        ? `Sub-paragraph ${label.normalized} is repeated.`
        : label.value > previous.value
          ? `Sub-paragraph ${label.normalized} follows ${previous.normalized}: ${expected} is missing.`
          : `Sub-paragraph ${label.normalized} comes after ${previous.normalized}: the labels are out of order.`;
    problems.push({ code: 'subparagraph-sequence', start: label.start, end: label.end, message, fixes: fix });
  }
  // "a)" throughout a list is the French and Spanish style; only a label that breaks its list's style is a slip.
  const wellFormed = list.some((item) => item.label!.defects.length === 0 && item.label!.style.startsWith('paren'));
  for (const item of list) {
    const label = item.label!;
    if (wellFormed && (label.defects.includes('missing-open-parenthesis') || label.defects.includes('missing-close-parenthesis'))) {
      problems.push({
        code: 'subparagraph-label-malformed',
        start: label.start,
        end: label.end,
        message: `The label "${label.text}" is missing a parenthesis; it should read "${label.normalized}".`,
        fixes: () => [{ title: `Write the label as "${label.normalized}"`, edits: [{ start: label.start, end: label.end, newText: label.normalized }], preferred: true }],
      });
    }
  }
}

/** Letters the list a, b, c ... (or i, ii, iii ...) in the style of its first label. */
export function relabel(list: SyntaxNode[]): OffsetEdit[] {
  const style = list[0].label!.style;
  const edits: OffsetEdit[] = [];
  list.forEach((item, index) => {
    const label = item.label!;
    const wanted = expectedSubLabel(style, index + 1, list[0].label!.text);
    if (label.text !== wanted) edits.push({ start: label.start, end: label.end, newText: wanted });
  });
  return edits;
}

/** Writes every label of a list in the style of its first label ("c." after "(b)" becomes "(c)"). */
function mixedStyleFix(list: SyntaxNode[], first: Label): Fix {
  const edits = list
    .filter((item) => item.label!.style !== first.style)
    .map((item) => ({ start: item.label!.start, end: item.label!.end, newText: expectedSubLabel(first.style, item.label!.value, first.text) }));
  return { title: `Write these labels like "${first.text}"`, edits, preferred: true };
}

function nextLevelHint(parent: Label): string {
  switch (parent.style) {
    case 'paren-letter':
      return '(i), (ii)';
    case 'paren-roman':
      return 'a., b.';
    case 'dot-letter':
      return 'i., ii.';
    default:
      return 'a deeper level';
  }
}
