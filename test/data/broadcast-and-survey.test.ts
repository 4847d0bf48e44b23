/**
 * Session 16's styles (test/data/articles/tv-accountability.txt, satisfaction-survey.txt): a
 * 电视问政 programme summed up weeks after its broadcast, with hidden-camera findings, officials
 * answering on air and a 回头看 a month on; a statistics bureau's 满意度测评 notice with its
 * sample, method and a table of scores. Each rule on the article's own sentence, on made-up
 * ones of other places and styles, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { findMentions } from '../../src/data/mentions.ts';
import { dates, figures } from './figures.ts';

/** The mentions of `text` as [raw, unit] ('' for none). */
const mentions = (text: string) => findMentions(text).map((m) => [m.raw, m.unit?.unit ?? ''] as const);

/** The raw text of what an article's pipeline skips as site chrome. */
function chrome(text: string, region: string): string[] {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  return builder.finish().skipped.filter((s) => s.reason === 'site_chrome').map((s) => s.raw);
}
const raws = (text: string, region: string) => {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  return builder.finish().observations.map((o) => o.raw);
};

describe('parts of a month and spans of days', () => {
  it('dates 5月中旬，问政记者暗访… to the 11th–20th of May', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n5月中旬，问政记者暗访孝南区3个2024年已完工的改造小区，发现屋面渗漏等问题11处。', 'xiaogan')('11处');
    assert.deepEqual(dates(o), ['2025-05-11', '2025-05-20']);
  });
  it('…and 2024年3月上旬 of another city, 6月下旬 to the month\'s end', () => {
    const f = figures('济宁市民生工作\n\n发布时间：2025-07-10\n\n2024年3月上旬，全市组织义诊活动42场。6月下旬，全市新增就业1.2万人。', 'jining_shandong');
    assert.deepEqual(dates(f('42场')), ['2024-03-01', '2024-03-10']);
    assert.deepEqual(dates(f('1.2万人')), ['2025-06-21', '2025-06-30']);
  });
  it('…but not a deadline: 8月下旬前完成…', () => {
    const o = figures('济宁市民生工作\n\n发布时间：2025-07-10\n\n今年，全市计划8月下旬前完成改造小区20个。', 'jining_shandong')('20个');
    assert.notEqual(o.period.start, '2025-08-21');
  });
  it('reads 于2025年11月10日至12月10日 as a span of days', () => {
    const o = figures('南通市民生调查\n\n发布日期：2026-01-20\n\n2025年11月10日至12月10日，全市开展义诊活动36场。', 'nantong')('36场');
    assert.deepEqual(dates(o), ['2025-11-10', '2025-12-10']);
  });
});

describe('a day that opens a sentence', () => {
  it('dates the lead of a broadcast (5月29日晚19:30，…直播) by that day', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n5月29日晚19:30，电视问政节目直播。全市共有社区养老服务中心94个，200名市民代表在演播厅参与满意度测评。', 'xiaogan');
    // What stands, as of that day; those who took part in the night's event, that day's (the key of tv-accountability.txt; session 13).
    assert.deepEqual(dates(f('94个')), [null, '2025-05-29']);
    assert.deepEqual(dates(f('200名')), ['2025-05-29', '2025-05-29']);
  });
  it('…not a day told inside a sentence (已于5月27日责令…), nor one after publication', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n市场监管部门已于5月27日责令整改，全市共检查农贸市场1460家次。\n\n8月20日，全市将新建驿站30个。', 'xiaogan');
    assert.notEqual(dates(f('1460家次'))[1], '2025-05-27');
    assert.notEqual(dates(f('30个'))[1], '2025-08-20');
  });
});

describe('a year that says when things were built, not when they were counted', () => {
  it('暗访3个2024年已完工的改造小区 … 问题11处 (in a paragraph with no other date): not 2024', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n问政记者暗访3个2024年已完工的改造小区，发现问题11处。', 'xiaogan')('11处');
    assert.notEqual(o.period.start, '2024-01-01');
  });
  it('…and 2023年建成小区排查发现的隐患 in another city', () => {
    const o = figures('宜宾市住建动态\n\n发布时间：2025-03-02\n\n截至2月底，对2023年建成小区排查发现的隐患已整改52处。', 'yibin')('52处');
    assert.deepEqual(dates(o), [null, '2025-02-28']);
  });
  it('…but 2024年完工的87个改造小区 counts what was built that year', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n全市2024年完工的87个改造小区开展质量排查。', 'xiaogan')('87个');
    assert.deepEqual(dates(o), ['2024-01-01', '2024-12-31']);
  });
  it('2025年第二期《问政孝感》: the year names the issue, not the period', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n5月29日晚，2025年第二期节目直播，200名市民代表参与测评。', 'xiaogan')('200名');
    assert.deepEqual(dates(o), ['2025-05-29', '2025-05-29']);
  });
});

