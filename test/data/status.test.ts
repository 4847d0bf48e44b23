import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStatus, keepsPlanFrame, planHeading, programmeAhead, targetHeading } from '../../src/data/status.ts';
import { dates, figures } from './figures.ts';

/** [sentence, figure, status]: the figure's status read from the words around it. */
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // Session 13 (proposal-reply.txt): what a plan builds on stands now, under a plan heading too (see the plan-section cases).
  // Session 13 (infographic.txt): 正在成为现实 is a trend the figures show, not work under way.
  ['全市县域就诊率达到91.5%，比2020年提高6.2个百分点，“小病不出镇、大病不出县”正在成为现实。', '6.2个百分点', 'result'],
  ['全区新建口袋公园32个，“推窗见绿”正在变为现实。', '32个', 'result'],
  ['全区改造老旧小区32个，目前正在施工。', '32个', 'ongoing'],
  // Session 13 (infographic.txt): a 目标/完成 label pair on one line, parted by a space (the ideographic one cleaned to a plain one).
  ['目标：新增普惠性托位2400个 完成：2635个 完成率109.8%', '2400个', 'target'],
  ['目标：新增普惠性托位2400个 完成：2635个 完成率109.8%', '2635个', 'result'],
  ['目标：新增普惠性托位2400个 完成：2635个 完成率109.8%', '109.8%', 'result'],
  ['年度目标:新建口袋公园30个 实际完成:32个', '30个', 'target'],
  ['年度目标:新建口袋公园30个 实际完成:32个', '32个', 'result'],
  // …but a plan stays a plan after a space (力争 完成…), and a target with no 完成 after it stays one.
  ['力争 完成新建学校12所', '12所', 'plan'],
  ['目标：城镇新增就业9万人 新增技能人才1.2万人', '1.2万人', 'target'],
  // Session 13 (metro-area.txt): a task reported done sets no target for the figures after it …
  ['2025年，成都、德阳、眉山、资阳四市同城化发展年度任务全面完成，成都都市圈实现地区生产总值3.02万亿元', '3.02万亿元', 'result'],
  ['全区年度目标任务均已超额完成，城镇新增就业1.2万人。', '1.2万人', 'result'],
  ['全县十件民生实事年度目标提前完成，新建村卫生室36个。', '36个', 'result'],
  // … but a task with its amount, or done only after the figure, is still one.
  ['年度任务为新增就业1.2万人，目前已全面完成。', '1.2万人', 'target'],
  ['年度目标任务：全面完成老旧小区改造120个。', '120个', 'target'],
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '60部', 'target'],
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '64部', 'result'],
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '107%', 'result'],
  ['计划改造城镇老旧小区120个，实际完成128个。', '128个', 'result'],
  // A plan word inside the noun phrase: the plan's total when a later figure of its clause is measured in it.
  ['今年计划新建改扩建的12所公办幼儿园已完工9所，其余3所正在施工。', '12所', 'plan'],
  ['今年计划新建改扩建的12所公办幼儿园已完工9所，其余3所正在施工。', '9所', 'result'],
  ['计划新建的20个养老驿站中，已建成15个。', '20个', 'plan'],
  ['今年计划建设的13个公办幼儿园新改扩建项目全部开工。', '13个', 'ongoing'],
  ['确保完成老旧小区改造70个，新开工保障性租赁住房5000套。', '5000套', 'plan'],
  // Work pushed ahead, the figure inside its object (QA s11 B11): under way, not done.
  ['去年以来，推动两个国家区域医疗中心和5个国家级医学中心分中心建设。', '两个', 'ongoing'],
  ['去年以来，推动两个国家区域医疗中心和5个国家级医学中心分中心建设。', '5个', 'ongoing'],
  ['今年加快推进12个片区改造。', '12个', 'ongoing'],
  // …but not when the clause says it was done, nor a figure outside the object.
  ['加快推进老旧小区改造，建成12个。', '12个', 'result'],
  ['加快推进保障房建设，全年建成3200套。', '3200套', 'result'],
  ['加快推进养老服务，新增床位1200张。', '1200张', 'result'],
  // What remains, with a plan in the next clause, after an earlier clause said work was done (broadcast-script.txt).
  ['目前，一百零三个小区已经全部开工，完工九十六个，剩下的七个，我们确保在春节前全部完工。', '七个', 'plan'],
  ['目前，一百零三个小区已经全部开工，完工九十六个，剩下的七个，我们确保在春节前全部完工。', '九十六个', 'result'],
  ['目前已开工12个，剩余5个力争明年3月底前建成。', '5个', 'plan'],
  // Done in its own clause: the plan after it is of the rest.
  ['今年已改造小区40个，完工32个，确保年底前全部完工。', '32个', 'result'],
  ['今年已建成驿站20个，已完工15个，确保年底前全部完工。', '15个', 'result'],
  ['主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。', '5万人', 'target'],
  ['全年新建、改扩建中小学和幼儿园7所，超额完成年初计划的6所。', '6所', 'plan'],
  ['筹集保障性租赁住房1.05万套，完成年度计划的105%。', '105%', 'result'],
  ['计划实施的8个片区更新项目中，5个已完工，3个正在加快推进。', '5个', 'result'],
  ['今年计划新建老年助餐点45个，目前已有38个投入运营，其余7个正在装修。', '38个', 'result'],
  ['今年计划新建老年助餐点45个，目前已有38个投入运营，其余7个正在装修。', '7个', 'ongoing'],
  ['全市新增既有住宅加装电梯152部，在建68部。', '152部', 'result'],
  ['全市新增既有住宅加装电梯152部，在建68部。', '68部', 'ongoing'],
  ['全市改造老旧小区236个，涉及居民3.1万户，目前已全部进场施工。', '236个', 'ongoing'],
  // Completion expected: not yet built.
  ['15家便民市场和5家社区便民服务中心预计11月底之前全部建成投用。', '15家', 'plan'],
  ['15家便民市场和5家社区便民服务中心预计11月底之前全部建成投用。', '5家', 'plan'],
  // Built, opening expected: the count is of what was built.
  ['建成便民市场15家，预计年底前全部投用。', '15家', 'result'],
  // The task's amount, named right before it; what was done against it stays a result.
  ['2021年，我市棚户区改造工程任务5989套，建成12141套，超额完成了年度任务。', '5989套', 'target'],
  ['2021年，我市棚户区改造工程任务5989套，建成12141套，超额完成了年度任务。', '12141套', 'result'],
  ['截至目前，已完成1759户改造任务。', '1759户', 'result'],
  // 计划 before a time and a verb, or before 总投资: a plan.
  ['同时启动新一轮老旧小区改造，计划明年改造小区30个。', '30个', 'plan'],
  ['完成农村供水提质改造2.5万户，计划年底前再完成3000户。', '3000户', 'plan'],
  ['年初确定了十大民生实事项目，计划总投资28.6亿元。', '28.6亿元', 'plan'],
  // The amount of the year's task, named right after the figure.
  ['计划年底前再完成3000户，全面完成2.8万户的年度任务。', '2.8万户', 'target'],
  // A share of the year's task done is a result, after work under way too.
  ['目前，已完工178个，正在施工58个，完成年度任务的75.4%。', '75.4%', 'result'],
  ['力争完成年度任务的95%。', '95%', 'plan'],
  // A space ends a headline's clause: the second headline is not the figure's.
  ['赣州前三季度城镇新增就业3.2万人 民生实事项目稳步推进', '3.2万人', 'result'],
  // Installed bit by bit: under way, in its own clause only.
  ['在全市范围内陆续安装建设3500张家庭养老床位，完成3964户特殊困难老人的居家适老化改造任务。', '3500张', 'ongoing'],
  ['在全市范围内陆续安装建设3500张家庭养老床位，完成3964户特殊困难老人的居家适老化改造任务。', '3964户', 'result'],
  ['三个新建迁建重点项目有序推进，15家社区医院投入使用。', '三个', 'ongoing'],
  ['三个新建迁建重点项目有序推进，15家社区医院投入使用。', '15家', 'result'],
  // 争取 with a time ahead is a plan; 争取 of funds secured is what was done.
  ['争取10月底前20个老旧小区改造项目全部完工。', '20个', 'plan'],
  ['争取明年新建社区食堂15个。', '15个', 'plan'],
  ['今年以来，全县争取上级资金1.25亿元。', '1.25亿元', 'result'],
  // Projects that go well are under way; those done, in the next clause, are results.
  ['109所义务教育学校新改扩建项目进展顺利，31个项目已完工。', '109所', 'ongoing'],
  ['109所义务教育学校新改扩建项目进展顺利，31个项目已完工。', '31个', 'result'],
  ['全区12个老旧小区改造项目顺利推进，已完工5个。', '12个', 'ongoing'],
  // Not another figure's clause: 建成的20所学校 are built, the works after them going well is another matter.
  ['今年建成学校20所，其余项目进展顺利。', '20所', 'result'],
  // A share of a five-year task done is a result; a target named right after its amount is that target (plan-evaluation.txt).
  ['2021—2024年累计实现城镇新增就业25.8万人，完成五年目标任务的86%。', '86%', 'result'],
  ['每千人口托位数为3.1个，比2020年增加1.9个，但距4.5个的规划目标仍差1.4个。', '4.5个', 'target'],
  ['每千人口托位数为3.1个，比2020年增加1.9个，但距4.5个的规划目标仍差1.4个。', '1.4个', 'result'],
  ['全市养老机构护理型床位占比达到58.6%，提前完成55%的约束性目标。', '58.6%', 'result'],
  ['全市养老机构护理型床位占比达到58.6%，提前完成55%的约束性目标。', '55%', 'target'],
  ['年均增长6.5%，低于《纲要》年均增长7%左右的预期。', '7%左右', 'target'],
  ['全区新增就业岗位1.1万个，完成全区三年目标任务的92%。', '92%', 'result'],
  // …but a share of the tasks, with no target named, is what was done.
  ['全区已办结群众诉求4.2万件，完成了90%的任务。', '90%', 'result'],
  // 累计 right before a plan's amount totals the plan; 累计 with a verb of its own reports what was done.
  ['预计全年可达6.5万人，五年累计32.3万人。', '32.3万人', 'plan'],
  ['今年计划新建社区食堂20个，累计建成15个。', '15个', 'result'],
  // 预期增长 is a budget's target; 预期寿命 is no status word.
  ['2026年全市一般公共预算收入预期增长5%左右。', '5%左右', 'target'],
  ['2024年全市人均预期寿命达到78.6岁。', '78.6岁', 'result'],
  // 将 before a verb, however far the sentence runs on (county-news.txt); 将联动 in another city's words.
  ['新学期，全县中小学将依托钱江源国家公园、根宫佛国5A级景区等资源，本学期开设研学课程20门。', '20门', 'plan'],
  ['9月底前，县卫健局将联合衢州市三甲医院专家，为全县小学一年级新生免费开展视力筛查，覆盖新生3120人。', '3120人', 'plan'],
  ['下半年，区民政局将联动各街道，为辖区80岁以上老人上门体检2000人次。', '2000人次', 'plan'],
  // A deadline ahead makes a level or a rate a target, but works a plan word sets out stay a plan.
  ['到2027年，全县还将新建、改扩建学校6所，新增学位3000个。', '6所', 'plan'],
  ['到2027年，全县还将新建、改扩建学校6所，新增学位3000个。', '3000个', 'plan'],
  ['到2030年，力争全市常住人口城镇化率达到70%左右，每千人口托位数达到5.5个。', '70%左右', 'target'],
  ['到2030年，力争全市常住人口城镇化率达到70%左右，每千人口托位数达到5.5个。', '5.5个', 'target'],
  ['到2028年，计划建成社区食堂50个。', '50个', 'plan'],
  ['到2028年，全市社区食堂达到300个。', '300个', 'target'],
  ['按照我市提出的“到2027年全市城乡居民可支配收入力争突破6万元”的目标。', '突破6万元', 'target'],
  // Session 14 (inspection-notice.txt): 年度目标 names the year's objective; a gap behind 序时进度 is a result, the benchmark a target;
  // a plan word inside a share's base (占年度计划投资…的64.6%) says nothing of the clauses after the share.
  ['年度目标新增学位9600个，截至8月底已新增学位7150个。', '9600个', 'target'],
  ['全区年度目标新建口袋公园20个。', '20个', 'target'],
  ['年度目标新增学位9600个，截至8月底已新增学位7150个。', '7150个', 'result'],
  ['提前完成年度目标的108%。', '108%', 'result'],
  ['已新增712个，完成率47.5%，低于序时进度19.2个百分点。', '19.2个百分点', 'result'],
  ['全县32个项目中，21个进度快于序时进度，平均高于序时进度6.5个百分点。', '6.5个百分点', 'result'],
  ['完成年度任务的75.4%，比序时进度（66.7%）快8.7个百分点。', '66.7%', 'target'],
  ['累计完成投资46.8亿元，占年度计划投资72.5亿元的64.6%，比去年同期提高3.2个百分点。', '3.2个百分点', 'result'],
  ['累计完成投资46.8亿元，占年度计划投资72.5亿元的64.6%，比去年同期提高3.2个百分点。', '72.5亿元', 'plan'],
  ['前三季度，全县完成投资12.4亿元，占全年计划的71.2%，同比提高2.5个百分点。', '2.5个百分点', 'result'],
  ['力争全年完成投资80亿元，比上年提高5个百分点。', '5个百分点', 'plan'],
  // Session 14 (bureau-annual-report.txt): 拟 qualifying the object of a verb done (审查拟公开信息) is no plan.
  ['全年审查拟公开信息1900余条。', '1900余条', 'result'],
  ['公示拟表彰先进个人32名。', '32名', 'result'],
  ['全区拟新建口袋公园12个。', '12个', 'plan'],
  // Session 14 (inspection-notice.txt): a deadline demanded before the figure (要在10月底前) makes it what is to be done.
  ['鼎城区要在10月底前新增托位不少于100个。', '不少于100个', 'plan'],
  ['各县须于年底前完成危房改造320户。', '320户', 'plan'],
  ['各县已于6月底前完成危房改造320户。', '320户', 'result'],
  // …and a task's amount (…的任务) under a plan word of its own clause is planned; one past a comma stays the task (target).
  ['确保全年新增托位1500个、改造供水管网860公里的任务全面完成。', '860公里', 'plan'],
  ['力争完成棚户区改造3200套的年度任务。', '3200套', 'plan'],
  ['计划年底前再完成800户，全面完成5600户的年度任务。', '5600户', 'target'],
  // …and how many of a set named before 中 did their task is a result, not the task (其中，…计划的6所 stays the plan's amount).
  ['十二类项目中，已提前完成年度任务的3类，进度滞后的4类。', '3类', 'result'],
  ['全市32个重点项目中，已完成年度计划的21个。', '21个', 'result'],
  ['其中，超额完成年初计划的6所。', '6所', 'plan'],
  // Session 14 (bureau-annual-report.txt): cases carried over to the next year, or not concluded, are under way — in their own clause only.
  ['全年办结44件，结转下年度继续办理6件，按期答复率100%。', '6件', 'ongoing'],
  ['全年办结44件，结转下年度继续办理6件，按期答复率100%。', '100%', 'result'],
  ['涉及政府信息公开的行政诉讼尚未审结1件。', '1件', 'ongoing'],
];

