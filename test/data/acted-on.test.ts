/**
 * Labels that keep what was done to the things counted (QA s13 A2, A3, B3; session 14): a verb shared
 * across 、 (新建、改扩建…), a list's opening verb on each item, and things of two kinds kept apart.
 * Each rule runs on the real sentence, on other cities' words, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures } from './figures.ts';

const head = (place: string) => `${place}民生实事进展情况\n发布日期：2025-12-26\n`;

describe('a verb of building before 、 and another after it share the object (新建、改扩建中小学和幼儿园)', () => {
  it('the real sentences: a numbered candidate (candidate-projects.txt) and a broadcast (broadcast-script.txt)', () => {
    const fig = figures(`${head('台州市')}1.新建、改扩建中小学和幼儿园20所，新增学位1.2万个。\n教育方面，今年全市新建、改扩建中小学和幼儿园二十一所。\n`, 'taizhou_zhejiang');
    assert.equal(fig('20所').subject, '新建、改扩建中小学和幼儿园');
    assert.equal(fig('二十一所').subject, '新建、改扩建中小学和幼儿园');
  });
  it('other cities: a time and an adverb before the first verb', () => {
    const fig = figures(`${head('开化县')}到2027年，全县还将新建、改扩建学校6所。\n2.新建、改造标准化农贸市场15家。\n`, 'kaihua');
    assert.equal(fig('6所').subject, '新建、改扩建学校');
    assert.equal(fig('15家').subject, '新建、改造标准化农贸市场');
  });
  it('not when the words after 、 open with no verb of building (新建学校12所、幼儿园8所 is a list)', () => {
    const fig = figures(`${head('湖州市')}今年，全市开展培训、就业服务1.2万人次。\n`, 'huzhou');
    assert.ok(!fig('1.2万人次').subject.startsWith('培训、'), fig('1.2万人次').subject);
  });
});

describe('schools and kindergartens counted together are not schools_built (QA s13 B3)', () => {
  it('the real sentence: 新建、改扩建中小学和幼儿园20所 has an indicator of its own', () => {
    const fig = figures(`${head('台州市')}1.新建、改扩建中小学和幼儿园20所，新增学位1.2万个。\n`, 'taizhou_zhejiang');
    assert.notEqual(fig('20所').indicator, 'schools_built');
    assert.ok(!fig('20所').flags?.includes('subject_unclear'));
  });
  it('another city: 中小学、幼儿园 with 、', () => {
    const fig = figures(`${head('嘉兴市')}2026年计划新建改扩建中小学、幼儿园10所。\n`, 'jiaxing');
    assert.notEqual(fig('10所').indicator, 'schools_built');
  });
  it('schools alone stay schools_built', () => {
    const fig = figures(`${head('呼和浩特市')}今年，我市新建改扩建中小学12所。\n`, 'hohhot');
    assert.equal(fig('12所').indicator, 'schools_built');
  });
});

describe('a verb of work opening a list is each bare item\'s (援建学校14所、乡镇卫生院和村卫生室23个)', () => {
  it('the real sentences: paired-assistance.txt and county-work-report.txt', () => {
    const aid = figures(`${head('宁波市')}今年，宁波在黔西南州援建学校14所、乡镇卫生院和村卫生室23个，新增学位6800个。\n`, 'ningbo');
    assert.equal(aid('23个').subject, '援建乡镇卫生院和村卫生室');
    assert.ok(!/village_clinics|township_health_centres/u.test(aid('23个').indicator), aid('23个').indicator);
    const county = figures(`${head('开化县')}改造城镇老旧小区86个、农村危房3460户。\n`, 'kaihua');
    assert.equal(county('3460户').subject, '改造农村危房');
  });
  it('another city: 新增交通信号灯8处、减速带36条', () => {
    const fig = figures(`${head('开化县')}今年新增交通信号灯8处、减速带36条，施划斑马线52处。\n`, 'kaihua');
    assert.equal(fig('36条').subject, '新增减速带');
  });
  it('not an item with work of its own (新增就业3100人、失业人员再就业1200人; 建成村卫生室36个、新增床位260张)', () => {
    const fig = figures(`${head('湖州市')}全年新增就业3100人、失业人员再就业1200人。全市建成村卫生室36个、新增床位260张。\n`, 'huzhou');
    assert.equal(fig('1200人').subject, '失业人员再就业');
    assert.equal(fig('260张').subject, '新增床位');
  });
});

describe('things counted for whom they paired with or where they went to invest (QA s13 A3)', () => {
  it('the real sentences: 38所中小学与望谟县的学校结对, 128家宁波企业已到黔西南州投资兴业, 152所中小学与成都优质学校结对', () => {
    const fig = figures(`${head('宁波市')}海曙区今年组织区内38所中小学与望谟县的学校结对，互派教师120人次。128家宁波企业已到黔西南州投资兴业，今年实际到位投资46.3亿元。\n`, 'ningbo');
    assert.equal(fig('38所').subject, '中小学（与望谟县学校结对）');
    assert.equal(fig('128家').subject, '宁波企业（到黔西南州投资兴业）');
    const metro = figures(`${head('四川省')}德眉资三市共有152所中小学与成都优质学校结对。\n`, 'sichuan');
    // (德眉资, the three cities run together, names it since subjects4: the figure is filed under 四川省.)
    assert.equal(metro('152所').subject, '德眉资中小学（与成都优质学校结对）');
  });
  it('other cities: hospitals signing with nurseries, firms gone to invest', () => {
    const fig = figures(`${head('扬州市')}全市已有38家医疗机构与托育机构签订合作协议。今年共有56家苏州企业赴宿迁投资兴业。\n`, 'yangzhou');
    assert.equal(fig('38家').subject, '医疗机构（与托育机构签订合作协议）');
    // (赴 runs on in the words after the figure: flagged, never the firms alone.)
    assert.ok(fig('56家').subject !== '苏州企业' || fig('56家').flags?.includes('subject_unclear'), fig('56家').subject);
  });
  it('a pairing too long for a gloss is flagged, never the things alone', () => {
    const fig = figures(`${head('宁波市')}全市12所学校与黔西南州兴义市、安龙县、贞丰县的乡村学校结对。\n`, 'ningbo');
    assert.ok(fig('12所').flags?.includes('subject_unclear'), fig('12所').subject);
  });
  it('not a 与 joining the things counted (乡镇卫生院与村卫生室), nor a figure with its own verb before 与', () => {
    const fig = figures(`${head('湖州市')}全市新建乡镇卫生院与村卫生室15个。全市建成养老机构与社区服务中心衔接机制3个。\n`, 'huzhou');
    assert.ok(!fig('15个').subject.includes('（'), fig('15个').subject);
  });
});

describe('people got into work named with who got them there (带动当地4200多人就业)', () => {
  it('the real sentence (paired-assistance.txt)', () => {
    const fig = figures(`${head('宁波市')}今年实际到位投资46.3亿元，带动当地4200多人就业。\n`, 'ningbo');
    assert.equal(fig('4200多人').subject, '带动当地就业');
  });
  it('another city: 吸纳周边群众860人就业', () => {
    const fig = figures(`${head('湖州市')}该园区今年吸纳周边群众860人就业。\n`, 'huzhou');
    assert.equal(fig('860人').subject, '吸纳周边群众就业');
  });
  it('not people who found work with no one named bringing it about', () => {
    const fig = figures(`${head('湖州市')}全市今年有3200人就业。\n`, 'huzhou');
    assert.equal(fig('3200人').subject, '就业');
  });
});

describe('places something entered, counted, are flagged: what entered is no part of their name (已进入宁波1300余家商超)', () => {
  it('the real sentence (paired-assistance.txt)', () => {
    const fig = figures(`${head('宁波市')}目前，兴仁市的薏仁米、安龙县的食用菌、贞丰县的花椒已进入宁波1300余家商超。\n`, 'ningbo');
    assert.ok(fig('1300余家').flags?.includes('subject_unclear'));
  });
  it('another city: 入驻', () => {
    const fig = figures(`${head('湖州市')}湖州的农产品已入驻上海860家门店。\n`, 'huzhou');
    assert.ok(fig('860家').flags?.includes('subject_unclear'), fig('860家').subject);
  });
  it('not things built, counted after the words before them', () => {
    const fig = figures(`${head('湖州市')}全市新建农贸市场12家。\n`, 'huzhou');
    assert.ok(!fig('12家').flags?.includes('subject_unclear'));
  });
});

describe('an amount alone after a count is the amount of what was counted (贷款3860笔、金额19.6亿元)', () => {
  it('the real sentence (metro-area.txt)', () => {
    const fig = figures(`${head('四川省')}四市住房公积金实现互认互贷，全年办理跨市公积金贷款3860笔、金额19.6亿元。\n`, 'sichuan');
    assert.equal(fig('19.6亿元').subject, '跨市公积金贷款金额');
  });
  it('another city: 发放创业担保贷款1.2万笔，金额18亿元', () => {
    const fig = figures(`${head('湖州市')}全市发放创业担保贷款1.2万笔，金额18亿元。\n`, 'huzhou');
    assert.equal(fig('18亿元').subject, '创业担保贷款金额');
  });
  it('not an amount with no count before it in its sentence', () => {
    const fig = figures(`${head('湖州市')}全市筹集资金，金额合计5亿元。\n`, 'huzhou');
    assert.notEqual(fig('5亿元').subject, '资金金额');
  });
});

describe('things worked on named with the work when 对 is followed by where or a clause of theirs (对辖区内22所…进行提质改造)', () => {
  it('the real sentences: districts.txt and work-report.txt', () => {
    const fig = figures(`${head('曲靖市')}沾益区投入资金2.3亿元，对辖区内22所农村学校进行提质改造。\n`, 'qujing');
    assert.equal(fig('22所').subject, '农村学校提质改造');
    const wr = figures(`${head('湖州市')}对2000年底前建成的86个城镇老旧小区实施综合改造。\n`, 'huzhou');
    assert.equal(wr('86个').subject, '城镇老旧小区综合改造');
  });
  it('another city: 对区内15个农贸市场进行升级改造', () => {
    const fig = figures(`${head('宜昌市')}今年对区内15个农贸市场进行升级改造。\n`, 'yichang');
    assert.equal(fig('15个').subject, '农贸市场升级改造');
  });
  it('not things with no 对 before them (22所农村学校完成改造 keeps its own words)', () => {
    const fig = figures(`${head('宜昌市')}今年全区建成农村学校22所，进行验收。\n`, 'yichang');
    assert.ok(!fig('22所').subject.endsWith('验收'), fig('22所').subject);
  });
});

describe('places counted for what was set up at their gates (26所中小学校门口设置“护学岗”)', () => {
  it('the real sentence (county-news.txt)', () => {
    const fig = figures(`${head('开化县')}县公安局交警大队在全县26所中小学校门口设置“护学岗”，每天早晚高峰安排警力。\n`, 'kaihua');
    assert.equal(fig('26所').subject, '中小学校（门口设置护学岗）');
  });
  it('another city: 周边增设', () => {
    const fig = figures(`${head('宜昌市')}全市在18所学校周边增设临时停车泊位。\n`, 'yichang');
    assert.equal(fig('18所').subject, '学校（周边增设临时停车泊位）');
  });
  it('not schools whose gates are only where something happened', () => {
    const fig = figures(`${head('宜昌市')}全市26所中小学校门口交通秩序良好。\n`, 'yichang');
    assert.ok(!fig('26所').subject.includes('设置'), fig('26所').subject);
  });
});

describe('a number in a table\'s 完成率 column is the row\'s rate, named so (people-congress-progress.txt, inspection-notice.txt)', () => {
  it('the real table: 项目｜年度目标｜完成情况｜完成率', () => {
    const fig = figures(`${head('南通市')}项目｜年度目标｜完成情况｜完成率\n新增普惠性托育托位｜新增托位3000个｜已新增1860个｜62%\n义务教育学校新改扩建｜新增学位12000个｜已新增学位5400个｜45%\n`, 'nantong');
    assert.equal(fig('62%').subject, '新增普惠性托育托位完成率');
    assert.equal(fig('45%').subject, '义务教育学校新改扩建完成率');
  });
  it('another city: 完工率', () => {
    const fig = figures(`${head('岳阳市')}项目名称｜计划数｜已完工｜完工率\n城市书房｜20个｜14个｜70%\n`, 'yueyang_hunan');
    assert.equal(fig('70%').subject, '城市书房完工率');
  });
  it('not a 进度 column of counts: the row\'s thing, as before', () => {
    const fig = figures(`${head('绍兴市')}项目｜目标｜进度\n养老服务综合体｜新建5个｜已建成3个\n`, 'shaoxing');
    assert.ok(!fig('3个').subject.includes('进度'), fig('3个').subject);
  });
});

describe('the hand-keyed subjects still wrong in session 13, each by a rule', () => {
  it('a class\'s size bounded, named so (小学每班不超过45人 → 小学班额（上限）); another city; not a bare 每班 with no bound', () => {
    const fig = figures(`${head('开化县')}县教育局严格控制班额，小学每班不超过45人，初中每班不超过50人。\n`, 'kaihua');
    assert.equal(fig('不超过45人').subject, '小学班额（上限）');
    assert.equal(fig('不超过50人').subject, '初中班额（上限）');
    const other = figures(`${head('宜昌市')}全市高中每班不超过55人，幼儿园每班30人。\n`, 'yichang');
    assert.equal(other('不超过55人').subject, '高中班额（上限）');
    assert.equal(other('30人').subject, '幼儿园班额');
  });
  it('the work the paragraph named, not the bare word again (失能等级评估…。完成评估5.2万人次); another city; not with none named', () => {
    const fig = figures(`${head('广州市')}失能等级评估由第三方机构开展，费用由财政承担。2025年全市共完成评估5.2万人次。\n`, 'guangzhou');
    assert.equal(fig('5.2万人次').subject, '失能等级评估');
    const other = figures(`${head('宜昌市')}今年为全区老人开展免费健康体检，共完成体检3.1万人次。\n`, 'yichang');
    assert.equal(other('3.1万人次').subject, '免费健康体检');
    const none = figures(`${head('宜昌市')}全市共完成评估1.2万人次。\n`, 'yichang');
    assert.equal(none('1.2万人次').subject, '完成评估');
  });
  it('an average per one of the total just counted (村均730万元 after 村级集体经济总收入); another; not 人均增收 with a noun of its own', () => {
    const fig = figures(`${head('吴江区')}全镇23个行政村村级集体经济总收入达到1.68亿元，村均730万元，同比增长7.4%。\n`, 'wujiang_suzhou');
    assert.match(fig('730万元').subject, /村级集体经济收入（村均）$/u);
    assert.match(fig('7.4%').subject, /村级集体经济收入（村均）同比增长$/u);
    const other = figures(`${head('宜昌市')}全县农民合作社总收入5.2亿元，社均120万元。\n`, 'yichang');
    assert.equal(other('120万元').subject, '农民合作社收入（社均）');
    const own = figures(`${head('宜昌市')}全县农民收入2万元，人均增收1200元。\n`, 'yichang');
    assert.equal(own('1200元').subject, '人均增收');
  });
  it('低于全省平均 is a comparison with the average, never cut to 平 (proposal-reply.txt); another city; 均为 still goes', () => {
    const fig = figures(`${head('扬州市')}2025年，全市托育机构平均收托率仅为56.8%，低于全省平均3.2个百分点。\n`, 'yangzhou');
    assert.ok(!fig('3.2个百分点').subject.endsWith('平'), fig('3.2个百分点').subject);
    assert.match(fig('3.2个百分点').subject, /平均$/u);
    const other = figures(`${head('宜昌市')}全市人均公园绿地面积12平方米，高于全国平均1.2平方米。各县市区覆盖率均为100%。\n`, 'yichang');
    assert.ok(!other('1.2平方米').subject.endsWith('平'), other('1.2平方米').subject);
    assert.ok(!other('100%').subject.endsWith('均'), other('100%').subject);
  });
  it('places visited, glossed with what was done there (深入全县48所学校检查校园安全); another; not a count of the inspections', () => {
    const fig = figures(`${head('开化县')}开学首日，县四套班子领导分成6个督查组，深入全县48所学校检查校园安全和开学准备。\n`, 'kaihua');
    assert.equal(fig('48所').subject, '学校（检查校园安全）');
    const other = figures(`${head('宜昌市')}市领导带队深入12家企业调研生产经营情况。\n`, 'yichang');
    assert.equal(other('12家').subject, '企业（调研生产经营情况）');
    const checks = figures(`${head('宜昌市')}今年开展安全检查120次。\n`, 'yichang');
    assert.equal(checks('120次').subject, '安全检查');
  });
  it('a sum 涉及 after a span of time is of the things counted before it, not of the span (审计: 最长闲置26个月，涉及资金392万元)', () => {
    const fig = figures(`${head('天水市')}全市8个农村互助幸福院未投入使用，最长闲置26个月，涉及资金392万元。\n`, 'tianshui');
    assert.ok(!fig('392万元').subject.startsWith('最长闲置'), fig('392万元').subject);
    const other = figures(`${head('宜昌市')}全市改造小区20个，工期6个月，惠及居民3000户。\n`, 'yichang');
    assert.equal(other('3000户').subject, '改造小区惠及居民');
  });
});

describe('a bare rate of progress is the rate of the things counted before it in its sentence (完成：2635个 完成率109.8%)', () => {
  it('the real lines: infographic.txt and inspection-notice.txt', () => {
    const fig = figures(`${head('嘉兴市')}目标：新增普惠性托位2400个 完成：2635个 完成率109.8%\n`, 'jiaxing');
    assert.equal(fig('109.8%').subject, '新增普惠性托位完成率');
    const notice = figures(`${head('常德市')}年度任务改造小区152个，已开工148个，开工率97.4%。\n`, 'changde');
    assert.equal(notice('97.4%').subject, '改造小区开工率');
  });
  it('another city: a rate sharing its verb with the count (签约…签约率) said once', () => {
    const fig = figures(`${head('金华市')}重点人群家庭医生签约38.6万人，签约率达到86.2%。\n`, 'jinhua');
    assert.equal(fig('38.6万人').subject, '重点人群家庭医生签约');
    assert.equal(fig('86.2%').subject, '重点人群家庭医生签约率');
  });
  it('not a rate of no progress (满意率 after a survey\'s count), nor of those a work reached (涉及居民): a rate of nothing named is flagged', () => {
    const fig = figures(`${head('金华市')}全市回收问卷500份，满意率95%。今年完工率达到80%。\n`, 'jinhua');
    assert.ok(!fig('95%').subject.includes('问卷'), fig('95%').subject);
    assert.equal(fig('80%').subject, '完工率');
    assert.ok(fig('80%').flags?.includes('subject_unclear'));
    // The real sentence (city-checkup.txt): 计划改造城镇老旧小区86个，涉及居民1.3万户，…11月底前完工率不低于60%.
    const checkup = figures(`${head('安庆市')}计划改造城镇老旧小区86个，涉及居民1.3万户，6月底前全部开工，11月底前完工率不低于60%。\n`, 'anqing');
    assert.ok(!checkup('不低于60%').subject.includes('居民'), checkup('不低于60%').subject);
    // Nor the rate's own work named again (已整改到位103个，整改率80.5%): no 整改到位整改率.
    const audit = figures(`${head('天水市')}审计查出的128个问题中，已整改到位103个，整改率80.5%。\n`, 'tianshui');
    assert.equal(audit('80.5%').subject, '整改率');
  });
});

describe('kinds of what a sentence opens with (从诉求类型看，咨询类212.6万件)', () => {
  it('the real sentences (hotline-report.txt): kinds past semicolons too', () => {
    const fig = figures(`${head('淄博市')}从诉求类型看，咨询类212.6万件，占43.7%；求助类148.9万件，占30.6%。\n`, 'zibo');
    assert.equal(fig('212.6万件').subject, '咨询类诉求');
    assert.equal(fig('148.9万件').subject, '求助类诉求');
  });
  it('another city: 从投诉内容来看', () => {
    const fig = figures(`${head('淄博市')}从投诉内容来看，排名前两位的依次是：物业类5.8万件，供暖类3.2万件。\n`, 'zibo');
    assert.equal(fig('3.2万件').subject, '供暖类投诉');
  });
  it('not a kind in a later sentence, nor one with no such opening', () => {
    const fig = figures(`${head('淄博市')}从诉求类型看，咨询类居多。全市建成甲类12个。\n`, 'zibo');
    assert.ok(!fig('12个').subject.endsWith('诉求'), fig('12个').subject);
  });
});

describe('parts of what was added, after 其中, are added too (新增学位2160个，其中义务教育学位1680个)', () => {
  it('the real sentence (county-news.txt): both items of the list', () => {
    const fig = figures(`${head('开化县')}今年新建、改扩建学校4所，新增学位2160个，其中义务教育学位1680个、学前教育学位480个。\n`, 'kaihua');
    assert.equal(fig('1680个').subject, '新增义务教育学位');
    assert.equal(fig('480个').subject, '新增学前教育学位');
  });
  it('another city: 新增技能人才4.3万人，其中高技能人才1.5万人', () => {
    const fig = figures(`${head('潍坊市')}全年新增技能人才4.3万人，其中高技能人才1.5万人。\n`, 'weifang');
    assert.equal(fig('1.5万人').subject, '新增高技能人才');
  });
  it('not a part with work of its own (其中失业人员再就业), nor a stock in another sentence', () => {
    const fig = figures(`${head('开化县')}新增就业3100人，其中失业人员再就业1200人。新增学位2160个。全市有义务教育学位5000个。\n`, 'kaihua');
    assert.equal(fig('1200人').subject, '失业人员再就业');
    assert.ok(!fig('5000个').subject.startsWith('新增'), fig('5000个').subject);
  });
});

describe('what one hospital or school opened adds or holds is named by it (市第一人民医院新院区建成投用，新增床位1500张)', () => {
  it('the real sentences: work-report.txt, districts.txt, county-work-report.txt', () => {
    const fig = figures(`${head('湖州市')}市第一人民医院新院区建成投用，新增床位1500张。\n`, 'huzhou');
    assert.equal(fig('1500张').subject, '第一人民医院新院区新增床位');
    assert.ok(!fig('1500张').flags?.includes('subject_unclear'));
    const school = figures(`${head('曲靖市')}宣威市第八中学新校区建成投用，可容纳学生3000人。\n`, 'qujing');
    assert.equal(school('3000人').subject, '第八中学新校区容纳学生');
  });
  it('another city: a hospital being built, then what it will add', () => {
    const fig = figures(`${head('宜昌市')}市中心医院江南院区目前在建，建成后将新增床位900张。\n`, 'yichang');
    assert.equal(fig('900张').subject, '中心医院江南院区新增床位');
  });
  it('not beds with no hospital opened in the clause before', () => {
    const fig = figures(`${head('宜昌市')}全市医疗卫生服务能力提升，新增床位700张。\n`, 'yichang');
    assert.equal(fig('700张').subject, '新增床位');
  });
});

describe('how fast (两年就) is no part of a name (呼和浩特: “三年十万大学生留呼工程”两年就完成8.4万人)', () => {
  it('the real sentence: the programme, never a fragment ending in 就', () => {
    const fig = figures(`${head('呼和浩特市')}“三年十万大学生留呼工程”两年就完成8.4万人。\n`, 'hohhot');
    assert.equal(fig('8.4万人').subject, '三年十万大学生留呼工程');
  });
  it('another city: 三个月便建成口袋公园12个', () => {
    const fig = figures(`${head('宜昌市')}全市三个月便建成口袋公园12个。\n`, 'yichang');
    assert.equal(fig('12个').subject, '口袋公园');
  });
  it('not a span that is part of the name (连续三年新增就业)', () => {
    const fig = figures(`${head('宜昌市')}全市连续三年新增就业5万人。\n`, 'yichang');
    assert.equal(fig('5万人').subject, '连续三年新增就业');
  });
});

describe('people of a community, or a part of people just counted, are theirs, never the district\'s (社区有常住居民1.1万人)', () => {
  it('the real sentences (feature-story.txt, filed under 成华区)', () => {
    const fig = figures(`${head('成都市成华区')}如今日均就餐达到260人次，其中80岁以上老人占三成。社区有常住居民1.1万人，其中60岁以上老人2870人。\n`, 'chenghua');
    assert.equal(fig('1.1万人').subject, '社区常住居民');
    assert.equal(fig('2870人').subject, '社区60岁以上老人');
    assert.equal(fig('三成').subject, '日均就餐中80岁以上老人占比');
  });
  it('another city: a village\'s people', () => {
    const fig = figures(`${head('宜昌市')}村有户籍人口2300人，其中外出务工人员860人。\n`, 'yichang');
    assert.equal(fig('2300人').subject, '村户籍人口');
    assert.equal(fig('860人').subject, '村外出务工人员');
  });
  it('not the whole district\'s people (全区有…), whose parts stay as they are', () => {
    const fig = figures(`${head('成都市成华区')}全区有常住居民95万人，其中60岁以上老人18万人。\n`, 'chenghua');
    assert.ok(!fig('95万人').subject.startsWith('社区'), fig('95万人').subject);
    assert.equal(fig('18万人').subject, '60岁以上老人');
  });
});

describe('the whole of one school or hospital is named by it (全校412名学生, after 池淮镇中心小学校长…介绍)', () => {
  it('the real sentence (county-news.txt)', () => {
    const fig = figures(`${head('开化县')}池淮镇中心小学校长程志军介绍，学校今年新建了塑胶跑道和风雨操场，全校412名学生全部实现午间在校就餐。\n`, 'kaihua');
    assert.match(fig('412名').subject, /^池淮镇中心小学学生/u);
  });
  it('another city: 全院', () => {
    const fig = figures(`${head('宜昌市')}据市第三人民医院介绍，全院1200名医护人员参加了培训。\n`, 'yichang');
    assert.match(fig('1200名').subject, /^第三人民医院/u);
  });
  it('not people of the whole county (全县…学生)', () => {
    const fig = figures(`${head('开化县')}池淮镇中心小学新建了风雨操场，全县2.6万名学生受益。\n`, 'kaihua');
    assert.ok(!fig('2.6万名').subject.startsWith('池淮镇'), fig('2.6万名').subject);
  });
});

describe('a school built by someone, and people\'s per-head amount, named by whose they are (paired-assistance.txt)', () => {
  it('the real sentences: 鄞州区援建的册亨县甬册实验学校…可容纳学生1500名; 黔西南籍务工人员…人均月收入超过5200元', () => {
    const fig = figures(`${head('宁波市')}其中，鄞州区援建的册亨县甬册实验学校9月建成开学，可容纳学生1500名。截至11月底，在甬稳定就业的黔西南籍务工人员达到5.7万人，人均月收入超过5200元。\n`, 'ningbo');
    assert.equal(fig('1500名').subject, '甬册实验学校容纳学生');
    assert.equal(fig('超过5200元').subject, '黔西南籍务工人员人均月收入');
  });
  it('another city: 援建的…医院…投用, 外出务工人员…人均年收入', () => {
    const fig = figures(`${head('宜昌市')}对口援建的巴东县民族医院新院区投入使用，新增床位300张。全县外出务工人员12万人，人均年收入4.2万元。\n`, 'yichang');
    assert.equal(fig('300张').subject, '民族医院新院区新增床位');
    assert.equal(fig('4.2万元').subject, '外出务工人员人均年收入');
  });
  it('not a per-head amount after a count of work done (城镇新增就业3.2万人，人均可支配收入5万元)', () => {
    const fig = figures(`${head('宁波市')}全市城镇新增就业3.2万人，人均可支配收入5万元。\n`, 'ningbo');
    assert.equal(fig('5万元').subject, '人均可支配收入');
  });
});
