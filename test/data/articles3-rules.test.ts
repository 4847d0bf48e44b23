/**
 * Rules found by the three articles of session 14 (articles3): a city's ten-year review, a
 * district's enrolment notice and a 医保 policy Q&A. Each on its real sentence and on made-up
 * ones of other cities and styles, with one where the rule must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { dates, figures } from './figures.ts';

describe('an enrolment notice of a year: its 招生计划 section lists that year\'s plans', () => {
  const notice = (title: string, published: string, body: string[], region: string) =>
    figures([title, `发布日期：${published}`, '', ...body].join('\n'), region);
  it('the real notice: a school\'s plan under 其中： and the class-size cap are plans of 2026 (雨花区)', () => {
    const fig = notice(
      '长沙市雨花区2026年义务教育阶段学校招生入学工作公告',
      '2026-06-10',
      [
        '二、招生计划',
        '2026年，全区公办小学计划招收一年级新生9860人，编班219个。严格控制班额，小学每班人数上限为45人，不得产生大班额。其中：',
        '1.雨花区第一中学：计划招生12个班，600人；',
        '去年，全区公办小学实际招收一年级新生9512人。',
      ],
      'yuhua_changsha',
    );
    for (const raw of ['600人', '45人']) {
      assert.equal(fig(raw).status, 'plan', raw);
      assert.deepEqual(dates(fig(raw)), ['2026-01-01', '2026-12-31'], raw);
    }
    assert.deepEqual([fig('9512人').status, ...dates(fig('9512人'))], ['result', '2025-01-01', '2025-12-31']);
  });
  it('another city and wording: a 招生工作方案 of a county-level city (株洲市)', () => {
    const fig = notice(
      '株洲市2025年普通高中招生工作方案',
      '2025-05-20',
      ['三、招生计划', '市一中：招收新生800人，每班不超过50人。'],
      'zhuzhou',
    );
    assert.equal(fig('800人').status, 'plan');
    assert.deepEqual(dates(fig('800人')), ['2025-01-01', '2025-12-31']);
  });
  it('does not fire on a heading that reports the plan done (招生计划完成情况)', () => {
    const fig = notice(
      '株洲市2025年普通高中招生工作总结',
      '2025-09-20',
      ['三、招生计划完成情况', '市一中实际招收新生812人。'],
      'zhuzhou',
    );
    assert.equal(fig('812人').status, 'result');
  });
});

/** What became of each numeral of `text` written `raw`: a figure, or the reason it was skipped. */
function readAs(text: string, region: string): (raw: string) => string {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  const { observations, skipped } = builder.finish();
  return (raw) => (observations.some((o) => o.raw === raw) ? 'figure' : skipped.find((s) => s.raw === raw)?.reason ?? 'absent');
}

describe('an application\'s rule (限报1所学校) is no count, as a ballot\'s is', () => {
  it('the real notice (雨花区)', () => {
    const read = readAs('长沙市雨花区2026年义务教育阶段学校招生入学工作公告\n网上报名：7月1日至7月5日，家长登录平台填报信息，每名儿童限报1所学校。', 'yuhua_changsha');
    assert.equal(read('1所'), 'set_phrase');
  });
  it('another wording: 最多可报2个志愿 (株洲市)', () => {
    const read = readAs('株洲市2025年普通高中招生工作方案\n考生最多可报2个志愿，全市计划招生2.1万人。', 'zhuzhou');
    assert.equal(read('2个'), 'set_phrase');
    assert.equal(read('2.1万人'), 'figure');
  });
  it('does not fire on a time limit\'s 限 (期限报告) nor on a count reported (报名人数)', () => {
    const read = readAs('株洲市2025年普通高中招生工作总结\n各校按期限报告3份材料，全市报名8600人。', 'zhuzhou');
    assert.equal(read('3份'), 'figure');
    assert.equal(read('8600人'), 'figure');
  });
});