describe('findStatus', () => {
  for (const [sentence, figure, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: false, published: '2025-01-08', percent: figure.includes('%'), raw: figure };
      assert.equal(findStatus(input), status);
    });
  }
});

describe('findStatus in a plan section', () => {
  // 泉州市2026年市级十件民生实事项目公布, published 2026-01-20: the year's projects, with last year's results among them.
  const CASES: ReadonlyArray<readonly [string, string, string | undefined, string]> = [
    ['全年新增城镇就业9.5万人，开展补贴性职业技能培训5万人次以上。', '9.5万人', '2026-12-31', 'plan'],
    ['对60周岁以上的低保、特困老年人，每人每月发放居家养老服务补贴200元。', '200元', '2026-12-31', 'plan'],
    ['去年全市筹集保障性租赁住房5200套（间），完成年度计划的104%。', '5200套', '2025-12-31', 'result'],
    ['2025年全市改造老旧小区165个、加装电梯286台。', '286台', '2025-12-31', 'result'],
    // What stands at publication is no plan either.
    ['目前全市现有养老机构120家。', '120家', '2026-01-20', 'result'],
    ['全市现有养老床位3.2万张，新增养老床位2000张。', '3.2万张', '2026-12-31', 'result'],
    ['全市现有养老床位3.2万张，新增养老床位2000张。', '2000张', '2026-12-31', 'plan'],
    ['改造现有老旧小区120个。', '120个', '2026-12-31', 'plan'],
    // Session 13 (proposal-reply.txt): what a plan builds on (依托…) stands; what it builds is planned.
    ['（三）深化医育结合。依托全市87家乡镇卫生院和社区卫生服务中心，力争2026年底前建成医育结合示范点20个。', '87家', '2026-12-31', 'result'],
    ['依托现有23个综合服务中心，新建嵌入式托育点40个。', '23个', '2026-12-31', 'result'],
    ['依托现有23个综合服务中心，新建嵌入式托育点40个。', '40个', '2026-12-31', 'plan'],
    ['新建依托社区的托育点40个。', '40个', '2026-12-31', 'plan'],
    // Done words still win over the section, and plan words need no section.
    ['年内完成食品抽检3.6万批次，已完成1.2万批次。', '1.2万批次', '2026-12-31', 'result'],
    ['新建社区食堂8个。', '8个', undefined, 'plan'],
  ];
  for (const [sentence, figure, periodEnd, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: true, published: '2026-01-20', periodEnd };
      assert.equal(findStatus(input), status);
    });
  }
});

