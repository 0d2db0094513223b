/** Hover Markdown for citations and the citation checks behind diagnostics. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service';
import { createCatalog } from '../../server/src/service/citations/catalog';
import { checkCitations } from '../../server/src/service/citations/checks';
import { hoverContent } from '../../server/src/service/citations/hoverContent';
import { findCitations } from '../../server/src/service/citations/recognize';
import type { Organ } from '../../server/src/service/syntax/nodes';

const CATALOG = [
  'A/RES/59/48\t2004-12-03\t65th plenary meeting\tw\tCombating *terrorism* [draft]',
  'S/RES/1373 (2001)\t2001-09-28\t4385th meeting\t15-0-0\ton threats to international peace and security',
  'decision 74/540 A-C\t2020-07-13\t\t\tBudget matters',
].join('\n');
const catalog = createCatalog(() => CATALOG);
const TODAY = '2025-11-27';

function first(text: string, organ: Organ = 'GA') {
  const [c] = findCitations(text, { organ });
  assert.ok(c, `no citation in ${text}`);
  return c;
}

function problems(text: string, today: string | Date = TODAY, organ: Organ = 'GA') {
  return checkCitations(findCitations(text, { organ }), catalog, today);
}

describe('hover content', () => {
  it('shows symbol, organ, session, catalogue facts, cited date and link', () => {
    const md = hoverContent(first('resolution 59/48 of 3 December 2004'), { catalog });
    assert.match(md, /^\*\*A\/RES\/59\/48\*\* · General Assembly resolution · 59th session/);
    assert.match(md, /\*Combating \\\*terrorism\\\* \\\[draft\\\]\*/);
    assert.match(md, /Adopted 3 December 2004 · 65th plenary meeting · without a vote/);
    assert.match(md, /Cited as of 3 December 2004/);
    assert.match(md, /\[undocs\.org\/A\/RES\/59\/48\]\(https:\/\/undocs\.org\/A\/RES\/59\/48\)/);
    assert.doesNotMatch(md, /⚠️/);
  });

  it('warns when the cited date contradicts the catalogue', () => {
    const md = hoverContent(first('resolution 59/48 of 2 December 2004'), { catalog });
    assert.match(md, /⚠️ The catalogue gives 3 December 2004 as the adoption date, not 2 December 2004\./);
  });

  it('shows votes as yes-no-abstain, years, pinpoints and workspace files', () => {
    const md = hoverContent(first('paragraph 4 (b) of resolution 1373 (2001)', 'SC'), {
      catalog,
      workspace: { uri: 'file:///w/S_RES_1373.txt', title: 'Resolution 1373 (2001)', firstOperative: 'Decides that all States shall prevent and suppress the financing of terrorist acts;' },
    });
    assert.match(md, /Security Council resolution · 2001/);
    assert.match(md, /Paragraph 4 \(b\)/);
    assert.match(md, /15-0-0 \(yes-no-abstain\)/);
    assert.match(md, /In this workspace: \[Resolution 1373 \(2001\)\]\(file:\/\/\/w\/S_RES_1373\.txt\) — “Decides that all States/);
  });

  it('describes sessions, decisions, documents and treaties without catalogue', () => {
    assert.match(hoverContent(first('resolution ES-11/4')), /General Assembly resolution · 11th emergency special session/);
    assert.match(hoverContent(first('resolution 217 A (III)')), /\*\*A\/RES\/217 \(III\) A\*\* · General Assembly resolution · 3rd session \(III\)/);
    const decision = hoverContent(first('its decision 74/540 B'), { catalog });
    assert.match(decision, /General Assembly decision · 74th session/);
    assert.match(decision, /Budget matters/);
    assert.doesNotMatch(decision, /undocs/);
    assert.match(hoverContent(first('See A/C.3/78/L.60/Rev.1.')), /^\*\*A\/C\.3\/78\/L\.60\/Rev\.1\*\* · General Assembly document\n\n\[undocs\.org/);
    assert.match(hoverContent(first('United Nations, Treaty Series, vol. 729, No. 10485')), /United Nations Treaty Series/);
  });
});

