/**
 * A parsed document: its tree and line index, computed once per text version; citations and
 * checks are computed on first need and kept with it.
 *
 * A session's compilation is parsed and checked one resolution at a time (syntax/sessions.ts).
 * Parsing the next version of a text reuses every resolution whose text did not change, with its
 * checks: typing in one resolution of a multi-megabyte volume re-parses and re-checks only that
 * resolution, which keeps the keystroke path fast.
 */
import type { ResolutionTree } from './syntax/nodes';
import { parseOneResolution } from './syntax/parser';
import { resolutionStarts } from './syntax/sessions';
import { mergeSessionTrees, shiftedSpan } from './syntax/sessionTree';
import { LineIndex } from './text/lineIndex';
import { Analysis, FULL_ANALYSIS_LIMIT, type AnalysisContext } from './diagnostics/analysis';
import { lastAtOrBefore, partAt, SessionAnalysis, type DocumentAnalysis } from './diagnostics/sessionAnalysis';
import { findCitations } from './citations/recognize';
import { readableText } from './citations/readableText';
import type { Citation } from './citations/types';

/** One resolution, parsed and checked on its own: its offsets count from its own start. */
export class ParsedResolution {
  private analysisCache: Analysis | undefined;
  private citationsCache: Citation[] | undefined;
  private aloneCache: ParsedDocument | undefined;
  private readonly memos = new Map<string, unknown>();
  readonly lines: LineIndex;

  constructor(
    readonly tree: ResolutionTree,
    private readonly context: AnalysisContext,
    /** The length of the whole document, which decides how fully it is checked. */
    readonly documentLength: number,
  ) {
    this.lines = new LineIndex(tree.text);
  }

  /** Every citation, sorted by offset. */
  get citations(): Citation[] {
    return (this.citationsCache ??= findCitations(readableText(this.tree), { organ: this.tree.organ }));
  }

  get analysis(): Analysis {
    return (this.analysisCache ??= new Analysis(this.tree, () => this.citations, this.context, this.documentLength));
  }

  /** The resolution as a document of its own, for the features that answer at a position. */
  get alone(): ParsedDocument {
    return (this.aloneCache ??= new ParsedDocument(this.tree.text, [{ start: 0, resolution: this }]));
  }

  /**
   * A feature's result for this resolution (its folds), kept with it: a later version
   * of a session that reuses the resolution reuses the result too.
   */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }
}

/** A resolution of the document and where its text starts. */
export interface Segment {
  readonly start: number;
  readonly resolution: ParsedResolution;
}

export class ParsedDocument {
  private treeCache: ResolutionTree | undefined;
  private linesCache: LineIndex | undefined;
  private citationsCache: Citation[] | undefined;
  private analysisCache: DocumentAnalysis | undefined;
  private segmentLinesCache: number[] | undefined;

  /** `segments` in text order, the first at offset 0; one for a single resolution. */
  constructor(
    readonly text: string,
    readonly segments: readonly Segment[],
  ) {}

  private get single(): ParsedResolution | undefined {
    return this.segments.length === 1 ? this.segments[0].resolution : undefined;
  }

  get tree(): ResolutionTree {
    return (this.treeCache ??= this.single?.tree ?? mergeSessionTrees(this.text, this.segments.map(({ start, resolution }) => ({ start, tree: resolution.tree }))));
  }

  get lines(): LineIndex {
    return (this.linesCache ??= this.single?.lines ?? new LineIndex(this.text));
  }

  /** Every citation, sorted by offset. */
  get citations(): Citation[] {
    return (this.citationsCache ??=
      this.single?.citations ??
      this.segments.flatMap(({ start, resolution }) => resolution.citations.map((citation) => shiftedCitation(citation, start))));
  }

  get analysis(): DocumentAnalysis {
    return (this.analysisCache ??= this.single?.analysis ?? new SessionAnalysis(this.segments.map(({ start, resolution }) => ({ start, analysis: resolution.analysis }))));
  }

  /** The line each resolution starts on (each starts a line). */
  get segmentLines(): readonly number[] {
    if (this.segmentLinesCache) return this.segmentLinesCache;
    const lines = [0];
    for (const { resolution } of this.segments.slice(0, -1)) lines.push(lines[lines.length - 1] + resolution.lines.lineCount - 1);
    return (this.segmentLinesCache = lines);
  }

  /** The resolution whose text holds the offset. */
  segmentAt(offset: number): Segment {
    return partAt(this.segments, offset);
  }

  /** The resolution that holds the line, and the line it starts on. */
  resolutionAtLine(line: number): { resolution: ParsedResolution; line: number } {
    const lines = this.segmentLines;
    const index = lastAtOrBefore(lines.length, (i) => lines[i], line);
    return { resolution: this.segments[index].resolution, line: lines[index] };
  }
}

/**
 * Parses `text`; with the document's previous version, the resolutions whose text is unchanged
 * are taken from it, parses and checks included.
 */
export function parseDocument(text: string, context: AnalysisContext = {}, previous?: ParsedDocument): ParsedDocument {
  const starts = resolutionStarts(text);
  const reusable = previous?.segments ?? [];
  // Unchanged resolutions keep their place before the edit and their place from the end after it.
  const fromEnd = reusable.length - starts.length;
  const segments = starts.map((start, i): Segment => {
    const own = text.slice(start, starts[i + 1] ?? text.length);
    const kept = sameText(reusable[i], own, text.length) ?? sameText(reusable[i + fromEnd], own, text.length);
    return { start, resolution: kept ?? new ParsedResolution(parseOneResolution(own), context, text.length) };
  });
  return new ParsedDocument(text, segments);
}

function sameText(segment: Segment | undefined, text: string, documentLength: number): ParsedResolution | undefined {
  const resolution = segment?.resolution;
  if (resolution?.tree.text !== text) return undefined;
  // Crossing the size limit changes how much is checked.
  const limited = (length: number): boolean => length > FULL_ANALYSIS_LIMIT;
  return limited(resolution.documentLength) === limited(documentLength) ? resolution : undefined;
}

function shiftedCitation(citation: Citation, delta: number): Citation {
  if (delta === 0) return citation;
  const shifted = shiftedSpan(citation, delta);
  if (citation.dateStart !== undefined) shifted.dateStart = citation.dateStart + delta;
  if (citation.dateEnd !== undefined) shifted.dateEnd = citation.dateEnd + delta;
  return shifted;
}
