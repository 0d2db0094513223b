/**
 * The sentence and paragraph breaks that end a citation's topic ("Human Rights Council
 * resolutions …, in particular resolution 24/8") are read by hand over the stretch between two
 * citations. They must be exactly those of the patterns they stand for, applied to the stretch
 * alone, with quoted titles taken out first: checked here on fragment texts and on stretches of
 * every corpus text, cut at random.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hasBreak, hasSentenceBreak } from '../../server/src/service/citations/topic';
import { MONTH } from '../../server/src/service/citations/patterns';
import { corpusPairs } from '../support/sharedCorpus';
import { fragmentTexts } from '../support/fragmentTexts';

// The patterns as they were written before the hand-written reader: the oracle.
const PARAGRAPH = '[;:]|\\.\\s+(?=[A-Z(])|\\n\\t|,[ \\t]*\\r?\\n[ \\t]+[A-Z]|\\n[ \\t]*\\d{1,3}\\.\\s';
const BREAK = new RegExp(`${PARAGRAPH}|\\n[ \\t]*\\r?\\n|\\n[ \\t]*\\d{1,3}[ \\t]+(?!${MONTH})[A-Z]`);
const SENTENCE_BREAK = new RegExp(PARAGRAPH);
const QUOTED = /\u201c[^\u201c\u201d]{0,400}\u201d/g;
const expectedBreak = (stretch: string): boolean => BREAK.test(stretch.replace(QUOTED, '“”'));
const expectedSentenceBreak = (stretch: string): boolean => SENTENCE_BREAK.test(stretch.replace(QUOTED, '“”'));

const FRAGMENTS = [
  ';', ':', '.', '. ', '.\n', ' ', '\t', '\n', '\r\n', '\n\t', '\n  ', ',', ', ', ',\n', ',\r\n  ', 'Recalling', 'x', '(', ')',
  '1', '12', '123', '1234', '12.', '12. ', '\n2 December 2004', '\n150 Resolution', '\n3 Dec', '\nJune', 'December', 'Ju',
  '“', '”', '“Global solidarity: a title.”', '“open', 'x'.repeat(398), '\u00a0', '\u2009', 'A', 'e',
  '\n123. ', '\n123 Decides', '\n1234. ', '\n1234 Decides', '\n 12 January', '\n\t12 Janus', '\n12\tJ',
];

function assertSame(text: string, from: number, to: number): void {
  const stretch = text.slice(from, to);
  assert.equal(hasBreak(text, from, to), expectedBreak(stretch), `break in ${JSON.stringify(stretch)}`);
  assert.equal(hasSentenceBreak(text, from, to), expectedSentenceBreak(stretch), `sentence break in ${JSON.stringify(stretch)}`);
}

describe('topic breaks', () => {
  it('are those of the patterns on fragment texts, read whole and in part', () => {
    let breaks = 0;
    for (const text of fragmentTexts(FRAGMENTS, 20_000, 11)) {
      assertSame(text, 0, text.length);
      const from = text.length >> 2;
      const to = text.length - (text.length >> 3);
      assertSame(text, from, to);
      if (expectedBreak(text)) breaks++;
    }
    // Both answers occur often, or the comparison proves little.
    assert.ok(breaks > 2_000 && breaks < 18_000, `${breaks} texts of 20,000 have a break`);
  });

  it('skip quoted titles up to 400 characters long, and end nothing past the stretch', () => {
    const quoted = (inside: number): string => `“${'x'.repeat(inside - 1)}:”`;
    assert.equal(hasBreak(quoted(400)), false);
    assert.equal(hasBreak(quoted(401)), true);
    assert.equal(hasBreak('a “b: c” d'), false);
    assert.equal(hasBreak('a “b “c: d” e'), false);
    assert.equal(hasBreak('a “b: c'), true);
    assert.equal(hasBreak('\n123. Decides'), true);
    assert.equal(hasBreak('\n1234 Decides'), false);
    assert.equal(hasBreak('\n150 Resolution'), true);
    assert.equal(hasBreak('\n2 December 2004'), false);
    assert.equal(hasSentenceBreak('\n150 Resolution'), false);
    assert.equal(hasBreak('x. Recalling', 0, 3), false);
    assert.equal(hasBreak('x. Recalling', 0, 4), true);
    assert.equal(hasBreak('\n2 Dec', 0, 6), true);
  });

  it('are those of the patterns on stretches of every corpus text', () => {
    let state = 5;
    const next = (n: number): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
    let stretches = 0;
    for (const pair of corpusPairs()) {
      const text = readFileSync(pair.txtPath, 'utf8');
      for (let i = 0; i < 60; i++) {
        const from = next(text.length);
        assertSame(text, from, Math.min(text.length, from + 1 + next(i % 3 === 0 ? 2000 : 120)));
        stretches++;
      }
    }
    assert.ok(stretches > 5_000);
  });
});