describe('what was said on air, summed up weeks later', () => {
  const TV = '孝感市2025年第二期《问政孝感》\n\n来源：孝感市广播电视台　发布时间：2025-07-02 09:15\n\n5月29日晚19:30，《问政孝感》电视问政节目直播。\n\n'
    + '市民政局局长周丽：全市已建成社区养老服务中心94个。今年以来，全市检查养老机构320家次。\n\n'
    + '（短片）记者暗访发现，部分中心长期闭门。\n\n节目最后，200名市民代表进行满意度测评，平均满意率为68.5%。\n\n'
    + '6月下旬，栏目组随机回访群众150人。';
  const f = figures(TV, 'xiaogan');
  it('an official\'s answer on air: as of the broadcast, 今年以来 up to it', () => {
    assert.deepEqual(dates(f('94个')), [null, '2025-05-29']);
    assert.deepEqual(dates(f('320家次')), ['2025-01-01', '2025-05-29']);
  });
  it('what the programme did (节目最后): on the day of the broadcast', () => {
    assert.deepEqual(dates(f('68.5%')), ['2025-05-29', '2025-05-29']);
  });
  it('…not the follow-up a month on, dated by its own words', () => {
    assert.deepEqual(dates(f('150人')), ['2025-06-21', '2025-06-30']);
  });
  it('a press conference written up the same day keeps publication (no event before it)', () => {
    const o = figures('赣州市新闻发布会\n\n发布时间：2025-10-28 17:05\n\n10月28日上午，市政府新闻办举行新闻发布会。\n\n市民政局局长刘晓梅：全市已建成养老服务中心46个。', 'ganzhou_jiangxi')('46个');
    assert.deepEqual(dates(o), [null, '2025-10-28']);
  });
  it('…and a summary without turns is no transcript: its 目前 is publication\'s', () => {
    const o = figures('孝感市民生\n\n发布时间：2025-07-02 09:15\n\n5月29日，全市民生工作推进会召开。\n\n目前，全市已建成社区养老服务中心94个。', 'xiaogan')('94个');
    assert.deepEqual(dates(o), [null, '2025-07-02']);
  });
});

describe('promises and deadlines of a day', () => {
  it('承诺7月15日前完成城区12家农贸市场提档升级: a plan due that day', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n我们承诺，7月15日前完成城区12家农贸市场提档升级。', 'xiaogan')('12家');
    assert.equal(o.status, 'plan');
    assert.equal(o.period.end, '2025-07-15');
  });
  it('…承诺6月底前让6个中心全部恢复运营: all of them by then, a level (no start)', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n今年计划新建12个，承诺6月底前让6个中心全部恢复运营。', 'xiaogan')('6个');
    assert.equal(o.status, 'plan');
    assert.deepEqual(dates(o), [null, '2025-06-30']);
  });
  it('…but 确保9月底前新增托位3000个全部完成 is the year\'s additions, from January', () => {
    const o = figures('南通市民生实事\n\n发布时间：2025-07-15\n\n今年，市政府确保9月底前新增托位3000个全部完成。', 'nantong')('3000个');
    assert.deepEqual(dates(o), ['2025-01-01', '2025-09-30']);
  });
  it('…a later clause\'s deadline is another plan\'s: 7月15日前完成…12家…，年底前实现…全覆盖', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n今年以来，全市检查市场1460家次。我们承诺，7月15日前完成城区12家农贸市场提档升级，年底前实现全覆盖。', 'xiaogan')('12家');
    assert.deepEqual(dates(o), [null, '2025-07-15']);
  });
  it('…and a plan due by a day after 今年以来 is a level by then, after 今年 the year\'s task from January', () => {
    const f = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n今年以来，全市新建驿站20个，确保9月底前完成改造小区120个。\n\n今年，全市确保9月底前完成改造小区80个。', 'yibin');
    assert.deepEqual(dates(f('120个')), [null, '2025-09-30']);
    assert.deepEqual(dates(f('80个')), ['2025-01-01', '2025-09-30']);
  });
  it('兑现承诺 is a promise kept, not a plan', () => {
    const o = figures('宜宾市民生实事\n\n发布时间：2025-12-20\n\n今年，全市兑现承诺新建驿站30个。', 'yibin')('30个');
    assert.equal(o.status, 'result');
  });
});

