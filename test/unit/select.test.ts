import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIdList } from '../../src/kit/model/select.js';

describe('parseIdList', () => {
  it('splits id lists on commas, Chinese commas and spaces', () => {
    assert.deepEqual(parseIdList(' a, b，c、d  e '), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(parseIdList(''), []);
    assert.deepEqual(parseIdList(undefined), []);
  });
});
