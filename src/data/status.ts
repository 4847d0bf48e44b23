/**
 * Whether a figure reports a result, a plan, a target or work under way.
 *
 * Read from the figure's sentence, in this order:
 * 1. The last status word before the figure in its sentence decides (a plan word carries
 *    over commas: `力争新增高技能人才2万人，城乡居民收入比缩小到1.59` are both plans),
 *    and a result word after a plan word ends the plan: `计划改造1200个，实际完成1286个`;
 *    a clause that opens with 完成 ends a target: `年度任务为…60部，全年完成64部` (not right after the target word's
 *    colon, which states the task: `目标任务：完成适老化改造500户`).
 * 2. Done words right after the figure make it a result (`其中6家已竣工`, `9所已完成主体建设`,
 *    even after `今年计划…` or `其余5所正在施工，其中4所主体结构已封顶`), and so do done words of its own clause
 *    before it (`已完成入户评估420户，改造工程正在招标`); else work-under-way words after it, up to a new time frame
 *    and outside the clauses of later figures, make it ongoing: `956个老旧小区…目前已全部进场施工`,
 *    `15家便民市场已全部开工建设` (but not `新增…电梯152部，在建68部`).
 * 3. Else completion expected in its own clauses makes it a plan (`15家便民市场…预计11月底之前
 *    全部建成投用`), as does the section it sits in: under a heading such as `2025年工作安排`,
 *    `2026年预算草案`, `2026年工作目标`, `“十五五”时期目标建议` (a heading's year ahead: extract.ts),
 *    or in an article announcing a year's programme (`泉州市2026年市级十件民生实事项目公布`),
 *    figures are plans, except those their own words date by publication (`去年…5200套`, `目前…120家`);
 *    elsewhere results.
 * A figure whose period starts after publication, or ends in a later year with no start (`到2030年`), is never a
 * result: it becomes a plan.
 *
 * | status | words |
 * |---|---|
 * | plan | 将 before a verb (not the preposition of `将教育摆在优先位置`), 还将, 即将, 计划 before a verb (or a time and a verb: `计划明年改造`; or 总投资), 拟, 预计, 力争, 确保, 争取, 打算, 有望; 安排…资金, or 安排 right before a sum its words date, in the year of publication or later (or before `，实际拨付…`); a change or share of a plan |
 * | target | 任务为, 任务是, 年度任务, 年度目标, 目标任务, 目标是, 目标为, 目标：, 预期目标, 预期增长, 任务 right before the amount (`工程任务5989套`), 的年度任务 / 的规划目标 / 的预期 right after it (`距4.5个的规划目标`), `到2027年` ahead of publication (but works a plan word sets out after it stay plans); a level or rate to reach under a heading of targets |
 * | ongoing | 在建, 正在, 推进中, 施工中; 结转下年度继续办理, 尚未审结 in its own clause; 陆续建设 in its own clause; after the figure also 进场施工, 开工建设, 加紧施工, 有序推进 |
 * | result | 实际完成, 已完成, 已建成, 已, 截至, 累计 (end a plan that came before; not 累计 right before the amount: `预计…，五年累计32.3万人`) |
 * | plan, target | the amount itself right after `计划的`, `任务的`, `目标的`: `超额完成年初计划的6所` (a percentage there is a share: a result) |
 *
 * `完成年度任务的90.58%` is a result measured against a target (see attribute.ts, the
 * `target_share` derived indicator), not a target: 任务 after 完成 is not a target word.
 *
 * A deadline in a figure's own clause after it (`17个…项目要在2025年11月底前全部完工`), or demanded before it
 * (`鼎城区要在10月底前新增托位100个`), makes a figure nothing else gave a status a plan, as completion expected does (step 3).
 * A gap behind 序时进度 (`低于序时进度19.2个百分点`) is a result; the benchmark itself (`序时进度（66.7%）`) a target.
 */
import { charSet, isIn } from './chars.js';
import { targetClauseEnd } from './period.js';
import type { Status } from './types.js';

interface Marker {
  /** The characters the pattern's words start with (keep in step with the pattern). */
  starts: string;
  re: RegExp;
  status: Status;
}

/** 将 as an auxiliary ("will") comes before a verb; as a preposition ("把") before a noun. */
const WILL_VERB = '新建改筹增实完投开达持继进力全重着加推启提打再累陆逐于按会要可能在把以突超出组举设发培招覆惠带扩形统争确建保陆依联';