describe('a deadline for a sentence\'s plans, and the night\'s own level', () => {
  it('我们将在8月底前为…18所中小学增设护学岗，新增停车泊位不少于600个: both due by the end of August', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n我们将在8月底前为城区18所中小学增设护学岗，新增停车泊位不少于600个。', 'xiaogan');
    assert.deepEqual(dates(f('不少于600个')), [null, '2025-08-31']);
  });
  it('…and 区里将于10月底前建成驿站8个，配备护理员40名 in another city', () => {
    const o = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n区里将于10月底前建成驿站8个，配备护理员40名。', 'yibin')('40名');
    assert.equal(o.period.end, '2025-10-31');
  });
  it('…but not a clause\'s own 力争: 力争9月底前建成驿站8个，全年新增护理员40名', () => {
    const o = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n今年，区里力争9月底前建成驿站8个，计划全年新增护理员40名。', 'yibin')('40名');
    assert.notEqual(o.period.end, '2025-09-30');
  });
  it('满意率由节目现场的68.5%提高到86.0%: the first is the night\'s, the second the follow-up\'s', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n5月29日晚，电视问政节目直播。\n\n主持人：请看短片。\n\n6月下旬，回访群众150人，满意率由节目现场的68.5%提高到86.0%。', 'xiaogan');
    assert.deepEqual(dates(f('68.5%')), ['2025-05-29', '2025-05-29']);
    assert.deepEqual(dates(f('86.0%')), ['2025-06-21', '2025-06-30']);
  });
});

describe('a hidden camera\'s findings are problems', () => {
  it('共有6个已建成的社区养老服务中心长期闭门: named as closed, no canonical count of centres', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n5月中旬，记者在汉川市、应城市暗访发现，共有6个已建成的社区养老服务中心长期闭门。', 'xiaogan')('6个');
    assert.match(o.subject, /长期闭门/u);
    assert.equal(o.indicator.includes(':'), true);
  });
  it('…and 排查出安全隐患46处 of another city\'s inspection', () => {
    const o = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n今年以来，全市排查出燃气安全隐患46处。', 'yibin')('46处');
    assert.match(o.subject, /隐患/u);
  });
  it('…but 已建成社区养老服务中心94个 is the centres that exist', () => {
    const o = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n目前，全市已建成社区养老服务中心94个，长期运营良好。', 'yibin')('94个');
    assert.doesNotMatch(o.subject, /闭门|隐患/u);
  });
});

describe('a city body\'s records, and a whole after a place', () => {
  it('记者查阅市12345热线记录，…投诉237件 after a sentence on 孝南区: the city\'s', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n记者暗访孝南区3个小区，发现问题11处。记者查阅市12345热线记录，今年1—4月，群众投诉237件。', 'xiaogan')('237件');
    assert.equal(o.region, 'xiaogan');
  });
  it('…but without the city body, the district named before carries over', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n记者暗访孝南区3个小区，发现问题11处。今年1—4月，群众投诉237件。', 'xiaogan')('237件');
    assert.equal(o.region, 'xiaonan');
  });
  it('孝南区11处…已全部整改，全市…；承诺…12家 …: the whole named after the place ends it', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n截至6月30日，孝南区11处问题已全部整改，全市排查发现的46处隐患已整改41处；承诺提档升级的12家农贸市场已完成9家。6月份投诉为58件。', 'xiaogan');
    assert.equal(f('9家').region, 'xiaogan');
    assert.equal(f('58件').region, 'xiaogan');
  });
  it('…and in another city: 翔安区…，全市… then the next sentence', () => {
    const o = figures('厦门市民生实事\n\n发布时间：2025-12-20\n\n翔安区新建食堂12个，全市新建食堂86个。新增托位2400个。', 'xiamen')('2400个');
    assert.equal(o.region, 'xiamen');
  });
});

