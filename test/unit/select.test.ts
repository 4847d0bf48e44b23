import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentIds, listedCount, parseIdList } from '../../src/kit/model/select.js';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import { buildBarModel } from '../../src/charts/livelihood-bar/model.js';
import { buildCompareModel } from '../../src/charts/city-compare/model.js';
import { buildTableModel } from '../../src/charts/livelihood-table/model.js';
import { buildTrendModel } from '../../src/charts/livelihood-trend/model.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { cities } from './fixtures.js';

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

describe('currentIds', () => {
  /** The fixture with `old_compounds_renovated` once named `compounds_renovated`, and the console's warnings. */
  function renamed() {
    const data = cities();
    data.aliases = { indicators: { compounds_renovated: 'old_compounds_renovated', aging_friendly_renovations: 'old_compounds_renovated' } };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    return { data, index: indexDataset(data), warnings, restore: () => void (console.warn = warn) };
  }

  it('gives an old id the dataset renamed as its new id, warning once a page', () => {
    const { index, warnings, restore } = renamed();
    try {
      assert.deepEqual(currentIds(index, { indicator: 'compounds_renovated', indicators: ['compounds_renovated', 'x'] }), { indicator: 'old_compounds_renovated', indicators: ['old_compounds_renovated', 'x'] });
      currentIds(index, { indicator: 'compounds_renovated' });
      assert.deepEqual(warnings, ['livelihood-charts: indicator "compounds_renovated" is now "old_compounds_renovated"']);
    } finally {
      restore();
    }
  });

  it('never redirects an id the dataset holds, an id it does not rename, nor a name of Object’s prototype', () => {
    const { index, warnings, restore } = renamed();
    try {
      // aging_friendly_renovations is renamed in the aliases but still holds figures: it stays.
      for (const id of ['aging_friendly_renovations', 'unknown_id', 'constructor', '__proto__', 'toString']) {
        assert.deepEqual(currentIds(index, { indicator: id }), { indicator: id }, id);
      }
      assert.deepEqual(warnings, []);
    } finally {
      restore();
    }
  });

  it('leaves a query as it is for a dataset without aliases', () => {
    const query = { indicator: 'compounds_renovated' };
    assert.equal(currentIds(indexDataset(cities()), query), query);
  });

  it('lets every chart draw from an old id what it draws from the new one', () => {
    const { data, restore } = renamed();
    try {
      const shown = RESULTS;
      const same = (a: unknown, b: unknown) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
      const bar = (indicator: string) => buildBarModel(data, { indicator, regions: [], indicators: [], sort: 'value', lang: 'zh', shown });
      assert.ok(bar('compounds_renovated').ok);
      same(bar('compounds_renovated'), bar('old_compounds_renovated'));
      const compare = (id: string) => buildCompareModel(data, { regions: ['zhangjiakou', 'hohhot'], indicators: [id], lang: 'zh', shown });
      same(compare('compounds_renovated'), compare('old_compounds_renovated'));
      const table = (indicator: string) => buildTableModel(data, { indicator, lang: 'zh', shown });
      same(table('compounds_renovated'), table('old_compounds_renovated'));
      const trend = (indicator: string) => buildTrendModel(data, { indicator, regions: [], lang: 'zh', shown });
      same(trend('compounds_renovated'), trend('old_compounds_renovated'));
      // Before: an unknown id.
      assert.equal(buildBarModel(cities(), { indicator: 'compounds_renovated', regions: [], indicators: [], sort: 'value', lang: 'zh', shown }).ok, false);
    } finally {
      restore();
    }
  });
});
