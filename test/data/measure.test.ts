/**
 * Flows and stocks (src/data/measure.ts): one canonical indicator holds figures of one
 * measure, so a chart of it compares like with like. What a period added to things that
 * stand (`新建老年助餐点12个`) is never drawn beside what stands (`老年助餐点总数达到359个`),
 * and a running total of work done with no start (`截至目前，全市已完成老旧小区改造700余个`)
 * never beside a year's work. The seeds' and the hand-keyed articles' sentences, made-up
 * ones of other cities, and the whole corpus.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { INDICATORS } from '../../src/data/lexicon.ts';
import { parseManifest } from '../../src/data/manifest.ts';
import { entryOf, measuredIndicator, measureOf } from '../../src/data/measure.ts';
import { articlePlace } from '../../src/data/places.ts';
import type { Dataset, Observation } from '../../src/data/types.ts';

function build(dir: string, files: readonly string[], region: (file: string, text: string) => string): Dataset {
  const builder = new DatasetBuilder();
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const { text } = decodeArticle(bytes);
    builder.add({ file, text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }, { file, region: region(file, text) });
  }
  return builder.finish();
}
function article(lines: readonly string[], region: string): Dataset {
  const text = `${lines.join('\n')}\n`;
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  return builder.finish();
}
/** The `nth` figure written `raw` (in `source`, when given). */
function figure(dataset: Dataset, raw: string, nth = 1, source?: string): Observation {
  const found = dataset.observations.filter((o) => o.raw === raw && (!source || o.source === source))[nth - 1];
  assert.ok(found, `${raw} #${nth} is a figure`);
  return found;
}

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const ARTICLES = new URL('./articles/', import.meta.url).pathname;
const manifest = parseManifest(JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')));
const seeds = build(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort(), (file) => manifest.articles.find((a) => a.file === file)!.region as string);
const articles = build(ARTICLES, readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort(), (_file, text) => {
  const place = articlePlace(text);
  assert.ok(place && !place.ambiguous, 'the article names its place');
  return place.region.id;
});

describe('measureOf', () => {
  it('reads a period with a start as a flow, a date with none as a stock', () => {
    assert.equal(measureOf({ label: '今年', start: '2025-01-01', end: '2025-12-10' }, 'result', '今年新增老年助餐点'), 'flow');
    // 2021年以来，全区累计改造…: a flow since then, whatever 累计 says.
    assert.equal(measureOf({ label: '2021年以来', start: '2021-01-01', end: '2025-11-20' }, 'result', '全区累计改造老旧小区'), 'flow');
    assert.equal(measureOf({ label: '今年', end: '2025-12-10' }, 'result', '全市老年助餐点总数达到'), 'stock');
    assert.equal(measureOf({ label: '截至目前', end: '2025-12-22' }, 'result', '全市已完成老旧小区改造'), 'stock');
  });
  it('reads a plan to add things by a deadline as a flow, a level to reach by one as a stock', () => {
    assert.equal(measureOf({ label: '到2027年', end: '2027-12-31' }, 'plan', '到2027年，全县还将新建、改扩建学校'), 'flow');
    assert.equal(measureOf({ label: '10月底前', end: '2025-10-31' }, 'plan', '新建充电桩力争10月底前再建成'), 'flow');
    assert.equal(measureOf({ label: '到2027年', end: '2027-12-31' }, 'target', '到2027年，全市老年助餐点达到'), 'stock');
    // A result is read by its period alone: 已建成长者食堂512个 as of a date stands.
    assert.equal(measureOf({ label: '截至2025年底', end: '2025-12-31' }, 'result', '截至2025年底，全市已建成长者食堂'), 'stock');
  });
  it('reads an undated figure by the span it names, else by its words: a bare count is a stock', () => {
    assert.equal(measureOf({ label: '去年以来' }, 'result', ''), 'flow');
    assert.equal(measureOf({ label: '截至目前' }, 'result', '建成居家社区养老服务中心'), 'stock');
    assert.equal(measureOf({ label: '未注明' }, 'result', '完成家庭养老床位建设'), 'flow');
    assert.equal(measureOf({ label: '未注明' }, 'plan', '县第二中学…建成后将新增学位'), 'flow');
    assert.equal(measureOf({ label: '未注明' }, 'result', ''), 'stock');
    assert.equal(measureOf({ label: '未注明' }, 'result', '在灵石县,'), 'stock');
  });
});

describe('measuredIndicator', () => {
  const entry = (id: string) => INDICATORS.find((e) => e.id === id)!;
  it('names a flow of things that stand as added, in a family of its own', () => {
    const added = measuredIndicator(entry('elderly_meal_points'), 'flow');
    assert.deepEqual(
      [added.id, added.name, added.family, added.measure, added.canonical],
      ['elderly_meal_points.added', { zh: '新增老年助餐点', en: 'Elderly meal points added' }, 'elderly_care_facilities.added', 'flow', true],
    );
    assert.equal(measuredIndicator(entry('elderly_meal_points'), 'stock').id, 'elderly_meal_points');
  });
  it('names a running total of work done as cumulative; a flow of work keeps the lexicon id', () => {
    const total = measuredIndicator(entry('old_compounds_renovated'), 'stock');
    assert.deepEqual([total.id, total.name.zh, total.family, total.measure], ['old_compounds_renovated.cumulative', '老旧小区改造（累计）', 'old_compounds.cumulative', 'stock']);
    assert.equal(measuredIndicator(entry('old_compounds_renovated'), 'flow').id, 'old_compounds_renovated');
    // A rate has no measure: one id, whatever its period.
    assert.equal(measuredIndicator(entry('medical_insurance_coverage'), 'stock').id, 'medical_insurance_coverage');
  });
  it('finds the entry of a measured id, and none of a derived one', () => {
    assert.equal(entryOf('elderly_meal_points.added')?.id, 'elderly_meal_points');
    assert.equal(entryOf('old_compounds_renovated.cumulative')?.id, 'old_compounds_renovated');
    assert.equal(entryOf('elderly_meal_points.coverage'), undefined);
  });
});

describe('the seeds and the hand-keyed articles', () => {
  it('张家口 (000): meal points standing, compounds renovated to date, homes raised over the plan', () => {
    // 全市359个老年助餐点: a bare count, as of publication.
    assert.equal(figure(seeds, '359个').indicator, 'elderly_meal_points');
    // 截至目前…已完成老旧小区改造700余个, with 2018年起…开启了…老旧小区改造工程 before it: a flow since 2018.
    assert.equal(figure(seeds, '700余个').indicator, 'old_compounds_renovated');
    assert.equal(figure(seeds, '700余个').period.start, '2018-01-01');
    assert.equal(figure(seeds, '8000余套').indicator, 'affordable_rental_homes.added');
    // 2018年以来，全市建成农村互助幸福院200多所: a flow since then.
    assert.equal(figure(seeds, '200多所').indicator, 'rural_mutual_aid_homes.added');
  });
  it('武陵源 (002): 9个老年助餐点遍布各乡, with no verb and no date, is a stock whose date is unknown', () => {
    const o = figure(seeds, '9个', 1, '002_7c7be342e79c6484');
    assert.equal(o.subject, '老年助餐点');
    assert.equal(o.indicator, 'elderly_meal_points');
    assert.ok(o.flags?.includes('period_unstated'));
  });
  it('石家庄 (004): compounds renovated in 2021 and in 2022 are one flow', () => {
    assert.deepEqual([figure(seeds, '645个').indicator, figure(seeds, '956个').indicator], ['old_compounds_renovated', 'old_compounds_renovated']);
  });
  it('work-report: 新建老年助餐点65个 and 总数达到438个 are two measures; the subject keeps its verb', () => {
    const added = figure(articles, '65个', 1, 'work-report');
    const total = figure(articles, '438个', 1, 'work-report');
    assert.deepEqual([added.indicator, added.subject], ['elderly_meal_points.added', '新建老年助餐点']);
    assert.deepEqual([total.indicator, total.subject], ['elderly_meal_points', '老年助餐点总数']);
    // 到2027年，全市老年助餐点达到600个以上: a level to reach.
    assert.equal(figure(articles, '600个以上', 1, 'work-report').indicator, 'elderly_meal_points');
  });
  it('provincial-roundup: the total after 新增…210个 is of the meal points, not of the new ones', () => {
    const total = figure(articles, '986个', 1, 'provincial-roundup');
    assert.deepEqual([total.indicator, total.subject], ['elderly_meal_points', '老年助餐点总数']);
  });
  it('county-news: 到2027年，全县还将新建…学校6所，新增学位3000个 are flows to a deadline, filed with the year\'s', () => {
    assert.equal(figure(articles, '6所', 1, 'county-news').indicator, 'schools_built');
    assert.equal(figure(articles, '3000个', 1, 'county-news').indicator, 'new_school_places');
    assert.equal(figure(articles, '2160个', 2, 'county-news').indicator, 'new_school_places');
    // The headline's 开化县新增学位2160个, dated as the body's, is filed as the body's flow; no indicator is left without figures.
    assert.equal(figure(articles, '2160个', 1, 'county-news').indicator, 'new_school_places');
    const used = new Set(articles.observations.map((o) => o.indicator));
    assert.deepEqual(articles.indicators.filter((i) => !used.has(i.id)).map((i) => i.id), []);
  });
  it('people-congress-progress: 累计建成公共充电桩2.8万个 stands; 新建充电桩620个 was added, and its share of the year\'s task follows it', () => {
    assert.equal(figure(articles, '2.8万个', 1, 'people-congress-progress').indicator, 'ev_chargers');
    assert.equal(figure(articles, '620个', 1, 'people-congress-progress').indicator, 'ev_chargers.added');
    assert.equal(figure(articles, '74%', 1, 'people-congress-progress').indicator, 'childcare_places.added.target_share');
  });
});

describe('made-up sentences of other cities', () => {
  it('张家口: 50 new, 359 in all, and 宣化区\'s 12 new are not one measure', () => {
    const dataset = article(['张家口市2025年民生实事进展', '发布时间：2025-12-10', '今年新增老年助餐点50个，全市老年助餐点总数达到359个。宣化区新建老年助餐点12个。'], 'zhangjiakou');
    const rows = ['50个', '359个', '12个'].map((raw) => figure(dataset, raw)).map((o) => [o.indicator, o.region, o.subject, o.period.start]);
    assert.deepEqual(rows, [
      ['elderly_meal_points.added', 'zhangjiakou', '新增老年助餐点', '2025-01-01'],
      ['elderly_meal_points', 'zhangjiakou', '老年助餐点总数', undefined],
      ['elderly_meal_points.added', 'xuanhua', '新建老年助餐点', '2025-01-01'],
    ]);
    assert.deepEqual(dataset.indicators.find((i) => i.id === 'elderly_meal_points.added')?.name, { zh: '新增老年助餐点', en: 'Elderly meal points added' });
  });
  it('杭州: places added over the year beside places in all; beds to reach by 2027 stand', () => {
    const dataset = article(
      ['杭州市2025年民生实事完成情况', '发布时间：2025-12-28', '全年新增普惠托位3200个，完成年度任务的106.7%，全市普惠托位总数达到4.6万个。', '到2027年，全市养老机构床位达到5万张。'],
      'hangzhou',
    );
    assert.equal(figure(dataset, '3200个').indicator, 'childcare_places.added');
    assert.equal(figure(dataset, '106.7%').indicator, 'childcare_places.added.target_share');
    assert.equal(figure(dataset, '4.6万个').indicator, 'childcare_places');
    assert.equal(figure(dataset, '5万张').indicator, 'elderly_care_institution_beds');
  });
  it('苏州: compounds renovated this year and since 2021, and jobs of the city and a county-level city, stay one flow each', () => {
    const dataset = article(
      ['苏州市2025年民生实事进展', '发布时间：2025-11-20', '今年全市改造老旧小区128个。', '2021年以来，全市累计改造老旧小区560个。', '1—10月，城镇新增就业12.6万人。截至10月底，昆山市城镇新增就业2.1万人。'],
      'suzhou_jiangsu',
    );
    assert.deepEqual(['128个', '560个'].map((raw) => figure(dataset, raw).indicator), ['old_compounds_renovated', 'old_compounds_renovated']);
    assert.deepEqual(['12.6万人', '2.1万人'].map((raw) => figure(dataset, raw).indicator), ['new_urban_jobs', 'new_urban_jobs']);
    assert.equal(dataset.indicators.some((i) => i.id.startsWith('new_urban_jobs.')), false);
  });
  it('南宁: a running total of renovations as of a date is cumulative, not a year\'s work', () => {
    const dataset = article(['南宁市城市更新工作情况', '发布时间：2025-09-30', '截至目前，全市已累计完成老旧小区改造1320个，惠及居民18万户。'], 'nanning');
    assert.equal(figure(dataset, '1320个').indicator, 'old_compounds_renovated.cumulative');
  });
  it('an undated county notice: a bare count stands, a count of work done was added; both flagged', () => {
    const dataset = article(['沅陵县养老服务工作简报', '全县12个长者食堂遍布各镇。完成家庭养老床位建设800张。'], 'yuanling');
    const meals = figure(dataset, '12个');
    const beds = figure(dataset, '800张');
    assert.deepEqual([meals.indicator, beds.indicator], ['elderly_meal_points', 'home_care_beds.added']);
    for (const o of [meals, beds]) assert.ok(o.flags?.includes('period_unstated'), o.raw);
  });
});

describe('the whole corpus: no canonical indicator mixes flows and stocks', () => {
  for (const [name, dataset] of [['seeds', seeds], ['articles', articles]] as const) {
    it(`${name}: a stock indicator has no figure with a start; a flow indicator's figures with none are plans or targets to a deadline, or undated`, () => {
      const measures = new Map(dataset.indicators.filter((i) => i.measure).map((i) => [i.id, i.measure]));
      const wrong = dataset.observations.filter((o) => {
        const measure = measures.get(o.indicator);
        if (measure === 'stock') return o.period.start !== undefined;
        if (measure === 'flow') return !o.period.start && o.period.end !== undefined && o.status !== 'plan' && o.status !== 'target';
        return false;
      });
      assert.deepEqual(wrong.map((o) => `${o.source} ${o.raw} ${o.indicator} ${o.period.label}`), []);
    });
    it(`${name}: every canonical count, length or amount says its measure`, () => {
      for (const i of dataset.indicators) {
        if (!i.canonical || !['count', 'length', 'amount'].includes(i.kind)) continue;
        if (entryOf(i.id)) assert.ok(i.measure, i.id);
      }
    });
  }
  it('results and work under way: no canonical indicator has figures both with a start and without', () => {
    for (const dataset of [seeds, articles]) {
      const starts = new Map<string, Set<boolean>>();
      for (const o of dataset.observations) {
        if (!entryOf(o.indicator)?.measure || (o.status !== 'result' && o.status !== 'ongoing') || !o.period.end) continue;
        starts.set(o.indicator, (starts.get(o.indicator) ?? new Set()).add(o.period.start !== undefined));
      }
      const mixed = [...starts].filter(([, s]) => s.size > 1).map(([id]) => id);
      assert.deepEqual(mixed, []);
    }
  });
});