describe('a survey\'s sample, method and table', () => {
  const SURVEY = '2025年盐城市民生实事项目群众满意度测评结果公告\n\n发布单位：盐城市统计局　发布日期：2026-01-20　阅读：2856\n\n'
    + '市统计局于2025年11月10日至12月10日，采用入户访问方式开展群众满意度测评。\n\n'
    + '本次测评共发放问卷6000份，回收有效问卷5826份。在95%的置信度下，总体满意度的抽样误差不超过±1.3个百分点。\n\n'
    + '2025年全市民生实事项目总体满意度为91.6%。\n\n'
    + '项目名称｜满意度（%）｜知晓率（%）\n老年助餐服务｜95.2｜88.6\n普惠托育服务｜89.3｜76.8\n\n'
    + '注：满意度按“很满意”“满意”“基本满意”三项合计计算。\n';
  const f = figures(SURVEY, 'yancheng_jiangsu');
  it('dates the sample to the fieldwork, the scores to the year they rate', () => {
    assert.deepEqual(dates(f('6000份')), ['2025-11-10', '2025-12-10']);
    assert.deepEqual(dates(f('91.6%')), ['2025-01-01', '2025-12-31']);
  });
  it('…and another city\'s survey by telephone, sampled over its own days', () => {
    const o = figures('2025年无锡市民生满意度调查\n\n发布日期：2025-11-30\n\n10月8日至10月25日，市调查队开展电话调查。\n\n共访问市民3200人，受访者中女性占52.1%。', 'wuxi_jiangsu')('52.1%');
    assert.deepEqual(dates(o), ['2025-10-08', '2025-10-25']);
  });
  it('…but a span of days of no survey dates no sample: 11月1日至11月30日，开展义诊', () => {
    const o = figures('2025年无锡市民生工作\n\n发布日期：2025-12-30\n\n11月1日至11月30日，全市开展义诊活动。\n\n全年发放问卷宣传册3200份。', 'wuxi_jiangsu')('3200份');
    assert.notEqual(o.period.start, '2025-11-01');
  });
  it('skips the method (置信度, ±误差) and a count of the answers quoted (三项合计)', () => {
    const read = raws(SURVEY, 'yancheng_jiangsu');
    for (const no of ['95%', '±1.3个百分点', '1.3个百分点', '三项']) assert.ok(!read.includes(no), no);
    assert.deepEqual(mentions('调查误差控制在3%以内，置信水平为90%。').filter(([, u]) => u), []);
  });
  it('…but a rate of the same shape is a figure: 满意率为95%, 提高1.3个百分点', () => {
    const read = raws('盐城市民生\n\n发布日期：2026-01-20\n\n全市满意率为95%，比上年提高1.3个百分点。三项工程全部完工。\n', 'yancheng_jiangsu');
    assert.ok(read.includes('95%') && read.includes('1.3个百分点'));
  });
  // (老年助餐服务（满意度） until QA s12b, B7: the table's 86.5 and the text's 城区停车设施建设满意度…为86.5% were two measures.)
  it('names each of a row\'s two rates by its column as prose does: 老年助餐服务满意度, 老年助餐服务知晓率', () => {
    assert.equal(f('95.2').subject, '老年助餐服务满意度');
    assert.equal(f('88.6').subject, '老年助餐服务知晓率');
    assert.notEqual(f('95.2').indicator, f('88.6').indicator);
  });
  it('…so the table\'s 86.5 and the text\'s 城区停车设施建设满意度最低，为86.5% are one measure, unflagged', () => {
    const article = figures(readFileSync(new URL('articles/satisfaction-survey.txt', import.meta.url), 'utf8'), 'yancheng_jiangsu');
    assert.equal(article('86.5').indicator, article('86.5%').indicator);
    assert.ok(!article('86.5').flags?.includes('subject_unclear'));
    assert.ok(!article('86.5%').flags?.includes('subject_unclear'));
  });
  it('…of another city\'s table of 完成率 and 覆盖率; but counts in one unit stay glossed by their column', () => {
    const g = figures('绍兴市民生\n\n发布时间：2025-12-20\n\n项目｜完成率（%）｜覆盖率（%）\n城乡供水一体化｜96.5｜88.1\n\n项目｜新建（个）｜改造（个）\n口袋公园｜12｜30\n', 'shaoxing');
    assert.equal(g('96.5').subject, '城乡供水一体化完成率');
    assert.equal(g('88.1').subject, '城乡供水一体化覆盖率');
    assert.equal(g('12').subject, '口袋公园（新建）');
    assert.equal(g('30').subject, '口袋公园（改造）');
  });
  it('…but a table of one measure a row keeps the row\'s name alone', () => {
    const o = figures('盐城市民生\n\n发布日期：2026-01-20\n\n项目名称｜满意度（%）\n老年助餐服务｜95.2\n', 'yancheng_jiangsu')('95.2');
    assert.equal(o.subject, '老年助餐服务');
  });
  it('skips a bare counter ending a dateline (阅读：2856) as site chrome', () => {
    assert.ok(chrome(SURVEY, 'yancheng_jiangsu').some((r) => r.includes('2856')));
  });
  it('…but not a reading programme\'s figure in the body (全民阅读：1200场 ends no dateline)', () => {
    const read = raws('盐城市民生\n\n发布日期：2026-01-20\n\n今年开展活动如下。全民阅读：1200场\n', 'yancheng_jiangsu');
    assert.ok(read.includes('1200场'));
  });
});

describe('家次 as a classifier', () => {
  it('reads 检查农贸市场1460家次 whole, and 走访企业320家次 of another style', () => {
    assert.deepEqual(mentions('全市共检查农贸市场1460家次，走访企业320家次。'), [['1460家次', '家次'], ['320家次', '家次']]);
  });
  it('…but not 家 before 次级 (新建3家次级医院: three hospitals of the second grade)', () => {
    assert.deepEqual(mentions('新建3家次级医院。'), [['3家', '家']]);
  });
});

