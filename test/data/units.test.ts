/**
 * Figures whose unit is not a count: a rate per mille or per 10万, a multiple (倍), years
 * as a statistic (预期寿命79.2岁), and a ratio's change with no unit (比上年缩小0.04).
 * Each is kept in the unit it is written in, never turned into %; ages stay skipped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyMention } from '../../src/data/classify.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { findMentions } from '../../src/data/mentions.ts';
import { validateDataset } from '../../src/data/validate.ts';

/** How each mention of `text` is read: [raw, value, unit] for a figure, [raw, reason] for a skip. */
function read(text: string): (readonly [string, number, string] | readonly [string, string])[] {
  return findMentions(text).map((m) => {
    const c = classifyMention(m, text, []);
    return c.figure ? [m.raw, m.value, c.unit] as const : [m.raw, c.reason] as const;
  });
}

describe('units that are no counts, mention by mention', () => {
  const cases: [string, (readonly [string, number, string] | readonly [string, string])[]][] = [
    // The 10万 of /10万 is the rate's base, not a numeral of its own.
    ['全市孕产妇死亡率8.5/10万，婴儿死亡率2.1‰。', [['8.5/10万', 8.5, '/10万'], ['2.1‰', 2.1, '‰']]],
    ['孕产妇死亡率为9.6／10万。', [['9.6／10万', 9.6, '/10万']]],
    ['特困人员基本生活标准不低于当地低保标准的1.3倍。', [['1.3倍', 1.3, '倍']]],
    ['人口平均预期寿命达到79.2岁，比上年提高0.3岁。', [['79.2岁', 79.2, '岁'], ['0.3岁', 0.3, '岁']]],
    ['全市人均预期寿命79.5岁。', [['79.5岁', 79.5, '岁']]],
    ['全市职工平均年龄为41.6岁。', [['41.6岁', 41.6, '岁']]],
    // An age after a statistic is not its change: 平均年龄41.6岁，其中60岁以上…
    ['全市职工平均年龄为41.6岁，其中60岁以上职工3200人。', [['41.6岁', 41.6, '岁'], ['60岁以上', 'age'], ['3200人', 3200, '人']]],
    ['城乡居民收入比为1.82，比上年缩小0.04。', [['1.82', 1.82, ''], ['0.04', 0.04, '']]],
    // The level a ratio came from and the one it reached (county-work-report.txt).
    ['城乡居民收入比由3.12缩小到2.35。', [['3.12', 3.12, ''], ['2.35', 2.35, '']]],
    // …each dated (plan-evaluation.txt); 比2020年 with no 的 after it is "than", no ratio.
    ['城乡居民收入比由2020年的2.31缩小到2.12。', [['2020年', 'date'], ['2.31', 2.31, ''], ['2.12', 2.12, '']]],
    ['全市居民收入比2020年增长0.04。', [['2020年', 'date'], ['0.04', 'no_unit']]],
    // A statistic in years, then its change and the target it reached (plan-evaluation.txt).
    ['全市人均预期寿命达到78.6岁，比2020年提高1.5岁，提前实现78.5岁的规划目标。', [['78.6岁', 78.6, '岁'], ['2020年', 'date'], ['1.5岁', 1.5, '岁'], ['78.5岁', 78.5, '岁']]],
    ['全县平均预期寿命80.1岁，较上年延长0.2岁，其中80岁以上老人1.2万人。', [['80.1岁', 80.1, '岁'], ['0.2岁', 0.2, '岁'], ['80岁以上', 'age'], ['1.2万人', 12000, '人']]],
    // Buildings, trips and a temperature (county-news.txt, hotline-report.txt).
    ['新增教学楼1幢，再转2趟公交，现在屋里有22℃。', [['1幢', 1, '幢'], ['2趟', 2, '趟'], ['22℃', 22, '℃']]],
    ['一荤两素才十二块钱，停车一个月要300块钱。', [['十二块钱', 12, '元'], ['一个月', 'duration'], ['300块钱', 300, '元']]],
    ['全市公共充电桩达到一万五千根，新增1.5万根。', [['一万五千根', 15000, '根'], ['1.5万根', 15000, '根']]],
    ['共退回补贴6笔，其中2根据规定不予追缴。', [['6笔', 6, '笔'], ['2', 'no_unit']]],
    ['室内温度不低于18摄氏度。', [['不低于18摄氏度', 18, '℃']]],
    // Ages of eligibility, and what only looks like these forms, are no figures.
    ['全年为65岁及以上老年人提供健康管理服务；为3岁以下婴幼儿发放补贴。', [['65岁', 'age'], ['3岁以下', 'age']]],
    ['对60周岁以上的低保老年人发放补贴。', [['60周岁以上', 'age']]],
    ['拨打12345热线反映问题。', [['12345', 'no_unit']]],
    ['全市居民收入比上年增长0.04。', [['0.04', 'no_unit']]],
    // 批次 is one unit, as 人次 is: not 批 and a subject 次 (QA s8 B2).
    ['全年完成食品安全抽检3.6万批次。', [['3.6万批次', 36000, '批次']]],
    // Session 13 (metro-area.txt, paired-assistance.txt): trains (列) and kinds of product (款) are counted;
    // 列入 and 款项 are no classifiers.
    ['成德、成眉、成资市域（郊）铁路公交化列车日均开行134列，比上年增加18列。', [['134列', 134, '列'], ['18列', 18, '列']]],
    ['长株潭城际列车全年开行2.1万列，其中3列为临时加开。', [['2.1万列', 21000, '列'], ['3列', 3, '列']]],
    ['认定帮扶产品1260款，同比增加86款。', [['1260款', 1260, '款'], ['86款', 86, '款']]],
    ['新增项目12项，另有3列入储备库。', [['12项', 12, '项'], ['3', 'no_unit']]],
    // A person noun with its kind after a bare 万: 11.3万农村劳动力 are people (as 6000余村民).
    ['帮助黔西南州11.3万农村劳动力实现转移就业。', [['11.3万', 113000, '人']]],
    ['全市2.4万脱贫人口实现就业，带动增收1.2万。', [['2.4万', 24000, '人'], ['1.2万', 'no_unit']]],
    // A ballot's rule and a list counted again are no counts (candidate-projects.txt) …
    ['每个微信号限投一次，最多可选10项。', [['一次', 'set_phrase'], ['10项', 'set_phrase']]],
    ['以上15个候选项目计划总投资约46亿元。', [['15个', 'set_phrase'], ['约46亿元', 4600000000, '元']]],
    ['每人限选5个项目；上述3项工程总投资2.1亿元。', [['5个', 'set_phrase'], ['3项', 'set_phrase'], ['2.1亿元', 210000000, '元']]],
    // … but a count after a bound, or one a building may hold, is.
    ['全市60岁以上15.6万人享受高龄补贴，新建学校最多可容纳学生1500名。', [['60岁以上', 'age'], ['15.6万人', 156000, '人'], ['1500名', 1500, '名']]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(read(text), expected));
  }
});

