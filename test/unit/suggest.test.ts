import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noData } from '../../src/kit/model/show.js';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { problemMessages } from '../../src/kit/model/problem-messages.js';
import type { SharedProblem } from '../../src/kit/element/problem.js';
import { closestIds, editDistance, withSuggestions } from '../../src/kit/model/suggest.js';
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

describe('withSuggestions: a no-data problem', () => {
  it('says its ids by the places’, indicators’ and categories’ names, keeping its ids (QA s12 C4)', async () => {
    const index = indexDataset(await loadDefaultDataset());
    // Before: 没有符合条件的数据：hohhot。 / …：shijiazhuang · education。
    const one = withSuggestions(noData('hohhot', {}, index).problem) as Extract<SharedProblem, { kind: 'no-data' }>;
    assert.deepEqual(one.named, { zh: '呼和浩特市', en: 'Hohhot' });
    assert.equal(one.selection, 'hohhot');
    const list = withSuggestions(noData('new_urban_jobs · shijiazhuang,hohhot · education', {}, index).problem);
    assert.equal(problemMessages('zh')(list as SharedProblem), '没有符合条件的数据：城镇新增就业 · 石家庄市、呼和浩特市 · 教育。');
    // Not fired: what is no id of the dataset (a unit, a family) stays as given.
    const unit = withSuggestions(noData('shijiazhuang · 平方米 · jobs', {}, index).problem) as Extract<SharedProblem, { kind: 'no-data' }>;
    assert.equal(unit.named!.zh, '石家庄市 · 平方米 · jobs');
  });
});
