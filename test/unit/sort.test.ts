import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyLimit, sortRows, toSort } from '../../src/kit/model/sort.js';

describe('sort', () => {
  const rows = [
    { label: '张家口市', value: 700 },
    { label: '晋中市', value: null },
    { label: '呼和浩特市', value: 309 },
    { label: '石家庄市', value: 956 },
  ];
  it('sorts by value, highest first, not-reported last', () => {
    assert.deepEqual(sortRows(rows, 'value', 'zh').map((r) => r.label), ['石家庄市', '张家口市', '呼和浩特市', '晋中市']);
  });
  it('sorts Chinese names by pinyin', () => {
    assert.deepEqual(sortRows(rows, 'name', 'zh').map((r) => r.label), ['呼和浩特市', '晋中市', '石家庄市', '张家口市']);
  });
  it('keeps the given order for none', () => {
    assert.deepEqual(sortRows(rows, 'none', 'zh'), rows);
  });
  it('reads sort and limit attributes', () => {
    assert.deepEqual([toSort('name'), toSort('none'), toSort('bogus'), toSort(undefined)], ['name', 'none', 'value', 'value']);
    assert.deepEqual(applyLimit([1, 2, 3], 2), [1, 2]);
    assert.deepEqual(applyLimit([1, 2, 3], 0), [1, 2, 3]);
    assert.deepEqual(applyLimit([1, 2, 3], Number.NaN), [1, 2, 3]);
    assert.deepEqual(applyLimit([1, 2, 3], -1), [1, 2, 3]);
  });
});
