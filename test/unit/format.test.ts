import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Period, Qualifier } from '../../src/data/types.js';
import { abbreviates, formatFigure, formatNumber, formatPeriod, formatQuantity } from '../../src/kit/model/format.js';
import type { Lang } from '../../src/kit/model/lang.js';
import { messages } from '../../src/kit/model/messages.js';
import { formatCompact, formatPlain } from '../../src/kit/model/number-format.js';
import fc from 'fast-check';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/kit/model/messages-en.ts';
// formatFigure's Chinese forms come from a chunk a chart loads; here bundled, as the snippet has them.
import './fixtures.js';
addEnglish();

describe('formatNumber', () => {
  const numbers: [number, Lang, string][] = [
    [700, 'zh', '700'],
    [3800, 'zh', '3800'],
    [3800, 'en', '3,800'],
    [16800, 'zh', '1.68万'],
    [16800, 'en', '16.8K'],
    [29158000000, 'zh', '291.58亿'],
    [29158000000, 'en', '29.16B'],
    [97.16, 'en', '97.16'],
    // Abbreviated only when nothing is lost, or from 亿 up.
    [16993, 'zh', '16993'],
    [16993, 'en', '16,993'],
    [123456, 'zh', '123456'],
    [1680000, 'en', '1.68M'],
    [1234567, 'en', '1,234,567'],
    [123456789, 'zh', '1.23亿'],
  ];
  for (const [value, lang, expected] of numbers) {
    it(`formats ${value} in ${lang} as ${expected}`, () => assert.equal(formatNumber(value, lang), expected));
  }

  it('abbreviates figures side by side only when none of them loses a digit', () => {
    assert.equal(abbreviates([16800, 21000, 359], 'zh'), true);
    assert.equal(abbreviates([88442, 12130], 'zh'), false);
    // 12130 is 12.13K exactly, but 1.213万 needs a third decimal.
    assert.equal(abbreviates([12130], 'en'), true);
    assert.equal(abbreviates([12130], 'zh'), false);
    // From 亿 up, rounding is how figures are written.
    assert.equal(abbreviates([29158000000, 123456789], 'zh'), true);
    assert.equal(formatNumber(12130, 'en', false), '12,130');
    assert.equal(formatNumber(21000, 'zh', false), '21000');
  });

  it('writes English figures under a million all out when one is under 10,000: 21,000 beside 8,000, not 21K (QA s8 D1)', () => {
    assert.equal(abbreviates([21000, 8000], 'en'), false);
    assert.equal(abbreviates([21000, 8000], 'zh'), true);
    assert.equal(abbreviates([21000, 16800], 'en'), true);
    // From a million up the long form is harder to read than the abbreviation.
    assert.equal(abbreviates([2000000, 8000], 'en'), true);
  });
});

