/**
 * Session 17's styles (test/data/articles/pdf-paste.txt, traditional.txt): a government work
 * report copied out of its PDF — hard wraps, page numbers, a running header, letter spacing,
 * no dateline but the subtitle's day — and a Hong Kong paper's report in traditional
 * characters. Each rule on the article's own text, on made-up ones of other places and
 * styles, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../src/data/clean.ts';
import { layoutRemovals } from '../../src/data/layout.ts';
import { readMetadata } from '../../src/data/metadata.ts';
import { foldTraditional, isTraditional } from '../../src/data/traditional.ts';
import { dates, figures } from './figures.ts';

const YIWU = [
  '三、2025年民生实事完成情况',
  '　　过去一年，我们坚持尽力而为、量力而行，全市民生支出',
  '达到142.6亿元，占一般公共预算支出的78.3%，十方面民',
  '生实事项目全面完成。教育优质均衡加快推进，新建、改扩建中',
  '小学和幼儿园11所，新增学位1.6',
  '8万个，公办幼儿园在园幼儿占比提高到72.5%。健康义乌',
  '建设扎实推进，新增医疗床位420张，重点人群家庭医生签约',
  '38.6万人，签约率达到86.2%。城 市 有 机 更 新 惠 及 更 多',
  '群众，改造老旧小',
  '区120个。',
].join('\n');

describe('a PDF\'s hard wraps: the line ends inside a paragraph removed', () => {
  it('joins 1.6 / 8万个 and 改造老旧小 / 区120个 of 义乌市\'s report, and maps the figure back over the wrap', () => {
    const clean = cleanText(YIWU);
    assert.match(clean.text, /新增学位1\.68万个/u);
    assert.match(clean.text, /城市有机更新惠及更多群众,改造老旧小区120个/u);
    // The heading and the indented paragraph stay apart.
    assert.match(clean.text, /完成情况\n {2}过去一年/u);
    const at = clean.text.indexOf('1.68万个');
    assert.equal(YIWU.slice(clean.toRaw(at), clean.toRaw(at + 5) + 1), '1.6\n8万个');
    assert.equal(clean.asWritten(at, at + 6), '1.68万个');
  });
  it('…in another city\'s report wrapped at 22 characters: 慈溪市 reads 2.35万人, 1.2亿元 and 186公里 whole', () => {
    const body = [
      '　　过去一年，全市城镇新增就业2.3',
      '5万人，城镇调查失业率控制在4%以内。发放',
      '各类救助资金1.2亿',
      '元，惠及困难群众3.1万人次，新建城市书房',
      '12家，改造农村公路18',
      '6公里，新增公办学位5600个，新增养老床位',
      '300张，新建社区嵌入式托育机构15家，城乡',
      '居民基础养老金提高到每人每月320元。',
    ].join('\n');
    const o = figures(`慈溪市政府工作报告\n\n${body}\n`, 'cixi');
    assert.deepEqual([o('2.35万人').raw, o('1.2亿元').raw, o('186公里').raw], ['2.35万人', '1.2亿元', '186公里']);
  });
  it('…but not in an infographic\'s stack of short lines, a table or paragraphs that end their sentences', () => {
    const infographic = ['1.68万个', '新增中小学学位', '359个', '老年助餐点', '↑5.1%', '城镇居民人均可支配收入', '37个', '农村助餐点'].join('\n');
    assert.deepEqual(layoutRemovals(infographic), []);
    const table = ['指标｜单位｜目标值｜现状值', '人均公园绿地面积｜平方米｜14｜15.2', '完整社区覆盖率｜%｜30｜22.4'].join('\n').repeat(3);
    assert.deepEqual(layoutRemovals(table), []);
    const paragraphs = '全市新增学位1.2万个，新建养老床位500张。\n今年计划改造老旧小区86个。\n'.repeat(6);
    assert.deepEqual(layoutRemovals(paragraphs), []);
    // A post's bullets with no full stops, each its own item.
    const bullets = ['▶新建改扩建中小学和幼儿园18所新增公办学位约2.4万个', '▶新增养老床位1200张护理型床位占比提高到65%', '▶改造老旧小区62个惠及居民约1.9万户加装电梯215台'].join('\n').repeat(3);
    assert.deepEqual(layoutRemovals(bullets.replaceAll('台▶', '台\n▶')), []);
  });
});

describe('letter spacing: the spaces of justified text between Han characters', () => {
  it('removes them from 政 府 工 作 报 告 and 城 市 有 机 更 新', () => {
    assert.equal(cleanText('政 府 工 作 报 告\n城 市 有 机 更 新 惠 及 更 多群众').text, '政府工作报告\n城市有机更新惠及更多群众');
  });
  it('…but keeps 全　市 and 攸　县 of a table, 镜湖区　王秀英 of a caption and A P P', () => {
    const text = '全　市｜12｜3.4\n攸　县｜5｜1.2\n（字幕：镜湖区居民　王秀英）\n下载A P P办理';
    assert.deepEqual(layoutRemovals(text.replaceAll('　', ' ')), []);
  });
});

describe('page chrome: page numbers and the running header', () => {
  const pages = ['　　今年，我们将新建老年食堂', '— 12 —', '', '2026年政府工作报告', '20个，新增普惠托位1200个。', '13', '2026年政府工作报告', '　　四是提升医疗服务能力。'].join('\n');
  it('marks — 12 —, a bare 13 and the repeated 2026年政府工作报告 as site chrome', () => {
    const clean = cleanText(pages);
    const chrome = clean.excluded.filter((r) => r.reason === 'site_chrome').map((r) => clean.text.slice(r.start, r.end).replace(/\s+/gu, ' '));
    assert.deepEqual(chrome, ['— 12 — 2026年政府工作报告', '13 2026年政府工作报告']);
  });
  it('…and the header frames nothing: 义乌市\'s 32个 under it stays 2025\'s', () => {
    const text = [
      '义乌市政府工作报告',
      '——2026年1月7日在义乌市第十七届人民代表大会第六次会议上',
      '',
      '三、2025年民生实事完成情况',
      '　　过去一年，新建居家养老服务中心14家、老年食堂',
      '',
      '— 12 —',
      '',
      '2026年政府工作报告',
      '32个，全年提供助餐服务68万人次。',
      '13',
      '2026年政府工作报告',
      '四、2026年民生实事安排',
    ].join('\n');
    const o = figures(text, 'yiwu_jinhua');
    assert.deepEqual(dates(o('32个')), ['2025-01-01', '2025-12-31']);
    assert.equal(o('32个').status, 'result');
  });
  it('…but a number alone on a line is a page number only beside other page chrome, and 第3页/共20页 is one', () => {
    const noPages = cleanText('新增学位\n359\n老年助餐点\n新增学位\n');
    assert.deepEqual(noPages.excluded, []);
    const page = cleanText('全市新增学位1.2万个。\n第3页/共20页\n新建养老床位500张。');
    assert.deepEqual(page.excluded.map((r) => page.text.slice(r.start, r.end)), ['第3页/共20页']);
  });
});

describe('a report\'s day from its subtitle when there is no dateline', () => {
  it('reads 2026-01-07 from ——2026年1月7日在义乌市…会议上', () => {
    assert.equal(readMetadata(cleanText('政府工作报告\n——2026年1月7日在义乌市第十七届人民代表大会第六次会议上\n\n（节选）\n')).published, '2026-01-07');
  });
  it('…and from another county\'s: ——2025年2月20日在苍南县第十届人民代表大会第五次会议上', () => {
    assert.equal(readMetadata(cleanText('苍南县政府工作报告\n——2025年2月20日在苍南县第十届人民代表大会第五次会议上\n')).published, '2025-02-20');
  });
  it('…but a dateline wins (湖州日报\'s 2025-01-20 over the 15 January subtitle), and a sentence is no subtitle', () => {
    assert.equal(readMetadata(cleanText('湖州市政府工作报告（摘要）\n\n——2025年1月15日在湖州市第九届人民代表大会第四次会议上\n\n来源：湖州日报　2025-01-20\n')).published, '2025-01-20');
    assert.equal(readMetadata(cleanText('2025年1月15日在市人大会议上，市长作了报告。\n')).published, null);
  });
});

describe('traditional characters read as simplified ones', () => {
  const ZHUHAI = '【大公報訊】記者梁穎欣珠海報道：珠海市政府日前通報，截至今年10月底，全市民生類支出約412億元，十大項目中已有7項提前完成；全市已建成長者飯堂136間，惠及居民約1.9萬戶。';
  it('reads 大公報\'s 約412億元, 7項, 136間 and 約1.9萬戶 about 珠海市', () => {
    const o = figures(`珠海十大民生實事交出成績單\n\n2025-11-20 04:30　大公報\n\n${ZHUHAI}\n`, 'zhuhai');
    assert.ok(o('约412亿元'));
    assert.deepEqual(['7项', '136间', '约1.9万户'].map((r) => o(r).unit), ['项', '间', '户']);
    assert.deepEqual(dates(o('136间')), [null, '2025-10-31']);
  });
  it('…and a 澳門日報 report on 中山市: 逾3200張床位, 超過5.6萬人, 「」 as quotation marks', () => {
    const text = '中山市民生工作有新進展\n\n2025-09-02　澳門日報\n\n今年以來，中山市新增養老床位逾3200張，家庭醫生簽約服務覆蓋超過5.6萬人。市民李女士說：「現在每月能省下200元。」\n';
    const o = figures(text, 'zhongshan_guangdong');
    assert.equal(o('逾3200张').unit, '张');
    assert.equal(o('超过5.6万人').unit, '人');
    assert.ok(o('200元').flags?.includes('quoted'));
  });
  it('…but a simplified article with a rare 於 or 係 in a name is left as written', () => {
    const text = '於丹社区今年新建长者食堂3间，服务老人1.2万人次，关係到千家万户。';
    assert.equal(isTraditional(text), false);
    assert.equal(foldTraditional(text), text);
  });
});

describe('a year\'s programme so far: 大公報\'s 截至今年10月底 lead', () => {
  const lead = (city: string, body: string) => `${city}民生实事进展\n\n2025-11-20 04:30　大公报\n\n${body}\n`;
  it('counts spending and the programme\'s own projects from January (约412亿元, 7项), a stock built (136间) from no start', () => {
    const o = figures(
      lead('珠海', '珠海市政府日前通报，今年确定的十大民生实事项目进展顺利。截至今年10月底，全市民生类支出约412亿元，十大项目中已有7项提前完成。截至今年10月底，全市已建成长者饭堂136间。'),
      'zhuhai',
    );
    assert.deepEqual(dates(o('约412亿元')), ['2025-01-01', '2025-10-31']);
    assert.deepEqual(dates(o('7项')), ['2025-01-01', '2025-10-31']);
    assert.deepEqual(dates(o('136间')), [null, '2025-10-31']);
  });
  it('…in another city\'s words: 截至9月底，全市发放临时救助资金3200万元 is January to September', () => {
    const o = figures(lead('中山市', '截至9月底，全市发放临时救助资金3200万元，全市共有养老机构86家。'), 'zhongshan_guangdong');
    assert.deepEqual(dates(o('3200万元')), ['2025-01-01', '2025-09-30']);
    assert.deepEqual(dates(o('86家')), [null, '2025-09-30']);
  });
  it('…but 累计发放 over the years stays a total, with no start', () => {
    const o = figures(lead('中山市', '截至9月底，全市累计发放高龄津贴5.6亿元。'), 'zhongshan_guangdong');
    assert.deepEqual(dates(o('5.6亿元')), [null, '2025-09-30']);
  });
  it('a bare 今年 after 1至10月 in its sentence runs to October, not to publication', () => {
    const o = figures(lead('珠海', '1至10月累计提供助餐服务逾85万人次；今年新增养老床位1200张。'), 'zhuhai');
    assert.deepEqual(dates(o('1200张')), ['2025-01-01', '2025-10-31']);
    const other = figures(lead('佛山市', '1—9月，全市城镇新增就业5.1万人，今年新增公办学位2.2万个。'), 'foshan');
    assert.deepEqual(dates(other('2.2万个')), ['2025-01-01', '2025-09-30']);
  });
  it('…but not after months that do not start in January (7—9月)', () => {
    const o = figures(lead('佛山市', '7—9月，全市城镇新增就业1.6万人，今年新增公办学位2.2万个。'), 'foshan');
    assert.deepEqual(dates(o('2.2万个')), ['2025-01-01', '2025-11-20']);
  });
});

describe('people waiting are counted, no work under way', () => {
  it('reads 约1.1万名长者正在轮候 as a result, 正在建设 as ongoing', () => {
    const o = figures('珠海民生实事进展\n\n2025-11-20 04:30　大公报\n\n目前仍有约1.1万名长者正在轮候资助护理安老宿位。全市目前有3所养老院正在建设。\n', 'zhuhai');
    assert.equal(o('约1.1万名').status, 'result');
    assert.equal(o('3所').status, 'ongoing');
  });
  it('…and 正在排队 in another city: 2300户家庭正在排队等候公租房', () => {
    const o = figures('佛山市住房保障工作进展\n\n2025-06-02 09:00　来源：佛山日报\n\n目前全市有2300户家庭正在排队等候公租房。\n', 'foshan');
    assert.equal(o('2300户').status, 'result');
  });
});

describe('a share of standing things under the year so far is its level at that date', () => {
  const lead = (city: string, body: string) => `${city}民生实事进展\n\n2025-11-20 04:30　大公报\n\n${body}\n`;
  it('reads 1至10月…；今年新增养老床位1200张，护理型床位占比提高到65% as 65% at the end of October', () => {
    const o = figures(lead('珠海', '1至10月累计提供助餐服务逾85万人次；今年新增养老床位1200张，护理型床位占比提高到65%。'), 'zhuhai');
    assert.deepEqual(dates(o('65%')), [null, '2025-10-31']);
    assert.deepEqual(dates(o('1200张')), ['2025-01-01', '2025-10-31']);
  });
  it('…in another city: 截至9月底，今年全市常住人口城镇化率提高到68.2% is a level on 30 September', () => {
    const o = figures(lead('佛山市', '截至9月底，今年全市新增公办学位2.2万个，常住人口城镇化率提高到68.2%。'), 'foshan');
    assert.deepEqual(dates(o('68.2%')), [null, '2025-09-30']);
  });
  it('…but not an enrolment rate, the year\'s: 1—9月，…学前三年毛入园率达到93.5%', () => {
    const o = figures(lead('佛山市', '1—9月，全市学前三年毛入园率达到93.5%。'), 'foshan');
    assert.equal(dates(o('93.5%'))[0], '2025-01-01');
  });
});
