/**
 * In-process latency of the pure language service: parse, parse+outline from text (what the first
 * request after opening costs) and every feature over a parsed document, each next to the baseline
 * on the same text.
 */
import { createLanguageService } from '../../server/src/service';
import { baseline } from './baseline';
import { MB, TYPICAL_LIMIT_BYTES, type BenchDocument } from './corpus';
import { featureTasks } from './features';
import { median, ratio, sampleRounds, timeOnce, type RoundOptions, type Summary, type Task } from './stats';

export interface TaskFigure extends Summary {
  /** Median of this task over median of the baseline on the same text. */
  ratio: number;
}

export interface DocumentLatency {
  name: string;
  bytes: number;
  tasks: Record<string, TaskFigure>;
  /** Parse throughput, MB/s of UTF-8 text. */
  parseMBps: number;
  /** Features that threw on this text, with the message: reported, not timed. */
  errors: Record<string, string>;
}

const service = createLanguageService();

export const BASELINE = 'baseline';
export const PARSE = 'parse';
export const PARSE_OUTLINE = 'parse+outline';

/** Drops the tasks that throw (a feature not finished yet must not take the whole bench down). */
async function runnable(tasks: Record<string, Task>, errors: Record<string, string>): Promise<Record<string, Task>> {
  const kept: Record<string, Task> = {};
  for (const [name, task] of Object.entries(tasks)) {
    try {
      await timeOnce(task);
      kept[name] = task;
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
    }
  }
  return kept;
}

export async function measureDocument(doc: BenchDocument, options: RoundOptions): Promise<DocumentLatency> {
  const { text } = doc;
  const errors: Record<string, string> = {};
  const tasks = await runnable(
    {
      [BASELINE]: () => baseline(text),
      [PARSE]: () => service.parse(text),
      [PARSE_OUTLINE]: () => service.outline(text),
      ...featureTasks(service, service.parse(text)),
    },
    errors,
  );
  const summaries = await sampleRounds(tasks, options);
  const base = summaries[BASELINE];
  const figures = Object.fromEntries(Object.entries(summaries).map(([name, s]) => [name, { ...s, ratio: ratio(s, base) }]));
  const parseMs = summaries[PARSE]?.medianMs ?? NaN;
  return { name: doc.name, bytes: doc.bytes, tasks: figures, parseMBps: doc.bytes / MB / (parseMs / 1000), errors };
}

export interface CorpusLatency {
  documents: number;
  typicalDocuments: number;
  /** Median parse throughput over the typical documents, MB/s. */
  typicalParseMBps: number;
  /** Per task: medians over the typical (< 100 KB) documents of their own median, p95 and ratio. */
  typical: Record<string, { medianMs: number; p95Ms: number | null; ratio: number }>;
  /** Per task: the document with the slowest median. */
  worst: Record<string, { name: string; bytes: number; medianMs: number; ratio: number }>;
  perDocument: DocumentLatency[];
}

export async function measureCorpus(corpus: readonly BenchDocument[], options: RoundOptions): Promise<CorpusLatency> {
  const perDocument: DocumentLatency[] = [];
  for (const doc of corpus) perDocument.push(await measureDocument(doc, options));
  const typicalDocs = perDocument.filter((d) => d.bytes < TYPICAL_LIMIT_BYTES);
  const taskNames = [...new Set(perDocument.flatMap((d) => Object.keys(d.tasks)))];
  const typical: CorpusLatency['typical'] = {};
  const worst: CorpusLatency['worst'] = {};
  for (const task of taskNames) {
    const figures = typicalDocs.map((d) => d.tasks[task]).filter(Boolean);
    const p95s = figures.map((f) => f.p95Ms).filter((p): p is number => p !== null);
    typical[task] = {
      medianMs: median(figures.map((f) => f.medianMs)),
      p95Ms: p95s.length ? median(p95s) : null,
      ratio: median(figures.map((f) => f.ratio)),
    };
    const slowest = perDocument.filter((d) => d.tasks[task]).reduce((a, b) => (b.tasks[task].medianMs > a.tasks[task].medianMs ? b : a));
    worst[task] = { name: slowest.name, bytes: slowest.bytes, medianMs: slowest.tasks[task].medianMs, ratio: slowest.tasks[task].ratio };
  }
  const typicalParseMBps = median(typicalDocs.map((d) => d.parseMBps));
  return { documents: perDocument.length, typicalDocuments: typicalDocs.length, typicalParseMBps, typical, worst, perDocument };
}
