import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTableModel, filterTable, sortTable, type TableModel, type TableQuery } from '../../src/charts/livelihood-table/model.js';
import type { ChartProblem } from '../../src/kit/element/problem.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { withSuggestions } from '../../src/kit/model/suggest.js';
import { cities } from './fixtures.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/charts/livelihood-table/messages-en.ts';
addEnglish();

const query = (q: Partial<TableQuery>): TableQuery => ({ lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<TableQuery>): TableModel {
  const result = buildTableModel(cities(), query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

function problem(q: Partial<TableQuery>): ChartProblem {
  const result = buildTableModel(cities(), query(q));
  if (result.ok) throw new Error('expected a problem');
  // As the element does before it says the problem (an unknown id's suggestions).
  return withSuggestions(result.problem);
}

describe('buildTableModel', () => {
  it('has the expected defaults: one row a figure, in dataset order, the value as written', () => {
    const m = model({ indicator: 'old_compounds_renovated' });
    assert.deepEqual(m.rows.map((r) => [r.cells.place, r.cells.value, r.cells.period]), [
      ['张家口市', '700余个', '截至2025年12月22日'],
      ['呼和浩特市', '309个', '2023年'],
      ['石家庄市', '645个', '2021年'],
      ['石家庄市', '956个', '2022年1月–8月11日'],
    ]);
    assert.equal(m.heading, '老旧小区改造');
    assert.deepEqual(m.notes, []);
  });

  it('writes one number format down the English value column (QA review s6, B6)', async () => {
    // 石家庄's 88442 and 12130 people: 12130 alone would read 12.13K beside 88,442.
    const result = buildTableModel(await loadDefaultDataset(), query({ region: 'shijiazhuang', lang: 'en' }));
    assert.ok(result.ok);
    const values = result.model.rows.map((r) => r.cells.value);
    assert.ok(values.includes('88,442 people') && values.includes('12,130 people'), values.join(' | '));
    assert.ok(values.every((v) => !/\dK\b/.test(v)), values.join(' | '));
  });

  it('gives a table cell\'s bare number the unit its column heading gave (满意度（%）: 95.2 → 95.2%, QA s12b B7)', () => {
    const data = cities();
    const [a, b] = data.observations.filter((o) => o.indicator === 'old_compounds_renovated' && o.region === 'shijiazhuang');
    // 645 under 改造小区（个）, and 0.0956 万个 under 改造小区（万个）: the cell as the article wrote it, without its unit.
    Object.assign(a!, { raw: '645' });
    Object.assign(b!, { raw: '0.0956' });
    const result = buildTableModel(data, query({ indicator: 'old_compounds_renovated' }));
    assert.ok(result.ok);
    assert.deepEqual(result.model.rows.map((r) => r.cells.value), ['700余个', '309个', '645个', '956个']);
  });

  it('…and a rate, and money in 万元 as the column scaled it; but words that say the unit stand as written', () => {
    const data = cities();
    const template = data.observations.find((o) => o.region === 'hohhot')!;
    data.indicators.push({ id: 'subject_满意度', name: { zh: '满意度', en: '满意度' }, category: 'other', unit: '%', kind: 'rate', canonical: false });
    data.indicators.push({ id: 'subject_投资', name: { zh: '投资', en: '投资' }, category: 'other', unit: '元', kind: 'amount', canonical: false });
    data.observations.push({ ...template, id: 'x#1', indicator: 'subject_满意度', unit: '%', value: 95.2, raw: '95.2', qualifier: 'exact' });
    data.observations.push({ ...template, id: 'x#2', indicator: 'subject_满意度', unit: '%', value: 80, raw: '八成', qualifier: 'exact' });
    data.observations.push({ ...template, id: 'x#3', indicator: 'subject_投资', unit: '元', value: 32_500_000, raw: '3250', qualifier: 'exact' });
    const rate = buildTableModel(data, query({ indicator: 'subject_满意度' }));
    assert.ok(rate.ok);
    assert.deepEqual(rate.model.rows.map((r) => r.cells.value), ['95.2%', '八成']);
    const money = buildTableModel(data, query({ indicator: 'subject_投资' }));
    assert.ok(money.ok);
    assert.deepEqual(money.model.rows.map((r) => r.cells.value), ['3250万元']);
  });

  it('narrows to every attribute given', () => {
    const m = model({ indicator: 'old_compounds_renovated', region: 'shijiazhuang' });
    assert.deepEqual(m.rows.map((r) => r.cells.value), ['645个', '956个']);
    assert.equal(m.heading, '石家庄市：老旧小区改造');
    assert.equal(model({ source: 's_sjz' }).rows.every((r) => r.observation.source === 's_sjz'), true);
  });

  it('writes values in English as the charts do, naming units', () => {
    const m = model({ indicator: 'old_compounds_renovated', lang: 'en' });
    assert.deepEqual(m.rows.map((r) => r.cells.value), ['700+ units', '309 units', '645 units', '956 units']);
  });

  it('says what is wrong', () => {
    assert.deepEqual(problem({}), { kind: 'table-needs-selection' });
    assert.equal(problem({ region: 'nowhere' }).kind, 'unknown-region');
    const unknown = problem({ source: 's_sj' });
    assert.equal(unknown.kind, 'unknown-source');
    assert.equal((unknown as { suggestions: { id: string }[] }).suggestions[0]!.id, 's_sjz');
  });
});

describe('a row’s accessible name', () => {
  it('says what is counted, not only the place and value (QA review s11, finding 13)', async () => {
    const result = buildTableModel(await loadDefaultDataset(), query({ region: 'shijiazhuang' }));
    assert.ok(result.ok);
    const income = result.model.rows.find((r) => r.observation.value === 16993)!;
    assert.equal(income.ariaLabel, `石家庄市，${income.observation.subject}：16993元，2022年1–6月`);
    assert.match(income.ariaLabel, /可支配收入/);
  });

  it('names the subject in Chinese and the indicator in English, as the subject column does', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'old_compounds_renovated', region: 'hohhot', lang });
      assert.equal(m.rows[0]!.ariaLabel, lang === 'zh' ? `呼和浩特市，${m.rows[0]!.cells.subject}：309个，2023年` : 'Hohhot, Old residential compounds renovated: 309 units, 2023');
      assert.ok(m.rows[0]!.ariaLabel.includes(m.rows[0]!.cells.subject));
    }
  });
});