describe('subjects a chart would mislabel', () => {
  it('12345投诉为58件: the hotline\'s number is part of the name, not a figure counting 投', () => {
    const o = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n6月份涉及上述问题的12345投诉为58件。', 'xiaogan')('58件');
    assert.match(o.subject, /12345投诉$/u);
  });
  it('…and 12315举报 of another city; but 3个投诉点 still counts 投诉点 after an earlier figure', () => {
    const f = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n全市12315举报共受理860件。全市设置3个投诉点，受理投诉120件。', 'yibin');
    assert.match(f('860件').subject, /12315举报/u);
    assert.doesNotMatch(f('120件').subject, /^点/u);
  });
  it('已整改到位19个…；其余4个正在整改: the rest are still being fixed, not 整改到位', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n截至6月30日，共认领问题23个，已整改到位19个；其余4个正在整改，限期完成。', 'xiaogan');
    assert.equal(f('4个').subject, '正在整改');
    assert.notEqual(f('4个').indicator, f('19个').indicator);
  });
  it('…剩余3件尚未办结 of a hotline; but 其余11所正在建设 stays the schools, under way', () => {
    const f = figures('宜宾市民生\n\n发布时间：2025-07-02\n\n共受理投诉30件，已办结27件，剩余3件尚未办结。今年，全市计划新建学校32所。截至6月底，已建成投用21所，其余11所正在建设。', 'yibin');
    assert.equal(f('3件').subject, '尚未办结');
    assert.doesNotMatch(f('11所').subject, /正在/u);
  });
  it('其中市民政局满意率最低，为56.0%: named by the clause that ranks it, not the average before', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n节目最后，平均满意率为68.5%，其中市民政局满意率最低，为56.0%。', 'xiaogan');
    assert.equal(f('56.0%').subject, '市民政局满意率');
  });
  it('…城区停车设施建设满意度最低，为86.5% of a survey; but 7月受理量最高，达52.6万件 (a month first) is not renamed', () => {
    const f = figures('盐城市民生\n\n发布日期：2026-01-20\n\n城区停车设施建设满意度最低，为86.5%。从月度看，7月受理量最高，达52.6万件。', 'yancheng_jiangsu');
    assert.equal(f('86.5%').subject, '城区停车设施建设满意度');
    assert.doesNotMatch(f('52.6万件').subject, /^7月/u);
  });
  it('…亭湖区最低，为88.2%: a place ranked alone takes the measure of the figures before it, one indicator (QA s12b, B6)', () => {
    const f = figures('盐城市民生\n\n发布日期：2026-01-20\n\n分县（市、区）看，东台市、建湖县总体满意度分别为94.1%、93.5%，位列前两位；亭湖区最低，为88.2%，比全市平均水平低3.4个百分点。', 'yancheng_jiangsu');
    assert.equal(f('88.2%').subject, '总体满意度');
    assert.equal(f('88.2%').region, 'tinghu');
    assert.equal(f('88.2%').indicator, f('94.1%').indicator);
  });
  it('…in another city\'s style, a place ranked highest after a single figure', () => {
    const f = figures('曲靖市民生\n\n发布时间：2025-07-10\n\n全市城乡居民医保参保率为96.2%，其中陆良县最高，达98.7%。', 'qujing');
    assert.equal(f('98.7%').subject, f('96.2%').subject);
    assert.equal(f('98.7%').indicator, f('96.2%').indicator);
    assert.equal(f('98.7%').region, 'luliang_qujing');
  });
  it('…but not across a full stop, nor a figure of another unit before it', () => {
    const f = figures('曲靖市民生\n\n发布时间：2025-07-10\n\n全市城乡居民医保参保率为96.2%。陆良县最高，为98.7%。全市新增城镇就业3.2万人，麒麟区最高，为35.1%。', 'qujing');
    assert.notEqual(f('98.7%').indicator, f('96.2%').indicator);
    assert.notEqual(f('35.1%').subject, f('3.2万人').subject);
    assert.notEqual(f('35.1%').indicator, f('3.2万人').indicator);
  });
});

describe('counts of a set\'s members, and conjunctions before a name (QA s12b, B7)', () => {
  it('十大项目中有8个满意度提高: the projects whose satisfaction rose, not 满意度提高', () => {
    const f = figures('盐城市民生\n\n发布日期：2026-01-20\n\n与上年相比，十大项目中有8个满意度提高，老年助餐服务提高幅度最大，为4.3个百分点。', 'yancheng_jiangsu');
    assert.equal(f('8个').subject, '项目（满意度提高）');
    assert.ok(!f('8个').flags?.includes('subject_unclear'));
  });
  it('…全市12个县区中有9个完成年度任务, 30所学校中有25所达到省级标准 of other cities', () => {
    const f = figures('绍兴市民生\n\n发布时间：2025-12-20\n\n全市12个县区中有9个完成年度任务。参评的30所学校中有25所达到省级标准。', 'shaoxing');
    assert.equal(f('9个').subject, '县区（完成年度任务）');
    assert.equal(f('25所').subject, '学校（达到省级标准）');
  });
  it('…but not what members are or where they stand: 新建学校中有3所位于城区', () => {
    const f = figures('洛阳市民生\n\n发布时间：2025-12-20\n\n今年新建学校中有3所位于城区。', 'luoyang');
    assert.doesNotMatch(f('3所').subject, /（位于城区）/u);
  });
  // (居各项目第1位, the sentence of the article, is a rank: an ordinal, no figure.)
  it('…但知晓率达到90.2%, 而农村居民…: a name never starts with a conjunction', () => {
    const f = figures('盐城市民生\n\n发布日期：2026-01-20\n\n城区停车设施建设满意度最低，为86.5%，但知晓率达到90.2%。', 'yancheng_jiangsu');
    assert.match(f('90.2%').subject, /^知晓率/u);
    const g = figures('洛阳市民生\n\n发布时间：2025-12-20\n\n城镇居民人均可支配收入4.2万元，而农村居民人均可支配收入为2.1万元，且城乡收入比缩小至2.0。', 'luoyang');
    assert.doesNotMatch(g('2.1万元').subject, /^[而且但]/u);
    assert.doesNotMatch(g('2.0').subject, /^[而且但]/u);
  });
});

