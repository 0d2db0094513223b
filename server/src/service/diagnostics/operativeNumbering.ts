/**
 * Checks operative paragraph numbers: gaps, duplicates, numbers out of order, a sequence that
 * does not start at 1, a restart inside a scope, unnumbered paragraphs among numbered ones, and
 * malformed numbers. Each problem lands on the label of the paragraph where the fault is.
 */
import type { LabelDefect, SyntaxNode } from '../syntax/nodes';
import type { Fix, Problem } from './problem';
import { isNegotiated, type NumberingRun } from './numbering';
import { checkNegotiatedLabels } from './negotiationLabels';
import type { Renumbering } from './renumber';
import { matchLeadPhrase } from '../phrases/leadPhrases';

const DEFECT_MESSAGES: Record<LabelDefect, string> = {
  'missing-period': 'has no full stop after the number',
  'detached-period': 'has a space before its full stop',
  'letter-for-digit': 'is typed with the letter "l" instead of the digit 1',
  'invisible-character': 'is followed by an invisible character',
  'parenthesis-for-period': 'ends with ")" instead of a full stop',
  'missing-open-parenthesis': 'is missing its opening parenthesis',
  'missing-close-parenthesis': 'is missing its closing parenthesis',
};

export function checkOperativeNumbering(runs: readonly NumberingRun[], text: string, renumbering: Renumbering): Problem[] {
  const problems: Problem[] = [];
  for (const run of runs) {
    const numbered = run.paragraphs.filter((p) => p.label);
    if (isNegotiated(run)) {
      checkNegotiatedLabels(numbered, 'operative', problems);
      checkUnnumbered(run, numbered.length, text, problems, undefined);
      continue;
    }
    // One fix for the whole run, computed once however many problems offer it.
    let cached: Fix[] | undefined;
    const fix = (): Fix[] => (cached ??= [renumbering.renumberRun(run)]);
    checkSequence(numbered, problems, fix);
    checkUnnumbered(run, numbered.length, text, problems, fix);
  }
  for (const run of runs) for (const paragraph of run.paragraphs) checkMalformed(paragraph, problems, renumbering);
  return problems;
}

function checkSequence(numbered: SyntaxNode[], problems: Problem[], fix: Problem['fixes']): void {
  let previous: SyntaxNode | undefined;
  let highest = 0;
  for (let i = 0; i < numbered.length; i++) {
    const paragraph = numbered[i];
    const label = paragraph.label!;
    const n = label.value;
    const at = { start: label.start, end: label.end };
    const next = numbered[i + 1]?.label?.value;
    if (!previous) {
      if (n !== 1) problems.push({ code: 'operative-start', ...at, message: `Operative numbering starts at ${n}, not at 1.`, fixes: fix });
    } else if (n === highest + 1) {
      // In order.
    } else if (n === highest) {
      problems.push({
        code: 'operative-duplicate',
        ...at,
        message: `Paragraph ${n} is numbered twice.`,
        related: [{ start: previous.label!.start, end: previous.label!.end, message: `Paragraph ${n} is first numbered here.` }],
        fixes: fix,
      });
    } else if (n === 1) {
      problems.push({ code: 'operative-restart', ...at, message: `Numbering restarts at 1 after paragraph ${highest}, with no new section, part or annex in between.`, fixes: fix });
    } else if (n === highest + 2 && next === highest + 1) {
      // Two numbers swapped: report the pair once each, without calling the first a gap.
      problems.push({ code: 'operative-out-of-order', ...at, message: `Paragraph ${n} comes before paragraph ${highest + 1}: the two numbers are swapped.`, fixes: fix });
    } else if (n > highest + 1) {
      const missing = n - 1 === highest + 1 ? `paragraph ${highest + 1} is missing` : `paragraphs ${highest + 1} to ${n - 1} are missing`;
      problems.push({ code: 'operative-gap', ...at, message: `Paragraph ${n} follows paragraph ${highest}: ${missing}.`, fixes: fix });
    } else {
      problems.push({ code: 'operative-out-of-order', ...at, message: `Paragraph ${n} comes after paragraph ${highest}: the numbers are out of order.`, fixes: fix });
    }
    highest = Math.max(highest, n);
    previous = paragraph;
  }
}

/**
 * An unnumbered paragraph among numbered ones. A single unnumbered operative paragraph is normal,
 * and so is one per section in budget resolutions; what is flagged is a paragraph that opens
 * with an operative verb and stands in the same place as numbered paragraphs.
 */
function checkUnnumbered(run: NumberingRun, numberedCount: number, text: string, problems: Problem[], fix: Problem['fixes']): void {
  if (numberedCount === 0) return;
  for (const paragraph of run.paragraphs) {
    if (!lacksNumber(run, paragraph, text)) continue;
    const firstLine = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80)).split(/\r?\n/)[0];
    problems.push({
      code: 'operative-unnumbered',
      start: paragraph.start,
      end: paragraph.start + firstLine.length,
      message: 'This operative paragraph has no number, while the paragraphs around it are numbered.',
      fixes: fix,
    });
  }
}

/**
 * An operative paragraph that should carry a number: it opens with an operative verb and stands
 * between numbered paragraphs of the same place. (An unnumbered chapeau or title is a style.)
 */
export function lacksNumber(run: NumberingRun, paragraph: SyntaxNode, text: string): boolean {
  if (paragraph.label || !opensWithOperativeVerb(paragraph, text)) return false;
  const parent = run.parents.get(paragraph);
  if (!parent) return false;
  const { first, last } = numberedBounds(parent);
  return first < paragraph.start && paragraph.start < last;
}

/** Start offsets of the first and last numbered operative paragraphs under a node, computed once. */
const boundsCache = new WeakMap<SyntaxNode, { first: number; last: number }>();
function numberedBounds(parent: SyntaxNode): { first: number; last: number } {
  let bounds = boundsCache.get(parent);
  if (!bounds) {
    const numbered = parent.children.filter((node) => node.kind === 'operative' && node.label !== undefined);
    bounds = numbered.length ? { first: numbered[0].start, last: numbered[numbered.length - 1].start } : { first: Infinity, last: -Infinity };
    boundsCache.set(parent, bounds);
  }
  return bounds;
}

function opensWithOperativeVerb(paragraph: SyntaxNode, text: string): boolean {
  const start = paragraph.contentStart ?? paragraph.start;
  return matchLeadPhrase(text.slice(start, start + 80))?.kind === 'operative';
}

function checkMalformed(paragraph: SyntaxNode, problems: Problem[], renumbering: Renumbering): void {
  const label = paragraph.label;
  if (!label || label.defects.length === 0) return;
  const what = label.defects.map((defect) => DEFECT_MESSAGES[defect]).join(' and ');
  problems.push({
    code: 'operative-number-malformed',
    start: label.start,
    end: Math.max(label.end, paragraph.contentStart ?? label.end),
    message: `The number "${label.text.trim()}" ${what}; it should read "${label.normalized}".`,
    fixes: () => [renumbering.repairLabel(paragraph)],
  });
}
