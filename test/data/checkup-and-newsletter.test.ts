/**
 * Session 15's styles (test/data/articles/city-checkup.txt, community-newsletter.txt): a
 * city checkup (城市体检) on its data year, with a target column of no year and next
 * year's remediation plans; a sub-district's monthly WeChat newsletter, published the
 * month after the one it reports on. Each rule on the article's own sentence, on made-up
 * ones of other places and styles, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findMentions } from '../../src/data/mentions.ts';
import { articlePlace } from '../../src/data/places.ts';
import { dates, figures } from './figures.ts';

/** The region id of the place an article is about, or 'ambiguous' / null. */
const placeId = (text: string) => {
  const p = articlePlace(text);
  return p && !p.ambiguous ? p.region.id : p && 'ambiguous';
};

/** The mentions of `text` as [raw, unit] ('' for none). */
const mentions = (text: string) => findMentions(text).map((m) => [m.raw, m.unit?.unit ?? ''] as const);

describe('classifiers of a newsletter: 户次, 起, 期', () => {
  it('reads 入户走访3870户次, 矛盾纠纷27起, 银发课堂8期', () => {
    assert.deepEqual(mentions('本月网格员入户走访3870户次，排查化解矛盾纠纷27起。开展“银发课堂”8期。'), [['3870户次', '户次'], ['27起', '起'], ['8期', '期']]);
  });
  it('…in another city\'s words: 鹿城区处置安全隐患156起，举办培训班12期', () => {
    assert.deepEqual(mentions('鹿城区处置安全隐患156起，举办培训班12期。'), [['156起', '起'], ['12期', '期']]);
  });
  it('…but not 一起 (together), 二期供热项目 (a phase\'s name), 3期工程 or 10元起价', () => {
    const read = mentions('与村医一起上门；金山电厂二期供热项目；3期工程；票价10元起价。').map(([raw, unit]) => `${raw}:${unit}`);
    assert.ok(!read.some((r) => /起:起|期:期/u.test(r)), read.join(' '));
  });
});

describe('a bound written as a sign: ≥14, ≤5.0', () => {
  const fig = figures(
    ['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', '指标｜单位｜目标值｜2024年现状值｜是否达标', '人均公园绿地面积｜平方米｜≥14｜15.2｜达标', '婴儿死亡率｜‰｜≤5.0｜3.9｜达标'].join('\n'),
    'anqing',
  );
  it('reads a target cell ≥14 as at least 14, ≤5.0 as at most 5', () => {
    assert.deepEqual([fig('≥14').value, fig('≥14').qualifier, fig('≥14').status], [14, 'at_least', 'target']);
    assert.deepEqual([fig('≤5.0').value, fig('≤5.0').qualifier], [5, 'under']);
  });
  it('…and in a sentence of another city: 合肥市要求绿地率≥35%', () => {
    const o = figures('合肥市城市建设通报\n发布时间：2025-06-01 10:00\n\n新建小区绿地率≥35%。', 'hefei')('≥35%');
    assert.deepEqual([o.value, o.qualifier], [35, 'at_least']);
  });
});

describe('a target value of no year beside a dated column (指标｜单位｜目标值｜2024年现状值)', () => {
  const fig = figures(
    ['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', '指标｜单位｜目标值｜2024年现状值｜是否达标', '社区养老服务设施覆盖率｜%｜100｜86.4｜未达标', '每千人医疗卫生机构床位数｜张｜≥7.5｜7.9｜达标'].join('\n'),
    'anqing',
  );
  it('has no dates: a standard, not 2024\'s', () => {
    assert.deepEqual(dates(fig('100')), [null, null]);
    assert.equal(fig('100').status, 'target');
  });
  it('a 现状值 column stands at the year\'s end, whatever its row measures (改造完成率)', () => {
    const o = figures(['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', '指标｜单位｜目标值｜2024年现状值', '城镇老旧小区改造完成率｜%｜100｜78.3'].join('\n'), 'anqing')('78.3');
    assert.deepEqual(dates(o), [null, '2024-12-31']);
  });
  it('…but an 实际值 column of a rate is the year\'s (an evaluation of a plan)', () => {
    const o = figures(['九江市十四五规划终期评估', '发布时间：2025-11-20 10:15', '', '指标名称｜单位｜2025年目标值｜2024年实际值', '城镇老旧小区改造完成率｜%｜100｜78.3'].join('\n'), 'jiujiang_jiangxi')('78.3');
    assert.deepEqual(dates(o), ['2024-01-01', '2024-12-31']);
  });
  it('the dated column\'s levels stand at the year\'s end, 每千人…床位数 included', () => {
    assert.deepEqual(dates(fig('86.4')), [null, '2024-12-31']);
    assert.deepEqual(dates(fig('7.9')), [null, '2024-12-31']);
  });
  it('…but a 年度目标 column is the year\'s objective still (a city\'s progress table)', () => {
    const o = figures(['洛阳市2025年民生实事推进情况', '发布时间：2025-09-10 09:00', '', '项目｜年度目标｜2025年1—8月完成', '新增学位｜9600个｜7150个'].join('\n'), 'luoyang')('9600个');
    assert.equal(o.status, 'target');
    assert.deepEqual(dates(o), ['2025-01-01', '2025-12-31']);
  });
});

