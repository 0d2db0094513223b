/** Citation recognition: every form of FORMAT_SPEC §7, layouts, false-positive traps, hostile input. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Organ } from '../../server/src/service/syntax/nodes';
import { findCitations } from '../../server/src/service/citations/recognize';
import type { Citation } from '../../server/src/service/citations/types';

function cite(text: string, organ: Organ = 'GA'): Citation[] {
  const found = findCitations(text, { organ });
  for (const c of found) assert.ok(c.start < c.end && c.end <= text.length, `range ${c.start}-${c.end}`);
  return found;
}

/** Anchor text and symbol of each citation. */
function pairs(text: string, organ: Organ = 'GA'): Array<[string, string]> {
  return cite(text, organ).map((c) => [text.slice(c.start, c.end), c.symbol]);
}

function symbols(text: string, organ: Organ = 'GA'): string[] {
  return cite(text, organ).map((c) => c.symbol);
}

describe('General Assembly resolutions', () => {
  it('reads "resolution 59/48 of 2 December 2004" with its date, link and ranges', () => {
    const text = 'Recalling its resolution 59/48 of 2 December 2004,';
    const [c] = cite(text);
    assert.equal(text.slice(c.start, c.end), '59/48');
    assert.equal(c.kind, 'resolution');
    assert.equal(c.organ, 'GA');
    assert.equal(c.symbol, 'A/RES/59/48');
    assert.equal(c.session, '59');
    assert.equal(c.number, 48);
    assert.equal(c.citedDate, '2004-12-02');
    assert.equal(text.slice(c.dateStart, c.dateEnd), '2 December 2004');
    assert.equal(c.url, 'https://undocs.org/A/RES/59/48');
  });

  it('reads dated lists joined by commas and "and"', () => {
    const text = 'resolutions 64/183 of 18 December 2009 and 65/124 of 13 December 2010, 66/1 and 67/2';
    const found = cite(text);
    assert.deepEqual(found.map((c) => c.symbol), ['A/RES/64/183', 'A/RES/65/124', 'A/RES/66/1', 'A/RES/67/2']);
    assert.deepEqual(found.map((c) => c.citedDate), ['2009-12-18', '2010-12-13', undefined, undefined]);
  });

  it('reads a long comma list hard-wrapped over lines, with LF or CRLF', () => {
    const numbers = ['47/19', '48/16', '49/9', '50/10', '51/17', '52/10', '53/4', '54/21', '55/20', '56/9', '79/7'];
    const list = `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
    const wrapped = `Concerned that, since the adoption of its resolutions ${list}, the embargo`.replace(/(.{30,40}?) /g, '$1\n');
    assert.ok(wrapped.includes('\n'));
    for (const text of [wrapped, wrapped.replace(/\n/g, '\r\n')]) {
      const found = cite(text);
      assert.deepEqual(found.map((c) => text.slice(c.start, c.end)), numbers);
      assert.deepEqual(found.map((c) => c.symbol), numbers.map((n) => `A/RES/${n}`));
    }
  });

  it('keeps a list going across footnote markers and pinpoints', () => {
    const text = 'in its resolutions 52/14 of 3 April 2023,33 53/28 and 54/18,37 54/22; Resolutions 69/117, para. 8, 70/116, paras. 7–8, and 73/201.';
    assert.deepEqual(symbols(text), ['A/RES/52/14', 'A/RES/53/28', 'A/RES/54/18', 'A/RES/54/22', 'A/RES/69/117', 'A/RES/70/116', 'A/RES/73/201']);
  });

  it('continues a dated list past descriptive words and a page header', () => {
    const text = 'General Assembly resolutions 74/270 of 2 April 2020, entitled “Global solidarity: COVID-19”, 74/274 of 20 April 2020, entitled “X”,\n\nA/RES/80/4\nRunning title\n\n25-17552\n2/2\n\n75/156 of 16 December 2020 and';
    assert.deepEqual(symbols(text), ['A/RES/74/270', 'A/RES/74/274', 'A/RES/80/4', 'A/RES/75/156']);
  });

  it('reads part letters: "75/101 A", "74/92 A and B", "3419 A to D (XXX)"', () => {
    assert.deepEqual(pairs('resolution 75/101 A, resolutions 74/92 A and B and resolution 3419 A to D (XXX).'), [
      ['75/101 A', 'A/RES/75/101 A'],
      ['74/92 A and B', 'A/RES/74/92 A-B'],
      ['3419 A to D (XXX)', 'A/RES/3419 (XXX) A-D'],
    ]);
    const [c] = cite('resolution 75/290 B of 25 June 2021');
    assert.deepEqual(c.parts, ['B']);
    assert.equal(c.url, 'https://undocs.org/A/RES/75/290B');
    assert.equal(c.citedDate, '2021-06-25');
  });

  it('reads old-style numbers with roman sessions', () => {
    const found = cite('Resolution 217 A (III). See resolution 1514 (XV) of 14 December 1960 and 2200 A (XXI), annex.');
    assert.deepEqual(found.map((c) => c.symbol), ['A/RES/217 (III) A', 'A/RES/1514 (XV)', 'A/RES/2200 (XXI) A']);
    assert.deepEqual(found.map((c) => c.url), ['https://undocs.org/A/RES/217(III)', 'https://undocs.org/A/RES/1514(XV)', 'https://undocs.org/A/RES/2200(XXI)']);
    assert.equal(found[1].session, 'XV');
    assert.equal(found[1].citedDate, '1960-12-14');
  });

  it('reads special and emergency special sessions', () => {
    assert.deepEqual(pairs('resolutions S-24/2, ES-11/4 and ES\u201110/15 and 3362 (S-VII) and 2252 (ES-V)'), [
      ['S-24/2', 'A/RES/S-24/2'],
      ['ES-11/4', 'A/RES/ES-11/4'],
      ['ES\u201110/15', 'A/RES/ES-10/15'],
      ['3362 (S-VII)', 'A/RES/3362 (S-VII)'],
      ['2252 (ES-V)', 'A/RES/2252 (ES-V)'],
    ]);
  });

  it('cuts a footnote marker glued to an impossible number', () => {
    const text = 'pursuant to resolution 76/1783 and Council resolutions 34/24 of 24 March 201724 and 54/3340 of 12 October 2023';
    const found = cite(text);
    assert.deepEqual(found.map((c) => text.slice(c.start, c.end)), ['76/178', '34/24', '54/33']);
    assert.deepEqual(found.map((c) => c.citedDate), [undefined, '2017-03-24', '2023-10-12']);
  });
});

describe('Security Council resolutions', () => {
  it('reads "resolution 1373 (2001)" in any text, by its shape', () => {
    for (const organ of ['GA', 'SC', 'HRC', 'ECOSOC'] as Organ[]) {
      const text = 'Recalling resolution 1373 (2001) of 28 September 2001,';
      const [c] = cite(text, organ);
      assert.equal(text.slice(c.start, c.end), '1373 (2001)');
      assert.equal(c.organ, 'SC');
      assert.equal(c.symbol, 'S/RES/1373 (2001)');
      assert.equal(c.year, 2001);
      assert.equal(c.url, 'https://undocs.org/S/RES/1373(2001)');
      assert.equal(c.citedDate, '2001-09-28');
    }
  });

  it('reads lists, and numbers without a keyword when the year fits', () => {
    assert.deepEqual(symbols('Recalling its resolutions 1267 (1999), 1989 (2011) and 2253 (2015),', 'SC'),
      ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)']);
    assert.deepEqual(symbols('in accordance with 2461(2019) and 1655 (2006) 1680 (2006)', 'SC'),
      ['S/RES/2461 (2019)', 'S/RES/1655 (2006)', 'S/RES/1680 (2006)']);
    assert.deepEqual(symbols('Agenda item 72 (2020) and paragraph 4 (2001)', 'GA'), []);
  });

  it('switches organ on "General Assembly resolution" inside an SC text', () => {
    const found = cite('Recalling General Assembly resolution 60/288 and its resolution 2178 (2014),', 'SC');
    assert.deepEqual(found.map((c) => [c.organ, c.symbol]), [['GA', 'A/RES/60/288'], ['SC', 'S/RES/2178 (2014)']]);
  });
});

describe('ECOSOC, Human Rights Council and Commission on Human Rights', () => {
  it('reads ECOSOC resolutions, new and old', () => {
    assert.deepEqual(symbols('Economic and Social Council resolutions 2012/30 and 1733 (LIV), ECOSOC resolution 2019/4'),
      ['E/RES/2012/30', 'E/RES/1733 (LIV)', 'E/RES/2019/4']);
    assert.deepEqual(symbols('Recalling its resolution 2021/16 of 9 June 2021 and General Assembly resolution 70/1', 'ECOSOC'),
      ['E/RES/2021/16', 'A/RES/70/1']);
    assert.deepEqual(symbols('Economic and Social Council resolution 2046 (S-III) and ECOSOC decision 2020/212'),
      ['E/RES/2046 (S-III)', 'E/DEC/2020/212']);
  });

  it('reads Human Rights Council resolutions, "Council resolution" and "its resolution" in an HRC text', () => {
    assert.deepEqual(symbols('Human Rights Council resolutions 19/1 and S-21/1'), ['A/HRC/RES/19/1', 'A/HRC/RES/S-21/1']);
    assert.deepEqual(symbols('Recalling Council resolution 49/24 and its resolution 51/22, and resolution 5/1,', 'HRC'),
      ['A/HRC/RES/49/24', 'A/HRC/RES/51/22', 'A/HRC/RES/5/1']);
    // In a GA text "Council resolution" with a session number is still the Human Rights Council's.
    assert.deepEqual(symbols('submitted pursuant to Council resolution 49/24 of 1 April 2022;'), ['A/HRC/RES/49/24']);
  });

  it('binds "its" to the organ just named', () => {
    const text = 'established by the Human Rights Council in its resolution 22/13, and the General Assembly, in paragraph 2 of its resolution 74/166';
    assert.deepEqual(symbols(text, 'GA'), ['A/HRC/RES/22/13', 'A/RES/74/166']);
    assert.deepEqual(symbols('Recalling that, in its resolution 76/137 of 16 December 2021, the General Assembly', 'HRC'), ['A/RES/76/137']);
    assert.deepEqual(symbols('Notes resolution 51/32 of the Human Rights Council', 'GA'), ['A/HRC/RES/51/32']);
  });

  it('reads Commission on Human Rights resolutions', () => {
    const [c] = cite('Commission on Human Rights resolution 2005/74 of 20 April 2005');
    assert.equal(c.organ, 'CHR');
    assert.equal(c.symbol, 'E/CN.4/RES/2005/74');
    assert.equal(c.year, 2005);
  });

  it('leaves other bodies\u2019 series alone', () => {
    const text = 'Commission on Narcotic Drugs resolution 61/11, United Nations Environment Assembly resolution 4/6, ' +
      'Conference of the Parties to the United Nations Convention against Corruption resolutions 8/12 and 9/1, ' +
      'resolution 5/14 adopted by the United Nations Environment Assembly, and advisory opinion OC 16/99 of 1 October 1999';
    assert.deepEqual(symbols(text), []);
  });
});

describe('decisions', () => {
  it('reads GA decisions without links', () => {
    const found = cite('its decision 62/557, decision 74/550 A and decisions 49/469 of 23 December 1994 and 50/473');
    assert.deepEqual(found.map((c) => c.symbol), ['decision 62/557', 'decision 74/550 A', 'decision 49/469', 'decision 50/473']);
    assert.ok(found.every((c) => c.kind === 'decision' && c.url === undefined && c.organ === 'GA'));
    assert.equal(found[2].citedDate, '1994-12-23');
  });

  it('reads ECOSOC and HRC decisions and skips other bodies\u2019 decisions', () => {
    assert.deepEqual(symbols('Economic and Social Council decision 2020/212 and Human Rights Council decision 18/117'),
      ['E/DEC/2020/212', 'A/HRC/DEC/18/117']);
    assert.deepEqual(symbols('See CBD/COP/15/17, decision 15/4, annex.'), ['CBD/COP/15/17']);
  });
});

describe('document symbols', () => {
  it('reads the symbol grammar of §7', () => {
    const list = ['A/67/L.15', 'A/C.3/78/L.60/Rev.1', 'A/78/481/Add.2', 'S/2024/173', 'S/PRST/2013/16', 'A/77/277-S/2022/606',
      'A/77/6 (Sect. 26)', 'A/62/PV.117', 'E/2021/30', 'A/CONF.157/24 (Part I)', 'UNEP/EA.5/Res.14', 'ST/SGB/2013/4/Amend.1'];
    const text = `See ${list.join(', ')}.`;
    const found = cite(text);
    assert.deepEqual(found.map((c) => text.slice(c.start, c.end)), list);
    assert.ok(found.every((c) => c.kind === 'document' && c.symbol === text.slice(c.start, c.end)));
    assert.equal(found[5].url, 'https://undocs.org/A/77/277');
    assert.equal(found[6].url, 'https://undocs.org/A/77/6(Sect.26)');
    assert.deepEqual(found.slice(0, 5).map((c) => c.organ), ['GA', 'GA', 'GA', 'SC', 'SC']);
  });

  it('reads a symbol whose qualifier a wrapped copy puts on the next line, or breaks inside', () => {
    const text = 'the reports of the Secretary-General (A/76/6 \n(Sect. 3)/Add.4 and A/76/6 (Sect. \n      3)/Add.7), the\nFinal Document (NPT/CONF.1995/32 \n(Part I)) and UNSCR 1325 (S/RES/1325 \n(2000)).';
    assert.deepEqual(cite(text).map((c) => c.url), [
      'https://undocs.org/A/76/6(Sect.3)/Add.4',
      'https://undocs.org/A/76/6(Sect.3)/Add.7',
      'https://undocs.org/NPT/CONF.1995/32(PartI)',
      'https://undocs.org/S/RES/1325(2000)',
    ]);
  });

  it('stops a symbol fused to the masthead text of an ODS export', () => {
    assert.deepEqual(pairs('United Nations A/RES/67/15General Assembly'), [['A/RES/67/15', 'A/RES/67/15']]);
  });

  it('keys resolution symbols like the number forms', () => {
    assert.deepEqual(cite('A/HRC/RES/19/1, S/RES/1645 (2005) and A/RES/217(III)').map((c) => [c.kind, c.organ, c.symbol]), [
      ['resolution', 'HRC', 'A/HRC/RES/19/1'],
      ['resolution', 'SC', 'S/RES/1645 (2005)'],
      ['resolution', 'GA', 'A/RES/217 (III)'],
    ]);
  });
});

describe('treaties', () => {
  it('reads the Treaty Series and the Ibid. that follows it', () => {
    const text = '7 United Nations, Treaty Series, vol. 729, No. 10485.\n8 Ibid., vol. 1249, No. 20378.';
    const found = cite(text);
    assert.deepEqual(found.map((c) => [c.kind, c.symbol]), [['treaty', 'UNTS vol. 729, No. 10485'], ['treaty', 'UNTS vol. 1249, No. 20378']]);
    assert.equal(text.slice(found[0].start, found[0].end), 'United Nations, Treaty Series, vol. 729, No. 10485');
    assert.deepEqual(cite('3 Ibid., vol. 2, No. 4.'), []);
  });
});

describe('pinpoints', () => {
  it('reads paragraph, subparagraph and section before the keyword', () => {
    assert.deepEqual(cite('paragraph 15 (d) of resolution 60/1')[0].pinpoint, { paragraph: '15', subparagraph: 'd' });
    assert.deepEqual(cite('section III, paragraph 9, of its resolution 59/265')[0].pinpoint, { section: 'III', paragraph: '9' });
    assert.deepEqual(cite('paragraphs 8 and 9 of its resolution 1894 (2009)', 'SC')[0].pinpoint, { paragraph: '8 and 9' });
    const [c] = cite('paragraph 8 of its resolution 74/255 B');
    assert.deepEqual([c.symbol, c.pinpoint], ['A/RES/74/255 B', { paragraph: '8' }]);
    assert.deepEqual(cite('subparagraph 2 (b) (ii) of Security Council resolution 1540 (2004)')[0].pinpoint,
      { paragraph: '2', subparagraph: 'b', item: 'ii' });
  });
});

describe('false positives', () => {
  it('ignores dates, bare years, ranges, page numbers and fractions', () => {
    const text = [
      '17 October 2000;', '(2001)', 'the period 2013-2015', '2/3', '\n2/2 \n', 'a 2/3 majority', 'Agenda item 72 (c)',
      'COVID-19/20', 'and/or', 'the 2030 Agenda', 'paragraph 2 (iv)', '25-17552', '1/CP.21', 'decision XII/11',
    ].join(' ');
    assert.deepEqual(cite(text), []);
  });

  it('does not run a list across a sentence or a page number', () => {
    assert.deepEqual(symbols('its resolution 79/7;\n\t2.\tRequests 3/4 of the States'), ['A/RES/79/7']);
    assert.deepEqual(symbols('resolution 79/7\n2/3\n'), ['A/RES/79/7']);
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: Record<string, string> = {
    'spaces': ' '.repeat(MB),
    'spaces after a number': `217${' '.repeat(MB)}x`,
    'spaces after a keyword': `resolution${' '.repeat(MB)}x`,
    'digits': '7'.repeat(MB),
    'slashes': fill('1/'),
    'keywords': fill('resolution '),
    'keyword lists': fill('resolutions 61/1, '),
    'part letters': `59/48 ${fill('A and ')}`,
    'dated numbers': fill('61/1 of 2 December 2004, '),
    'pinpoints': fill('paragraph 1 (a) of '),
    'organ names': fill('the General Assembly in its '),
    'other bodies': fill('Commission on the Status '),
    'old style': fill('217 A (III) '),
    'symbol parts': fill('A/C.3/'),
    'symbol qualifiers': fill('A/77/6 (Sect. '),
    'treaty fragments': fill('United Nations, Treaty Series, vol. 1, No. '),
    'footnote lines': fill('\n1 '),
    'open parentheses': fill('('),
    'quotes and colons': fill('\u201c: '),
    'mixed whitespace': fill(' \t\r\n\u00a0'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`finishes on a 1 MB line of ${name}`, () => {
      const t0 = Date.now();
      const found = cite(text);
      assert.ok(Array.isArray(found));
      assert.ok(Date.now() - t0 < 10_000, `${name} took ${Date.now() - t0} ms`);
    });
  }
});