describe('units that are no counts, in a dataset', () => {
  const text = [
    '襄阳市二〇二五年国民经济和社会发展统计公报',
    '发布时间：2026-03-26 10:00　来源：襄阳市统计局',
    '全市孕产妇死亡率8.5/10万，婴儿死亡率2.1‰；人口平均预期寿命达到79.2岁，比上年提高0.3岁。全年为65岁及以上老年人提供健康管理服务38.2万人。',
    '城乡居民收入比为1.82，比上年缩小0.04。特困人员基本生活标准不低于当地低保标准的1.3倍。',
  ].join('\n');
  const builder = new DatasetBuilder();
  builder.add({ file: 'xy.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'xy.txt', region: 'xiangyang_hubei' });
  const dataset = builder.finish();
  const figure = (raw: string) => {
    const o = dataset.observations.find((x) => x.raw === raw);
    assert.ok(o, `${raw} is a figure`);
    return { ...o, kind: dataset.indicators.find((i) => i.id === o.indicator)!.kind };
  };

  it('keeps each in its own unit and kind, its value as written', () => {
    assert.deepEqual(
      ['8.5/10万', '2.1‰', '79.2岁', '1.3倍'].map((raw) => {
        const o = figure(raw);
        return [o.value, o.unit, o.kind];
      }),
      [[8.5, '/10万', 'rate'], [2.1, '‰', 'rate'], [79.2, '岁', 'duration'], [1.3, '倍', 'ratio']],
    );
  });

  it('reads a ratio\'s change as a change of that ratio\'s indicator, unit ""', () => {
    const ratio = figure('1.82');
    const change = figure('0.04');
    assert.equal(ratio.indicator, 'urban_rural_income_ratio');
    assert.equal(change.indicator, 'urban_rural_income_ratio.narrowing');
    assert.deepEqual([change.unit, change.kind], ['', 'change']);
  });

  it('reads the change of a statistic in years as a change of its indicator', () => {
    const change = figure('0.3岁');
    assert.equal(change.indicator, `${figure('79.2岁').indicator}.increase`);
    assert.deepEqual([change.value, change.unit, change.kind], [0.3, '岁', 'change']);
  });

  it('reads a multiple of the year\'s task as a result measured against it, as a percentage is', () => {
    const text = '襄阳市2025年就业工作情况\n2025-12-20 来源：襄阳市人社局\n今年全市城镇新增就业6.3万人，完成年度任务的1.3倍。';
    const b = new DatasetBuilder();
    b.add({ file: 'job.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'job.txt', region: 'xiangyang_hubei' });
    const o = b.finish().observations.find((x) => x.raw === '1.3倍');
    assert.equal(o?.status, 'result');
  });

  it('still skips an age of eligibility, and accounts for the 10万 inside 8.5/10万', () => {
    assert.deepEqual(dataset.skipped.filter((s) => s.reason === 'age').map((s) => s.raw), ['65岁']);
    assert.ok(!dataset.skipped.some((s) => s.raw.startsWith('10万')));
  });

  it('validates', () => {
    const result = validateDataset(dataset);
    assert.equal(result.ok, true, JSON.stringify(result));
  });
});

describe('a rate per 10万 in a 分别 list, and urban and rural standards (plan-evaluation.txt, and a text of our own)', () => {
  const read = (text: string, region: string) => {
    const builder = new DatasetBuilder();
    builder.add({ file: 'r.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'r.txt', region });
    return new Map(builder.finish().observations.map((o) => [o.raw, [o.subject, o.indicator]]));
  };
  it('the 10万 of /10万 is no item of the list: 3.9‰ is the first item\'s, 8.6/10万 the second\'s', () => {
    const figures = read('九江市卫生健康\n2025-11-20\n2024年全市婴儿死亡率、孕产妇死亡率分别降至3.9‰和8.6/10万，均优于规划目标。', 'jiujiang_jiangxi');
    assert.deepEqual([figures.get('3.9‰')![0], figures.get('8.6/10万')![0]], ['婴儿死亡率', '孕产妇死亡率']);
    const other = read('株洲市卫生健康\n2025-03-02\n全市孕产妇死亡率、婴儿死亡率分别为9.1/10万、2.7‰。', 'zhuzhou');
    assert.deepEqual([other.get('9.1/10万')![0], other.get('2.7‰')![0]], ['孕产妇死亡率', '婴儿死亡率']);
  });
  it('城乡低保标准分别… after a year: the urban standard, then the rural, each its own indicator', () => {
    const figures = read('九江市社会保障\n2025-11-20\n2024年全市城乡低保标准分别提高到每人每月860元和700元。', 'jiujiang_jiangxi');
    const [urban, rural] = [figures.get('860元')!, figures.get('700元')!];
    assert.ok(urban[0]!.startsWith('城市低保标准') && rural[0]!.startsWith('农村低保标准'), `${urban[0]} ${rural[0]}`);
    assert.notEqual(urban[1], rural[1]);
  });
});
