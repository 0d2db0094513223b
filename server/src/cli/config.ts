/**
 * Rule severities from `.unresolutionrc.json` (found upward from the working folder, or named with
 * --config) and from `--rules code=severity,...`, which wins. Unlike the editor, which ignores a bad
 * setting, the command line refuses it: a typo in CI should fail loudly, not check less.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CODES } from '../service';
import type { SeveritySetting } from '../service/diagnostics/rules';
import { UsageError } from './options';

export const CONFIG_NAME = '.unresolutionrc.json';
const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export type RuleSettings = Record<string, SeveritySetting>;

export interface ResolvedConfig {
  readonly rules: RuleSettings;
  /** The configuration file used, if any. */
  readonly file?: string;
}

export function resolveConfig(cwd: string, options: { config?: string; noConfig: boolean; rules: readonly string[] }): ResolvedConfig {
  const file = options.noConfig ? undefined : options.config ? path.resolve(cwd, options.config) : findConfig(cwd);
  const fromFile = file ? loadConfigFile(file) : {};
  const fromFlags = Object.assign({}, ...options.rules.map((value) => parseRulesFlag(value)));
  return { rules: { ...fromFile, ...fromFlags }, file };
}

/** The nearest `.unresolutionrc.json` in `start` or a folder above it. */
export function findConfig(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadConfigFile(file: string): RuleSettings {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ? `cannot read it (${(error as NodeJS.ErrnoException).code})` : `invalid JSON: ${(error as Error).message}`;
    throw new UsageError(`${file}: ${reason}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${file}: expected an object such as { "rules": { "operative-gap": "error" } }`);
  const problems: string[] = [];
  for (const key of Object.keys(data)) if (key !== 'rules' && key !== '$schema') problems.push(`unknown key "${key}" (only "rules" is read)`);
  const rules = (data as { rules?: unknown }).rules ?? {};
  const settings: RuleSettings = {};
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) {
    problems.push('"rules" must be an object of { "rule-code": "severity" }');
  } else {
    for (const [code, value] of Object.entries(rules)) {
      const problem = checkEntry(code, value);
      if (problem) problems.push(problem);
      else settings[code] = value as SeveritySetting;
    }
  }
  if (problems.length > 0) throw new UsageError(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return settings;
}

/** "operative-gap=error,footnote-order=off" */
export function parseRulesFlag(value: string): RuleSettings {
  const settings: RuleSettings = {};
  const problems: string[] = [];
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^([^=]+)=(.*)$/.exec(item);
    if (!match) {
      problems.push(`"${item}" is not code=severity`);
      continue;
    }
    const [code, severity] = [match[1].trim(), match[2].trim()];
    const problem = checkEntry(code, severity);
    if (problem) problems.push(problem);
    else settings[code] = severity as SeveritySetting;
  }
  if (problems.length > 0) throw new UsageError(`--rules:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return settings;
}

function checkEntry(code: string, value: unknown): string | undefined {
  if (!RULE_CODES.includes(code)) {
    const near = closest(code, RULE_CODES);
    return `unknown rule "${code}"${near ? ` (did you mean "${near}"?)` : ''}; see --help for the list`;
  }
  if (!SETTINGS.includes(value as SeveritySetting)) return `"${code}": severity ${JSON.stringify(value)} is not one of ${SETTINGS.join(', ')}`;
  return undefined;
}

/** The known code nearest to a typo (edit distance at most 3), if any. */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