describe('formatFigure', () => {
  const fig = (raw: string, value: number, unit: string, qualifier: Qualifier) => ({ raw, value, unit, qualifier, category: 'employment' });
  it('keeps the article\'s word for "over" when it comes first (QA review, finding 25)', () => {
    assert.equal(formatFigure(fig('超12场次', 12, '场次', 'over'), 'zh'), '超12场次');
    assert.equal(formatFigure(fig('逾千人', 1000, '人', 'over'), 'zh'), '逾1000人');
    assert.equal(formatFigure(fig('超过3万人', 30000, '人', 'over'), 'zh'), '超过3万人');
    assert.equal(formatFigure(fig('超八成', 80, '%', 'over'), 'zh'), '超80%');
  });
  it('writes a table\'s bare number in the unit its heading scaled it by (金额（万元）: 3250 → 3250万元, QA s12b B7)', () => {
    assert.equal(formatFigure(fig('3250', 32_500_000, '元', 'exact'), 'zh', true), '3250万元');
    assert.equal(formatFigure(fig('3.5', 35_000, '平方米', 'exact'), 'zh', true), '3.5万平方米');
    assert.equal(formatFigure(fig('95.2', 95.2, '%', 'exact'), 'zh', true), '95.2%');
    // …but a cell the heading did not scale stays as written: 38600 under 城镇新增就业（人）.
    assert.equal(formatFigure(fig('38600', 38_600, '人', 'exact'), 'zh', true), '38600人');
    assert.equal(formatFigure(fig('12130人', 12_130, '人', 'exact'), 'zh', true), '12130人');
  });
  it("keeps the article's words for about, within, at least, and a bare magnitude (QA s7)", () => {
    // 约 is "about", 近 "nearly"; 以内 "at most", 不足 "short of": not the same claims.
    assert.equal(formatFigure(fig('约4.6万平方米', 46000, '平方米', 'approx'), 'zh'), '约4.6万平方米');
    assert.equal(formatFigure(fig('5%左右', 5, '%', 'approx'), 'zh'), '5%左右');
    assert.equal(formatFigure(fig('5.2%以内', 5.2, '%', 'under'), 'zh'), '5.2%以内');
    assert.equal(formatFigure(fig('4.5%以下', 4.5, '%', 'under'), 'zh'), '4.5%以下');
    assert.equal(formatFigure(fig('不到50个', 50, '个', 'under'), 'zh'), '不到50个');
    assert.equal(formatFigure(fig('不少于200个', 200, '个', 'at_least'), 'zh'), '不少于200个');
    assert.equal(formatFigure(fig('九成以上', 90, '%', 'at_least'), 'zh'), '90%以上');
    // 数万 is several ten-thousands: 1万余 would say ten-thousand-odd.
    assert.equal(formatFigure(fig('数万', 10000, '人', 'over'), 'zh'), '数万人');
    assert.equal(formatFigure(fig('上千个', 1000, '个', 'at_least'), 'zh'), '上千个');
    // English says the bound by the qualifier, as before.
    assert.equal(formatFigure(fig('5.2%以内', 5.2, '%', 'under'), 'en'), '<5.2%');
    assert.equal(formatFigure(fig('数万', 10000, '人', 'over'), 'en'), formatQuantity(10000, '人', 'over', 'en'));
  });
  it('keeps the article\'s numeral and the place of its 余 or 多 (QA s12 C2)', () => {
    // Before: 10万余人 (just over 100000; 十余万 is 110000–190000), 3000万余元, 200余所.
    assert.equal(formatFigure(fig('十余万', 100000, '人', 'over'), 'zh'), '十余万人');
    assert.equal(formatFigure(fig('十余万', 100000, '人', 'over'), 'zh', false, false), '十余万人');
    assert.equal(formatFigure(fig('3000余万元', 30000000, '元', 'over'), 'zh'), '3000余万元');
    assert.equal(formatFigure(fig('200多所', 200, '所', 'over'), 'zh'), '200多所');
    // Made up, other cities' styles: 两亿元, 五十余个, 1.5万多户.
    assert.equal(formatFigure(fig('两亿元', 200000000, '元', 'exact'), 'zh'), '两亿元');
    assert.equal(formatFigure(fig('五十余个', 50, '个', 'over'), 'zh'), '五十余个');
    assert.equal(formatFigure(fig('1.5万多户', 15000, '户', 'over'), 'zh'), '1.5万多户');
    // Not fired: a qualifier the numeral does not carry (以上 elsewhere in the sentence) is written by the chart.
    assert.equal(formatFigure(fig('300个', 300, '个', 'over'), 'zh'), '300余个');
    // English as ever.
    assert.equal(formatFigure(fig('十余万', 100000, '人', 'over'), 'en'), formatQuantity(100000, '人', 'over', 'en'));
  });
  it('writes 余 after the number otherwise, and English as ever', () => {
    assert.equal(formatFigure(fig('700余个', 700, '个', 'over'), 'zh'), '700余个');
    assert.equal(formatFigure(fig('超12场次', 12, '场次', 'over'), 'en'), '12+ sessions');
    assert.equal(formatFigure(fig('近万套', 10000, '套', 'approx'), 'zh'), '近1万套');
  });
  it('writes a Chinese number in the article\'s form where that loses nothing, whatever the chart chose (QA C3)', () => {
    // 呼和浩特's 6.1万人 beside 石家庄's 88442人: the chart writes all out (abbreviate false), the figure as written.
    assert.equal(formatFigure(fig('6.1万人', 61000, '人', 'exact'), 'zh', false, false), '6.1万人');
    assert.equal(formatFigure(fig('88442人', 88442, '人', 'exact'), 'zh', false, true), '88442人');
    // Made up: a plain 12000个 stays plain in a chart that abbreviates; 1.2万余套 keeps its 万.
    assert.equal(formatFigure(fig('12000个', 12000, '个', 'exact'), 'zh', false, true), '12000个');
    assert.equal(formatFigure(fig('1.2万余套', 12000, '套', 'over'), 'zh', false, false), '1.2万余套');
    assert.equal(formatFigure(fig('291.58亿元', 29158000000, '元', 'exact'), 'zh', false, false), '291.58亿元');
    // Not fired: a 万 form that two decimals cannot hold (1.685万) is written out, never rounded to 1.69万.
    assert.equal(formatFigure(fig('1.685万人', 16850, '人', 'exact'), 'zh', false, true), '16850人');
    // English keeps the chart's one format: 61,000 beside 88,442.
    assert.equal(formatFigure(fig('6.1万人', 61000, '人', 'exact'), 'en', false, false), '61,000 people');
  });
});