describe('a report\'s data year: 本轮体检以2024年为数据年份', () => {
  const CHECKUP = [
    '安庆市2025年城市体检报告（摘要）',
    '来源：安庆市住房和城乡建设局　发布时间：2025-11-12 16:20',
    '',
    '按照统一部署，市住房城乡建设局开展了2025年城市体检工作。本轮体检以2024年为数据年份，围绕住房、小区（社区）、街区、城区（城市）逐项评估，现将主要结果摘要公布如下。',
    '',
    '二、主要短板',
    '',
    '（一）社区养老服务设施覆盖不足。全市社区养老服务设施覆盖率为86.4%，比上一轮体检提高3.8个百分点，尚有17个城市社区未配建达标的养老服务设施。分城区看，迎江区、大观区覆盖率分别为92.3%、89.7%。',
    '',
    '（二）完整社区建设滞后。全市125个城市社区中，达到完整社区建设标准的仅28个。',
  ].join('\n');
  const fig = figures(CHECKUP, 'anqing');
  it('dates what the checkup measures to the end of 2024, under the headings after it too', () => {
    for (const raw of ['86.4%', '17个', '92.3%', '89.7%', '125个', '28个']) assert.deepEqual(dates(fig(raw)), [null, '2024-12-31'], raw);
  });
  it('…and a change since the last checkup over 2024', () => assert.deepEqual(dates(fig('3.8个百分点')), ['2024-01-01', '2024-12-31']));
  it('files each change on the last checkup with the rate it changes, never all three as one measure', () => {
    const o = figures(CHECKUP + '\n\n全市普惠性幼儿园覆盖率达到91.2%，比上一轮体检提高2.5个百分点。', 'anqing');
    const [care, kindergarten] = [o('3.8个百分点'), o('2.5个百分点')];
    assert.notEqual(care.indicator, kindergarten.indicator);
    assert.ok(care.indicator.startsWith(o('86.4%').indicator), care.indicator);
    assert.ok(kindergarten.indicator.startsWith(o('91.2%').indicator), kindergarten.indicator);
  });
  it('…in another city\'s monitoring: 比上一次监测下降0.8个百分点', () => {
    const o = figures('温州市2025年城市体检评估报告\n发布时间：2025-10-20 09:00\n\n全市城市内涝积水点消除率为91.5%，学生近视率为52.3%，比上一次监测下降0.8个百分点。', 'wenzhou');
    assert.ok(o('0.8个百分点').indicator.startsWith(o('52.3%').indicator), o('0.8个百分点').indicator);
  });
  it('…but a count added since the last checkup is no change of the rate before it', () => {
    const o = figures('温州市2025年城市体检评估报告\n发布时间：2025-10-20 09:00\n\n全市完整社区覆盖率为26.5%，比上一轮体检新增口袋公园18个。', 'wenzhou');
    assert.ok(!o('18个').indicator.startsWith(o('26.5%').indicator), o('18个').indicator);
  });
  it('a gap in the clause after a change is a level, the target it is measured to of no year', () => {
    const o = figures(CHECKUP.replace('，尚有17个', '，但距100%的目标还差13.6个百分点，尚有17个'), 'anqing');
    assert.deepEqual(dates(o('13.6个百分点')), [null, '2024-12-31']);
    assert.deepEqual(dates(o('100%')), [null, null]);
    assert.equal(o('100%').status, 'target');
  });
  it('pairs 迎江区、大观区…分别为92.3%、89.7% each with its place, neither derived from the other', () => {
    assert.deepEqual(['92.3%', '89.7%'].map((r) => fig(r).region), ['yingjiang_anqing', 'daguan_anqing']);
    assert.equal(fig('89.7%').indicator, fig('92.3%').indicator);
  });
  it('…in another city\'s evaluation: 评估数据年份为2024年', () => {
    const o = figures('温州市2025年城市体检评估报告\n发布时间：2025-10-20 09:00\n\n本次评估数据年份为2024年，由第三方机构组织实施。\n\n全市完整社区覆盖率为26.5%，共有口袋公园118个。', 'wenzhou');
    assert.deepEqual(dates(o('26.5%')), [null, '2024-12-31']);
    assert.deepEqual(dates(o('118个')), [null, '2024-12-31']);
  });
  it('…not without a data year: the same sentences in a news item are as of publication', () => {
    const o = figures('温州市城市建设新闻\n发布时间：2025-10-20 09:00\n\n由第三方机构组织实施。\n\n全市完整社区覆盖率为26.5%。', 'wenzhou');
    assert.deepEqual(dates(o('26.5%')), [null, '2025-10-20']);
  });
});