describe('a rate named with and without the word of what it is of (QA s12b, C7)', () => {
  it('项目知晓率为84.3% … 知晓率达到88%: one measure, its result and its target, one indicator', () => {
    const f = figures('盐城市民生\n\n发布日期：2026-01-20\n\n2025年全市民生实事项目总体满意度为91.6%；项目知晓率为84.3%，比上年提高2.6个百分点。\n\n根据测评结果，2026年计划新增普惠性托位2400个；力争到2026年底，全市民生实事项目总体满意度保持在92%以上，知晓率达到88%。', 'yancheng_jiangsu');
    assert.equal(f('88%').indicator, f('84.3%').indicator);
    assert.equal(f('88%').subject, '项目知晓率');
  });
  it('…群众满意率 then a bare 满意率 in a paragraph on 群众, of another city', () => {
    const f = figures('洛阳市民生\n\n发布时间：2025-01-10\n\n2024年，全市群众满意率为92.3%。\n\n2025年，持续倾听群众呼声，力争满意率达到95%。', 'luoyang');
    assert.equal(f('95%').indicator, f('92.3%').indicator);
  });
  it('…but not when the paragraph of the bare rate never names what the other is of', () => {
    const f = figures('洛阳市民生\n\n发布时间：2025-01-10\n\n2024年，全市医院患者满意率为93.1%。\n\n12345热线办结后回访，满意率为96.0%。', 'luoyang');
    assert.notEqual(f('96.0%').indicator, f('93.1%').indicator);
  });
});

