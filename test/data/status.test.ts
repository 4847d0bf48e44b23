import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStatus, keepsPlanFrame, planHeading, programmeAhead } from '../../src/data/status.ts';

/** [sentence, figure, status]: the figure's status read from the words around it. */
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '60部', 'target'],
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '64部', 'result'],
  ['年度任务为既有住宅加装电梯60部，全年完成64部，完成年度任务的107%。', '107%', 'result'],
  ['计划改造城镇老旧小区120个，实际完成128个。', '128个', 'result'],
  ['确保完成老旧小区改造70个，新开工保障性租赁住房5000套。', '5000套', 'plan'],
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
];

describe('findStatus', () => {
  for (const [sentence, figure, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: false, published: '2025-01-08', percent: figure.endsWith('%') };
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
  ];
  for (const [sentence, figure, published, periodEnd, status] of CASES) {
    it(`${figure} in ${sentence}: ${status}`, () => {
      const at = sentence.indexOf(figure);
      const input = { before: sentence.slice(0, at), after: sentence.slice(at + figure.length), planSection: false, published, periodStart: `${periodEnd.slice(0, 4)}-01-01`, periodEnd };
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
});
