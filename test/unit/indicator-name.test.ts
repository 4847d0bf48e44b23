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

  it('names one with no English in the article’s words after its category, with no developer’s marker', () => {
    assert.equal(hasEnglish({ zh: '家庭', en: '家庭' }), false);
    assert.equal(indicatorName(index, 'subject_家庭', 'en'), 'Elderly care: 家庭');
    assert.equal(indicatorName(index, 'subject_家庭', 'zh'), '家庭');
  });

  it('gives three untranslated figures of one category three names, and a glossary name as it is', () => {
    const data = citiesWithUntranslated();
    const made = (zh: string, en: string, unit: string) =>
      data.indicators.push({ id: `urban_renewal:${zh}:${unit}`, name: { zh, en }, category: 'urban_renewal', unit, kind: 'count', canonical: false });
    made('老旧燃气管网', '老旧燃气管网', '公里');
    made('新增供热能力', '新增供热能力', '平方米');
    made('城区清洁取暖率', 'Clean heating rate in the urban area', '%');
    const i = indexDataset(data);
    assert.equal(indicatorName(i, 'urban_renewal:老旧燃气管网:公里', 'en'), 'Urban renewal: 老旧燃气管网');
    assert.equal(indicatorName(i, 'urban_renewal:新增供热能力:平方米', 'en'), 'Urban renewal: 新增供热能力');
    assert.equal(indicatorName(i, 'urban_renewal:城区清洁取暖率:%', 'en'), 'Clean heating rate in the urban area');
    assert.equal(indicatorName(i, 'urban_renewal:城区清洁取暖率:%', 'zh'), '城区清洁取暖率');
  });
});

/** An English chart's name: English, or the article's words after an English category. */
const ENGLISH_OR_OWN_WORDS = /^(?:[^\u2e80-\u9fff]+|[A-Z][a-z ]+: [^a-z]+)$/u;

describe('English charts name figures in English, or in the article’s words after their category', () => {
  const data = citiesWithUntranslated();

  it('<city-compare>: group headings and table', () => {
    const m = ok(buildCompareModel(data, { regions: ['hohhot', 'shijiazhuang'], indicators: [], category: 'elderly_care', lang: 'en', shown: RESULTS }));
    const row = m.rows.find((r) => r.key === 'subject_家庭')!;
    assert.equal(row.label, 'Elderly care: 家庭');
    for (const r of m.rows) assert.match(r.label, ENGLISH_OR_OWN_WORDS);
    for (const r of m.table.rows) assert.match(r[0]!, ENGLISH_OR_OWN_WORDS);
    assert.match(m.summary, /Elderly care: 家庭: Hohhot 862 households/);
    assert.doesNotMatch(m.summary, /untranslated/);
  });

  it('<livelihood-stat>: card labels', () => {
    const m = ok(buildStatModel(data, { region: 'hohhot', regions: [], indicators: ['subject_家庭', 'home_care_beds'], observations: [], lang: 'en', shown: RESULTS }));
    for (const c of m.cards) assert.match(c.label, ENGLISH_OR_OWN_WORDS);
    assert.ok(m.cards.some((c) => c.label === 'Elderly care: 家庭'));
  });

  it('<livelihood-table>: the indicator column names each figure’s indicator in English', () => {
    const m = ok(buildTableModel(data, { indicator: 'old_compounds_renovated', lang: 'en', shown: RESULTS }));
    assert.deepEqual([...new Set(m.rows.map((r) => r.cells.subject))], ['Old residential compounds renovated']);
    const hohhot = ok(buildTableModel(data, { region: 'hohhot', lang: 'en', shown: RESULTS }));
    for (const r of hohhot.rows) assert.match(r.cells.subject, ENGLISH_OR_OWN_WORDS);
    assert.ok(hohhot.rows.some((r) => r.cells.subject === 'Elderly care: 家庭'));
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
