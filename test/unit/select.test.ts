import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listedCount, parseIdList } from '../../src/kit/model/select.js';

describe('parseIdList', () => {
  it('splits id lists on commas, Chinese commas and spaces', () => {
    assert.deepEqual(parseIdList(' a, b，c、d  e '), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(parseIdList(''), []);
    assert.deepEqual(parseIdList(undefined), []);
  });
});

describe('listedCount', () => {
  const cases: [list: string | undefined, limit: number | undefined, expected: number][] = [
    ['a,b,c', undefined, 3],
    ['a,b,c', 2, 2],
    ['a,b,c', 2.7, 2],
    ['a,b', 5, 2],
    [undefined, 4, 4],
    [undefined, undefined, 5],
    ['', 0, 5],
    ['a,b,c', -1, 3],
  ];
  for (const [list, limit, expected] of cases) {
    it(`holds room for ${expected} marks for list ${JSON.stringify(list)} and limit ${limit}`, () => {
      assert.equal(listedCount(list, limit, 5), expected);
    });
  }
});