describe('a shortfall measured to a target rate: 距100%的目标还差13.6个百分点', () => {
  it('reads the rate as the target', () => {
    const fig = figures('安庆市2025年城市体检报告\n发布时间：2025-11-12 16:20\n\n全市社区养老服务设施覆盖率为86.4%，但距100%的目标还差13.6个百分点。', 'anqing');
    assert.equal(fig('100%').status, 'target');
    assert.equal(fig('13.6个百分点').status, 'result');
  });
  it('…in another city\'s words: 离95%的目标仍有差距', () => {
    const fig = figures('杭州市民生报告\n发布时间：2025-11-12 16:20\n\n拱墅区家庭医生签约率为88%，离95%的目标仍有差距。', 'hangzhou');
    assert.equal(fig('95%').status, 'target');
  });
  it('…but a share done of a target is a result: 完成了90%的目标', () => {
    const fig = figures('杭州市民生报告\n发布时间：2025-11-12 16:20\n\n拱墅区已完成了90%的目标。', 'hangzhou');
    assert.equal(fig('90%').status, 'result');
  });
});

describe('deadlines under a later year\'s plans: 三、2026年整治计划 in November 2025', () => {
  const fig = figures(
    [
      '安庆市2025年城市体检报告（摘要）',
      '发布时间：2025-11-12 16:20',
      '',
      '三、2026年整治计划',
      '',
      '3.加快老旧小区改造。计划改造城镇老旧小区86个，6月底前全部开工，11月底前完工率不低于60%。',
      '',
      '4.优化15分钟生活圈。年底前新增便民生活服务网点45个。',
    ].join('\n'),
    'anqing',
  );
  it('dates 11月底前 and 年底前 in 2026, a rate due then with no start', () => {
    assert.deepEqual(dates(fig('不低于60%')), [null, '2026-11-30']);
    assert.deepEqual(dates(fig('45个')), ['2026-01-01', '2026-12-31']);
  });
  it('…while a deadline of this year\'s work stays in this year', () => {
    const o = figures('合肥市老旧小区改造进展\n发布时间：2025-09-05\n\n力争11月底前新建社区食堂30个。', 'hefei')('30个');
    assert.equal(o.period.end, '2025-11-30');
  });
});

describe('a newsletter\'s month: 本月 and 下月', () => {
  const NEWSLETTER = [
    '【民生简报】鹭江街道11月民生工作简报（第11期）',
    '',
    '思明鹭江　2025年12月02日 08:45　福建',
    '',
    '11月，思明区鹭江街道围绕“一老一小”和基层治理，扎实推进各项民生工作。',
    '',
    '本月，辖区内长者食堂共供餐6820人次。',
    '',
    '12月，街道将重点做好以下工作：',
    '1.在镇海社区新增长者食堂助餐点1个；',
    '2.组织“温暖过冬”慰问活动，为辖区126户困难家庭送上慰问品。',
  ].join('\n');
  const fig = figures(NEWSLETTER, 'siming');
  it('reads 本月 as the month reported on (November), not the month of publication', () => {
    assert.deepEqual(dates(fig('6820人次')), ['2025-11-01', '2025-11-30']);
  });
  it('counts the canteens that served (3个长者食堂共供餐…) at the month\'s end, their meals over the month', () => {
    const o = figures(NEWSLETTER.replace('辖区内长者食堂', '辖区内3个长者食堂'), 'siming');
    assert.deepEqual(dates(o('3个')), [null, '2025-11-30']);
    assert.deepEqual(dates(o('6820人次')), ['2025-11-01', '2025-11-30']);
  });
  it('…in another city\'s words: 全年，全市120家养老机构共接待老人3.2万人次', () => {
    const o = figures('合肥市民政工作总结\n发布时间：2025-01-10 09:00\n\n2024年，全市120家养老机构共接待老人3.2万人次。', 'hefei');
    assert.deepEqual(dates(o('120家')), [null, '2024-12-31']);
  });
  it('…but what was built is the period\'s: 本月新建3个长者食堂，共供餐…', () => {
    const o = figures(NEWSLETTER.replace('辖区内长者食堂', '新建3个长者食堂，'), 'siming');
    assert.deepEqual(dates(o('3个')), ['2025-11-01', '2025-11-30']);
  });
  it('reads a daily average over the month reported on as that month\'s (日均供餐约95份)', () => {
    const o = figures(NEWSLETTER.replace('本月，辖区内长者食堂共供餐6820人次。', '本月，大同路长者食堂日均供餐约95份。'), 'siming');
    assert.deepEqual(dates(o('约95份')), ['2025-11-01', '2025-11-30']);
  });
  it('…but a daily count now stands at publication: 目前每天为400多名老人供餐', () => {
    const o = figures('合肥市民政工作动态\n发布时间：2025-06-20 10:00\n\n目前，蜀山区长者食堂每天为400多名老人供餐。', 'hefei');
    assert.deepEqual(dates(o('400多名')), [null, '2025-06-20']);
  });
  it('reads the list after 12月，街道将…： as December\'s plans', () => {
    for (const raw of ['1个', '126户']) {
      assert.equal(fig(raw).status, 'plan', raw);
      assert.deepEqual(dates(fig(raw)), ['2025-12-01', '2025-12-31'], raw);
    }
  });
  it('…with no month named, 本月 is publication\'s month so far, 下月 the next', () => {
    const o = figures('杭州市拱墅区民生动态\n发布时间：2025-06-20 10:00\n\n本月全区新增托位120个。下月计划新增托位80个。', 'gongshu');
    assert.deepEqual(dates(o('120个')), ['2025-06-01', '2025-06-20']);
    assert.deepEqual(dates(o('80个')), ['2025-07-01', '2025-07-31']);
  });
  it('…and a month line of what was done is no plan lead: 11月，街道完成…', () => {
    const o = figures('拱墅区民生简报\n发布时间：2025-12-02 10:00\n\n11月，街道完成适老化改造：\n1.改造老人家庭32户；', 'gongshu');
    assert.equal(o('32户').status, 'result');
  });
});

