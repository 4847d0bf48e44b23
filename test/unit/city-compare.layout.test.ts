import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareHeight, layoutCompare, markAt } from '../../src/charts/city-compare/layout.js';
import { compareModel as model } from './fixtures.js';

describe('layoutCompare', () => {
  it('predicts the drawn height for a placeholder, wide and narrow, and finds a mark by height', async () => {
    const m = await model({ regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], indicators: ['old_compounds_renovated', 'home_care_beds'] });
    for (const width of [280, 479, 480, 1200]) assert.equal(layoutCompare(m, width).height, compareHeight(2, 3, width));
    const layout = layoutCompare(m, 640);
    const fifth = layout.marks[4]!;
    assert.equal(markAt(layout, fifth.y + 1), 4);
    assert.equal(markAt(layout, layout.groups[1]!.y + 2), undefined);
  });
});
