/**
 * `npm run bench:check`: judges the figures of the last bench run (.test-artifacts/bench.json)
 * against the targets and exits non-zero when one is missed. Verdicts are recomputed from the
 * figures, so a changed target needs no new run.
 */
import * as fs from 'node:fs';
import { benchJson } from './paths';
import { verdictTable } from './report';
import type { BenchResult } from './results';
import { evaluate } from './targets';

if (!fs.existsSync(benchJson)) {
  console.error(`no ${benchJson}: run \`npm run bench\` first`);
  process.exit(2);
}
const result = JSON.parse(fs.readFileSync(benchJson, 'utf8')) as BenchResult;
const verdicts = evaluate(result);
console.log(verdictTable(verdicts));
if (result.meta.quick) console.log('\nnote: these figures come from a --quick run');
const missed = verdicts.filter((v) => !v.pass && !v.advisory);
console.log(missed.length ? `\n${missed.length} target(s) missed: ${missed.map((v) => v.id).join(', ')}` : '\nall targets met');
process.exit(missed.length ? 1 : 0);