describe('findStatus of money allocated (安排…资金)', () => {
  /** [sentence, figure, publication date, end of the figure's period, status]. */
  const CASES: ReadonlyArray<readonly [string, string, string, string, string]> = [
    // feature-story.txt: the year's budget, set out beside the year's plans.
    ['今年，成都把“十五分钟居家养老服务圈”建设列入市级十大民生实事，市级财政安排养老服务专项资金3.8亿元，计划新增家庭养老床位5000张。', '3.8亿元', '2025-11-19', '2025-11-19', 'plan'],
    ['2026年，区财政安排教育发展经费1.2亿元。', '1.2亿元', '2026-01-10', '2026-12-31', 'plan'],
    // What was allocated, or allocated in a year gone by, is done.
    ['今年以来，市财政已安排就业补助资金2.1亿元。', '2.1亿元', '2025-11-19', '2025-11-19', 'result'],
    ['五年来累计安排民生资金126亿元。', '126亿元', '2026-01-12', '2025-12-31', 'result'],
    ['全年安排民生资金52亿元，增长6.1%。', '52亿元', '2026-03-26', '2025-12-31', 'result'],
    // 安排 of people or places is no budget.
    ['今年，全市安排公益性岗位3200个。', '3200个', '2025-11-19', '2025-11-19', 'result'],
    ['每天早晚高峰安排警力、辅警120余人次。', '120余人次', '2025-09-01', '2025-09-01', 'result'],
    // A sum right after 安排: after the budget's subject, or bare before what it pays for (budget-report.txt).
    ['全市一般公共预算支出安排632.0亿元，比上年预算数增加4.8亿元。', '632.0亿元', '2026-01-14', '2026-12-31', 'plan'],
    ['安排1.8亿元，支持新建改扩建中小学和幼儿园15所。', '1.8亿元', '2026-01-14', '2026-12-31', 'plan'],
    // A year gone by: the sum allocated is the plan when the sentence sets what was paid against it.
    ['2025年，市级财政安排十件民生实事项目资金15.8亿元，实际拨付15.2亿元。', '15.8亿元', '2026-01-14', '2025-12-31', 'plan'],
    ['2025年，市级财政安排十件民生实事项目资金15.8亿元，实际拨付15.2亿元。', '15.2亿元', '2026-01-14', '2025-12-31', 'result'],
    ['2024年，区财政安排养老服务补助经费8000万元，实际到位7600万元。', '8000万元', '2025-02-10', '2024-12-31', 'plan'],
  ];
  for (const [sentence, figure, published, periodEnd, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: false, published, periodStart: `${periodEnd.slice(0, 4)}-01-01`, periodEnd, money: figure.includes('元') };
      assert.equal(findStatus(input), status);
    });
  }
});

