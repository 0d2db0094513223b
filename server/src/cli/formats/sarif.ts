/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning uploads it. Paths are relative to the
 * working folder (the repository root in CI) under %SRCROOT%; problems become results, inputs that
 * could not be checked become tool notifications and mark the run unsuccessful.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReport } from '../checkFile';
import { RULES, RULE_CODES } from '../../service';
import { ruleDocUrl } from '../../service/diagnostics/rules';
import type { RunInfo } from './index';
import { regionOf } from './positions';
import { oneLine } from './text';

const LEVEL = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' } as const;
const RULE_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const INFORMATION_URI = ruleDocUrl('').replace(/#$/, '');

export function sarifDocument(reports: readonly FileReport[], run: RunInfo): string {
  const rules = RULE_CODES.map((code) => {
    const rule = RULES.get(code)!;
    return { id: code, shortDescription: { text: rule.summary }, helpUri: ruleDocUrl(code), defaultConfiguration: { level: RULE_LEVEL[rule.severity] } };
  });
  const results = reports.flatMap((report) =>
    report.problems.map((problem) => ({
      ruleId: String(problem.code),
      ruleIndex: RULE_CODES.indexOf(String(problem.code)),
      level: LEVEL[problem.severity],
      message: { text: oneLine(problem.message) },
      locations: [{ physicalLocation: { artifactLocation: artifact(report.display), region: regionOf(problem) } }],
    })),
  );
  const notifications = reports.flatMap((report) => [
    ...(report.failure ? [{ level: 'error', message: { text: `${report.display}: ${report.failure}` }, locations: [{ physicalLocation: { artifactLocation: artifact(report.display) } }] }] : []),
    ...(report.notice ? [{ level: 'warning', message: { text: `${report.display}: ${report.notice}` }, locations: [{ physicalLocation: { artifactLocation: artifact(report.display) } }] }] : []),
  ]);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'un-resolution', version: run.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(run.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: run.summary.failures === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A relative, percent-encoded URI under %SRCROOT%, or a file: URI for paths outside it. */
function artifact(display: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(display)) return { uri: pathToFileURL(display).href };
  return { uri: display.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
