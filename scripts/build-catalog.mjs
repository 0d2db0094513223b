// Builds assets/catalog.tsv, the compact resolution catalogue behind citation hovers, from the
// shared catalogue (../shared/catalog/un_resolutions_catalog.tsv, or the path given).
//
//   node scripts/build-catalog.mjs [path/to/un_resolutions_catalog.tsv]
//
// Keys are canonical symbols exactly as the citation recognizer writes them (canonicalKey in
// server/src/service/citations/symbols.ts, loaded through esbuild so the rules live in one place).
// Rows of one symbol from several sources are merged; roll-call ids of sessions 1–30 ("R/1/66"),
// which name no resolution, are dropped, as are the agenda, committee and source columns.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(process.argv[2] ?? path.join(repo, '..', 'shared', 'catalog', 'un_resolutions_catalog.tsv'));
const output = path.join(repo, 'assets', 'catalog.tsv');

const { canonicalKey } = await loadTs('server/src/service/citations/symbols.ts');
const { CATALOG_COLUMNS, encodeVote } = await loadTs('server/src/service/citations/catalogFormat.ts');

/** Column index by header name, set by main(). */
let col = {};

/** Source preference when rows disagree or are incomplete: the UN's own data first. */
const SOURCE_RANK = [/^UNxml\//, /^intreleng-research\//, /^wannli\//, /^dgrtwo\//];

function toRow(f) {
  const organ = f[col.organ];
  const adoption = f[col.adoption_type] ?? '';
  if (organ === 'GA-rollcall' && /\b(?:amend|para)=1\b/.test(adoption)) return undefined; // a vote on an amendment or a paragraph
  return {
    rank: rankOf(f[col.source]),
    title: titleOf(f, organ),
    // Roll-call dates of dgrtwo/unvotes disagree with the resolutions' own texts more often than
    // not (A/RES/47/19: 3 vs 24 November 1992); only the UN's dates are kept.
    date: organ === 'GA-rollcall' ? '' : f[col.adoption_date],
    meeting: meetingOf(f[col.meeting]),
    vote: encodeVote(organ === 'GA-rollcall' ? 'recorded vote' : adoption, f[col.yes], f[col.no], f[col.abstain]),
  };
}

/** Library catalogue titles end in a statement of responsibility: "… : resolution / adopted by the General Assembly". */
const RESPONSIBILITY = /^(.*?)\s*:\s*resolution\s*\/\s*adopted by the General Assembly.*$/;

/** A hover shows one line: long titles are cut at a word boundary. */
const MAX_TITLE = 160;

/** Roll-call rows carry a short upper-case label; their description is the real title when it reads like one. */
function titleOf(f, organ) {
  let title = f[col.title] ?? '';
  const described = RESPONSIBILITY.exec(organ === 'GA-rollcall' ? f[col.agenda] ?? '' : '');
  if (described) title = described[1];
  title = title.replace(RESPONSIBILITY, '$1');
  // SC rows before 2000 have no title, only the agenda topic.
  if (!title && organ === 'SC') title = f[col.agenda] ?? '';
  return shorten(clean(title));
}

function shorten(title) {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** "S/PV.4385" → "4385th meeting", the form of the other sources. */
function meetingOf(raw) {
  const m = /^S\/PV\.(\d+)/.exec(raw ?? '');
  if (!m) return /^N\.?\/?A\.?\s/.test(raw ?? '') ? '' : raw ?? '';
  const n = Number(m[1]);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix} meeting`;
}

function rankOf(source) {
  const i = SOURCE_RANK.findIndex((re) => re.test(source ?? ''));
  return i < 0 ? SOURCE_RANK.length : i;
}

function mergeRows(a, b) {
  const [first, second] = a.rank <= b.rank ? [a, b] : [b, a];
  const out = { rank: first.rank };
  for (const c of CATALOG_COLUMNS.slice(1)) out[c] = first[c] || second[c];
  return out;
}

function clean(s) {
  return (s ?? '').replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

async function loadTs(file) {
  const { outputFiles } = await esbuild.build({
    entryPoints: [path.join(repo, file)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

function main() {
  const lines = readFileSync(input, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const header = lines.shift().split('\t');
  col = Object.fromEntries(header.map((name, i) => [name, i]));

  const merged = new Map();
  let dropped = 0;
  for (const line of lines) {
    const f = line.split('\t');
    const key = canonicalKey(f[col.symbol]);
    if (!key) {
      dropped++;
      continue;
    }
    const row = toRow(f);
    if (!row) continue;
    const prev = merged.get(key);
    merged.set(key, prev ? mergeRows(prev, row) : row);
  }

  const body = [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([key, r]) => [key, ...CATALOG_COLUMNS.slice(1).map((c) => clean(r[c]))].join('\t'));
  const banner = [
    '# UN resolutions catalogue for citation hovers. Source: United Nations (UNxml data extracts,',
    '# UN Library Security Council meeting tables), wannli/mandate-pipeline GA decisions, and',
    '# dgrtwo/unvotes roll calls (MIT). See NOTICE. Built by scripts/build-catalog.mjs.',
    `# ${CATALOG_COLUMNS.join('\t')}`,
  ];
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, `${[...banner, ...body].join('\n')}\n`);
  console.log(`catalog: ${merged.size} symbols (${dropped} rows without a resolution symbol dropped) -> ${path.relative(repo, output)}`);
}

main();
