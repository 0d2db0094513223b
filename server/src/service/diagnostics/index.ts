/**
 * Diagnostics for a parsed resolution: runs every check once per document version, turns the
 * problems into LSP diagnostics with the user's severities, and offers the quick fixes.
 */
import type { CodeAction, Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../text/lineIndex';
import type { OffsetEdit } from './problem';
import type { DocumentAnalysis } from './sessionAnalysis';
import { normalizeEdits } from './edits';
import { ruleDocUrl, type SeveritySetting } from './rules';

export { RULES, RULE_CODES, resolveSeverities, ruleDocUrl } from './rules';
export type { Problem, OffsetEdit } from './problem';
export { Analysis } from './analysis';
export type { AnalysisContext } from './analysis';
export { normalizeEdits } from './edits';

export const SOURCE = 'un-resolution';


/** Bounds for texts with thousands of faults (a pasted table, a fuzzer): the first ones are what a drafter reads. */
const MAX_PROBLEMS_PER_REQUEST = 200;
const MAX_DIAGNOSTICS = 5000;

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostics(analysis: DocumentAnalysis, lines: LineIndex, severities: ReadonlyMap<string, SeveritySetting>, uri?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const problem of analysis.problems) {
    if (out.length >= MAX_DIAGNOSTICS) break;
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
export function codeActions(analysis: DocumentAnalysis, lines: LineIndex, range: Range, context: CodeActionContext, only?: readonly string[]): CodeAction[] {
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const wants = (kind: string): boolean => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.') || o.startsWith(kind));
  const actions: CodeAction[] = [];
  const edit = (edits: readonly OffsetEdit[]) => ({ changes: { [context.uri]: normalizeEdits(edits).map((e) => ({ range: lines.rangeOf(e.start, e.end), newText: e.newText })) } });
  if (wants('quickfix')) {
    const seen = new Set<unknown>();
    let considered = 0;
    for (const problem of analysis.problems) {
      if (problem.end < start || problem.start > end) continue;
      // A selection over a whole broken text offers the same few fixes: stop looking after a while.
      if (++considered > MAX_PROBLEMS_PER_REQUEST) break;
      const diagnostic = { range: lines.rangeOf(problem.start, problem.end), message: problem.message, code: problem.code, source: SOURCE };
      for (const fix of problem.fixes?.() ?? []) {
        // Problems of one run share one fix object: offer it once.
        if (seen.has(fix) || fix.edits.length === 0) continue;
        seen.add(fix);
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