/** Status words before a figure, each a sticky pattern tried where one of its first characters is. */
const BEFORE: readonly Marker[] = [
  // 预期增长5%左右: the budget's expected rate (not 预期寿命, life expectancy).
  // 目标：…2400个　完成：2635个 — an infographic's label pair on one line.
  { starts: '任目年预', re: /(?:任务为|任务是|目标任务|年度任务|年度目标|目标是|目标为|目标[：:]|预期目标|预期(?:增长|增速|达到|提高|下降)|任务数为?)/y, status: 'target' },
  { starts: '还也即将', re: new RegExp(`(?:还将|也将|即将|将于|将要|将会|将(?=[${WILL_VERB}]))`, 'y'), status: 'plan' },
  // 计划改造, 计划明年改造, 计划年底前再完成, 计划总投资28.6亿元 (not 计划的, 年度计划).
  { starts: '计', re: new RegExp(`计划(?=[${WILL_VERB}到用通]|总?投资|(?:明年|今年|年内|年底前?|年末前?|\\d{1,2}月底?前)[^，,；;。]{0,4}[${WILL_VERB}])`, 'y'), status: 'plan' },
  // (审查拟公开信息1900余条, 公示拟表彰对象: 拟 qualifying the object of a verb done, no plan.)
  // 承诺6月30日前完成全部整改, 承诺提档升级的12家: a promise is a plan (not 兑现承诺, 履行承诺: kept).
  // 争取10月底前…全部完工, 争取明年…: a plan; 争取上级资金1.25亿元 (funds secured) is no time ahead: not one.
  { starts: '拟预力确打有承争', re: /(?:(?<!审查|审核|核查|公示|确定|研究)拟|预计|力争|确保|打算|有望|(?<!兑现|履行|落实|践行)承诺|争取(?=在|于|尽快|早日|提前|今年|明年|年内|年底|年末|全年|\d{1,2}月|到\d{4}年|\d{4}年))/y, status: 'plan' },
  { starts: '在正推施', re: /(?:在建|正在(?!轮候|排队|等候|等待)|推进中|施工中)/y, status: 'ongoing' },
  { starts: '实已截累建', re: /(?:实际完成|已完成|已建成|已经|已|截至|截止|累计|建成投用)/y, status: 'result' },
];
const BEFORE_START = charSet(BEFORE.map((m) => m.starts).join(''));
/**
 * The markers that can match at a character, in BEFORE's order: 年, 在, 实, 建 are common
 * in any sentence, and trying all six patterns at each was most of a figure's status time.
 */
const MARKERS_AT = new Map<string, Marker[]>();
for (const m of BEFORE) for (const c of m.starts) MARKERS_AT.set(c, [...(MARKERS_AT.get(c) ?? []), m]);

/** Work-under-way words after a figure, in its sentence. */
/** (`正在成为现实`, `正在形成`: a trend the figures show, not work under way; `正在轮候`, `正在排队`: people waiting, counted.) */
const ONGOING_AFTER = /进场施工|开工建设|全部开工|加紧施工|正在(?!成为|变成|变为|形成|轮候|排队|等候|等待)|在建|推进中|施工中/u;
/**
 * …and in the figure's own clause: `三个新建迁建重点项目有序推进`, `109所…项目进展顺利` (a space ends a
 * headline's clause: `新增就业3.2万人 民生实事稳步推进`).
 */
const ONGOING_OWN_CLAUSE = /^[^，,；;。\s]{0,12}(?:(?:有序|稳步|加快|全力|顺利)推进|进展顺利|进展良好)/u;
/** Work done bit by bit, in the figure's own clause: `陆续安装建设3500张家庭养老床位`. */
const ONGOING_CLAUSE = /陆续(?:安装|建设|开工|推进|实施)[^，,；;。]*$/u;
/**
 * Work pushed ahead, the figure inside its object: `推动两个国家区域医疗中心和5个…分中心建设` (not
 * `加快推进…，建成…`: a result said in the clause).
 */
