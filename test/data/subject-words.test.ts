/**
 * Subjects a reader sees as table rows and chart labels (QA s14, 2): what was counted, not a
 * fragment of its clause. Each rule on the seed's real sentence, on sentences of other cities
 * and styles, and on one where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures } from './figures.ts';
import { headingNamed, ofAbbreviatedPlaces, oldCompounds, subjectUnclear, tailOf } from '../../src/data/subject-words.ts';
import { clauseBefore } from '../../src/data/sentences.ts';

const article = (body: string, region: string, date = '2025-06-30', title = '民生实事工作进展') => figures(`${title}\n发布时间：${date}\n${body}\n`, region);
const flags = (o: { flags?: readonly string[] }) => o.flags ?? [];

describe('the people of a school named right before them: 职高77名考生', () => {
  it('武陵源\'s real sentence: the vocational school\'s candidates, not all candidates', () => {
    const fig = article('2024年,全区普高本科上线率81.42%,双一流以上学校上线51人;职高77名考生44人考上本科院校,对口升学本科上线率57.2%。', 'wulingyuan', '2025-01-20');
    assert.equal(fig('77名').subject, '职高考生');
  });
  it('…and the people counted right after them are of that set: 职高考生考上本科院校', () => {
    const fig = article('2024年,全区普高本科上线率81.42%,双一流以上学校上线51人;职高77名考生44人考上本科院校,对口升学本科上线率57.2%。', 'wulingyuan', '2025-01-20');
    assert.equal(fig('44人').subject, '职高考生考上本科院校');
    // Another city's: 报名的60名学员52人取得证书.
    assert.equal(article('今年，报名的60名学员52人取得证书。', 'yichang', '2025-07-20')('52人').subject, '学员取得证书');
  });
  // A QA helper's made-up sentence: the set's noun said before the figure, what they did after it.
  it('…when only what they did follows: 1200名应届毕业生980人实现就业 counts the graduates employed', () => {
    const fig = article('今年全市1200名应届毕业生980人实现就业。', 'jingzhou_hubei', '2025-10-20');
    assert.equal(fig('1200名').subject, '应届毕业生');
    assert.equal(fig('980人').subject, '应届毕业生实现就业');
    // Other cities' words: 中 after the set, and a school's pupils going on to study.
    assert.equal(article('全县356名脱贫劳动力中298人实现稳定就业。', 'yichang', '2025-07-20')('298人').subject, '脱贫劳动力实现稳定就业');
    assert.equal(article('该校今年180名毕业生176人顺利升学。', 'yichang', '2025-07-20')('176人').subject, '毕业生顺利升学');
  });
  it('…not when a clause lies between (培训1200名农民工，980人取得证书)', () => {
    const fig = article('培训1200名农民工，980人取得证书。', 'yichang', '2025-07-20');
    assert.equal(fig('980人').subject, '取得证书');
  });
  it('…but not people of another clause (招聘教师120名，女教师85人)', () => {
    const fig = article('全县招聘教师120名，女教师85人。', 'yichang', '2025-07-20');
    assert.equal(fig('85人').subject, '女教师');
  });
  it('张家口\'s: 来自全县13个乡镇小学的400余名学生', () => {
    const fig = article('当康保县寄宿制学校顺安小学落成投用后,来自全县13个乡镇小学的400余名学生全部实现进城上学。', 'kangbao', '2025-12-22');
    // (What they did, after them in their clause, is glossed since QA s12 A2: 乡镇小学学生 → …（实现进城上学）.)
    assert.equal(fig('400余名').subject, '乡镇小学学生（实现进城上学）');
  });
  it('another city\'s: 农村小学860名教师完成轮训', () => {
    const fig = article('今年，农村小学860名教师完成轮训。', '330500');
    // (QA s12 A2: 农村小学教师 → 农村小学教师（完成轮训）: those trained, not all of them.)
    assert.equal(fig('860名').subject, '农村小学教师（完成轮训）');
  });
  it('not the last school of a list (中小学、幼儿园的2.6万余名学生), nor a place (辖区1200名学生)', () => {
    const fig = article('9月1日，开化县48所中小学、幼儿园的2.6万余名学生迎来新学期。辖区1200名学生参加体检。', '330824', '2025-09-01');
    assert.equal(fig('2.6万余名').subject, '学生');
    assert.equal(fig('1200名').subject, '学生');
  });
});

describe('how work was done is no part of what it counted: 品牌招聘活动热力开展', () => {
  it('武陵源\'s real sentence', () => {
    const fig = article('四年间,超12场次品牌招聘活动热力开展,促成1200余人次就业意向达成。', 'wulingyuan', '2025-01-20');
    assert.equal(fig('超12场次').subject, '品牌招聘活动');
  });
  it('another city\'s: 30余场技能培训活动广泛开展', () => {
    const fig = article('今年以来，全市30余场技能培训活动广泛开展。', '330500');
    assert.equal(fig('30余场').subject, '技能培训活动');
  });
  it('not a noun that ends so (5家热力公司开展…): 热力 is heating there', () => {
    const fig = article('今年以来，全市5家热力公司开展管网改造。', '330500');
    assert.equal(fig('5家').subject, '热力公司');
  });
});

describe('a place\'s share of the wider region\'s total, named by that region: 占我区31.8%', () => {
  it('呼和浩特\'s real sentence: 我区 is 内蒙古自治区, and the share is its own indicator', () => {
    const fig = article('举办各类招聘活动230场,新增城镇就业6.1万人,占我区31.8%,农村劳动力转移就业37.6万人。', 'hohhot');
    assert.equal(fig('31.8%').subject, '新增城镇就业占内蒙古自治区比重');
    assert.ok(fig('31.8%').indicator.endsWith('.share_of_wider_region'), fig('31.8%').indicator);
  });
  it('another autonomous region\'s city (南宁市, 占全区的18%), and a district of a prefecture (成华区, 占全市)', () => {
    const nanning = article('全市城镇新增就业5.2万人，占全区的18%。', '450100');
    assert.equal(nanning('18%').subject, '城镇新增就业占广西壮族自治区比重');
    const chenghua = article('全区城镇新增就业1.1万人，占全市新增总数的4.6%。', '510108');
    assert.equal(chenghua('4.6%').subject, '城镇新增就业占成都市新增总数');
  });
  it('not a share of another whole (民生支出占一般公共预算支出), nor 全区 of a province\'s city, nor a county-level city\'s own 全市', () => {
    const budget = article('全市民生支出186.2亿元，占一般公共预算支出的76.8%。', '330500');
    assert.ok(budget('76.8%').indicator.endsWith('.share'), budget('76.8%').indicator);
    const huzhou = article('全市城镇新增就业3.1万人，占全区的15%。', '330500');
    assert.ok(huzhou('15%').indicator.endsWith('.share'), huzhou('15%').indicator);
    const chongzhou = article('崇州市城镇新增就业5800人，占全市的20%。', '510184');
    assert.ok(chongzhou('20%').indicator.endsWith('.share'), chongzhou('20%').indicator);
  });
});

describe('short words listed with 、 share the object counted: 新建、改建…学校24所, 市、县防贫中心17个', () => {
  it('张家口\'s and 石家庄\'s real sentences: both verbs, both levels, and no doubt flagged', () => {
    const zjk = article('全市累计筹措资金近6亿元,新建、改建高标准城镇寄宿制学校24所,总面积24.7万平方米。', 'zhangjiakou', '2025-12-22');
    assert.equal(zjk('24所').subject, '新建、改建高标准城镇寄宿制学校');
    assert.deepEqual(flags(zjk('24所')), []);
    const sjz = article('组建市、县防贫中心17个,乡镇防贫工作站195个,村防贫站点3951个。', 'shijiazhuang', '2022-08-11');
    assert.equal(sjz('17个').subject, '市、县防贫中心');
    assert.deepEqual(flags(sjz('17个')), []);
  });
  it('another city\'s: 新建、改造农贸市场5个', () => {
    const fig = article('今年，全区新建、改造农贸市场5个。', '510108');
    assert.equal(fig('5个').subject, '新建、改造农贸市场');
  });
  it('not an item with a figure of its own (新建学校12所、幼儿园8所: the list\'s verb only, session 14), nor places listed', () => {
    const fig = article('今年，全市新建学校12所、幼儿园8所。如皋市、海门区的社区养老服务站分别建成16个、12个。', '320600');
    assert.equal(fig('8所').subject, '新建幼儿园');
    assert.ok(!fig('16个').subject.includes('如皋市'), fig('16个').subject);
  });
});

describe('a sum with no purpose of its own is named by what the clause after it built', () => {
  it('张家口\'s real sentences: 筹措资金近6亿元,新建、改建…学校24所; 投入3000余万元,建成82个研学实践基地', () => {
    const fig = article('全市累计筹措资金近6亿元,新建、改建高标准城镇寄宿制学校24所。全市累计投入3000余万元,建成82个研学实践基地。', 'zhangjiakou', '2025-12-22');
    assert.equal(fig('近6亿元').subject, '高标准城镇寄宿制学校筹措资金');
    assert.deepEqual(flags(fig('近6亿元')), []);
    assert.equal(fig('3000余万元').subject, '研学实践基地投入');
  });
  it('another city\'s: 累计筹集资金8000万元，建成15个社区食堂', () => {
    const fig = article('全区累计筹集资金8000万元，建成15个社区食堂。', '510108');
    assert.equal(fig('8000万元').subject, '社区食堂筹集资金');
  });
  it('not a sum followed by what it did for people (惠及), nor one its spender names (市本级财政每年投入)', () => {
    const fig = article('全市投入2000万元，惠及群众3万人。市本级财政每年投入1000万元合作开展名师培养工程。', '330500');
    assert.equal(fig('2000万元').subject, '投入');
    assert.equal(fig('1000万元').subject, '市本级财政投入');
  });
});

describe('things named again by their head noun are the things just named: 31个项目已完工', () => {
  it('石家庄\'s real sentence: the school projects, those completed', () => {
    const fig = article('截至目前，今年计划建设的13个公办幼儿园新改扩建项目全部开工，9所已完成主体建设；109所义务教育学校新改扩建项目进展顺利，31个项目已完工。', 'shijiazhuang', '2022-08-11');
    assert.equal(fig('31个').subject, '义务教育学校新改扩建项目（已完工）');
    assert.deepEqual(flags(fig('31个')), []);
    // A long name of building work is still a clear one.
    assert.deepEqual(flags(fig('109所')), []);
  });
  it('another city\'s: 改造老旧小区56个，其中32个小区已完工', () => {
    const fig = article('今年改造老旧小区56个，其中32个小区已完工。', '330500');
    assert.equal(fig('32个').subject, '改造老旧小区（已完工）');
  });
  it('not a noun the figure before did not end with (新建幼儿园12所，8所学校已开工)', () => {
    const fig = article('今年新建幼儿园12所，8所学校已开工。', '330500');
    assert.equal(fig('8所').subject, '学校');
  });
});

describe('organisations counted with what of theirs was brought together: 50余家单位资源', () => {
  it('张家口\'s real sentence: the agencies, their resources integrated', () => {
    const fig = article('“幸福张家口”APP自2021年10月上线以来,已整合人社、医保、公积金、不动产等50余家单位资源,上线服务450余项。', 'zhangjiakou', '2025-12-22');
    assert.equal(fig('50余家').subject, '单位（整合资源）');
  });
  it('another city\'s: 平台已接入公安、民政等32家部门数据', () => {
    const fig = article('“浙里办”平台已接入公安、民政等32家部门数据。', '330500');
    assert.equal(fig('32家').subject, '部门（接入数据）');
  });
  it('not organisations alone (引进30家企业)', () => {
    const fig = article('今年全市引进30家企业。', '330500');
    assert.equal(fig('30家').subject, '企业');
  });
});

describe('a noun, the work it went through, then when: 11个行政村搬迁前后的样貌', () => {
  it('another city\'s: 5个社区改造后的变化 counts the communities renovated, not 变化', () => {
    const fig = article('记者走访了夷陵区5个社区改造后的变化。', '420500');
    // (走访: a reporter's sample of them, QA s12b A3; no longer filed with the communities renovated.)
    assert.equal(fig('5个').subject, '走访改造社区');
  });
  it('not a noun with no work before 前 or 后 (3个社区门前)', () => {
    const fig = article('全区在3个社区门前设置了便民摊点。', '510108');
    assert.ok(!fig('3个').subject.startsWith('门'), fig('3个').subject);
  });
});

describe('what the things counted did, after them (and the rest of their 、 list): 100余名新就业形态劳动者加入工会', () => {
  it('石家庄\'s real sentence: a standard after a list is met by every item of it (QA s12 A1)', () => {
    const fig = article('累计建成了15家社区医院,27所乡级基层卫生医疗机构达到服务基层行推荐标准,3972所村卫生室、168所社区卫生服务站达到基本标准,基层医疗卫生服务能力跃上了新台阶。', 'shijiazhuang', '2022-08-11');
    assert.equal(fig('3972所').subject, '村卫生室（达到基本标准）');
    assert.equal(fig('168所').subject, '社区卫生服务站（达到基本标准）');
    assert.equal(fig('27所').subject, '乡级基层卫生医疗机构（达到推荐标准）');
  });
  it('the seeds\' real sentences (QA s12 A2): joined, rehabilitated, rehoused', () => {
    assert.equal(article('2021年以来,100余名新就业形态劳动者加入工会,“新职圈”权益得以保障。', 'wulingyuan', '2025-01-20')('100余名').subject, '新就业形态劳动者（加入工会）');
    const zjk = article('2017年以来,全市上千个“空心村”逐步完成治理任务,建成集中安置区150余个,十余万群众搬进“新家园”,居住环境得到极大改善。', 'zhangjiakou', '2025-12-22');
    assert.equal(zjk('上千个').subject, '空心村（完成治理）');
    assert.equal(zjk('十余万').subject, '群众（搬进新家园）');
    assert.equal(article('全市建成交付棚户区改造安置房近万套,助力数万居民实现“出棚进楼”的幸福跨越。', 'zhangjiakou', '2025-12-22')('数万').subject, '居民（实现出棚进楼）');
  });
  it('other cities and styles: 入住, 享受 a benefit named, 完成了 a list\'s shared work', () => {
    assert.equal(article('截至6月底，全区1200户搬迁群众顺利入住安置小区。', '510108')('1200户').subject, '搬迁群众（入住安置小区）');
    assert.equal(article('今年以来，3.2万名老年人享受到了“助餐服务”的实惠。', '330500')('3.2万名').subject, '老年人（享受助餐服务）');
    const listed = article('目前，12个社区、35个村均完成了垃圾分类示范创建任务。', '330824');
    assert.equal(listed('12个').subject, '社区（完成垃圾分类示范创建）');
    assert.equal(listed('35个').subject, '村（完成垃圾分类示范创建）');
  });
  it('a benefit only pointed back to (享受到这一政策红利) is a guess what: flagged, as 晋中\'s 862户家庭', () => {
    const fig = article('截至2024年秋季学期结束,全市已有862户家庭、1239名幼儿享受到这一政策红利。', 'jinzhong', '2025-01-31');
    assert.ok(flags(fig('862户')).includes('subject_unclear'));
    assert.ok(flags(fig('1239名')).includes('subject_unclear'));
  });
  it('not an item with its own predicate, nor one before the clause\'s end, nor the things of a figure between', () => {
    const own = article('今年，20个村卫生室完成标准化改造、15个社区卫生服务站达到基本标准，8个卫生院已达标。', '330500');
    assert.equal(own('20个').subject, '村卫生室（完成标准化改造）');
    // …nor is it filed under the standard the next item met.
    assert.notEqual(own('20个').indicator.split('.')[0], 'village_clinics_up_to_standard');
    assert.equal(own('15个').subject, '社区卫生服务站（达到基本标准）');
    const before = article('全县新建养老驿站30个，120名老人实现就近养老。', '330824');
    assert.ok(!before('30个').subject.includes('实现'), before('30个').subject);
    const between = article('来自全县13个乡镇小学的400余名学生全部实现进城上学。', 'kangbao', '2025-12-22');
    assert.ok(!between('13个').subject.includes('实现'), between('13个').subject);
    // Nor the year's task, which names no work (九件提前完成年度任务).
    assert.ok(!article('十件实事中已有九件提前完成年度任务。', '330500')('九件').subject.includes('（'));
    // A figure of speech glosses nothing: 呼和浩特's 309个老旧小区完成华丽变身 are the work the lexicon counts, said so
    // (老旧小区改造), never 老旧小区 alone, a stock (QA s13 B1).
    assert.equal(article('2023年,全市309个老旧小区完成华丽变身,改造老旧燃气管网139公里。', 'hohhot')('309个').subject, '老旧小区改造');
    // Not things the lexicon does not know: their own words, no gloss of the metaphor.
    assert.equal(article('2023年,全市12个菜市场实现华丽蝶变。', 'hohhot')('12个').subject, '菜市场');
    assert.equal(article('全区12个老旧厂房实现蝶变。', '330500')('12个').subject.includes('蝶变'), false);
    // A verb that is no such predicate (迎来) leaves the noun alone.
    assert.equal(article('9月1日，辖区1200名学生迎来新学期。', '330824', '2025-09-01')('1200名').subject, '学生');
  });
});

describe('the work done on the things counted names them: 对80所寄宿学校进行改造, 3964户…的居家适老化改造任务', () => {
  it('晋中\'s real sentence: 对…进行改造, as 对…实施改造 (QA s12 A2)', () => {
    const fig = article('其中,义务教育新改扩建学校26所,对80所寄宿学校进行改造,对253所学校实施薄改工程,全面提升办学条件。', 'jinzhong', '2025-01-31');
    assert.equal(fig('80所').subject, '寄宿学校改造');
  });
  it('other cities: 对…开展综合整治, 为…进行体检', () => {
    const fig = article('今年，对120个老旧小区开展综合整治。为500名老人进行体检。', '330500');
    assert.equal(fig('120个').subject, '老旧小区综合整治');
    assert.equal(fig('500名').subject, '老人体检');
  });
  it('石家庄\'s real sentence: the work for 3964 households of elderly people (QA s12 A2)', () => {
    const fig = article('2022年,石家庄市在全市范围内陆续安装建设3500张家庭养老床位,完成3964户特殊困难老人的居家适老化改造任务,极大地缓解了城乡家庭养老的难处。', 'shijiazhuang', '2022-08-11');
    assert.equal(fig('3964户').subject, '特殊困难老人家庭居家适老化改造');
    assert.equal(fig('3964户').indicator, 'aging_friendly_renovations');
  });
  it('other cities: 户…的住房修缮任务, 个…的雨污分流改造 (no 家庭 for things)', () => {
    const fig = article('今年，完成500户低保老人的住房修缮任务，完成28个老旧小区的雨污分流改造。', '330500');
    assert.equal(fig('500户').subject, '低保老人家庭住房修缮');
    assert.equal(fig('28个').subject, '老旧小区雨污分流改造');
  });
  it('not a frame or a thing after 的 (645个老旧小区的基础上, 767个一体化管理的村卫生室), nor 进行 with no 对 or 为', () => {
    const fig = article('在645个老旧小区的基础上，今年改造956个。对40个社区卫生服务中心、767个一体化管理的村卫生室同步进行了建设。80所寄宿学校进行改造。', '330500');
    assert.equal(fig('645个').subject, '老旧小区');
    // (对…进行了建设: the work done on each item of the list, WORKED_LIST_BEFORE; the attribute stays a gloss.)
    assert.equal(fig('767个').subject, '村卫生室建设（一体化管理）');
    assert.equal(fig('80所').subject, '寄宿学校');
  });
});

describe('work with nothing it was done on (已完成1759户改造任务) names no thing: flagged', () => {
  it('晋中\'s real sentence (QA s12 A2)', () => {
    const fig = article('“十四五”期间,我市高度重视农村危房改造这一民生工程。\n截至目前,已完成1759户改造任务,让更多群众告别“忧居”,喜迎“安居”。', 'jinzhong', '2025-01-31');
    assert.equal(fig('1759户').subject, '改造任务');
    assert.ok(flags(fig('1759户')).includes('subject_unclear'));
  });
  it('another city: 已完成改造工程30个; not when the work is named (农村危房改造任务1759户)', () => {
    const fig = article('截至目前，已完成改造工程30个。全年完成农村危房改造任务1759户。', '330500');
    assert.ok(flags(fig('30个')).includes('subject_unclear'));
    assert.ok(!flags(fig('1759户')).includes('subject_unclear'));
  });
});

describe('how far the figure before is above or below an average: 高于全省平均水平16.16个百分点', () => {
  it('晋中\'s real sentence: of 住院人次占比 (QA s12 A2)', () => {
    const fig = article('“2024年,晋中市县域内就诊率达96.95%,住院人次占比65.32%,高于全省平均水平16.16个百分点。”', 'jinzhong', '2025-01-31');
    assert.equal(fig('16.16个百分点').subject, '住院人次占比高于全省平均水平');
    assert.equal(fig('16.16个百分点').indicator, `${fig('65.32%').indicator}.above_average`);
  });
  it('another city: 低于全省平均水平; not a standard (高于国家标准), which is no average', () => {
    const fig = article('今年，城镇登记失业率2.8%，低于全省平均水平0.5个百分点。空气优良率85%，高于国家标准20个百分点。', '330500');
    assert.equal(fig('0.5个百分点').subject, '城镇登记失业率低于全省平均水平');
    assert.ok(fig('0.5个百分点').indicator.endsWith('.below_average'));
    assert.ok(!fig('20个百分点').indicator.endsWith('_average'));
  });
});

describe('things a network covers are counted as covered, never as all there are: 覆盖242个乡镇卫生院的紧密型县域医共体', () => {
  it('张家口\'s real sentence (QA s12 C8)', () => {
    const fig = article('截至目前,全市14个县区已组建了覆盖242个乡镇卫生院(社区卫生服务中心)的紧密型县域医共体。', 'zhangjiakou', '2025-12-22');
    assert.equal(fig('242个').subject, '乡镇卫生院（紧密型县域医共体覆盖）');
    assert.notEqual(fig('242个').indicator, 'township_health_centres');
  });
  it('another city: 覆盖86个小区的智慧安防网络', () => {
    const fig = article('今年，建成覆盖86个小区的智慧安防网络。', '330500');
    assert.equal(fig('86个').subject, '小区（智慧安防网络覆盖）');
  });
  it('not a stock (全市共有乡镇卫生院250个), nor 覆盖 with nothing after its noun', () => {
    const fig = article('全市共有乡镇卫生院250个。医保定点覆盖120个乡镇卫生院。', 'zhangjiakou', '2025-12-22');
    assert.equal(fig('250个').indicator, 'township_health_centres');
    assert.equal(fig('120个').subject, '乡镇卫生院');
  });
});

describe('work done on things that stood keeps its verb: 改造提升了645个老旧小区, 改造老旧燃气管网139公里 (QA s12b A1, A2)', () => {
  it('石家庄\'s and 呼和浩特\'s real sentences', () => {
    const sjz = article('在2021年改造提升了645个老旧小区的基础上,今年全市共计改造956个老旧小区,涉及21个县(市、区)。', 'shijiazhuang', '2022-08-11');
    assert.equal(sjz('645个').subject, '改造提升老旧小区');
    assert.equal(sjz('645个').indicator, 'old_compounds_renovated');
    assert.equal(sjz('956个').subject, '改造老旧小区');
    const hhht = article('2023年,我市还实施棚户区改造7个,改造老旧燃气管网139公里,在全国80个大城市生活垃圾分类考核中位列第10位。', 'hohhot', '2024-03-01');
    assert.equal(hhht('139公里').subject, '改造老旧燃气管网');
    assert.deepEqual(flags(hhht('139公里')), []);
  });
  it('other cities and styles: 更换, 维修, 惠及, 新建和改造提升', () => {
    const fig = article('今年更换老旧电梯30部，维修了38座人行天桥，惠及2.4万名困难群众。新建和改造提升菜市场12个。', '330500');
    assert.equal(fig('30部').subject, '更换老旧电梯');
    assert.equal(fig('38座').subject, '维修人行天桥');
    assert.equal(fig('2.4万名').subject, '惠及困难群众');
    assert.equal(fig('12个').subject, '新建和改造提升菜市场');
  });
  it('not new things, nor a level (建成12个口袋公园, 满意度提升至86%)', () => {
    const fig = article('全年建成12个口袋公园，居民满意度提升至86%。', '330500');
    assert.equal(fig('12个').subject, '口袋公园');
    assert.ok(!fig('86%').subject.includes('改造'));
  });
});

describe('each item of a list 对 opens is named with the work done on it: 对40个…、74个…同步进行了建设 (QA s12b A1)', () => {
  it('呼和浩特\'s real sentence', () => {
    const fig = article('去年以来,我市对40个社区卫生服务中心、74个乡镇卫生院、767个一体化管理的村卫生室同步进行了建设,为全市乡镇卫生院配备了先进医疗设备。', 'hohhot', '2024-03-01');
    assert.equal(fig('40个').subject, '社区卫生服务中心建设');
    assert.equal(fig('74个').subject, '乡镇卫生院建设');
    assert.equal(fig('767个').subject, '村卫生室建设（一体化管理）');
  });
  it('another city: 对12所中学、30所小学实施了提升改造', () => {
    const fig = article('今年，全区对12所中学、30所小学实施了提升改造。', '330500');
    assert.equal(fig('12所').subject, '中学提升改造');
    assert.equal(fig('30所').subject, '小学提升改造');
  });
  it('not without 对: 12所中学、30所小学进行了提升改造 keep their nouns', () => {
    const fig = article('今年，全区12所中学、30所小学进行了提升改造。', '330500');
    assert.ok(!fig('30所').subject.includes('改造'), fig('30所').subject);
  });
});

describe('those of things just counted in a state of work: 其中6家已竣工试营业 (QA s12b A1)', () => {
  it('石家庄\'s real sentence: opened, of 15 and of 5 being built or renovated', () => {
    const fig = article('截至目前,新建和改造提升15家便民市场已全部开工建设,其中6家已竣工试营业,9家正在加紧施工;5家社区便民服务中心全部开工建设,其中1家已竣工试营业。', 'shijiazhuang', '2022-08-11');
    assert.equal(fig('6家').subject, '新建和改造提升便民市场（已竣工试营业）');
    assert.equal(fig('9家').subject, '新建和改造提升便民市场');
    assert.equal(fig('1家').subject, '社区便民服务中心（已竣工试营业）');
  });
  it('another city: 20个口袋公园开工，其中8个已建成开放', () => {
    const fig = article('今年全市20个口袋公园全部开工，其中8个已建成开放，12个正在施工。', '330500');
    assert.equal(fig('8个').subject, '口袋公园（已建成开放）');
    assert.equal(fig('12个').subject, '口袋公园');
  });
});

describe('things a reporter or inspector visited are a sample, another measure than the work done (QA s12b A3)', () => {
  it('孝感\'s real sentences: 暗访城区5家农贸市场 and 提档升级…已完成9家 are two indicators; 5所小学门口蹲点', () => {
    const fig = article('（短片）5月下旬，问政记者暗访城区5家农贸市场，发现3处问题：有的市场地面污水横流。\n（短片）5月下旬，记者在孝南区5所小学门口蹲点，共发现拥堵点3处。\n6月下旬，栏目组开展“回头看”。承诺提档升级的12家农贸市场已完成9家。', 'xiaogan', '2025-07-02');
    assert.equal(fig('5家').subject, '暗访农贸市场');
    assert.equal(fig('9家').subject, '提档升级农贸市场（已完成）');
    assert.notEqual(fig('5家').indicator, fig('9家').indicator);
    assert.equal(fig('5所').subject, '小学（蹲点）');
    // What the visit found is counted, not visited.
    assert.ok(!fig('3处').subject.startsWith('暗访'), fig('3处').subject);
  });
  it('other cities and styles: 走访, 巡查, 抽检', () => {
    const fig = article('市场监管部门巡查了全区46家药店，抽检食品批次320批。调研组走访12个村。', '330500');
    assert.equal(fig('46家').subject, '巡查药店');
    assert.equal(fig('12个').subject, '走访村');
  });
  it('not work done on things, nor things counted with no visit (新建农贸市场5家, 全市共有农贸市场86家)', () => {
    const fig = article('今年新建农贸市场5家，全市共有农贸市场86家。', '330500');
    assert.ok(!/访|巡|蹲/u.test(fig('5家').subject + fig('86家').subject));
  });
});

describe('row names that were fragments name what was counted, or are flagged (QA s12b B2, B5)', () => {
  it('孝感\'s real sentences: 满意率 from 节目现场的68.5% to 86.0%, 交警支队满意率, 违法行为', () => {
    const fig = article('节目最后，200名市民代表通过电子表决器进行满意度测评。参与问政单位的平均满意率为68.5%，其中市民政局满意率最低，为56.0%，市公安局交警支队最高，为79.5%。\n今年以来，全市共检查农贸市场1460家次，立案查处违法行为32起。\n栏目组随机回访群众150人，满意率由节目现场的68.5%提高到86.0%。', 'xiaogan', '2025-07-02');
    // The follow-up's rate, after the people it reached (满意率 → 回访满意率); the night's rate said again
    // as the level it rose from is the night's measure.
    assert.equal(fig('86.0%').subject, '回访满意率');
    assert.equal(fig('68.5%', 2).indicator, fig('68.5%').indicator);
    assert.equal(fig('79.5%').subject, '市公安局交警支队满意率');
    assert.equal(fig('32起').subject, '立案查处违法行为');
  });
  it('the seeds\' sentences: 总面积 of the schools, 投入…用于, 各类业务 and 报名参加学生 flagged', () => {
    const zjk = article('全市累计筹措资金近6亿元,新建、改建高标准城镇寄宿制学校24所,总面积24.7万平方米。', 'zhangjiakou', '2025-12-22');
    assert.equal(zjk('24.7万平方米').subject, '高标准城镇寄宿制学校总面积');
    const hhht = article('截至目前,我市累计投入两亿元用于养老事业硬件建设,全市共有养老机构39个。', 'hohhot', '2024-03-01');
    assert.equal(hhht('两亿元').subject, '养老事业硬件建设资金');
    const jz = article('据悉,截至目前,我市已累计办结各类业务63.89万件,服务群众41.82万人(次)。', 'jinzhong', '2025-01-31');
    assert.ok(flags(jz('63.89万件')).includes('subject_unclear'));
    const sjz = article('我市还在全省率先开展小学生暑假免费托管服务试点工作,报名参加学生达到13035人次。', 'shijiazhuang', '2022-08-11');
    assert.ok(flags(sjz('13035人次')).includes('subject_unclear'));
  });
  it('other cities and styles: 占地面积 of the parks, 区卫健委 after 区民政局满意率, 不文明行为', () => {
    const fig = article('今年建成口袋公园15个，占地面积3.2万平方米。区民政局群众满意度为91.2%，区卫健委为88.7%。劝导不文明行为1200起。', '330500');
    assert.equal(fig('3.2万平方米').subject, '口袋公园占地面积');
    assert.equal(fig('88.7%').subject, '区卫健委群众满意度');
    assert.equal(fig('1200起').subject, '劝导不文明行为');
  });
  it('not a measure with a thing of its own, nor a body after a figure of another unit (绿地面积, 市民政局 12个)', () => {
    const fig = article('今年建成口袋公园15个，新增绿地面积3.2万平方米。市民政局满意率为91.2%，市卫健委新建社区医院12个。', '330500');
    assert.equal(fig('3.2万平方米').subject.includes('口袋公园'), false);
    assert.ok(!fig('12个').subject.includes('满意率'), fig('12个').subject);
  });
});

describe('a place alone after another place\'s figure is measured as it was (QA s12b B6: 亭湖区 88.2%)', () => {
  it('盐城\'s real sentence: 亭湖区最低，为88.2% is 总体满意度, filed with 东台市\'s and 建湖县\'s', () => {
    const fig = article('分县（市、区）看，东台市、建湖县总体满意度分别为94.1%、93.5%，位列前两位；亭湖区最低，为88.2%，比全市平均水平低3.4个百分点。', '320900', '2026-01-20');
    assert.equal(fig('88.2%').subject, '总体满意度');
    assert.equal(fig('88.2%').indicator, fig('94.1%').indicator);
  });
  it('another city: 鄞州区最高，为97.3%', () => {
    const fig = article('各区县中，海曙区垃圾分类达标率为95.1%，鄞州区最高，为97.3%。', '330200');
    assert.equal(fig('97.3%').subject, fig('95.1%').subject);
  });
  it('not across sentences, nor another unit (鄞州区 12个 after a rate)', () => {
    const fig = article('海曙区垃圾分类达标率为95.1%。鄞州区新建口袋公园12个。', '330200');
    assert.ok(!fig('12个').subject.includes('达标率'), fig('12个').subject);
  });
});

describe('who visited where names no thing: flagged; what rose for the members of a set names them (QA s12b B5, B7)', () => {
  it('孝感\'s and 盐城\'s real sentences', () => {
    const tv = article('（短片）5月中旬，问政记者暗访孝南区3个2024年已完工的改造小区，发现屋面渗漏等问题11处。', 'xiaogan', '2025-07-02');
    assert.ok(flags(tv('3个')).includes('subject_unclear'), tv('3个').subject);
    // 十大项目中有8个…: the set's members, named with what rose for them (broadcast-and-survey.test.ts).
    const survey = article('十大项目中有8个满意度提高，其中老年助餐服务提高幅度最大。', '320900', '2026-01-20');
    assert.equal(survey('8个').subject, '项目（满意度提高）');
    assert.ok(!flags(survey('8个')).includes('subject_unclear'));
  });
  it('another city: 调研组走访海曙区5个…; not a rate that fell (投诉信件下降了20.88%), nor things visited named (暗访农贸市场)', () => {
    const fig = article('调研组走访海曙区5个2023年建成的口袋公园。与去年同期相比，投诉信件下降了20.88%。记者暗访城区5家农贸市场。', '330200');
    assert.ok(flags(fig('5个')).includes('subject_unclear'), fig('5个').subject);
    assert.deepEqual(flags(fig('20.88%')).filter((f) => f === 'subject_unclear'), []);
    assert.deepEqual(flags(fig('5家')).filter((f) => f === 'subject_unclear'), []);
  });
});

describe('a bare word for anything (问题, 事项, 情况) names no thing: flagged (QA s12b B5: 问题 3处 twice)', () => {
  it('孝感\'s real sentence, and an audit\'s', () => {
    const tv = article('（短片）5月下旬，问政记者暗访城区5家农贸市场，发现3处问题：有的市场地面污水横流。', 'xiaogan', '2025-07-02');
    assert.ok(flags(tv('3处')).includes('subject_unclear'));
    const audit = article('审计查出的128个问题中，已整改到位103个，整改率80.5%。', '330500');
    assert.ok(flags(audit('128个')).includes('subject_unclear'));
  });
  it('not when the word is named (群众诉求事项, 质量问题)', () => {
    const fig = article('全年办结群众诉求事项2.3万件，整改质量问题46处。', '330500');
    assert.ok(!flags(fig('2.3万件')).includes('subject_unclear'), fig('2.3万件').subject);
    assert.ok(!flags(fig('46处')).includes('subject_unclear'), fig('46处').subject);
  });
});

describe('a bare verb of a state reached counts the things in that state: 目前已建成投用81个', () => {
  it('石家庄\'s real sentence (seed 004): 球类运动场地（建成投用）', () => {
    const fig = article('今年计划建设200个以上的球类运动场地,目前已建成投用81个。', 'shijiazhuang', '2022-08-11');
    assert.equal(fig('81个').subject, '球类运动场地（建成投用）');
    assert.equal(fig('200个以上').subject, '球类运动场地');
  });
  it('another city\'s: 计划建设球类运动场地150个，截至目前已竣工96个', () => {
    const fig = article('今年全市计划建设球类运动场地150个，截至目前已竣工96个。', 'yichang', '2025-08-11');
    assert.equal(fig('96个').subject, '球类运动场地（竣工）');
  });
  it('…but not a name that says the work (新建幼儿园), nor work begun (已开工)', () => {
    const fig = article('计划新建幼儿园29所，已建成20所。', 'yichang', '2025-08-11');
    assert.equal(fig('20所').subject, '新建幼儿园');
    const begun = article('今年计划建设球类运动场地100个，已开工60个。', 'yichang', '2025-08-11');
    assert.doesNotMatch(begun('60个').subject, /（建成|（竣工/u);
  });
});

describe('a price in speech: how little is the speaker\'s tone, not the name (一荤两素才十二块钱)', () => {
  it('芜湖\'s sound bite and 开化\'s parent: the meal and the fare, without 才 or 也就', () => {
    const wuhu = article('【同期声】\n“我今年七十八岁了，一荤两素才十二块钱，八十岁以上的老人还有补贴。”\n（字幕：镜湖区赭山街道居民　王秀英）', 'wuhu', '2025-12-20');
    assert.equal(wuhu('十二块钱').subject, '一荤两素');
    const kaihua = article('家长说：“以前要花1个多小时。现在坐K1路直达学校，40分钟就到了，一个月车费也就40多元。”', 'kaihua', '2025-09-01');
    assert.equal(kaihua('40多元').subject, '一个月车费');
  });
  it('other cities\' speakers: 只要, 就要, and 要 after a span of time', () => {
    assert.equal(article('王阿姨说：“一份盒饭只要15元，很实惠。”', 'yichang', '2025-07-20')('15元').subject, '一份盒饭');
    assert.equal(article('李大爷说：“以前请护工一个月要3000多元。”', 'jiaxing', '2025-07-20')('3000多元').subject, '请护工一个月');
    assert.equal(article('居民说：“请人修一次水管就要80元。”', 'yichang', '2025-07-20')('80元').subject, '请人修一次水管');
  });
  it('…not the 才 of 人才, nor a 要 after no span of time', () => {
    assert.equal(article('今年全市引进高层次人才120名。', 'yichang', '2025-07-20')('120名').subject, '引进高层次人才');
    assert.notEqual(article('全市重要民生项目投资12亿元。', 'yichang', '2025-07-20')('12亿元').subject, '全市重');
  });
  it('钱 after a sum is the sum\'s word (一顿饭只要8元钱), not a thing counted; 钱塘江 after one is a name', () => {
    const nantong = article('代表说：“我们社区的嵌入式养老服务站开了2家，每天来吃饭的老人有150多人，一顿饭只要8元钱。”', 'nantong', '2025-07-15');
    assert.equal(nantong('8元').subject, '一顿饭');
    assert.equal(article('老人说：“一碗面只要6元钱，比外面便宜。”', 'yichang', '2025-07-20')('6元').subject, '一碗面');
    assert.match(article('今年投入80万元钱塘江堤防加固。', 'hangzhou', '2025-07-20')('80万元').subject, /钱塘江/u);
  });
});

describe('speech that names no thing: the speaker or a span of time, flagged subject_unclear', () => {
  it('赣州\'s resident, in another city: 我和老伴一个月能省下300多元 is flagged', () => {
    const fig = article('家住附近的退休职工李桂兰告诉记者：“两荤一素的套餐只要12元，我和老伴一个月能省下300多元。”', 'jiaxing', '2025-10-28');
    assert.ok(flags(fig('300多元')).includes('subject_unclear'));
  });
  it('other cities\' words: 自己只掏, 每个月能领, 一次才', () => {
    assert.ok(flags(article('张大爷说：“改造花了1万多元，自己只掏800多元。”', 'yichang', '2025-07-20')('800多元')).includes('subject_unclear'));
    assert.ok(flags(article('刘奶奶说：“现在每个月能领200元。”', 'jiaxing', '2025-07-20')('200元')).includes('subject_unclear'));
    assert.ok(flags(article('居民说：“现在一次才30元。”', 'yichang', '2025-07-20')('30元')).includes('subject_unclear'));
  });
  it('…not a thing priced in speech (一份套餐只要10元), nor a thing a span of time is of (一个月车费)', () => {
    assert.ok(!flags(article('王阿姨说：“一份套餐只要10元。”', 'yichang', '2025-07-20')('10元')).includes('subject_unclear'));
    assert.ok(!flags(article('家长说：“一个月车费也就40多元。”', 'kaihua', '2025-09-01')('40多元')).includes('subject_unclear'));
  });
});

describe('a comparison with nothing compared (比年初计划多出近三成): flagged subject_unclear', () => {
  it('芜湖\'s 农村公路 and 盐城\'s district, in another city: what is more or lower, the words before do not say', () => {
    const wuhu = article('全县新改建农村公路156公里，比年初计划多出近三成。', 'nanling', '2025-12-20');
    assert.ok(flags(wuhu('近三成')).includes('subject_unclear'));
    const yancheng = article('亭湖区最低，为88.2%，比全市平均水平低3.4个百分点。', 'yichang', '2025-12-20');
    assert.ok(flags(yancheng('3.4个百分点')).includes('subject_unclear'));
  });
  it('other words: 增速高于城镇居民, 较上年减少', () => {
    assert.ok(flags(article('农村居民人均可支配收入增长6.8%，增速高于城镇居民2.5个百分点。', 'luoyang', '2024-08-10')('2.5个百分点')).includes('subject_unclear'));
    assert.ok(flags(article('今年办结信访事项860件，较上年减少120件。', 'yichang', '2025-07-20')('120件')).includes('subject_unclear'));
  });
  it('…not a thing named before its comparison (城镇新增就业比2023年增加), nor a 比例', () => {
    assert.ok(!flags(article('全市城镇新增就业比2023年增加3100人。', 'huzhou', '2025-01-20')('3100人')).includes('subject_unclear'));
    assert.ok(!flags(article('全市残疾人就业比例达到45%。', 'yichang', '2025-07-20')('45%')).includes('subject_unclear'));
  });
});

describe('a standard set out tier by tier (标准调整为：80至89周岁每人每月200元): the standard, for that tier', () => {
  it('广州\'s real sentences: 高龄津贴 and 养老服务补贴, the old standard (原为) too', () => {
    const fig = article(
      '答：《办法》第三条规定，具有本市户籍、年满80周岁的老年人，均可按月领取高龄津贴。自2026年4月1日起，标准调整为：80至89周岁每人每月200元（原为每人每月100元），90至99周岁每人每月300元（原为200元），100周岁以上每人每月500元（原为300元）。\n答：根据《办法》第五条，60至79周岁的本市户籍老年人，经评估为失能或半失能的，可申请养老服务补贴。补贴标准分为三档：轻度失能每人每月300元、中度失能每人每月500元、重度失能每人每月800元，以服务券形式发放。',
      'guangzhou', '2026-03-10',
    );
    assert.equal(fig('200元').subject, '高龄津贴标准（80至89周岁，每人每月）');
    assert.equal(fig('100元').subject, '高龄津贴标准（80至89周岁，每人每月）');
    assert.equal(fig('500元').subject, '高龄津贴标准（100周岁以上，每人每月）');
    assert.equal(fig('800元').subject, '养老服务补贴标准（重度失能，每人每月）');
    assert.ok(!flags(fig('200元')).includes('subject_unclear'));
  });
  it('another city\'s words: 护理补贴 in two tiers, 标准提高为', () => {
    const fig = article('符合条件的老年人可申请护理补贴。从2026年1月起，补贴标准提高为：中度失能每人每月200元，重度失能每人每月400元。', 'yichang', '2026-01-05');
    assert.equal(fig('400元').subject, '护理补贴标准（重度失能，每人每月）');
  });
  it('…not the people of an age band, nor a tier with no standard set out before a colon', () => {
    const people = article('全市80周岁以上高龄老年人27.3万人，包括80至89周岁约24.0万人。', 'yichang', '2026-01-05');
    assert.doesNotMatch(people('约24.0万人').subject, /标准/u);
    const plain = article('今年起，80至89周岁每人每月发放200元。', 'yichang', '2026-01-05');
    assert.doesNotMatch(plain('200元').subject, /标准/u);
  });
});

describe('a name of one character names nothing a chart can title (设计办学规模60个班): flagged subject_unclear', () => {
  it('开化\'s school, and another city\'s hospital (设计规模800张床)', () => {
    const kaihua = article('开化县第二中学新校区总投资3.8亿元，设计办学规模60个班，今年秋季首批招收初一新生540人。', 'kaihua', '2025-09-01');
    assert.ok(flags(kaihua('60个')).includes('subject_unclear'));
    const yichang = article('新院区设计规模800张床，今年建成投用。', 'yichang', '2025-07-20');
    assert.ok(flags(yichang('800张')).includes('subject_unclear'));
  });
  it('…not a name of two characters or more (新建教室36间)', () => {
    assert.ok(!flags(article('今年全市新建教室36间。', 'yichang', '2025-07-20')('36间')).includes('subject_unclear'));
  });
});

describe('words that lead or end a clause but name nothing counted', () => {
  it('各 before the figure: each of the things listed (建设口袋公园、城市书房各30个), said as a gloss', () => {
    assert.equal(article('9.建设口袋公园、城市书房各30个。', 'chengdu', '2025-12-20')('30个').subject, '城市书房（各）');
    assert.equal(article('今年全区新建篮球场、足球场各12个。', 'yichang')('12个').subject, '足球场（各）');
    // Not 各 opening the clause: where, not each.
    assert.equal(article('各街道新建长者食堂12个。', 'yichang')('12个').subject, '新建长者食堂');
  });
  it('共同 is jointly, not the 共 of a total (四市共同推进同城化重大项目124个)', () => {
    assert.match(article('全年四市共同推进同城化重大项目124个，完成投资1630亿元。', 'chengdu', '2025-12-20')('124个').subject, /^共同推进/u);
    assert.equal(article('两区共同建设养老服务中心3个。', 'yichang')('3个').subject, '共同建设养老服务中心');
    // 共 of a total still goes.
    assert.equal(article('全市共建成口袋公园12个。', 'yichang')('12个').subject, '口袋公园');
  });
  it('以来 after a year inside the words: a time, not the name; the zone before it stays (资阳临空经济区2021年以来累计落地项目87个; QA s13 A3)', () => {
    const zone = article('资阳临空经济区2021年以来累计落地项目87个。', 'chengdu', '2025-12-20')('87个');
    assert.equal(zone.subject, '资阳临空经济区落地项目');
    assert.ok(!zone.flags?.includes('subject_unclear'));
    assert.equal(article('高新区2020年以来累计引进企业56家。', 'yichang')('56家').subject, '高新区引进企业');
    // Not a year a clause opens with: no zone, and the time still no part of the name.
    assert.equal(article('2021年以来，全市累计引进企业56家。', 'yichang')('56家').subject, '引进企业');
  });
  it('在…帮助下 / 指导下: whose help, not what was built (在宁波帮助下分别新建幼儿园3所)', () => {
    assert.equal(article('望谟县、普安县在宁波帮助下分别新建幼儿园3所、2所。', 'qianxinan', '2025-12-20')('3所').subject, '新建幼儿园');
    assert.equal(article('该县在省农科院指导下建成示范基地5个。', 'yichang')('5个').subject, '示范基地');
    // Not 在建, the state of the things counted.
    assert.equal(article('全市在建项目12个。', 'yichang')('12个').subject, '在建项目');
  });
});

describe('a deadline or a comparison ending the words after a figure: when or how long, not what is counted', () => {
  it('天水\'s audit: 临时救助资金年底前全部统筹使用, 公共租赁住房闲置超过1年', () => {
    assert.equal(article('三是盘活闲置资金，武山县结存的835万元临时救助资金年底前全部统筹使用。', 'tianshui', '2025-08-29')('835万元').subject, '临时救助资金');
    assert.equal(article('截至2025年3月底，秦州区已建成的312套公共租赁住房闲置超过1年未分配。', 'tianshui', '2025-08-29')('312套').subject, '公共租赁住房闲置');
  });
  it('another city\'s plan: 老旧小区年内全部开工', () => {
    assert.equal(article('确保全市120个老旧小区年内全部开工。', 'yichang')('120个').subject, '老旧小区');
  });
  it('…not a comparison inside the name (2所高于省定标准的公办幼儿园)', () => {
    assert.equal(article('全区新建2所高于省定标准的公办幼儿园。', 'yichang')('2所').subject, '公办幼儿园（高于省定标准）');
  });
});

describe('为 and a scope (全区, 辖区) before the people a service reaches: named with the service', () => {
  it('郫都\'s real sentence and another county\'s: 课后延时服务, 就业帮扶', () => {
    assert.equal(article('今年为全区3.6万余名义务教育阶段学生提供课后延时服务。', 'chengdu', '2024-12-30')('3.6万余名').subject, '义务教育阶段学生课后延时服务');
    assert.equal(article('该县为全县2.8万名脱贫劳动力提供就业帮扶。', 'yichang')('2.8万名').subject, '脱贫劳动力就业帮扶');
  });
  it('…not people with no service after them (全市1.2万名老年人参加体检)', () => {
    assert.equal(article('全市1.2万名老年人参加体检。', 'jiaxing')('1.2万名').subject, '老年人');
  });
});

describe('members of a set the clause before names (…主要指标中，5项已提前完成): the set, by what they did', () => {
  it('九江\'s evaluation: each share of the ten indicators named by its state', () => {
    const fig = article('总体看，截至2024年底，《纲要》确定的10项社会民生领域主要指标中，5项已提前完成，3项基本完成，2项进展滞后，人民群众获得感持续增强。', 'jiujiang_jiangxi', '2025-11-20');
    assert.equal(fig('5项').subject, '社会民生领域主要指标（已提前完成）');
    assert.equal(fig('2项').subject, '社会民生领域主要指标（进展滞后）');
  });
  it('another city\'s tasks', () => {
    const fig = article('今年确定的12项重点任务中，9项已完成，3项进展滞后。', 'yichang');
    assert.equal(fig('9项').subject, '重点任务（已完成）');
    assert.equal(fig('3项').subject, '重点任务（进展滞后）');
  });
  it('历城\'s half-year report: what they did said before the count, or after 另有 (district-half-year.txt)', () => {
    const fig = article('十件实事中，已全面完成2件，超序时进度推进6件，进度滞后1件，另有1件按计划在下半年集中实施。', 'licheng_jinan', '2026-07-14');
    assert.equal(fig('2件').subject, '实事（已全面完成）');
    assert.equal(fig('6件').subject, '实事（超序时进度推进）');
    assert.equal(fig('1件').subject, '实事（进度滞后）');
    assert.equal(fig('1件', 2).subject, '实事（按计划在下半年集中实施）');
  });
  it('another city\'s wording: 项 and 个 sets, the verb first', () => {
    const fig = article('全市15项重点民生工程中，已建成9项，正在加快推进4项，还有2项按计划在四季度实施。', 'yichang');
    assert.equal(fig('9项').subject, '重点民生工程（已建成）');
    assert.equal(fig('4项').subject, '重点民生工程（正在加快推进）');
    assert.equal(fig('2项').subject, '重点民生工程（按计划在四季度实施）');
  });
  it('…not a count with a noun of its own before it (十件实事中，新增学位3240个)', () => {
    assert.doesNotMatch(article('十件实事中，已全面完成2件，新增学位3240个。', 'licheng_jinan')('3240个').subject, /实事/u);
  });
  it('…not things of another classifier than the set\'s (36所学校中，12个食堂)', () => {
    assert.doesNotMatch(article('全市36所学校中，12个食堂完成改造。', 'yichang')('12个').subject, /学校/u);
  });
});

describe('a table cell that names its own thing, not the row\'s (义务教育学校新改扩建｜新增学位12000个)', () => {
  const TABLE = '截至6月底各项目推进情况如下：\n项目名称｜年度目标｜完成情况｜完成率\n';
  it('南通\'s table: the places the schools add, glossed with the row', () => {
    const fig = article(`${TABLE}新增普惠性托育托位｜新增托位3000个｜已新增1860个｜62%\n义务教育学校新改扩建｜新增学位12000个｜已新增学位5400个｜45%\n农村公路提档升级｜改造提升400公里｜已完成236公里｜59%\n`, 'nantong', '2025-07-15');
    assert.equal(fig('12000个').subject, '新增学位（义务教育学校新改扩建）');
    assert.equal(fig('5400个').subject, '新增学位（义务教育学校新改扩建）');
  });
  it('another city\'s table: beds of a hospital\'s building', () => {
    const fig = article(`${TABLE}市第一人民医院新院区建设｜新增床位800张｜已新增床位300张｜38%\n`, 'yichang');
    // (Whether 新增 stays in the name is another rule's; the thing named is the cell's, not the row's.)
    assert.match(fig('800张').subject, /^(?:新增)?床位（市第一人民医院新院区建设）$/u);
  });
  it('…not a cell that names the row\'s thing again or only a verb (新增托位, 已新增, 已完成)', () => {
    const fig = article(`${TABLE}新增普惠性托育托位｜新增托位3000个｜已新增1860个｜62%\n农村公路提档升级｜改造提升400公里｜已完成236公里｜59%\n`, 'nantong', '2025-07-15');
    assert.equal(fig('3000个').subject, '新增普惠性托育托位');
    assert.equal(fig('1860个').subject, '新增普惠性托育托位');
    assert.equal(fig('236公里').subject, '农村公路提档升级');
  });
});

describe('a sum named by what the clause after it works on (投入资金2.3亿元，对…22所农村学校进行提质改造)', () => {
  it('沾益\'s sentence and another county\'s clinics', () => {
    assert.equal(article('沾益区投入资金2.3亿元，对辖区内22所农村学校进行提质改造，新建学生宿舍1.2万平方米。', 'qujing', '2024-12-20')('2.3亿元').subject, '农村学校提质改造投入资金');
    assert.equal(article('该县投入资金8600万元，对全县36个村卫生室实施标准化改造。', 'yichang')('8600万元').subject, '村卫生室标准化改造投入资金');
  });
  it('…not a clause with no things counted (改善农村办学条件)', () => {
    assert.equal(article('该县投入资金8600万元，改善农村办学条件。', 'yichang')('8600万元').subject, '投入资金');
  });
});

describe('a sum paid by a standard (按每个普惠托位每年2000元的标准发放运营补贴2520万元): what is paid', () => {
  it('合肥\'s reply and another district\'s care allowance', () => {
    assert.equal(article('市、县两级财政按每个普惠托位每年2000元的标准发放运营补贴2520万元，比2024年增加680万元。', 'hefei', '2026-06-18')('2520万元').subject, '发放运营补贴');
    assert.equal(article('区财政按每人每月300元的标准发放护理补贴1260万元。', 'yichang')('1260万元').subject, '发放护理补贴');
  });
  it('…not the standard itself (2000元, the standard of what is paid)', () => {
    assert.equal(article('市、县两级财政按每个普惠托位每年2000元的标准发放运营补贴2520万元。', 'hefei', '2026-06-18')('2000元').subject, '运营补贴标准（每个普惠托位每年）');
  });
});

describe('调整后 opening a clause: when, not what (调整后全市预计惠及约42万人)', () => {
  it('广州\'s answer: a verb alone is left, flagged', () => {
    const o = article('答：经测算，调整后全市预计惠及约42万人，其中高龄津贴对象约27.8万人。', 'guangzhou', '2026-03-10')('约42万人');
    assert.equal(o.subject, '惠及');
    assert.ok(flags(o).includes('subject_unclear'));
  });
  it('another city\'s: 调整后全区预计新增纳入低保对象, 调整后全区低保对象增加到', () => {
    assert.equal(article('调整后全区预计新增纳入低保对象3200人。', 'yichang')('3200人').subject, '新增纳入低保对象');
    assert.equal(article('调整后全区低保对象增加到1.6万人。', 'yichang')('1.6万人').subject, '低保对象');
  });
  it('…not a clause that names what was adjusted first (标准调整后，全区预计惠及困难群众)', () => {
    assert.equal(article('标准调整后，全区预计惠及困难群众1.6万人。', 'yichang')('1.6万人').subject, '惠及困难群众');
  });
});

describe('超出 opening a name: an excess with nothing said to exceed (超出配备标准286万元), flagged subject_unclear', () => {
  it('天水\'s audit and another district\'s', () => {
    assert.ok(flags(article('麦积区超标准购置教学设备，超出配备标准286万元。', 'tianshui', '2025-08-29')('286万元')).includes('subject_unclear'));
    assert.ok(flags(article('该区违规采购办公家具，超出预算标准45万元。', 'yichang')('45万元')).includes('subject_unclear'));
  });
  it('…not a thing named before its excess (新增就业超出目标)', () => {
    assert.ok(!flags(article('今年全市超额完成年度目标，新增就业超出目标1200人。', 'yichang')('1200人')).includes('subject_unclear'));
  });
});

describe('为…建立: what is set up for the people counted names them (为辖区16.2万名60岁以上老年人建立了电子健康档案)', () => {
  it('曲靖\'s sentence and another district\'s', () => {
    assert.equal(article('该市还为辖区16.2万名60岁以上老年人建立了电子健康档案。', 'qujing', '2024-12-20')('16.2万名').subject, '60岁以上老年人电子健康档案');
    assert.equal(article('今年为全区2.3万名残疾人建立康复档案。', 'yichang')('2.3万名').subject, '残疾人康复档案');
  });
  it('…not people who set something up themselves (2.3万名残疾人建立…, no 为)', () => {
    assert.notEqual(article('全区2.3万名残疾人建立康复档案。', 'yichang')('2.3万名').subject, '残疾人康复档案');
  });
});

describe('还能再 between who and a verb in speech (老年人还能再优惠2元): who and the verb', () => {
  it('成都\'s resident and another city\'s', () => {
    assert.equal(article('他说：“一荤两素加一碗汤，只要12元，老年人还能再优惠2元。”', 'chengdu', '2025-11-19')('2元').subject, '老年人优惠');
    assert.equal(article('她说：“现在每月能领300元，残疾人还能再补贴100元。”', 'yichang')('100元').subject, '残疾人补贴');
  });
  it('…not 能 alone, a verb of its own (老年人能享受优惠)', () => {
    assert.equal(article('全市老年人能享受优惠1200人。', 'yichang')('1200人').subject, '老年人能享受优惠');
  });
});

describe('赴 after a count of people: where they went, not who (人才412名赴黔西南州挂职)', () => {
  it('宁波\'s sentence and another city\'s doctors', () => {
    assert.equal(article('全市选派党政干部和专业技术人才412名赴黔西南州挂职、支教、支医。', 'ningbo', '2025-12-20')('412名').subject, '选派党政干部和专业技术人才');
    assert.equal(article('今年全市选派医生86名赴新疆开展医疗援助。', 'yichang')('86名').subject, '选派医生');
  });
  it('…not who is counted after 的 (120名赴乡村学校支教的教师): left to the words after, flagged', () => {
    const o = article('全市选派120名赴乡村学校支教的教师。', 'yichang')('120名');
    assert.notEqual(o.subject, '选派');
    assert.ok(flags(o).includes('subject_unclear'));
  });
});

describe('已开工 / 已完工 after the things a figure before counted: those of them begun or finished, said so', () => {
  it('孝感\'s broadcast and 常德\'s notice: 改造城镇老旧小区（已开工）, and the residents of the works without the state', () => {
    assert.equal(article('主持人：今年全市计划改造城镇老旧小区126个，截至4月底已开工98个。', 'xiaogan', '2025-06-30')('98个').subject, '改造城镇老旧小区（已开工）');
    const fig = article('年度任务改造小区152个，已开工148个，开工率97.4%；已完工63个，完工率41.4%，惠及居民1.9万户。', 'changde', '2025-09-05');
    assert.equal(fig('148个').subject, '改造小区（已开工）');
    assert.equal(fig('1.9万户').subject, '改造小区惠及居民');
  });
  it('another city\'s parks', () => {
    const fig = article('今年计划新建口袋公园40个，已开工35个，已完工12个，惠及居民3.2万户。', 'yichang');
    assert.equal(fig('35个').subject, '新建口袋公园（已开工）');
    assert.equal(fig('12个').subject, '新建口袋公园（已完工）');
    assert.equal(fig('3.2万户').subject, '新建口袋公园惠及居民');
  });
  it('…not things named after the verb (已开工项目35个)', () => {
    assert.doesNotMatch(article('今年计划新建口袋公园40个，已开工项目35个。', 'yichang')('35个').subject, /口袋公园/u);
  });
});

describe('a verb alone of handling (办结, 受理), a street\'s name before it or not: names nothing, flagged', () => {
  const street = (title: string, body: string) => figures(`${title}\n发布时间：2025-12-02\n${body}\n`, 'siming');
  it('鹭江街道\'s newsletter and another street\'s', () => {
    const own = street('【民生简报】鹭江街道11月民生工作简报（第11期）', '本月网格员入户走访3870户次，排查化解矛盾纠纷27起，收集群众诉求135件，已办结129件，办结率95.6%。')('129件');
    assert.deepEqual([own.subject, flags(own).includes('subject_unclear')], ['鹭江街道办结', true]);
    assert.ok(flags(street('【工作动态】五里墩街道10月工作简报', '本月受理居民诉求86件，已办结80件。')('80件')).includes('subject_unclear'));
    assert.ok(flags(article('今年市信访局受理信访事项860件，已办结812件。', 'yichang')('812件')).includes('subject_unclear'));
  });
  it('…not the thing handled, named (已办结群众诉求129件)', () => {
    const o = street('【民生简报】鹭江街道11月民生工作简报（第11期）', '本月收集群众诉求135件，已办结群众诉求129件。')('129件');
    assert.ok(!flags(o).includes('subject_unclear'));
  });
});

describe('speech naming the speaker or where, not what (陪我摆龙门阵, 屋里有22℃): flagged subject_unclear', () => {
  it('成都\'s and 淄博\'s residents', () => {
    assert.ok(flags(article('李婆婆说：“现在每天有人打电话问候，一周还有两次上门陪我摆龙门阵。”', 'chengdu', '2025-11-19')('两次')).includes('subject_unclear'));
    assert.ok(flags(article('李先生说：“打个电话，第二天师傅就上门了，现在屋里有22℃。”', 'zibo', '2026-01-10')('22℃')).includes('subject_unclear'));
  });
  it('another city\'s: 社工每周给我送菜3次, 现在家里有20℃', () => {
    assert.ok(flags(article('王大爷说：“社工每周给我送菜3次。”', 'yichang')('3次')).includes('subject_unclear'));
    assert.ok(flags(article('刘大爷说：“现在家里有20℃了。”', 'yichang')('20℃')).includes('subject_unclear'));
  });
  it('…not 我市, a report\'s own city, nor a thing measured indoors named (小区室内温度)', () => {
    assert.ok(!flags(article('今年我市新建口袋公园12个。', 'yichang')('12个')).includes('subject_unclear'));
    assert.ok(!flags(article('居民说：“小区室内温度达到20℃。”', 'yichang')('20℃')).includes('subject_unclear'));
  });
});

describe('比上年多 after a figure: a rise said as a rise (新增学位比上年增加), not a comparison\'s adjective', () => {
  it('湖州\'s report and another city\'s', () => {
    assert.equal(article('新建、改扩建中小学和幼儿园21所，新增学位1.3万个，比上年多2600个。', 'huzhou', '2025-01-20')('2600个').subject, '新增学位比上年增加');
    assert.equal(article('全年新增托位3200个，比上年少400个。', 'yichang')('400个').subject, '新增托位比上年减少');
  });
  it('…not a difference from another place (比许昌市多86公里)', () => {
    assert.match(article('开封市新建和改造农村公路412公里，比许昌市多86公里。', 'kaifeng', '2025-12-20')('86公里').subject, /比许昌市多$/u);
  });
});

describe('villages listed with 分别 (齐心村、金星村分别完成农房改善): the work, named by its village, never the village alone', () => {
  // (Named by the place as a town's own figures are, the place's indicator's name too: town-figures.test.ts.)
  it('震泽\'s villages and another city\'s communities', () => {
    const fig = article('齐心村、金星村分别完成农房改善120户、86户，两村合计投入2860万元。', 'wujiang_suzhou', '2026-01-10');
    assert.equal(fig('120户').subject, '齐心村农房改善');
    assert.equal(fig('86户').subject, '金星村农房改善');
    assert.equal(article('望平社区、猛追湾社区分别新建长者食堂2个、3个。', 'chengdu')('3个').subject, '猛追湾社区新建长者食堂');
  });
  it('towns and streets too (county-yearbook.txt): 西屏街道、水南街道分别新增老年助餐点4个、3个, each its own', () => {
    const fig = article('全年新建居家养老服务照料中心5个；西屏街道、水南街道分别新增老年助餐点4个、3个。', 'songyang', '2026-03-20');
    assert.equal(fig('4个').subject, '西屏街道新增老年助餐点');
    assert.equal(fig('3个').subject, '水南街道新增老年助餐点');
    assert.equal(article('城关镇、华埠镇分别建成村级互助养老点12个、9个。', 'kaihua')('9个').subject, '华埠镇村级互助养老点');
  });
  it('…not a list with no work named after 分别 (分别为), nor things that are no villages', () => {
    assert.equal(article('西屏街道、水南街道老人分别为860人、1200人。', 'songyang')('1200人').subject.includes('老人'), true);
    assert.equal(article('望平社区、猛追湾社区老人分别为860人、1200人。', 'chengdu')('1200人').subject, '猛追湾社区老人');
    assert.equal(article('高龄津贴、护理补贴分别发放1.2亿元、0.8亿元。', 'yichang')('0.8亿元').subject, '护理补贴');
  });
});

describe('things, then what they still lack (尚有17个城市社区未配建达标的养老服务设施): never cut at 达', () => {
  it('安庆\'s checkup: too long for a gloss, the words joined and flagged', () => {
    const o = article('全市社区养老服务设施覆盖率为86.4%，但距100%的目标还差13.6个百分点，尚有17个城市社区未配建达标的养老服务设施。', 'anqing', '2025-10-20')('17个');
    assert.deepEqual([o.subject, flags(o).includes('subject_unclear')], ['城市社区未配建达标养老服务设施', true]);
  });
  it('天水\'s audit: the projects glossed with their lapse, and the funds of them after', () => {
    const fig = article('截至2025年3月底，全市有14个校舍改造项目未按期完工，涉及资金4120万元。', 'tianshui', '2025-08-29');
    assert.equal(fig('14个').subject, '校舍改造项目（未按期完工）');
    assert.equal(fig('4120万元').subject, '校舍改造项目涉及资金（未按期完工）');
  });
  it('another city\'s schools', () => {
    assert.equal(article('全市仍有23所农村学校未通公交。', 'yichang')('23所').subject, '农村学校（未通公交）');
  });
  it('…not 未成年人 nor 未来', () => {
    assert.doesNotMatch(article('今年为1200名未成年人提供心理辅导。', 'yichang')('1200名').subject, /（/u);
    assert.doesNotMatch(article('全市3个社区未来将新建养老服务站。', 'yichang')('3个').subject, /（未来/u);
  });
});

describe('a share, then 的 and who did what (约三分之一的机构全年亏损): the share of those', () => {
  it('合肥\'s reply and another city\'s survey', () => {
    assert.equal(article('2025年，全市托育机构平均收托率仅为56.8%，低于全省平均3.2个百分点，约三分之一的机构全年亏损。', 'hefei', '2026-06-18')('约三分之一').subject, '机构全年亏损比例');
    assert.equal(article('调查显示，约两成的家庭选择机构养老。', 'yichang')('约两成').subject, '家庭选择机构养老比例');
  });
  it('…not a share named before it (…完成年度任务的85%), nor the rate before (收托率仅为56.8%)', () => {
    assert.doesNotMatch(article('全市城镇老旧小区改造完成年度任务的85%。', 'yichang')('85%').subject, /比例$/u);
    assert.equal(article('2025年，全市托育机构平均收托率仅为56.8%，约三分之一的机构全年亏损。', 'hefei', '2026-06-18')('56.8%').subject, '托育机构平均收托率');
  });
});

describe('those a service reached, named with the service the clause before gives (开展视力筛查，覆盖新生3120人)', () => {
  it('开化\'s screening and other cities\' checkups and training', () => {
    assert.equal(article('9月底前，县卫健局将联合衢州市三甲医院专家，为全县小学一年级新生免费开展视力筛查，覆盖新生3120人。', 'kaihua', '2025-09-01')('3120人').subject, '视力筛查覆盖新生');
    assert.equal(article('今年为全市65岁以上老人开展免费体检，惠及老人8.6万人。', 'yichang')('8.6万人').subject, '免费体检惠及老人');
    assert.equal(article('今年组织技能培训，服务农民工2.3万人次。', 'jiaxing')('2.3万人次').subject, '技能培训服务农民工');
  });
  it('…not after a clause that counts things of its own (新建学校3所，覆盖学生1200人)', () => {
    assert.equal(article('今年全市新建学校3所，覆盖学生1200人。', 'yichang')('1200人').subject, '覆盖学生');
  });
});

describe('a bare investment of a report on a 民生实事 programme is the programme\'s (计划完成投资8.4亿元)', () => {
  it('历城\'s half-year report: named by the programme as the text last named it (district-half-year.txt)', () => {
    const fig = article('今年年初，区政府确定了2026年区级十件民生实事项目，计划总投资18.6亿元。\n下半年，区政府将继续加大督导力度，计划完成投资8.4亿元，确保十件实事年底前全部完成。', 'licheng_jinan', '2026-07-14');
    assert.equal(fig('18.6亿元').subject, '十件民生实事总投资');
    assert.equal(fig('8.4亿元').subject, '十件民生实事完成投资');
  });
  it('another city\'s notice: a county\'s part of 十二类民生实事, and a 为民办实事 programme', () => {
    const fig = article('全市十二类民生实事项目推进顺利。\n津市市十二类项目中已有4类提前完成年度任务，累计完成投资3.9亿元。', 'changde', '2025-09-20');
    assert.equal(fig('3.9亿元').subject, '十二类民生实事完成投资');
    assert.equal(article('今年全县推进十项为民办实事工程，截至9月底，实际完成投资2.4亿元。', 'kaihua')('2.4亿元').subject, '十项为民办实事实际完成投资');
  });
  it('…not a project\'s total the sentence names (第二中学新校区…总投资3.8亿元), nor an investment with no programme named', () => {
    const fig = article('全县十件民生实事项目进展顺利。\n开化县第二中学新校区是今年全县投资最大的教育项目，总投资3.8亿元。', 'kaihua');
    assert.doesNotMatch(fig('3.8亿元').subject, /实事/u);
    assert.doesNotMatch(article('今年同城化重大项目完成投资1630亿元。', 'chengdu')('1630亿元').subject, /实事/u);
  });
});

describe('a bare 小区 where the words just before speak of 老旧小区: those compounds\' renovation (其余26个小区正在施工)', () => {
  it('历城\'s section and 常德\'s notice (district-half-year.txt, inspection-notice.txt)', () => {
    const fig = article('二、城镇老旧小区改造\n目标任务：改造老旧小区42个，惠及居民1.26万户。\n完成情况：已开工38个，开工率90.5%；已完工12个，惠及居民3860户；其余26个小区正在施工。', 'licheng_jinan', '2026-07-14');
    // (城镇, from the section's heading, which ends with the name: see headingNamed below.)
    assert.equal(fig('26个').subject, '城镇老旧小区改造');
    const notice = article('三是老旧小区改造完工率偏低。武陵区纳入年度计划的47个小区中，已完工11个，完工率23.4%。', 'changde', '2025-09-20');
    assert.equal(notice('23.4%').subject, '老旧小区改造完工率');
  });
  it('another city\'s words: 老旧小区 named without its work, so the compounds alone', () => {
    assert.equal(article('全市共有2000年前建成的老旧小区460个。其中今年确定的60个小区已完成外墙出新。', 'yichang')('60个').subject.slice(0, 4), '老旧小区');
  });
  it('…not where nothing before names 老旧小区 (物业服务覆盖小区), nor a name of its own (改造小区)', () => {
    assert.doesNotMatch(article('今年全市新建住宅交付使用，已有320个小区实现物业服务全覆盖。', 'yichang')('320个').subject, /老旧/u);
    assert.equal(oldCompounds('改造小区（已开工）', '城镇老旧小区改造'), undefined);
    assert.equal(oldCompounds('小区待改造', '城镇老旧小区改造'), undefined);
  });
});

describe('a progress line goes on from the target line before it (目标任务：… / 完成情况：已开工38个)', () => {
  const SECTION = '二、城镇老旧小区改造\n目标任务：改造老旧小区42个，惠及居民1.26万户。\n完成情况：已开工38个，开工率90.5%；已完工12个，惠及居民3860户，去年同期完工7个。';
  it('历城\'s section (district-half-year.txt): the works begun and done, and the residents of those done', () => {
    const fig = article(SECTION, 'licheng_jinan', '2026-07-14');
    assert.equal(fig('38个').subject, '改造老旧小区（已开工）');
    assert.equal(fig('12个').subject, '改造老旧小区（已完工）');
    assert.equal(fig('3860户').subject, '改造老旧小区惠及居民');
  });
  it('another city\'s wording: 进展情况', () => {
    const fig = article('目标任务：新建口袋公园20处。\n进展情况：已开工16处。', 'yichang');
    assert.match(fig('16处').subject, /^新建口袋公园（已开工）$/u);
  });
  it('…not a line that is no progress report: a bare verb there names nothing before it', () => {
    const fig = article('目标任务：新建口袋公园20处。\n全市已开工16处。', 'yichang');
    assert.doesNotMatch(fig('16处').subject, /口袋公园/u);
  });
});

describe('a verb of work in the same part of last year counts the thing the figure before counted (去年同期完工7个)', () => {
  it('历城\'s sentences (district-half-year.txt)', () => {
    const fig = article('完成情况：15个村卫生室已全部建成并投入使用，该项目已全面完成，去年同期仅建成6个。', 'licheng_jinan', '2026-07-14');
    assert.equal(fig('6个').subject, '村卫生室（去年同期仅建成）');
    assert.equal(article('目标任务：改造老旧小区42个。\n完成情况：已完工12个，去年同期完工7个。', 'licheng_jinan', '2026-07-14')('7个').subject, '改造老旧小区（去年同期完工）');
  });
  it('another city\'s words: 上年同期新增', () => {
    assert.equal(article('今年上半年全市新建社区食堂24个，上年同期新增15个。', 'yichang')('15个').subject, '新建社区食堂（上年同期新增）');
  });
  it('…not a 同期 figure with a noun of its own (去年同期新增就业5200人)', () => {
    assert.doesNotMatch(article('今年全市建成村卫生室30个，去年同期新增就业5200人。', 'yichang')('5200人').subject, /村卫生室/u);
  });
});

describe('a gloss saying what a noun includes is part of the noun\'s clause, however long (在校学生（含在园幼儿）)', () => {
  it('松阳\'s bulletin (county-yearbook.txt): the pupils with the children in kindergarten, and their fall', () => {
    const fig = article('年末全县共有各级各类学校62所（含幼儿园），在校学生（含在园幼儿）3.18万人，比上年末减少860人。', 'songyang', '2026-03-20');
    assert.match(fig('3.18万人').subject, /^在校学生[（(]含在园幼儿[）)]$/u);
    assert.match(fig('860人').subject, /^在校学生[（(]含在园幼儿[）)]比上年末减少$/u);
  });
  it('another style: 不含 and 包括 glosses', () => {
    assert.equal(clauseBefore('年末全市医疗卫生机构（不含村卫生室）', 19, 0), '年末全市医疗卫生机构（不含村卫生室）');
    assert.equal(clauseBefore('，参保人员（包括灵活就业人员）', 16, 0), '参保人员（包括灵活就业人员）');
  });
  it('…not a long aside that says no part of the noun: the clause still ends at it', () => {
    assert.equal(clauseBefore('，建成（详见附件所列项目）', 13, 0), '');
  });
});

describe('beds alone are the institutions\' the sentence just counted or opened with (养老机构21家，床位2380张)', () => {
  it('松阳\'s bulletin and 成华\'s story (county-yearbook.txt, feature-story.txt)', () => {
    assert.equal(article('年末全县共有养老机构21家，床位2380张，其中护理型床位1310张。', 'songyang', '2026-03-20')('2380张').subject, '养老机构床位');
    const story = article('望平社区日间照料中心明年扩建完成后，床位将从20张增加到45张。', 'chengdu', '2025-11-20');
    assert.match(story('20张').subject, /日间照料中心床位$/u);
    assert.match(story('45张').subject, /日间照料中心床位$/u);
  });
  it('another style: a county\'s 敬老院 and a 中心卫生院 opening its clause', () => {
    assert.equal(article('全县有敬老院12所，床位960张。', 'kaihua')('960张').subject, '敬老院床位');
    assert.match(article('华埠镇中心卫生院新院区投用后，床位增至120张。', 'kaihua')('120张').subject, /卫生院床位$/u);
  });
  it('…not beds after things that hold none (社区12个，床位), nor beds with a name of their own', () => {
    assert.doesNotMatch(article('全县新建社区服务站12个，床位300张。', 'kaihua')('300张').subject, /服务站/u);
    assert.equal(article('全县有养老机构21家，护理型床位1310张。', 'kaihua')('1310张').subject, '护理型床位');
  });
});

describe('a place\'s part of a wider region\'s figure is named as the place\'s part of the measure (我市占全省的6.5%)', () => {
  it('烟台\'s press conference (hrss-press-conference.txt): 城镇新增就业占全省, never 同期全省城镇新增就业占全省', () => {
    const fig = article('1—10月，全市城镇新增就业7.36万人。从省人社厅公布的数据看，同期全省城镇新增就业112.6万人，我市占全省的6.5%。', 'yantai', '2026-11-24');
    assert.equal(fig('6.5%').subject, '城镇新增就业占全省');
    assert.equal(fig('6.5%').region, 'yantai');
  });
  it('another city\'s words: the province named', () => {
    const o = article('据省统计局数据，同期浙江省城镇居民医保参保人数2860万人，我市占全省的8.2%。', 'jiaxing', '2025-10-20')('8.2%');
    assert.equal(o.subject, '城镇居民医保参保占全省');
    assert.equal(o.region, 'jiaxing');
  });
  it('…not a share no place holds (占全省的12.5% after the province\'s own figure): the whole\'s words stay', () => {
    const o = article('同期全省城镇新增就业112.6万人，占全国的9.1%。', 'yantai')('9.1%');
    assert.match(o.subject, /^同期全省城镇新增就业/u);
  });
});

describe('a level above or below the wider region\'s own (低于全国0.3个百分点, 高于全省最低标准30元) is of the figure before', () => {
  it('烟台\'s press conference (hrss-press-conference.txt)', () => {
    assert.equal(article('10月份，全市城镇调查失业率为4.8%，低于全国0.3个百分点；全国城镇调查失业率为5.1%。', 'yantai', '2026-11-24')('0.3个百分点').subject, '城镇调查失业率低于全国');
    const o = article('今年1月1日起，全市城乡居民基础养老金最低标准由每人每月200元提高到218元，高于全省最低标准30元。', 'yantai', '2026-11-24')('30元');
    assert.equal(o.subject, '城乡居民基础养老金最低标准高于全省');
    assert.match(o.indicator, /最低标准.*\.above_average$/u);
  });
  it('another county\'s words: 高于全市水平', () => {
    assert.equal(article('全县农村居民人均可支配收入增长7.1%，高于全市水平0.6个百分点。', 'kaihua')('0.6个百分点').subject, '农村居民人均可支配收入增长高于全市水平');
  });
  it('…not a comparison with a thing of its own named (高于全省城镇居民1.2个百分点)', () => {
    assert.doesNotMatch(article('全县农村居民人均可支配收入增长7.1%，高于全省城镇居民1.2个百分点。', 'kaihua')('1.2个百分点').subject, /高于全省$/u);
  });
});

describe('a bare rate whose act the count just before names is that count\'s rate (参保人数672.5万人，参保率96%)', () => {
  it('烟台\'s press conference (hrss-press-conference.txt)', () => {
    assert.equal(article('截至10月底，基本医疗保险参保人数672.5万人，参保率稳定在96%以上。', 'yantai', '2026-11-24')('96%以上').subject, '基本医疗保险参保率');
  });
  it('another city\'s words: a vaccination count and its rate', () => {
    assert.equal(article('全区适龄儿童免疫规划疫苗接种2.6万人次，接种率99.2%。', 'chengdu')('99.2%').subject, '适龄儿童免疫规划疫苗接种率');
  });
  it('…not a count whose name does not end in the rate\'s act (回收有效问卷5826份，有效率97.1%), nor a rate after a rate', () => {
    assert.notEqual(article('共发放问卷6000份，回收有效问卷5826份，有效率97.1%。', 'yancheng_jiangsu')('97.1%').subject, '回收有效问卷率');
    assert.doesNotMatch(article('参与问政单位的平均满意率为82.5%，回访满意率86.0%。', 'xiaogan')('86.0%').subject, /单位/u);
  });
});

describe('筹集 stays in the name of homes raised (筹集保障性租赁住房5200套): homes raised in the year, never the stock', () => {
  it('泉州\'s plan and 湖州\'s report (annual-plan.txt, work-report.txt)', () => {
    assert.equal(article('去年全市筹集保障性租赁住房5200套（间），完成年度计划的104%。', 'quanzhou_fujian', '2026-01-20')('5200套').subject, '筹集保障性租赁住房');
    assert.equal(article('筹集保障性租赁住房1.05万套（间），完成年度计划的105%。', 'huzhou', '2026-01-20')('1.05万套').subject, '筹集保障性租赁住房');
  });
  it('another city\'s words: 公租房 raised', () => {
    assert.equal(article('今年全县筹集公共租赁住房320套。', 'kaihua')('320套').subject, '筹集公共租赁住房');
  });
  it('…not funds raised: the money is named by what it is (各类资金)', () => {
    assert.equal(article('今年全市共筹集各类资金3000万元，用于老旧小区改造。', 'yichang')('3000万元').subject, '各类资金');
  });
});

describe('a long name is never cut inside a word (殊困难…完成率, 口家庭医生…)', () => {
  it('常德\'s table (inspection-notice.txt): a row\'s name and its rate column kept whole, as the table gives it', () => {
    const fig = article('序号｜项目名称｜年度目标｜累计完成｜完成率｜责任单位\n4｜特殊困难老年人家庭适老化改造｜2400户｜2400户｜100%｜市民政局\n', 'changde', '2025-09-20');
    assert.equal(fig('100%').subject, '特殊困难老年人家庭适老化改造完成率');
  });
  it('another city\'s prose: cut after a noun of people, not inside it', () => {
    assert.equal(article('今年全市农村低收入人口和脱贫人口家庭医生签约服务重点人群覆盖率达到98.5%。', 'yichang')('98.5%').subject, '家庭医生签约服务重点人群覆盖率');
    assert.equal(tailOf('为全市农村低收入人口和脱贫人口家庭医生签约服务重点人群覆盖'), '家庭医生签约服务重点人群覆盖');
  });
  it('…not a name that fits: left whole', () => {
    assert.equal(tailOf('特殊困难老年人家庭适老化改造'), '特殊困难老年人家庭适老化改造');
  });
});

describe('有 after the scope opening a clause is no part of the name (全区有常住居民95万人 → 常住居民)', () => {
  it('the district\'s people (acted-on.test.ts\'s 全区有…) and another county\'s 全县有', () => {
    assert.equal(article('全区有常住居民95万人，其中60岁以上老人18万人。', 'chenghua')('95万人').subject, '常住居民');
    assert.equal(article('全县有农村留守儿童1260人。', 'kaihua')('1260人').subject, '农村留守儿童');
  });
  it('…not 有 starting a word of its own (全市有效投诉, 全县有线电视)', () => {
    assert.equal(article('全市有效投诉1200件。', 'yichang')('1200件').subject, '有效投诉');
    assert.equal(article('全县有线电视用户3.2万户。', 'kaihua')('3.2万户').subject, '有线电视用户');
  });
});

describe('a bare satisfaction in a sentence on a 民生实事 programme is the programme\'s (群众满意度达到97.2%)', () => {
  it('泉州\'s plan (annual-plan.txt)', () => {
    assert.equal(article('2025年，全市十件民生实事项目全部按期完成，累计完成投资48.3亿元，群众满意度达到97.2%。', 'quanzhou_fujian', '2026-01-20')('97.2%').subject, '十件民生实事群众满意度');
  });
  it('another city\'s words: 为民办实事 and 满意率', () => {
    assert.equal(article('今年全县十项为民办实事全部完成，群众满意率为96.4%。', 'kaihua')('96.4%').subject, '十项为民办实事群众满意率');
  });
  it('…not a satisfaction whose sentence names no programme (督查组随机走访群众1260人次，群众满意率为93.6%)', () => {
    assert.equal(article('十二类民生实事项目推进顺利。督查组随机走访群众1260人次，群众满意率为93.6%。', 'changde')('93.6%').subject, '群众满意率');
  });
});

describe('a level compared with (比去年同期的2150个) is the same measure then, and the rise after it is on it', () => {
  it('历城\'s report (district-half-year.txt): 新增学位（去年同期）, 新增学位比去年同期增加', () => {
    const fig = article('完成情况：已竣工3所，新增学位3240个，比去年同期的2150个增加1090个。', 'licheng_jinan', '2026-07-14');
    assert.equal(fig('2150个').subject, '新增学位（去年同期）');
    assert.equal(fig('2150个').indicator, fig('3240个').indicator);
    assert.equal(fig('1090个').subject, '新增学位比去年同期增加');
  });
  it('another county\'s words: 比上年的', () => {
    const fig = article('今年全县新建村级养老服务站42个，比上年的30个增加12个。', 'kaihua');
    assert.equal(fig('30个').subject, '新建村级养老服务站（上年）');
    assert.equal(fig('12个').subject, '新建村级养老服务站比上年增加');
  });
  it('…not a rise with no level compared with (比去年同期增加1090个)', () => {
    const fig = article('今年新增学位3240个，比去年同期增加1090个。', 'licheng_jinan');
    assert.equal(fig('1090个').subject, '新增学位比去年同期增加');
    assert.equal(fig('3240个').subject, '新增学位');
  });
});

describe('a year\'s level compared with (比2026年度的380元) and a level that stays (保持55%不变)', () => {
  it('宜宾\'s explainer (medical-insurance-explainer.txt)', () => {
    const fig = article('2027年度城乡居民医保个人缴费标准为每人每年400元，比2026年度的380元增加20元。', 'yibin', '2026-12-08');
    assert.match(fig('380元').subject, /^城乡居民医保个人缴费标准（2026年度）$/u);
    assert.equal(fig('20元').subject, '城乡居民医保个人缴费标准比2026年度增加');
    // (The hospital tier glossed, subjects5: the rate where care is taken; 保持…不变 no part of the name.)
    assert.equal(article('在三级定点医疗机构住院，报销比例保持55%不变。', 'yibin', '2026-12-08')('55%').subject, '报销比例（三级定点医疗机构住院）');
  });
  it('another city\'s words: 维持不变, 比2024年的', () => {
    assert.equal(article('全市城乡低保标准维持每人每月850元不变。', 'yichang')('850元').subject.includes('不变'), false);
    assert.equal(article('今年新增普惠托位2800个，比2024年的2100个增加700个。', 'yichang')('700个').subject, '新增普惠托位比2024年增加');
  });
  it('…not words after a figure that name a thing: they stay the name (新建5所乡镇卫生院)', () => {
    assert.match(article('今年全县新建5所乡镇卫生院。', 'kaihua')('5所').subject, /乡镇卫生院$/u);
  });
});

describe('people served, after the places that serve them just counted in the sentence, are served by those places', () => {
  it('烟台\'s 零工市场 and 绍兴\'s 老年食堂 (hrss-press-conference.txt, decade-review.txt)', () => {
    assert.equal(article('目前，全市已建成零工市场18家，实现县（市、区）全覆盖，今年以来累计服务灵活就业人员23.7万人次。', 'yantai', '2026-11-24')('23.7万人次').subject, '零工市场服务灵活就业人员');
    assert.equal(article('到2025年底，老年食堂（助餐点）达到1325个，2025年服务老年人超过600万人次。', 'shaoxing', '2026-01-10')('超过600万人次').subject, '老年食堂服务老年人');
  });
  it('another city\'s words: 就业服务站', () => {
    assert.equal(article('全区新建就业服务站24个，全年服务求职群众3.2万人次。', 'chenghua')('3.2万人次').subject, '就业服务站服务求职群众');
  });
  it('…not people served after a count of no such places (培训1200人次，服务…) nor of another sentence', () => {
    assert.equal(article('全区开展技能培训1200人次，服务重点群体860人次。', 'chenghua')('860人次').subject, '服务重点群体');
    assert.equal(article('全市建成零工市场18家。今年以来服务灵活就业人员23.7万人次。', 'yantai')('23.7万人次').subject.startsWith('零工市场'), false);
  });
});

describe('places named run together (德眉资三市) name the figure filed under the region holding them', () => {
  it('成都都市圈\'s review (metro-area.txt): 德眉资中小学…, 德眉资参保人员… (never 资三市…)', () => {
    const fig = article('其中德眉资三市参保人员在成都就医直接结算627万人次。四市212家二级以上医疗机构实现检查检验结果互认；德眉资三市共有152所中小学与成都优质学校结对。', 'chengdu', '2026-02-10');
    assert.match(fig('152所').subject, /^德眉资中小学/u);
    assert.equal(fig('627万人次').subject, '德眉资参保人员在成都就医直接结算');
  });
  it('another region\'s words: 长株潭三市', () => {
    assert.match(article('长株潭三市共建成跨市通办服务窗口86个。', 'changsha_hunan')('86个').subject, /^长株潭/u);
  });
  it('…not a count of places with no names run together (全省十三市, 四市212家)', () => {
    assert.equal(ofAbbreviatedPlaces('二级以上医疗机构', '四市'), '二级以上医疗机构');
    assert.equal(ofAbbreviatedPlaces('城镇新增就业', '全省十三市'), '城镇新增就业');
  });
});

describe('pupils with no kind of school named, after a figure of them of one kind, are of that kind (招生1420人，毕业生1350人)', () => {
  it('松阳\'s bulletin (county-yearbook.txt)', () => {
    assert.equal(article('全年普通高中招生1420人，毕业生1350人。', 'songyang', '2026-03-20')('1350人').subject, '普通高中毕业生');
  });
  it('another city\'s words: 普通小学 and 在校生', () => {
    assert.equal(article('全市普通小学招生5200人，在校生3.1万人。', 'yichang')('3.1万人').subject, '普通小学在校生');
  });
  it('…not after a figure of another sentence, nor of people of no school (城镇新增就业…，毕业生)', () => {
    assert.equal(article('全年普通高中招生1420人。毕业生1350人。', 'songyang')('1350人').subject, '毕业生');
    assert.equal(article('全年城镇新增就业4280人，其中高校毕业生1350人。', 'songyang')('1350人').subject.startsWith('城镇'), false);
  });
});

describe('a named area the sentence opened with is every later figure\'s of it (成都都市圈…，年末常住人口达到3012万人)', () => {
  it('成都都市圈\'s review (metro-area.txt, QA s14 A4)', () => {
    assert.equal(article('2025年，成都都市圈实现地区生产总值3.02万亿元，比上年增长5.9%，年末常住人口达到3012万人。', 'sichuan', '2026-01-08')('3012万人').subject, '成都都市圈常住人口');
  });
  it('another area: 资阳临空经济区', () => {
    assert.match(article('资阳临空经济区累计落地项目46个，总投资达到320亿元，新增就业岗位1.2万个。', 'ziyang_sichuan')('1.2万个').subject, /^资阳临空经济区/u);
  });
  it('…not after another sentence, nor a part of the province after 其中', () => {
    assert.equal(article('成都都市圈实现地区生产总值3.02万亿元。年末全省常住人口8370万人。', 'sichuan')('8370万人').subject.startsWith('成都都市圈'), false);
  });
});

describe('those of the buildings just counted whose main structure is done (其中4所主体结构已封顶)', () => {
  it('历城\'s section (district-half-year.txt): the schools, glossed with the part done', () => {
    const fig = article('目标任务：新建改扩建学校8所，新增学位9000个。\n完成情况：已竣工3所，新增学位3240个；其余5所正在施工，其中4所主体结构已封顶。', 'licheng_jinan', '2026-07-14');
    assert.equal(fig('4所').subject, '新建改扩建学校（主体结构已封顶）');
  });
  it('another city\'s words: 主体工程已完工', () => {
    assert.match(article('全市在建养老服务中心12个，其中7个主体工程已完工。', 'yichang')('7个').subject, /养老服务中心（主体工程已完工）$/u);
  });
  it('…not a count whose own noun follows (其中4所学校已封顶 names 学校)', () => {
    assert.doesNotMatch(article('全市在建养老服务中心12个，其中7个主体验收合格率100%。', 'yichang')('7个').subject, /主体工程/u);
  });
});

describe('a change alone names nothing that changed: flagged (大东坝镇增速最快，增长8.4%)', () => {
  it('松阳\'s bulletin (county-yearbook.txt)', () => {
    const o = article('分乡镇看，古市镇农村常住居民人均可支配收入32650元，居全县首位；大东坝镇增速最快，增长8.4%。', 'songyang', '2026-03-20')('8.4%');
    assert.ok(flags(o).includes('subject_unclear'), o.subject);
  });
  it('another style: 同比增长 alone', () => {
    assert.ok(subjectUnclear('同比增长', { canonical: false, unit: '%' } as never, undefined));
  });
  it('…not a change of a thing named (城镇新增就业同比增长)', () => {
    assert.ok(!subjectUnclear('城镇新增就业同比增长', { canonical: false, unit: '%' } as never, undefined));
  });
});

describe('a name its section\'s heading ends with is the heading\'s (完成适老化改造500户 under 九、特殊困难老年人家庭适老化改造)', () => {
  it('历城\'s report (district-half-year.txt)', () => {
    assert.equal(article('九、特殊困难老年人家庭适老化改造\n目标任务：完成适老化改造500户。', 'licheng_jinan', '2026-07-14')('500户').subject, '特殊困难老年人家庭适老化改造');
  });
  it('another city\'s report: 三、农村危房改造 and 改造…户', () => {
    assert.equal(headingNamed('危房改造', '三、农村低收入群体危房改造\n目标任务：'), '农村低收入群体危房改造');
  });
  it('…not a name the heading does not end with, nor one with no heading before', () => {
    assert.equal(headingNamed('入户评估', '九、特殊困难老年人家庭适老化改造\n'), undefined);
    assert.equal(headingNamed('适老化改造', '今年全区完成'), undefined);
  });
});

describe('the things of a target line named again on its progress line are the target\'s (15个村卫生室已全部建成)', () => {
  const SECTION = '十、村卫生室标准化建设\n目标任务：新建标准化村卫生室15个。\n完成情况：15个村卫生室已全部建成并投入使用，该项目已全面完成。';
  it('历城\'s section (district-half-year.txt, QA s14 C2): one measure for the target and its result', () => {
    const fig = article(SECTION, 'licheng_jinan', '2026-07-14');
    assert.equal(fig('15个', 2).subject, '新建标准化村卫生室');
    // (The result may be read as a running total, .cumulative, of the same measure: a period's matter, not the name's.)
    assert.equal(fig('15个', 2).indicator.split('.')[0], fig('15个', 1).indicator);
  });
  it('another city\'s words: 进展情况 and 口袋公园', () => {
    const fig = article('目标任务：新建城市口袋公园20处。\n进展情况：12处口袋公园已建成开放。', 'yichang');
    assert.equal(fig('12处').subject, '新建城市口袋公园');
  });
  it('…not things the target line does not end with (目标任务：新建口袋公园20处 / 完成情况：8处绿地)', () => {
    const fig = article('目标任务：新建口袋公园20处。\n完成情况：8处街头绿地已完成提升。', 'yichang');
    assert.doesNotMatch(fig('8处').subject, /口袋公园/u);
  });
});