describe('formatQuantity', () => {
  const quantities: [number, string, Qualifier, string, string][] = [
    [700, '个', 'over', '700余个', '700+'],
    [10000, '套', 'approx', '近1万套', '≈10K'],
    [50, '个', 'under', '不足50个', '<50'],
    [200, '个', 'at_least', '200个以上', '≥200'],
    [29158000000, '元', 'exact', '291.58亿元', '29.16B yuan'],
    [5540, '户', 'exact', '5540户', '5,540 households'],
    [97.16, '%', 'exact', '97.16%', '97.16%'],
    [16.16, '百分点', 'exact', '16.16个百分点', '16.16 pp'],
    // Rates over other bases stay in them, never turned into %.
    [2.1, '‰', 'exact', '2.1‰', '2.1‰'],
    [8.5, '/10万', 'exact', '8.5/10万', '8.5 per 100,000'],
    [1.3, '倍', 'exact', '1.3倍', '1.3×'],
    [1.3, '倍', 'at_least', '1.3倍以上', '≥1.3×'],
    // Only a statistic in years is a figure in 岁: 人均预期寿命79.2岁.
    [79.2, '岁', 'exact', '79.2岁', '79.2 years'],
    [1, '岁', 'exact', '1岁', '1 year'],
    // A ratio and its change have no unit: 收入比1.82, 比上年缩小0.04.
    [0.04, '', 'exact', '0.04', '0.04'],
  ];
  for (const [value, unit, qualifier, zh, en] of quantities) {
    it(`labels ${value} ${unit} (${qualifier}) as ${zh} / ${en}`, () => {
      assert.equal(formatQuantity(value, unit, qualifier, 'zh'), zh);
      assert.equal(formatQuantity(value, unit, qualifier, 'en'), en);
    });
  }

  it('names one of a unit in the singular in English (QA review s6, B6: "1 units")', () => {
    assert.equal(formatQuantity(1, '个', 'exact', 'en', true), '1 unit');
    assert.equal(formatQuantity(1, '人', 'exact', 'en'), '1 person');
    assert.equal(formatQuantity(1, '户', 'over', 'en'), '1+ households');
    assert.equal(formatQuantity(1, '类', 'exact', 'en', true), '1 category');
    assert.equal(formatQuantity(1, '元', 'exact', 'en'), '1 yuan');
    assert.equal(formatQuantity(2, '个', 'exact', 'en', true), '2 units');
  });

  it('names classifiers in English only when asked (units differ side by side)', () => {
    assert.equal(formatQuantity(767, '个', 'exact', 'en'), '767');
    assert.equal(formatQuantity(767, '个', 'exact', 'en', true), '767 units');
    assert.equal(formatQuantity(3800, '户', 'exact', 'en', true), '3,800 households');
    assert.equal(formatQuantity(767, '个', 'exact', 'zh', true), '767个');
  });

  it('names a classifier that counts many kinds by what it counts in the figure\'s category, else "units": never Chinese in English', () => {
    const cases: [string, string | undefined, string][] = [
      ['张', 'elderly_care', '3,500 beds'],
      ['张', 'poverty_alleviation', '3,500 units'],
      ['套', 'housing', '3,500 homes'],
      ['套', 'education', '3,500 units'],
      ['家', 'health', '3,500 hospitals'],
      ['所', undefined, '3,500 institutions'],
      ['块', undefined, '3,500 units'],
    ];
    for (const [unit, category, text] of cases) assert.equal(formatQuantity(3500, unit, 'exact', 'en', true, false, category), text);
    assert.equal(formatQuantity(3500, '张', 'exact', 'zh', true, false, 'elderly_care'), '3500张');
  });
});

