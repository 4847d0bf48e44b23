import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addEnglish as addBarEnglish } from '../../src/charts/livelihood-bar/messages-en.ts';
import { describe as describeBarProblem } from '../../src/charts/livelihood-bar/problems.js';
import { buildBarModel } from '../../src/charts/livelihood-bar/model.js';
import { addEnglish as addCompareEnglish } from '../../src/charts/city-compare/messages-en.ts';
import { buildCompareModel } from '../../src/charts/city-compare/model.js';
import { addEnglish as addStatEnglish } from '../../src/charts/livelihood-stat/messages-en.ts';
import { buildStatModel } from '../../src/charts/livelihood-stat/model.js';
import { addEnglish as addTableEnglish } from '../../src/charts/livelihood-table/messages-en.ts';
import { buildTableModel } from '../../src/charts/livelihood-table/model.js';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import { indicatorName } from '../../src/kit/model/indicator-name.js';
import { hasEnglish } from '../../src/kit/model/messages-en.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { cities, citiesWithUntranslated } from './fixtures.js';

addBarEnglish();
addCompareEnglish();
addStatEnglish();
addTableEnglish();

const CHINESE = /[\u2e80-\u9fff]/u;
const ok = <T>(r: { ok: true; model: T } | { ok: false; problem: { kind: string } }): T => {
  if (!r.ok) throw new Error(r.problem.kind);
  return r.model;
};

describe('indicatorName', () => {
  const index = indexDataset(citiesWithUntranslated());

  it('names an indicator in the chart’s language', () => {
    assert.equal(indicatorName(index, 'elderly_meal_points', 'zh'), '老年助餐点');
    assert.equal(indicatorName(index, 'elderly_meal_points', 'en'), 'Elderly meal points');
  });

  it('names one with no English by its category, marked untranslated, never in Chinese', () => {
    assert.equal(hasEnglish({ zh: '家庭', en: '家庭' }), false);
    assert.equal(indicatorName(index, 'subject_家庭', 'en'), 'Elderly care (untranslated)');
    assert.equal(indicatorName(index, 'subject_家庭', 'zh'), '家庭');
  });
});

describe('English charts show no Chinese names', () => {
  const data = citiesWithUntranslated();

  it('<city-compare>: group headings and table', () => {
    const m = ok(buildCompareModel(data, { regions: ['hohhot', 'shijiazhuang'], indicators: [], category: 'elderly_care', lang: 'en', shown: RESULTS }));
    const row = m.rows.find((r) => r.key === 'subject_家庭')!;
    assert.equal(row.label, 'Elderly care (untranslated)');
    for (const r of m.rows) assert.doesNotMatch(r.label, CHINESE);
    for (const r of m.table.rows) assert.doesNotMatch(r[0]!, CHINESE);
    assert.doesNotMatch(m.summary, CHINESE);
  });

  it('<livelihood-stat>: card labels', () => {
    const m = ok(buildStatModel(data, { region: 'hohhot', regions: [], indicators: ['subject_家庭', 'home_care_beds'], observations: [], lang: 'en', shown: RESULTS }));
    for (const c of m.cards) assert.doesNotMatch(c.label, CHINESE);
  });

  it('<livelihood-table>: the indicator column names each figure’s indicator in English', () => {
    const m = ok(buildTableModel(data, { indicator: 'old_compounds_renovated', lang: 'en', shown: RESULTS }));
    assert.deepEqual([...new Set(m.rows.map((r) => r.cells.subject))], ['Old residential compounds renovated']);
    const hohhot = ok(buildTableModel(data, { region: 'hohhot', lang: 'en', shown: RESULTS }));
    for (const r of hohhot.rows) assert.doesNotMatch(r.cells.subject, CHINESE);
    // In Chinese, the article's own subject.
    const zh = ok(buildTableModel(data, { indicator: 'old_compounds_renovated', lang: 'zh', shown: RESULTS }));
    assert.deepEqual(zh.rows.map((r) => r.cells.subject), zh.rows.map((r) => r.observation.subject));
  });

  it('mixed-units names units and indicators in English', () => {
    const r = buildBarModel(cities(), { region: 'zhangjiakou', category: 'education', regions: [], indicators: [], sort: 'value', lang: 'en', shown: RESULTS });
    assert.ok(!r.ok && r.problem.kind === 'mixed-units');
    if (r.ok || r.problem.kind !== 'mixed-units') return;
    // As the element says it: the groups are named with the message (mixed.ts).
    const message = describeBarProblem(r.problem, 'en');
    assert.doesNotMatch(message, CHINESE, message);
    assert.match(message, /yuan: Education spending/);
  });
});