const PUSHED_BEFORE = /(?:推动|推进|加快|加紧|加速)(?![^，,；;。]*(?:建成|完成|竣工|实现|达到|新增|累计))[^，,；;。]*$/u;
const PUSHED_OBJECT = /^[^，,；;。]*(?:建设|创建|扩建|改造)(?:工作|工程|项目)?(?=[，,；;。]|$)/u;
/** The amount of a task, right before it: `棚户区改造工程任务5989套` (not `完成…任务`). */
const TASK_AMOUNT = /任务(?:数|量)?$/u;
const TASK_DONE = /完成[^，,；;。]{0,8}任务(?:数|量)?$/u;
/** A later figure in the clause after a plan's amount, or `…中，` (of them): the amount is the plan's total. */
const PLAN_TOTAL_AFTER = /^[^，,；;。]*?\d|^[^，,；;。\d]*中[，,]/u;
/** The schedule's benchmark (序时进度: the share of the year elapsed), named right before its figure. */
const SCHEDULE_BEFORE = /序时进度(?:为|是)?[（(]?$/u;
/** …not a gap measured against it: `低于序时进度35.4个百分点` is how far behind, a result. */
const SCHEDULE_GAP = /(?:低于|高于|快于|慢于|落后于?|滞后于?|超过|超出|领先于?)序时进度$/u;
/** A share done of the amount before it: `完成年度目标任务5.2万人的90.0%`. */
const SHARE_OF_IT_AFTER = /^的\d+(?:\.\d+)?[%％]/u;
/** …or right after it: `全面完成2.8万户的年度任务`, `距4.5个的规划目标仍差1.4个`. */
const TASK_OF_AFTER = /^的(?:全年|年度|规划|约束性|预期性?|五年)?(?:目标)?(?:任务|目标)/u;
/**
 * A rate named as a target right after it: `提前完成55%的约束性目标`, `低于《纲要》年均增长7%左右的预期`.
 * (Not a bare 的目标 or 的任务: `完成了90%的任务` is a share done.)
 */
const RATE_OF_TARGET_AFTER = /^的(?:规划|约束性|预期性?|年度|五年)目标|^的预期/u;
/** A rate a gap is measured to: `距100%的目标还差13.6个百分点` (not `完成了90%的目标`, a share done). */
const GAP_TO_BEFORE = /(?:距离?|离)$/u;
/** Where the words after a figure stop being about it: a new time frame or topic. */
const AFTER_SCOPE_END = /今年|去年|明年|\d{4}年|上半年|同时|此外|另外/u;
/** Completion expected, after a figure no word before has dated: `15家便民市场…预计11月底之前全部建成投用`. */
const PLAN_AFTER = /(?:预计|计划|力争|确保|有望)[^，,；;。]{0,12}?(?:建成|完工|竣工)/u;
/**
 * A deadline in the figure's own clause after it, not said done (`17个…项目要在2025年11月底前全部完工`,
 * `835万元…资金年底前全部统筹使用`): what is to be done by then. Not a cutoff that describes a noun
 * (`2000年底前建成的小区`).
 */
const DEADLINE_AFTER = /^[^，,；;。]*?(?<!已经?|已于)(?:(?:要|须|应|将)[在于])?(?:\d{4}年|今年)?(?:\d{1,2}月(?:底|末)?|年(?:底|末))(?:之前|以前|前)(?![^，,；;。]*的)/u;
/** A deadline demanded before the figure, in its clause: `鼎城区要在10月底前新增托位100个` (what is to be done by then). */
const DEMANDED_BY = /(?:要|须|应|务必)[在于](?:\d{4}年|今年)?(?:\d{1,2}月(?:底|末)?|年(?:底|末))(?:之前|以前|前)[^，,；;。]*$/u;
/** Cases still being handled when the year ended, in the figure's clause: `结转下年度继续办理4件`, `尚未审结1件`. */
export const CARRIED_ON = /(?:结转|转入)下一?年度?(?:继续)?办理|尚未(?:审结|办结|结案)/u;
/** Done, right after the figure: `9所已完成主体建设` ends a plan carried from before. */
const RESULT_AFTER = /^[^,，;；。]{0,6}?(?:已|均已|已经)(?:全部)?(?:完成|完工|建成|竣工|封顶|投用|投入使用)/u;
/**
 * Done, said in the figure's own clause before it: `目前已完成入户评估420户，改造工程正在招标` — work under way in a
 * later clause is of other things.
 */
const DONE_OWN = /(?:已|均已|已经)(?:全部)?(?:完成|完工|建成|竣工|投用)[^，,；;。]*$/u;
/** …unless the sentence then says all of it is done (`力争…全部完工` is not done). */
const DONE_AFTER = /(?:已全部|全部已|均已)(?:完工|建成|竣工)/u;

/**
 * What stands now, opening the figure's clause: `全市现有养老床位3.2万张` (not `改造现有老旧小区120个`, a plan's object),
 * or what a plan builds on (`依托全市87家乡镇卫生院…，力争…建成示范点20个`).
 */
const STANDS_NOW = /(?:^|[，,；;。：:\s]|全[市区县省]|我[市区县省]|目前|当前)现有[^，,；;。：:]*$|(?:^|[，,；;。：:\s])依托(?:全[市区县省]|我[市区县省]|现有)?[^，,；;。：:\d]{0,6}$/u;

/**
 * What a call for a programme's candidates has already brought in, in the figure's own clause: `共收到市民建议4120条`,
 * `梳理形成2026年市级民生实事候选项目15个` (not the candidates' own works, `新建城市书房20家`, nor works the
 * suggestions asked for, `根据收到的意见新建口袋公园30个`). Under a programme announced ahead, these are
 * done, as of publication.
 */
export const SELECTION_DONE = /(?:收到|征集到|梳理形成|汇总形成|筛选出|提出)[^，,；;。：:]{0,24}?(?:候选项目|候选|建议|意见|留言)(?:共|合计|总计|达到?|为)?$/u;

/**
 * Money allocated right before the figure (`市级财政安排养老服务专项资金3.8亿元`): the budget set
 * for the year, a plan. Not what was allocated (`已安排`, `累计安排`), nor a year gone by.
 */
const ALLOCATED = /(?<![已共计经])安排[^，,；;。：:\d]{0,12}?(?:资金|经费|预算)$/u;
/** …or a sum of money right after 安排: `…支出安排632.0亿元`, `安排1.8亿元，支持新建…`. */
const ALLOCATED_SUM = /(?<![已共计经])安排$/u;
/** What was actually paid, in the clause after a sum allocated: `安排…资金15.8亿元，实际拨付15.2亿元` (the first is the plan). */
const ACTUAL_NEXT = /^[，,]实际/u;
/** A level to reach, right before the figure: under a target (a deadline ahead, a heading of targets) it is one. */
const LEVEL_BEFORE = /(?:保持在?|稳定在|控制在|达到|可达|提高到|提升到|增加到|增长到|降至|降到|下降到|缩小到|缩短到|压缩至|压缩到|突破|超过)$/u;
/** A bound written with the amount (`30万人以上`, `5.0以内`, `6%左右`): under a heading of targets, a level to reach. */
const BOUND_RAW = /(?:以上|以下|以内|左右)$/u;
/** …or inside the figure's own words: `力争突破5万元`. */
const LEVEL_LEAD = /^(?:突破|超过)/u;

/** Words between 完成 and the task or plan it measures against: `完成全年任务`, `完成五年目标任务`, `完成全区三年目标任务`. */
const TASK_SPAN = '[^，,；;。的]{0,4}?';
/** Words before a figure that keep 任务 from being a target word: 完成年度任务的70.75%, 完成五年目标任务的86%. */
const COMPLETED_BEFORE = new RegExp(`完成${TASK_SPAN}$`, 'u');

/**
 * A clause that opens with 完成 after a target reports against it: `年度任务为…60部，全年完成
 * 64部，完成年度任务的107%`. (After a plan, `力争完成`, `确保完成` stay plans.)
 */
const DONE_AGAINST_TARGET = /(?:全年|当年|年内|实际|累计|共)?完成/y;
/** (A space parts the labels of one line: `目标：…2400个　完成：2635个`, the ideographic space cleaned to a plain one.) */
const CLAUSE_BREAK = new Set([...'，,；;：: \u3000']);
/** The colon right after a target word: what follows states the target (`目标任务：完成改造500户`), its 完成 included. */
const LABEL_COLON = new Set([...'：:']);
/** A plan word opening the base of a share, in its clause: `占年度计划投资…的`, `占全年计划的`. */
const SHARE_BASE = /占[^，,；;。：:\d]{0,6}$/u;
/** Right after a target word, the task reported done: `年度任务全面完成`, `年度目标任务均已超额完成` (not `目标：完成2400个`). */
const TASK_REPORTED_DONE = /^(?:均|已|均已)?(?:全面|全部|超额|提前|顺利)完成/u;
/** 累计 right before the amount totals what a plan before it expects: `预计全年可达6.5万人，五年累计32.3万人`. */
const TOTAL_OF_PLAN = /^(?:可?达到?)?$/u;

/** The status the words of `before` (the sentence up to the figure) give, if any. */
export function statusBefore(before: string): Status | undefined {
  let found: Status | undefined;
  /** The status before a plan word inside a share's base (`占年度计划投资72.5亿元的64.6%`), while that base is open. */
  let beforeBase: Status | undefined | null = null;
  /** Where the last target word ended: after it, its colon (`目标任务：完成…500户`, `目标：完成…`) opens the task, no result. */
  let targetEnd = -1;
  for (let at = 0; at < before.length; at++) {
    // …的64.6%: the share closes the base; its plan word says nothing of what follows.
    if (beforeBase !== null && before[at] === '的' && /\d/u.test(before[at + 1] ?? '')) {
      found = beforeBase;
      beforeBase = null;
    }
    if (found === 'target' && at > 0 && CLAUSE_BREAK.has(before[at - 1]!) && !(LABEL_COLON.has(before[at - 1]!) && at - 1 <= targetEnd)) {
      DONE_AGAINST_TARGET.lastIndex = at;
      if (DONE_AGAINST_TARGET.test(before)) found = 'result';
    }
    if (!isIn(BEFORE_START, before, at)) continue;
    for (const { re, status } of MARKERS_AT.get(before[at]!)!) {
      re.lastIndex = at;
      const m = re.exec(before);
      if (!m) continue;
      if (status === 'target' && COMPLETED_BEFORE.test(before.slice(Math.max(0, at - 6), at))) break;
      // 年度任务全面完成，…实现地区生产总值3.02万亿元: a task reported done sets no target.
      if (status === 'target' && TASK_REPORTED_DONE.test(before.slice(at + m[0].length, at + m[0].length + 8))) break;
      if (found === 'plan' && m[0] === '累计' && TOTAL_OF_PLAN.test(before.slice(at + 2))) break;
      if (status === 'plan' && SHARE_BASE.test(before.slice(Math.max(0, at - 12), at))) beforeBase = found;
      found = status;
      if (status === 'target') targetEnd = at + m[0].length;
      at += m[0].length - 1;
      break;
    }
  }
  return found;
}

/**
 * Section headings whose figures are plans: `二、2025年工作安排`, `下一步工作打算`, a budget still
 * to be voted (`二、2026年预算草案`), targets set or proposed (`五、2026年工作目标`, `“十五五”时期目标建议`), an
 * enrolment notice's intake and its caps (`二、招生计划`).
 */
const PLAN_HEADING = /工作安排|工作打算|工作计划|目标任务|主要任务|重点任务|重点工作|下一步|展望|预期目标|预算草案|预算安排|工作目标|目标建议|招生计划/u;
/** Targets, not tasks: under these headings a level to reach is a target (see findStatus). */
const TARGET_HEADING = /目标(?!任务)/u;
/** A heading line: short, no full stop, often numbered. */
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\S{1,3}\)|\d+[.、])?[^。!?！？]{2,30}$/u;

