import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicDates, arabicYears } from '../../src/data/chinese-year.ts';
import type { Period } from '../../src/data/types.ts';
import { assignPeriod, averageToDeadline, alongsideLevel, changeSinceBase, dayEvent, levelOfStanding, standardThisYear, findPeriodMarkers, limitInForce, planTarget, rateAtSpanEnd, stockPeriod, titlePlan, type Frame, type FrameAt } from '../../src/data/period.ts';

const PUBLISHED = '2022-08-11';

/**
 * One phrase per kind of time marker, each after words that hold no marker: the scan
 * looks for markers only where one can start, so every kind must be found from its
 * first character.
 */
const MARKERS: ReadonlyArray<readonly [string, { start?: string; end?: string }]> = [
  ['2021-2025年', { start: '2021-01-01', end: '2025-12-31' }],
  ['2023年上半年', { start: '2023-01-01', end: '2023-06-30' }],
  ['自2021年10月上线以来', { start: '2021-10-01', end: PUBLISHED }],
  ['从2018年起', { start: '2018-01-01', end: PUBLISHED }],
  ['2018年以来', { start: '2018-01-01', end: PUBLISHED }],
  ['2023年', { start: '2023-01-01', end: '2023-12-31' }],
  ['2023年末', { end: '2023-12-31' }],
  ['十四五期间', { start: '2021-01-01', end: '2025-12-31' }],
  ['十四五以来', { start: '2021-01-01', end: PUBLISHED }],
  ['十五五时期', { start: '2026-01-01', end: '2030-12-31' }],
  ['十三五期间', { start: '2016-01-01', end: '2020-12-31' }],
  ['今年上半年', { start: '2022-01-01', end: '2022-06-30' }],
  ['下半年', { start: '2022-07-01', end: '2022-12-31' }],
  ['2023年下半年', { start: '2023-07-01', end: '2023-12-31' }],
  ['今年以来', { start: '2022-01-01', end: PUBLISHED }],
  ['去年以来', { start: '2021-01-01', end: PUBLISHED }],
  ['明年', { start: '2023-01-01', end: '2023-12-31' }],
  ['前三季度', { start: '2022-01-01', end: '2022-09-30' }],
  ['今年前两季度', { start: '2022-01-01', end: '2022-06-30' }],
  ['第二季度', { start: '2022-04-01', end: '2022-06-30' }],
  ['四季度', { start: '2022-10-01', end: '2022-12-31' }],
  ['2021年前三季度', { start: '2021-01-01', end: '2021-09-30' }],
  ['从今年7月起', { start: '2022-07-01', end: PUBLISHED }],
  ['7月以来', { start: '2022-07-01', end: PUBLISHED }],
  ['今年起', { start: '2022-01-01', end: PUBLISHED }],
  ['2021年秋季学期起', { start: '2021-09-01', end: PUBLISHED }],
  ['春季学期开始', { start: '2022-02-01', end: PUBLISHED }],
  ['本学期', { start: '2022-09-01', end: '2023-01-31' }],
  ['10月以来', { start: '2021-10-01', end: PUBLISHED }],
  ['7月', { start: '2022-07-01', end: '2022-07-31' }],
  ['去年', { start: '2021-01-01', end: '2021-12-31' }],
  ['四年间', {}],
  ['两年时间', {}],
  ['一年来', { start: '2021-08-11', end: PUBLISHED }],
  ['近一年', { start: '2021-08-11', end: PUBLISHED }],
  ['截至2024年底', { end: '2024-12-31' }],
  ['截止2024年6月', { end: '2024-06-30' }],
  ['截至2024年6月底', { end: '2024-06-30' }],
  ['截至2024年6月15日', { end: '2024-06-15' }],
  ['截至7月底', { end: '2022-07-31' }],
  ['截至今年7月底', { end: '2022-07-31' }],
  ['6月末', { end: '2022-06-30' }],
  ['2021年6月底', { end: '2021-06-30' }],
  ['截至2024年秋季学期结束', { end: '2025-01-31' }],
  ['截至2024年春季学期末', { end: '2024-07-31' }],
  ['近三年', { start: '2019-08-11', end: PUBLISHED }],
  ['五年来', { start: '2017-08-11', end: PUBLISHED }],
  ['过去五年', { start: '2017-08-11', end: PUBLISHED }],
  ['过去的一年', { start: '2021-08-11', end: PUBLISHED }],
  ['三年累计', { start: '2019-08-11', end: PUBLISHED }],
  ['近5年', { start: '2017-08-11', end: PUBLISHED }],
  ['二十年来', { start: '2002-08-11', end: PUBLISHED }],
  ['截至目前', { end: PUBLISHED }],
  ['截止当前', { end: PUBLISHED }],
  ['目前', { end: PUBLISHED }],
  ['如今', { end: PUBLISHED }],
  ['现在', { end: PUBLISHED }],
  ['到2027年', { end: '2027-12-31' }],
  ['到2025年6月底', { end: '2025-06-30' }],
];