describe('unitName', () => {
  const names: [string, string, string][] = [
    ['百分点', '个百分点', 'pp'],
    ['‰', '‰', '‰'],
    ['/10万', '1/10万', 'per 100,000'],
    ['倍', '倍', 'times'],
    ['岁', '岁', 'years'],
    ['', '比值', 'ratio'],
  ];
  for (const [unit, zh, en] of names) {
    it(`names ${JSON.stringify(unit)} on its own as ${zh} / ${en}`, () => {
      assert.equal(messages('zh').unitName(unit), zh);
      assert.equal(messages('en').unitName(unit), en);
    });
  }
});

describe('formatPeriod', () => {
  const periods: [Period, string, string][] = [
    [{ label: '2023年', start: '2023-01-01', end: '2023-12-31' }, '2023年', '2023'],
    [{ label: '今年上半年', start: '2022-01-01', end: '2022-06-30' }, '2022年1–6月', 'Jan–Jun 2022'],
    [{ label: '今年以来', start: '2022-01-01', end: '2022-08-11' }, '2022年1月–8月11日', 'Jan–Aug 11, 2022'],
    [{ label: '8月', start: '2022-08-01', end: '2022-08-31' }, '2022年8月', 'Aug 2022'],
    // Up to a day within a month: that day, never the whole month (QA review s6, B12).
    [{ label: '本月以来', start: '2022-08-01', end: '2022-08-11' }, '2022年8月1–11日', 'Aug 1–11, 2022'],
    [{ label: '', start: '2024-02-01', end: '2024-02-29' }, '2024年2月', 'Feb 2024'],
    // A span from a day keeps that day: 11月10日至12月10日 never reads as from 1 November (QA s12b, C6).
    [{ label: '2025年11月10日至12月10日', start: '2025-11-10', end: '2025-12-10' }, '2025年11月10日–12月10日', 'Nov 10–Dec 10, 2025'],
    [{ label: '3月5日至20日', start: '2024-03-05', end: '2024-03-20' }, '2024年3月5–20日', 'Mar 5–20, 2024'],
    [{ label: '', start: '2024-06-16', end: '2024-06-30' }, '2024年6月16–30日', 'Jun 16–30, 2024'],
    [{ label: '2024年12月15日至2025年1月10日', start: '2024-12-15', end: '2025-01-10' }, '2024年12月15日–2025年1月10日', 'Dec 15, 2024–Jan 10, 2025'],
    [{ label: '十四五期间', start: '2021-01-01', end: '2025-12-31' }, '2021–2025年', '2021–2025'],
    // A span that ends (or starts) within a year names the month: its last year is not whole.
    [{ label: '2018年以来', start: '2018-01-01', end: '2025-12-22' }, '2018年–2025年12月22日', '2018–Dec 22, 2025'],
    [{ label: '', start: '2021-07-01', end: '2023-12-31' }, '2021年7月–2023年', 'Jul 2021–2023'],
    // A result with only an end is a state "as of" it, to its day (or month, or year when whole):
    // "by 2022" reads as a deadline, and "2022" alone hides that it was August.
    [{ label: '截至目前', end: '2022-08-11' }, '截至2022年8月11日', 'as of Aug 11, 2022'],
    [{ label: '截至目前', end: '2025-12-22' }, '截至2025年12月22日', 'as of Dec 22, 2025'],
    [{ label: '截至2024年底', end: '2024-12-31' }, '截至2024年', 'as of 2024'],
    // An end the pipeline reckoned beyond the article's words, which name another year or a school term: the words
    // in Chinese (QA s12 C2; before: 截至2025年1月), in English the term they name (before: as of Jan 2025), else a
    // date that says it is approximate. Made up: 截至2023学年末, a spring term (its year the end's, its month not given),
    // a 第一学期, a fiscal year's end reckoned into the next. Not fired: 截至2023年第三季度末, 截至2024年底, whose words give the end.
    [{ label: '截至2024年秋季学期结束', end: '2025-01-31' }, '截至2024年秋季学期结束', 'as of the end of the 2024 autumn term'],
    [{ label: '截至2023学年末', end: '2024-07-31' }, '截至2023学年末', 'as of the end of the 2023 school year'],
    [{ label: '截至2025年春季学期末', end: '2025-07-31' }, '截至2025年春季学期末', 'as of the end of the 2025 spring term'],
    [{ label: '截止2022学年第一学期结束', end: '2023-01-31' }, '截止2022学年第一学期结束', 'as of the end of the 2022 first term'],
    [{ label: '截至2024财年结束', end: '2025-03-31' }, '截至2024财年结束', 'as of about Mar 2025'],
    [{ label: '截至2023年第三季度末', end: '2023-09-30' }, '截至2023年9月', 'as of Sep 2023'],
    [{ label: '截至2024年底', end: '2024-12-31' }, '截至2024年', 'as of 2024'],
    [{ label: '2018年以来', start: '2018-01-01' }, '2018年以来', 'since 2018'],
    [{ label: '未注明' }, '未注明', 'period not stated'],
    [{ label: '截至目前' }, '截至目前', 'to date'],
    [{ label: '去年以来' }, '去年以来', 'since last year'],
    [{ label: '每年' }, '每年', 'per year'],
    // A label without an English reading stays as the article wrote it, never "not stated".
    [{ label: '自上线以来' }, '自上线以来', '自上线以来'],
  ];
  for (const [period, zh, en] of periods) {
    it(`names the period ${JSON.stringify(period)} ${zh} / ${en}`, () => {
      assert.equal(formatPeriod(period, 'zh'), zh);
      assert.equal(formatPeriod(period, 'en'), en);
    });
  }

  it('names a plan’s or target’s end as its deadline: 到2025年 / by 2025', () => {
    const by2025 = { label: '到2025年', end: '2025-12-31' };
    for (const status of ['target', 'plan'] as const) {
      assert.equal(formatPeriod(by2025, 'zh', status), '到2025年');
      assert.equal(formatPeriod(by2025, 'en', status), 'by 2025');
      assert.equal(formatPeriod({ label: '6月底前', end: '2025-06-30' }, 'en', status), 'by Jun 2025');
    }
    // Work under way, like a result, is a state at that date.
    assert.equal(formatPeriod(by2025, 'en', 'ongoing'), 'as of 2025');
  });
});