/** A year's programme of projects for the people: `2026年市级十件民生实事项目`, `2025年为民办实事项目`. */
const PROGRAMME = /(\d{4})年[^。，,；;]{0,12}?(?:民生实事|为民办实事|惠民实事|实事项目)/u;
/**
 * Words that report on a programme: its figures are what was done (`2024年十件民生实事完成情况`,
 * `2025年十大民生实事项目进展`, `…稳步推进`, `…最新进度`).
 */
const LOOKS_BACK = /完成|进展|进度|推进|情况|回顾|总结|成效|成绩|答卷|综述|盘点|见效|兑现|收官|交出|亮出|晒出/u;
/** Words that make a programme public: `…项目公布`, `票决产生`, `…实施方案`. */
const ANNOUNCED = /公布|出炉|票决|确定|发布|敲定|出台|揭晓|征集|计划|安排|方案|清单|名单/u;

/**
 * Whether a title or heading announces a year's programme still to be carried out:
 * `泉州市2026年市级十件民生实事项目公布`, published in January 2026, lists what is to be
 * done that year. No word reports on it, and its year is after publication, or that of
 * publication with a word that announces it (a bare `2025年民生实事项目` in June may be
 * a progress report). Undated, it is not read as one: what its figures' own dates put
 * before publication (`2025年全市改造…165个`) could not be told from the plans.
 */
