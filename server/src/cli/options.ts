/** The command line: sub-command, options and their validation. Every mistake is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_SIZE } from './readText';

export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  readonly inputs: string[];
  readonly format: Format;
  /** Raw `--rules` values, validated with the configuration file. */
  readonly rules: string[];
  readonly config?: string;
  readonly noConfig: boolean;
  readonly fix: boolean;
  readonly dryRun: boolean;
  /** -1: warnings never fail the run (the default). */
  readonly maxWarnings: number;
  readonly maxSize: number;
  readonly jobs: number;
  readonly stdinFilename: string;
}

export interface OutlineOptions {
  readonly input: string;
  readonly json: boolean;
  readonly maxSize: number;
  readonly stdinFilename: string;
}

export type Command =
  | { kind: 'help'; requested: boolean; topic?: 'check' | 'outline' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'outline'; options: OutlineOptions };

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'max-size': { type: 'string' },
  'stdin-filename': { type: 'string' },
} as const;

const CHECK = {
  ...COMMON,
  format: { type: 'string', short: 'f' },
  rules: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
} as const;

const OUTLINE = { ...COMMON, json: { type: 'boolean' } } as const;

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) return { kind: 'help', requested: false };
  if (name === '--help' || name === '-h' || name === 'help') return { kind: 'help', requested: true };
  if (name === '--version' || name === '-v') return { kind: 'version' };
  if (name === 'check') return parseCheck(rest);
  if (name === 'outline') return parseOutline(rest);
  throw new UsageError(`unknown command "${name}": use "check" or "outline" (see --help)`);
}

function parseCheck(args: string[]): Command {
  const { values, positionals } = parse(args, CHECK);
  if (values.help) return { kind: 'help', requested: true, topic: 'check' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0) throw new UsageError('check: no input; give files, folders, globs, or - for standard input');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run only goes with --fix');
  if (values.fix && !values['dry-run'] && positionals.includes('-')) {
    throw new UsageError('--fix cannot rewrite standard input; add --dry-run to see the changes as a diff');
  }
  if (values.config && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
  return {
    kind: 'check',
    options: {
      inputs: positionals,
      format,
      rules: values.rules ?? [],
      config: values.config,
      noConfig: values['no-config'] ?? false,
      fix: values.fix ?? false,
      dryRun: values['dry-run'] ?? false,
      maxWarnings: values['max-warnings'] === undefined ? -1 : integer('--max-warnings', values['max-warnings'], -1),
      maxSize: values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(values['max-size']),
      jobs: values.jobs === undefined ? availableParallelism() : integer('--jobs', values.jobs, 1),
      stdinFilename: values['stdin-filename'] ?? '<stdin>',
    },
  };
}

function parseOutline(args: string[]): Command {
  const { values, positionals } = parse(args, OUTLINE);
  if (values.help) return { kind: 'help', requested: true, topic: 'outline' };
  if (values.version) return { kind: 'version' };
  if (positionals.length !== 1) throw new UsageError(`outline: give exactly one file (or - for standard input), not ${positionals.length}`);
  return {
    kind: 'outline',
    options: {
      input: positionals[0],
      json: values.json ?? false,
      maxSize: values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(values['max-size']),
      stdinFilename: values['stdin-filename'] ?? '<stdin>',
    },
  };
}

type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<T extends Spec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains the problem ("Unknown option '--x'"); keep its words, drop its advice on "--".
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function integer(option: string, value: string, min: number): number {
  if (!/^-?\d+$/.test(value) || Number(value) < min) throw new UsageError(`${option}: "${value}" is not a whole number of at least ${min}`);
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "50M", "512k", "1.5GB" or a plain number of bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match && UNITS[match[2].toLowerCase()];
  if (!match || unit === undefined || unit === null) throw new UsageError(`--max-size: "${value}" is not a size such as 50M, 512k or 1000000`);
  return Math.floor(Number(match[1]) * unit);
}