describe('what a visit found is a sample, not the place\'s total (QA s12b, B9)', () => {
  it('记者在孝南区5所小学门口蹲点，共发现拥堵点3处: the jams the reporter saw', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n（短片）5月下旬，记者在孝南区5所小学门口蹲点，共发现拥堵点3处，高峰时段平均拥堵时长超过25分钟。', 'xiaogan');
    assert.equal(f('3处').subject, '拥堵点（蹲点发现）');
    assert.equal(f('3处').region, 'xiaonan');
  });
  it('…暗访…发现3处问题 and the official\'s 暗访发现的3处问题 after it: one measure', () => {
    const f = figures('孝感市问政\n\n发布时间：2025-07-02 09:15\n\n（短片）5月下旬，问政记者暗访城区5家农贸市场，发现3处问题。\n\n市市场监管局局长陈红：暗访发现的3处问题，我们已责令限期整改。', 'xiaogan');
    assert.equal(f('3处').subject, '问题（暗访发现）');
    assert.equal(f('3处', 2).indicator, f('3处').indicator);
  });
  it('…督查组随机抽查…发现消防隐患7处, and 暗访…发现老旧小区12个, of another city: never the lexicon\'s count', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n6月，督查组随机抽查12家养老机构，发现消防隐患7处。记者在城区暗访，共发现老旧小区12个。', 'yichang');
    assert.equal(f('7处').subject, '消防隐患（随机抽查发现）');
    assert.equal(f('12个').subject, '老旧小区（暗访发现）');
    assert.match(f('12个').indicator, /:/u);
  });
  it('things inspected right before their count (督查组随机抽查12家养老机构) are a sample: named so, never the lexicon\'s stock or flow', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n6月，督查组随机抽查12家养老机构，发现消防隐患7处。', 'yichang');
    assert.equal(f('12家').subject, '抽查养老机构');
    assert.match(f('12家').indicator, /^elderly_care:/u);
    // Other cities and styles: 走访, 检查了, 督查.
    const g = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n市卫健委走访15家托育机构。区民政局检查了8个社区养老服务中心。市教体局督查20所中小学食堂。', 'mianyang');
    assert.equal(g('15家').subject, '走访托育机构');
    assert.match(g('15家').indicator, /:/u);
    assert.equal(g('8个').subject, '检查社区养老服务中心');
    assert.match(g('8个').indicator, /:/u);
    assert.match(g('20所').subject, /^督查/u);
  });
  it('…but things added after an inspection\'s clause (经过督查整改，全市新增12家养老机构) stay the lexicon\'s', () => {
    const f = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n经过督查整改，全市新增12家养老机构。', 'mianyang');
    assert.equal(f('12家').indicator, 'elderly_care_institutions');
    assert.doesNotMatch(f('12家').subject, /督查|抽查/u);
  });
  it('a find said in the clause before (暗访发现，共有6个…长期闭门): a sample observed, across that comma', () => {
    const text = readFileSync(new URL('./articles/tv-accountability.txt', import.meta.url), 'utf8');
    const f = figures(text, 'xiaogan');
    assert.match(f('6个').subject, /社区养老服务中心长期闭门（暗访发现）$/u);
    // Another city's style: 明察暗访发现，有4家…, 蹲点发现，其中…
    const g = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n记者近日在伍家岗区明察暗访发现，有4家幼儿园门口没有护学岗。', 'yichang');
    assert.equal(g('4家').subject, '幼儿园（明察暗访发现）');
    assert.match(g('4家').indicator, /:/u);
  });
  it('…but not a check of all said so (全市排查发现，共有安全隐患46处)', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n全市排查发现，共有安全隐患46处。', 'yichang');
    assert.doesNotMatch(f('46处').subject, /（.*发现）/u);
  });
  it('a plan\'s count of things in the state its clause ends on (确保9月底前126个小区全部开工): named with that state', () => {
    const text = readFileSync(new URL('./articles/tv-accountability.txt', import.meta.url), 'utf8');
    // (老旧小区改造, the compounds the words before speak of, since subjects4: never 小区 alone.)
    assert.equal(figures(text, 'xiaogan')('126个', 2).subject, '老旧小区改造（开工）');
    const g = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n力争年底前30所学校全部竣工。争取10月底前20个农村公路桥梁全部完工。', 'yichang');
    assert.equal(g('30所').subject, '学校（竣工）');
    assert.equal(g('20个').subject, '农村公路桥梁（完工）');
  });
  it('…but not a state with an object of its own (18个小区开工建设电梯), nor one reached (8所学校已开工)', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n今年计划18个小区开工建设电梯。目前全市52个社区食堂均已建成。', 'yichang');
    assert.doesNotMatch(f('18个').subject, /（开工）/u);
    assert.doesNotMatch(f('52个').subject, /（/u);
  });
  it('one figure said twice (200名市民代表 at the opening and 节目最后): one measure, whatever the words around each', () => {
    const text = readFileSync(new URL('./articles/tv-accountability.txt', import.meta.url), 'utf8');
    const f = figures(text, 'xiaogan');
    assert.equal(f('200名', 2).indicator, f('200名').indicator);
    const g = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n围绕托育服务、社区养老等民生实事，80名群众代表参与评议。\n\n活动最后，80名群众代表通过电子表决器进行打分。另有80名志愿者参与服务。', 'mianyang');
    assert.equal(g('80名', 2).indicator, g('80名').indicator);
    // …but another thing of the same number is another measure.
    assert.notEqual(g('80名', 3).indicator, g('80名').indicator);
  });
  it('a find with no noun of its own (抽查12家养老机构，发现3家存在消防隐患): of the sample just named, never 存 nor 发现', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-06-10\n\n督查组随机抽查12家养老机构，发现3家存在消防隐患。记者暗访发现，有5家幼儿园存在安全隐患。', 'yichang');
    assert.equal(f('3家').subject, '养老机构（随机抽查发现）');
    assert.equal(f('5家').subject, '幼儿园（暗访发现）');
    // …but a find of another unit names its own things (问题), not the sample.
    const g = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n检查组随机抽查8个小区，发现问题30处。', 'mianyang');
    assert.equal(g('30处').subject, '问题（随机抽查发现）');
  });
  // A QA helper's made-up sentence: 抽检 is a sample as 抽查 is, and its doer may open the clause.
  it('抽检…发现4家: what a sample test found, named by the sample (餐饮单位（抽检发现）), never 发现', () => {
    const f = figures('荆州市民生\n\n发布时间：2025-10-20\n\n市场监管局抽检餐饮单位60家，发现4家存在食品安全问题。', 'jingzhou_hubei');
    assert.equal(f('4家').subject, '餐饮单位（抽检发现）');
    assert.match(f('4家').indicator, /:/u);
    // Other cities' words: a reporter's visit, an inspectors' sample with the things before their count.
    const g = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n5月中旬，记者暗访城区餐饮单位20家，发现3家存在问题。督查组抽查养老机构15家，发现2家存在消防隐患。', 'mianyang');
    assert.equal(g('3家').subject, '城区餐饮单位（暗访发现）');
    assert.equal(g('2家').subject, '养老机构（抽查发现）');
  });
  it('things sampled named before their count (督查组抽查养老机构15家) are a sample, never the lexicon\'s stock', () => {
    const f = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n督查组抽查养老机构15家。市场监管局抽检学校食堂30所。', 'mianyang');
    assert.notEqual(f('15家').indicator, 'elderly_care_institutions');
    assert.equal(f('15家').subject, '抽查养老机构');
    assert.equal(f('30所').subject, '抽检学校食堂');
    assert.match(f('30所').indicator, /:/u);
    // …but things counted after a sample's clause are the lexicon's (抽检合格后，全市新增养老机构12家), a word before
    // the verb that is no doer stays in the name (食品抽检合格率), and home visits are a service (上门探访).
    const g = figures('绵阳市民生\n\n发布时间：2025-08-02\n\n消防抽检合格后，全市新增养老机构12家。全年食品抽检合格率98.1%。社区志愿者上门探访独居老人2.6万人次。', 'mianyang');
    assert.equal(g('12家').indicator, 'elderly_care_institutions');
    assert.equal(g('98.1%').subject, '食品抽检合格率');
    assert.match(g('2.6万人次').subject, /上门探访独居老人$/u);
  });
  it('…but not a check of all (全市排查发现), nor a find in a sentence with no visit', () => {
    const f = figures('宜昌市民生\n\n发布时间：2025-07-10\n\n全市排查发现安全隐患46处。记者蹲点一周。全市共发现拥堵点40处。', 'yichang');
    assert.doesNotMatch(f('46处').subject, /（.*发现）/u);
    assert.doesNotMatch(f('40处').subject, /（.*发现）/u);
  });
});