describe('sortTable and filterTable', () => {
  const rows = () => model({ indicator: 'old_compounds_renovated' }).rows;
  const cases: [column: Parameters<typeof sortTable>[1], direction: 'ascending' | 'descending', values: string[]][] = [
    [undefined, 'ascending', ['700余个', '309个', '645个', '956个']],
    ['value', 'ascending', ['309个', '645个', '700余个', '956个']],
    ['value', 'descending', ['956个', '700余个', '645个', '309个']],
    ['period', 'ascending', ['645个', '956个', '309个', '700余个']],
  ];
  for (const [column, direction, values] of cases) {
    it(`sorts by ${column ?? 'nothing'}, ${direction}`, () => {
      assert.deepEqual(sortTable(rows(), column, direction, 'zh').map((r) => r.cells.value), values);
    });
  }

  /** The fixture's old compounds with each status and an uncertain result: one row of each kind. */
  function mixed(lang: 'zh' | 'en'): TableModel['rows'] {
    const data = cities();
    const [a, b, c, d] = data.observations.filter((o) => o.indicator === 'old_compounds_renovated');
    Object.assign(a!, { status: 'ongoing' });
    Object.assign(b!, { status: 'result', flags: ['period_unstated'] });
    Object.assign(c!, { status: 'plan' });
    Object.assign(d!, { status: 'result' });
    const result = buildTableModel(data, query({ indicator: 'old_compounds_renovated', lang, shown: { statuses: ['result', 'plan', 'target', 'ongoing'], uncertain: true } }));
    assert.ok(result.ok);
    return result.model.rows;
  }

  it('names every row’s status, a result’s too (untagged), and an uncertain result’s with its tag', () => {
    assert.deepEqual(mixed('zh').map((r) => [r.cells.status, r.tag]), [['在建', '在建'], ['结果 · 存疑', '存疑'], ['计划', '计划'], ['结果', '']]);
    assert.deepEqual(mixed('en').map((r) => r.cells.status), ['under way', 'result · uncertain', 'plan', 'result']);
    // The default table (results only) says 结果 on every row, not a blank.
    assert.deepEqual(rows().map((r) => r.cells.status), ['结果', '结果', '结果', '结果']);
  });

  it('sorts by status in one order in either language: result, plan, target, ongoing, sure before uncertain', () => {
    for (const lang of ['zh', 'en'] as const) {
      assert.deepEqual(sortTable(mixed(lang), 'status', 'ascending', lang).map((r) => r.cells.value.replace(/\D/gu, '')), ['956', '309', '645', '700'], lang);
      assert.deepEqual(sortTable(mixed(lang), 'status', 'descending', lang).map((r) => r.cells.value.replace(/\D/gu, '')), ['700', '645', '309', '956'], lang);
    }
  });

  it('filters by a status’s name, a result’s too', () => {
    assert.deepEqual(filterTable(mixed('zh'), '结果').map((r) => r.cells.status), ['结果 · 存疑', '结果']);
    assert.deepEqual(filterTable(mixed('en'), 'RESULT').map((r) => r.cells.status), ['result · uncertain', 'result']);
    assert.deepEqual(filterTable(mixed('zh'), '在建').map((r) => r.cells.value), ['700余个']);
  });

  it('keeps rows containing the text, in any case and any column', () => {
    assert.deepEqual(filterTable(rows(), '石家庄').map((r) => r.cells.value), ['645个', '956个']);
    assert.equal(filterTable(rows(), '  ').length, 4);
    assert.equal(filterTable(rows(), 'NOTHING like this').length, 0);
  });
});
