import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestIds, editDistance } from '../../src/kit/model/suggest.js';
import { cities } from './fixtures.js';

describe('suggest', () => {
  it('measures edit distance', () => {
    assert.equal(editDistance('zhangjiakuo', 'zhangjiakou'), 2);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  const candidates = cities().regions;
  const cases: [string, string][] = [
    ['zhangjiakuo', 'zhangjiakou'],
    ['张家口', 'zhangjiakou'],
    ['Hohot', 'hohhot'],
    ['shijiazhang', 'shijiazhuang'],
  ];
  for (const [query, expected] of cases) {
    it(`suggests ${expected} first for "${query}"`, () => assert.equal(closestIds(query, candidates)[0]?.id, expected));
  }

  it('suggests nothing for something unlike every id', () => {
    assert.deepEqual(closestIds('qqqqqqqqq', candidates), []);
  });

  it('finds an indicator from part of its id', () => {
    assert.ok(closestIds('elderly_meal', cities().indicators).map((s) => s.id).includes('elderly_meal_points'));
  });
});
