/** Help texts and the version (read from the package.json next to the program, bundled or not). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_CODES } from '../service';
import { CONFIG_NAME } from './config';
import { DEFAULT_MAX_SIZE, formatSize } from './readText';
import { TEXT_EXTENSIONS } from './inputs';

export function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'un-resolution' && pkg.version) return pkg.version;
    } catch {
      // not here: look further up
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

const MAIN = `Usage: un-resolution <command> [options]

Checks UN resolution texts and drafts (numbering, sub-paragraphs, footnotes, cross-references, punctuation).

Commands:
  check [FILES | FOLDERS | GLOBS | -]   report problems (add --fix to repair numbering)
  outline FILE | -                      print the structure of one document

Run "un-resolution <command> --help" for its options.
  -h, --help       this help
  -v, --version    print the version
`;

const CHECK = `Usage: un-resolution check [options] [FILES | FOLDERS | GLOBS | -]

Operands: files; folders (searched for ${TEXT_EXTENSIONS.map((e) => `*${e}`).join(', ')}, skipping node_modules and .git);
globs with *, ? and ** (quote them so the shell leaves them alone); - reads standard input.

Options:
  -f, --format FORMAT      text (default: file:line:col: severity code message), json, sarif
                           (SARIF 2.1.0 for GitHub code scanning) or github (workflow annotations)
      --rules LIST         code=severity,... with severity error, warning, information, hint or off
                           (may be repeated; wins over the configuration file)
  -c, --config FILE        read rule severities from FILE instead of the nearest ${CONFIG_NAME}
                           (searched from the working folder upwards): { "rules": { "operative-gap": "error" } }
      --no-config          ignore ${CONFIG_NAME}
      --fix                renumber in place what can be fixed safely (operative numbers and
                           sub-paragraph labels with their cross-references), then report what is left
      --dry-run            with --fix: print the changes as a unified diff (for patch -p1) instead
                           of the problems, and write nothing; the exit status is as after the fix
      --max-warnings N     also fail (exit 1) when there are more than N warnings (default: warnings never fail)
      --max-size SIZE      skip files larger than SIZE, e.g. 10M (default ${formatSize(DEFAULT_MAX_SIZE)})
  -j, --jobs N             check with N threads (default: the number of CPUs)
      --stdin-filename NAME  the name to report for standard input (default <stdin>)

Exit status:
  0  no error-severity problem (and no more warnings than --max-warnings)
  1  error-severity problems found, or too many warnings
  2  usage or configuration error, or an input that could not be checked or fixed
     (missing, unreadable, binary, over --max-size, or the fix could not be written);
     the other inputs are still checked. Text that is not valid UTF-8 is read as
     Windows-1252 with a notice; it is checked but never rewritten by --fix.

Rules (default severity):
${RULE_CODES.map((code) => `  ${code.padEnd(30)} ${RULES.get(code)!.severity.padEnd(12)} ${RULES.get(code)!.summary}`).join('\n')}
`;

const OUTLINE = `Usage: un-resolution outline [options] FILE | -

Prints the outline of one document (what an editor shows in its outline view) as an indented tree.

Options:
      --json               print the LSP DocumentSymbol[] instead
      --max-size SIZE      refuse files larger than SIZE (default ${formatSize(DEFAULT_MAX_SIZE)})
      --stdin-filename NAME  the name to report for standard input
`;

export function helpText(topic?: 'check' | 'outline'): string {
  return topic === 'check' ? CHECK : topic === 'outline' ? OUTLINE : MAIN;
}
