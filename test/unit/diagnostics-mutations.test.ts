/**
 * Mutation tests on real texts: faults are put into a varied, deterministic sample of corpus txt
 * files (delete an operative paragraph, duplicate or swap numbers, skip or repeat a sub-paragraph
 * letter, write a footnote marker with no note, refer to a missing paragraph), in every layout
 * (original TABs, spaces, CRLF, hard-wrapped with page headers, as PDF text extraction gives it,
 * as a PDF viewer copies it).
 * The diagnostic must land on the line where the fault was made, computed from the edit; and "Fix
 * all numbering" on each mutated text must leave no numbering diagnostic and change nothing but
 * numbers, labels and references (a number may be added only to a paragraph flagged as unnumbered).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, createLanguageService } from '../../server/src/service';
import { corpusFiles } from '../support/paths';
import { MUTATORS, layouts, symbolOf } from '../support/diagnostics/mutations';
import { NUMBERING_CODE, describe, labelsAdded, linesOf, maskNumbering } from '../support/diagnostics/text';

const service = createLanguageService();
const SAMPLE_SIZE = 20;
/** Larger texts only slow the run down; the sample stays varied below this size. */
const MAX_SIZE = 70_000;

/** Files with at least six numbered operative paragraphs, spread evenly over the sorted list (all organs). */
function sample(): string[] {
  const candidates = corpusFiles('txt').filter((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return text.length <= MAX_SIZE && (text.match(/^\t\d{1,3}\.\t/gm) ?? []).length >= 6;
  });
  const step = candidates.length / SAMPLE_SIZE;
  return range(SAMPLE_SIZE).map((i) => candidates[Math.floor(i * step + step / 2)]).filter((f, i, all) => f && all.indexOf(f) === i);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

const FILES = sample();

test('the sample is varied: twenty files from every organ, with lists and footnotes to mutate', () => {
  assert.equal(FILES.length, SAMPLE_SIZE);
  const organs = new Set(FILES.map((f) => path.basename(f).replace(/_(?:RES_)?\d.*$/, '')));
  assert.ok(organs.size >= 4, `organs: ${[...organs].join(', ')}`);
  const counts = new Map<string, number>();
  for (const file of FILES) {
    const tree = service.parse(fs.readFileSync(file, 'utf8')).tree;
    for (const mutate of MUTATORS) if (mutate(tree)) counts.set(mutate.name, (counts.get(mutate.name) ?? 0) + 1);
  }
  for (const mutate of MUTATORS) assert.ok((counts.get(mutate.name) ?? 0) >= 5, `${mutate.name} applies to ${counts.get(mutate.name) ?? 0} files`);
});

for (const file of FILES) {
  const name = path.basename(file);
  const original = fs.readFileSync(file, 'utf8');
  const tree = service.parse(original).tree;
  for (const mutate of MUTATORS) {
    const mutation = mutate(tree);
    if (!mutation) continue;
    test(`${name}: ${mutation.name} → ${mutation.code} on its line, in every layout; Fix all numbering settles it`, () => {
      const failures: string[] = [];
      for (const layout of layouts(symbolOf(path.basename(file, '.txt')))) {
        const text = layout.apply(mutation.text);
        const doc = service.parse(text);
        const diagnostics = service.diagnostics(doc);
        const wanted = [...new Set(mutation.at.map((offset) => layout.lineOf(mutation.text, offset)))].sort((a, b) => a - b);
        const got = [...new Set(diagnostics.filter((d) => d.code === mutation.code).map((d) => d.range.start.line))].sort((a, b) => a - b);
        const missing = wanted.filter((line) => !got.includes(line));
        if (missing.length) {
          failures.push(`${layout.name}: ${mutation.code} expected on line(s) ${wanted.map((l) => l + 1).join(', ')}, got ${describe(diagnostics.filter((d) => (d.severity ?? 1) <= 2)).join(' ') || 'nothing'}`);
        }
        const fixed = applyEdits(text, service.fixAllNumbering(doc));
        const left = service.diagnostics(fixed).filter((d) => NUMBERING_CODE.test(String(d.code)));
        if (left.length) failures.push(`${layout.name}: after Fix all numbering: ${describe(left).join(' ')}`);
        if (maskNumbering(fixed) !== maskNumbering(text)) failures.push(`${layout.name}: Fix all numbering changed more than numbers, labels and references`);
        const unnumbered = new Set(diagnostics.filter((d) => d.code === 'operative-unnumbered').map((d) => d.range.start.line));
        const added = labelsAdded(text, fixed, unnumbered);
        if (added.length) {
          const lines = linesOf(fixed);
          failures.push(`${layout.name}: Fix all numbering numbered lines no diagnostic flagged: ${added.slice(0, 3).map((i) => `${i + 1} "${lines[i]?.trim().slice(0, 50)}"`).join('; ')}${added.length > 3 ? ` and ${added.length - 3} more` : ''}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }
}
