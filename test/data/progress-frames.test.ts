/**
 * How a progress report dates and classes its figures: a line that frames what follows
 * as of a date, a table's 目标 column, this year's plan reported to a date, work under
 * way after a past span, and capacity once built with or without a date. Small articles
 * in the styles of a WeChat progress post and a press conference, run through the whole
 * pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import type { Observation } from '../../src/data/types.ts';

function figures(text: string, region: string): (raw: string) => Observation {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'c'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  const { observations } = builder.finish();
  return (raw) => {
    const o = observations.find((x) => x.raw === raw);
    assert.ok(o, `${raw} is a figure`);
    return o;
  };
}
const dates = (o: Observation) => [o.period.start, o.period.end];

describe('a WeChat progress post: a frame line over a table and sections', () => {
  const fig = figures(
    [
      '柯桥区2025年民生实事项目进展来啦',
      '柯桥发布　2025年12月03日 18:30　浙江',
      '▶ 截至11月底，各项目进展如下：',
      '项目｜目标｜进度',
      '城镇老旧小区改造｜42个｜已完工39个',
      '新增婴幼儿托位｜1200个｜已新增1356个',
      '（一）托育服务',
      '新建普惠性托位1020个。',
      '▶ 镇街亮点',
      '平水镇：完成农村公路提档改造18.5公里。',
    ].join('\n'),
    'keqiao',
  );
  it('a figure in the 目标 column is the year\'s target', () => {
    for (const raw of ['42个', '1200个']) {
      assert.equal(fig(raw).status, 'target', raw);
      assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-12-31'], raw);
    }
  });
  it('a figure in the 进度 column is a result to the frame\'s date', () => {
    for (const raw of ['39个', '1356个']) {
      assert.equal(fig(raw).status, 'result', raw);
      assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-11-30'], raw);
    }
  });
  it('a section heading after the frame keeps it', () => assert.deepEqual(dates(fig('1020个')), ['2025-01-01', '2025-11-30']));
  it('a heading with the frame line\'s own mark ends it; the title\'s year then frames a result up to publication', () => {
    assert.deepEqual(dates(fig('18.5公里')), ['2025-01-01', '2025-12-03']);
  });
});

describe('a press conference: this year\'s plan reported to a date', () => {
  const fig = figures(
    [
      '赣州市民生实事进展情况',
      '来源：赣州市人民政府新闻办公室　发布时间：2025-10-28 17:05',
      '截至9月底，全市已建成社区嵌入式养老服务中心46个。',
      '今年，全市计划新建学校32所。截至9月底，已建成投用21所，其余11所正在建设。',
      '今年前三季度，全区民生支出增长较快。截至9月底，赣县区新增城镇就业3100人。',
      '前三季度全市筹集保障性租赁住房4260套。全市正在建设的配售型保障性住房项目有3个。',
      '图书馆新馆预计明年开馆，建成后藏书容量可达100万册。城东学校建成后将新增学位3000个。',
      '前三季度，全市城镇新增就业3.2万人。',
      '',
      '分区域看，章贡区新增就业5800人，南康区新增就业4900人。',
      '四季度，我们将继续开展援助活动，力争全年城镇新增就业3.7万人以上。',
      '去年，瑞金市新增就业2700人。',
    ].join('\n'),
    'ganzhou_jiangxi',
  );
  it('a standing total as of the date keeps no start', () => assert.deepEqual(dates(fig('46个')), [undefined, '2025-09-30']));
  it('what the year\'s plan got done by the date counts from January', () => {
    assert.deepEqual(dates(fig('21所')), ['2025-01-01', '2025-09-30']);
    assert.equal(fig('11所').status, 'ongoing');
    assert.deepEqual(dates(fig('11所')), ['2025-01-01', '2025-09-30']);
  });
  it('what was newly added by a date of this year counts from January', () => assert.deepEqual(dates(fig('3100人')), ['2025-01-01', '2025-09-30']));
  it('work under way a sentence after a past span is as of publication', () => {
    assert.deepEqual(dates(fig('4260套')), ['2025-01-01', '2025-09-30']);
    assert.equal(fig('3个').status, 'ongoing');
    assert.deepEqual(dates(fig('3个')), [undefined, '2025-10-28']);
  });
  it('a paragraph that breaks the one before down (分区域看) keeps its period', () => {
    assert.deepEqual(dates(fig('5800人')), ['2025-01-01', '2025-09-30']);
    assert.deepEqual(dates(fig('4900人')), ['2025-01-01', '2025-09-30']);
    assert.deepEqual(dates(fig('2700人')), ['2024-01-01', '2024-12-31']);
  });
  it('全年 in the figure\'s clause is the whole year, after a quarter', () => {
    assert.equal(fig('3.7万人以上').status, 'plan');
    assert.deepEqual(dates(fig('3.7万人以上')), ['2025-01-01', '2025-12-31']);
  });
  it('capacity once built is dated when the opening is, and undated when not', () => {
    assert.equal(fig('100万册').status, 'plan');
    assert.deepEqual(dates(fig('100万册')), ['2026-01-01', '2026-12-31']);
    assert.equal(fig('3000个').status, 'plan');
    assert.deepEqual(dates(fig('3000个')), [undefined, undefined]);
  });
});

describe('年末 and 全年 with no year named, early in the next year', () => {
  const fig = figures(
    ['襄阳市养老服务体系建设成效显著', '发布时间：2026-03-10 10:00　来源：襄阳市民政局', '年末全市共有养老机构120家，全年新增养老床位1200张。力争年末养老机构达到130家。'].join('\n'),
    'xiangyang_hubei',
  );
  it('a result stands at the end of the year gone by, not of the year under way', () => {
    assert.deepEqual(dates(fig('120家')), [undefined, '2025-12-31']);
    assert.deepEqual(dates(fig('1200张')), ['2025-01-01', '2025-12-31']);
  });
  it('a plan for 年末 is this year\'s', () => {
    assert.equal(fig('130家').status, 'plan');
    assert.deepEqual(dates(fig('130家')), [undefined, '2026-12-31']);
  });
});

describe('a change of level over a span of years', () => {
  const fig = figures(
    ['渭源县政府工作报告', '发布时间：2026-01-12 09:00　来源：渭源县人民政府', '“十四五”时期，城乡居民收入比由3.12缩小到2.35，农村自来水普及率从88%提高到96.8%。'].join('\n'),
    'weiyuan_dingxi',
  );
  it('dates the level it came from the year before the span, the one it reached at its end', () => {
    assert.deepEqual(dates(fig('3.12')), ['2020-01-01', '2020-12-31']);
    assert.deepEqual(dates(fig('2.35')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('88%')), ['2020-01-01', '2020-12-31']);
    assert.deepEqual(dates(fig('96.8%')), ['2025-01-01', '2025-12-31']);
  });
});

describe('a county work report: the years a review looks back on', () => {
  const fig = figures(
    [
      '师宗县政府工作报告',
      '来源：师宗县人民政府网　发布时间：2025-01-16 10:00',
      '一、2024年工作回顾',
      '过去一年，全县城镇新增就业3100人，城乡低保标准提高到每人每月720元，农村特困人员供养标准提高到每人每年9360元。',
      '三年来，全县累计新建学校18所，输转劳动力累计达到21.6万人次，学前三年毛入园率提高到91.2%，养老机构总数达到42家。到2024年底，全县自来水普及率达到95.1%。县域内就诊率提高8.2个百分点。',
      '县财政每年安排民生资金3000万元。',
    ].join('\n'),
    'shizong',
  );
  it('过去一年 is the year the section reviews, not the year to publication', () => assert.deepEqual(dates(fig('3100人')), ['2024-01-01', '2024-12-31']));
  it('a standard per person per month or year keeps that year: 每人每年 is its unit, not a yearly amount', () => {
    assert.deepEqual(dates(fig('720元')), ['2024-01-01', '2024-12-31']);
    assert.deepEqual(dates(fig('9360元')), ['2024-01-01', '2024-12-31']);
    assert.equal(fig('9360元').period.label, '过去一年');
  });
  it('what the county spends each year is still a yearly amount', () => assert.deepEqual(fig('3000万元').period, { label: '每年' }));
  it('三年来 is the three calendar years up to the reviewed one; its 累计 are sums over them', () => {
    for (const raw of ['18所', '21.6万人次']) assert.deepEqual(dates(fig(raw)), ['2022-01-01', '2024-12-31'], raw);
  });
  it('a rate reached over them is the last year\'s, a total that stands is as of its end', () => {
    assert.deepEqual(dates(fig('91.2%')), ['2024-01-01', '2024-12-31']);
    assert.deepEqual(dates(fig('42家')), [undefined, '2024-12-31']);
  });
  it('到2024年底 dates its sentence only: the change in the next is over the three years', () => {
    assert.deepEqual(dates(fig('95.1%')), [undefined, '2024-12-31']);
    assert.deepEqual(dates(fig('8.2个百分点')), ['2022-01-01', '2024-12-31']);
  });
});

describe('a city news release: what was newly built by a date of this year', () => {
  const fig = figures(
    [
      '全市民生实事项目进展顺利',
      '发布时间：2025-12-10 09:00　来源：曲靖市人民政府',
      '截至11月底，全市城镇新增就业4.6万人；新建、改扩建中小学和幼儿园31所，新开工保障性住房1200套。',
      '截至11月底，全市累计新建城市书房156个，已建成社区食堂212个。',
    ].join('\n'),
    'qujing',
  );
  it('新建 and 新开工 after the semicolon count from January, as 新增 does', () => {
    for (const raw of ['4.6万人', '31所', '1200套']) assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-11-30'], raw);
  });
  it('累计新建 and 已建成 are totals that stand at the date', () => {
    for (const raw of ['156个', '212个']) assert.deepEqual(dates(fig(raw)), [undefined, '2025-11-30'], raw);
  });
});

describe('a newspaper feature: an anecdote\'s year, stocks at a date and this year\'s budget', () => {
  const fig = figures(
    [
      '社区食堂让老人吃得更安心',
      '2025-11-05 08:00 来源：河北日报',
      '家住桥西区的赵奶奶今年81岁，每月领取养老金2600元。2020年社区食堂刚开张时，每天来吃饭的老人不到50位；现在每天有300多位老人在这里用餐。社区共有老年人4200人。',
      '今年，市级财政安排老年助餐专项资金1.5亿元，计划新建社区食堂120个，为3000户困难老年人家庭实施适老化改造。截至9月底，全市已建成养老服务中心85个，建成社区食堂96个，完成适老化改造2410户，分别完成年度任务的80%和80.3%。',
      '截至今年9月底，全市老年助餐点达到860个，比2020年增长了2.1倍；全市养老床位总数达到6.2万张。9月末，全市养老护理员持证率为78.5%，比6月末提高2.4个百分点。',
    ].join('\n'),
    'shijiazhuang',
  );
  it('an age is no period: the pension beside it is as of publication', () => assert.deepEqual(dates(fig('2600元')), [undefined, '2025-11-05']));
  it('a daily count in the anecdote\'s year is that year\'s', () => assert.deepEqual(dates(fig('不到50位')), ['2020-01-01', '2020-12-31']));
  it('现在 closes the anecdote: what follows is as of publication', () => {
    for (const raw of ['300多位', '4200人']) assert.deepEqual(dates(fig(raw)), [undefined, '2025-11-05'], raw);
  });
  it('money allocated (安排) for this year is the year\'s plan', () => {
    assert.equal(fig('1.5亿元').status, 'plan');
    assert.deepEqual(dates(fig('1.5亿元')), ['2025-01-01', '2025-12-31']);
  });
  it('each figure of a list measured against the year\'s tasks counts from January', () => {
    for (const raw of ['96个', '2410户']) assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-09-30'], raw);
  });
  it('…not a total before the list, which stands at the date', () => assert.deepEqual(dates(fig('85个')), [undefined, '2025-09-30']));
  it('截至今年9月底 dates stocks at that day, past the semicolon', () => {
    for (const raw of ['860个', '6.2万张']) assert.deepEqual(dates(fig(raw)), [undefined, '2025-09-30'], raw);
  });
  it('a change against 2020 runs from 2021 to the date', () => assert.deepEqual(dates(fig('2.1倍')), ['2021-01-01', '2025-09-30']));
  it('a month\'s end dates a rate; a change against an earlier month\'s end runs from the day after', () => {
    assert.deepEqual(dates(fig('78.5%')), [undefined, '2025-09-30']);
    assert.deepEqual(dates(fig('2.4个百分点')), ['2025-07-01', '2025-09-30']);
  });
});

describe('a table framed by the last sentence of the paragraph before it', () => {
  const fig = figures(
    [
      '南通市人大常委会听取民生实事项目推进情况报告',
      '南通人大　2025年07月15日',
      '报告显示，截至6月底，各项目累计完成投资21.6亿元。截至6月底各项目推进情况如下：',
      '',
      '项目名称｜年度目标｜完成情况｜完成率',
      '新增普惠性托育托位｜新增托位3000个｜已新增1860个｜62%',
    ].join('\n'),
    'nantong',
  );
  it('dates its progress from January to that date, its year\'s targets the whole year', () => {
    assert.deepEqual(dates(fig('1860个')), ['2025-01-01', '2025-06-30']);
    assert.deepEqual(dates(fig('62%')), ['2025-01-01', '2025-06-30']);
    assert.equal(fig('3000个').status, 'target');
    assert.deepEqual(dates(fig('3000个')), ['2025-01-01', '2025-12-31']);
  });
});

describe('a standard that takes effect after publication', () => {
  const fig = figures(
    ['广州市高龄津贴政策解读', '发布时间：2026-03-18 10:00　来源：广州市民政局', '自2026年4月1日起，标准调整为：80至89周岁每人每月200元（原为每人每月100元）。'].join('\n'),
    'guangzhou',
  );
  it('is a plan from that day; the old standard (原为) stood until the day before', () => {
    assert.deepEqual([fig('200元').status, ...dates(fig('200元'))], ['plan', '2026-04-01', undefined]);
    assert.deepEqual([fig('100元').status, ...dates(fig('100元'))], ['result', undefined, '2026-03-31']);
  });
});

describe('a policy explained, whose rules take effect after publication', () => {
  // A 医保 Q&A in another city and scheme than policy-qa.txt's: the rules are named in the
  // lead, and only a standard of a paragraph citing them, or a count 调整后, is from that day.
  const fig = figures(
    [
      '成都市城乡居民基本医疗保险实施细则政策问答',
      '发布时间：2026-11-20 09:30　来源：成都市医疗保障局',
      '近日，《成都市城乡居民基本医疗保险实施细则》印发，自2027年1月1日起施行。',
      '问：现行政策执行了多久？',
      '答：我市现行城乡居民医保筹资标准自2019年起执行。截至2026年10月底，全市参保人数达到812万人。',
      '问：个人缴费标准怎么定？',
      '答：根据《实施细则》第八条，成年居民个人缴费标准为每人每年380元（原为每人每年320元），家庭人均收入低于低保标准的2倍的可申请资助。截至2026年10月底，全市已有定点医疗机构1.2万家。',
      '问：多少人受益？',
      '答：调整后全市预计资助困难群众约9.6万人。我市门诊报销比例高于重庆市现行的55%。',
    ].join('\n'),
    'chengdu',
  );
  it('reads a standard of a paragraph citing the rules, and a threshold, as plans from that day', () => {
    assert.deepEqual([fig('380元').status, ...dates(fig('380元'))], ['plan', '2027-01-01', undefined]);
    assert.deepEqual([fig('2倍').status, ...dates(fig('2倍'))], ['plan', '2027-01-01', undefined]);
  });
  it('dates the standard replaced from when the article says the one in force began', () => {
    assert.deepEqual([fig('320元').status, ...dates(fig('320元'))], ['result', '2019-01-01', '2026-12-31']);
    assert.equal(fig('320元').subject, fig('380元').subject);
  });
  it('keeps the counts of now in that paragraph, and dates the counts 调整后 from that day', () => {
    assert.deepEqual([fig('1.2万家').status, ...dates(fig('1.2万家'))], ['result', undefined, '2026-10-31']);
    assert.deepEqual([fig('812万人').status, ...dates(fig('812万人'))], ['result', undefined, '2026-10-31']);
    assert.deepEqual([fig('约9.6万人').status, ...dates(fig('约9.6万人'))], ['plan', '2027-01-01', undefined]);
  });
  it("files another city's figure in force now under that city, as of publication", () => {
    assert.equal(fig('55%').region, 'chongqing');
    assert.deepEqual([fig('55%').status, ...dates(fig('55%'))], ['result', undefined, '2026-11-20']);
  });
});

describe("a congress's progress report: deadlines, a done column, a deputy's street", () => {
  const fig = figures(
    [
      '福州市人大常委会视察2026年为民办实事项目',
      '福州人大　2026年08月12日',
      '截至7月底各项目进展如下：',
      '项目｜年度任务｜完成情况｜完成率',
      '老旧小区改造｜改造小区120个｜已完工45个，在建60个｜38%',
      '下一步，确保10月底前新增托位1500个，力争11月底前再建成口袋公园20个。',
      '市人大代表、鼓楼区和平街道居民林文说：“现在小区停车位从30个增加到了80个，步道修了800多米，公交站点500米覆盖率也提高了。”去年项目满意度测评得分94.5分。',
    ].join('\n'),
    'fuzhou_fujian',
  );
  it('dates a plan by the deadline before it: more from now has no start', () => {
    assert.deepEqual([fig('1500个').status, fig('1500个').period.end], ['plan', '2026-10-31']);
    assert.deepEqual([fig('20个').status, ...dates(fig('20个'))], ['plan', undefined, '2026-11-30']);
  });
  it('reads a 完成率 column as a result, whatever its row says is under way', () => {
    assert.equal(fig('38%').status, 'result');
    assert.equal(fig('60个').status, 'ongoing');
  });
  it("files a deputy's figures under the district of his street (和平街道 is a town, not a list)", () => {
    assert.equal(fig('80个').region, 'gulou_fuzhou');
    assert.equal(fig('800多米').region, 'gulou_fuzhou');
  });
  it('reads metres and scores, but not a distance that bounds a name', () => {
    assert.equal(fig('800多米').unit, '米');
    assert.equal(fig('94.5分').unit, '分');
    assert.deepEqual(dates(fig('94.5分')), ['2025-01-01', '2025-12-31']);
  });
  it('leaves the level a change started from undated, the level reached as of now', () => {
    assert.deepEqual([fig('30个').period.start, fig('30个').period.end], [undefined, undefined]);
    assert.ok(fig('30个').flags?.includes('period_unstated'));
    assert.deepEqual(dates(fig('80个')), [undefined, '2026-08-12']);
  });
});

describe('a budget report: numbered headings of a year frame their sections, a title of two years none', () => {
  const fig = figures(
    [
      '关于绵阳市2024年预算执行情况和2025年预算草案的报告',
      '发布时间：2025-01-20 09:30　来源：绵阳市财政局',
      '一、2024年预算执行情况',
      '全市一般公共预算收入完成210.5亿元，为预算的100.8%。其中，民生支出366.2亿元，比上年提高1.1个百分点。',
      '（二）市本级预算执行情况',
      '市本级一般公共预算支出98.4亿元，增长2.2%。',
      '二、2025年预算草案',
      '全市一般公共预算支出安排500.2亿元。',
      '1.教育支出80.6亿元，比上年预算数增加2.1亿元。',
      '三、扎实做好2025年财政工作',
      '市本级一般性支出压减3%以上。',
    ].join('\n'),
    'mianyang',
  );
  it("dates the execution by its heading's year, sub-headings included, and a change against 上年 over it", () => {
    for (const raw of ['210.5亿元', '366.2亿元', '1.1个百分点', '98.4亿元', '2.2%']) {
      assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['result', '2024-01-01', '2024-12-31'], raw);
    }
  });
  it("reads the sections of the year still ahead in January as that year's plans, numbered lines included", () => {
    for (const raw of ['500.2亿元', '80.6亿元', '3%以上']) {
      assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['plan', '2025-01-01', '2025-12-31'], raw);
    }
  });
});

describe("a hotline's yearly report: the title's 运行情况报告 frames the body, a heading of 成效 reports", () => {
  const fig = figures(
    [
      '2024年常州市12345热线运行情况报告',
      '发布日期：2025-01-10　来源：常州市12345热线办公室',
      '一、总体情况',
      '2024年，热线共受理诉求320.5万件。',
      '二、诉求分类情况',
      '咨询类150.2万件，占46.9%；投诉类60.1万件，比2023年下降1.2个百分点。',
      '三、重点工作成效',
      '开通企业专席，受理企业诉求3.1万件，办结率99.5%。',
      '四、2025年工作目标',
      '新增智能客服坐席30个。',
    ].join('\n'),
    'changzhou_jiangsu',
  );
  it("dates every section's figures in the report's year, not as of publication", () => {
    for (const raw of ['150.2万件', '46.9%', '60.1万件', '1.2个百分点']) {
      assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['result', '2024-01-01', '2024-12-31'], raw);
    }
  });
  it('reads 重点工作成效 as results of the year, not next year\'s plans', () => {
    for (const raw of ['3.1万件', '99.5%']) {
      assert.deepEqual([fig(raw).status, ...dates(fig(raw))], ['result', '2024-01-01', '2024-12-31'], raw);
    }
  });
  it("reads the heading of next year's goals as plans", () => {
    assert.deepEqual([fig('30个').status, ...dates(fig('30个'))], ['plan', '2025-01-01', '2025-12-31']);
  });
});

describe('a heading of the year under way, later in the year, reports', () => {
  const fig = figures(
    ['湘潭市民政局2025年上半年工作总结', '发布时间：2025-07-15 10:00', '一、2025年民生项目', '全市新建社区食堂12个。'].join('\n'),
    'xiangtan_hunan',
  );
  it('frames its year up to publication, as results', () => {
    assert.deepEqual([fig('12个').status, ...dates(fig('12个'))], ['result', '2025-01-01', '2025-07-15']);
  });
});

describe("a plan's evaluation: totals of its years, averages against a base, the next plan's years", () => {
  const fig = figures(
    [
      '宜宾市“十四五”规划社会领域指标终期评估报告',
      '发布时间：2025-10-28 09:00　来源：宜宾市发展和改革委员会',
      '2025年1—9月，全市城镇新增就业4.1万人，预计全年可达5.2万人，五年累计26.4万人。',
      '2024年全市农村居民人均可支配收入21450元，比2020年累计增长31.2%，年均增长7.0%。',
      '截至2025年9月底，“十四五”以来全市累计新增公办学位6.3万个。',
      '到2030年，农村居民人均可支配收入年均增长6.5%左右；“十五五”时期累计新增城镇就业25万人以上。',
    ].join('\n'),
    'yibin',
  );
  it("counts the year's estimate over the whole year, and five years' total up to it", () => {
    assert.deepEqual(dates(fig('5.2万人')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('26.4万人')), ['2021-01-01', '2025-12-31']);
  });
  it('dates a change against a named year and the yearly average after it from the year after the base', () => {
    assert.deepEqual(dates(fig('31.2%')), ['2021-01-01', '2024-12-31']);
    assert.deepEqual(dates(fig('7.0%')), ['2021-01-01', '2024-12-31']);
  });
  it('ends a span since 十四五 at the as-of date before it', () => {
    assert.deepEqual(dates(fig('6.3万个')), ['2021-01-01', '2025-09-30']);
  });
  it("dates an average by a deadline from the next year, and the next plan's total over its five years", () => {
    assert.deepEqual(dates(fig('6.5%左右')), ['2026-01-01', '2030-12-31']);
    assert.deepEqual(dates(fig('25万人以上')), ['2026-01-01', '2030-12-31']);
  });
});

describe('a change that took effect on a stated day: the old level until the day before, the new one from it', () => {
  // county-news.txt (开化县, 2025-09-01).
  const kaihua = figures(
    [
      '开学第一天 开化县“上学路”更顺了',
      '发布时间：2025-09-01 18:36　来源：开化县融媒体中心',
      '7月以来，县公路与运输管理中心新增交通信号灯8处、减速带36条，投入资金860万元。',
      '全县农村寄宿制学校共有住校生6800余人。今年起，每生每天营养餐补助标准由5元提高到6元，全年预计惠及学生1.1万人。',
    ].join('\n'),
    'kaihua',
  );
  it('reads 7月以来 from July to publication', () => {
    for (const raw of ['8处', '36条', '860万元']) assert.deepEqual(dates(kaihua(raw)), ['2025-07-01', '2025-09-01'], raw);
  });
  it('dates 由5元提高到6元 under 今年起', () => {
    assert.deepEqual(dates(kaihua('5元')), [undefined, '2024-12-31']);
    assert.deepEqual(dates(kaihua('6元')), ['2025-01-01', '2025-09-01']);
  });
  const huzhou = figures(
    ['湖州市民政局：困难群众救助标准提高', '发布时间：2025-09-15 10:00', '从7月起，全市城乡低保标准由1020元提高到1080元，惠及困难群众2.1万人。'].join('\n'),
    'huzhou',
  );
  it('…and under a month it took effect, in another style', () => {
    assert.deepEqual(dates(huzhou('1020元')), [undefined, '2025-06-30']);
    assert.deepEqual(dates(huzhou('1080元')), ['2025-07-01', '2025-09-15']);
  });
});

describe("what a thing is, in a sentence of this year: its attributes stand, the year's work does not", () => {
  const fig = figures(
    [
      '衢州市新开通302路公交 学生出行更方便',
      '发布时间：2025-08-28 17:20　来源：衢州日报',
      '今年，全市新开通公交线路3条，其中302路全程约24公里，沿线15个站点，票价每人次2元。',
      '今年投用的衢州二中新校区总投资2.6亿元，设计办学规模36个班；全市年度计划总投资12亿元。',
    ].join('\n'),
    'quzhou_zhejiang',
  );
  it('dates a line\'s length, stops and fare, a school\'s cost and size as of publication', () => {
    for (const raw of ['约24公里', '15个', '2元', '2.6亿元', '36个']) assert.deepEqual(dates(fig(raw)), [undefined, '2025-08-28'], raw);
  });
  it("keeps the year's new lines and a programme's planned spending over the year", () => {
    assert.deepEqual(dates(fig('3条')), ['2025-01-01', '2025-08-28']);
    assert.equal(fig('12亿元').period.start, '2025-01-01');
  });
});

describe("a headline's figure that the body repeats is the body's figure", () => {
  const fig = figures(
    [
      '新学期 湖州市新增公办学位5200个 托位1300个',
      '发布时间：2025-08-30 18:00　来源：湖州日报',
      '今年，全市新建、改扩建学校9所，新增公办学位5200个。',
    ].join('\n'),
    'huzhou',
  );
  it('takes the period the body gives it', () => {
    // fig finds the first 5200个: the headline's.
    assert.equal(fig('5200个').span[0] < 30, true);
    assert.deepEqual(dates(fig('5200个')), ['2025-01-01', '2025-08-30']);
  });
  it('a headline figure the body does not repeat stays as of publication', () => {
    assert.deepEqual(dates(fig('1300个')), [undefined, '2025-08-30']);
  });
});

describe("a plan's table of indicators: ratios of standing things are year-end levels", () => {
  const fig = figures(
    [
      '宜宾市“十四五”规划中期评估报告',
      '发布时间：2023-11-20 09:00',
      '指标名称｜单位｜2020年基期值｜2022年实际值',
      '常住人口城镇化率｜%｜52.1｜54.3',
      '学前教育毛入园率｜%｜89.5｜91.2',
      '2022年全市每千人口养老床位数达到35.2张，护理型床位占比达到51.3%，人均预期寿命达到78.2岁。',
    ].join('\n'),
    'yibin',
  );
  it("dates 城镇化率 at each year's end, the enrolment rate over the year", () => {
    assert.deepEqual(dates(fig('52.1')), [undefined, '2020-12-31']);
    assert.deepEqual(dates(fig('54.3')), [undefined, '2022-12-31']);
    assert.deepEqual(dates(fig('91.2')), ['2022-01-01', '2022-12-31']);
  });
  it('dates beds per thousand and a share of beds at the year end, life expectancy over it', () => {
    assert.deepEqual(dates(fig('35.2张')), [undefined, '2022-12-31']);
    assert.deepEqual(dates(fig('51.3%')), [undefined, '2022-12-31']);
    assert.deepEqual(dates(fig('78.2岁')), ['2022-01-01', '2022-12-31']);
  });
});

describe('a heading of a deadline frames its figures by then, a heading of a span of years frames them', () => {
  const fig = figures(
    [
      '宜宾市2025年民生工作情况报告',
      '发布时间：2026-01-12 09:00',
      '一、到2027年主要目标',
      '全市新建托育机构30家。',
      '二、2021—2025年工作回顾',
      '全市新建学校46所。',
    ].join('\n'),
    'yibin',
  );
  it("a deadline's heading dates its figures by then", () => {
    assert.deepEqual([fig('30家').status, ...dates(fig('30家'))], ['plan', undefined, '2027-12-31']);
  });
  it("a span's heading frames its years", () => {
    assert.deepEqual(dates(fig('46所')), ['2021-01-01', '2025-12-31']);
  });
});

describe("a deadline opening a plan's sentence dates its figures", () => {
  const fig = figures(
    ['宜宾市教育局：新学期各项工作有序推进', '发布时间：2025-09-02 10:00', '10月底前，市卫健委将为全市小学一年级新生免费开展视力筛查，计划覆盖新生2.8万人。'].join('\n'),
    'yibin',
  );
  it('by the end of that month', () => {
    assert.deepEqual([fig('2.8万人').status, fig('2.8万人').period.end], ['plan', '2025-10-31']);
  });
});

describe("a statistics bureau's monthly release: the year to date, last year's same months, each month's own", () => {
  const fig = figures(
    [
      '芜湖市2025年8月份就业和社会保障数据',
      '发布时间：2025-09-16 10:00　来源：芜湖市统计局',
      '1—8月，全市城镇新增就业5.12万人，去年同期为4.87万人；完成年度目标任务7万人的73.1%。其中，8月当月新增就业5860人，同比增长1.4%。',
      '今年以来各月城镇新增就业分别为：6月6120人、7月6350人、8月5860人。',
      '截至8月底，今年计划新建的15所幼儿园已完工11所，其余4所正在施工。',
    ].join('\n'),
    'wuhu',
  );
  it('去年同期 is the same months of last year, for its own clause', () => {
    assert.deepEqual(dates(fig('4.87万人')), ['2024-01-01', '2024-08-31']);
    assert.deepEqual(dates(fig('73.1%')), ['2025-01-01', '2025-08-31']);
  });
  it("the year's target is the whole year's", () => assert.deepEqual(dates(fig('7万人')), ['2025-01-01', '2025-12-31']));
  it("a month's own figures after it are this year's month, not last year's", () => {
    assert.deepEqual(dates(fig('1.4%')), ['2025-08-01', '2025-08-31']);
  });
  it('a series by month dates each figure by its month', () => {
    assert.deepEqual(dates(fig('6120人')), ['2025-06-01', '2025-06-30']);
    assert.deepEqual(dates(fig('6350人')), ['2025-07-01', '2025-07-31']);
  });
  it('work under way in the sentence of a dated as-of is under way at that date', () => {
    assert.deepEqual([fig('4所').status, ...dates(fig('4所'))], ['ongoing', '2025-01-01', '2025-08-31']);
  });
});

describe("an audit report: a dated as-of opening a passage dates it, past the audited year's frame", () => {
  const fig = figures(
    [
      '关于遵义市2024年度市级预算执行的审计工作报告',
      '发布时间：2025-08-30 09:00',
      '一、审计查出问题的整改情况',
      '审计查出的问题，相关部门立行立改。截至2025年6月底，已整改问题金额8600万元。查出的96个问题中，已整改到位81个，其余15个正在整改中。',
      '2024年，全市抽查社保基金3.2亿元。',
    ].join('\n'),
    'zunyi',
  );
  it('the sentences after it are as of that date, not of the audited year', () => {
    assert.deepEqual(dates(fig('81个')), [undefined, '2025-06-30']);
    assert.deepEqual([fig('15个').status, ...dates(fig('15个'))], ['ongoing', undefined, '2025-06-30']);
  });
  it('the next paragraph is not', () => assert.deepEqual(dates(fig('3.2亿元')), ['2024-01-01', '2024-12-31']));
});

describe("a count measured against the year's schedule to date", () => {
  const fig = figures(
    ['绵阳市重点民生项目三季度推进情况', '发布时间：2025-10-15 09:00', '截至9月底，全市32个重点民生项目中，21个项目进度快于序时进度，3个项目滞后于序时进度。'].join('\n'),
    'mianyang',
  );
  it("counts this year's progress, from January to the date", () => {
    for (const raw of ['21个', '3个']) assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-09-30'], raw);
  });
  it('…not the programme it is part of, which stands at the date', () => assert.deepEqual(dates(fig('32个')), [undefined, '2025-09-30']));
});

describe("an audit report's next steps: demands with deadlines are plans by then, not results of the audited year", () => {
  const fig = figures(
    [
      '关于泰州市2024年度市级预算执行的审计工作报告',
      '发布时间：2025-08-28 09:00',
      '一、审计发现的主要问题',
      '姜堰区有9个校舍改造项目未按期完工。',
      '二、下一步工作',
      '一是各县区要在2025年10月底前完成复核。二是尚未完工的7个校舍改造项目要在2025年11月底前全部完工。三是兴化市结存的560万元救助资金年底前全部统筹使用。四是2026年对全市96个乡镇开展全覆盖审计。',
    ].join('\n'),
    'taizhou_jiangsu',
  );
  it('the finding stays a result of the audited year', () => {
    const found = fig('9个');
    assert.deepEqual([found.status, ...dates(found)], ['result', '2024-01-01', '2024-12-31']);
  });
  it('a deadline after the figure makes it a plan by then; the year of an earlier deadline dates nothing', () => {
    assert.deepEqual([fig('7个').status, ...dates(fig('7个'))], ['plan', undefined, '2025-11-30']);
    assert.deepEqual([fig('560万元').status, ...dates(fig('560万元'))], ['plan', undefined, '2025-12-31']);
  });
  it('a year of its own still dates a plan', () => assert.deepEqual([fig('96个').status, ...dates(fig('96个'))], ['plan', '2026-01-01', '2026-12-31']));
});

describe("a five-year plan's evaluation: the plan's targets are the plan's years", () => {
  const fig = figures(
    [
      '绵阳市“十三五”规划纲要实施情况终期评估报告',
      '发布时间：2020-11-18 10:00',
      '2019年，全市每千名老年人拥有养老床位数达到38张，距40张的规划目标仍差2张；城乡居民收入年均增长8.1%，高于规划年均增长7.5%的预期。',
    ].join('\n'),
    'mianyang',
  );
  it('a level to reach is by the plan\'s end', () => assert.deepEqual(dates(fig('40张')), [undefined, '2020-12-31']));
  it('a yearly average is over the plan\'s years', () => assert.deepEqual(dates(fig('7.5%')), ['2016-01-01', '2020-12-31']));
  it('the results set against them keep their year', () => assert.deepEqual(dates(fig('8.1%')), ['2019-01-01', '2019-12-31']));
});

describe("a deadline opening a plan's sentence after a term's figures", () => {
  const fig = figures(
    ['绵阳市涪城区教育局：新学期工作安排出炉', '发布时间：2025-09-01 10:00', '本学期全区开设研学课程24门。9月底前，区卫健局将开展全区小学一年级新生视力筛查，覆盖新生4100人。'].join('\n'),
    'fucheng_mianyang',
  );
  it('is by the deadline, with no start: the term is no year\'s task', () => {
    assert.deepEqual([fig('4100人').status, ...dates(fig('4100人'))], ['plan', undefined, '2025-09-30']);
  });
});

describe("a resident's sentence that opens in the past", () => {
  const fig = figures(
    [
      '遵义市桐梓县：村卫生室建到家门口',
      '发布时间：2025-10-20 09:00',
      '家住桐梓县高桥村的村民告诉记者：“以前去县城看病，要先走十几里山路，再坐班车，来回车费要花30元。现在村卫生室就在家门口，一个月药费也就60多元。”',
    ].join('\n'),
    'zunyi',
  );
  it('leaves every clause of it undated, not only the first', () => assert.deepEqual(fig('30元').period, { label: '未注明' }));
  it('…and the next sentence, back to now, as of publication', () => assert.deepEqual(dates(fig('60多元')), [undefined, '2025-10-20']));
});

describe("the province's and the country's figures in a city's article", () => {
  const text = [
    '芜湖市民生实事新闻',
    '发布时间：2025-12-18 19:30　来源：芜湖新闻',
    '全市普惠性幼儿园覆盖率达到百分之九十五点六，而全国的这一比例是百分之九十一点二。今年，全省城乡居民医保人均财政补助标准提高到每人每年七百元，我市同步落实到位。全市参保人数132万人。我市荣获全国文明城市，新增学位2000个。城镇调查失业率为4.9%，低于全省平均水平0.3个百分点。',
  ].join('\n');
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'a.txt', region: 'wuhu' });
  const { observations, skipped } = builder.finish();
  const at = (raw: string) => observations.find((o) => o.raw === raw);
  it("files 全省's standard under the province, for its sentence only", () => {
    assert.equal(at('七百元')?.region, 'anhui');
    assert.equal(at('132万人')?.region, 'wuhu');
  });
  it("skips the country's figure as nationwide, never the city's; a national title or a comparison names no place", () => {
    assert.equal(at('百分之九十一点二'), undefined);
    assert.deepEqual(skipped.filter((s) => s.reason === 'nationwide').map((s) => s.raw), ['百分之九十一点二']);
    assert.equal(at('2000个')?.region, 'wuhu');
    assert.equal(at('0.3个百分点')?.region, 'wuhu');
  });
});

describe("a town's own report, filed under its county (towns are below the gazetteer)", () => {
  const text = [
    '新市镇2025年工作总结',
    '发布日期：2026-01-20 09:00　来源：新市镇人民政府',
    '2025年，全镇城镇新增就业1230人，农村居民人均可支配收入达到46100元，新建村级养老服务站6个。全县农村居民人均可支配收入为45200元。',
  ].join('\n');
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: '9'.repeat(64), bytes: text.length }, { file: 'a.txt', region: 'deqing_huzhou' });
  const { observations, indicators } = builder.finish();
  const at = (raw: string) => observations.find((o) => o.raw === raw)!;
  const canonical = (o: Observation) => indicators.find((i) => i.id === o.indicator)!.canonical;
  it("names the town's figures by the town and files none under the county's canonical measure", () => {
    assert.equal(at('1230人').subject, '新市镇城镇新增就业');
    assert.equal(at('46100元').subject, '新市镇农村居民人均可支配收入');
    for (const raw of ['1230人', '46100元', '6个']) assert.equal(canonical(at(raw)), false, raw);
    assert.equal(at('46100元').region, 'deqing_huzhou');
  });
  it("keeps the county's own figure (全县…) the county's", () => {
    assert.equal(at('45200元').indicator, 'rural_disposable_income_per_capita');
    assert.notEqual(at('45200元').indicator, at('46100元').indicator);
  });
});

describe('an undated 各项目推进情况如下： after a paragraph that opened with a dated as-of', () => {
  it('a 督查通报: the items after it are as of the lead\'s 截至8月底 (常德市)', () => {
    const fig = figures(
      [
        '常德市人民政府办公室关于2025年市级重点民生实事项目推进情况的督查通报',
        '',
        '截至8月底，十二类民生实事项目累计完成投资46.8亿元。',
        '',
        '各项目推进情况如下：',
        '',
        '（二）城镇老旧小区改造。已开工148个，已完工63个。',
        '',
        '常德市人民政府办公室',
        '2025年9月24日',
      ].join('\n'),
      'changde',
    );
    assert.deepEqual(dates(fig('148个')), ['2025-01-01', '2025-08-31']);
  });
  it('another city and wording: 截至10月底 before 具体进展如下： (岳阳市)', () => {
    const fig = figures(
      ['岳阳市2025年民生实事进展通报', '发布时间：2025-11-12 10:00', '截至10月底，全市民生实事完成投资31.2亿元。', '具体进展如下：', '新建城市公厕已建成46座。'].join('\n'),
      'yueyang_hunan',
    );
    assert.deepEqual(dates(fig('46座')), ['2025-01-01', '2025-10-31']);
  });
  it('does not fire when the paragraph before only mentions the date inside (淮安市)', () => {
    const fig = figures(
      ['淮安市2025年民生实事进展通报', '发布时间：2025-11-12 10:00', '全市民生实事稳步推进，截至10月底完成投资31.2亿元。', '具体进展如下：', '新建城市公厕已建成46座。'].join('\n'),
      'huaian_jiangsu',
    );
    assert.notEqual(fig('46座').period.end, '2025-10-31');
  });
});

describe('a count built to date under the year\'s objective (年度目标, 年度任务) counts from January', () => {
  const fig = (text: string, region: string) => figures(text, region);
  it('常德市: 年度目标新建…80个。截至8月底，已建成…61个', () => {
    const f = fig(['常德市2025年民生实事推进情况', '发布时间：2025-09-24 10:00', '年度目标新建社区老年助餐点80个。截至8月底，已建成助餐点61个。'].join('\n'), 'changde');
    assert.deepEqual(dates(f('61个')), ['2025-01-01', '2025-08-31']);
  });
  it('another city: 年度任务新建…20个。截至10月底，已建成…14个', () => {
    const f = fig(['湘潭市2025年民生实事推进情况', '发布时间：2025-11-10 10:00', '年度任务新建城市书房20个。截至10月底，已建成城市书房14个。'].join('\n'), 'xiangtan_hunan');
    assert.deepEqual(dates(f('14个')), ['2025-01-01', '2025-10-31']);
  });
  it('not after a share done of the year\'s objective (完成年度目标的86.5%): a standing total keeps no start', () => {
    const f = fig(['株洲市民生实事发布会', '发布时间：2025-10-28 10:00', '全市新增就业完成年度目标的86.5%。截至9月底，全市已建成社区养老服务中心46个。'].join('\n'), 'zhuzhou');
    assert.deepEqual(dates(f('46个')), [undefined, '2025-09-30']);
  });
});

describe('a standard changed on a day before publication (自…起，由…提高到…)', () => {
  it('潍坊市: the new standard holds from that day, the old one until the day before', () => {
    const fig = figures(
      ['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '自2025年7月1日起，城乡居民基础养老金最低标准由每人每月163元提高到178元。'].join('\n'),
      'weifang',
    );
    assert.deepEqual(dates(fig('178元')), ['2025-07-01', undefined]);
    assert.deepEqual(dates(fig('163元')), [undefined, '2025-06-30']);
    assert.equal(fig('178元').status, 'result');
  });
  it('another city and verb: 由…780元调整为820元, reported the next year', () => {
    const fig = figures(['湘潭市民政局2024年工作总结', '发布日期：2025-01-15', '自2024年10月1日起，全市城市低保标准由每人每月780元调整为820元。'].join('\n'), 'xiangtan_hunan');
    assert.deepEqual(dates(fig('820元')), ['2024-10-01', undefined]);
    assert.deepEqual(dates(fig('780元')), [undefined, '2024-09-30']);
  });
  it('not a count in such a sentence: it keeps its year', () => {
    const fig = figures(['湘潭市民政局2024年工作总结', '发布日期：2025-01-15', '2024年，自2024年10月1日起全市新增发放护理补贴2.3万人。'].join('\n'), 'xiangtan_hunan');
    assert.notEqual(fig('2.3万人').period.start, '2024-10-01');
  });
});

describe('全年 in a year\'s report delivered the next January', () => {
  it('潍坊市: 对现行有效的…文件…，全年废止2件 is of the report\'s year, not of now', () => {
    const fig = figures(
      ['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '全年审查公开信息1900余条。对现行有效的行政规范性文件进行了集中清理，全年废止2件。'].join('\n'),
      'weifang',
    );
    assert.deepEqual(dates(fig('2件')), ['2025-01-01', '2025-12-31']);
  });
  it('潍坊市: 2026年，…一是计划全年…；二是力争全年…: both of 2026', () => {
    const fig = figures(
      ['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '2026年，我局将重点做好以下工作：一是计划全年发布政策解读30篇；二是力争全年城镇新增就业5.5万人以上。'].join('\n'),
      'weifang',
    );
    assert.deepEqual(dates(fig('30篇')), ['2026-01-01', '2026-12-31']);
    assert.deepEqual(dates(fig('5.5万人以上')), ['2026-01-01', '2026-12-31']);
  });
  it('another city: a second 全年 after a 2024年 clause keeps 2024, in a paragraph of its own; a new paragraph goes back to the frame', () => {
    const fig = figures(
      ['湘潭市民政局2025年工作总结', '发布日期：2026-01-10', '2024年，全年新建养老服务中心12个；全年发放补贴3200万元。', '全年新增床位800张。'].join('\n'),
      'xiangtan_hunan',
    );
    assert.deepEqual(dates(fig('3200万元')), ['2024-01-01', '2024-12-31']);
    assert.deepEqual(dates(fig('800张')), ['2025-01-01', '2025-12-31']);
  });
});

describe('a demand with a deadline before its figures (要在10月底前分别…)', () => {
  it('常德市: the districts listed before 分别 get their figures in order, and these are plans', () => {
    const fig = figures(['常德市2025年民生实事督查通报', '发布时间：2025-09-24 10:00', '鼎城区、汉寿县要在10月底前分别新增托位不少于100个、60个。'].join('\n'), 'changde');
    assert.equal(fig('不少于100个').region, 'dingcheng');
    assert.equal(fig('60个').region, 'hanshou');
    assert.equal(fig('60个').status, 'plan');
    assert.equal(fig('60个').period.end, '2025-10-31');
  });
  it('another city and wording: 须于2025年11月底前分别完成', () => {
    const fig = figures(['岳阳市民生实事督查通报', '发布时间：2025-09-20 10:00', '君山区、华容县须于2025年11月底前分别完成公厕改造12座、9座。'].join('\n'), 'yueyang_hunan');
    assert.equal(fig('9座').region, 'huarong_yueyang');
    assert.equal(fig('9座').status, 'plan');
  });
  it('not what was done by a deadline (已于8月底前…): a result', () => {
    const fig = figures(['岳阳市民生实事督查通报', '发布时间：2025-09-20 10:00', '君山区、华容县已于8月底前分别完成公厕改造12座、9座。'].join('\n'), 'yueyang_hunan');
    assert.equal(fig('9座').region, 'huarong_yueyang');
    assert.equal(fig('9座').status, 'result');
  });
});

describe('a figure after a list of items each headed by a place is their sum: the smallest region holding them', () => {
  it('常德市: 澧县城东学校、安乡县深柳镇中心小学…新增学位2160个', () => {
    const fig = figures(['常德市2025年民生实事督查通报', '发布时间：2025-09-24 10:00', '其中澧县城东学校、安乡县深柳镇中心小学已于8月底前投入使用，新增学位2160个。'].join('\n'), 'changde');
    assert.equal(fig('2160个').region, 'changde');
  });
  it('another city: 岳阳楼区…、汨罗市…秋季投入使用，新增床位', () => {
    const fig = figures(['岳阳市2025年民生实事进展', '发布时间：2025-10-20 10:00', '岳阳楼区南湖养老院、汨罗市罗城社区照护中心已投入使用，新增床位420张。'].join('\n'), 'yueyang_hunan');
    assert.equal(fig('420张').region, 'yueyang_hunan');
  });
  it('not a place with its own figure in the list (君山区新建公厕12座、华容县9座)', () => {
    const fig = figures(['岳阳市2025年民生实事进展', '发布时间：2025-10-20 10:00', '君山区新建公厕12座、华容县9座。'].join('\n'), 'yueyang_hunan');
    assert.equal(fig('9座').region, 'huarong_yueyang');
  });
});

describe('cases carried over to the next year are under way at the end of the year reported', () => {
  it('潍坊市: 结转下年度继续办理4件 keeps 2025, in a report of January 2026', () => {
    const fig = figures(['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '2025年共收到申请46件。全年办结44件，结转下年度继续办理4件。'].join('\n'), 'weifang');
    assert.equal(fig('4件').status, 'ongoing');
    assert.deepEqual(dates(fig('4件')), ['2025-01-01', '2025-12-31']);
  });
  it('not other work under way, which is as of publication', () => {
    const fig = figures(['湘潭市民政局2025年工作总结', '发布日期：2026-01-10', '2025年新建养老服务中心12个。全年新开工项目中，正在施工的还有3个。'].join('\n'), 'xiangtan_hunan');
    assert.equal(fig('3个').status, 'ongoing');
    assert.equal(fig('3个').period.end, '2026-01-10');
  });
});

describe('a result ends at publication at the latest, whatever span its words name (QA s12 B5)', () => {
  it('石家庄\'s real sentence: 2022年…完成3964户, published 2022-08-11', () => {
    const fig = figures('石家庄民生工作综述\n发布时间：2022-08-11\n2022年,石家庄市在全市范围内陆续安装建设3500张家庭养老床位,完成3964户特殊困难老人的居家适老化改造任务。\n', 'shijiazhuang');
    assert.deepEqual([fig('3964户').period.start, fig('3964户').period.end], ['2022-01-01', '2022-08-11']);
  });
  it('another city: 2025年…建成交付安置房8600套, published in November', () => {
    const fig = figures('湖州市住房保障工作综述\n发布时间：2025-11-30\n2025年，全市建成交付安置房8600套。\n', '330500');
    assert.deepEqual([fig('8600套').period.start, fig('8600套').period.end], ['2025-01-01', '2025-11-30']);
  });
  it('not 全年 or 十四五期间, which say the figure is the whole span\'s; nor a plan of the year', () => {
    const fig = figures('张家口市老龄工作综述\n发布时间：2025-12-22\n市级文化场馆全年开展老年文化活动300余场。“十四五”期间，全市建成交付安置房近万套。2026年计划新建老年助餐点50个。\n', 'zhangjiakou');
    assert.deepEqual([fig('300余场').period.start, fig('300余场').period.end], ['2025-01-01', '2025-12-31']);
    assert.deepEqual([fig('近万套').period.start, fig('近万套').period.end], ['2021-01-01', '2025-12-31']);
    assert.equal(fig('50个').period.end, '2026-12-31');
  });
});