describe('a 医保 policy explainer: what the new rules set, what they replace, and a worked example', () => {
  const lead = (city: string, doc: string, day: string) =>
    `${city}医疗保障局　发布时间：2026-12-08 10:20\n近日，市医保局印发《${doc}》，自${day}起施行。现就有关问题解读如下。`;
  it('the real answer: a day opening a sentence holds past its semicolons (宜宾市)', () => {
    const fig = figures(
      [
        '《宜宾市城乡居民基本医疗保险办法》政策解读',
        lead('宜宾市', '宜宾市城乡居民基本医疗保险办法', '2027年1月1日'),
        '答：一是提高报销比例。自2027年1月1日起，参保人在一级及以下定点医疗机构住院，报销比例由80%提高到85%；在二级定点医疗机构住院，报销比例由65%提高到70%，提高5个百分点。',
      ].join('\n'),
      'yibin',
    );
    assert.deepEqual([fig('65%').status, ...dates(fig('65%'))], ['result', null, '2026-12-31']);
    for (const raw of ['70%', '5个百分点']) assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['plan', '2027-01-01', null], raw);
  });
  it('another city: a day said 明年 opening a news sentence, its second clause (泸州市)', () => {
    const fig = figures(
      ['泸州市调整城乡低保标准', '发布时间：2026-11-20 09:00', '自明年1月1日起，城市低保标准由每人每月800元提高到850元；农村低保标准由每人每月620元提高到660元。'].join('\n'),
      'luzhou_sichuan',
    );
    assert.deepEqual(dates(fig('660元')), ['2027-01-01', null]);
    assert.deepEqual(dates(fig('620元')), [null, '2026-12-31']);
  });
  it('does not reach past the sentence\'s full stop (泸州市)', () => {
    const fig = figures(
      ['泸州市医保工作动态', '发布时间：2026-11-20 09:00', '自2027年1月1日起，门诊用药报销比例提高到60%。截至10月底，全市参保人数412.6万人；1—10月基金支出38.7亿元。'].join('\n'),
      'luzhou_sichuan',
    );
    assert.deepEqual(dates(fig('38.7亿元')), ['2026-01-01', '2026-10-31']);
  });

  it('the real answer: a level the explainer says changes, with no time of its own, is the rules\' change (宜宾市)', () => {
    const fig = figures(
      [
        '《宜宾市城乡居民基本医疗保险办法》政策解读',
        lead('宜宾市', '宜宾市城乡居民基本医疗保险办法', '2027年1月1日'),
        '答：二是降低起付线。二级定点医疗机构起付线由600元降至500元。三是提高封顶线。城乡居民医保年度最高支付限额由15万元提高到20万元。',
        '答：普通门诊统筹年度支付限额由每人每年800元提高到1000元。',
      ].join('\n'),
      'yibin',
    );
    for (const raw of ['500元', '20万元', '1000元']) assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['plan', '2027-01-01', null], raw);
    for (const raw of ['600元', '15万元', '800元']) assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['result', null, '2026-12-31'], raw);
  });
  it('another city and rules: a 长护险 explainer (绵阳市)', () => {
    const fig = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '问：待遇有什么变化？', '答：居家护理每月支付限额由900元调整为1200元。'].join('\n'),
      'mianyang',
    );
    assert.deepEqual(dates(fig('1200元')), ['2027-03-01', null]);
    assert.deepEqual(dates(fig('900元')), [null, '2027-02-28']);
  });
  it('does not fire on a count that changed, no standard nor term of the rules (绵阳市)', () => {
    const fig = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '答：试点运行平稳，享受待遇人数由1.8万人增加到2.3万人。'].join('\n'),
      'mianyang',
    );
    assert.equal(fig('2.3万人').status, 'result');
    assert.notEqual(fig('2.3万人').period.start, '2027-03-01');
  });
  it('does not fire on a change its sentence dates: the background\'s results stay results (绵阳市)', () => {
    const fig = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '答：试点以来，全市参保率由2022年的91%提高到95.2%，运行平稳。'].join('\n'),
      'mianyang',
    );
    assert.equal(fig('95.2%').status, 'result');
    assert.notEqual(fig('95.2%').period.start, '2027-03-01');
  });

  it('the real answer: a level compared against, of a scheme year (比2026年度的380元), is that year\'s (宜宾市)', () => {
    const fig = figures(
      ['《宜宾市城乡居民基本医疗保险办法》政策解读', lead('宜宾市', '宜宾市城乡居民基本医疗保险办法', '2027年1月1日'), '答：2027年度个人缴费标准为每人每年400元，比2026年度的380元增加20元。'].join('\n'),
      'yibin',
    );
    assert.deepEqual([fig('380元').status, ...dates(fig('380元'))], ['result', '2026-01-01', '2026-12-31']);
    assert.deepEqual(dates(fig('400元')), ['2027-01-01', '2027-12-31']);
  });
  it('another city: a news item on next year\'s contribution (南充市)', () => {
    const fig = figures(['南充市2026年度城乡居民医保集中征缴启动', '发布时间：2025-09-05 10:00', '2026年度个人缴费标准为每人每年400元，比2025年度的380元提高20元。'].join('\n'), 'nanchong');
    assert.deepEqual(dates(fig('380元')), ['2025-01-01', '2025-12-31']);
  });
  it('does not date the change by the year compared against (比2025年度增加20元)', () => {
    const fig = figures(['南充市2026年度城乡居民医保集中征缴启动', '发布时间：2025-09-05 10:00', '2026年度个人缴费标准为每人每年400元，比2025年度增加20元。'].join('\n'), 'nanchong');
    assert.notDeepEqual(dates(fig('20元')), ['2025-01-01', '2025-12-31']);
  });

  it('the real example: a supposed case is no result and has no date, flagged anecdote (宜宾市)', () => {
    const fig = figures(
      [
        '《宜宾市城乡居民基本医疗保险办法》政策解读',
        lead('宜宾市', '宜宾市城乡居民基本医疗保险办法', '2027年1月1日'),
        '答：以张大爷为例。张大爷今年68岁，是翠屏区李庄镇的参保居民，假设他在二级定点医院住院，发生政策范围内医疗费用3万元。按新政策计算，医保可报销约2.1万元，比现行政策多报销约1500元。',
      ].join('\n'),
      'yibin',
    );
    for (const raw of ['3万元', '约2.1万元', '约1500元']) {
      const o = fig(raw);
      assert.deepEqual([o.status, ...dates(o)], ['plan', null, null], raw);
      assert.ok(o.flags?.includes('anecdote'), raw);
    }
  });
  it('another city and wording: 假如一位老人… (绵阳市)', () => {
    const fig = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '答：假如一位失能老人每月居家护理费用2000元，按新政策每月可报销1400元。'].join('\n'),
      'mianyang',
    );
    assert.deepEqual(dates(fig('1400元')), [null, null]);
    assert.notEqual(fig('2000元').status, 'result');
  });
  it('does not reach two sentences past the supposition (绵阳市)', () => {
    const fig = figures(
      [
        '《绵阳市长期护理保险实施细则》解读',
        lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'),
        '答：假如一位失能老人每月居家护理费用2000元，按新政策每月可报销1400元。这是一个典型情况。截至10月底，全市已有2.3万人享受待遇。',
      ].join('\n'),
      'mianyang',
    );
    assert.deepEqual([fig('2.3万人').status, ...dates(fig('2.3万人'))], ['result', null, '2026-10-31']);
  });
});