export function programmeAhead(line: string, published: string | null): boolean {
  const m = PROGRAMME.exec(line);
  if (!m || !published || LOOKS_BACK.test(line)) return false;
  const year = Number(m[1]);
  const now = Number(published.slice(0, 4));
  return year > now || (year === now && ANNOUNCED.test(line));
}

/** A heading of a report on work done: `工作回顾`, `主要成效`, `完成情况`. (Not 推进, 完成: topics use them as verbs.) */
const REPORT_HEADING = /回顾|总结|成效|成绩|情况|进展|进度|答卷|综述|盘点/u;

/**
 * Whether a heading keeps the plan frame of the section before it: a topic
 * (`一、稳就业促增收`, `六、推进城镇老旧小区改造` under a year's programme) does; a year
 * or a report (`一、2024年工作回顾`, `主要成效`) sets its own.
 */
export function keepsPlanFrame(line: string): boolean {
  return !/\d{4}年/u.test(line) && !REPORT_HEADING.test(line);
}

/** Whether a line is a heading that puts the figures under it in the plan frame (`四、重点工作成效` reports: it does not). */
export function planHeading(line: string, published: string | null = null): boolean | undefined {
  if (!HEADING.test(line) || /[,，;；]/u.test(line)) return undefined;
  return (PLAN_HEADING.test(line) && !REPORT_HEADING.test(line)) || programmeAhead(line, published);
}

