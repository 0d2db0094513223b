/**
 * Diagnostics for a parsed resolution: runs every check once per document version, turns the
 * problems into LSP diagnostics with the user's severities, and offers the quick fixes.
 */
import type { CodeAction, Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { ResolutionTree, SyntaxNode } from '../syntax/nodes';
import type { LineIndex } from '../text/lineIndex';
import { nodeAt } from '../syntax/walk';
import type { OffsetEdit, Problem } from './problem';
import { numberingRuns, runForOffset, type NumberingRun } from './numbering';
import { findCrossReferences, type CrossReference } from './crossReferences';
import { Renumbering } from './renumber';
import { checkOperativeNumbering } from './operativeNumbering';
import { checkSubparagraphs, relabel, subparagraphLists } from './subparagraphChecks';
import { checkFootnotes } from './footnotes';
import { checkCrossReferences } from './crossReferenceCheck';
import { checkPartOfSpeech, checkPunctuation } from './styleChecks';
import { ruleDocUrl, type SeveritySetting } from './rules';

export { RULES, RULE_CODES, resolveSeverities, ruleDocUrl } from './rules';
export type { Problem, OffsetEdit } from './problem';

export const SOURCE = 'un-resolution';

/** Codes whose fixes "Fix all numbering" applies. */
const NUMBERING_CODES = new Set([
  'operative-gap',
  'operative-duplicate',
  'operative-out-of-order',
  'operative-start',
  'operative-restart',
  'operative-unnumbered',
  'operative-number-malformed',
  'subparagraph-sequence',
  'subparagraph-mixed-style',
  'subparagraph-label-malformed',
]);

const SCOPES = new Set<SyntaxNode['kind']>(['document', 'part', 'embedded']);
const ANNEX = new Set<SyntaxNode['kind']>(['annex']);

export class Analysis {
  readonly runs: NumberingRun[];
  readonly references: Array<{ reference: CrossReference; run: NumberingRun | undefined }>;
  readonly renumbering: Renumbering;
  readonly problems: Problem[];

  constructor(readonly tree: ResolutionTree) {
    const { root, text } = tree;
    this.runs = numberingRuns(root);
    // References inside an annex speak of the annex's own paragraphs, which are not checked.
    this.references = findCrossReferences(text)
      .filter((reference) => !nodeAt(root, reference.start, ANNEX))
      .map((reference) => ({ reference, run: runForOffset(this.runs, nodeAt(root, reference.start, SCOPES), reference.start) }));
    this.renumbering = new Renumbering(text, this.runs, this.references);
    this.problems = [
      ...checkOperativeNumbering(this.runs, text, this.renumbering),
      ...checkSubparagraphs(root, text),
      ...checkFootnotes(root, text),
      ...checkCrossReferences(this.references),
      ...checkPunctuation(root, text),
      ...checkPartOfSpeech(root, text),
    ].sort((a, b) => a.start - b.start);
  }

  /** The run that holds the paragraph at `offset` (or the first one), for the Renumber command. */
  runAt(offset: number): NumberingRun | undefined {
    return runForOffset(this.runs, nodeAt(this.tree.root, offset, SCOPES), offset) ?? this.runs[0];
  }

  /** One edit that fixes every numbering problem: runs renumbered, labels repaired, lists relettered. */
  fixAllNumbering(): OffsetEdit[] {
    const edits: OffsetEdit[] = [];
    const faulty = this.problems.filter((problem) => NUMBERING_CODES.has(problem.code));
    for (const run of this.runs) {
      if (faulty.some((problem) => run.paragraphs.some((p) => p.start <= problem.start && problem.start < p.end) && problem.code.startsWith('operative'))) {
        edits.push(...this.renumbering.runEdits(run));
      }
    }
    for (const list of subparagraphLists(this.tree.root)) {
      if (faulty.some((problem) => problem.code.startsWith('subparagraph') && list.some((item) => item.label!.start === problem.start))) edits.push(...relabel(list));
    }
    return normalizeEdits(edits);
  }
}

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

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostics(analysis: Analysis, lines: LineIndex, severities: ReadonlyMap<string, SeveritySetting>, uri?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const problem of analysis.problems) {
    const severity = severities.get(problem.code) ?? 'warning';
    if (severity === 'off') continue;
    const diagnostic: Diagnostic = {
      range: lines.rangeOf(problem.start, Math.max(problem.start, problem.end)),
      severity: SEVERITY[severity],
      code: problem.code,
      codeDescription: { href: ruleDocUrl(problem.code) },
      source: SOURCE,
      message: problem.message,
      data: { code: problem.code, start: problem.start },
    };
    if (uri && problem.related) {
      diagnostic.relatedInformation = problem.related.map((related) => ({ location: { uri, range: lines.rangeOf(related.start, related.end) }, message: related.message }));
    }
    out.push(diagnostic);
  }
  return out;
}

export interface CodeActionContext {
  readonly uri: string;
  /** Offer "Ignore this rule" (the client knows the command that writes the setting). */
  readonly canIgnoreRules: boolean;
}

/** Quick fixes for the problems in `range`, plus the "Fix all numbering" source action. */
export function codeActions(analysis: Analysis, lines: LineIndex, range: Range, context: CodeActionContext, only?: readonly string[]): CodeAction[] {
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const wants = (kind: string): boolean => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.') || o.startsWith(kind));
  const actions: CodeAction[] = [];
  const edit = (edits: readonly OffsetEdit[]) => ({ changes: { [context.uri]: normalizeEdits(edits).map((e) => ({ range: lines.rangeOf(e.start, e.end), newText: e.newText })) } });
  if (wants('quickfix')) {
    const seen = new Set<string>();
    for (const problem of analysis.problems) {
      if (problem.end < start || problem.start > end) continue;
      const diagnostic = { range: lines.rangeOf(problem.start, problem.end), message: problem.message, code: problem.code, source: SOURCE };
      for (const fix of problem.fixes?.() ?? []) {
        const key = `${fix.title}|${fix.edits.map((e) => `${e.start}:${e.end}:${e.newText}`).join(',')}`;
        if (seen.has(key) || fix.edits.length === 0) continue;
        seen.add(key);
        actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: fix.preferred, edit: edit(fix.edits) });
      }
      if (context.canIgnoreRules) {
        const title = `Ignore "${problem.code}" in this workspace`;
        if (!seen.has(title)) {
          seen.add(title);
          actions.push({ title, kind: 'quickfix', diagnostics: [diagnostic], command: { title, command: 'unResolution.ignoreRule', arguments: [problem.code] } });
        }
      }
    }
  }
  if (wants('source.fixAll')) {
    const edits = analysis.fixAllNumbering();
    if (edits.length) actions.push({ title: 'Fix all numbering', kind: 'source.fixAll.unResolution', edit: edit(edits) });
  }
  return actions;
}
