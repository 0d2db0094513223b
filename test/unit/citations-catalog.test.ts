/** The resolution catalogue: parsing, lazy loading, part-tolerant lookup, and the committed asset. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createCatalog, parseCatalog } from '../../server/src/service/citations/catalog';
import { canonicalKey } from '../../server/src/service/citations/symbols';
import { repoRoot, sharedRoot } from '../support/paths';

const SAMPLE = [
  '# a comment line',
  '# symbol\tdate\tmeeting\tvote\ttitle',
  'A/RES/59/48\t2004-12-02\t65th plenary meeting\tw\tA title with *stars*',
  'S/RES/1373 (2001)\t2001-09-28\t4385th meeting\t15-0-0\ton threats to international peace',
  'A/RES/75/101 A-B\t2020-12-10\t41st plenary meeting\tw\tQuestions relating to information',
  'A/RES/75/253\t2020-12-31\t48th plenary meeting\tw\tSpecial subjects',
  'A/RES/75/253 B\t2021-04-16\t59th plenary meeting\tw\tSpecial subjects',
  'A/RES/32/105 B\t\t\tr\tANTI-APARTHEID YEAR',
  'decision 74/550 A-B\t2020-08-12\t\t\tCongress',
  'a malformed line without tabs',
  '',
].join('\r\n');

describe('catalogue', () => {
  it('loads lazily, once, through the injected loader', () => {
    let calls = 0;
    const catalog = createCatalog(() => {
      calls++;
      return SAMPLE;
    });
    assert.equal(calls, 0);
    assert.equal(catalog.lookup('A/RES/59/48')?.date, '2004-12-02');
    assert.equal(catalog.lookup('nothing'), undefined);
    assert.equal(catalog.size, 7);
    assert.equal(calls, 1);
  });

  it('decodes titles, meetings and votes', () => {
    const catalog = createCatalog(() => SAMPLE);
    assert.deepEqual(catalog.lookup('A/RES/59/48'), {
      symbol: 'A/RES/59/48', title: 'A title with *stars*', date: '2004-12-02', meeting: '65th plenary meeting', vote: 'without a vote',
    });
    assert.deepEqual(catalog.lookup('S/RES/1373 (2001)')?.vote, { yes: 15, no: 0, abstain: 0 });
    assert.deepEqual(catalog.lookup('A/RES/32/105 B'), { symbol: 'A/RES/32/105 B', title: 'ANTI-APARTHEID YEAR', vote: 'recorded vote' });
    assert.equal(catalog.lookup('decision 74/550 A-B')?.vote, undefined);
  });

  it('finds multi-part entries from one cited part', () => {
    const catalog = createCatalog(() => SAMPLE);
    assert.equal(catalog.find('A/RES/75/101 A')?.symbol, 'A/RES/75/101 A-B');
    assert.equal(catalog.find('A/RES/75/101')?.symbol, 'A/RES/75/101 A-B');
    assert.equal(catalog.find('decision 74/550 B')?.symbol, 'decision 74/550 A-B');
    assert.equal(catalog.find('A/RES/75/253 A')?.symbol, 'A/RES/75/253');
    assert.equal(catalog.find('A/RES/75/253 B')?.date, '2021-04-16');
    assert.equal(catalog.find('A/RES/75/253 D'), undefined);
    assert.equal(catalog.find('A/RES/75/102'), undefined);
  });

  it('skips malformed rows and keeps the last of duplicate keys', () => {
    const entries = parseCatalog('A/RES/1/1\tbad-date\t\t\tT\nA/RES/1/1\t2001-01-01\t\tx\tU\nonly\ttwo');
    assert.equal(entries.size, 1);
    assert.deepEqual(entries.get('A/RES/1/1'), { symbol: 'A/RES/1/1', title: 'U', date: '2001-01-01' });
  });
});

describe('committed catalogue asset', () => {
  const assetPath = path.join(repoRoot, 'assets', 'catalog.tsv');
  const asset = fs.readFileSync(assetPath, 'utf8');
  const catalog = createCatalog(() => asset);

  it('is keyed by canonical symbols and stays small', () => {
    assert.ok(catalog.size > 5000, `${catalog.size} entries`);
    for (const key of parseCatalog(asset).keys()) assert.equal(canonicalKey(key), key);
    assert.ok(fs.statSync(assetPath).size < 1_200_000, 'asset grew past 1.2 MB');
    assert.match(asset, /^# .*United Nations/m, 'attribution line');
  });

  it('agrees with the UN rows of the shared catalogue', () => {
    const source = fs.readFileSync(path.join(sharedRoot, 'catalog', 'un_resolutions_catalog.tsv'), 'utf8').split(/\r?\n/);
    const header = source[0].split('\t');
    const col = (name: string): number => header.indexOf(name);
    let checked = 0;
    for (const line of source.slice(1)) {
      const f = line.split('\t');
      if (!/^UNxml\//.test(f[col('source')] ?? '')) continue;
      const key = canonicalKey(f[col('symbol')]);
      if (!key) continue;
      const entry = catalog.lookup(key);
      assert.ok(entry, `${key} missing`);
      assert.equal(entry.date, f[col('adoption_date')] || undefined, key);
      if (/without a vote/i.test(f[col('adoption_type')])) assert.equal(entry.vote, 'without a vote', key);
      checked++;
    }
    assert.ok(checked > 2000, `${checked} rows checked`);
  });
});