describe('findPeriodMarkers', () => {
  for (const [phrase, dates] of MARKERS) {
    it(`finds ${phrase} in running text`, () => {
      const text = `全市民生工作${phrase}，新建学校12所。`;
      const markers = findPeriodMarkers(text, PUBLISHED);
      assert.equal(markers.length, 1, JSON.stringify(markers));
      const [marker] = markers;
      assert.equal(text.slice(marker!.start, marker!.end), phrase);
      assert.deepEqual({ start: marker!.period.start, end: marker!.period.end }, { start: dates.start, end: dates.end });
    });
  }

  it('a bare 今年 in the sentence of a dated 截至 of that year runs to that date', () => {
    const markers = findPeriodMarkers('截至7月底，全市已建成中心46个，今年新增床位1200张。今年新建学校5所。', PUBLISHED);
    assert.deepEqual(
      markers.map((m) => [m.period.label, m.period.start, m.period.end]),
      [['截至7月底', undefined, '2022-07-31'], ['今年', '2022-01-01', '2022-07-31'], ['今年', '2022-01-01', PUBLISHED]],
    );
  });

  it('秋季学期起 with no year is the last autumn term begun by publication; one not begun yet, no dates', () => {
    const since = (text: string, published: string) => findPeriodMarkers(`${text}，全市公办园在园幼儿占比提高到63.5%。`, published).map((m) => [m.period.start, m.period.end]);
    assert.deepEqual(since('秋季学期起', '2026-03-02'), [['2025-09-01', '2026-03-02']]);
    assert.deepEqual(since('秋季学期起', '2025-11-20'), [['2025-09-01', '2025-11-20']]);
    assert.deepEqual(since('2026年秋季学期起', '2026-03-02'), [[undefined, undefined]]);
  });
  it('本学期 is the term under way at publication', () => {
    const term = (published: string) => findPeriodMarkers('本学期开设研学课程20门。', published).map((m) => [m.period.start, m.period.end]);
    // county-news.txt, published on the first day of the autumn term.
    assert.deepEqual(term('2025-09-01'), [['2025-09-01', '2026-01-31']]);
    assert.deepEqual(term('2026-01-10'), [['2025-09-01', '2026-01-31']]);
    assert.deepEqual(term('2026-03-02'), [['2026-02-01', '2026-07-31']]);
  });

  it('skips a year compared against: 比去年增长 is not the figure’s period', () => {
    const markers = findPeriodMarkers('收入比去年增长5.1%，2023年达到16993元。', PUBLISHED);
    assert.deepEqual(
      markers.map((m) => m.period.label),
      ['2023年'],
    );
  });

  const NOT_MARKERS: ReadonlyArray<readonly [string, string]> = [
    ['an age: 今年85岁', '住在望平社区的李婆婆今年85岁，独居多年。'],
    ['a deadline: 6月底前', '全市力争6月底前完成老旧小区改造120个。'],
    ['a deadline with its year: 2022年10月底前', '各县区要在2022年10月底前完成复核，涉及低保对象3万人。'],
    ['现在 inside a word: 体现在', '民生温度体现在新建学校12所。'],
    ['a day: 9月1日', '9月1日，全县新生报到3120人。'],
    ['a month of every year: 每年7月', '每年7月开展体检，覆盖老人3万人。'],
  ];
  // (7月中旬 was no marker until session 16, lest it read as the whole month: it is now the 11th to the 20th.)
  it('reads a part of a month as its ten days: 7月中旬', () => {
    assert.deepEqual(findPeriodMarkers('7月中旬，全县新建学校2所。', PUBLISHED).map((m) => [m.period.start, m.period.end]), [['2022-07-11', '2022-07-20']]);
  });
  for (const [what, text] of NOT_MARKERS) {
    it(`finds no marker in ${what}`, () => assert.deepEqual(findPeriodMarkers(text, PUBLISHED), []));
  }

  /** The period of the figure that follows `before` in `text`. */
  const periodOf = (text: string, figure: string, published: string | null = PUBLISHED) => {
    const at = text.indexOf(figure);
    const period = assignPeriod(findPeriodMarkers(text, published), text.lastIndexOf('\n', at) + 1, at, published);
    return { label: period.label, start: period.start, end: period.end };
  };

  const SCOPES: ReadonlyArray<readonly [string, string, string, { start?: string; end?: string }]> = [
    ['a span of years counts from the 以来 just before it, in the paragraph before', '2021年以来，全区多方发力。\n四年间，187万元稳岗返还资金助力企业。', '187万元', { start: '2021-01-01', end: '2024-12-31' }],
    ['…and in its own paragraph', '自2019年起，我市持续投入，三年来新建学校12所。', '12所', { start: '2019-01-01', end: '2021-12-31' }],
    ['a span of years with no start before it stays undated', '全区多方发力。\n四年间，187万元稳岗返还资金助力企业。', '187万元', {}],
    ['a span two paragraphs after the 以来 stays undated', '2021年以来，全区多方发力。\n就业拓路。\n四年间，187万元稳岗返还资金助力企业。', '187万元', {}],
    // county-work-report.txt: 实施农村供水保障工程128处，到2025年底，全县农村自来水普及率达到96.8%。县域外转诊率下降4.6个百分点。
    ['a dated deadline or level (到2025年底) applies to its own sentence', '五年来，全县民生事业全面进步。到2025年底，全县农村自来水普及率达到96.8%。县域外转诊率下降4.6个百分点。', '96.8%', { end: '2025-12-31' }],
    ['…not to the next one, which falls back to the time before it', '五年来，全县民生事业全面进步。到2025年底，全县农村自来水普及率达到96.8%。县域外转诊率下降4.6个百分点。', '4.6个百分点', { start: '2017-08-11', end: PUBLISHED }],
    ['…nor in a plan of another style, to the next target', '到2027年，全区普惠托位达到1.2万个。新建社区食堂30个。', '30个', { end: PUBLISHED }],
    ['a dated stock applies to its own sentence', '截至2024年底，全市床位达到3.2万张，老人98.6万人。', '98.6万人', { end: '2024-12-31' }],
    ['…not to the next one', '2024年，全区新建助餐点86个。截至2024年底，全市床位达到3.2万张。完成适老化改造1050户。', '1050户', { start: '2024-01-01', end: '2024-12-31' }],
    ['a marker in an aside ends with its parenthesis', '2024年，新建助餐点86个(截至2024年底，全市已超过2000个)，完成改造1050户。', '1050户', { start: '2024-01-01', end: '2024-12-31' }],
    ['a cutoff describes what is counted, not when (no marker: to publication)', '对2000年底前建成的86个城镇老旧小区实施综合改造。', '86个', { end: PUBLISHED }],
    ['…as does a year in the noun phrase after 对', '对2017年整治出新的107个小区开展回头看。', '107个', { end: PUBLISHED }],
    ['a year that dates the clause still does', '2017年整治出新小区107个。', '107个', { start: '2017-01-01', end: '2017-12-31' }],
    ['a deadline after a figure says nothing of the next sentence', '2024年，新建学校11所，预计2025年底完工。筹集住房860套。', '860套', { start: '2024-01-01', end: '2024-12-31' }],
    ['a bare 目前 speaks of its own sentence only', '2024年，全市新建学校11所。医院目前在建，建成后将新增床位500张；师宗县完成改造11个。', '11个', { start: '2024-01-01', end: '2024-12-31' }],
    ['…and applies inside it', '2024年，新建助餐点86个(截至2024年底，全市已超过2000个)，完成改造1050户。', '2000个', { end: '2024-12-31' }],
    ['截至目前 counts from the 以来 its paragraph opened with', '2023年以来，我市加大教育投入。截至目前，我市新建改扩建中小学12所。', '12所', { start: '2023-01-01', end: PUBLISHED }],
    ['…not past another time between them', '2023年以来，我市加大教育投入。2024年新建学校3所，截至目前，我市新建改扩建中小学12所。', '12所', { end: PUBLISHED }],
    ['…nor across paragraphs', '2018年起，全市开启老旧小区改造。\n截至目前，全市已完成老旧小区改造700余个。', '700余个', { end: PUBLISHED }],
    ['目前 says how things stand now, with no start', '自2021年10月上线以来，已整合50余家单位资源。目前，日活用户超万人。', '超万人', { end: PUBLISHED }],
    // QA s7, A5 (press-conference.txt): 截至9月底，已建成投用21所…。其中，南康区唐江中学新校区…新增学位2400个.
    ['a sentence opening with 其中 breaks the one before down: its dated 截至 applies', '今年，全市计划新建学校32所。截至7月底，已建成21所，新增学位1.9万个。其中，南康区新校区7月1日投入使用，新增学位2400个。', '2400个', { end: '2022-07-31' }],
    // wechat-progress.txt: a town's share of the completions, with no 其中, is as of the same date.
    ['a sentence opening with a town breaks the one before down too', '今年，全区计划改造老旧小区42个，截至7月底已完工39个。钱清街道完工的小区最多，共9个。', '9个', { end: '2022-07-31' }],
    ['…and not past it', '今年，全市计划新建学校32所。截至7月底，已建成21所。其中，南康区新增学位2400个。于都县新增学位3000个。', '3000个', { start: '2022-01-01', end: PUBLISHED }],
    // …目前，全市共有城乡低保对象28.6万人。从今年7月起，城市低保标准提高到每人每月920元…。瑞金市、于都县还为重度残疾人购买了意外伤害保险，已覆盖1.1万人。
    ['the month a change took effect dates its own sentence', '从今年7月起，城市低保标准提高到每人每月920元，农村提高到每人每月720元。', '720元', { start: '2022-07-01', end: PUBLISHED }],
    ['…not the next sentence, about something else', '1—6月，全市发放救助资金15.8亿元。目前，全市共有城乡低保对象28.6万人。从今年7月起，城市低保标准提高到每人每月920元。两县还为重度残疾人购买了意外伤害保险，已覆盖1.1万人。', '1.1万人', { end: PUBLISHED }],
    // feature-story.txt: 邻里食堂2021年开张时，每天只有30多位老人来吃饭；如今日均就餐达到260人次…。社区有常住居民1.1万人.
    ['the year of an anecdote dates its own clauses', '邻里食堂2021年开张时，每天只有30多位老人来吃饭；如今日均就餐达到260人次。社区有常住居民1.1万人。', '30多位', { start: '2021-01-01', end: '2021-12-31' }],
    ['…and 如今 after it closes it: what follows is now', '邻里食堂2021年开张时，每天只有30多位老人来吃饭；如今日均就餐达到260人次。社区有常住居民1.1万人。', '1.1万人', { end: PUBLISHED }],
    ['…as 现在 does, in another style', '2016年合作社成立时，社员不到20户，现在社员已有340户。全村土地流转面积2600亩。', '2600亩', { end: PUBLISHED }],
    ['an age is no period: the figure after it is as of publication', '张大爷今年78岁，每月领取养老金2800元。', '2800元', { end: PUBLISHED }],
    // district-table.txt: 1—6月，…。6月末，全市城镇调查失业率为5.1%，比一季度末下降0.2个百分点。上半年，…
    ['a month\'s end dates a level at that date', '1—6月，全市城镇新增就业3.86万人。6月末，全市城镇调查失业率为5.1%。全市发放稳岗资金1.2亿元。', '5.1%', { end: '2022-06-30' }],
    ['…for its own sentence only', '1—6月，全市城镇新增就业3.86万人。6月末，全市城镇调查失业率为5.1%。全市发放稳岗资金1.2亿元。', '1.2亿元', { start: '2022-01-01', end: '2022-06-30' }],
    // feature-story.txt: 截至今年10月底，全市已建成…1860个…；全市养老机构床位总数达到16.8万张…。今年以来，…
    ['截至今年7月底 is a dated as-of, not 今年, past a semicolon', '截至今年7月底，全市已建成综合体218个；床位总数达到16.8万张。', '16.8万张', { end: '2022-07-31' }],
    ['…and, inside a passage a marker opened, for its sentence only', '上半年，全市新增床位1200张。截至今年7月底，全市已建成综合体218个。全市新建学校5所。', '5所', { start: '2022-01-01', end: '2022-06-30' }],
    // audit-report.txt: 截至2025年7月底，已整改问题金额1.36亿元…。审计查出的128个问题中，已整改到位103个…
    ['a dated 截至 that opens its paragraph\'s first dated sentence holds for the passage', '对审计查出的问题，已督促整改。截至2022年7月底，已整改问题金额1.36亿元。审计查出的128个问题中，已整改到位103个。', '103个', { end: '2022-07-31' }],
    ['…in another style too', '截至今年7月底，全市已建成综合体218个。全市新建学校5所。', '5所', { end: '2022-07-31' }],
    ['…not one inside its sentence', '全市截至今年7月底已建成综合体218个。全市新建学校5所。', '5所', { end: PUBLISHED }],
    // plan-evaluation.txt: 截至2025年9月底，“十四五”以来全市累计新建…186所.
    ['a span since a start right after a dated as-of runs to that date', '截至2022年6月底，2019年以来全区累计改造老旧小区412个。', '412个', { start: '2019-01-01', end: '2022-06-30' }],
    ['…with quotation marks', '截至2022年6月底，“十三五”以来全区新建学校41所。', '41所', { start: '2016-01-01', end: '2022-06-30' }],
    ['…not a 今年以来 clauses later', '截至7月底，全市参保人数达到1018万人；今年以来，医保基金支出126.5亿元。', '126.5亿元', { start: '2022-01-01', end: PUBLISHED }],
    // monthly-release.txt: 1—10月，…新增就业4.68万人，同比增长3.5%，去年同期为4.52万人；完成年度目标任务5.2万人的90.0%
    ['上年同期 is the same part of last year as the period before it', '今年以来，全区接待游客320万人次，上年同期为280万人次。', '280万人次', { start: '2021-01-01', end: '2021-08-11' }],
    ['…for its own clause', '1—7月，全市新增就业4.68万人，去年同期为4.52万人；完成年度任务的90.0%。', '90.0%', { start: '2022-01-01', end: '2022-07-31' }],
    ['…and with no period before it, not dated', '全市新增就业4.68万人，去年同期为4.52万人。', '4.52万人', {}],
    // inspection-notice.txt: 截至8月底，…累计完成投资46.8亿元，占年度计划投资72.5亿元的64.6%，比去年同期提高3.2个百分点（去年同期为61.4%）
    ['…after a year-to-date 截至 of this year, January to that day of last year', '截至8月底，民生实事项目累计完成投资46.8亿元，占年度计划的64.6%（去年同期为61.4%）。', '61.4%', { start: '2021-01-01', end: '2021-08-31' }],
    ['…in another style too', '截至今年7月底，全区新增城镇就业8600人，去年同期为7900人。', '7900人', { start: '2021-01-01', end: '2021-07-31' }],
    // bureau-annual-report.txt: 2025年共收到政府信息公开申请46件，…；上年结转2件。
    ['上年结转 is what stood at the end of the year before', '2021年共收到政府信息公开申请46件；上年结转2件。', '2件', { end: '2020-12-31' }],
    ['…in another style too', '2021年，全区受理信访事项320件，上年结转15件。', '15件', { end: '2020-12-31' }],
    ['…for its own clause only', '2021年共收到申请46件；上年结转2件，全年办结44件，按期办结40件。', '40件', { start: '2021-01-01', end: '2021-12-31' }],
    ['…not after the end of a year gone by (no part of a year to repeat)', '截至2021年底，全市养老床位3.2万张，去年同期为2.9万张。', '2.9万张', {}],
    ['a series by month dates each figure by its month', '2021年分月接待量为：7月4.1万人次，8月5.2万人次。', '5.2万人次', { start: '2021-08-01', end: '2021-08-31' }],
    // plan-evaluation.txt: 2024年全市居民人均可支配收入37200元，…；城乡居民收入比由2020年的2.31缩小到2.12。
    ['the year of a level a change started from dates that level', '2021年全市居民人均可支配收入37200元；城乡居民收入比由2020年的2.31缩小到2.12。', '2.31', { start: '2020-01-01', end: '2020-12-31' }],
    ['…not the level it reached', '2021年全市居民人均可支配收入37200元；城乡居民收入比由2020年的2.31缩小到2.12。', '2.12', { start: '2021-01-01', end: '2021-12-31' }],
    ['…in another style too', '2021年，全区每千名老人拥有养老床位从2019年的32张增加到38张。', '38张', { start: '2021-01-01', end: '2021-12-31' }],
    ['a sentence opening with 目前， speaks of now for the sentences after it', '1—6月，全市发放救助资金15.8亿元。目前，全市共有城乡低保对象28.6万人。两县已覆盖1.1万人。', '1.1万人', { end: PUBLISHED }],
    // tv-accountability.txt: 6月下旬，…开展“回头看”。截至6月30日，…认领问题23个…。孝南区11处老旧小区质量问题已全部整改，…已整改41处。
    ['an as-of at the end of the days a paragraph opened with holds for the sentences after it', '6月下旬，督查室开展“回头看”。截至6月30日，共认领问题23个。孝南区11处质量问题已全部整改。', '11处', { end: '2022-06-30' }],
    ['…in another style, within the days', '7月11日至20日，市人大组织代表视察。截至7月18日，共走访企业42家。各组共收集建议86条。', '86条', { end: '2022-07-18' }],
    ['…up to a sentence with a time of its own, past which the days again', '6月下旬，督查室开展“回头看”。截至6月30日，已整改19个。6月份投诉为58件。栏目组回访群众150人。', '150人', { start: '2022-06-21', end: '2022-06-30' }],
    ['…not an as-of within a year, whose flows after it stay the year\'s', '2021年，全区新建助餐点86个。截至2021年底，全市床位达到3.2万张。完成适老化改造1050户。', '1050户', { start: '2021-01-01', end: '2021-12-31' }],
    ['…nor one past the days', '6月下旬，督查室开展“回头看”。截至7月31日，已整改19个。孝南区11处质量问题已全部整改。', '11处', { start: '2022-06-21', end: '2022-06-30' }],
  ];
  for (const [what, text, figure, dates] of SCOPES) {
    it(what, () => {
      const { start, end } = periodOf(text, figure);
      assert.deepEqual({ start, end }, { start: dates.start, end: dates.end });
    });
  }
});