describe('a community named like a city: 大同社区 is no 大同市', () => {
  it('places the newsletter in 思明区, not in 大同市 of its 大同社区 and 大同路', () => {
    const text = '【民生简报】鹭江街道11月民生工作简报\n\n11月，思明区鹭江街道扎实推进各项民生工作。位于营平社区的大同路长者食堂日均供餐约95份，大同社区“银发志愿队”有队员56名。▶大同社区：本月开展“银发课堂”8期。';
    assert.equal(placeId(text), 'siming');
  });
  it('…nor 成都社区 / 温州居委会 the cities, in another district\'s article', () => {
    const text = '徐汇区民生简报\n\n徐汇区扎实推进各项民生工作。温州居委会开展活动3场，成都社区新增志愿者12名。';
    assert.equal(placeId(text), 'xuhui');
  });
  it('…but 大同市 in full is the city still', () => {
    assert.equal(placeId('大同市民生实事进展\n\n大同市新建社区食堂30个。'), 'datong_shanxi');
  });
});

describe('a sub-district\'s own post, filed under its district: the 街道 in the subject', () => {
  it('names 鹭江街道 of a post titled 【民生简报】鹭江街道11月…, in 思明区', () => {
    const o = figures('【民生简报】鹭江街道11月民生工作简报（第11期）\n\n思明鹭江　2025年12月02日 08:45　福建\n\n本月，街道网格员入户走访3870户次。', 'siming')('3870户次');
    assert.equal(o.region, 'siming');
    assert.match(o.subject, /^鹭江街道/u);
  });
  it('…and a town\'s post in another district: 【镇村动态】震泽镇…', () => {
    const o = figures('【镇村动态】震泽镇10月民生工作简报\n\n发布时间：2025-11-03 10:00\n\n本月，全镇新增就业岗位120个。', 'wujiang_suzhou')('120个');
    assert.match(o.subject, /^震泽镇/u);
  });
  it('…but not a district\'s own post with a label: 【民生实事】柯桥区…', () => {
    const o = figures('【民生实事】柯桥区2025年十大民生实事项目进展\n\n柯桥发布　2025年12月03日 18:30　浙江\n\n截至11月底，全区新增托位860个。', 'keqiao')('860个');
    assert.doesNotMatch(o.subject, /街道|镇/u);
  });
});


describe('work not yet done is no work done: 需改造的, 尚需改造, 待改造, 还有…需要改造, 缺口', () => {
  const XIANGYANG = '襄阳市城市更新工作情况\n发布时间：2025-03-01 09:00\n\n';
  it('安庆: 需改造的城镇老旧小区共612个 is the backlog; 已改造479个 of them the work done', () => {
    const fig = figures(
      '安庆市2025年城市体检报告（摘要）\n发布时间：2025-11-12 16:20\n\n全市2000年底前建成需改造的城镇老旧小区共612个，已改造479个，改造完成率78.3%。',
      'anqing',
    );
    assert.deepEqual([fig('612个').indicator, fig('612个').subject, fig('612个').flags ?? []], ['urban_renewal:城镇老旧小区（需改造）:个', '城镇老旧小区（需改造）', []]);
    assert.deepEqual([fig('479个').indicator, fig('479个').subject], ['old_compounds_renovated.cumulative', '城镇老旧小区（已改造）']);
  });
  it('…in another city\'s words: 尚需改造的…210个，已改造156个', () => {
    const fig = figures(`${XIANGYANG}截至2024年底，全市尚需改造的城镇老旧小区210个，已改造156个。`, 'xiangyang_hubei');
    assert.ok(!fig('210个').indicator.startsWith('old_compounds_renovated'), fig('210个').indicator);
    assert.equal(fig('210个').subject, '城镇老旧小区（尚需改造）');
    assert.equal(fig('156个').indicator, 'old_compounds_renovated.cumulative');
  });
  it('…还有86个老旧小区需要改造 (said after the figure), and a shortfall 仍有约3100个托位的缺口', () => {
    const fig = figures(`${XIANGYANG}目前，全区还有86个老旧小区需要改造。对照规划目标，全市仍有约3100个托位的缺口。全市托位总数达到1.2万个。`, 'xiangyang_hubei');
    assert.ok(!fig('86个').indicator.startsWith('old_compounds_renovated'), fig('86个').indicator);
    assert.ok(!fig('约3100个').indicator.startsWith('childcare_places'), fig('约3100个').indicator);
    assert.equal(fig('1.2万个').indicator, 'childcare_places');
  });
  it('…but a task of the year (今年全市需改造老旧小区120个) and work done (已改造老旧小区300个) are the work', () => {
    assert.equal(figures(`${XIANGYANG}今年全市需改造老旧小区120个。`, 'xiangyang_hubei')('120个').indicator, 'old_compounds_renovated');
    assert.equal(figures(`${XIANGYANG}2024年，全市已改造老旧小区300个，惠及居民2.4万户。`, 'xiangyang_hubei')('300个').indicator, 'old_compounds_renovated');
  });
});