it('reads a bare 安排 before a sum with no date of its own as what was allocated, a result', () => {
  const sentence = '安排2.2亿元，用于新建托育机构12家。';
  const at = sentence.indexOf('2.2亿元');
  const input = { before: sentence.slice(0, at), after: sentence.slice(at + 5), planSection: false, published: '2026-01-22', money: true };
  assert.equal(findStatus(input), 'result');
  assert.equal(findStatus({ ...input, periodStart: '2026-01-01', periodEnd: '2026-12-31' }), 'plan');
});

describe('findStatus under a heading of targets', () => {
  // hotline-report.txt, 五、2026年工作目标 (published 2026-01-16): levels to reach are targets, works to do plans.
  /** [sentence, figure, status, end of the figure's period if its words date it] */
  const CASES: ReadonlyArray<readonly [string, string, string, string?]> = [
    ['2026年，市12345热线将持续深化“接诉即办”改革，力争按时办结率保持在99%以上，满意率达到97%以上。', '99%以上', 'target'],
    ['2026年，市12345热线将持续深化“接诉即办”改革，力争按时办结率保持在99%以上，满意率达到97%以上。', '97%以上', 'target'],
    ['新增智能客服坐席50个，推动全市16个部门实现工单“一网流转”。', '50个', 'plan'],
    ['新增智能客服坐席50个，推动全市16个部门实现工单“一网流转”。', '16个', 'plan'],
    // Another office's goals: a rate and a time limit to reach, a count to add.
    ['全年群众来访一次办结率提高到95%，新建社区调解室30个。', '95%', 'target'],
    ['全年群众来访一次办结率提高到95%，新建社区调解室30个。', '30个', 'plan'],
    // A bound sets a level to reach, and 累计 over years still ahead is no result (plan-evaluation.txt's 目标建议).
    ['“十五五”时期累计实现城镇新增就业30万人以上。', '30万人以上', 'target', '2030-12-31'],
    ['累计新增养老床位5000张。', '5000张', 'plan', '2030-12-31'],
    // What its words date before publication stands.
    ['截至2025年底，全市按时办结率已达到98%以上。', '98%以上', 'result', '2025-12-31'],
  ];
  for (const [sentence, figure, status, periodEnd] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: true, targetSection: true, published: '2026-01-16', percent: figure.includes('%'), raw: figure, periodEnd };
      assert.equal(findStatus(input), status);
    });
  }
});

