/** The output formats of `check`: each prints per file as results arrive, or everything at the end. */
import type { FileReport } from '../checkFile';
import type { Format } from '../options';
import type { Summary } from '../summary';
import { textFile } from './text';
import { githubFile } from './github';
import { jsonDocument } from './json';
import { sarifDocument } from './sarif';

export interface RunInfo {
  readonly cwd: string;
  readonly version: string;
  readonly summary: Summary;
}

export interface Formatter {
  /** Text for one file, printed in input order as soon as it is known. */
  file?(report: FileReport): string;
  /** Text for the whole run, printed last. */
  end?(reports: readonly FileReport[], run: RunInfo): string;
}

export function formatter(format: Format): Formatter {
  switch (format) {
    case 'text':
      return { file: textFile };
    case 'github':
      return { file: githubFile };
    case 'json':
      return { end: jsonDocument };
    case 'sarif':
      return { end: sarifDocument };
  }
}
