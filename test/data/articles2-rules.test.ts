/**
 * Rules found by the three articles of session 14 (articles2): a district's half-year progress
 * list, a county's bulletin and a bureau's press conference. Each on its real sentence and on
 * made-up ones of other cities and styles, with one where the rule must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, figures } from './figures.ts';

describe('an undated …如下： closing a paragraph whose sentence opened with a dated as-of', () => {
  it('the real lead: the items after it are as of 截至6月底, from January (历城区)', () => {
    const fig = figures(
      [
        '历城区2026年上半年民生实事项目进展情况',
        '来源：济南市历城区人民政府办公室　发布时间：2026-07-14 16:20',
        '今年年初，区政府确定了2026年区级十件民生实事项目，计划总投资18.6亿元。截至6月底，十件实事累计完成投资10.2亿元。现将各项目进展情况公布如下：',
        '',
        '一、新建改扩建中小学和幼儿园',
        '目标任务：新建改扩建学校8所，新增学位9000个。',
        '完成情况：已竣工3所，新增学位3240个。',
      ].join('\n'),
      'licheng_jinan',
    );
    assert.deepEqual(dates(fig('3240个')), ['2026-01-01', '2026-06-30']);
    assert.deepEqual(dates(fig('9000个')), ['2026-01-01', '2026-12-31']);
  });
  it('another city and wording: 截至9月末 then 具体进展通报如下： (温州市)', () => {
    const fig = figures(
      ['温州市2025年民生实事进展', '发布时间：2025-10-20 09:00', '全市民生实事总体顺利。截至9月末，累计完成投资52.6亿元。具体进展通报如下：', '', '新建城市书房已建成18家。'].join('\n'),
      'wenzhou',
    );
    assert.deepEqual(dates(fig('18家')), ['2025-01-01', '2025-09-30']);
  });
  it('does not fire when the as-of sits inside a sentence, not opening it (江门市)', () => {
    const fig = figures(
      ['江门市2025年民生实事进展', '发布时间：2025-10-20 09:00', '全市民生实事推进顺利，截至9月末累计完成投资52.6亿元。具体进展通报如下：', '', '新建城市书房已建成18家。'].join('\n'),
      'jiangmen',
    );
    assert.notEqual(fig('18家').period.end, '2025-09-30');
  });
});

describe('去年同期 under a section that reports part of the year, and a level compared against (比去年同期的…)', () => {
  const licheng = figures(
    [
      '历城区2026年上半年民生实事项目进展情况',
      '来源：济南市历城区人民政府办公室　发布时间：2026-07-14 16:20',
      '今年年初，区政府确定了十件民生实事项目。截至6月底，十件实事累计完成投资10.2亿元。现将各项目进展情况公布如下：',
      '',
      '一、新建改扩建中小学和幼儿园',
      '完成情况：已竣工3所，新增学位3240个，比去年同期的2150个增加1090个，同比增长50.7%。',
      '二、城镇老旧小区改造',
      '完成情况：已完工12个，惠及居民3860户，去年同期完工7个；其余26个小区正在施工。',
      '三、村卫生室标准化建设',
      '完成情况：15个村卫生室已全部建成，去年同期仅建成6个。其中唐王街道建成5个。',
    ].join('\n'),
    'licheng_jinan',
  );
  it('the real items: last year\'s January to June, this year\'s figures around them this year\'s (历城区)', () => {
    assert.deepEqual(dates(licheng('7个')), ['2025-01-01', '2025-06-30']);
    assert.deepEqual(dates(licheng('6个')), ['2025-01-01', '2025-06-30']);
    assert.deepEqual(dates(licheng('2150个')), ['2025-01-01', '2025-06-30']);
    for (const raw of ['3240个', '1090个', '50.7%', '26个', '5个']) assert.deepEqual(dates(licheng(raw)), ['2026-01-01', '2026-06-30'], raw);
  });
  it('another city and wording: 比上年同期的 after 1—9月 in its sentence (洛阳市)', () => {
    const fig = figures(
      ['洛阳市前三季度就业情况', '发布时间：2025-10-20 09:00　来源：洛阳市人社局', '1—9月，全市城镇新增就业5.2万人，比上年同期的4.9万人增加0.3万人。'].join('\n'),
      'luoyang',
    );
    assert.deepEqual(dates(fig('4.9万人')), ['2024-01-01', '2024-09-30']);
    assert.deepEqual(dates(fig('0.3万人')), ['2025-01-01', '2025-09-30']);
  });
  it('does not fire: 比去年同期增长 dates nothing, and a whole year\'s frame gives 去年同期 no part of a year (宜昌市)', () => {
    const fig = figures(
      ['宜昌市2025年民生实事完成情况', '发布时间：2025-12-28 09:00　来源：宜昌市人民政府', '全市新建口袋公园20处，比去年同期增长25.0%，去年同期建成16处。'].join('\n'),
      'yichang',
    );
    assert.equal(fig('25.0%').period.start?.slice(0, 4), '2025');
    assert.equal(fig('16处').period.start, undefined);
  });
});