describe('a bare rate (覆盖率, 完成率) is the article\'s measure the paragraph names', () => {
  const fig = figures(
    [
      '安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '',
      '指标｜单位｜目标值｜2024年现状值', '社区养老服务设施覆盖率｜%｜100｜86.4', '',
      '（一）社区养老服务设施覆盖不足。全市社区养老服务设施覆盖率为86.4%，比上一轮体检提高3.8个百分点。分城区看，迎江区、大观区覆盖率分别为92.3%、89.7%，宜秀区仅为71.6%。', '',
    ].join('\n'),
    'anqing',
  );
  it('安庆: 迎江区、大观区覆盖率分别为92.3%、89.7%，宜秀区仅为71.6% are 社区养老服务设施覆盖率, as the city\'s 86.4%', () => {
    for (const raw of ['92.3%', '89.7%', '71.6%']) {
      assert.deepEqual([fig(raw).subject, fig(raw).indicator, fig(raw).flags ?? []], ['社区养老服务设施覆盖率', fig('86.4%').indicator, []], raw);
    }
  });
  it('…and 改造完成率78.3% in a paragraph on 老旧小区改造 is the table\'s 城镇老旧小区改造完成率', () => {
    const real = figures(
      ['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', '指标｜单位｜目标值｜2024年现状值', '城镇老旧小区改造完成率｜%｜100｜78.3', '',
        '（三）老旧小区改造任务仍重。全市需改造的城镇老旧小区共612个，已改造479个，改造完成率78.3%，比上一轮体检提高9.6个百分点。'].join('\n'),
      'anqing',
    );
    assert.deepEqual([real('78.3%').subject, real('78.3%').indicator, real('78.3%').flags ?? []], ['城镇老旧小区改造完成率', real('78.3').indicator, []]);
    assert.equal(real('9.6个百分点').subject, '城镇老旧小区改造完成率比上一轮体检提高');
  });
  it('…in another city\'s words: 永嘉县、平阳县治理率分别为72%、61% after 全市农村生活污水治理率', () => {
    const o = figures('温州市生态环境通报\n发布时间：2025-10-20 09:00\n\n全市农村生活污水治理率为68%。分县看，永嘉县、平阳县治理率分别为72%、61%。', 'wenzhou');
    assert.deepEqual([o('72%').subject, o('61%').indicator], ['农村生活污水治理率', o('68%').indicator]);
  });
  it('…but not a rate of another paragraph\'s thing: 新建中小学12所，完成率100% is no 老旧小区改造完成率', () => {
    const o = figures('温州市民生工作通报\n发布时间：2025-10-20 09:00\n\n全市老旧小区改造完成率为81%。\n\n全市新建中小学12所，完成率100%。', 'wenzhou');
    // (Its own sentence's schools' rate since session 14, never the other paragraph's.)
    assert.equal(o('100%').subject, '新建中小学完成率');
  });
});

describe('a measure named as the article\'s table names it is named clearly, however long', () => {
  it('安庆: 全市社区养老服务设施覆盖率为86.4% and 每千人医疗卫生机构床位数为7.9张 below their table rows', () => {
    const fig = figures(
      ['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', '指标｜单位｜目标值｜2024年现状值', '社区养老服务设施覆盖率｜%｜100｜86.4', '每千人医疗卫生机构床位数｜张｜≥7.5｜7.9', '',
        '全市社区养老服务设施覆盖率为86.4%，每千人医疗卫生机构床位数为7.9张。'].join('\n'),
      'anqing',
    );
    assert.deepEqual([fig('86.4%').flags ?? [], fig('7.9张').flags ?? []], [[], []]);
  });
  it('…but the same long name with no table is still flagged', () => {
    const o = figures('温州市民生工作通报\n发布时间：2025-10-20 09:00\n\n全市社区养老服务设施覆盖率为86.4%。', 'wenzhou')('86.4%');
    assert.ok(o.flags?.includes('subject_unclear'));
  });
  it('a table row whose number is no figure names something (15分钟生活圈覆盖率, 每千人口3岁以下婴幼儿托位数); one holding a figure does not', () => {
    const fig = figures(
      ['温州市2025年城市体检评估报告', '发布时间：2025-10-20 09:00', '', '指标｜单位｜2024年现状值', '15分钟生活圈覆盖率｜%｜83.2', '每千人口3岁以下婴幼儿托位数｜个｜3.4', '新增就业3万人以上的县｜个｜4'].join('\n'),
      'wenzhou',
    );
    assert.deepEqual([fig('83.2').flags ?? [], fig('3.4').flags ?? []], [[], []]);
    assert.ok(fig('4').flags?.includes('subject_unclear'));
  });
});