describe('number-format: by hand, as Intl writes it', () => {
  const LOCALE = { zh: 'zh-CN', en: 'en' } as const;
  const plain = (lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: lang === 'en' });
  const compact = (lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 2 });
  // Whole numbers, two-decimal figures, halves at the third decimal, and any double, of every size a report has.
  const values = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: 0, max: 2 ** 53 - 1 }),
    fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 1e7 }).map((n) => n / 1000 + 0.0005),
    fc.integer({ min: 1, max: 9999 }).map((n) => n * 1e4 - 0.5),
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  );

  for (const lang of ['zh', 'en'] as const) {
    it(`writes plain numbers in ${lang} as Intl.NumberFormat does`, () => {
      fc.assert(fc.property(values, (v) => formatPlain(v, lang) === plain(lang).format(v)), { numRuns: 3000 });
    });
    it(`writes compact numbers (from 1万 / 10K) in ${lang} as Intl.NumberFormat does`, () => {
      const big = values.filter((v) => Math.abs(v) >= 1e4);
      fc.assert(fc.property(big, (v) => formatCompact(v, lang) === compact(lang).format(v)), { numRuns: 3000 });
      for (const v of [1e4, 16800, 99999.5, 999950, 999995, 99999995, 1e8, 1.5e12, 3e15, -16800]) assert.equal(formatCompact(v, lang), compact(lang).format(v), String(v));
    });
    it(`writes dates in ${lang} as Intl.DateTimeFormat does`, () => {
      const dates = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: lang === 'zh' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' });
      fc.assert(
        fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) =>
          messages(lang).date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) === dates.format(d),
        ),
        { numRuns: 2000 },
      );
    });
  }
});