describe('citation checks', () => {
  it('reports a cited date that contradicts the catalogue, on the date text, with the fix', () => {
    const text = 'Recalling its resolution 59/48 of 1 December 2004,';
    const [p] = problems(text);
    assert.equal(p.code, 'citation-date-mismatch');
    assert.equal(text.slice(p.start, p.end), '1 December 2004');
    assert.deepEqual(p.data, { symbol: 'A/RES/59/48', citedDate: '2004-12-01', replacement: '3 December 2004', catalogDate: '2004-12-03' });
    assert.deepEqual(problems('resolution 59/48 of 3 December 2004'), []);
  });

  it('accepts the day after the catalogue date (a meeting past midnight)', () => {
    assert.deepEqual(problems('resolution 59/48 of 4 December 2004'), []);
  });

  it('does not take one part\u2019s date for another', () => {
    assert.deepEqual(problems('its decision 74/540 B of 13 April 2020'), []);
  });

  it('reports one resolution cited with two dates when the catalogue does not know it', () => {
    const text = 'resolution 60/1 of 16 September 2005 and, again, resolution 60/1 of 24 October 2005';
    const found = problems(text);
    assert.deepEqual(found.map((p) => p.code), ['citation-date-inconsistent']);
    assert.equal(text.slice(found[0].start, found[0].end), '24 October 2005');
    assert.equal(found[0].data.otherDate, '2005-09-16');
  });

  it('reports impossible symbols and dates', () => {
    const cases: Array<[string, Organ, RegExp]> = [
      ['resolution 12 (1945)', 'SC', /1945/],
      ['resolution 2999 (2099)', 'SC', /2099/],
      ['resolution 1373 (2011)', 'SC', /not adopted in 2011/],
      ['General Assembly resolution 99/1', 'GA', /99th session/],
      ['resolution 59/0', 'GA', /numbered from 1/],
      ['resolution 59/48 of 2 December 2006', 'GA', /outside/],
      ['General Assembly resolution 20/5', 'GA', /1514 \(XV\)/],
      ['Human Rights Council resolution 75/1', 'HRC', /75th session/],
      ['Commission on Human Rights resolution 2010/1', 'GA', /ended in 2006/],
      ['resolution 1373 (2001) of 28 September 2002', 'SC', /2002/],
      ['resolution 80/1 of 5 December 2025', 'GA', /has not come/],
    ];
    for (const [text, organ, message] of cases) {
      const found = problems(text, '2025-11-27', organ);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].code, 'citation-impossible', text);
      assert.match(found[0].message, message, text);
    }
  });

  it('accepts what is possible on the given day', () => {
    assert.deepEqual(problems('resolution 80/1 of 9 September 2025 and resolution 2800 (2025)', new Date('2025-11-27T12:00:00Z')), []);
    assert.equal(problems('resolution 80/1', '2025-06-01')[0]?.code, 'citation-impossible');
    assert.deepEqual(problems('Human Rights Council resolution 60/1 and resolution S-24/2, ES-11/4', TODAY), []);
  });

  it('does not check the symbol of a running page header, only citations in the text', () => {
    const service = createLanguageService({ today: () => new Date(`${TODAY}T12:00:00Z`) });
    const header = ['', 'A/RES/99/1', '25-00000', '2/3', ''];
    const text = ['The General Assembly,', '', '\tRecalling its resolution 59/48 of 3 December 2004 and the decisions it', ...header, 'took at that session,', '', '\t1.\tTakes note of resolution 99/1;'].join('\n');
    const found = service.diagnostics(text).filter((d) => d.code === 'citation-impossible');
    assert.deepEqual(found.map((d) => d.range.start.line), [text.split('\n').findIndex((line) => line.includes('Takes note'))]);
  });
});