describe('programmeAhead', () => {
  /** [title, publication date, whether it announces a programme still to be carried out] */
  const TITLES: ReadonlyArray<readonly [string, string | null, boolean]> = [
    ['泉州市2026年市级十件民生实事项目公布', '2026-01-20', true],
    ['我市2027年为民办实事项目征集启动', '2026-11-02', true],
    // Undated, last year's figures among the plans could not be told apart.
    ['泉州市2026年市级十件民生实事项目公布', null, false],
    ['郫都区2024年十件民生实事完成情况', '2025-01-10', false],
    ['【民生实事】✅柯桥区2025年十大民生实事项目进展来啦！', '2025-12-03', false],
    ['2025年民生实事项目', '2026-02-01', false],
    ['2026年民生实事项目实施方案印发', '2026-02-10', true],
    // The year of publication, with no word that announces it: perhaps a progress report.
    ['2026年民生实事项目', '2026-06-01', false],
    ['柯桥区2025年民生实事项目稳步推进', '2025-06-18', false],
    ['2025年民生实事项目最新进度来了', '2025-09-01', false],
    ['2026年民生实事项目推进情况发布', '2026-07-01', false],
    ['湖州市政府工作报告（摘要）', '2025-01-20', false],
  ];
  for (const [title, published, ahead] of TITLES) {
    it(`${title} (${published ?? 'undated'}): ${ahead}`, () => assert.equal(programmeAhead(title, published), ahead));
  }

  it('makes a heading a plan heading, and topics under it keep the frame while a year or a look back sets its own', () => {
    assert.equal(planHeading('一、2026年民生实事项目安排', '2026-01-20'), true);
    assert.equal(planHeading('一、稳就业促增收', '2026-01-20'), false);
    assert.equal(keepsPlanFrame('一、稳就业促增收'), true);
    assert.equal(keepsPlanFrame('六、推进城镇老旧小区改造'), true);
    assert.equal(keepsPlanFrame('一、2024年工作回顾'), false);
    assert.equal(keepsPlanFrame('去年工作成效'), false);
  });

  it('reads a budget draft and targets as plan headings, and a report on work as none', () => {
    const HEADINGS: ReadonlyArray<readonly [string, string, boolean, boolean]> = [
      // [heading, publication date, plan heading, heading of targets]
      ['二、2026年预算草案', '2026-01-14', true, false],
      ['（一）全市一般公共预算草案', '2026-01-14', true, false],
      ['一、2025年预算执行情况', '2026-01-14', false, false],
      ['五、2026年工作目标', '2026-01-16', true, true],
      ['三、“十五五”时期目标建议', '2025-11-20', true, true],
      ['二、主要目标任务', '2025-01-20', true, false],
      // A year's work (三、扎实做好2026年财政工作) is no plan heading by its words: its year, ahead or not, decides (extract.ts).
      ['三、扎实做好2026年财政工作', '2026-12-20', false, false],
      // A report on the work, though it names 重点工作.
      ['四、重点工作成效', '2026-01-16', false, false],
    ];
    for (const [line, published, plan, target] of HEADINGS) {
      assert.equal(planHeading(line, published), plan, line);
      assert.equal(targetHeading(line), target, line);
    }
  });
});

