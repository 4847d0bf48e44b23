/**
 * An infographic post (图解, 数读) as transcribed: a title whose year is written bare, numbers
 * on a line of their own with the label after them, 目标/完成 pairs on one line, a district list
 * and a list of next year's plans. Small articles in that style and others, run through the
 * whole pipeline (session 13, infographic.txt).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, figures } from './figures.ts';
import { numberLineLabel, trimBefore } from '../../src/data/attribute.ts';


describe('a title\'s year written bare (数读2025📊) frames the post', () => {
  it('the real title: 嘉兴市\'s 2025 results, published in January 2026', () => {
    const fig = figures(
      ['【图解】数读2025📊｜嘉兴十大民生实事“成绩单”来了！', '嘉兴发布　2026年01月05日 19:02　浙江', '', '1.68万个', '新增中小学学位', ''].join('\n'),
      'jiaxing',
    );
    assert.deepEqual(dates(fig('1.68万个')), ['2025-01-01', '2025-12-31']);
  });
  it('another city\'s title with a bar after the year (回眸2024 | …民生答卷)', () => {
    const fig = figures(['回眸2024 | 绍兴民生答卷请查收', '绍兴发布　2025年01月08日 20:15　浙江', '', '全年新增托位1200个。'].join('\n'), 'shaoxing');
    assert.deepEqual(dates(fig('1200个')), ['2024-01-01', '2024-12-31']);
  });
  it('four digits with a unit after them are a count, not a year: no frame', () => {
    const fig = figures(['嘉兴2025个暖心托位全部投用｜民生实事成绩单', '嘉兴发布　2026年01月05日 19:02　浙江', '', '全市累计建成托育机构310家。'].join('\n'), 'jiaxing');
    assert.deepEqual(dates(fig('310家')), [null, '2026-01-05']);
  });
  it('a title with a year and 年 keeps the rule it had (two bare years frame nothing)', () => {
    const fig = figures(['2024—2025民生实事对比', '绍兴发布　2025年01月08日 20:15　浙江', '', '累计建成托育机构310家。'].join('\n'), 'shaoxing');
    assert.deepEqual(dates(fig('310家')), [null, '2025-01-08']);
  });
});

describe('a line that opens a year\'s plans (2026年，我们将…) makes the list after it that year\'s plans', () => {
  it('the real post: bullets with no plan word of their own, published in January 2026', () => {
    const fig = figures(
      ['【图解】数读2025📊｜嘉兴十大民生实事“成绩单”来了！', '嘉兴发布　2026年01月05日 19:02　浙江', '', '全年新增托位2635个。', '', '🔜 2026年，我们将…', '', '→新增普惠性托位2000个', '→新建改扩建中小学、幼儿园10所', ''].join('\n'),
      'jiaxing',
    );
    for (const raw of ['2000个', '10所']) {
      assert.equal(fig(raw).status, 'plan', raw);
      assert.deepEqual(dates(fig(raw)), ['2026-01-01', '2026-12-31'], raw);
    }
    assert.equal(fig('2635个').status, 'result');
  });
  it('another district\'s year-end post: 2026年，全区将重点做好以下工作：', () => {
    const fig = figures(['黄岩区2025年民生工作盘点', '黄岩发布　2025年12月26日 17:40　浙江', '', '2026年，全区将重点做好以下工作：', '●新建口袋公园15个', '●改造农村公路46公里'].join('\n'), 'huangyan');
    assert.equal(fig('15个').status, 'plan');
    assert.deepEqual(dates(fig('46公里')), ['2026-01-01', '2026-12-31']);
  });
  it('no plan verb (2025年，我们交出了这样一份答卷：) or a year gone by: the list stays results', () => {
    const fig = figures(
      ['回眸2025 | 黄岩民生答卷', '黄岩发布　2026年01月06日 17:40　浙江', '', '2025年，我们交出了这样一份答卷：', '●新建口袋公园15个', '', '2024年，我们将托育列入民生实事：', '●新增托位800个'].join('\n'),
      'huangyan',
    );
    assert.equal(fig('15个').status, 'result');
    assert.deepEqual(dates(fig('15个')), ['2025-01-01', '2025-12-31']);
    assert.equal(fig('800个').status, 'result');
  });
});

describe('a number alone on its line is named by the label line after it (numberLineLabel)', () => {
  const label = (text: string, raw: string) => {
    const at = text.indexOf(raw);
    return numberLineLabel(text, at, at + raw.length);
  };
  it('the real post: 1.68万个 / 新增中小学学位, ↑5.1% / 城镇居民人均可支配收入 (a rise), 359个 / 老年助餐点（累计）', () => {
    assert.equal(label('01 教育篇 📚\n\n1.68万个\n新增中小学学位\n\n12所\n新建改扩建中小学、幼儿园', '1.68万个'), '新增中小学学位');
    assert.equal(label('↑5.1%\n城镇居民人均可支配收入\n\n↑6.3%\n农村居民人均可支配收入', '5.1%'), '城镇居民人均可支配收入增长');
    assert.equal(label('359个\n老年助餐点（累计）\n', '359个'), '老年助餐点（累计）');
  });
  it('a label across a blank line, and a fall (↓12.4% / 群众看病平均等候时间)', () => {
    assert.equal(label('↓12.4%\n\n群众看病平均等候时间\n', '12.4%'), '群众看病平均等候时间下降');
  });
  it('the label before the number when the next line is another number (→其中农村助餐点 / 37个 / 1.2万人次)', () => {
    assert.equal(label('58个\n新增老年助餐点\n\n→其中农村助餐点\n37个\n\n1.2万人次\n日均服务老年人', '37个'), '农村助餐点');
  });
  it('another city\'s card: 3.6万份 / “一老一小”保险参保', () => {
    assert.equal(label('数说民生\n3.6万份\n“一老一小”保险参保\n', '3.6万份'), '一老一小保险参保');
  });
  it('…not a figure inside a sentence, nor one whose next line is a sentence', () => {
    assert.equal(label('全年新增中小学学位1.68万个\n新增托位2635个', '1.68万个'), undefined);
    assert.equal(label('1.68万个\n这是全市近五年来新增学位最多的一年。', '1.68万个'), undefined);
  });
});

describe('a list\'s mark opening a line is no part of a subject', () => {
  it('●义务教育阶段课后服务参与率, ▶全年新招聘教师, →新增普惠性托位', () => {
    assert.equal(trimBefore('●义务教育阶段课后服务参与率').trimmed, '义务教育阶段课后服务参与率');
    assert.equal(trimBefore('→新增普惠性托位').trimmed, '新增普惠性托位');
  });
  it('…a mark inside the words stays (中国▶制造 is no list)', () => {
    assert.match(trimBefore('新增中国▶制造岗位').trimmed, /▶/u);
  });
});

describe('a number alone on its line is a stock when its label says so (359个 / 老年助餐点（累计）)', () => {
  const post = (lines: string[]) =>
    figures(['【图解】数读2025📊｜嘉兴十大民生实事“成绩单”来了！', '嘉兴发布　2026年01月05日 19:02　浙江', '', ...lines].join('\n'), 'jiaxing');
  it('the real card: the year-end total, no start; the card after it (新增) the year\'s', () => {
    const fig = post(['359个', '老年助餐点（累计）', '', '58个', '新增老年助餐点']);
    assert.deepEqual(dates(fig('359个')), [null, '2025-12-31']);
    assert.equal(fig('359个').subject, '老年助餐点(累计)');
    assert.deepEqual(dates(fig('58个')), ['2025-01-01', '2025-12-31']);
  });
  it('another city\'s card: 1.26万张 / 养老床位（总数）', () => {
    const fig = figures(['回眸2024 | 绍兴民生答卷', '绍兴发布　2025年01月08日 20:15　浙江', '', '1.26万张', '养老床位（总数）'].join('\n'), 'shaoxing');
    assert.deepEqual(dates(fig('1.26万张')), [null, '2024-12-31']);
  });
  it('…but a bracket that glosses what is counted (乡镇卫生院（社区卫生服务中心）) is no stock', () => {
    const fig = post(['47家', '乡镇卫生院（社区卫生服务中心）完成提标改造']);
    assert.deepEqual(dates(fig('47家')), ['2025-01-01', '2025-12-31']);
  });
});

describe('levels at the year\'s end: a running total named as a quantity, an area per head', () => {
  const post = (lines: string[]) =>
    figures(['【图解】数读2025📊｜嘉兴十大民生实事“成绩单”来了！', '嘉兴发布　2026年01月05日 19:02　浙江', '', ...lines].join('\n'), 'jiaxing');
  it('the real lines: 累计访问量突破1500万人次, 人均体育场地面积达到3.26平方米', () => {
    const fig = post(['▶“嘉有慧学”平台上线精品课程4300节，累计访问量突破1500万人次', '●全市人均体育场地面积达到3.26平方米，经常参加体育锻炼人数比例达到42.8%']);
    assert.deepEqual(dates(fig('突破1500万人次')), [null, '2025-12-31']);
    assert.deepEqual(dates(fig('3.26平方米')), [null, '2025-12-31']);
  });
  it('another city\'s: 累计注册用户数达到86万人, 人均公园绿地面积14.2平方米', () => {
    const fig = figures(['回眸2024 | 绍兴民生答卷', '绍兴发布　2025年01月08日 20:15　浙江', '', '●“浙里办”绍兴专区累计注册用户数达到86万人，城市人均公园绿地面积14.2平方米。'].join('\n'), 'shaoxing');
    assert.deepEqual(dates(fig('86万人')), [null, '2024-12-31']);
    assert.deepEqual(dates(fig('14.2平方米')), [null, '2024-12-31']);
  });
  it('…but work summed (累计服务老年人46万人次, 累计新增就业) stays the year\'s', () => {
    const fig = figures(['回眸2024 | 绍兴民生答卷', '绍兴发布　2025年01月08日 20:15　浙江', '', '全市助餐点累计服务老年人46万人次，累计新增就业5.2万人。'].join('\n'), 'shaoxing');
    assert.deepEqual(dates(fig('46万人次')), ['2024-01-01', '2024-12-31']);
    assert.deepEqual(dates(fig('5.2万人')), ['2024-01-01', '2024-12-31']);
  });
});
