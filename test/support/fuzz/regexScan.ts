/**
 * Finds the regular expressions of the product code and builds adversarial inputs for each from
 * its own characters, to catch catastrophic (super-linear) backtracking.
 *
 * `extractRegexLiterals` is a small TypeScript scanner: it skips comments, string and template
 * literals, and reads a `/` as the start of a regex literal when the previous significant token
 * cannot end an expression (an operator, an opening bracket, a keyword such as `return`).
 *
 * `adversarialInputs` pumps the characters the regex mentions (class members, escapes, literal
 * runs): a long run of one unit, optionally after the regex's literal prefix and before a
 * character that makes the match fail at the end, which is where backtracking blows up.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RegexLiteral {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/** Every regex literal of a TypeScript source file. */
export function extractRegexLiterals(file: string, code = fs.readFileSync(file, 'utf8')): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let i = 0;
  /** The previous significant token: punctuation character, or a word. */
  let previous = '';
  /** Template literal nesting: brace depth at which each `${` was opened. */
  const templateBraces: number[] = [];
  let braceDepth = 0;
  const lineAt = (offset: number): number => code.slice(0, offset).split('\n').length;

  const skipString = (quote: string): void => {
    i++;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') i++;
      else if (code[i] === '\n') break;
      i++;
    }
    i++;
  };
  /** Skips template text up to the closing backtick or a `${`; returns true at `${`. */
  const skipTemplateText = (): boolean => {
    while (i < code.length) {
      if (code[i] === '\\') {
        i += 2;
        continue;
      }
      if (code[i] === '`') {
        i++;
        return false;
      }
      if (code[i] === '$' && code[i + 1] === '{') {
        i += 2;
        return true;
      }
      i++;
    }
    return false;
  };
  /** Reads template text; at a `${` the code inside is scanned like any other, to its `}`. */
  const readTemplateText = (): void => {
    if (skipTemplateText()) {
      templateBraces.push(braceDepth);
      braceDepth++;
      previous = '{';
    } else previous = 'string';
  };

  while (i < code.length) {
    const ch = code[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      skipString(ch);
      previous = 'string';
      continue;
    }
    if (ch === '`') {
      i++;
      readTemplateText();
      continue;
    }
    if (ch === '{') {
      braceDepth++;
      i++;
      previous = '{';
      continue;
    }
    if (ch === '}') {
      braceDepth--;
      i++;
      if (templateBraces.length && templateBraces[templateBraces.length - 1] === braceDepth) {
        templateBraces.pop();
        readTemplateText();
        continue;
      }
      previous = '}';
      continue;
    }
    if (/[A-Za-z_$0-9]/.test(ch)) {
      const start = i;
      while (i < code.length && /[A-Za-z_$0-9]/.test(code[i])) i++;
      previous = code.slice(start, i);
      continue;
    }
    if (ch === '/' && regexAllowedAfter(previous)) {
      const start = i;
      i++;
      let inClass = false;
      let ok = false;
      while (i < code.length && code[i] !== '\n') {
        const c = code[i];
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (inClass) {
          if (c === ']') inClass = false;
        } else if (c === '[') inClass = true;
        else if (c === '/') {
          ok = true;
          break;
        }
        i++;
      }
      if (ok) {
        const source = code.slice(start + 1, i);
        i++;
        const flagsStart = i;
        while (i < code.length && /[a-z]/.test(code[i])) i++;
        out.push({ file, line: lineAt(start), source, flags: code.slice(flagsStart, i) });
        previous = 'regex';
        continue;
      }
      i = start + 1;
      previous = '/';
      continue;
    }
    previous = ch;
    i++;
  }
  return out;
}

function regexAllowedAfter(previous: string): boolean {
  if (previous === '') return true;
  if (/^[A-Za-z_$0-9]/.test(previous)) return KEYWORDS_BEFORE_EXPRESSION.has(previous);
  if (previous === 'string' || previous === 'regex') return false;
  return !/^[)\]}]$/.test(previous);
}

// ---- adversarial inputs -----------------------------------------------------------------------

export interface RegexInputSpec {
  readonly prefix: string;
  readonly unit: string;
  readonly length: number;
  readonly suffix: string;
}