describe('stockPeriod', () => {
  const YEAR = { label: '2024年', start: '2024-01-01', end: '2024-12-31' };
  const SINCE = { label: '2021年以来', start: '2021-01-01', end: '2025-01-08' };
  const SINCE_THIS = { label: '今年以来', start: '2025-01-01', end: '2025-12-10' };
  const FIVE_YEARS = { label: '五年来', start: '2021-01-01', end: '2025-12-31' };
  const PAST_YEAR = { label: '过去一年', start: '2025-01-01', end: '2025-12-31' };
  const THIS_YEAR = { label: '今年', start: '2025-01-01', end: '2025-11-19' };
  const MONTHS = { label: '今年1—11月', start: '2025-01-01', end: '2025-11-30' };
  /** [words before the figure, unit, period it would get, whether it becomes as-of, the sentence after it]. */
  const CASES: ReadonlyArray<readonly [string, string, typeof YEAR, boolean, string?, string?]> = [
    ['全区普惠托位总数达到', '个', YEAR, true],
    ['全市城市书房累计达到', '个', YEAR, true],
    ['全市现有养老机构', '家', YEAR, true],
    ['全市现有的', '家', YEAR, true],
    // candidate-projects.txt: 去年的候选项目投票活动中，共有28.6万人次参与投票: visits had over the year, no stock.
    ['去年的候选项目投票活动中，共有', '人次', YEAR, false],
    ['全年共有', '户次', YEAR, false],
    ['全市共有', '人', YEAR, true],
    // audit-report.txt: 部分县区向已死亡、财政供养或拥有车辆的482人违规发放低保金: the people who own one, paid in 2024.
    ['部分县区向已死亡、财政供养或拥有车辆的', '人', YEAR, false],
    ['向共有住房的', '户', YEAR, false],
    ['全市普惠托位达到', '个', YEAR, true],
    ['全市老年助餐点达到', '个', YEAR, true],
    ['城镇新增就业达到', '人', YEAR, false],
    ['新增学位达到', '个', YEAR, false],
    ['全体居民人均可支配收入达到', '元', YEAR, false],
    ['全年累计投入财政资金', '元', YEAR, false],
    ['全区累计改造老旧小区', '个', SINCE, false],
    ['全区老旧小区累计达到', '个', SINCE, false],
    // Under a stated start, a level named or reached stands at the end (problems.test.ts, 邵阳: 今年以来，…全市基本医疗保险
    // 参保人数达到612万人); a sum, a change or people served since then do not.
    ['全市基本医疗保险参保人数达到', '人', SINCE_THIS, true],
    // traditional.txt: 2025年秋季學期起，全市公辦幼兒園在園幼兒佔比已提高到63.5%: a share raised to since then stands there.
    ['全市公办幼儿园在园幼儿占比已提高到', '%', { label: '2025年秋季学期起', start: '2025-09-01', end: '2025-11-20' }, true],
    ['全市城乡居民医保参保率达到', '%', SINCE_THIS, true],
    // …not a rate of what was done since then, nor a growth.
    ['民生实事项目完成率达到', '%', SINCE_THIS, false],
    ['全市一般公共预算收入增长', '%', SINCE_THIS, false],
    // broadcast-script.txt: 在南陵县，…全县农村自来水普及率提高到百分之九十九点二: a coverage rate, a level.
    ['全县农村自来水普及率提高到', '%', THIS_YEAR, true],
    ['全市燃气普及率达到', '%', YEAR, true],
    // broadcast-script.txt: 公共充电桩数量比去年翻了一番，达到一万五千根: standing things reached.
    ['达到', '根', THIS_YEAR, true],
    ['新建公共充电桩', '根', THIS_YEAR, false],
    // town-report.txt: 全镇23个行政村村级集体经济总收入达到1.56亿元: the villages there are.
    ['（三）乡村振兴扎实推进。全镇', '个', YEAR, true, '行政村村级集体经济总收入达到1.56亿元'],
    ['全县', '所', YEAR, true, '中小学全部配备心理健康教师'],
    ['辖区内', '家', YEAR, true, '养老机构均通过消防验收'],
    // …not things the clause after them says were worked on, nor a count after a verb.
    ['全县', '所', YEAR, false, '学校完成校舍改造'],
    ['全市', '家', YEAR, false, '县级医院通过三级医院评审'],
    ['全县', '所', YEAR, true, '中小学全部完成校舍改造'],
    ['全镇新建', '个', YEAR, false, '村级养老服务站'],
    // town-report.txt: 全区层面，2026年吴江区计划实施民生实事项目50项，总投资约85亿元: what the year's programme will spend.
    ['总投资约', '元', { label: '2026年', start: '2026-01-01', end: '2026-12-31' }, false, '', '全区层面，2026年吴江区计划实施民生实事项目50项，总投资约'],
    ['总投资', '元', YEAR, false, '', '2024年，全县计划建设农村供水工程12处，总投资'],
    // …not a project's size, with no plan in its sentence (county-news.txt: 投资最大的教育项目，总投资3.8亿元).
    ['总投资', '元', YEAR, true, '', '第二中学新校区是今年全县投资最大的教育项目，总投资'],
    // tv-accountability.txt: 5月中旬，记者在汉川市、应城市暗访发现，共有6个已建成的…中心长期闭门: found over those days.
    ['共有', '个', { label: '5月中旬', start: '2025-05-11', end: '2025-05-20' }, false, '', '记者在汉川市、应城市暗访发现，共有'],
    ['全县共有', '家', YEAR, false, '', '2024年，县市场监管局检查发现，全县共有'],
    ['全县共有', '家', YEAR, true, '', '2024年，县市场监管局加大检查力度，全县共有'],
    ['全区养老机构总数达到', '家', SINCE, true],
    ['全市现有零工市场', '个', SINCE, true],
    ['全市城镇新增就业达到', '人', SINCE_THIS, false],
    ['全市家庭医生签约人数达到', '人', SINCE_THIS, false],
    ['累计服务老年人达到', '人', SINCE_THIS, false],
    // 街道今年已建成长者食堂6个，每天为400多名老人供餐 (QA s7, A5): a daily count is how things run now.
    ['每天为', '名', THIS_YEAR, true],
    // A daily average is over the period it averages (broadcast-script.txt: 今年，…日均服务老年人一万六千八百人次, keyed
    // January to publication; this case read it as a level until session 13).
    ['日均接待游客', '人次', THIS_YEAR, false],
    ['日均服务老年人', '人次', { label: '今年1—11月', start: '2025-01-01', end: '2025-11-30' }, false],
    // feature-story.txt: 邻里食堂2021年开张时，每天只有30多位老人来吃饭: how things ran that year.
    ['每天只有', '位', { label: '2021年', start: '2021-01-01', end: '2021-12-31' }, false],
    ['日均接待游客', '人次', YEAR, false],
    // feature-story.txt: 今年，成都已培训养老护理员1.2万人次，全市持证养老护理员达到2.3万人.
    ['全市持证养老护理员达到', '人', THIS_YEAR, true],
    ['全市参保职工达到', '名', YEAR, true],
    ['成都已培训养老护理员', '人次', THIS_YEAR, false],
    ['全年培训达到', '人', YEAR, false],
    ['全年接待游客达', '人', YEAR, false],
    ['全区家庭医生签约人数达到', '人', THIS_YEAR, false],
    // wechat-progress.txt: 今年1—11月，全区家庭医生签约服务人数达32.6万人: signed over those months.
    ['全区家庭医生签约服务人数达', '人', MONTHS, false],
    // feature-story.txt: 街道今年新建社区养老服务站3个，辖区11个社区实现助餐服务全覆盖.
    ['辖区', '个', THIS_YEAR, true, '社区实现助餐服务全覆盖。'],
    ['今年新增', '个', THIS_YEAR, false, '村实现生活垃圾分类全覆盖。'],
    ['街道今年新建社区养老服务站', '个', THIS_YEAR, false, '，辖区11个社区实现助餐服务全覆盖。'],
    // metro-area.txt: 四市212家二级以上医疗机构实现检查检验结果互认，互认项目达到150项；…事项增至386项 (2025 reviewed).
    ['四市', '家', YEAR, true, '二级以上医疗机构实现检查检验结果互认，互认项目达到150项。'],
    ['互认项目达到', '项', YEAR, true],
    ['“同城通办”政务服务事项增至', '项', YEAR, true],
    ['全市三级医院', '家', YEAR, true, '实现电子健康档案互通。'],
    // …but work done in 项, or 增至 of people served, is the year's.
    ['全年完成民生实事项目达到', '项', YEAR, false],
    ['全年帮扶困难群众增至', '人', YEAR, false],
    ['今年新建', '家', YEAR, false, '医疗机构，实现检查结果互认。'],
    // …“我们还组建了一支120人的志愿者队伍”: the size of one body.
    ['我们还组建了一支', '人', THIS_YEAR, true, '的志愿者队伍，今年以来上门探访独居老人2.6万人次。'],
    ['今年全区招募志愿者', '人', THIS_YEAR, false, '，开展活动300场。'],
    // 各镇街“15分钟健身圈”覆盖率达到95% (wechat-progress.txt): how far the circle reaches by 11月底.
    ['各镇街“15分钟健身圈”覆盖率达到', '%', YEAR, true],
    ['覆盖城乡社区的比例达到', '%', YEAR, true],
    ['65岁以上老年人健康管理率达到', '%', YEAR, false],
    // county-work-report.txt: 五年来，…输转劳动力累计达到42.5万人次: the sum over the five years.
    ['输转劳动力累计达到', '人次', FIVE_YEARS, false],
    ['全区老旧小区累计达到', '个', FIVE_YEARS, false],
    ['全区普惠托位达到', '个', FIVE_YEARS, false],
    ['全县养老机构总数达到', '家', FIVE_YEARS, true],
    ['全县现有养老机构', '家', FIVE_YEARS, true],
    // One year counted back is that year: what stands at its end is a stock, as under 2024年.
    ['全市老年助餐点总数达到', '个', PAST_YEAR, true],
    // county-news.txt: 今年全县投资最大的教育项目，总投资3.8亿元，设计办学规模60个班; 沿线11个站点，全程约18公里.
    ['总投资', '元', THIS_YEAR, true],
    ['设计办学规模', '个', THIS_YEAR, true],
    ['K2路串联池淮镇至芹阳办事处沿线', '个', THIS_YEAR, true],
    ['全程约', '公里', THIS_YEAR, true],
    ['票价每人次', '元', THIS_YEAR, true],
    ['学校今年新建了塑胶跑道和风雨操场，全校', '名', THIS_YEAR, true],
    // annual-plan.txt: 十件民生实事项目计划总投资52.6亿元: what the year's programme spends.
    ['十件民生实事项目计划总投资', '元', YEAR, false],
    ['今年新建', '公里', THIS_YEAR, false],
    // plan-evaluation.txt: 2025年1—9月，全市城镇新增就业5.4万人，预计全年可达6.5万人: the year's sum.
    ['预计全年可达', '人', { label: '全年', start: '2025-01-01', end: '2025-12-31' }, false],
    ['全年累计达到', '个', { label: '全年', start: '2025-01-01', end: '2025-12-31' }, false],
    ['全年养老机构总数达到', '家', { label: '全年', start: '2025-01-01', end: '2025-12-31' }, true],
    // A sign-up or insured rate is a share at a date (contracts run a year), as a coverage rate is: annual-plan.txt
    // 去年…家庭医生重点人群签约率达到78.6%, pdf-paste.txt 签约率达到86.2%, wechat-progress.txt 今年1—11月…重点人群签约率82.3%
    // (the span dates when it was read: its end), town-report.txt 家庭医生签约率达到82.6%.
    ['去年全市已完成村卫生室标准化建设218个，家庭医生重点人群签约率达到', '%', YEAR, true],
    ['全区家庭医生签约服务人数达32.6万人，重点人群签约率', '%', MONTHS, true],
    ['全县城乡居民医保参保率达到', '%', PAST_YEAR, true],
    ['全市农村自来水普及率提高到', '%', THIS_YEAR, true],
    // …not its change over the period, nor the count of people who signed, nor a rate of work done.
    ['全市家庭医生签约率比上年提高', '个百分点', YEAR, false],
    ['今年1—11月，全区家庭医生签约服务人数达', '人', MONTHS, false],
    ['全区家庭医生签约服务完成率达到', '%', MONTHS, false],
    // paired-assistance.txt: 128家宁波企业已到黔西南州投资兴业，今年实际到位投资46.3亿元: the firms there now, not this year's.
    ['海曙区今年组织区内38所中小学与望谟县的学校结对，互派教师120人次。', '家', THIS_YEAR, true, '宁波企业已到黔西南州投资兴业，今年实际到位投资46.3亿元', ''],
    ['园区', '家', YEAR, true, '企业已入驻，年产值达到12亿元'],
    ['', '个', MONTHS, true, '台资项目已在昆山落户'],
    // …not firms the period brought in, nor things done in it.
    ['今年新引进', '家', THIS_YEAR, false, '企业已入驻园区'],
    ['今年引进企业', '家', THIS_YEAR, false, '，已全部落户园区'],
    ['新建', '个', THIS_YEAR, false, '项目已全部投用'],
    // metro-area.txt: 德阳市已与成都共建产业园区9个, in a review of 2025: the parks the partnership holds.
    ['德阳市已与成都共建产业园区', '个', PAST_YEAR, true],
    ['株洲市已与长沙市合作共建园区', '个', YEAR, true],
    ['全市已与黔西南州结对共建帮扶车间', '家', THIS_YEAR, true],
    // …not what the year added with the partner, nor what was built without one.
    ['今年与成都新共建产业园区', '个', PAST_YEAR, false],
    ['德阳市已与成都新共建产业园区', '个', PAST_YEAR, false],
    ['德阳市今年已建成产业园区', '个', PAST_YEAR, false],
  ];
  for (const [before, unit, period, asOf, after, sentence] of CASES) {
    it(`${sentence && sentence !== before ? `${sentence}…` : before}…${unit}${after ?? ''} under ${period.label}: ${asOf ? 'as of the period\'s end' : 'over the period'}`, () => {
      const expected = asOf ? { label: period.label, end: period.end } : period;
      assert.deepEqual(stockPeriod(period, before, unit, after, sentence), expected);
    });
  }
});

