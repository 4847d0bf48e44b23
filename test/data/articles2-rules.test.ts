/**
 * Rules found by the three articles of session 14 (articles2): a district's half-year progress
 * list, a county's bulletin and a bureau's press conference. Each on its real sentence and on
 * made-up ones of other cities and styles, with one where the rule must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { findStatus } from '../../src/data/status.ts';
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

describe('status in a progress list: a task stated after its colon, a stage reached, done before work on other things', () => {
  /** [sentence, figure, status]. */
  const CASES: ReadonlyArray<readonly [string, string, string]> = [
    // The real lines (历城区).
    ['目标任务：完成适老化改造500户。', '500户', 'target'],
    ['其余5所正在施工，其中4所主体结构已封顶，确保秋季开学前投入使用。', '4所', 'result'],
    ['其余5所正在施工，其中4所主体结构已封顶，确保秋季开学前投入使用。', '5所', 'ongoing'],
    ['目前已完成入户评估420户，改造工程正在招标。', '420户', 'result'],
    // Other cities and wordings.
    ['年度目标：完成城镇老旧小区改造120个。', '120个', 'target'],
    ['目标任务:完成新建口袋公园30个', '30个', 'target'],
    ['在建安置房12栋，其中8栋已封顶。', '8栋', 'result'],
    ['截至目前，已建成投用助餐点46个，另有9个正在装修。', '46个', 'result'],
    // Must not fire: a 完成 after the target's clause still reports against it; work under way with nothing said done.
    ['年度目标：新建口袋公园30个，全年完成32个。', '32个', 'result'],
    ['目标：新增普惠性托位2400个 完成：2635个', '2635个', 'result'],
    ['全区改造老旧小区32个，目前正在施工。', '32个', 'ongoing'],
    ['正在施工的学校5所，主体结构均未封顶。', '5所', 'ongoing'],
    ['新开工安置房12栋，正在加紧施工。', '12栋', 'ongoing'],
  ];
  for (const [sentence, figure, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: false, published: '2026-07-14', percent: figure.includes('%'), raw: figure };
      assert.equal(findStatus(input), status);
    });
  }
});

describe('a standard changed on a day the sentence opens with, its year said relative to publication (今年1月1日起)', () => {
  it('the real sentence: the old standard to 31 December, the new one from 1 January (烟台市)', () => {
    const fig = figures(
      ['烟台市就业和社会保障工作新闻发布会实录', '来源：烟台市人民政府新闻办公室　发布时间：2026-11-24 11:40', '今年1月1日起，全市城乡居民基础养老金最低标准由每人每月200元提高到218元，高于全省最低标准30元。'].join('\n'),
      'yantai',
    );
    assert.deepEqual(dates(fig('200元')), [null, '2025-12-31']);
    assert.deepEqual(dates(fig('218元')), ['2026-01-01', null]);
  });
  it('another city: 自今年7月1日起 mid-sentence, and a standard raised from 明年1月1日, a plan from that day (合肥市)', () => {
    const fig = figures(
      [
        '合肥市民政工作新闻发布会',
        '来源：合肥市人民政府新闻办公室　发布时间：2026-11-10 10:00',
        '全市自今年7月1日起将城乡低保标准由每人每月880元提高到920元。',
        '明年1月1日起，特困人员基本生活标准由每人每月1196元提高到1250元。',
      ].join('\n'),
      'hefei',
    );
    assert.deepEqual(dates(fig('880元')), [null, '2026-06-30']);
    assert.deepEqual(dates(fig('920元')), ['2026-07-01', null]);
    assert.deepEqual([fig('1250元').status, ...dates(fig('1250元'))], ['plan', '2027-01-01', null]);
  });
  it('does not fire on a day inside the sentence with no 自 (兰州市)', () => {
    const fig = figures(
      ['兰州市民政工作新闻发布会', '来源：兰州市人民政府新闻办公室　发布时间：2026-11-10 10:00', '全市在今年1月1日起实施的新办法中将低保标准由每人每月760元提高到800元。'].join('\n'),
      'lanzhou',
    );
    assert.notDeepEqual(dates(fig('760元')), [null, '2025-12-31']);
  });
});

