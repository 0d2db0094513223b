/**
 * Compares an expected structure (from the XML oracle or a hand-checked fixture) with the one read
 * back from the outline, aspect by aspect, and describes the first difference of each aspect in
 * words a failing test can print: operative numbers, preamble groups, headings, their order,
 * sub-paragraphs, title, footnotes, closings, annexes (their numbered paragraphs and these
 * paragraphs' sub-paragraphs), stray symbols.
 */
import { ExpectedItem, ExpectedStructure, ExpectedSub, collapse, labelCore } from './akn';
import { OutlineStructure, SummaryItem } from './outlineSummary';

export interface CompareOptions {
  /** Compare the numbered paragraphs inside each annex (default true). */
  readonly annexNumbers?: boolean;
}

/** A heading's comparison key: its title without a leading number/letter label, case and quotes folded. */
export function headingKey(label: string | null, title: string): string {
  const text = collapse(`${label ?? ''} ${title}`);
  const stripped = text.replace(/^(?:[IVXLC]+|[A-Z])\.?(?:\s+|$)/, '');
  return (stripped || text)
    .toLowerCase()
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s*[.:;,]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function closingKey(closing: string): string {
  return collapse(closing).toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "a b [i ii] c": sub-paragraph labels by their letters/roman core, nesting in brackets. */
export function subsKey(subs: readonly ExpectedSub[]): string {
  return subs.map((s) => labelCore(s.label) + (s.children.length ? ` [${subsKey(s.children)}]` : '')).join(' ');
}

function token(item: ExpectedItem | SummaryItem): string {
  switch (item.kind) {
    case 'heading':
      return `heading "${headingKey(item.label, item.title)}"`;
    case 'preamble':
      return `Preamble(${item.count})`;
    case 'operative':
      return `op ${item.number ?? '(unnumbered)'}`;
    case 'embedded':
      return 'embedded draft resolution';
    case 'stray':
      return `stray "${item.name}"`;
  }
}

/** Equal, or the outline's text was shortened with "…" and the expected text starts with what it kept. */
function sameText(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const m = /^(.*?)…("?)$/.exec(actual);
  return m !== null && m[1].length >= 8 && expected.startsWith(m[1].trim()) && expected.endsWith(m[2]);
}

function firstDifference<T>(expected: readonly T[], actual: readonly T[], show: (t: T) => string, what: string, context?: (index: number) => string): string | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (i >= expected.length || i >= actual.length || !sameText(show(expected[i]), show(actual[i]))) {
      const window = (list: readonly T[]): string =>
        list.length === 0 ? '(none)' : list.slice(Math.max(0, i - 1), i + 3).map(show).join(' | ') + (i + 3 < list.length ? ' | …' : '');
      const where = context ? ` ${context(i)}` : '';
      return `${what}: first difference at #${i + 1}${where} (expected ${expected.length}, outline ${actual.length})\n      expected: ${window(expected)}\n      outline:  ${window(actual)}`;
    }
  }
  return undefined;
}

/** Paragraphs (the same numbers on both sides) whose sub-paragraph trees differ, the first three. */
function subsDifferences(expected: readonly ExpectedSub[][], actual: readonly ExpectedSub[][], where: (index: number) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < expected.length && out.length < 3; i++) {
    const e = subsKey(expected[i]);
    const a = subsKey(actual[i]);
    if (e !== a) out.push(`sub-paragraphs of ${where(i)}:\n      expected: ${e || '(none)'}\n      outline:  ${a || '(none)'}`);
  }
  return out;
}