describe('a review of ten years: 十年间 of the range the text named, and the two ends of a change between named years', () => {
  const review = (title: string, published: string, body: string, region: string) => figures([title, `发布时间：${published}`, body].join('\n'), region);
  it('the real review: 十年间 is the ten years of 2016年至2025年 named before (绍兴市)', () => {
    const fig = review(
      '【奋进新时代·十年看变化】绍兴市民生事业十年发展成就综述',
      '2026-01-20 08:30',
      '编者按：2016年至2025年，是绍兴民生事业加快发展的十年。\n民生投入持续加大。十年间，全市民生支出累计达到6850亿元，年均增长8.2%。',
      'shaoxing',
    );
    for (const raw of ['6850亿元', '8.2%']) assert.deepEqual(dates(fig(raw)), ['2016-01-01', '2025-12-31'], raw);
  });
  it('another city and writing: 2011—2020年 and 十年间 (嘉兴市)', () => {
    const fig = review('嘉兴市民生成就回顾', '2021-01-25 09:00', '2011—2020年是嘉兴发展的十年。十年间，全市累计新增城镇就业98.6万人。', 'jiaxing');
    assert.deepEqual(dates(fig('98.6万人')), ['2011-01-01', '2020-12-31']);
  });
  it('does not fire when the span\'s years differ from the range named (五年间 after a range of ten)', () => {
    const fig = review('湖州市民生回顾', '2026-01-25 09:00', '2016年至2025年，湖州民生事业加快发展。五年间，全市累计新增学位3.1万个。', 'huzhou');
    assert.deepEqual(dates(fig('3.1万个')), [null, null]);
  });

  it('the real review: standing things at each named year\'s end, a year\'s income and ratio over each year (绍兴市)', () => {
    const fig = review(
      '绍兴市民生事业十年发展成就综述',
      '2026-01-20 08:30',
      [
        '全市养老床位从2015年的1.2万张增加到2025年的2.6万张。',
        '全市居民人均可支配收入从2015年的43167元增加到2025年的78520元，年均增长6.2%。城乡居民收入比由2015年的1.79缩小到2025年的1.62。',
        '十年来，全市新建和迁建县级以上医院14家，三级甲等医院从3家增加到9家。',
      ].join('\n'),
      'shaoxing',
    );
    assert.deepEqual(dates(fig('1.2万张')), [null, '2015-12-31']);
    assert.deepEqual(dates(fig('2.6万张')), [null, '2025-12-31']);
    assert.deepEqual(dates(fig('78520元')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('1.62')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('6.2%')), ['2016-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('3家')), [null, '2015-12-31']);
    assert.deepEqual(dates(fig('9家')), [null, '2025-12-31']);
  });
  it('another city and things: schools and a yearly amount per head (金华市)', () => {
    const fig = review(
      '金华市教育事业发展综述',
      '2026-02-10 10:00',
      '全市中小学从2015年的612所增加到2025年的655所。全市生均公用经费从2015年的850元提高到2025年的1280元，年均增长4.2%。',
      'jinhua',
    );
    assert.deepEqual(dates(fig('612所')), [null, '2015-12-31']);
    assert.deepEqual(dates(fig('1280元')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('4.2%')), ['2016-01-01', '2025-12-31']);
  });
  it('does not fire on a coverage rate (a level at its date) nor on a deadline\'s 到 (金华市)', () => {
    const fig = review(
      '金华市医保事业发展综述',
      '2026-02-10 10:00',
      '全市基本医疗保险参保率从2015年的95.1%提高到2025年的99.2%。到2030年，全市人均医保筹资达到1800元。',
      'jinhua',
    );
    assert.deepEqual(dates(fig('99.2%')), [null, '2025-12-31']);
    assert.deepEqual(dates(fig('1800元')), [null, '2030-12-31']);
  });

  it('the real review: a life expectancy\'s levels and its lead over the province are no ages (绍兴市)', () => {
    const read = readAs('绍兴市民生事业十年发展成就综述\n全市居民人均预期寿命从2015年的79.6岁提高到2025年的82.9岁，高于全省平均水平0.6岁。', 'shaoxing');
    assert.deepEqual(['79.6岁', '82.9岁', '0.6岁'].map(read), ['figure', 'figure', 'figure']);
  });
  it('another wording: 平均预期寿命由78.2岁提高到80.5岁，低于全省平均水平0.3岁 (泰州市)', () => {
    const read = readAs('泰州市卫生健康事业发展综述\n全市人口平均预期寿命由78.2岁提高到80.5岁，低于全省平均水平0.3岁。', 'taizhou_jiangsu');
    assert.deepEqual(['78.2岁', '80.5岁', '0.3岁'].map(read), ['figure', 'figure', 'figure']);
  });
  it('does not fire on a person\'s age after the statistic\'s sentence (泰州市)', () => {
    const read = readAs('泰州市卫生健康事业发展综述\n全市人口平均预期寿命达到80.5岁。全市80岁以上老人从2015年的6.1万人增加到8.3万人，今年90岁的王奶奶说。', 'taizhou_jiangsu');
    assert.equal(read('80.5岁'), 'figure');
    assert.equal(read('90岁'), 'age');
  });
});

describe('a 医保 policy explainer: a scheme year\'s floor, and a term set against another tier', () => {
  const lead = (city: string, doc: string, day: string) =>
    `${city}医疗保障局　发布时间：2026-12-08 10:20\n近日，市医保局印发《${doc}》，自${day}起施行。现就有关问题解读如下。`;
  it('the real answers: 每人每年不低于670元 is 2027年度\'s; 降低10个百分点 / 20个百分点 the rules\' (宜宾市)', () => {
    const fig = figures(
      [
        '《宜宾市城乡居民基本医疗保险办法》政策解读',
        lead('宜宾市', '宜宾市城乡居民基本医疗保险办法', '2027年1月1日'),
        '答：2027年度城乡居民医保个人缴费标准为每人每年400元。各级财政补助标准为每人每年不低于670元。',
        '答：参保人经备案后在省外住院的，报销比例比市内同级定点医疗机构降低10个百分点；未备案的降低20个百分点。',
      ].join('\n'),
      'yibin',
    );
    assert.deepEqual(dates(fig('不低于670元')), ['2027-01-01', '2027-12-31']);
    for (const raw of ['10个百分点', '20个百分点']) assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['plan', '2027-01-01', null], raw);
  });
  it('other cities and rules: a floor of a named year, and a tier set against another (绵阳市, 南充市)', () => {
    const fig = figures(['南充市2026年度城乡居民医保集中征缴启动', '发布时间：2025-09-05 10:00', '2026年度，各级财政补助标准为每人每年不低于700元。'].join('\n'), 'nanchong');
    assert.deepEqual(dates(fig('不低于700元')), ['2026-01-01', '2026-12-31']);
    const rule = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '答：入住护理机构的，支付比例比居家护理提高5个百分点。'].join('\n'),
      'mianyang',
    );
    assert.deepEqual(dates(rule('5个百分点')), ['2027-03-01', null]);
  });
  it('does not fire on a cap per class (in force, no start), nor on a result set against last year (南充市, 绵阳市)', () => {
    const fig = figures(['南充市2026年义务教育招生工作情况', '发布时间：2026-09-05 10:00', '2026年，全市小学每班不超过45人。'].join('\n'), 'nanchong');
    assert.equal(fig('不超过45人').period.start, undefined);
    const rule = figures(
      ['《绵阳市长期护理保险实施细则》解读', lead('绵阳市', '绵阳市长期护理保险实施细则', '2027年3月1日'), '答：截至10月底，全市报销比例比上年提高3个百分点。'].join('\n'),
      'mianyang',
    );
    assert.notEqual(rule('3个百分点').period.start, '2027-03-01');
  });
});
