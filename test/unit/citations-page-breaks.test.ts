/**
 * Citations read across the page furniture of a PDF copy: a page break may fall inside the name
 * of the body that adopted a resolution, or inside a list of resolutions. The running header,
 * job number and page number between are no words of the sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/service';
import { layoutKept } from '../support/layouts';

const service = createLanguageService();

/** A draft whose paragraph `before` + `after` is broken by a page's furniture, in the export's layout or as pdftotext -layout sets it. */
function brokenParagraph(before: string, after: string): string[] {
  const lines = (furniture: string[]): string =>
    [
      'Resolution adopted by the General Assembly on 5 December 2023', '', '99/1.\tOceans and the law of the sea', '', '\tThe General Assembly,', '',
      '\tRecalling its resolution 75/1 of 21 September 2020,', '', `\t1.\t${before}`, '', ...furniture, '', after, '', '\t2.\tDecides to remain seized of the matter.', '',
    ].join('\n');
  return [
    lines(['A/RES/99/1', 'Oceans and the law of the sea', '', '25-00000', '2/2']),
    lines(['      25-00000                                        2/2', '\fA/RES/99/1            Oceans and the law of the sea']),
  ];
}

test('an organ name broken by a page break still names its body: no impossible General Assembly resolution', () => {
  for (const text of brokenParagraph('Welcomes the decision of the United Nations Environment', 'Assembly, in paragraph 1 of its resolution 5/14, to convene a committee;')) {
    const impossible = service.diagnostics(text).filter((d) => d.code === 'citation-impossible');
    assert.deepEqual(impossible.map((d) => d.message), [], JSON.stringify(text));
  }
});

test('a list of resolutions runs on across a page break', () => {
  for (const text of brokenParagraph('Recalls its resolutions 73/1 and', '74/2 of 5 December 2019, and decides to continue;')) {
    const linked = service.documentLinks(text).map((link) => link.target);
    assert.ok(linked.some((target) => target?.endsWith('A/RES/74/2')), `${JSON.stringify(linked)} in ${JSON.stringify(text)}`);
  }
});

test('page furniture spread on one line by a layout-keeping extraction is no text', () => {
  const copy = layoutKept(['The General Assembly,', '\tRecalling its resolution 75/1,', ...Array.from({ length: 30 }, (_, i) => `${i + 1}.\tDecides to take action number ${i + 1} in the matter of the programme of work;`)].join('\n'), { width: 60, pageEvery: 20, symbol: 'A/RES/99/1', title: 'A title of the resolution' });
  assert.ok(/^ {6}25-00000 {3,}\d+\/\d+$/m.test(copy) && /^\fA\/RES\/99\/1 {3,}A title/m.test(copy), 'the copy spreads its furniture');
  const outline = service.outline(copy);
  const names = JSON.stringify(outline);
  assert.ok(!names.includes('25-00000') && !names.includes('A title of the resolution'), names.slice(0, 400));
  assert.equal(outline.find((symbol) => symbol.name !== 'Preamble' && /^1\./.test(symbol.name)) !== undefined || names.includes('"1. Decides'), true);
});

test('a page break between "its" and "decision" leaves the decision with the body the sentence speaks of', () => {
  for (const text of brokenParagraph(
    'Approves posts to support the activities mandated by the Human Rights Council in its resolution 51/30 of 7 October 2022 and its',
    '\tdecision 51/101 of 6 October 2022;',
  )) {
    const linked = service.documentLinks(text).map((link) => link.target);
    assert.ok(linked.some((target) => target?.endsWith('A/HRC/DEC/51/101')), `${JSON.stringify(linked)} in ${JSON.stringify(text)}`);
    assert.deepEqual(service.diagnostics(text).filter((d) => d.code === 'citation-impossible').map((d) => d.message), []);
  }
});
