import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareModel as model } from './fixtures.js';

describe('buildCompareModel', () => {
  it('flags a step between tiers only: a district beside a county is one level', async () => {
    assert.equal((await model({ regions: ['kangbao', 'wulingyuan'] })).mixedLevels, false);
    assert.equal((await model({ regions: ['zhangjiakou', 'kangbao'] })).mixedLevels, true);
    assert.match((await model({ regions: ['zhangjiakou', 'kangbao'] })).notes[0]!, /康保县隶属张家口市。/);
  });

  it('keeps the places listed twice once', async () => {
    const m = await model({ regions: ['hohhot', 'shijiazhuang', 'hohhot'], indicators: ['new_urban_jobs'] });
    assert.deepEqual(m.series.map((s) => s.key), ['hohhot', 'shijiazhuang']);
  });
});