export function buildRegexInput(spec: RegexInputSpec): string {
  const count = Math.max(1, Math.floor((spec.length - spec.prefix.length - spec.suffix.length) / Math.max(1, spec.unit.length)));
  return spec.prefix + spec.unit.repeat(count) + spec.suffix;
}

/** Runs a regex the way the product code may: all matches when global, else one search. */
export function runRegex(source: string, flags: string, input: string): number {
  const t0 = performance.now();
  const regex = new RegExp(source, flags);
  if (flags.includes('g')) {
    regex.lastIndex = 0;
    for (let m = regex.exec(input); m !== null; m = regex.exec(input)) {
      if (m[0] === '') regex.lastIndex++;
    }
  } else {
    regex.lastIndex = 0;
    regex.exec(input);
  }
  return performance.now() - t0;
}

const ESCAPE_SAMPLES: Record<string, string[]> = {
  d: ['1', '0'],
  D: ['a', ' '],
  w: ['a', '_', '1'],
  W: [' ', '.'],
  s: [' ', '\t', '\n', '\u00a0'],
  S: ['a', '.'],
  b: [],
  B: [],
  n: ['\n'],
  r: ['\r'],
  t: ['\t'],
  f: ['\f'],
  v: ['\v'],
  0: ['\0'],
};

/** The characters a regex mentions, and the literal runs it contains (e.g. "plenary", "ODS "). */
export function alphabetOf(source: string, flags: string): { chars: string[]; runs: string[]; prefix: string } {
  const chars: string[] = [];
  const runs: string[] = [];
  let run = '';
  const add = (c: string): void => {
    if (c && !chars.includes(c)) chars.push(c);
  };
  const endRun = (): void => {
    if (run.length >= 2) runs.push(run);
    run = '';
  };
  const escapeChars = (s: string, at: number): { chars: string[]; length: number } => {
    const e = s[at + 1];
    if (e === 'u' && s[at + 2] === '{') {
      const end = s.indexOf('}', at);
      return { chars: [String.fromCodePoint(parseInt(s.slice(at + 3, end), 16))], length: end - at + 1 };
    }
    if (e === 'u') return { chars: [String.fromCharCode(parseInt(s.slice(at + 2, at + 6), 16))], length: 6 };
    if (e === 'x') return { chars: [String.fromCharCode(parseInt(s.slice(at + 2, at + 4), 16))], length: 4 };
    if (e === 'p' || e === 'P') {
      const end = s.indexOf('}', at);
      return { chars: e === 'p' ? ['a', 'Z', '1'] : [' ', '.'], length: end - at + 1 };
    }
    if (e === 'k') {
      const end = s.indexOf('>', at);
      return { chars: [], length: end - at + 1 };
    }
    if (e === 'c') return { chars: [String.fromCharCode(s.charCodeAt(at + 2) % 32)], length: 3 };
    if (/[1-9]/.test(e)) return { chars: [], length: 2 };
    return { chars: ESCAPE_SAMPLES[e] ?? [e], length: 2 };
  };
  /** One member of a character class at `j`: an escape or a plain character. */
  const classMember = (s: string, j: number): { chars: string[]; length: number } => (s[j] === '\\' ? escapeChars(s, j) : { chars: [s[j]], length: 1 });

  // The literal text the regex starts with after ^ (to reach the pumpable part).
  let prefix = '';
  let prefixOpen = true;
  let i = 0;
  if (source[0] === '^') i = 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const { chars: cs, length } = escapeChars(source, i);
      cs.forEach(add);
      if (cs.length === 1 && !/[dDwWsSpP]/.test(source[i + 1])) run += cs[0];
      else endRun();
      if (prefixOpen && cs.length === 1 && !/[dDwWsSpPbB]/.test(source[i + 1]) && !/[*+?{]/.test(source[i + length] ?? '')) prefix += cs[0];
      else prefixOpen = false;
      i += length;
      continue;
    }
    if (c === '[') {
      endRun();
      prefixOpen = false;
      const negated = source[i + 1] === '^';
      let j = i + (negated ? 2 : 1);
      const members: string[] = [];
      if (source[j] === ']') {
        members.push(']');
        j++;
      }
      while (j < source.length && source[j] !== ']') {
        const start = classMember(source, j);
        const first = start.chars;
        j += start.length;
        if (source[j] === '-' && source[j + 1] !== ']' && j + 1 < source.length && first.length === 1) {
          j++;
          const end = classMember(source, j);
          const last = end.chars;
          j += end.length;
          members.push(first[0]);
          if (last.length === 1) {
            members.push(last[0]);
            const mid = Math.floor((first[0].charCodeAt(0) + last[0].charCodeAt(0)) / 2);
            members.push(String.fromCharCode(mid));
          }
        } else members.push(...first);
      }
      if (negated) {
        // Characters the class accepts: pick a few common ones that are not excluded.
        const klass = new RegExp(source.slice(i, j + 1), flags.replace(/[gy]/g, ''));
        for (const candidate of ['a', 'A', '1', ' ', '.', '/', '(', '\n', 'é']) if (klass.test(candidate)) add(candidate);
      } else members.forEach(add);
      i = j + 1;
      continue;
    }
    if ('()|?*+{}^$.'.includes(c)) {
      endRun();
      if (c === '.') add('x');
      if (c === '(' && source[i + 1] === '?') {
        // Skip the group's marker: (?: (?= (?! (?<= (?<! (?<name>
        let j = i + 2;
        if (source[j] === '<' && source[j + 1] !== '=' && source[j + 1] !== '!') j = source.indexOf('>', j) + 1;
        else j += source[j] === '<' ? 2 : 1;
        i = j;
        prefixOpen = false;
        continue;
      }
      if (c === '{') {
        const end = source.indexOf('}', i);
        if (end > 0 && /^\{\d+(?:,\d*)?\}$/.test(source.slice(i, end + 1))) {
          i = end + 1;
          prefixOpen = false;
          continue;
        }
      }
      prefixOpen = false;
      i++;
      continue;
    }
    add(c);
    run += c;
    if (prefixOpen && !/[*+?{]/.test(source[i + 1] ?? '')) prefix += c;
    else prefixOpen = false;
    i++;
  }
  endRun();
  return { chars, runs, prefix };
}