describe('完整社区 is urban renewal, not the services it lacks', () => {
  it('安庆: 全市125个城市社区中，达到完整社区建设标准的仅28个…缺项主要集中在…托育和停车设施', () => {
    const fig = figures('安庆市2025年城市体检报告（摘要）\n发布时间：2025-11-12 16:20\n\n（二）完整社区建设滞后。全市125个城市社区中，达到完整社区建设标准的仅28个，覆盖率22.4%，缺项主要集中在社区综合服务站、托育和停车设施。', 'anqing');
    assert.deepEqual([fig('125个').category, fig('28个').category], ['urban_renewal', 'urban_renewal']);
  });
  it('…in another city\'s words, but a childcare centre built in one is childcare', () => {
    const fig = figures('温州市2025年城市体检评估报告\n发布时间：2025-10-20 09:00\n\n全市186个城市社区中，已建成完整社区42个，缺项集中在托育服务。今年在完整社区中新建托育机构12个。', 'wenzhou');
    assert.deepEqual([fig('186个').category, fig('42个').category, fig('12个').category], ['urban_renewal', 'urban_renewal', 'childcare']);
  });
});

describe('a sub-district\'s own figures: the lexicon\'s measures, filed apart, and names never cut', () => {
  const fig = figures(readFileSync(new URL('./articles/community-newsletter.txt', import.meta.url), 'utf8'), 'siming');
  it('鹭江街道: 3个长者食堂 and 新增长者食堂助餐点1个 keep the lexicon\'s measure, the 街道\'s own', () => {
    assert.deepEqual(['3个', '1个'].map((raw) => fig(raw).indicator), ['elderly_meal_points@鹭江街道', 'elderly_meal_points.added@鹭江街道']);
  });
  it('…and a line labelled ▶镇海社区： is that community\'s: 加装电梯2部, 社区已累计加装电梯17部', () => {
    assert.deepEqual(
      ['2部', '17部'].map((raw) => [fig(raw).indicator, fig(raw).subject]),
      [['elevators_added@镇海社区', '镇海社区新开工加装电梯'], ['elevators_added.cumulative@镇海社区', '镇海社区已累计加装电梯']],
    );
    assert.equal(fig('8期').subject, '大同社区银发课堂');
    assert.ok(fig('120个').indicator.endsWith('@海岸社区'), fig('120个').indicator);
  });
  it('…names too long for the 街道 beside them keep their own words whole (镇海社区, 新时代文明实践所, 独居老人)', () => {
    assert.equal(fig('1个').subject, '镇海社区新增长者食堂助餐点');
    assert.equal(fig('42场').subject, '新时代文明实践所志愿服务活动');
    assert.equal(fig('120个').subject, '独居老人免费安装智能烟感报警器');
  });
  it('…and a resident\'s quoted price is no figure of the 街道\'s (no 鹭江街道只要)', () => {
    assert.ok(!fig('10块钱').subject.startsWith('鹭江街道'), fig('10块钱').subject);
    assert.ok(!fig('10块钱').indicator.includes('鹭江街道'), fig('10块钱').indicator);
  });
  it('…in another city\'s newsletter, while the district\'s own 全区 figure stays the district\'s canonical one', () => {
    const o = figures(
      '【社区动态】拱宸桥街道10月民生工作简报\n发布时间：2025-11-03 10:00\n\n本月，在小河路社区新增老年助餐点2个，为80周岁以上独居老人免费安装燃气报警器60个。截至10月底，全区已累计加装电梯310部，街道累计加装电梯26部。',
      'gongshu',
    );
    assert.deepEqual([o('2个').indicator, o('2个').subject], ['elderly_meal_points.added@拱宸桥街道', '小河路社区新增老年助餐点']);
    assert.equal(o('60个').subject, '独居老人免费安装燃气报警器');
    assert.deepEqual([o('26部').indicator, o('26部').subject], ['elevators_added.cumulative@拱宸桥街道', '拱宸桥街道加装电梯']);
    assert.equal(o('310部').indicator, 'elevators_added.cumulative');
  });
  it('…but a long name of no town is cut as before, after a bound (以上) rather than inside it, and keeps a verb with no organiser', () => {
    const o = figures('泉州市2026年民生实事\n发布时间：2026-01-10 09:00\n\n今年计划为65岁以上老年人免费开展健康体检40万人次。', 'quanzhou_fujian')('40万人次');
    assert.equal(o.subject, '65岁以上老年人免费开展健康体检');
    const b = figures('芜湖市民生新闻\n发布时间：2025-12-18 19:00\n\n全市二级以上公立医院检查检验结果互认项目达到180项。', 'wuhu')('180项');
    assert.ok(!b.subject.startsWith('以上') && !b.subject.startsWith('上'), b.subject);
  });
});