describe('a figure published before and withdrawn by a correction (此前公布的…应为…)', () => {
  /** The skipped numerals and the figures of a small article. */
  function read(text: string, region: string) {
    const builder = new DatasetBuilder();
    builder.add({ file: 'a.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
    const d = builder.finish();
    return { skipped: (raw: string) => d.skipped.filter((s) => s.raw === raw).map((s) => s.reason), figures: d.observations.map((o) => o.raw) };
  }
  const head = (city: string) => [`${city}新闻发布会实录`, `来源：${city}人民政府新闻办公室　发布时间：2026-11-24 11:40`];
  it('the real sentences: both mentions of the old figure skipped, the corrected one a figure (烟台市)', () => {
    const { skipped, figures: read1 } = read(
      [...head('烟台市'), '10月中旬，我局在“烟台人社”微信公众号发布的“1—9月全市城镇新增就业6.95万人”有误，经核实，此前公布的6.95万人应为6.59万人，特此更正。'].join('\n'),
      'yantai',
    );
    assert.deepEqual(skipped('6.95万人'), ['superseded', 'superseded']);
    assert.ok(read1.includes('6.59万人'));
  });
  it('other cities and wordings: 更正为, 数据有误 (徐州市, 江门市)', () => {
    const a = read([...head('徐州市'), '我委日前通报的全市新增托位1860个应更正为1680个。'].join('\n'), 'xuzhou_jiangsu');
    assert.deepEqual(a.skipped('1860个'), ['superseded']);
    assert.ok(a.figures.includes('1680个'));
    const b = read([...head('江门市'), '本报11月3日刊发的“全市已建成长者饭堂126个”数据有误，实为116个。'].join('\n'), 'jiangmen');
    assert.deepEqual(b.skipped('126个'), ['superseded']);
  });
  it('does not fire on a figure published with no correction, nor on a standard that should be met (南宁市)', () => {
    const { skipped, figures: read3 } = read(
      [...head('南宁市'), '市统计局发布的数据显示，全市城镇新增就业6.2万人。', '按规定，每千人口托位数应为4.5个以上。'].join('\n'),
      'nanning',
    );
    assert.deepEqual(skipped('6.2万人'), []);
    assert.ok(read3.includes('6.2万人'));
  });
});

describe('the share a place of the article holds of a wider region\'s figure (我市占全省的6.5%)', () => {
  const head = (city: string) => [`${city}就业工作新闻发布会实录`, `来源：${city}人民政府新闻办公室　发布时间：2026-11-24 11:40`];
  it('the real sentence: the province\'s total is the province\'s, the city\'s share the city\'s (烟台市)', () => {
    const fig = figures([...head('烟台市'), '从省人社厅公布的数据看，同期全省城镇新增就业112.6万人，我市占全省的6.5%。'].join('\n'), 'yantai');
    assert.equal(fig('112.6万人').region, 'shandong');
    assert.equal(fig('6.5%').region, 'yantai');
  });
  it('another city and wording: a district named before 占 (莱山区 in 烟台市\'s, 江门市 with 本市)', () => {
    const a = figures([...head('烟台市'), '全省新建零工市场268家，其中莱山区占1.1%。'].join('\n'), 'yantai');
    assert.equal(a('1.1%').region, 'laishan');
    const b = figures([...head('江门市'), '广东省全年新增城镇就业132.5万人，本市占全省的4.2%。'].join('\n'), 'jiangmen');
    assert.equal(b('4.2%').region, 'jiangmen');
  });
  it('does not fire when no place holds the share: a part of the province\'s own total stays the province\'s (烟台市)', () => {
    const fig = figures([...head('烟台市'), '同期全省城镇新增就业112.6万人，高校毕业生占全省的38.5%。'].join('\n'), 'yantai');
    assert.equal(fig('38.5%').region, 'shandong');
  });
});

describe('a marker inside the sentence that opened a passage as of now (目前，…，今年以来…。其中…)', () => {
  const head = (city: string) => [`${city}就业工作新闻发布会实录`, `来源：${city}人民政府新闻办公室　发布时间：2026-11-24 11:40`];
  it('the real turn: 今年以来 dates its own clause, the breakdown after it stands as of now (烟台市)', () => {
    const fig = figures(
      [...head('烟台市'), '市人社局局长王立军：目前，全市已建成零工市场18家，实现县（市、区）全覆盖，今年以来累计服务灵活就业人员23.7万人次。其中，莱山区、福山区分别建成3家、2家。全省共建成零工市场268家。'].join('\n'),
      'yantai',
    );
    assert.deepEqual(dates(fig('23.7万人次')), ['2026-01-01', '2026-11-24']);
    for (const raw of ['18家', '3家', '2家', '268家']) assert.deepEqual(dates(fig(raw)), [null, '2026-11-24'], raw);
  });
  it('another city, no speaker: the same passage in a plain paragraph (徐州市)', () => {
    const fig = figures([...head('徐州市'), '目前，全市共建成长者食堂126个，今年以来累计供餐86.2万人次。其中，鼓楼区建成18个。'].join('\n'), 'xuzhou_jiangsu');
    assert.deepEqual(dates(fig('18个')), [null, '2026-11-24']);
  });
  it('does not fire on 今年以来 opening a sentence of its own: it dates what follows (南宁市)', () => {
    const fig = figures([...head('南宁市'), '目前，全市共有养老机构121家。今年以来，新建社区助餐点42个。其中，青秀区新建助餐点9个。'].join('\n'), 'nanning');
    assert.deepEqual(dates(fig('9个')), ['2026-01-01', '2026-11-24']);
  });
});

describe('the parts of a stock after its change in one sentence (…，比上年末增加74人，其中…768人) stand at the stock\'s date', () => {
  it('the real sentence: the parts are year-end levels, only the change is the year\'s (松阳县)', () => {
    const fig = figures(
      ['松阳县2025年国民经济和社会发展统计公报', '发布时间：2026-03-20 15:30　来源：松阳县统计局', '年末全县共有医疗卫生机构286个。卫生技术人员1862人，比上年末增加74人，其中执业（助理）医师768人，注册护士812人。'].join('\n'),
      'songyang',
    );
    assert.deepEqual(dates(fig('74人')), ['2025-01-01', '2025-12-31']);
    for (const raw of ['1862人', '768人', '812人']) assert.deepEqual(dates(fig(raw)), [null, '2025-12-31'], raw);
  });
  it('another city: facilities at the year\'s end (江门市)', () => {
    const fig = figures(['江门市2025年国民经济和社会发展统计公报', '发布时间：2026-03-18 10:00　来源：江门市统计局', '年末全市共有养老机构86家，比上年末增加5家，其中护理型机构32家。'].join('\n'), 'jiangmen');
    assert.deepEqual(dates(fig('32家')), [null, '2025-12-31']);
  });
  it('does not fire when the figure before is no change: a year so far read one way along the list (桐乡市)', () => {
    const fig = figures(['桐乡市就业工作进展', '发布时间：2025-08-15 10:00　来源：桐乡市人社局', '截至目前，全市新增城镇就业5.6万人，完成全年任务的80.2%，失业人员实现再就业1.2万人。'].join('\n'), 'tongxiang');
    assert.deepEqual(dates(fig('1.2万人')), ['2025-01-01', '2025-08-15']);
  });
});

describe('a lead over another\'s standard right after a standard in force since a day (…提高到218元，高于全省最低标准30元)', () => {
  const head = (city: string) => [`${city}新闻发布会实录`, `来源：${city}人民政府新闻办公室　发布时间：2026-11-24 11:40`];
  it('the real sentence: the lead holds from the day the new standard does (烟台市)', () => {
    const fig = figures([...head('烟台市'), '今年1月1日起，全市城乡居民基础养老金最低标准由每人每月200元提高到218元，高于全省最低标准30元。'].join('\n'), 'yantai');
    assert.deepEqual(dates(fig('30元')), ['2026-01-01', null]);
  });
  it('another city and wording: 超出 (合肥市)', () => {
    const fig = figures([...head('合肥市'), '全市自今年7月1日起将城乡低保标准由每人每月880元提高到920元，超出全省平均标准40元。'].join('\n'), 'hefei');
    assert.deepEqual(dates(fig('40元')), ['2026-07-01', null]);
  });
  it('does not fire on what is no lead after it, nor on a lead after a figure of a closed span (合肥市, 烟台市)', () => {
    const a = figures([...head('合肥市'), '全市自今年7月1日起将城乡低保标准由每人每月880元提高到920元，惠及困难群众6.2万人。'].join('\n'), 'hefei');
    assert.notDeepEqual(dates(a('6.2万人')), ['2026-07-01', null]);
    const b = figures([...head('烟台市'), '10月份，全市城镇调查失业率为4.8%，低于全省0.2个百分点。'].join('\n'), 'yantai');
    assert.deepEqual(dates(b('0.2个百分点')), ['2026-10-01', '2026-10-31']);
  });
});

describe('a year\'s cohort of graduates told during the year (今年…高校毕业生规模达到5.8万人) is the whole year\'s', () => {
  const article = (title: string, published: string, body: string, region: string) => figures(`${title}\n发布时间：${published}\n\n${body}\n`, region);
  it('the real transcript: 5.8万人 is 2026\'s, not 2026 to 24 November (烟台市)', () => {
    const fig = article('烟台市就业和社会保障工作新闻发布会实录', '2026-11-24', '今年我市高校毕业生规模达到5.8万人，创历史新高。', 'yantai');
    assert.deepEqual(dates(fig('5.8万人')), ['2026-01-01', '2026-12-31']);
  });
  it('another city\'s wording: 应届高校毕业生人数为3.2万人 (潍坊市, in June)', () => {
    const fig = article('潍坊市2026年高校毕业生就业工作推进会召开', '2026-06-12', '今年全市应届高校毕业生人数为3.2万人，比上年增加2100人。', 'weifang');
    assert.deepEqual(dates(fig('3.2万人')), ['2026-01-01', '2026-12-31']);
  });
  it('not the graduates placed in jobs so far, a count to date', () => {
    const fig = article('潍坊市2026年高校毕业生就业工作推进会召开', '2026-06-12', '今年以来，全市帮助高校毕业生就业1.1万人。', 'weifang');
    assert.deepEqual(dates(fig('1.1万人')), ['2026-01-01', '2026-06-12']);
  });
});
