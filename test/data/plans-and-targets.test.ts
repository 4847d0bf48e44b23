/**
 * How a report tells what is planned or targeted from what was done: a budget draft under
 * its heading, a change or share of a sum allocated, goals under a heading of targets.
 * Small articles in the styles of a budget report, a county news item and a hotline's
 * yearly report, run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { figures } from './figures.ts';


describe('a budget report: last year\'s execution, then the draft', () => {
  const fig = figures(
    [
      '关于洛阳市2025年预算执行情况和2026年预算草案的报告',
      '来源：洛阳市财政局　发布时间：2026-01-20 10:00',
      '一、2025年预算执行情况',
      '全市一般公共预算支出520.3亿元，增长3.1%。',
      '二、2026年预算草案',
      '全市一般公共预算支出安排530.0亿元，增长1.9%。',
      '1.教育支出95.2亿元，比上年预算数增加2.1亿元。安排2.6亿元，支持新建幼儿园10所。',
      '2.城乡居民基础养老金最低标准每人每月再提高15元。',
      '三、扎实做好2026年财政工作',
      '市本级一般性支出压减8%以上。',
    ].join('\n'),
    'luoyang',
  );
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['520.3亿元', 'result'],
    ['3.1%', 'result'],
    // Under 预算草案, with or without 安排, and what the money pays for.
    ['530.0亿元', 'plan'],
    ['1.9%', 'plan'],
    ['95.2亿元', 'plan'],
    ['2.1亿元', 'plan'],
    ['2.6亿元', 'plan'],
    ['10所', 'plan'],
    ['15元', 'plan'],
    // 做好2026年…工作, said in January: the year's work ahead.
    ['8%以上', 'plan'],
  ];
  for (const [raw, status] of CASES) it(`${raw}: ${status}`, () => assert.equal(fig(raw).status, status));
});

describe('a county news item: a sum allocated, its growth and its share', () => {
  const fig = figures(
    [
      '兰考县多措并举保障养老服务',
      '发布时间：2025-09-03 09:30　来源：兰考县融媒体中心',
      '县财政今年安排养老服务资金1.2亿元，比上年增长12%，占民生支出的6.5%。去年全县养老服务支出1.07亿元，增长4%。',
    ].join('\n'),
    'lankao',
  );
  it('plans the sum, and its change and share with it', () => {
    assert.deepEqual(['1.2亿元', '12%', '6.5%'].map((raw) => fig(raw).status), ['plan', 'plan', 'plan']);
  });
  it('leaves what was spent, and its growth, done', () => {
    assert.deepEqual(['1.07亿元', '4%'].map((raw) => fig(raw).status), ['result', 'result']);
  });
});

describe('a hotline\'s yearly report: results under 成效, goals under 目标', () => {
  const fig = figures(
    [
      '洛阳市12345热线2025年度工作报告',
      '发布日期：2026-01-12　来源：洛阳市12345热线管理办公室',
      '一、重点工作成效',
      '全年受理群众诉求186.2万件，话务员增至360人。',
      '二、2026年工作目标',
      '2026年，力争群众满意率保持在98%以上，平均办理时长压缩至2个工作日以内；新建社区服务站20个。',
    ].join('\n'),
    'luoyang',
  );
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['186.2万件', 'result'],
    ['360人', 'result'],
    ['98%以上', 'target'],
    ['20个', 'plan'],
  ];
  for (const [raw, status] of CASES) it(`${raw}: ${status}`, () => assert.equal(fig(raw).status, status));
});

describe('deadlines after the figures they date: 春节前, 明年…月底前', () => {
  const fig = figures(
    [
      '合肥市老旧小区改造进展',
      '发布时间：2025-12-05',
      '今年全市改造老旧小区86个，目前完工79个，剩下的7个，确保在春节前全部完工。',
      '已开工养老驿站12个，剩余5个力争明年3月底前建成。',
      '力争6月底前新建社区食堂30个。',
    ].join('\n'),
    'hefei',
  );
  it('runs a plan due 春节前 to the next Spring Festival (17 February 2026), the figure a count of what was counted', () => {
    const o = fig('7个');
    assert.equal(o.status, 'plan');
    assert.equal(o.period.end, '2026-02-17');
    assert.equal(o.indicator, fig('79个').indicator);
  });
  it('dates 明年3月底前 in the next year', () => {
    assert.equal(fig('5个').status, 'plan');
    assert.equal(fig('5个').period.end, '2026-03-31');
  });
  it('leaves what is done done, and a deadline\'s 前 out of what is counted', () => {
    assert.equal(fig('79个').status, 'result');
    assert.equal(fig('30个').subject, '新建社区食堂');
  });
});

describe('a running total since a programme the article says began in a year (QA s11 A1)', () => {
  const fig = figures(
    [
      '保定市城市更新纪实',
      '发布时间：2025-11-20',
      '2019年起，保定市启动了老旧小区改造工程，一批老小区换了新颜。',
      '从管网更新到加装电梯，居民的日子越过越舒心。截至目前，全市已完成老旧小区改造1260个，惠及居民31万户。',
      // No programme start for what this counts: it keeps no start.
      '截至目前，全市已建成口袋公园86个。',
      // A level, not work done so far: no start either.
      '全市现有城镇老旧小区改造项目办公室12个。',
    ].join('\n'),
    'baoding',
  );
  it('runs the total from the programme\'s first year', () => {
    assert.deepEqual([fig('1260个').period.start, fig('1260个').period.end], ['2019-01-01', '2025-11-20']);
  });
  it('leaves a total of something else, and a level, with no start', () => {
    assert.equal(fig('86个').period.start, undefined);
    assert.equal(fig('12个').period.start, undefined);
  });
});

describe('old compounds a city has, or has still to renovate, are no renovations', () => {
  const fig = figures('张家口市城市更新进展\n发布时间：2025-12-22\n全市现有老旧小区1200个，待改造老旧小区300个。今年改造老旧小区120个。\n', 'zhangjiakou');
  it('files the stock and the backlog apart from the year\'s work', () => {
    assert.equal(fig('120个').indicator, 'old_compounds_renovated');
    assert.notEqual(fig('1200个').indicator.split('.')[0], 'old_compounds_renovated');
    assert.notEqual(fig('300个').indicator.split('.')[0], 'old_compounds_renovated');
  });
});

describe('a call for next year\'s candidate projects: what the call brought in is done, the candidates are plans', () => {
  const dates = (o: { period: { start?: string; end?: string } }) => [o.period.start ?? null, o.period.end ?? null];
  it('candidate-projects.txt: 梳理形成2026年市级民生实事候选项目15个', () => {
    const text = readFileSync(new URL('./articles/candidate-projects.txt', import.meta.url), 'utf8');
    const fig = figures(text, 'taizhou_zhejiang');
    assert.deepEqual([fig('15个').status, ...dates(fig('15个'))], ['result', null, '2025-11-05']);
    assert.deepEqual([fig('20所').status, ...dates(fig('20所'))], ['plan', '2026-01-01', '2026-12-31']);
  });
  it('another city\'s notice: suggestions received and candidates formed, beside the candidates\' works', () => {
    const text = [
      '关于开展2026年温州市民生实事候选项目网络投票的公告',
      '来源：温州市人民政府网　发布时间：2025-12-01 09:00',
      '经广泛征集，共收到市民建议4120条，梳理形成候选项目20个。',
      '一、新建城市书房20家。',
      '二、力争新增停车泊位8000个。',
      '三、对收到意见中较为集中的农村公路问题，改造农村公路200公里。',
      '四、根据收到的意见新建口袋公园30个。',
    ].join('\n');
    const fig = figures(text, 'wenzhou');
    assert.deepEqual([fig('4120条').status, ...dates(fig('4120条'))], ['result', null, '2025-12-01']);
    assert.deepEqual([fig('20个').status, ...dates(fig('20个'))], ['result', null, '2025-12-01']);
    // …not the candidates' own works, whatever words of the call come before them in their sentence.
    assert.deepEqual([fig('20家').status, ...dates(fig('20家'))], ['plan', '2026-01-01', '2026-12-31']);
    assert.deepEqual([fig('8000个').status, ...dates(fig('8000个'))], ['plan', '2026-01-01', '2026-12-31']);
    assert.deepEqual([fig('200公里').status, ...dates(fig('200公里'))], ['plan', '2026-01-01', '2026-12-31']);
    assert.deepEqual([fig('30个').status, ...dates(fig('30个'))], ['plan', '2026-01-01', '2026-12-31']);
  });
});
