import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import { byIndicator, byPlace, latestOf, type SelectionQuery } from '../../src/kit/model/selection.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { withSuggestions } from '../../src/kit/model/suggest.js';
import { cities } from './fixtures.js';
// English names are the English strings' (loaded on demand in a chart): added as a chart does.
import { addEnglish } from '../../src/kit/model/messages-en.js';
addEnglish();

const query = (q: Partial<SelectionQuery> = {}): SelectionQuery => ({ regions: [], indicators: [], lang: 'zh', shown: RESULTS, ...q });
const index = indexDataset(cities());

describe('byPlace', () => {
  it('takes every place that reports the indicator, first seen first, each with its newest figure', () => {
    const grouped = byPlace(index, query(), 'old_compounds_renovated');
    assert.ok(!('kind' in grouped));
    assert.deepEqual(grouped.keys, ['zhangjiakou', 'hohhot', 'shijiazhuang']);
    assert.equal(grouped.heading, index.indicators.get('old_compounds_renovated')!.name.zh);
    const latest = latestOf(grouped, grouped.keys);
    assert.deepEqual(latest.map((c) => [c.label, c.figures.map((o) => o.value)]), [
      ['张家口市', [700]],
      ['呼和浩特市', [309]],
      // 石家庄 reported two periods: the newer (2022) first.
      ['石家庄市', [956, 645]],
    ]);
  });

  it('keeps the places listed, in their order, a place without figures included', () => {
    const grouped = byPlace(index, query({ regions: ['shijiazhuang', 'jinzhong'], heading: '标题' }), 'old_compounds_renovated');
    assert.ok(!('kind' in grouped));
    assert.deepEqual(grouped.keys, ['shijiazhuang', 'jinzhong']);
    assert.equal(grouped.heading, '标题');
    assert.deepEqual(latestOf(grouped, grouped.keys).map((c) => c.figures.length), [2, 0]);
  });

  it('names an unknown indicator or place, with suggestions', () => {
    const indicator = byPlace(index, query(), 'old_compounds');
    assert.ok('kind' in indicator && indicator.kind === 'unknown-indicator');
    const place = byPlace(index, query({ region: 'zhangjiakuo' }), 'old_compounds_renovated');
    assert.ok('kind' in place && place.kind === 'unknown-region');
    // Computed when the problem is said (the chart loads suggest.ts with its message), once.
    assert.deepEqual(place.suggestions, []);
    assert.equal(withSuggestions(place), place);
    assert.deepEqual((place.suggestions as { id: string }[]).map((s) => s.id).slice(0, 1), ['zhangjiakou']);
  });

  it('leaves out what `keep` refuses before counting figures shown', () => {
    const grouped = byPlace(index, query(), 'old_compounds_renovated', (o) => o.region !== 'hohhot');
    assert.ok(!('kind' in grouped));
    assert.deepEqual(grouped.keys, ['zhangjiakou', 'shijiazhuang']);
  });
});

describe('byIndicator', () => {
  it("groups a place's figures by indicator, named in the query's language", () => {
    const grouped = byIndicator(index, query({ lang: 'en' }), 'hohhot', () => true);
    assert.ok(!('kind' in grouped));
    assert.equal(grouped.heading, index.regions.get('hohhot')!.name.en);
    assert.ok(grouped.groups.has('home_care_beds') && grouped.groups.has('childcare_places'));
    const [beds] = latestOf(grouped, ['home_care_beds']);
    assert.deepEqual([beds!.label, beds!.figures.map((o) => o.value)], [index.indicators.get('home_care_beds')!.name.en, [3800]]);
  });

  it('names an unknown place or listed indicator', () => {
    const place = byIndicator(index, query(), 'nowhere', () => true);
    assert.ok('kind' in place && place.kind === 'unknown-region');
    const indicator = byIndicator(index, query({ indicators: ['home_care_bedz'] }), 'hohhot', () => true);
    assert.ok('kind' in indicator && indicator.kind === 'unknown-indicator');
  });
});