/** Inputs for one regex: pumped units from its alphabet, with and without its literal prefix, ending in a failing character. */
export function adversarialInputs(source: string, flags: string, length: number, maxChars = 14): RegexInputSpec[] {
  const { chars, runs, prefix } = alphabetOf(source, flags);
  const alphabet = chars.slice(0, maxChars);
  const units = new Set<string>();
  for (const c of alphabet) units.add(c);
  for (let a = 0; a < alphabet.length; a++) for (let b = a + 1; b < alphabet.length; b++) units.add(alphabet[a] + alphabet[b]);
  for (const r of runs.slice(0, 12)) {
    units.add(r);
    units.add(r + ' ');
  }
  const specs: RegexInputSpec[] = [];
  const seen = new Set<string>();
  const push = (spec: RegexInputSpec): void => {
    const key = JSON.stringify(spec);
    if (!seen.has(key)) {
      seen.add(key);
      specs.push(spec);
    }
  };
  // The suffix makes the match fail at the very end (after `$`, `\s*$`, a closing bracket ...);
  // a letter and a digit fail where a negated class accepts NUL.
  for (const unit of units) {
    for (const suffix of unit.length === 1 ? ['\u0000', 'a', '1'] : ['\u0000', 'a']) {
      push({ prefix: '', unit, length, suffix });
      if (prefix) push({ prefix, unit, length, suffix });
    }
  }
  for (const c of alphabet) {
    push({ prefix: '', unit: c, length, suffix: '' });
    push({ prefix: '', unit: c, length, suffix: '\n' });
  }
  return specs;
}

/** Regexes of the files under a folder, with where they are. */
export function regexesUnder(files: readonly string[], root: string): Array<RegexLiteral & { where: string }> {
  return files.flatMap((file) => extractRegexLiterals(file).map((r) => ({ ...r, where: `${path.relative(root, file)}:${r.line}` })));
}