describe('a sum an agreement commits each year (QA s14, 3): a standing plan, with no dates', () => {
  const article = (title: string, date: string, body: string, region: string) => figures(`${title}\n发布时间：${date}\n${body}\n`, region);
  it('石家庄\'s real sentence: 签订了《战略合作框架协议书》，市本级财政每年投入1000万元合作开展…', () => {
    const fig = article('石家庄市教育民生工作综述', '2022-08-11', '为搭建高水平教师专业成长平台，市政府与国家教育行政学院签订了《战略合作框架协议书》，市本级财政每年投入1000万元合作开展“石家庄市名校长名师培养工程”。', 'shijiazhuang');
    assert.equal(fig('1000万元').status, 'plan');
    assert.deepEqual(fig('1000万元').period, { label: '每年' });
  });
  it('another city\'s, with 签署 and 每年投入 for a hospital built together', () => {
    const fig = article('绵阳市卫生健康工作', '2025-03-10', '市政府与四川大学华西医院签署合作协议，市财政每年投入2000万元共建区域医疗中心。', 'mianyang');
    assert.equal(fig('2000万元').status, 'plan');
    assert.deepEqual(dates(fig('2000万元')), [null, null]);
  });
  it('not a yearly sum with no agreement, nor a past statistic said per year (近三年每年新增就业)', () => {
    const fig = article('绵阳市民生工作', '2025-03-10', '2024年，县财政每年投入民生资金3000万元。全区近三年每年新增就业1万人。', 'mianyang');
    assert.equal(fig('3000万元').status, 'result');
    assert.equal(fig('1万人').status, 'result');
  });
  it('not a sum spent once in a sentence that names an agreement', () => {
    const fig = article('绵阳市卫生健康工作', '2025-03-10', '2024年，市政府与四川大学华西医院签署合作协议，市财政投入2000万元建成区域医疗中心。', 'mianyang');
    assert.equal(fig('2000万元').status, 'result');
  });
});