/** Returns the differences, each a readable sentence; empty when the outline matches. */
export function compareStructures(expected: ExpectedStructure, actual: OutlineStructure, options: CompareOptions = {}): string[] {
  const problems: string[] = [];
  const push = (p: string | undefined): void => {
    if (p) problems.push(p);
  };

  if (expected.title !== null && collapse(expected.title) !== collapse(actual.title ?? '')) {
    problems.push(`title: expected ${JSON.stringify(expected.title)}, outline ${JSON.stringify(actual.title)}`);
  }

  const ops = (items: readonly (ExpectedItem | SummaryItem)[]) =>
    items.filter((i): i is Extract<ExpectedItem, { kind: 'operative' }> => i.kind === 'operative');
  const expectedOps = ops(expected.items);
  const actualOps = ops(actual.items);
  const headingBefore = (items: readonly (ExpectedItem | SummaryItem)[], opIndex: number): string => {
    let seen = -1;
    let heading = 'the start';
    for (const item of items) {
      if (item.kind === 'heading') heading = `heading "${collapse(`${item.label ?? ''} ${item.title}`).slice(0, 60)}"`;
      if (item.kind === 'operative' && ++seen === opIndex) break;
    }
    return `(after ${heading})`;
  };
  const numbersDiffer = firstDifference(
    expectedOps, actualOps, (o) => o.number ?? '(unnumbered)', 'operative paragraphs',
    (i) => headingBefore(expected.items, i),
  );
  push(numbersDiffer);

  const preambles = (items: readonly (ExpectedItem | SummaryItem)[]) => items.filter((i) => i.kind === 'preamble');
  push(firstDifference(preambles(expected.items), preambles(actual.items), token, 'preamble groups (children of each `Preamble`)'));

  const headingsDiffer = expected.statement
    ? undefined
    : firstDifference(
      expected.items.filter((i) => i.kind === 'heading'),
      actual.items.filter((i) => i.kind === 'heading'),
      token,
      'headings (sections, parts, sub-headings; compared without their number or letter)',
    );
  push(headingsDiffer);

  if (!expected.statement && problems.length === 0) {
    // Each list matches on its own: now their order (which heading each paragraph follows).
    push(firstDifference(expected.items, actual.items.filter((i) => i.kind !== 'stray'), token, 'order of headings, preambles and paragraphs'));
  }

  if (!numbersDiffer) {
    problems.push(...subsDifferences(expectedOps.map((o) => o.subs), actualOps.map((o) => o.subs),
      (i) => `op ${expectedOps[i].number ?? '(unnumbered)'} ${headingBefore(expected.items, i)}`));
  }

  if (expected.footnotes !== actual.footnotes) {
    problems.push(`footnotes: expected ${expected.footnotes}, outline ${actual.footnotes} (children of \`Footnotes\`)`);
  }
  push(firstDifference(expected.closings, actual.closings, closingKey, 'closings (meeting, date)'));
  push(firstDifference(expected.annexes.map((a) => a.name), actual.annexes.map((a) => a.name), (n) => n, 'annexes'));
  if ((options.annexNumbers ?? true) && expected.annexes.length === actual.annexes.length) {
    expected.annexes.forEach((annex, i) => {
      const { numbers, subs } = actual.annexes[i];
      const differ = firstDifference(annex.numbers, numbers, (n) => n, `numbered paragraphs of ${annex.name}`);
      push(differ);
      if (!differ && annex.subs && subs) {
        problems.push(...subsDifferences(annex.subs, subs, (j) => `${annex.name}, paragraph ${annex.numbers[j]}`));
      }
    });
  }
  if (expected.embeddedDrafts !== actual.embeddedDrafts) {
    problems.push(`embedded draft resolutions: expected ${expected.embeddedDrafts} symbol(s) named as a draft resolution holding its preamble/paragraphs, outline ${actual.embeddedDrafts}`);
  }
  const strays = actual.items.filter((i) => i.kind === 'stray');
  if (strays.length) problems.push(`symbols outside the contract: ${strays.slice(0, 5).map(token).join(', ')}${strays.length > 5 ? ' …' : ''}`);
  return problems;
}

/** A short human description of an expected structure, for reports. */
export function describe(structure: ExpectedStructure): string {
  const lines: string[] = [];
  lines.push(`title: ${structure.title ?? '(none)'}`);
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) lines.push(`  ops ${run[0]}${run.length > 1 ? `..${run[run.length - 1]} (${run.length})` : ''}`);
    run = [];
  };
  for (const item of structure.items) {
    if (item.kind === 'operative' && item.subs.length === 0 && item.number !== null) {
      run.push(item.number);
      continue;
    }
    flush();
    if (item.kind === 'operative') lines.push(`  op ${item.number ?? '(unnumbered)'} ${subsKey(item.subs)}`);
    else lines.push(`  ${token(item)}`);
  }
  flush();
  lines.push(`footnotes: ${structure.footnotes}; closings: ${structure.closings.join(' / ') || '(none)'}; annexes: ${structure.annexes.map((a) => `${a.name} (${a.numbers.length} numbered)`).join(', ') || '(none)'}`);
  return lines.join('\n');
}