describe('a count with no noun before a state of work counts the things just named in that state', () => {
  const SJZ = '石家庄市民生实事进展\n发布时间：2022-08-11 10:00\n\n';
  it('石家庄 (seed 004): 13个公办幼儿园新改扩建项目全部开工,9所已完成主体建设', () => {
    const o = figures(`${SJZ}截至目前,今年计划建设的13个公办幼儿园新改扩建项目全部开工,9所已完成主体建设;109所义务教育学校新改扩建项目进展顺利,31个项目已完工。`, 'shijiazhuang')('9所');
    assert.deepEqual([o.subject, o.status, o.flags ?? []], ['公办幼儿园新改扩建项目（已完成主体建设）', 'result', []]);
  });
  it('…in another city\'s words: 15个社区嵌入式托育中心项目全部开工，11家已投入使用', () => {
    const o = figures('合肥市民生实事进展\n发布时间：2025-08-11 10:00\n\n截至目前，今年计划新建的15个社区嵌入式托育中心项目全部开工，11家已投入使用。', 'hefei')('11家');
    assert.deepEqual([o.subject, o.status], ['社区嵌入式托育中心项目（已投入使用）', 'result']);
  });
  it('…but not after a length (农村公路120公里，35座已建成通车: bridges, not roads), which stays a flagged guess', () => {
    const o = figures('合肥市民生实事进展\n发布时间：2025-08-11 10:00\n\n全市新建改建农村公路120公里，35座已建成通车。', 'hefei')('35座');
    assert.ok(!o.subject.includes('（已'), o.subject);
    assert.ok(o.flags?.includes('subject_unclear'));
  });
});

describe('places\' parts of town (老城区, 城区, 农村) measured as the figure before', () => {
  it('安庆: 全市15分钟生活圈覆盖率为81.6%…其中桐城市、潜山市老城区分别为76.2%、73.8%', () => {
    const fig = figures('安庆市2025年城市体检报告（摘要）\n发布时间：2025-11-12 16:20\n\n（四）生活圈服务不均衡。全市15分钟生活圈覆盖率为81.6%，距目标还差3.4个百分点。其中桐城市、潜山市老城区分别为76.2%、73.8%。', 'anqing');
    assert.deepEqual([fig('76.2%').subject, fig('73.8%').subject, fig('76.2%').region], ['15分钟生活圈覆盖率（老城区）', '15分钟生活圈覆盖率（老城区）', 'tongcheng_anqing']);
  });
  it('…in another city\'s words (农村, 城区), but a place\'s own figure with no part keeps the measure itself', () => {
    const rural = figures('温州市卫生健康工作通报\n发布时间：2025-10-20 09:00\n\n全市家庭医生签约率为78%。其中鹿城区、龙湾区农村分别为71%、69%。', 'wenzhou');
    assert.equal(rural('71%').subject, '家庭医生签约率（农村）');
    assert.notEqual(rural('71%').indicator, rural('78%').indicator);
    const parks = figures('温州市城市体检\n发布时间：2025-10-20 09:00\n\n全市人均公园绿地面积为14.2平方米，其中鹿城区城区仅为9.8平方米。', 'wenzhou');
    assert.equal(parks('9.8平方米').subject, '人均公园绿地面积（城区）');
    const whole = figures('温州市卫生健康工作通报\n发布时间：2025-10-20 09:00\n\n全市家庭医生签约率为78%。其中鹿城区、龙湾区分别为71%、69%。', 'wenzhou');
    assert.equal(whole('71%').indicator, 'family_doctor_signing_rate');
  });
});

