import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addEnglish } from '../../src/charts/city-compare/messages-en.ts';
import { buildCompareModel, type CompareModel } from '../../src/charts/city-compare/model.js';
import { messages } from '../../src/kit/model/messages.js';
import { RESULTS, type Shown } from '../../src/kit/model/show.js';
import { describe as describeProblem } from '../../src/charts/city-compare/problems.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { citiesWithHidden, compareModel as model } from './fixtures.js';

addEnglish();

describe('buildCompareModel', () => {
  it('flags a step between tiers only: a district beside a county is one level', async () => {
    // (Listed: the two share no indicator, and a comparison of nothing shared is a problem.)
    assert.equal((await model({ regions: ['kangbao', 'wulingyuan'], indicators: ['poverty_alleviation:村民:人'], shown: { statuses: ['result'], uncertain: true } })).mixedLevels, false);
    const withCounty = await model({ regions: ['zhangjiakou', 'kangbao'], indicators: ['old_compounds_renovated'] });
    assert.equal(withCounty.mixedLevels, true);
    assert.match(withCounty.notes[0]!, /康保县隶属张家口市。/);
  });

  it('keeps the places listed twice once', async () => {
    const m = await model({ regions: ['hohhot', 'shijiazhuang', 'hohhot'], indicators: ['new_urban_jobs'] });
    assert.deepEqual(m.series.map((s) => s.key), ['hohhot', 'shijiazhuang']);
  });
});

describe('places that share no indicator (QA s12 B2)', () => {
  const build = async (regions: string[], category?: string) =>
    buildCompareModel(await loadDefaultDataset(), { regions, indicators: [], category, lang: 'zh', shown: RESULTS });

  it('compare nothing: a problem naming the places, not each place’s fragments beside 未报告', async () => {
    // Before: ~50 one-sided groups (居民 数万人, 家庭 862户 …) under a note.
    for (const pair of [['zhangjiakou', 'jinzhong'], ['jinzhong', 'wulingyuan'], ['wulingyuan', 'hohhot']]) {
      const result = await build(pair);
      assert.equal(result.ok, false, pair.join());
      if (result.ok) continue;
      assert.equal(result.problem.kind, 'nothing-shared');
      assert.deepEqual((result.problem as { ids: string[] }).ids, pair);
    }
    const result = await build(['zhangjiakou', 'hohhot', 'shijiazhuang'], 'elderly_care');
    assert.equal(!result.ok && result.problem.kind, 'nothing-shared');
  });

  it('says so in the chart’s language, with the places’ names and where their figures are', async () => {
    const result = await build(['zhangjiakou', 'jinzhong']);
    assert.ok(!result.ok);
    assert.equal(
      describeProblem(result.problem, 'zh'),
      '张家口市和晋中市没有共同报告的指标，无法对比。各地的数据可分别列出：<livelihood-table region="zhangjiakou">、<livelihood-table region="jinzhong">；或用 indicators 属性列出要对比的指标。',
    );
    assert.match(describeProblem(result.problem, 'en'), /^Zhangjiakou and Jinzhong report no indicator in common: there is nothing to compare\./);
  });

  it('does not fire when two of the places share an indicator, nor when indicators are listed', async () => {
    assert.equal((await build(['zhangjiakou', 'hohhot'])).ok, true);
    const listed = buildCompareModel(await loadDefaultDataset(), {
      regions: ['zhangjiakou', 'jinzhong'], indicators: ['old_compounds_renovated'], lang: 'zh', shown: RESULTS,
    });
    assert.equal(listed.ok, true);
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

describe('a figure of several years beside a row’s figures of a year or less', () => {
  it('is "not shown" in its cell, named with its period in a note (the seeds’ shantytown homes)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = await model({ regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], indicators: ['shantytown_homes_completed'], lang });
      const [zjk, hhht, sjz] = m.rows[0]!.cells;
      assert.equal(zjk!.notShown, true);
      assert.equal(zjk!.value, null);
      assert.equal(zjk!.valueLabel, lang === 'zh' ? '未画出（多年数字）' : 'not shown (several years)');
      assert.ok(zjk!.ariaLabel.includes(zjk!.valueLabel), zjk!.ariaLabel);
      assert.equal(hhht!.valueLabel, messages(lang).notReported);
      assert.equal(sjz!.value, 11648);
      assert.ok(
        m.notes.includes(
          lang === 'zh'
            ? '注：张家口市棚改安置房建成的近1万套是2021–2025年整个时期的数字，不宜与一年或更短时期的数字并列比较，未画出。'
            : 'Note: not drawn, as it covers several years and cannot be compared with figures for a year or less: Shantytown resettlement homes completed, Zhangjiakou ≈10K homes (2021–2025).',
        ),
        m.notes.join('\n'),
      );
      assert.equal(m.table.rows[0]![1], zjk!.valueLabel);
    }
  });

  it('is drawn when no figure of its row is of a year or less', async () => {
    // Jinzhong's 26 schools (2021–2025) beside Hohhot's 12 since 2023, whose end no article gives.
    const m = await model({ regions: ['jinzhong', 'hohhot'], indicators: ['schools_built'] });
    assert.deepEqual(m.rows[0]!.cells.map((c) => c.value), [26, 12]);
    assert.ok(m.notes.every((n) => !n.includes('整个时期')), m.notes.join('\n'));
  });
});