// A figure said again (a film's finds, then an official's answer on them) is where it was found; the rate of a
// survey is named by it (tv-accountability.txt's 11处 / 7处 were filed under 孝感市, and 86.0% named a bare 满意率).
describe('a figure said again, and a survey\'s rate', () => {
  const tv = readFileSync(new URL('./articles/tv-accountability.txt', import.meta.url), 'utf8');
  it('孝感\'s 对11处问题立行立改，目前已完成维修7处: 孝南区\'s problems, named by them and what is done now', () => {
    const f = figures(tv, 'xiaogan');
    assert.deepEqual([f('11处', 2).region, f('11处', 2).subject], ['xiaonan', '雨污管网未分流等问题（立行立改）']);
    assert.deepEqual([f('7处').region, f('7处').subject], ['xiaonan', '雨污管网未分流等问题（完成维修）']);
    // …同时对全市2024年完工的87个改造小区: the whole named, the city's.
    assert.equal(f('87个').region, 'xiaogan');
  });
  const other = '常德市问政\n\n发布时间：2025-07-10 09:00\n\n（短片）6月上旬，记者暗访武陵区3个农贸市场，发现卫生问题8处。\n\n市商务局局长李明：对暗访发现的8处问题，我们已督促整改，目前已整改5处；同时对全市农贸市场开展排查，发现问题20处。\n\n桃源县新建幼儿园3所。\n\n市教育局局长王芳：今年我们还将对3所小学进行改造。';
  it('another city\'s: 对暗访发现的8处问题 is 武陵区\'s, the figure before said again, and so is the part done (整改5处)', () => {
    const f = figures(other, 'changde');
    assert.deepEqual([f('8处', 2).region, f('8处', 2).indicator], ['wuling', f('8处').indicator]);
    assert.deepEqual([f('5处').region, f('5处').subject], ['wuling', '卫生问题（整改）']);
    assert.equal(f('20处').region, 'changde');
  });
  it('…but not another thing written the same (桃源县新建幼儿园3所, then 对3所小学进行改造)', () => {
    const f = figures(other, 'changde');
    assert.equal(f('3所').region, 'taoyuan');
    assert.equal(f('3所', 2).region, 'changde');
  });
  it('孝感\'s 回访群众150人，满意率由节目现场的68.5%提高到86.0%: the follow-up\'s rate, and the night\'s said again', () => {
    const f = figures(tv, 'xiaogan');
    assert.equal(f('86.0%').subject, '回访满意率');
    assert.equal(f('68.5%', 2).indicator, f('68.5%').indicator);
  });
  it('other cities\' surveys (电话回访, 问卷调查): the rate named by the survey; not a rate after people served', () => {
    const f = figures('常德市民生\n\n发布时间：2025-07-10\n\n12345热线对办结诉求开展电话回访，回访群众3200人，满意率为96.5%。\n\n问卷调查居民800人，知晓率为92.0%。\n\n新建养老机构5个，服务老人300人，满意率为95.0%。', 'changde');
    assert.equal(f('96.5%').subject, '回访满意率');
    assert.equal(f('92.0%').subject, '调查知晓率');
    assert.equal(f('95.0%').subject, '满意率');
  });
  it('…and a level a change starts from is an earlier figure only when it names the same measure (停车位从40个, not 在建40个)', () => {
    const f = figures('南通市民生\n\n发布时间：2025-07-15\n\n全市在建小区40个。\n\n王先生说，楼下的停车位从40个增加到了95个。', 'nantong');
    assert.notEqual(f('40个', 2).indicator, f('40个').indicator);
  });
});
