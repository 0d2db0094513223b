/**
 * The scanners that try a lookbehind-heavy regex only at some offsets (citations before their
 * anchors, footnote markers at digit runs that can end one) find exactly what trying every
 * offset finds. Texts are made of fragments that sit near every boundary of those shortcuts:
 * symbols, numbers with part letters, keywords, treaty references, glued digits, quotes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Candidates } from '../../server/src/service/citations/candidates';
import { SCANNER, scanAt } from '../../server/src/service/citations/recognize';
import { findMarkers, GLUED } from '../../server/src/service/diagnostics/footnotes';
import { KEYWORD, keywordMatches } from '../../server/src/service/diagnostics/crossReferences';
import type { SyntaxNode } from '../../server/src/service/syntax/nodes';
import { fragmentTexts as texts } from '../support/fragmentTexts';

/** Offsets where the scanner matched, resuming past each match, trying offsets from `offered`. */
function scannerMatches(text: string, offered: (tryAt: (at: number) => number | undefined) => void): number[] {
  const scanner = new RegExp(SCANNER.source, 'y');
  const found: number[] = [];
  offered((at) => {
    scanner.lastIndex = at;
    if (!scanner.exec(text)) return undefined;
    found.push(at);
    return Math.max(scanner.lastIndex, at + 1);
  });
  return found;
}

function everyOffset(text: string): (tryAt: (at: number) => number | undefined) => void {
  return (tryAt) => {
    for (let at = 0, done = 0; at < text.length; at++) if (at >= done) done = tryAt(at) ?? at + 1;
  };
}

function candidatesOf(text: string): (tryAt: (at: number) => number | undefined) => void {
  return (tryAt) => {
    const candidates = new Candidates(text);
    for (let at = candidates.take(), resume = 0; at >= 0; at = candidates.take(resume)) resume = tryAt(at) ?? 0;
  };
}

const CITATION_FRAGMENTS = [
  'resolution', 'Resolutions', 'decision', 'decisions ', '59/48', ' 1373 (2001)', '(2001)', '217 A (III)', ' A and B ', ' to D ',
  '(XXX)', 'ES-11/4', 'S-24/2', 'A/RES/67/15', 'UNEP/', 'A/C.3/78/L.60/Rev.1', ' (Sect. 26)', 'United Nations, Treaty Series, vol. 729, No. 10485',
  'Ibid., vol. 1249, No. 20378', 'Treaty', ' of 2 December 2004', ', ', ' and ', '\n', '\r\n', '  ', 'xUnited Nations, Treaty Series, vol. 1, No. 2',
  'ABCDEFG/1', '1/2', '12345/6', '(', ')', '/', 'e', 'esolution', 'its ', 'the General Assembly ', '\u2011', '\u0410', '\u0412 ', ' on ', '2012,1', '_', '.',
];

describe('citation scanner offsets', () => {
  it('finds, before anchors only, the matches of a scan of every offset', () => {
    for (const text of texts(CITATION_FRAGMENTS, 4000, 42)) {
      assert.deepEqual(scannerMatches(text, candidatesOf(text)), scannerMatches(text, everyOffset(text)), JSON.stringify(text));
    }
  });

  it('matches at each offset what the scanner of every alternative matches, with the scanner its first character picks', () => {
    const scanner = new RegExp(SCANNER.source, 'y');
    let matches = 0;
    for (const text of texts([...CITATION_FRAGMENTS, 'ES-11/4 ', 'S\u2010VII', 'Sa'], 2000, 9)) {
      for (let at = 0; at < text.length; at++) {
        scanner.lastIndex = at;
        const expected = scanner.exec(text)?.[0];
        const { match } = scanAt(text, at);
        assert.equal(match?.[0], expected, `${JSON.stringify(text)} at ${at}`);
        if (expected !== undefined) matches++;
      }
    }
    assert.ok(matches > 2000, `${matches} matches`);
  });

  it('reads a long run of anchor-free text and of anchors alike in linear time', () => {
    for (const text of ['1 '.repeat(200_000) + '(', 'A'.repeat(400_000) + '/', '('.repeat(400_000), '/'.repeat(400_000)]) {
      let offered = 0;
      candidatesOf(text)(() => (offered++, undefined));
      assert.ok(offered <= text.length, `${offered} offers`);
    }
  });
});

