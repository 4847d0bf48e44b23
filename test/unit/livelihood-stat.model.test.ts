import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildStatModel, headline, headlineText, type StatModel, type StatQuery } from '../../src/charts/livelihood-stat/model.js';
import { DatasetBuilder } from '../../src/data/dataset.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import type { Observation } from '../../src/data/types.js';
import { RESULTS, toShown, type Shown } from '../../src/kit/model/show.js';
import { messages } from '../../src/kit/model/messages.js';
import { cities, citiesWithHidden } from './fixtures.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/charts/livelihood-stat/messages-en.ts';
addEnglish();

const dataset = await loadDefaultDataset();
const query = (q: Partial<StatQuery>): StatQuery => ({ regions: [], indicators: [], observations: [], lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<StatQuery>, data = dataset): StatModel {
  const result = buildStatModel(data, query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

const problem = (q: Partial<StatQuery>) => {
  const result = buildStatModel(dataset, query(q));
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
};

describe('buildStatModel', () => {
  it('has the expected defaults: the latest sure result, its period and source', () => {
    const m = model({ indicator: 'old_compounds_renovated', region: 'shijiazhuang' });
    assert.equal(m.heading, '老旧小区改造');
    assert.deepEqual(m.cards.map((c) => [c.label, c.valueLabel, c.period, c.tag]), [['石家庄市', '645个', '2021年', '']]);
    assert.deepEqual(m.notes, ['注：另有1个在建数字未画出。']);
    assert.equal(m.sources[0]!.publisher, '石家庄新闻网');
  });

  it('prefers a result to work under way when both are shown', () => {
    const shown = toShown('all', false) as Shown;
    assert.equal(model({ indicator: 'old_compounds_renovated', region: 'shijiazhuang', shown }).cards[0]!.valueLabel, '645个');
    const ongoing = toShown('ongoing', false) as Shown;
    assert.deepEqual(model({ indicator: 'old_compounds_renovated', region: 'shijiazhuang', shown: ongoing }).cards.map((c) => [c.valueLabel, c.tag]), [['956个', '在建']]);
  });

  const related: [indicator: string, lang: 'zh' | 'en', text: string][] = [
    ['new_urban_jobs', 'zh', '完成全年任务的70.75%'],
    ['new_urban_jobs', 'en', "70.75% of the year's target"],
    ['shantytown_homes_started', 'zh', '完成全年任务的90.58%'],
    ['disposable_income_per_capita', 'zh', '增长5.1%'],
    ['rural_disposable_income_per_capita', 'en', 'up 5.7%'],
    ['aging_friendly_renovations', 'zh', ''],
  ];
  for (const [indicator, lang, text] of related) {
    it(`relates ${indicator} (${lang}) to "${text}"`, () => {
      const m = model({ indicator, region: 'shijiazhuang', lang });
      assert.equal(m.cards[0]!.related, text);
    });
  }

  it('leads with a year\'s figure over a ten-year total ending with it (QA s14 C3)', () => {
    const text = readFileSync(new URL('../data/articles/decade-review.txt', import.meta.url), 'utf8');
    const builder = new DatasetBuilder();
    builder.add({ file: 'sx.txt', text, sha256: 'b'.repeat(64), bytes: text.length }, { file: 'sx.txt', region: 'shaoxing' });
    const review = builder.finish();
    // 十年间…累计实现城镇新增就业112.6万人 (2016–2025) is said before 2025年…11.8万人; both end in 2025.
    const card = model({ indicator: 'new_urban_jobs', region: 'shaoxing' }, review).cards[0]!;
    assert.equal(card.valueLabel, '11.8万人');
    assert.equal(card.period, '2025年');
  });

  it('labels figures in units other than counts, and a ratio with its change, in zh and en (统计公报)', () => {
    const text = readFileSync(new URL('../data/articles/statistical-bulletin.txt', import.meta.url), 'utf8');
    const builder = new DatasetBuilder();
    builder.add({ file: 'xy.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 'xy.txt', region: 'xiangyang_hubei' });
    const bulletin = builder.finish();
    const idOf = (raw: string) => bulletin.observations.find((o) => o.raw === raw)!.indicator;
    const cards = (indicator: string, lang: 'zh' | 'en') =>
      model({ indicator, region: 'xiangyang_hubei', lang }, bulletin).cards.map((c) => [c.valueLabel, c.related]);
    const expected: [raw: string, zh: string[], en: string[]][] = [
      ['1.82', ['1.82', '比上年缩小0.04'], ['1.82', '0.04 narrower than the year before']],
      ['8.5/10万', ['8.5/10万', ''], ['8.5 per 100,000', '']],
      ['2.1‰', ['2.1‰', ''], ['2.1‰', '']],
      ['79.2岁', ['79.2岁', ''], ['79.2 years', '']],
      // A stock and its change on the year before's end, in the article's words (比上年末增加1260张 / 减少1.3万人).
      ['3.92万张', ['3.92万张', '比上年末增加1260张'], ['39.2K beds', '1,260 beds more than the year before']],
      ['526.1万人', ['526.1万人', '比上年末减少1.3万人'], ['5,261,000 people', '13K people less than the year before']],
    ];
    for (const [raw, zh, en] of expected) {
      assert.deepEqual(cards(idOf(raw), 'zh'), [zh], raw);
      assert.deepEqual(cards(idOf(raw), 'en'), [en], raw);
    }
  });

  it('keeps the article\'s words for what a change is compared with: 比2023年, not 比上年; 比许昌市多', () => {
    const card = (file: string, region: string, raw: string) => {
      const text = readFileSync(new URL(`../data/articles/${file}`, import.meta.url), 'utf8');
      const builder = new DatasetBuilder();
      builder.add({ file, text, sha256: 'b'.repeat(64), bytes: text.length }, { file, region });
      const data = builder.finish();
      const o = data.observations.find((x) => x.raw === raw)!;
      return model({ indicator: o.indicator, region: o.region, lang: 'zh' }, data).cards.find((c) => c.observation?.raw === raw)!.related;
    };
    assert.equal(card('work-report.txt', 'huzhou', '5.2万人'), '比2023年增加3100人');
    assert.equal(card('provincial-roundup.txt', 'henan', '412公里'), '比许昌市多86公里');
  });

  it('relates a coverage of another article to its own figure only', () => {
    assert.equal(model({ indicator: 'community_elderly_care_centres', region: 'hohhot' }).cards[0]!.related, '覆盖率95%');
    // 占我区31.8%: the share of 内蒙古自治区's jobs, named so since QA s14 (我区 meant nothing on a card of 呼和浩特).
    assert.equal(model({ indicator: 'new_urban_jobs', region: 'hohhot' }).cards[0]!.related, '占内蒙古自治区比重31.8%');
  });

  it('names every card word in its accessible name, and sums them up', () => {
    const m = model({ region: 'shijiazhuang', indicators: ['new_urban_jobs', 'shantytown_homes_started'] });
    assert.equal(m.heading, '石家庄市');
    assert.equal(m.cards[0]!.ariaLabel, '城镇新增就业 88442人 2022年1月–8月11日 完成全年任务的70.75%');
    assert.equal(m.summary, '石家庄市：城镇新增就业88442人，完成全年任务的70.75%；棚改安置房开工20290套，完成全年任务的90.58%。');
  });

  it('says a figure in its card’s form in the summary and table too: 超八成, never 超80% (QA s13 C2)', () => {
    const m = model({ observations: ['000_db52e2f06477cf87:2345', '000_db52e2f06477cf87:4865'] });
    assert.deepEqual(m.cards.map((c) => headlineText(c.headline)), ['近6亿元', '超八成']);
    assert.deepEqual(m.table.rows.map((r) => r[1]), ['近6亿元', '超八成']);
    assert.match(m.summary, /签约率超八成。$/);
    // English has one form: 80+%.
    assert.deepEqual(model({ observations: ['000_db52e2f06477cf87:4865'], lang: 'en' }).table.rows.map((r) => r[1]), ['80+%']);
  });

  it('takes observations by id, whatever their status', () => {
    const m = model({ observations: ['004_ccece93cdd1aa1d0:2626', '004_ccece93cdd1aa1d0:2693'] });
    assert.equal(m.heading, '棚改安置房开工');
    assert.deepEqual(m.cards.map((c) => [c.valueLabel, c.tag]), [['22399套', '目标'], ['20290套', '']]);
  });

  it('reads "not reported" for a listed place without the figure', () => {
    const m = model({ indicator: 'old_compounds_renovated', regions: ['hohhot', 'jinzhong'] }, cities());
    assert.deepEqual(m.cards.map((c) => [c.label, c.valueLabel, c.observation ? 'figure' : 'none']), [['呼和浩特市', '309个', 'figure'], ['晋中市', '未报告', 'none']]);
  });

  const problems: [name: string, q: Partial<StatQuery>, kind: string][] = [
    ['nothing', {}, 'missing-selection'],
    ['a region alone', { region: 'shijiazhuang' }, 'missing-selection'],
    ['an unknown observation', { observations: ['x'] }, 'unknown-observation'],
    ['an unknown indicator', { indicator: 'old_compound', region: 'hohhot' }, 'unknown-indicator'],
    ['an unknown region', { indicator: 'old_compounds_renovated', region: 'nowhere' }, 'unknown-region'],
    ['an indicator the place did not report', { indicator: 'new_urban_jobs', region: 'zhangjiakou' }, 'no-data'],
  ];
  for (const [name, q, kind] of problems) {
    it(`says ${kind} for ${name}`, () => assert.equal(problem(q).kind, kind));
  }
});

describe('headline', () => {
  const o = (raw: string, value: number, unit: string, qualifier: Observation['qualifier']) => ({ raw, value, unit, qualifier }) as Observation;
  const cases: [Observation, string, 'zh' | 'en', string[]][] = [
    [o('700余个', 700, '个', 'over'), '700余个', 'zh', ['700', '余', '个']],
    [o('近6亿元', 6e8, '元', 'approx'), '近6亿元', 'zh', ['', '近', '6亿元']],
    [o('超八成', 80, '%', 'over'), '80余%', 'zh', ['', '超', '八成']],
    // As formatFigure writes it now (QA s12 C2: 十余万 is not 10万余).
    [o('十余万', 1e5, '人', 'over'), '十余万人', 'zh', ['十', '余', '万人']],
    [o('88442人', 88442, '人', 'exact'), '88442人', 'zh', ['88442人', '', '']],
    [o('700余个', 700, '个', 'over'), '700+', 'en', ['700', '+', '']],
  ];
  for (const [obs, formatted, lang, parts] of cases) {
    it(`${obs.raw} (${lang}) → ${parts.join('|')}`, () => {
      const h = headline(obs, formatted, lang);
      assert.deepEqual([h.before, h.qualifier, h.after], parts);
    });
  }
});

describe('buildStatModel: a listed place whose figure is hidden', () => {
  it('reads "not shown (uncertain)" on its card, not "not reported"', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'home_care_beds', regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], lang }, citiesWithHidden());
      const [zhangjiakou, hohhot] = m.cards;
      assert.equal(headlineText(hohhot!.headline), messages(lang).notShown({ uncertain: 1 }));
      assert.ok(hohhot!.ariaLabel.includes(messages(lang).notShown({ uncertain: 1 })));
      assert.equal(zhangjiakou!.valueLabel, messages(lang).notReported);
    }
  });
});
