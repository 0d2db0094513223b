/**
 * Checks one input: read it, optionally fix its numbering (in place, or as a diff), and list the
 * problems that remain. Runs in a worker thread or inline; everything it returns is plain data.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyEdits, createLanguageService, type LanguageService, type ParsedDocument } from '../service';
import { bundledCatalog } from '../catalogAsset';
import type { RuleSettings } from './config';
import { decodeText, readTextFile, type ReadResult } from './readText';
import { replaceFile, WriteError } from './atomicWrite';
import { unifiedDiff } from './diff';

export interface CheckSettings {
  readonly rules: RuleSettings;
  readonly fix: boolean;
  readonly dryRun: boolean;
  readonly maxSize: number;
}

/** One input to check: a file path, or the bytes read from standard input. */
export interface CheckTask {
  readonly index: number;
  readonly display: string;
  readonly path?: string;
  readonly bytes?: Uint8Array;
}

export type Problem = Pick<Diagnostic, 'range' | 'code'> & { severity: 1 | 2 | 3 | 4; message: string };

export interface FixSummary {
  readonly edits: number;
  /** 1-based lines of the original text that the fix changes. */
  readonly lines: number[];
  /** Written to disk (false under --dry-run or when writing failed). */
  readonly written: boolean;
}

export interface FileReport {
  readonly display: string;
  readonly problems: Problem[];
  /** Why the input could not be checked or fixed: the run exits 2. */
  readonly failure?: string;
  /** Worth telling but not a failure (e.g. read as Windows-1252). */
  readonly notice?: string;
  readonly fix?: FixSummary;
  readonly diff?: string;
}

let sharedService: LanguageService | undefined;

export function checkTask(task: CheckTask, settings: CheckSettings): FileReport {
  // The same catalogue as the editor, so the command line reports the same citation dates.
  const service = (sharedService ??= createLanguageService({ catalog: bundledCatalog() }));
  const read: ReadResult = task.bytes ? decodeText(task.bytes, undefined, settings.maxSize) : readTextFile(task.path!, settings.maxSize);
  if (!read.ok) return { display: task.display, problems: [], failure: read.message };
  try {
    let text = read.text;
    // The parse made for the fix is reused for the problems when the fix changed nothing.
    let parsed: ParsedDocument | undefined;
    let failure: string | undefined;
    let fix: FixSummary | undefined;
    let diff: string | undefined;
    if (settings.fix) {
      const doc = (parsed = service.parse(text));
      const edits = service.fixAllNumbering(doc);
      const fixed = applyEdits(text, edits);
      const lines = [...new Set(edits.map((edit) => doc.lines.positionAt(edit.start).line + 1))];
      if (fixed !== text) {
        if (settings.dryRun) {
          diff = unifiedDiff(text, fixed, `a/${task.display}`, `b/${task.display}`);
          fix = { edits: edits.length, lines, written: false };
          text = fixed;
          parsed = undefined;
        } else if (!read.utf8) {
          failure = 'not fixed: the file is not valid UTF-8, and writing it back would change other bytes';
        } else {
          try {
            replaceFile(task.path!, (read.bom ? '\uFEFF' : '') + fixed, read.stamp);
            fix = { edits: edits.length, lines, written: true };
            text = fixed;
            parsed = undefined;
          } catch (error) {
            if (!(error instanceof WriteError)) throw error;
            failure = error.message;
          }
        }
      }
    }
    // Problems are those left in the text as it now stands (after a fix, if one was made).
    return { display: task.display, problems: problemsOf(service, parsed ?? text, settings.rules), failure, notice: read.notice, fix, diff };
  } catch (error) {
    return { display: task.display, problems: [], failure: `internal error: ${(error as Error).stack ?? error}` };
  }
}

function problemsOf(service: LanguageService, input: string | ParsedDocument, rules: RuleSettings): Problem[] {
  return service.diagnostics(input, rules).map(({ range, severity, code, message }) => ({
    range,
    severity: (severity ?? 2) as Problem['severity'],
    code,
    message: typeof message === 'string' ? message : message.value,
  }));
}
