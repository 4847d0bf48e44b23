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