/** No fragment forms an abbreviation before a number ("Rev.1"): those numbers are dropped on purpose. */
const MARKER_FRAGMENTS = ['a', 'Z', '1', '12', '123', '2004', '20171', '201724', '19991', ' ', '\n', '.', ',', ';', ':', ')', '(', ']', '[^3]', '[^12]', '\u2019', '\u201d', '"', '/', 'km2', 'x', '\u2013', '\u00a0', '-', '_'];

/** Reference: a marker is the first GLUED match among the last three offsets of a digit run (or a "[^n]"), in `text` read alone. */
function markersTryingEveryOffset(text: string): number[] {
  const found: number[] = [];
  for (const run of text.matchAll(/\d+|\[\^\d{1,3}\]/g)) {
    const end = run.index + run[0].length;
    for (let start = run[0][0] === '[' ? run.index : Math.max(run.index, end - 3); start < end; start++) {
      GLUED.lastIndex = start;
      if (GLUED.exec(text)) {
        found.push(start);
        break;
      }
    }
  }
  return found;
}

describe('footnote marker offsets', () => {
  it('finds, at digit runs that can hold a marker, the markers of GLUED tried at every offset of each run', () => {
    for (const text of texts(MARKER_FRAGMENTS, 20_000, 7)) {
      const root = { kind: 'paragraph', start: 0, end: text.length, children: [] } as unknown as SyntaxNode;
      // No fragment spells a reference ("Rev.1", "No. 4"), whose numbers findMarkers drops.
      assert.deepEqual(findMarkers(root, text).map((marker) => marker.start), markersTryingEveryOffset(text), JSON.stringify(text));
    }
  });

  it('reads each stretch between notes and artefacts as a text of its own, whatever stands beyond its edges', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const text of texts([...MARKER_FRAGMENTS, 'abcdefghij', 'Resolution 12'], 20_000, 5)) {
      // Notes and artefacts cut the paragraph into stretches at random offsets, even inside a run of digits.
      const children: SyntaxNode[] = [];
      for (let at = Math.floor(next() * 12); at < text.length; at += 1 + Math.floor(next() * 16)) {
        const end = Math.min(text.length, at + 1 + Math.floor(next() * 6));
        children.push({ kind: next() < 0.5 ? 'footnote' : 'artefact', start: at, end, children: [] } as unknown as SyntaxNode);
        at = end;
      }
      const root = { kind: 'paragraph', start: 0, end: text.length, children } as unknown as SyntaxNode;
      const expected: number[] = [];
      let position = 0;
      for (const stretchEnd of [...children.map((child) => child.start), text.length]) {
        expected.push(...markersTryingEveryOffset(text.slice(position, stretchEnd)).map((at) => at + position));
        position = children.find((child) => child.start === stretchEnd)?.end ?? position;
      }
      assert.deepEqual(findMarkers(root, text).map((marker) => marker.start), expected, JSON.stringify({ text, children: children.map((c) => [c.start, c.end]) }));
    }
  });
});

const REFERENCE_FRAGMENTS = [
  'paragraph', 'Paragraphs', 'PARAGRAPH', 'sub', 'sub-', 'subparagraph', 'subparagraphs (a) and (b) of ', 'sub-paragraph (c) of ', 'Subparagraph (d) of ', 'paragraph 3 above', ' 3', ' 12', ' (a)',
  ' to ', ' and ', ', ', ' of the present resolution', ' above', 'aragraph', 'p', 'a', '\n', ' ', '5 (b)', ' of ', 'x',
];

describe('cross-reference keyword offsets', () => {
  it('finds, before each "aragraph", the keywords a scan of the whole text finds', () => {
    for (const text of texts(REFERENCE_FRAGMENTS, 20_000, 3)) {
      const whole = new RegExp(KEYWORD.source, 'gi');
      const expected = [...text.matchAll(whole)].map((m) => [m.index, m[0]]);
      const found: Array<[number, string]> = [];
      const matches = keywordMatches(text);
      for (let next = matches.next(0); !next.done; next = matches.next(0)) found.push([next.value.index, next.value[0]]);
      assert.deepEqual(found, expected, JSON.stringify(text));
    }
  });
});