/**
 * A line that opens a year's plans, as a post's last section does: `🔜 2026年，我们将…`,
 * `2026年，我们将继续办好十大民生实事，计划总投资92亿元：` — a year and a plan verb, no full stop;
 * or a month's, as a newsletter's last section does: `12月，街道将重点做好以下工作：`.
 * The period (the year, or the month), when it is not before publication's; the list after it is its plans.
 */
const PLAN_LEAD = /^[^\p{Script=Han}\d]*(?:(\d{4})年)?(?:(\d{1,2})月(?:份)?)?[，,：:\s]*(?:我们|我市|全市|全区|全县|市委市政府|市政府|(?:本|我|全)?(?:街道|社区|镇|乡))?(?:还)?(?:将|要|计划|拟|力争)/u;
export function planLead(line: string, published: string | null): { start: string; end: string } | undefined {
  if (!published || /[。！？!?]/u.test(line)) return undefined;
  const m = PLAN_LEAD.exec(line);
  if (!m || (!m[1] && !m[2])) return undefined;
  const [now, nowMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  if (!m[2]) return Number(m[1]) >= now ? { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` } : undefined;
  const month = Number(m[2]);
  // 12月，街道将… in December is this month; 1月，… in December the next year's January.
  const year = m[1] ? Number(m[1]) : month >= nowMonth ? now : now + 1;
  if (month < 1 || month > 12 || year * 12 + month < now * 12 + nowMonth) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` };
}

/** Whether a plan heading sets targets (`五、2026年工作目标`): its levels to reach are targets, its works plans. */
export function targetHeading(line: string): boolean {
  return planHeading(line) === true && TARGET_HEADING.test(line);
}

/** A period written `到2027年` / `到2025年底`: a deadline ahead of the figure. */
const DEADLINE = /到(\d{4})年/gu;

/** The figure's own clause, up to it: `before` from its last comma or semicolon. */
function ownClause(before: string): string {
  return before.slice(Math.max(...['，', ',', '；', ';'].map((c) => before.lastIndexOf(c))) + 1);
}

/** The rest of the figure's clause and the clause after it. */
function nextClauses(after: string): string {
  return after.split(/[，,；;。！？!?]/u, 2).join('，');
}

/** Work said done in a figure's own clause before it (`完工九十六个`): no plan after it undoes that. */
const DONE_VERB = /完工|建成|竣工|完成|开工|投用|改造|新增|新建/u;

/** A clause about the rest of what a figure counted (`剩下的7个`, `其余3所`). */
const REST_OF_IT = /^\s*(?:剩下|剩余|其余|另有|另外)/u;

/**
 * The words after a figure that speak of it: the rest of its clause, and the clauses after
 * it that hold no figure of their own (`目前已有38个投入运营，其余7个正在装修`: 正在 is the 7's;
 * `改造老旧小区236个，涉及居民3.1万户，目前已全部进场施工`: both are under way).
 */
function ownClauses(after: string): string {
  // Up to the rest, when a clause turns to it: what follows is said of that (完工79个，剩下的7个，确保…).
  const clauses = after.split(/[,，;；]/u);
  const rest = clauses.findIndex((clause, i) => i > 0 && REST_OF_IT.test(clause));
  return (rest < 0 ? clauses : clauses.slice(0, rest))
    .filter((clause, i) => i === 0 || !/\d/u.test(clause))
    .join('，');
}

export interface StatusInput {
  /** The sentence up to the figure. */
  before: string;
  /** The sentence after the figure. */
  after: string;
  /** Whether the section the sentence sits in is a plan (a heading said so). */
  planSection: boolean;
  /** Publication date, if known. */
  published: string | null;
  /** Start of the figure's period, if known. */
  periodStart?: string;
  /** End of the figure's period, if known: a plan section's figure dated by publication is a result. */
  periodEnd?: string;
  /** The figure is a percentage: after `计划的` a share of the plan, not the plan. */
  percent?: boolean;
  /** The figure is a sum of money: `安排` right before it allocates it. */
  money?: boolean;
  /** The figure as written, with the qualifier it opens with (`突破5万元`). */
  raw?: string;
  /** The section's heading sets targets (`五、2026年工作目标`). */
  targetSection?: boolean;
}

/** A percentage of the year's task, target or plan done: `完成年度任务的75.4%`, `完成年度计划的88.5%`. */
const MEASURED_SHARE = new RegExp(`完成${TASK_SPAN}(?:目标)?(?:任务|计划|目标)的?$`, 'u');

/** A count of the members of a set named before `…中，` (not `其中，`), in the same sentence: `32个项目中，已完成年度计划的21个`. */
const SUBSET_OF = /(?<!其)中[，,][^。！？!?；;]*的$/u;
/** The amount of a plan or target itself: `超额完成年初计划的6所` (not `完成年度计划的105%`). */
const AMOUNT_OF = /(?:(计划)|目标|任务)的$/u;

export function findStatus(input: StatusInput): Status {
  const { before, published } = input;
  const cut = input.after.search(AFTER_SCOPE_END);
  const after = cut < 0 ? input.after : input.after.slice(0, cut);
  let status = statusBefore(before);
  const measuredShare = input.percent === true && MEASURED_SHARE.test(before);
  // 计划建设的13个项目: a plan word inside the noun phrase, not the figure's verb (力争完成年度任务的95% stays a plan)…
  // …unless the figure is the plan's total that a later figure of its clause is measured in
  // (计划新建改扩建的12所公办幼儿园已完工9所, 计划新建的20个驿站中，已建成15个).
  const planTotal = status === 'plan' && /的$/u.test(before) && PLAN_TOTAL_AFTER.test(input.after);
  if (status === 'plan' && /的$/u.test(before) && !measuredShare && !planTotal) status = undefined;
  // 十二类项目中，已提前完成年度任务的3类: how many of those named before 中 did so, not the task's amount.
  const amountOf = input.percent || SUBSET_OF.test(before) ? null : AMOUNT_OF.exec(before);
  if (amountOf) status = amountOf[1] ? 'plan' : 'target';
  // 比序时进度（83.3%）快6.7个百分点: the share of the year elapsed, the schedule's benchmark, no result.
  if (SCHEDULE_BEFORE.test(before) && !SCHEDULE_GAP.test(before)) status = 'target';
  // 完成年度目标任务5.2万人的90.0%: the task's amount, named between 完成 and the share done of it.
  if (!input.percent && TASK_AMOUNT.test(before) && (!TASK_DONE.test(before) || SHARE_OF_IT_AFTER.test(input.after))) status = 'target';
  // 全面完成2.8万户的年度任务, 提前完成55%的约束性目标: the amount of a task or target, named right after it.
  // (确保…改造供水管网860公里的任务全面完成: the task's amount under a plan word of its own clause is what is planned.)
  if (input.percent ? RATE_OF_TARGET_AFTER.test(input.after) || (GAP_TO_BEFORE.test(before) && TASK_OF_AFTER.test(input.after)) : TASK_OF_AFTER.test(input.after)) status = status === 'plan' && !input.percent && statusBefore(ownClause(before)) === 'plan' ? 'plan' : 'target';
  // 正在施工58个，完成年度任务的75.4%: a share of the year's task done is a result, whatever came before (but 力争完成… stays a plan).
  if (measuredShare && status !== 'plan') status = 'result';
  const doneAfter = RESULT_AFTER.test(after);
  // (已完工9所 after 计划…的12所 is the later figure's.)
  if (status === 'plan' && doneAfter && !planTotal) status = 'result';
  // 其余5所正在施工，其中4所主体结构已封顶: so does work under way said in an earlier clause (those 4 reached a stage).
  if (status === 'ongoing' && doneAfter && statusBefore(ownClause(before)) !== 'ongoing') status = 'result';
  const year = published ? Number(published.slice(0, 4)) : null;
  // exec on the module's regex: matchAll would copy it for every figure. A failed exec resets lastIndex to 0.
  // 到2030年，力争…达到70%左右 is a target; 到2027年，全县还将新建…学校6所 a plan of works (a level or a rate stays a target).
  const level = input.percent === true || LEVEL_BEFORE.test(before) || LEVEL_LEAD.test(input.raw ?? '');
  for (let m = DEADLINE.exec(before); m; m = DEADLINE.exec(before)) {
    // 对照到2030年…的目标，全市仍有约5900个托位的缺口: the deadline is the target's, not the gap's.
    if (targetClauseEnd(before, m.index, m.index + m[0].length) !== undefined) continue;
    if (year !== null && Number(m[1]) > year) status = !level && statusBefore(before.slice(m.index + m[0].length)) === 'plan' ? 'plan' : 'target';
  }
  // 五、2026年工作目标: 力争按时办结率保持在99%以上 is a target; 新增智能客服坐席50个 stays a plan. A bound
  // there sets a level too (`“十五五”时期累计实现城镇新增就业30万人以上`), and no result word undoes it before
  // the figure's time is over (but `截至2025年底已达到98%` stands).
  const over = published !== null && input.periodEnd !== undefined && input.periodEnd <= published;
  if (input.targetSection && (level || BOUND_RAW.test(input.raw ?? '')) && status !== 'ongoing' && status !== 'target' && !over) status = 'target';
  // 全年办结44件，结转下年度继续办理4件: the cases still open, under way.
  if ((status === undefined || status === 'result') && CARRIED_ON.test(ownClause(before))) status = 'ongoing';
  const pushed = !input.planSection && PUSHED_BEFORE.test(before) && PUSHED_OBJECT.test(input.after);
  const underWay = ONGOING_AFTER.test(ownClauses(after)) || ONGOING_OWN_CLAUSE.test(after) || ONGOING_CLAUSE.test(before) || pushed;
  if ((status === undefined || status === 'result') && !doneAfter && underWay && !DONE_AFTER.test(after) && !DONE_OWN.test(ownClause(before))) {
    status = 'ongoing';
  }
  // In a plan section, what its own words date by publication was done or stands: `去年全市筹集…5200套`,
  // `目前全市现有养老机构120家`, `全市现有养老床位3.2万张` among 2026's projects.
  const planned = input.planSection && !(published !== null && input.periodEnd !== undefined && input.periodEnd <= published) && !STANDS_NOW.test(before);
  if (status === undefined && (planned || PLAN_AFTER.test(ownClauses(after)) || DEADLINE_AFTER.test(input.after) || DEMANDED_BY.test(before))) status = 'plan';
  // 完工九十六个，剩下的七个，我们确保在春节前全部完工: the plan said of this figure (in the rest of its
  // clause or the next) outranks what an earlier clause said was done (已经全部开工), as long as its own
  // clause says nothing done (完工九十六个 stays done).
  const own = ownClause(before);
  if (status === 'result' && !doneAfter && statusBefore(own) === undefined && !DONE_VERB.test(own) && PLAN_AFTER.test(nextClauses(input.after))) status = 'plan';
  const pastYear = published !== null && input.periodEnd !== undefined && input.periodEnd.slice(0, 4) < published.slice(0, 4);
  // A bare 安排 needs a date of its own words: undated, `安排2.2亿元，用于…` in a report on last year's budget was spent.
  const allocated = ALLOCATED.test(before) || (input.money === true && input.periodEnd !== undefined && ALLOCATED_SUM.test(before));
  if (status === undefined && allocated && (!pastYear || ACTUAL_NEXT.test(input.after))) status = 'plan';
  status ??= 'result';
  if (status === 'result' && published && input.periodStart && input.periodStart > published) status = 'plan';
  // …and a level or total due by a later year (`到2030年…；累计新增…5000张`) has not been reached.
  if (status === 'result' && published && !input.periodStart && input.periodEnd && input.periodEnd.slice(0, 4) > published.slice(0, 4)) status = 'plan';
  return status;
}
