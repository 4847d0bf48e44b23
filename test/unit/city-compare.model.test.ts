import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addEnglish } from '../../src/charts/city-compare/messages-en.ts';
import { buildCompareModel, type CompareModel } from '../../src/charts/city-compare/model.js';
import { messages } from '../../src/kit/model/messages.js';
import { RESULTS, type Shown } from '../../src/kit/model/show.js';
import { citiesWithHidden, compareModel as model } from './fixtures.js';

addEnglish();

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

describe('a place whose figure is hidden', () => {
  const build = (lang: 'zh' | 'en', shown: Shown = RESULTS) => {
    const result = buildCompareModel(citiesWithHidden(), {
      regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], indicators: ['home_care_beds', 'aging_friendly_renovations'], lang, shown,
    });
    if (!result.ok) throw new Error(result.problem.kind);
    return result.model;
  };
  const cell = (m: CompareModel, row: string, place: string) => m.rows.find((r) => r.key === row)!.cells.find((c) => m.series[c.series]!.key === place)!;

  it('is "not shown" and why, never "not reported", in its label, accessible name, table and summary', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = build(lang);
      const notReported = messages(lang).notReported;
      const beds = cell(m, 'home_care_beds', 'hohhot');
      const renovations = cell(m, 'aging_friendly_renovations', 'hohhot');
      assert.equal(beds.valueLabel, lang === 'zh' ? '未画出（存疑）' : 'not shown (uncertain)');
      assert.equal(renovations.valueLabel, lang === 'zh' ? '未画出（计划）' : 'not shown (plan)');
      for (const c of [beds, renovations]) {
        assert.equal(c.notShown, true);
        assert.ok(!c.ariaLabel.includes(notReported), c.ariaLabel);
        assert.ok(c.ariaLabel.includes(c.valueLabel), c.ariaLabel);
        assert.ok(m.summary.includes(c.valueLabel), m.summary);
      }
      const hohhotColumn = 1 + m.series.findIndex((s) => s.key === 'hohhot');
      for (const row of m.table.rows) assert.notEqual(row[hohhotColumn], notReported);
      // Zhangjiakou has no figure of either: that alone is "not reported".
      assert.equal(cell(m, 'home_care_beds', 'zhangjiakou').valueLabel, notReported);
      assert.equal(cell(m, 'home_care_beds', 'zhangjiakou').notShown, false);
    }
  });

  it('is drawn when the page asks for it, its value tagged as uncertain', () => {
    const m = build('zh', { statuses: ['result'], uncertain: true });
    assert.equal(cell(m, 'home_care_beds', 'hohhot').value, 3800);
    assert.equal(cell(m, 'home_care_beds', 'hohhot').valueLabel, '3800户（存疑）');
  });

  it('puts a figure of a status drawn in its own row, not in the results’ row', () => {
    const m = build('zh', { statuses: ['result', 'plan'], uncertain: false });
    const planRow = m.rows.find((r) => r.key.startsWith('aging_friendly_renovations\u0000'))!;
    assert.equal(planRow.cells.find((c) => m.series[c.series]!.key === 'hohhot')!.value, 5540);
    assert.equal(cell(m, 'aging_friendly_renovations', 'hohhot').valueLabel, '未报告');
  });
});