describe('a coverage after a count is the article\'s own measure of that name, when it has one', () => {
  const TABLE = ['指标｜单位｜目标值｜2024年现状值', '完整社区覆盖率｜%｜≥30｜22.4', ''];
  it('安庆: 达到完整社区建设标准的仅28个，覆盖率22.4% is the table\'s 完整社区覆盖率, and its gap that measure\'s', () => {
    const fig = figures(['安庆市2025年城市体检报告（摘要）', '发布时间：2025-11-12 16:20', '', ...TABLE, '（二）完整社区建设滞后。全市125个城市社区中，达到完整社区建设标准的仅28个，覆盖率22.4%，距目标还差7.6个百分点。'].join('\n'), 'anqing');
    assert.deepEqual([fig('22.4%').indicator, fig('22.4%').subject], [fig('22.4').indicator, '完整社区覆盖率']);
    assert.equal(fig('7.6个百分点').indicator, `${fig('22.4').indicator}.target_gap`);
  });
  it('…in another city\'s words: 建成“口袋公园”56个，覆盖率达到72% under a 口袋公园覆盖率 row', () => {
    const fig = figures(['温州市2025年城市体检评估报告', '发布时间：2025-10-20 09:00', '', '指标｜单位｜2024年现状值', '口袋公园覆盖率｜%｜72', '', '全市已建成口袋公园56个，覆盖率达到72%。'].join('\n'), 'wenzhou');
    assert.equal(fig('72%').indicator, fig('72').indicator);
  });
  it('…but with no such measure in the article it stays the coverage of the count before', () => {
    const fig = figures('温州市民生工作通报\n发布时间：2025-10-20 09:00\n\n全市已建成口袋公园56个，覆盖率达到72%。', 'wenzhou');
    assert.ok(fig('72%').indicator.endsWith('.coverage'), fig('72%').indicator);
  });
});

describe('a total\'s 共 before its verb ends the noun a figure counts: 3个长者食堂共供餐…', () => {
  it('鹭江街道: 辖区内3个长者食堂共供餐6820人次 counts 长者食堂', () => {
    const o = figures(readFileSync(new URL('./articles/community-newsletter.txt', import.meta.url), 'utf8'), 'siming')('3个');
    assert.equal(o.subject, '鹭江街道长者食堂');
  });
  it('…in another city\'s words (12个综合文化站共举办…), but not inside 公共厕所, 共享单车停放点 or 共富工坊', () => {
    const fig = figures('温州市民生工作通报\n发布时间：2025-10-20 09:00\n\n全区12个综合文化站共举办文体活动300场。今年新建3座公共厕所，建成5个共享单车停放点，培育4个共富工坊。', 'wenzhou');
    assert.deepEqual(['12个', '3座', '5个', '4个'].map((raw) => fig(raw).subject), ['综合文化站', '公共厕所', '共享单车停放点', '共富工坊']);
  });
});

describe('a price said with only its adverb (只要, 仅需) is the price of what the clause before names', () => {
  it('鹭江街道: “两荤一素一汤，只要10块钱…”', () => {
    const o = figures(readFileSync(new URL('./articles/community-newsletter.txt', import.meta.url), 'utf8'), 'siming')('10块钱');
    assert.deepEqual([o.subject, o.flags], ['两荤一素一汤', ['quoted']]);
  });
  it('…in another city\'s words (“一份套餐，仅需8元。”), but a price with its own noun keeps it (午餐只要10元)', () => {
    const fig = figures('温州市民生新闻\n发布时间：2025-10-20 09:00\n\n“一份套餐，仅需8元。”75岁的李大爷说。老年食堂的午餐只要10元。', 'wenzhou');
    assert.equal(fig('8元').subject, '一份套餐');
    assert.ok(fig('10元').subject.includes('午餐'), fig('10元').subject);
  });
});

describe('a town\'s newsletter line labelled by a community (1.小河路社区：…) is that community\'s', () => {
  it('拱宸桥街道: numbered community lines, but not a line labelled by no place (▶活动回顾：)', () => {
    const fig = figures(
      '【社区动态】拱宸桥街道10月民生工作简报\n发布时间：2025-11-03 10:00\n\n1.小河路社区：本月新增老年助餐点2个。\n2.和睦新村：累计加装电梯26部。\n▶活动回顾：本月共加装电梯3部。',
      'gongshu',
    );
    assert.equal(fig('2个').indicator, 'elderly_meal_points.added@小河路社区');
    assert.equal(fig('26部').indicator, 'elevators_added.cumulative@和睦新村');
    assert.equal(fig('3部').indicator, 'elevators_added@拱宸桥街道');
  });
});

describe('a town\'s own lexicon indicator has an English name of its own', () => {
  it('names the place and its kind in English, so two towns of one county are told apart (鹭江街道 → sub-district, 镇海社区 → community; QA s14b A1)', async () => {
    const { inTown } = await import('../../src/data/measure.ts');
    const base = { id: 'elevators_added', name: { zh: '既有住宅加装电梯', en: 'Elevators added to existing buildings' }, category: 'urban_renewal', unit: '部', kind: 'count' as const, canonical: true, family: 'elevators' };
    assert.deepEqual(inTown(base, '鹭江街道').name, { zh: '鹭江街道既有住宅加装电梯', en: 'Elevators added to existing buildings, 鹭江街道 (sub-district)' });
    assert.equal(inTown(base, '镇海社区').name.en, 'Elevators added to existing buildings, 镇海社区 (community)');
    assert.deepEqual([inTown(base, '震泽镇').id, inTown(base, '震泽镇').canonical, inTown(base, '震泽镇').family], ['elevators_added@震泽镇', false, 'elevators@震泽镇']);
  });
});
