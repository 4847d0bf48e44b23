import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTrendModel, toTime, trendShape, type TrendModel, type TrendQuery } from '../../src/charts/livelihood-trend/model.js';
import type { Dataset } from '../../src/data/types.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import type { ChartProblem } from '../../src/kit/element/problem.js';
import { RESULTS, toShown, type Shown } from '../../src/kit/model/show.js';
import { cities } from './fixtures.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/charts/livelihood-trend/messages-en.ts';
addEnglish();

const query = (q: Partial<TrendQuery>): TrendQuery => ({ regions: [], lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<TrendQuery>, dataset: Dataset = cities()): TrendModel {
  const result = buildTrendModel(dataset, query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

function problem(q: Partial<TrendQuery>, dataset: Dataset = cities()): ChartProblem {
  const result = buildTrendModel(dataset, query(q));
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('buildTrendModel', () => {
  it('has the expected defaults: every place reporting the indicator, latest value first, each in time order', () => {
    const m = model({ indicator: 'old_compounds_renovated' });
    assert.deepEqual(m.series.map((s) => [s.key, s.points.map((i) => m.points[i]!.valueLabel)]), [
      ['shijiazhuang', ['645个', '956个']],
      ['zhangjiakou', ['700余个']],
      ['hohhot', ['309个']],
    ]);
    // 645 (2021) and 956 (Jan–Aug 11, 2022) are not joined: a year beside eight months.
    assert.equal(m.shape, 'none');
    assert.deepEqual(m.notes, ['注：石家庄市的数字时期长短不同（2021年、2022年1月–8月11日），未用线相连：其差别不代表增减。']);
  });

  it('places a figure from its period’s start to its end; a figure "to date" has no start', () => {
    const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang', 'zhangjiakou'] });
    assert.deepEqual(m.points.map((p) => [p.start, p.end]), [
      [toTime('2021-01-01'), toTime('2021-12-31')],
      [toTime('2022-01-01'), toTime('2022-08-11')],
      [null, toTime('2025-12-22')],
    ]);
  });

  it('notes places of different tiers on one axis, and which lies inside which', () => {
    const ds = cities();
    ds.regions.push({ id: 'xinhua_sjz', name: { zh: '新华区', en: 'Xinhua District' }, level: 'district', parent: 'shijiazhuang' });
    const template = ds.observations.find((o) => o.region === 'shijiazhuang' && o.indicator === 'old_compounds_renovated')!;
    ds.observations.push({ ...template, id: 'district', region: 'xinhua_sjz', value: 40, raw: '40个' });
    const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang', 'xinhua_sjz'] }, ds);
    assert.equal(m.notes[0], '注：所比较地区的行政级别不同（石家庄市为地级，新华区为县级），数据规模不宜直接比较。新华区隶属石家庄市。');
    assert.ok(model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang', 'hohhot'] }, ds).notes.every((n) => !n.includes('行政级别')));
  });

  it('keeps the order of listed regions', () => {
    const m = model({ indicator: 'old_compounds_renovated', regions: ['hohhot', 'zhangjiakou'] });
    assert.deepEqual(m.series.map((s) => s.label), ['呼和浩特市', '张家口市']);
  });

  describe('on the default dataset (石家庄 old compounds: 645 in 2021, 956 under way in 2022)', () => {
    const cases: [name: string, shown: Shown, values: string[], shape: string, notes: string[]][] = [
      ['results only: one point, not a trend', RESULTS, ['645个'], 'none', ['只有一个时期的数字：一个点不构成趋势。', '注：另有1个在建数字未画出。']],
      // A finished year is not joined to work under way: a line would read as growth in what is done (QA review s11, finding 7).
      ['with work under way: two points, not joined', toShown('result ongoing', false) as Shown, ['645个', '956个（在建）'], 'none', ['注：石家庄市已完成的数字与计划、目标或在建的数字未用线相连：其差别不代表增减。']],
    ];
    for (const [name, shown, values, shape, notes] of cases) {
      it(name, async () => {
        const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'], shown }, await loadDefaultDataset());
        assert.deepEqual(m.points.map((p) => p.taggedValue), values);
        assert.equal(m.shape, shape);
        assert.deepEqual(m.notes, notes);
      });
    }
  });

  it('places a figure of a period with a start and no end, a standard in force from a day, at that day (QA s14 B6)', () => {
    const ds = cities();
    const hohhot = ds.observations.find((o) => o.region === 'hohhot' && o.indicator === 'old_compounds_renovated')!;
    hohhot.period = { label: '自2027年1月1日起', start: '2027-01-01' };
    hohhot.status = 'plan';
    const m = model({ indicator: 'old_compounds_renovated', regions: ['hohhot'], shown: toShown('all', false) as Shown }, ds);
    assert.deepEqual(m.points.map((p) => [p.start, p.end]), [[toTime('2027-01-01'), toTime('2027-01-01')]]);
    assert.ok(!m.notes.some((n) => n.includes('没有注明日期')), m.notes.join('|'));
  });

  it('counts figures with no date, and those in another unit, in notes', () => {
    const ds = cities();
    const hohhot = ds.observations.find((o) => o.region === 'hohhot' && o.indicator === 'old_compounds_renovated')!;
    hohhot.period = { label: '今年' };
    const zjk = ds.observations.find((o) => o.region === 'zhangjiakou' && o.indicator === 'old_compounds_renovated')!;
    zjk.unit = '栋';
    const m = model({ indicator: 'old_compounds_renovated' }, ds);
    assert.deepEqual(m.notes.slice(1), ['注：另有1个数字没有注明日期，无法放上时间轴，未画出。', '注：另有1个数字单位不同（栋），未画出。']);
    assert.equal(m.points.length, 2);
  });

  it('says what is wrong', () => {
    assert.deepEqual(problem({}), { kind: 'trend-needs-indicator' });
    assert.equal(problem({ indicator: 'old_compound' }).kind, 'unknown-indicator');
    assert.equal(problem({ indicator: 'old_compounds_renovated', regions: ['nowhere'] }).kind, 'unknown-region');
    assert.deepEqual(problem({ indicator: 'elderly_meal_points', regions: ['wulingyuan'] }), { kind: 'trend-undated', count: 1 });
  });

  it('summarises each place’s figures in time order, in English too', () => {
    const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'], lang: 'en' });
    assert.equal(m.summary, 'Old residential compounds renovated: Shijiazhuang: 645 (2021), 956 (Jan–Aug 11, 2022).');
  });
});

describe('buildTrendModel: figures of periods of different length', () => {
  /** Shijiazhuang's shantytown homes: 2021 in full, then Jan–Aug 11, 2022; Zhangjiakou's for all of 2021–2025. */
  const shantytowns = (): Dataset => {
    const ds = cities();
    const fig = (id: string, region: string, value: number, period: { label: string; start?: string; end?: string }) => ({
      ...ds.observations.find((o) => o.id === 's_sjz#1')!, id, indicator: 'old_compounds_renovated', region, value, period,
    });
    ds.observations = [
      fig('a', 'shijiazhuang', 12141, { label: '2021年', start: '2021-01-01', end: '2021-12-31' }),
      fig('b', 'shijiazhuang', 11648, { label: '截至目前', start: '2022-01-01', end: '2022-08-11' }),
      // Written as the article wrote it (1万个): a Chinese chart keeps that form (QA C3).
      { ...fig('c', 'zhangjiakou', 10000, { label: '十四五期间', start: '2021-01-01', end: '2025-12-31' }), raw: '1万个' },
    ];
    return ds;
  };

  it('does not join a full year to eight months, and says why', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'], lang }, shantytowns());
      assert.deepEqual(m.points.map((p) => [p.value, p.joined]), [[12141, false], [11648, false]]);
      assert.equal(m.shape, 'none');
      assert.match(m.notes[0]!, lang === 'zh' ? /石家庄市的数字时期长短不同（2021年、2022年1月–8月11日），未用线相连/ : /Shijiazhuang’s figures cover periods of different length \(2021, Jan–Aug 11, 2022\), so they are not joined/);
    }
  });

  it('joins figures of equally long periods', () => {
    const ds = shantytowns();
    ds.observations[1]!.period = { label: '2022年', start: '2022-01-01', end: '2022-12-31' };
    const m = model({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'] }, ds);
    assert.deepEqual(m.points.map((p) => p.joined), [false, true]);
    assert.equal(m.shape, 'slope');
    assert.deepEqual(m.notes, []);
  });

  it('leaves a figure of several years out beside figures of a year or less, with its value in a note', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'old_compounds_renovated', lang }, shantytowns());
      assert.deepEqual(m.series.map((s) => s.key), ['shijiazhuang']);
      assert.ok(m.points.every((p) => p.value !== 10000));
      // Written as a figure alone (1万), not in the chart's format (12141 beside it reads 10000).
      assert.match(m.notes.at(-1)!, lang === 'zh' ? /张家口市的1万个是2021–2025年整个时期的数字.*未画出/ : /not drawn.*Zhangjiakou 10K \(2021–2025\)/);
    }
  });

  it('draws figures of several years when they are all the chart has', () => {
    const ds = shantytowns();
    ds.observations = ds.observations.filter((o) => o.region === 'zhangjiakou');
    assert.deepEqual(model({ indicator: 'old_compounds_renovated' }, ds).points.map((p) => p.value), [10000]);
  });
});

describe('buildTrendModel: figures of different statuses', () => {
  /** Hohhot's renovated compounds: 2023's result, then the plans for 2024 and 2025. */
  const plans = (): Dataset => {
    const ds = cities();
    const done = ds.observations.find((o) => o.region === 'hohhot' && o.indicator === 'old_compounds_renovated')!;
    const year = (y: number) => ({ label: `${y}年`, start: `${y}-01-01`, end: `${y}-12-31` });
    ds.observations = [
      { ...done, period: year(2023) },
      { ...done, id: 'p1', value: 400, raw: '400个', status: 'plan', period: year(2024) },
      { ...done, id: 'p2', value: 450, raw: '450个', status: 'plan', period: year(2025) },
    ];
    return ds;
  };

  it('joins no result to a plan, and says why, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'old_compounds_renovated', shown: toShown('all', false) as Shown, lang }, plans());
      assert.deepEqual(m.points.map((p) => [p.value, p.joined]), [[309, false], [400, false], [450, true]]);
      assert.equal(m.shape, 'slope');
      assert.deepEqual(m.notes, [lang === 'zh'
        ? '注：呼和浩特市已完成的数字与计划、目标或在建的数字未用线相连：其差别不代表增减。'
        : 'Note: results are not joined to plans, targets or work under way (Hohhot): the difference is not a rise or fall.']);
    }
  });

  it('joins figures of one status, plans to plans, with no note', () => {
    const ds = plans();
    ds.observations.shift();
    const m = model({ indicator: 'old_compounds_renovated', shown: toShown('plan', false) as Shown }, ds);
    assert.deepEqual(m.points.map((p) => p.joined), [false, true]);
    assert.deepEqual(m.notes, []);
  });
});

describe('trendShape', () => {
  const cases: [number[], string][] = [[[1], 'none'], [[1, 1, 1], 'none'], [[2, 1], 'slope'], [[3, 2], 'line'], [[], 'none']];
  for (const [lengths, shape] of cases) it(`${JSON.stringify(lengths)} → ${shape}`, () => assert.equal(trendShape(lengths), shape));
});
