/**
 * A level at a date or a flow over a span (session 13): small articles in the styles of the
 * hand-keyed ones and of other cities, run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, figures } from './figures.ts';

const letter = (title: string, body: string, signer: string, date: string) => [title, '', body, '', signer, date, ''].join('\n');

describe('under a heading of problems with no time of its own, the state reported before it', () => {
  const STATUS = '一、工作现状\n\n截至2025年底，全市共有各类托育机构486家，提供托位2.13万个。2025年，全市新增托位2860个。\n\n';
  it('the real letter: the shortfalls (缺口, 仅占, 低于全省平均) are as of the end of 2025, not of the reply in June 2026', () => {
    const fig = figures(
      letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', `${STATUS}二、存在问题\n\n一是供给总量仍有缺口。对照到2030年每千人口拥有3岁以下婴幼儿托位数达到6个的目标，全市仍有约5900个托位的缺口。\n\n二是覆盖不足。社区嵌入式托育点仅占城市社区的31.6%，低于全省平均水平8.4个百分点。`, '扬州市卫生健康委员会', '2026年6月18日'),
      'yangzhou',
    );
    for (const raw of ['约5900个', '31.6%', '8.4个百分点']) assert.deepEqual(dates(fig(raw)), [null, '2025-12-31'], raw);
  });
  it('another city\'s report, with 存在的主要问题 after a mid-year as-of', () => {
    const fig = figures(
      letter('绵阳市民政局关于第0078号提案的答复', '一、基本情况\n\n截至2026年3月底，全市建成社区养老服务站312个。\n\n二、存在的主要问题\n\n农村站点仅占28.5%，护理员缺口约1200人。', '绵阳市民政局', '2026年5月20日'),
      'mianyang',
    );
    for (const raw of ['28.5%', '约1200人']) assert.deepEqual(dates(fig(raw)), [null, '2026-03-31'], raw);
  });
  it('…not under a heading of anything else, nor with no dated as-of before it: as of the reply', () => {
    const other = figures(letter('绵阳市民政局关于第0078号提案的答复', '一、基本情况\n\n截至2026年3月底，全市建成社区养老服务站312个。\n\n二、下一步打算\n\n农村站点仅占28.5%。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    assert.notDeepEqual(dates(other('28.5%')), [null, '2026-03-31']);
    const none = figures(letter('绵阳市民政局关于第0078号提案的答复', '一、基本情况\n\n全市建成社区养老服务站312个。\n\n二、存在问题\n\n农村站点仅占28.5%。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    assert.deepEqual(dates(none('28.5%')), [null, '2026-05-20']);
  });
});

describe('a yearly size named by its measure (年招生人数达到150人) is an amount per year, of no year', () => {
  it('the real sentence: a plan with no year of its own, past the 2026年 of the clause before', () => {
    const fig = figures(letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', '三、下一步工作\n\n（四）加强队伍建设。计划2026年培训托育从业人员2000人次，推动扬州市职业大学等院校扩大婴幼儿托育服务与管理专业招生规模，年招生人数达到150人。', '扬州市卫生健康委员会', '2026年6月18日'), 'yangzhou');
    assert.equal(fig('150人').status, 'plan');
    assert.deepEqual(dates(fig('150人')), [null, null]);
    assert.deepEqual(dates(fig('2000人次')), ['2026-01-01', '2026-12-31']);
  });
  it('another city\'s: 新馆建成后年接待能力达到50万人次', () => {
    const fig = figures('成都市文化广电旅游局关于第0031号提案的答复\n\n2025年，全市新建城市书房36座，新馆年接待能力达到50万人次。\n\n成都市文化广电旅游局\n2026年4月2日\n', 'chengdu');
    assert.deepEqual(dates(fig('50万人次')), [null, null]);
  });
  it('…not a year\'s own count: 全年招生人数, 2025年招生人数', () => {
    const fig = figures('成都市教育局关于第0032号提案的答复\n\n2025年，全市职业院校全年招生人数达到5.2万人。2024年招生人数为4.8万人。\n\n成都市教育局\n2026年4月2日\n', 'chengdu');
    assert.deepEqual(dates(fig('5.2万人')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('4.8万人')), ['2024-01-01', '2024-12-31']);
  });
});

describe('a deadline with a floor (要在10月底前分别新增托位不少于100个) asks for at least so many more, from now', () => {
  const notice = (city: string, body: string) => `${city}人民政府办公室关于2025年民生实事项目推进情况的督查通报\n\n${body}\n\n${city}人民政府办公室\n2025年9月24日\n`;
  it('the real sentence: both floors of the list run to the deadline, with no start', () => {
    const fig = figures(notice('常德市', '一是普惠托育项目推进缓慢。鼎城区、汉寿县要在10月底前分别新增托位不少于100个、60个。'), 'changde');
    for (const raw of ['不少于100个', '60个']) assert.deepEqual(dates(fig(raw)), [null, '2025-10-31'], raw);
  });
  it('another city\'s: 至少 in a demand', () => {
    const fig = figures(notice('岳阳市', '今年，全市计划改造老旧小区150个。华容县要在11月底前至少完成改造12个。'), 'yueyang_hunan');
    assert.deepEqual(dates(fig('12个')), [null, '2025-11-30']);
  });
  it('…not the year\'s whole task by a deadline (确保9月底前新增托位3000个): from January', () => {
    const fig = figures(notice('岳阳市', '今年，全市确保9月底前新增托位3000个。'), 'yueyang_hunan');
    assert.deepEqual(dates(fig('3000个')), ['2025-01-01', '2025-09-30']);
  });
});

describe('what the inspectors did (督查组随机走访群众1260人次) is over the inspection\'s days', () => {
  const notice = (city: string, body: string) => `${city}人民政府办公室关于2025年民生实事项目推进情况的督查通报\n\n${body}\n\n${city}人民政府办公室\n2025年9月24日\n`;
  const LEAD = '为推动项目落地见效，9月上旬，市政府督查室采取实地察看和随机走访相结合的方式，对全市民生实事项目推进情况开展了专项督查。\n\n';
  it('the real paragraph: the visits and the satisfaction they measured, past the 截至8月底 it opened with', () => {
    const fig = figures(notice('常德市', `${LEAD}截至8月底，民生实事项目累计完成投资46.8亿元。督查组随机走访群众1260人次，群众满意率为93.6%，比去年同期下降1.1个百分点。`), 'changde');
    for (const raw of ['1260人次', '93.6%', '1.1个百分点']) assert.deepEqual(dates(fig(raw)), ['2025-09-01', '2025-09-10'], raw);
    assert.equal(dates(fig('46.8亿元'))[1], '2025-08-31');
  });
  it('another city\'s inspection over named days', () => {
    const fig = figures(notice('岳阳市', '9月8日至12日，市委督查室对各县市区民生实事推进情况进行了实地督查。\n\n截至8月底，全市新增托位860个。检查组共抽查项目46个，发现问题23个。'), 'yueyang_hunan');
    for (const raw of ['46个', '23个']) assert.deepEqual(dates(fig(raw)), ['2025-09-08', '2025-09-12'], raw);
    assert.deepEqual(dates(fig('860个')), ['2025-01-01', '2025-08-31']);
  });
  it('…not a sentence that dates itself, nor one the inspectors do not do', () => {
    const fig = figures(notice('常德市', `${LEAD}截至8月底，全市新增托位860个。督查组8月走访群众900人次。全市群众满意率为93.6%。`), 'changde');
    assert.deepEqual(dates(fig('900人次')), ['2025-08-01', '2025-08-31']);
    assert.notDeepEqual(dates(fig('93.6%')), ['2025-09-01', '2025-09-10']);
  });
});

describe('a count said again with words that point back to it (暗访发现的3处问题) is the first one', () => {
  const summary = (body: string) => `孝感市2025年第二期《问政孝感》：暗访揭短板\n\n来源：孝感市广播电视台　发布时间：2025-07-02 09:15\n\n${body}\n`;
  it('the real answers: the problems the hidden camera found, and the promise restated at the follow-up', () => {
    const fig = figures(
      summary('（短片）5月下旬，问政记者暗访城区5家农贸市场，发现3处问题。\n\n市市场监管局局长陈红：暗访发现的3处问题，我们已于5月27日责令相关市场限期整改。我们承诺，7月15日前完成城区12家农贸市场提档升级。\n\n6月下旬，栏目组开展“回头看”。截至6月30日，承诺提档升级的12家农贸市场已完成9家。'),
      'xiaogan',
    );
    assert.deepEqual(dates(fig('3处', 2)), ['2025-05-21', '2025-05-31']);
    assert.deepEqual(dates(fig('12家', 2)), [null, '2025-07-15']);
    assert.deepEqual(dates(fig('9家')), [null, '2025-06-30']);
  });
  it('another programme\'s: 对…曝光的问题 and 上述', () => {
    const fig = figures(
      summary('6月上旬，记者暗访城区8个小区，发现消防通道堵塞问题14处。\n\n市消防救援支队负责人：节目曝光的14处问题，我们已全部督促整改。'),
      'xiaogan',
    );
    assert.deepEqual(dates(fig('14处', 2)), ['2025-06-01', '2025-06-10']);
  });
  it('…not the same number with nothing pointing back, nor one with a deadline of its own', () => {
    const fig = figures(
      summary('5月中旬，记者暗访发现，共有6个已建成的社区养老服务中心长期闭门。\n\n市民政局局长周丽：全市已建成社区养老服务中心94个。我们承诺6月底前让6个中心全部恢复运营。\n\n6月下旬，栏目组开展“回头看”，新发现问题6个。'),
      'xiaogan',
    );
    assert.deepEqual(dates(fig('6个', 2)), [null, '2025-06-30']);
    assert.deepEqual(dates(fig('6个', 3)), ['2025-06-21', '2025-06-30']);
  });
});

describe('a scene the reporter saw, told in the present, is as of publication, not of the section\'s year', () => {
  const post = (city: string, body: string) => `【图解】数读2025｜${city}十大民生实事“成绩单”来了！\n\n${city}发布　2026年01月05日 19:02\n\n${body}\n`;
  it('the real post: a canteen manager\'s account and a young worker\'s pay', () => {
    const fig = figures(
      post('嘉兴', '58个\n新增老年助餐点\n\n社区食堂负责人介绍，食堂每天供应午餐约260份，80岁以上老人每餐再减2元。\n\n“以前找工作要跑到上海去，现在家门口就能上班。”在海宁市长安镇的一家企业，90后小伙小周刚刚入职，月收入7800元。'),
      'jiaxing',
    );
    for (const raw of ['约260份', '2元', '7800元']) assert.deepEqual(dates(fig(raw)), [null, '2026-01-05'], raw);
    assert.deepEqual(dates(fig('58个')), ['2025-01-01', '2025-12-31']);
  });
  it('another city\'s: 68岁的王大爷 in a year\'s review', () => {
    const fig = figures(post('湖州', '全市新增老年助餐点62个。\n\n在吴兴区，68岁的王大爷每周去社区卫生服务站做理疗3次，每次只花5元。'), 'huzhou');
    assert.deepEqual(dates(fig('5元')), [null, '2026-01-05']);
    assert.deepEqual(dates(fig('62个')), ['2025-01-01', '2025-12-31']);
  });
  it('…not the programme\'s figure in the sentence before a scene of its paragraph', () => {
    const fig = figures(post('湖州', '全市新增老年助餐点62个。在吴兴区，68岁的王大爷每次只花5元。'), 'huzhou');
    assert.deepEqual(dates(fig('62个')), ['2025-01-01', '2025-12-31']);
    assert.deepEqual(dates(fig('5元')), [null, '2026-01-05']);
  });
  it('…nor a group named by age (全年为80岁的老人发放高龄津贴)', () => {
    const fig = figures(post('湖州', '全市为80岁的老人发放高龄津贴1.2亿元。'), 'huzhou');
    assert.deepEqual(dates(fig('1.2亿元')), ['2025-01-01', '2025-12-31']);
  });
  it('…not a paragraph of the programme\'s figures with no person in it', () => {
    const fig = figures(post('湖州', '全市新增老年助餐点62个，社区食堂每天供应午餐约1.2万份。'), 'huzhou');
    assert.deepEqual(dates(fig('约1.2万份')), ['2025-01-01', '2025-12-31']);
  });
});

describe('the words of one in a case told by its own days, with no date, are of that case\'s time', () => {
  const report = (body: string) => `淄博市12345政务服务便民热线2025年运行情况报告\n\n发布时间：2026-01-16\n\n${body}\n`;
  it('the real case: a caller\'s 现在 is the day after the call, not publication', () => {
    const fig = figures(report('张店区市民李先生来电反映所住小区供暖温度不达标，热线当天转办，供热企业2天内完成管网维修。李先生说：“打个电话，第二天师傅就上门了，现在屋里有22℃。”'), 'zibo');
    assert.deepEqual(dates(fig('22℃')), [null, null]);
    assert.ok(fig('22℃').flags?.includes('quoted'));
  });
  it('another city\'s: 次日 in a water complaint', () => {
    const fig = figures(report('市民王女士反映家中停水，热线次日督办，自来水公司当天恢复供水。王女士说：“现在水压上来了，一桶水才2元。”'), 'zibo');
    assert.deepEqual(dates(fig('2元')), [null, null]);
  });
  it('…not a resident a reporter met, whose now is publication\'s', () => {
    const fig = figures(report('在张店区的社区食堂，72岁的居民李秀英告诉记者：“两荤一素才8元，一个月能省下200多元。”'), 'zibo');
    assert.deepEqual(dates(fig('200多元')), [null, '2026-01-16']);
  });
});

describe('a count said again right after under a marker of now, of the same things, is the first one', () => {
  const script = (body: string) => `芜湖新闻｜民生实事交出温暖答卷\n\n芜湖新闻　2025年12月18日 19:30\n\n${body}\n`;
  it('the real sound bite: 103 compounds all started is the year\'s 103, and the 96 done of them are this year\'s', () => {
    const fig = figures(
      script('【正文】\n今年，我市改造城镇老旧小区一百零三个，惠及居民三万八千户。\n\n【同期声】\n“目前，一百零三个小区已经全部开工，完工九十六个，剩下的七个，我们确保在春节前全部完工。”\n（字幕：市住房和城乡建设局副局长　李建国）'),
      'wuhu',
    );
    const again = fig('一百零三个', 2);
    assert.deepEqual([again.status, ...dates(again)], ['result', '2025-01-01', '2025-12-18']);
    assert.deepEqual(dates(fig('九十六个')), ['2025-01-01', '2025-12-18']);
    assert.equal(fig('七个').status, 'plan');
  });
  it('another city\'s answer: 目前，这86所学校已全部完工', () => {
    const fig = figures(script('今年，全市新建改扩建学校86所，新增学位2.1万个。\n\n市教育局局长：目前，86所学校已全部完工，交付使用81所。'), 'wuhu');
    assert.deepEqual(dates(fig('86所', 2)), ['2025-01-01', '2025-12-18']);
    assert.deepEqual(dates(fig('81所')), ['2025-01-01', '2025-12-18']);
  });
  it('…not the same number of other things, nor one said two paragraphs on', () => {
    const other = figures(script('今年，全市新建改扩建学校86所。\n\n目前，86所幼儿园已全部纳入普惠。'), 'wuhu');
    assert.deepEqual(dates(other('86所', 2)), [null, '2025-12-18']);
    const far = figures(script('今年，全市新建改扩建学校86所。\n\n全市教师队伍持续壮大。\n\n目前，86所学校已全部完工。'), 'wuhu');
    assert.deepEqual(dates(far('86所', 2)), [null, '2025-12-18']);
  });
});

describe('…a floor with no demand (确保9月底前新增托位不少于3000个) stays the year\'s task', () => {
  it('from January, as without the floor', () => {
    const fig = figures('岳阳市人民政府办公室关于2025年民生实事项目推进情况的督查通报\n\n今年，全市确保9月底前新增托位不少于3000个。\n\n岳阳市人民政府办公室\n2025年9月24日\n', 'yueyang_hunan');
    assert.deepEqual(dates(fig('不少于3000个')), ['2025-01-01', '2025-09-30']);
  });
});

describe('a month right before an opening (9月建成开学) dates that clause, not the room opened after it', () => {
  const page = (body: string, date: string) => ['宁波市2025年东西部协作工作综述', '', `发布时间：${date}`, '', body, ''].join('\n');
  it('the real sentence: 可容纳学生1500名 is of 今年, as the 新增学位6800个 it is part of (其中)', () => {
    const fig = figures(
      page('今年，宁波在黔西南州援建学校14所，新增学位6800个。其中，鄞州区援建的册亨县甬册实验学校9月建成开学，可容纳学生1500名；北仑区投入1200万元。', '2025-12-26'),
      'ningbo',
    );
    assert.deepEqual(dates(fig('1500名')), dates(fig('6800个')));
  });
  it('another city: a home for the elderly 10月竣工投用 and the beds it provides', () => {
    const fig = figures(page('今年，全县新增养老床位800张。其中，城南颐养院10月竣工投用，可提供床位300张。', '2025-12-20'), 'yushe');
    assert.deepEqual(dates(fig('300张')), dates(fig('800张')));
  });
  it('…but what the month saw opened, in its own clause, is that month\'s (9月建成幼儿园3所)', () => {
    const fig = figures(page('今年，全市改造小区20个。其中，9月建成幼儿园3所，新增学位900个。', '2025-12-26'), 'ningbo');
    assert.deepEqual(dates(fig('3所')), ['2025-09-01', '2025-09-30']);
  });
  it('…and a month before another verb still dates what follows (9月新增学位900个)', () => {
    const fig = figures(page('今年，全市改造小区20个。9月，全市新增学位900个。', '2025-12-26'), 'ningbo');
    assert.deepEqual(dates(fig('900个')), ['2025-09-01', '2025-09-30']);
  });
});