describe('years in Chinese numerals', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['二〇二五年，全市新建学校12所。', '2025年，全市新建学校12所。'],
    ['一九九八年起', '1998年起'],
    ['二○二四年末', '2024年末'],
    ['二零二三年', '2023年'],
    // Not a year: no 年 after it, or not of the 1900s or 2000s.
    ['二〇二五', '二〇二五'],
    ['三四五六年', '三四五六年'],
    ['十二年', '十二年'],
  ];
  for (const [text, read] of CASES) {
    it(`${text} reads as ${read}, one character for one`, () => {
      assert.equal(arabicYears(text), read);
      assert.equal(arabicYears(text).length, text.length);
    });
  }

  it('reads months in Chinese numerals too (一至十一月, 截至十一月底, 三月, 十月), one character for one', () => {
    for (const [text, read] of [
      ['一至十一月，全市城镇新增就业七万二千三百人', '1至11月，全市城镇新增就业七万二千三百人'],
      ['截至十一月底，全市建成', '截至11月底，全市建成'],
      ['今年三月', '今年3月'],
      ['二十一月', '二十一月'],
      // 十月: one character for two digits, written 0 (monthOf reads it as 10); never inside a numeral or 十月怀胎.
      ['新院区十月正式投用', '新院区0月正式投用'],
      ['二十月', '二十月'],
      ['十月怀胎', '十月怀胎'],
    ] as const) {
      assert.equal(arabicDates(text), read);
      assert.equal(arabicDates(text).length, text.length);
    }
    const text = '一至十一月，全市城镇新增就业七万二千三百人。';
    const [marker] = findPeriodMarkers(text, '2025-12-18');
    assert.deepEqual(marker!.period, { label: '一至十一月', start: '2025-01-01', end: '2025-11-30' });
    const periods = (t: string, published: string) => findPeriodMarkers(t, published).map((m) => m.period);
    assert.deepEqual(periods('芜湖市第二人民医院新院区十月正式投用，新增床位八百张。', '2025-12-18'), [
      { label: '十月', start: '2025-10-01', end: '2025-10-31' },
    ]);
    assert.deepEqual(periods('一至十月，全市新增就业6.8万人；截至十月底，养老床位3.2万张。', '2025-11-20'), [
      { label: '一至十月', start: '2025-01-01', end: '2025-10-31' },
      { label: '截至十月底', end: '2025-10-31' },
    ]);
    // Read as 10月 is, whatever the pattern (十月起 in March: last October on).
    for (const [chinese, arabic] of [['十月起实施新标准。', '10月起实施新标准。'], ['十月份受理量最高。', '10月份受理量最高。']] as const) {
      const strip = (ps: ReturnType<typeof periods>) => ps.map(({ label: _label, ...dates }) => dates);
      assert.deepEqual(strip(periods(chinese, '2025-03-02')), strip(periods(arabic, '2025-03-02')));
      assert.notDeepEqual(strip(periods(chinese, '2025-03-02')), [{}]);
    }
  });

  it('dates a figure, labelled as written', () => {
    const text = '二〇二五年，全市新建学校12所。';
    const [marker] = findPeriodMarkers(text, '2026-03-26');
    assert.deepEqual(marker!.period, { label: '二〇二五年', start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('全年 and 年末: the year their passage speaks of', () => {
  /** The period of `figure` in `text`, with the document framed by `frame` (a title's year) when given. */
  const periodOf = (text: string, figure: string, published: string, frame?: number) => {
    const at = text.indexOf(figure);
    const frameAt: FrameAt | undefined = frame === undefined ? undefined : () => ({ year: frame, plan: false });
    const period = assignPeriod(findPeriodMarkers(text, published, frameAt), text.lastIndexOf('\n', at) + 1, at, published);
    return { start: period.start, end: period.end };
  };
  const BULLETIN = '年末全市共有普通高中45所，在校学生8.9万人。全年普通高中招生3.1万人。学前三年毛入园率92.6%。\n年末全市共有医疗卫生机构4365个。医疗卫生机构实有床位3.92万张。';
  const CASES: ReadonlyArray<readonly [string, string, string, string, number | undefined, { start?: string; end?: string }]> = [
    // 襄阳市二〇二五年…统计公报, published 2026-03-26: the title's year, not the publication's.
    ['年末 in a bulletin framed by its year: a stock at that year\'s end', BULLETIN, '45所', '2026-03-26', 2025, { end: '2025-12-31' }],
    ['…for the rest of its list', BULLETIN, '8.9万人', '2026-03-26', 2025, { end: '2025-12-31' }],
    ['全年: the whole year, a flow', BULLETIN, '3.1万人', '2026-03-26', 2025, { start: '2025-01-01', end: '2025-12-31' }],
    ['…and it closes the 年末 before it: a rate in the next sentence is no stock (no marker: the frame dates it)', BULLETIN, '92.6%', '2026-03-26', 2025, { end: '2026-03-26' }],
    ['a 年末 holds over the sentences after it', BULLETIN, '3.92万张', '2026-03-26', 2025, { end: '2025-12-31' }],
    ['with no frame, the year named before it in the paragraph', '二〇二五年，民生保障持续加强。年末全市常住人口526.1万人。', '526.1万人', '2026-03-26', undefined, { end: '2025-12-31' }],
    ['with neither, the publication\'s year', '全年新增城镇就业9.5万人。', '9.5万人', '2026-01-20', undefined, { start: '2026-01-01', end: '2026-12-31' }],
    // annual-plan.txt (frame 2026): 截至2025年底，全市已建成长者食堂512个，全年累计服务老年人186万人次.
    ['全年 inside a dated 截至 is that year\'s whole', '截至2025年底，全市已建成长者食堂512个，全年累计服务老年人186万人次。', '186万人次', '2026-01-20', 2026, { start: '2025-01-01', end: '2025-12-31' }],
    ['全年 dates its own clauses, not those after a semicolon', '市级文化场馆全年开展老年文化活动300余场;家庭医生签约率超八成。', '超八成', '2025-12-22', undefined, { end: '2025-12-22' }],
    // hotline-report.txt: 截至2025年底，热线知识库收录政策知识条目2.6万条，全年更新4800余条；话务员增至420人。
    ['…but not a dated 截至, which holds for its sentence past the 全年 clause', '截至2025年底，热线知识库收录政策知识条目2.6万条，全年更新4800余条；话务员增至420人。', '420人', '2026-01-16', 2025, { end: '2025-12-31' }],
    ['…in another style too', '截至2024年6月底，全区建成助餐点48个，全年服务老人8万人次；持证护理员增至310人。下一句新建学校2所。', '310人', '2024-07-20', undefined, { end: '2024-06-30' }],
    ['…not past it, inside a passage a marker opened', '上半年，全区新建学校3所。截至2024年6月底，全区建成助餐点48个，全年服务老人8万人次；持证护理员增至310人。下一句新建学校2所。', '2所', '2024-07-20', undefined, { start: '2024-01-01', end: '2024-06-30' }],
    ['…and closes only the stocks before it: a year before it still dates its paragraph', '2024年，全市全年接待游客120万人次；新建学校5所。', '5所', '2025-01-20', undefined, { start: '2024-01-01', end: '2024-12-31' }],
    ['上年末 is compared against, no marker', '城镇化率66.8%，比上年末提高0.9个百分点。', '66.8%', '2026-03-26', undefined, { end: '2026-03-26' }],
    // hotline-report.txt (2025年…运行情况报告, published 2026-01-16).
    ['a month alone is that month of the frame\'s year', '从月度分布看，7月受理量最高，达52.6万件，主要涉及用水用电等诉求；2月受理量最低，为31.4万件。', '52.6万件', '2026-01-16', 2025, { start: '2025-07-01', end: '2025-07-31' }],
    ['…the next after a semicolon, its own', '从月度分布看，7月受理量最高，达52.6万件，主要涉及用水用电等诉求；2月受理量最低，为31.4万件。', '31.4万件', '2026-01-16', 2025, { start: '2025-02-01', end: '2025-02-28' }],
    ['…and it dates its clauses only', '7月受理量最高，达52.6万件；投诉类下降2.1个百分点。', '2.1个百分点', '2026-01-16', 2025, { end: '2026-01-16' }],
    ['with no frame, the year named before it in the paragraph', '2024年，全区共接待来访群众3.2万人次，其中8月最多，达4100人次。', '4100人次', '2025-02-10', undefined, { start: '2024-08-01', end: '2024-08-31' }],
    ['with neither, a month after publication\'s is not dated', '11月受理诉求2.1万件。', '2.1万件', '2025-06-10', undefined, { end: '2025-06-10' }],
    ['全年任务 is what a figure is measured against, no marker', '新增就业4.86万人，完成全年任务的69.4%。', '4.86万人', '2024-08-05', undefined, { end: '2024-08-05' }],
    // town-report.txt (a 2026 plan): 年内 is the frame's year, not a deadline's before it in its sentence.
    ['年内: the whole year of the passage\'s frame', '计划投资1.2亿元启动扩建工程，到2027年新增学位1500个；年内新增托位120个。', '120个', '2026-01-16', 2026, { start: '2026-01-01', end: '2026-12-31' }],
    ['…with no frame, the publication\'s', '年内再建成社区食堂12个。', '12个', '2025-03-10', undefined, { start: '2025-01-01', end: '2025-12-31' }],
    ['今年内: all of this year, not so far', '今年内建成驿站6个。', '6个', '2025-03-10', undefined, { start: '2025-01-01', end: '2025-12-31' }],
    ['三年内 is a span, no year', '三年内完成改造50个。', '50个', '2025-03-10', undefined, { end: '2025-03-10' }],
  ];
  for (const [what, text, figure, published, frame, dates] of CASES) {
    it(what, () => assert.deepEqual(periodOf(text, figure, published, frame), { start: dates.start, end: dates.end }));
  }
});

describe('under a frame that lists a year\'s plans, a marker of another year holds for its sentence', () => {
  const periodOf = (text: string, figure: string, frame?: Frame) => {
    const at = text.indexOf(figure);
    const period = assignPeriod(findPeriodMarkers(text, '2026-01-20', frame && (() => frame)), text.lastIndexOf('\n', at) + 1, at, '2026-01-20');
    return { start: period.start, end: period.end };
  };
  // annual-plan.txt, framed by its title 泉州市2026年市级十件民生实事项目公布.
  const PLANS: Frame = { year: 2026, plan: true };
  const PLAN = '全年新增城镇就业9.5万人。去年，全市城镇新增就业9.2万人，完成年度目标的108%。计划投入资金2.4亿元。';
  const CASES: ReadonlyArray<readonly [string, string, string, Frame | undefined, { start?: string; end?: string }]> = [
    ['去年 dates its own sentence', PLAN, '108%', PLANS, { start: '2025-01-01', end: '2025-12-31' }],
    ['…and not the next one (no marker: the frame dates it)', PLAN, '2.4亿元', PLANS, { end: '2026-01-20' }],
    ['a past year too', '2025年已建成投用学校26所。力争学生参与率保持在95%以上。', '95%', PLANS, { end: '2026-01-20' }],
    ['a deadline of a later year too', '到2027年，覆盖率力争达到100%。计划投入资金3.1亿元。', '3.1亿元', PLANS, { end: '2026-01-20' }],
    ['a marker of the frame\'s own year holds for its paragraph', '2026年，全市新建学校30所。计划投入资金14.8亿元。', '14.8亿元', PLANS, { start: '2026-01-01', end: '2026-12-31' }],
    // levels.test.ts: 湖州市2025年政府工作报告, 去年…。南浔区城乡收入比为1.52∶1 is still last year's.
    ['under a frame of results, 去年 holds for its paragraph', '去年，全体居民人均可支配收入达到6.8万元。南浔区城乡收入比为1.52。', '1.52', { year: 2025, plan: false }, { start: '2025-01-01', end: '2025-12-31' }],
    ['with no frame, too', '去年，全市城镇新增就业9.2万人。计划投入资金2.4亿元。', '2.4亿元', undefined, { start: '2025-01-01', end: '2025-12-31' }],
  ];
  for (const [what, text, figure, frame, dates] of CASES) {
    it(what, () => assert.deepEqual(periodOf(text, figure, frame), { start: dates.start, end: dates.end }));
  }
});

describe('changeSinceBase', () => {
  const YEAR_END: Period = { label: '年末', end: '2025-12-31' };
  const CASES: ReadonlyArray<readonly [string, Period, Period]> = [
    ['比上年末增加', YEAR_END, { label: '年末', start: '2025-01-01', end: '2025-12-31' }],
    ['比上年末下降', YEAR_END, { label: '年末', start: '2025-01-01', end: '2025-12-31' }],
    ['较年初净增加', { label: '截至9月底', end: '2025-09-30' }, { label: '截至9月底', start: '2025-01-01', end: '2025-09-30' }],
    // feature-story.txt: 截至10月底，…健康管理率达到72.6%，比上年提高3.2个百分点: over this year to that date.
    ['比上年提高', { label: '截至10月底', end: '2025-10-31' }, { label: '截至10月底', start: '2025-01-01', end: '2025-10-31' }],
    // …截至今年10月底，全市已建成…助餐服务点1860个，助餐点数量比2020年翻了一番: from 2020's level.
    ['助餐点数量比2020年翻了', { label: '截至今年10月底', end: '2025-10-31' }, { label: '截至今年10月底', start: '2021-01-01', end: '2025-10-31' }],
    // …今年，…全市持证养老护理员达到2.3万人，比2020年增长了1.6倍: since 2020, not this year.
    ['比2020年增长了', { label: '今年', start: '2025-01-01', end: '2025-11-19' }, { label: '今年', start: '2021-01-01', end: '2025-11-19' }],
    // district-table.txt: 6月末，全市城镇调查失业率为5.1%，比一季度末下降0.2个百分点: from 1 April.
    ['比一季度末下降', { label: '6月末', end: '2025-06-30' }, { label: '6月末', start: '2025-04-01', end: '2025-06-30' }],
    ['较3月末增加', { label: '6月末', end: '2025-06-30' }, { label: '6月末', start: '2025-04-01', end: '2025-06-30' }],
    ['比2024年末增加', { label: '截至2025年9月底', end: '2025-09-30' }, { label: '截至2025年9月底', start: '2025-01-01', end: '2025-09-30' }],
    // plan-evaluation.txt: 2024年全市居民人均可支配收入37200元，比2020年累计增长28.5%，…: 2021–2024.
    ['比2020年累计增长', { label: '2024年', start: '2024-01-01', end: '2024-12-31' }, { label: '2024年', start: '2021-01-01', end: '2024-12-31' }],
    // The level itself, and a change against last year (a flow already), stay as they are.
    ['年末全市常住人口', YEAR_END, YEAR_END],
    ['比上年增长', { label: '全年', start: '2025-01-01', end: '2025-12-31' }, { label: '全年', start: '2025-01-01', end: '2025-12-31' }],
    // The same part of last year: a flow against a flow, no base date.
    ['比上年同期增长', { label: '截至10月底', end: '2025-10-31' }, { label: '截至10月底', end: '2025-10-31' }],
    // A base after the figure's own start says nothing earlier (上半年…比一季度末: 上半年 stays).
    ['比一季度末提高', { label: '上半年', start: '2025-01-01', end: '2025-06-30' }, { label: '上半年', start: '2025-01-01', end: '2025-06-30' }],
  ];
  for (const [before, period, expected] of CASES) {
    it(`${before}…`, () => assert.deepEqual(changeSinceBase(period, before), expected));
  }
  const YEAR_2024: Period = { label: '2024年', start: '2024-01-01', end: '2024-12-31' };
  it('a yearly average right after a change against a named year averages the same years', () => {
    const sentence = '2024年全市居民人均可支配收入37200元，比2020年累计增长28.5%，年均增长';
    assert.deepEqual(changeSinceBase(YEAR_2024, '年均增长', sentence), { ...YEAR_2024, start: '2021-01-01' });
    assert.deepEqual(changeSinceBase(YEAR_2024, '年均增速为', '2024年全区养老床位2.1万张，较2021年增加6000张，年均增速为'), { ...YEAR_2024, start: '2022-01-01' });
  });
  it('…not one with no base in its sentence, nor one after 比上年', () => {
    assert.deepEqual(changeSinceBase(YEAR_2024, '年均增长', '2024年全市居民人均可支配收入37200元，年均增长'), YEAR_2024);
    assert.deepEqual(changeSinceBase(YEAR_2024, '年均增长', '2024年全市收入37200元，比2020年增长28.5%。全省年均增长'), YEAR_2024);
    assert.deepEqual(changeSinceBase(YEAR_2024, '年均增长', '2024年全市收入37200元，比上年增长5.1%，年均增长'), YEAR_2024);
  });
});

describe('levelOfStanding', () => {
  const Y2024: Period = { label: '2024年', start: '2024-01-01', end: '2024-12-31' };
  const LEVEL: Period = { label: '2024年', end: '2024-12-31' };
  // plan-evaluation.txt: the table's rows and 全市养老机构护理型床位占比达到58.6%.
  for (const words of ['常住人口城镇化率', '每千人口拥有3岁以下婴幼儿托位数', '每千人口执业（助理）医师数由2020年的', '全市养老机构护理型床位占比达到', '每万人口养老床位']) {
    it(`${words}: a level at the year's end`, () => assert.deepEqual(levelOfStanding(Y2024, words), LEVEL));
  }
  for (const words of ['学前教育毛入园率', '人均预期寿命', '婴儿死亡率', '居民人均可支配收入', '城镇新增就业']) {
    it(`${words}: the year's`, () => assert.deepEqual(levelOfStanding(Y2024, words), Y2024));
  }
  // Session 17: the year so far too (traditional.txt: 1至10月…；今年…，护理型床位占比提高到65%).
  it('the registered unemployment rate is counted at the year\'s end (infographic.txt: 2.6% / 城镇登记失业率), not one kept within a bound over it', () => {
    const YEAR = { label: '2025年', start: '2025-01-01', end: '2025-12-31' };
    assert.deepEqual(levelOfStanding(YEAR, '城镇登记失业率'), { label: '2025年', end: '2025-12-31' });
    assert.deepEqual(levelOfStanding(YEAR, '全市城镇登记失业率为'), { label: '2025年', end: '2025-12-31' });
    // county-work-report.txt: 城镇登记失业率控制在3.2%; an 调查失业率 is the period's.
    assert.deepEqual(levelOfStanding(YEAR, '城镇登记失业率控制在'), YEAR);
    assert.deepEqual(levelOfStanding(YEAR, '城镇调查失业率为'), YEAR);
  });
  it('a level at the end of the year so far (1—9月)', () => {
    const months: Period = { label: '1—9月', start: '2024-01-01', end: '2024-09-30' };
    assert.deepEqual(levelOfStanding(months, '常住人口城镇化率'), { label: '1—9月', end: '2024-09-30' });
  });
  it('leaves a period that does not start in January, or spans years, alone', () => {
    const quarter: Period = { label: '三季度', start: '2024-07-01', end: '2024-09-30' };
    assert.deepEqual(levelOfStanding(quarter, '常住人口城镇化率'), quarter);
    const years: Period = { label: '2021—2024年', start: '2021-01-01', end: '2024-12-31' };
    assert.deepEqual(levelOfStanding(years, '常住人口城镇化率'), years);
  });
});

describe('averageToDeadline', () => {
  const BY_2030: Period = { label: '到2030年', end: '2030-12-31' };
  // plan-evaluation.txt, 2025-11-20: 到2030年，力争…居民人均可支配收入年均增长6%左右.
  it('averages the years from the first one ahead to the deadline', () => {
    assert.deepEqual(averageToDeadline(BY_2030, '居民人均可支配收入年均增长', '2025-11-20'), { ...BY_2030, start: '2026-01-01' });
  });
  it("…from publication's own year in its first quarter", () => {
    assert.deepEqual(averageToDeadline(BY_2030, '地区生产总值年均增长', '2026-01-20'), { ...BY_2030, start: '2026-01-01' });
  });
  it('leaves a level by the deadline, and an average with no deadline, alone', () => {
    assert.deepEqual(averageToDeadline(BY_2030, '常住人口城镇化率达到', '2025-11-20'), BY_2030);
    assert.deepEqual(averageToDeadline({ label: '截至发布时', end: '2025-11-20' }, '年均增长', '2025-11-20'), { label: '截至发布时', end: '2025-11-20' });
  });
});

describe('rateAtSpanEnd', () => {
  const FIVE_YEARS: Period = { label: '五年来', start: '2021-01-01', end: '2025-12-31' };
  const PLAN_YEARS: Period = { label: '十四五期间', start: '2021-01-01', end: '2025-12-31' };
  const SINCE: Period = { label: '2021年以来', start: '2021-01-01', end: '2025-10-28' };
  const YEAR: Period = { label: '2025年', start: '2025-01-01', end: '2025-12-31' };
  const LAST_YEAR: Period = { label: '五年来', start: '2025-01-01', end: '2025-12-31' };
  /** [words before the figure, unit, period, the period it gets]. */
  const CASES: ReadonlyArray<readonly [string, string, Period, Period]> = [
    // county-work-report.txt: 五年来，…学前三年毛入园率提高到93.5%: 2025's rate.
    ['学前三年毛入园率提高到', '%', FIVE_YEARS, LAST_YEAR],
    ['城镇化率达到', '%', PLAN_YEARS, { ...PLAN_YEARS, start: '2025-01-01' }],
    ['城镇调查失业率下降至', '%', FIVE_YEARS, LAST_YEAR],
    // A change over the years is over all of them; so is anything but a rate.
    ['年均增长', '%', FIVE_YEARS, FIVE_YEARS],
    ['县域外转诊率下降', '个百分点', FIVE_YEARS, FIVE_YEARS],
    ['输转劳动力累计达到', '人次', FIVE_YEARS, FIVE_YEARS],
    // Up to publication, or one year, there is no last whole year to give.
    ['覆盖率达到', '%', SINCE, SINCE],
    ['毛入园率提高到', '%', YEAR, YEAR],
  ];
  for (const [before, unit, period, expected] of CASES) {
    it(`${before}…${unit} under ${period.label}`, () => assert.deepEqual(rateAtSpanEnd(period, before, unit), expected));
  }
});

describe('a span of years counted back', () => {
  /** The period of `figure` in `text`, under a frame of `frame` (the year a section reviews) when given. */
  const periodOf = (text: string, figure: string, published: string, frame?: Frame) => {
    const at = text.indexOf(figure);
    const period = assignPeriod(findPeriodMarkers(text, published, frame && (() => frame)), text.lastIndexOf('\n', at) + 1, at, published);
    return { label: period.label, start: period.start, end: period.end };
  };
  // county-work-report.txt, delivered in January 2026 under 一、2025年和“十四五”时期工作回顾.
  const REVIEW: Frame = { year: 2025, plan: false };
  const COUNTY = '五年来，我们坚持以人民为中心的发展思想，民生事业全面进步。五年累计投入民生资金126.4亿元，年均增长7.3%；累计新增城镇就业1.08万人。';
  const CASES: ReadonlyArray<readonly [string, string, string, string, Frame | undefined, { label: string; start?: string; end?: string }]> = [
    ['五年来 in a review of the year before publication: the five calendar years up to it', COUNTY, '1.08万人', '2026-01-12', REVIEW, { label: '五年累计', start: '2021-01-01', end: '2025-12-31' }],
    ['…and 五年累计 after it counts back the same, not on from 2021', COUNTY, '126.4亿元', '2026-01-12', REVIEW, { label: '五年累计', start: '2021-01-01', end: '2025-12-31' }],
    ['过去一年 there is that year', '过去一年，全县地区生产总值完成68.4亿元。', '68.4亿元', '2026-01-12', REVIEW, { label: '过去一年', start: '2025-01-01', end: '2025-12-31' }],
    // 湖州市 work report of January 2025, 一、2024年工作回顾.
    ['过去三年 in another report', '过去三年，全市累计新建学校58所。', '58所', '2025-01-20', { year: 2024, plan: false }, { label: '过去三年', start: '2022-01-01', end: '2024-12-31' }],
    // A mid-year article with no year reviewed: back from publication.
    ['五年来 in a mid-year article: five years back to publication', '五年来，全市新建养老机构46家。', '46家', '2024-07-15', undefined, { label: '五年来', start: '2019-07-15', end: '2024-07-15' }],
    ['…and in a review of the publication\'s own year', '近三年，全区新增学位1.2万个。', '1.2万个', '2025-12-20', { year: 2025, plan: false }, { label: '近三年', start: '2022-12-20', end: '2025-12-20' }],
    // A report of January with no year in its headings (师宗县政府工作报告, 2026-01-16).
    ['in the first quarter, with no frame, the calendar years before publication\'s', '过去五年，全县累计新增城镇就业1.2万人。', '1.2万人', '2026-01-16', undefined, { label: '过去五年', start: '2021-01-01', end: '2025-12-31' }],
    ['…as under a frame of the publication\'s own year (a plan published in March)', '过去一年，全市新增就业5200人。', '5200人', '2026-03-31', { year: 2026, plan: true }, { label: '过去一年', start: '2025-01-01', end: '2025-12-31' }],
    ['from April, back from publication', '过去一年，全市新增就业5200人。', '5200人', '2026-04-01', undefined, { label: '过去一年', start: '2025-04-01', end: '2026-04-01' }],
    ['a span ahead is no period of a result (no marker: as of publication)', '未来五年累计投入资金50亿元。', '50亿元', '2025-06-30', undefined, { label: '截至发布时', end: '2025-06-30' }],
    ['nor a span in a name (学前三年)', '学前三年毛入园率达到93.5%。', '93.5%', '2025-06-30', undefined, { label: '截至发布时', end: '2025-06-30' }],
    // plan-evaluation.txt, published 2025-11-20: the five years that end with the year its sentence speaks of.
    ['a span after a marker of one year in its sentence ends with that year', '2025年1—9月，全市城镇新增就业5.4万人，预计全年可达6.5万人，五年累计32.3万人。', '32.3万人', '2025-11-20', undefined, { label: '五年累计', start: '2021-01-01', end: '2025-12-31' }],
    ['…in another style', '2024年，全区新建学校6所，三年累计新建19所。', '19所', '2025-06-30', undefined, { label: '三年累计', start: '2022-01-01', end: '2024-12-31' }],
    ['…not a marker of a sentence before', '2024年，全区新建学校6所。三年累计新建19所。', '19所', '2025-06-30', undefined, { label: '三年累计', start: '2022-06-30', end: '2025-06-30' }],
    ['四年间 does not say it runs up to now: undated', '全区多方发力。四年间，187万元稳岗返还资金助力企业。', '187万元', '2025-06-30', REVIEW, { label: '四年间' }],
    ['…but counts on from a start just before it', '2021年以来，全区多方发力。四年间，187万元稳岗返还资金助力企业。', '187万元', '2025-06-30', REVIEW, { label: '2021年以来四年间', start: '2021-01-01', end: '2024-12-31' }],
  ];
  for (const [what, text, figure, published, frame, expected] of CASES) {
    it(what, () => assert.deepEqual(periodOf(text, figure, published, frame), { start: undefined, end: undefined, ...expected }));
  }
});

describe('planTarget', () => {
  const Y2024 = { label: '2024年', start: '2024-01-01', end: '2024-12-31' };
  const plan = titlePlan('九江市“十四五”规划纲要社会民生领域主要指标终期评估报告');
  it('reads the plan a title names', () => {
    assert.deepEqual(plan, { label: '十四五规划', start: '2021-01-01', end: '2025-12-31' });
    assert.equal(titlePlan('九江市2025年民生工作情况报告'), undefined);
  });
  // plan-evaluation.txt: 距4.5个的规划目标仍差1.4个, 提前完成55%的约束性目标, 低于《纲要》年均增长7%左右的预期.
  it("a level of standing things named the plan's target is by the plan's end", () => {
    assert.deepEqual(planTarget(Y2024, '但距', '的规划目标仍差1.4个', '个', plan, '每千人口托位数为3.1个，比2020年增加1.9个，但距'), { label: '十四五规划', end: '2025-12-31' });
    assert.deepEqual(planTarget(Y2024, '提前完成', '的约束性目标。', '%', plan, '全市养老机构护理型床位占比达到58.6%，提前完成'), { label: '十四五规划', end: '2025-12-31' });
  });
  // plan-evaluation.txt: 2024年全市人均预期寿命达到78.6岁，比2020年提高1.5岁，提前实现78.5岁的规划目标.
  it("a year's rate or statistic named the plan's target is its last year's", () => {
    const last = { label: '十四五规划', start: '2025-01-01', end: '2025-12-31' };
    assert.deepEqual(planTarget(Y2024, '提前实现', '的规划目标；', '岁', plan, '2024年全市人均预期寿命达到78.6岁，比2020年提高1.5岁，提前实现'), last);
    assert.deepEqual(planTarget(Y2024, '提前完成', '的规划目标。', '%', plan, '学前三年毛入园率达到93.2%，提前完成'), last);
  });
  it("a yearly average named the plan's expectation is over the plan's years", () => {
    assert.deepEqual(planTarget(Y2024, '低于《纲要》年均增长', '的预期；', '%', plan), plan);
  });
  it('leaves a figure no target names, or a document on no plan, alone', () => {
    assert.deepEqual(planTarget(Y2024, '年均增长', '，高于全省平均。', '%', plan), Y2024);
    assert.deepEqual(planTarget(Y2024, '但距', '的规划目标仍差1.4个', '个', undefined), Y2024);
    assert.deepEqual(planTarget(Y2024, '人均', '的预期寿命', '岁', plan), Y2024);
  });
});

describe('limitInForce', () => {
  const THIS_YEAR = { label: '今年', start: '2025-01-01', end: '2025-09-01' };
  const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
    // county-news.txt: 县教育局严格控制班额，小学每班不超过45人，初中每班不超过50人.
    ['县教育局严格控制班额，小学每班', '不超过45人', true],
    ['中小学生每天校内体育活动时间', '不少于1小时', false],
    ['中小学生校内体育活动每人每天', '不少于1小时', true],
    ['全市每户', '不到1000元', false],
    ['小学每班', '45人', false],
  ];
  for (const [before, raw, inForce] of CASES) {
    it(`${before}${raw}: ${inForce ? 'a rule in force at its date' : 'over its period'}`, () => {
      assert.deepEqual(limitInForce(THIS_YEAR, before, raw), inForce ? { label: '今年', end: '2025-09-01' } : THIS_YEAR);
    });
  }
});

describe('dayEvent: those who took part in a day\'s event are that day\'s', () => {
  const EVENING: Period = { label: '5月29日晚', end: '2025-05-29' };
  const SCHOOL_DAY: Period = { label: '开学首日', end: '2025-09-01' };
  const CASES: ReadonlyArray<readonly [string, Period, string, string, boolean]> = [
    // tv-accountability.txt: 5月29日晚19:30，…直播。…200名市民代表在演播厅参与满意度测评.
    ['200名', EVENING, '…主要负责人现场接受问政，', '市民代表在演播厅参与满意度测评', true],
    // county-news.txt: 开学首日，县四套班子领导分成6个督查组，深入全县48所学校检查…
    ['6个', SCHOOL_DAY, '县四套班子领导分成', '督查组', true],
    ['300余人', { label: '3月5日', end: '2025-03-05' }, '学雷锋日当天，', '志愿者走上街头参加义诊', true],
    ['120人次', { label: '10月1日', end: '2025-10-01' }, '市场监管局出动', '执法人员', true],
    // …not what stands on that day: 9月1日，开化县48所中小学、幼儿园的2.6万余名学生迎来新学期.
    ['48所', { label: '9月1日', end: '2025-09-01' }, '开化县', '中小学、幼儿园的2.6万余名学生迎来新学期', false],
    ['48所', SCHOOL_DAY, '深入全县', '学校检查校园安全', false],
    // …nor a figure dated otherwise.
    ['200名', { label: '今年', start: '2025-01-01', end: '2025-05-29' }, '全市', '志愿者参与测评', false],
  ];
  for (const [figure, period, before, after, ofTheDay] of CASES) {
    it(`${before}${figure}${after}: ${ofTheDay ? 'that day' : 'as it was'}`, () => {
      assert.deepEqual(dayEvent(period, before, after), ofTheDay ? { ...period, start: period.end } : period);
    });
  }
  it('开学首日 opening a sentence is the first day of the autumn term; a headline\'s, or before the term, dates nothing', () => {
    const dates = (text: string, published: string) => findPeriodMarkers(text, published).map((m) => [m.period.label, m.period.start, m.period.end]);
    assert.deepEqual(dates('开学首日，县领导分成6个督查组。', '2025-09-01'), [['开学首日', undefined, '2025-09-01']]);
    assert.deepEqual(dates('开学第一天，全区2.1万名新生入学。', '2025-10-12'), [['开学第一天', undefined, '2025-09-01']]);
    assert.deepEqual(dates('开学第一天 开化县新增学位2160个', '2025-09-01'), []);
    assert.deepEqual(dates('开学首日，县领导分成6个督查组。', '2025-08-30'), [['开学首日', undefined, undefined]]);
    assert.deepEqual(dates('开学首日，县领导分成6个督查组。', '2026-03-02'), [['开学首日', undefined, undefined]]);
  });
});

describe('standardThisYear: a standard raised this year', () => {
  const THIS_YEAR = { label: '今年', start: '2025-01-01', end: '2025-12-18' };
  const CASES: ReadonlyArray<readonly [string, string, boolean, typeof THIS_YEAR, { start?: string; end?: string }]> = [
    // broadcast-script.txt: 今年，全省城乡居民医保人均财政补助标准提高到每人每年七百元: the year it is paid for.
    ['今年，全省城乡居民医保人均财政补助标准提高到每人每年', '七百元', true, THIS_YEAR, { start: '2025-01-01', end: '2025-12-31' }],
    ['今年，全市残疾人两项补贴标准提高到每人每年', '1200元', true, { ...THIS_YEAR, end: '2025-10-20' }, { start: '2025-01-01', end: '2025-12-31' }],
    // …。全市…参保人数达到132万人，城乡低保标准提高到每人每月905元: the level in force now.
    ['城乡低保标准提高到每人每月', '905元', false, THIS_YEAR, { end: '2025-12-18' }],
    ['特困人员基本生活标准统一调整为每人每月', '1180元', false, THIS_YEAR, { end: '2025-12-18' }],
    // …not one its own sentence dates (provincial-roundup.txt: 许昌市今年将城乡低保标准提高到每人每月760元), nor another year's, nor no standard.
    ['许昌市今年将城乡低保标准提高到每人每月', '760元', true, THIS_YEAR, { start: '2025-01-01', end: '2025-12-18' }],
    ['城市低保标准提高到每人每月', '798元', false, { label: '2025年', start: '2025-01-01', end: '2025-12-31' }, { start: '2025-01-01', end: '2025-12-31' }],
    ['全市发放救助资金每人每年', '500元', false, THIS_YEAR, { start: '2025-01-01', end: '2025-12-18' }],
  ];
  for (const [before, figure, dated, period, expected] of CASES) {
    it(`${before}${figure} under ${period.label}${dated ? ' (its sentence dated)' : ''}`, () => {
      const { start, end } = standardThisYear(period, before, () => dated);
      assert.deepEqual([start, end], [expected.start, expected.end]);
    });
  }
});

describe('alongsideLevel: a rate said alongside a level in its sentence is read at the same date', () => {
  const YEAR = { label: '2025年', start: '2025-01-01', end: '2025-12-31' };
  const LEVEL = { label: '2025年', end: '2025-12-31' };
  const CASES: ReadonlyArray<readonly [string, typeof YEAR | typeof LEVEL | undefined, boolean]> = [
    // infographic.txt: ●全市家庭医生签约服务覆盖率达到45.2%，重点人群签约率83.5%
    ['●全市家庭医生签约服务覆盖率达到45.2%，重点人群签约率', LEVEL, true],
    // infographic.txt: ●全市人均体育场地面积达到3.26平方米，经常参加体育锻炼人数比例达到42.8%
    ['●全市人均体育场地面积达到3.26平方米，经常参加体育锻炼人数比例达到', LEVEL, true],
    ['全区常住人口城镇化率达到68.2%，户籍人口城镇化率为', LEVEL, true],
    // …not after a flow (wechat-progress.txt's 重点人群签约率82.3% after 签约服务人数达32.6万人: a level by stockPeriod, as a sign-up rate),
    ['全区家庭医生签约服务人数达32.6万人，重点人群签约率', YEAR, false],
    // …nor a change or a rate of work done, nor with no figure before it in its sentence.
    ['全市普惠托位覆盖率达到85%，一般公共预算收入增长率', LEVEL, false],
    ['全市燃气普及率达到99%，老旧管网改造完成率', LEVEL, false],
    ['重点人群签约率', undefined, false],
  ];
  for (const [before, previous, level] of CASES) {
    it(`${before}…%${previous ? '' : ' (first in its sentence)'}: ${level ? 'a level' : 'over its period'}`, () => {
      assert.deepEqual(alongsideLevel(YEAR, before, '%', previous), level ? LEVEL : YEAR);
    });
  }
  it('reads nothing but percentages so', () => assert.deepEqual(alongsideLevel(YEAR, '覆盖率达到45.2%，重点人群签约人数', '人', LEVEL), YEAR));
  // town-report.txt: 家庭医生签约率达到82.6%，高于全区平均水平1.8个百分点: a lead measured on the level before it.
  const POINTS: ReadonlyArray<readonly [string, typeof YEAR | typeof LEVEL, boolean]> = [
    ['镇卫生院新增床位40张，家庭医生签约率达到82.6%，高于全区平均水平', LEVEL, true],
    ['社区嵌入式托育点仅占城市社区的31.6%，低于全省平均水平', LEVEL, true],
    ['全县农村自来水普及率达到98.5%，超过全市平均', LEVEL, true],
    // …not after a flow (增速高于全区平均水平0.4个百分点 follows a growth over the year), nor a change over the year.
    ['农村居民人均可支配收入达到48620元，同比增长6.2%，增速高于全区平均水平', YEAR, false],
    ['全市家庭医生签约率达到82.6%，比上年提高', LEVEL, false],
  ];
  for (const [before, previous, level] of POINTS) {
    it(`${before}…个百分点: ${level ? 'a level' : 'over its period'}`, () => {
      assert.deepEqual(alongsideLevel(YEAR, before, '百分点', previous), level ? LEVEL : YEAR);
    });
  }
});
