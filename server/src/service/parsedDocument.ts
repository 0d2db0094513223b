/**
 * A parsed document: its tree and line index, computed once per text version; citations and
 * checks are computed on first need and kept with it.
 */
import type { ResolutionTree } from './syntax/nodes';
import { parseResolution } from './syntax/parser';
import { LineIndex } from './text/lineIndex';
import { Analysis, type AnalysisContext } from './diagnostics/analysis';
import { findCitations } from './citations/recognize';
import { readableText } from './citations/readableText';
import type { Citation } from './citations/types';

export class ParsedDocument {
  private analysisCache: Analysis | undefined;
  private citationsCache: Citation[] | undefined;
  readonly lines: LineIndex;

  constructor(
    readonly tree: ResolutionTree,
    private readonly context: AnalysisContext = {},
  ) {
    this.lines = new LineIndex(tree.text);
  }

  /** Every citation, sorted by offset. */
  get citations(): Citation[] {
    return (this.citationsCache ??= findCitations(readableText(this.tree), { organ: this.tree.organ }));
  }

  get analysis(): Analysis {
    return (this.analysisCache ??= new Analysis(this.tree, () => this.citations, this.context));
  }
}

export function parseDocument(text: string, context?: AnalysisContext): ParsedDocument {
  return new ParsedDocument(parseResolution(text), context);
}
