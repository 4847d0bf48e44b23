/**
 * A figure's period and status as its own words adjust them, once period.ts has assigned
 * one: a year to date (yearToDate, inYearToDate, periodForStatus), a deadline before or
 * after it (deadlineBefore, deadlineAfter), a level a change starts from or reaches
 * (levelPeriod), what stands now (ongoingNow), and a table column's status (columnStatus).
 */
import { CARRIED_ON } from './status.js';
import { FROM_LEVEL_AFTER, LEVELS } from './attribute.js';
import type { Period, Status } from './types.js';
import { datedAsOf, type PeriodMarker, STANDING_THINGS } from './period.js';

/**
 * Whether a paragraph up to a figure speaks of this year's programme (`今年计划新建…45个，目前
 * 已有38个`). A paragraph that opens with `截至目前` (`截至目前，全市已建成社区老年助餐点312个`)
 * counts what stands, however old: as of publication, with no start.
 */
export function namesThisYear(before: string, end: string): boolean {
  return /今年|本年|年初|全年/u.test(before) || before.includes(`${end.slice(0, 4)}年`);
}

/** An "as of" period (`截至目前`) of a figure measured against the year's target: January to that date. */
export function yearToDate(period: Period, measuredAgainstYear: boolean): Period {
  if (!measuredAgainstYear || period.start || !period.end) return period;
  return { ...period, start: `${period.end.slice(0, 4)}-01-01` };
}

/** An "as of" label: `截至9月底`, `截至目前`, `目前`. */
const AS_OF_LABEL = /^(?:截至|截止|目前|当前)/u;

/** A paragraph that set out this year's plan: `今年，全市计划新建…32所`, `今年我市把老年助餐服务列入民生实事，计划新建…`. */
// (年度目标新建…80个。截至8月底，已建成…61个: the year's objective, named as such, is this year's plan too;
// not 完成年度目标的86.5%, a share done.)
// (今年确定的十大民生实事项目: the year's programme of 民生实事, named as the year's, is its plan too.)
const THIS_YEARS_PLAN = /(?:今年|本年|年初|全年)[^。！？!?\n]{0,20}?(?:计划|民生实事)|(?<!完成)年度(?:目标|任务)(?!的)/u;

/**
 * A figure of what was newly added or built (`截至9月底，该区新增城镇就业3100人`, `截至11月底，…；
 * 新建、改扩建中小学和幼儿园526所`) or spent (`截至今年10月底，全市民生类支出约412亿元`): a flow,
 * never a stock. (`累计新建` over the years is a total.)
 */
const NEWLY_ADDED = /(?:新增|(?<!累计)(?:新建|改扩建|新开工|支出|发放|拨付))[^，,；;。！？!?\n]*$/u;

/** A paragraph that breaks the one before down: `分区域看，章贡区新增就业5800人…`. */
const BREAKDOWN = /^\s*(?:分|从)(?:区域|地区|县区|区县|县市区|县（市、区）|县\(市、区\)|各地|领域|行业|结构|群体)(?:来)?看/u;

/** Where a figure looks for its time marker: its paragraph, or the one before when it only breaks that one down. */
export function periodParagraphStart(text: string, paragraphStart: number): number {
  if (paragraphStart < 2 || !BREAKDOWN.test(text.slice(paragraphStart, paragraphStart + 16))) return paragraphStart;
  let end = paragraphStart - 1;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.lastIndexOf('\n', end - 1) + 1;
}

/** The figure's sentence up to it and the sentence before: where a plan it reports on is set out. */
function lastSentences(paragraphBefore: string): string {
  const stop = paragraphBefore.lastIndexOf('。');
  return paragraphBefore.slice(paragraphBefore.lastIndexOf('。', stop - 1) + 1);
}

/** `比去年同期提高1.2个百分点`: compared with the same part of last year, so measured over a part of this one. */
const SAME_PERIOD = /同期/u;

/**
 * An as-of date in the year of publication (`截至9月底`, `目前`) counts this year's flow from
 * January when the sentence or the one before set out this year's plan (`今年全市计划改造…236个。目前，已完工
 * 178个`), when the figure is a dated count of what was newly added (`截至9月底，该区新增城镇
 * 就业3100人`), or when its sentence compares it with the same period of last year (`截至11月底，
 * 群众…满意度达到96.8%，比去年同期提高1.2个百分点`). A standing total (`截至9月底，全市已建成…46个`) keeps no start.
 */
export function inYearToDate(period: Period, paragraphBefore: string, after: string, published: string | null): Period {
  if (period.start || !period.end || !published || !AS_OF_LABEL.test(period.label)) return period;
  const year = published.slice(0, 4);
  if (period.end.slice(0, 4) !== year || period.end > published) return period;
  const dated = datedAsOf(period.label);
  const sentence = paragraphBefore.slice(paragraphBefore.lastIndexOf('。') + 1) + after;
  if (!THIS_YEARS_PLAN.test(lastSentences(paragraphBefore)) && !(dated && NEWLY_ADDED.test(paragraphBefore)) && !SAME_PERIOD.test(sentence)) return period;
  return { ...period, start: `${year}-01-01` };
}

/**
 * A plan, target or work under way for 今年 is this year's programme: the whole year, not
 * the year to publication (`今年全市改造老旧小区236个…目前已全部进场施工`); so is a plan or
 * target read under a year-to-date frame (`截至11月底，各项目进展如下：` over a table's
 * 目标 column). Work under way in the sentence of a dated as-of (`截至10月底，今年计划…的12所
 * 已完工9所，其余3所正在加紧施工`) is under way at that date.
 */
export function periodForStatus(period: Period, status: Status, published: string | null): Period {
  if (status === 'result' || !period.start || period.label.includes('以来')) return period;
  const yearToDate = /^(?:截至|截止)/u.test(period.label) && period.start.endsWith('-01-01');
  const asOfDate = !!published && !!period.end && period.end < published;
  if (status === 'ongoing' ? !period.label.startsWith('今年') || asOfDate : !period.label.startsWith('今年') && !yearToDate) return period;
  return { ...period, end: `${period.start.slice(0, 4)}-12-31` };
}

/**
 * The first day of the year a programme of the work `subject` names began, as the text before
 * says it (`2018年起,张家口开启了轰轰烈烈的老旧小区改造工程`): the subject's words, four or more,
 * in that sentence after the year.
 */
export function programmeStart(text: string, subject: string): string | undefined {
  if (subject.length < 4) return undefined;
  let found: string | undefined;
  for (const m of text.matchAll(PROGRAMME_BEGAN)) if (m[2]!.includes(subject)) found = `${m[1]}-01-01`;
  return found;
}

const PROGRAMME_BEGAN = /(\d{4})年(?:起|开始|以来)[，,]?([^。！？!?\n]{0,40}?(?:开启|启动|实施|开展|推进|打响)了?[^。！？!?\n]{0,30})/gu;

/** The days of a case counted from one another, with no date: `当天转办`, `第二天`, `次日`, `2天内完成`. */
const CASE_DAYS = /当天|当日|次日|第二天|隔天|[\d一两二三四五六七八九十]+(?:个工作)?天内/u;

/** Whether the words before a quotation tell a case by its own days, and no marker in them dates it. */
export function caseOfNoDay(words: string, markers: readonly PeriodMarker[], from: number, to: number): boolean {
  return CASE_DAYS.test(words) && !markers.some((mk) => mk.start >= from && mk.end <= to);
}

/**
 * A figure's own clause saying it recurs each year. Not a standard's unit (`低保标准提高到
 * 每人每年5880元`, `每户每年`, `每生每年`): that figure keeps its time.
 */
const EVERY_YEAR = /(?<!每[人户生名])每年(?!度)/u;

/**
 * A yearly size named by its measure (`扩大…专业招生规模，年招生人数达到150人`, `年接待能力达到10万人次`): an amount
 * per year, of no year in particular. Not a year's own (`全年`, `今年`, `2025年招生人数`).
 */
const YEARLY_MEASURE = /(?<![\d〇零一二两三四五六七八九十今明去本当同每全上下近])年(?:招生|接待|服务|培训|处理|供应|供餐|输送|吞吐)\p{Script=Han}{0,4}?(?:人数|人次|数量|量|能力|规模)(?:将|可)?(?:达到?|为|超过)?$/u;

export function recursEachYear(before: string): boolean {
  if (YEARLY_MEASURE.test(before)) return true;
  const at = before.lastIndexOf('每年');
  if (at < 0 || !EVERY_YEAR.test(before.slice(Math.max(0, at - 2)))) return false;
  if (/\d/u.test(before.slice(at + 2))) return false;
  const clause = before.slice(0, at).split(/[，,；;。]/u).at(-1)!;
  return !/每/u.test(clause);
}

/** A deadline after a figure in its sentence: 预计11月底之前, 力争2025年底前, 年底前 (not 三年前). */
const DEADLINE_AFTER = /(?:预计|力争|确保|争取|计划|将于|要在|于)?在?(?:(?<year>\d{4})年|今年|(?<next>明)年)?(?:(?<month>\d{1,2})月(?:底|末)?|年(?:底|末)|(?<festival>春节))(?:之前|以前|前)/u;

/** …or in its clause before it: `确保9月底前新增托位3000个`, `力争10月底前再建成1000个`, `力争2026年底前建成…20个`. */
export const DEADLINE_BEFORE = /(?:预计|力争|确保|争取|计划|将于|要在|于)?(?:(?<year>\d{4})年|今年|(?<next>明)年)?(?:(?<month>\d{1,2})月(?:(?<day>\d{1,2})日|底|末)?|(?<=年)(?:底|末)|年(?:底|末))(?:之前|以前|前)/u;

/** All of what is counted, by then (`承诺6月底前让6个中心全部恢复运营`): a level on that day, not the year's task. */
const ALL_OF_THEM = /^[^，,；;。]{0,12}(?:全部|全都|均)/u;

const ADDED = /新增|新建|增加/u;

const YEARS_OWN = /^(?:今年|\d{4}年|全年|年内|本年)$/u;

/** The Spring Festival's day (lunar new year) of each year: a deadline `春节前` runs to the next one. */
const SPRING_FESTIVALS = [
  '2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06',
  '2028-01-26', '2029-02-13', '2030-02-03', '2031-01-23', '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
];

/** More from now on (`再建成1000个`): no part of what was done before. */
const MORE = /再/u;

/**
 * …and so is a floor a notice demands by a deadline (`鼎城区、汉寿县要在10月底前分别新增托位不少于100个、60个`, said to
 * those behind): at least so many more by then. (`确保9月底前新增托位不少于3000个` may be the year's task: as it was.)
 */
const FLOOR = /不少于|不低于|至少/u;

const DEMANDED = /(?:要|务必|必须|须)在?$|^(?:要在|要于)/u;

/**
 * The period of a deadline before a figure in its clause: to the end of its month, from
 * January when the figure had that year (the year's whole task), none for more from now.
 */
export function deadlineBefore(period: Period, before: string, published: string | null, frameYear?: number, rate = false, after = '', raw = ''): Period | undefined {
  const m = DEADLINE_BEFORE.exec(before);
  const end = m && monthEnd(m, published, frameYear);
  // 计划年底前再完成3000户 in the year's programme: the year it already has says as much.
  if (!end || (!m.groups!.month && period.end === end)) return undefined;
  // A term's or a month's start (本学期 of the sentence before) is no year's task; a rate due by then
  // (`11月底前完工率不低于60%`) is the level on that day.
  // (确保9月底前新增托位3000个全部完成: what is added this year, all of it, still counts from January.)
  const level = (ALL_OF_THEM.test(after) || !YEARS_OWN.test(period.label)) && !ADDED.test(before.slice(m.index));
  const more = MORE.test(before.slice(m.index)) || (FLOOR.test(before.slice(m.index) + raw) && (DEMANDED.test(m[0]) || DEMANDED.test(before.slice(Math.max(0, m.index - 3), m.index))));
  const start = !rate && !more && !level && period.start === `${end.slice(0, 4)}-01-01` ? period.start : undefined;
  return { label: m[0].replace(/^(?:预计|力争|确保|争取|计划|将于|要在|于)/u, ''), ...(start ? { start } : {}), end };
}

/**
 * The last day of a deadline's month (or year), in the publication year unless it names one
 * (明年: the next) or its section lists a later year's plans (`三、2026年整治计划` in November 2025:
 * `11月底前` is 2026's); 春节前, the next Spring Festival's day.
 */
function monthEnd(m: RegExpExecArray, published: string | null, frameYear?: number): string | undefined {
  const { year: named, next, month: written, day, festival } = m.groups!;
  if (festival) return published ? SPRING_FESTIVALS.find((day) => day > published) : undefined;
  const now = published ? Number(published.slice(0, 4)) : undefined;
  const ahead = !next && frameYear !== undefined && now !== undefined && frameYear > now ? frameYear : undefined;
  const year = named ? Number(named) : (ahead ?? (now !== undefined ? now + (next ? 1 : 0) : undefined));
  const month = written ? Number(written) : 12;
  if (!year || month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // 7月15日前: that day; 6月底前: the month's last.
  const date = day && Number(day) >= 1 && Number(day) <= last ? Number(day) : last;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The period of a deadline after a figure: the end of its month (or year), in the publication year unless it names one. */
export function deadlineAfter(after: string, published: string | null, frameYear?: number): Period | undefined {
  const m = DEADLINE_AFTER.exec(after.split(/[。！？!?；;\n]/u, 1)[0]!);
  const end = m && monthEnd(m, published, frameYear);
  return end ? { label: m[0].replace(/^(?:预计|力争|确保|争取|计划|将于|要在|于)?在?/u, ''), end } : undefined;
}

/** The same period a year earlier. */
export function yearEarlier(period: Period): Period {
  const back = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return { ...period, ...(period.start ? { start: back(period.start) } : {}), ...(period.end ? { end: back(period.end) } : {}) };
}

/** Whether a figure is the level a change starts from (`从20张`, then `增加到45张`). */
export function fromLevel(before: string, after: string): boolean {
  return LEVELS.test(before.trim()) && !reachedLevel(before) && FROM_LEVEL_AFTER.test(after);
}

/** Whether a figure is the level a change reached (`由3.12缩小到`, then the figure). */
function reachedLevel(before: string): boolean {
  return /\d/u.test(before.slice(before.search(/[由从][^由从]*$/u)));
}

/**
 * A level a change over a span of years started from (`由3.12`) stood the year before the
 * span; the level it reached (`缩小到2.35`) stands at the span's end: that year when the
 * span ends with one, else that day.
 */
export function levelPeriod(period: Period, before: string, after: string, unit = ''): Period {
  const { start, end } = period;
  if (!start || !end || start.slice(0, 4) === end.slice(0, 4)) return period;
  if (!LEVELS.test(before.trim())) return period;
  const reached = reachedLevel(before);
  if (!reached && !FROM_LEVEL_AFTER.test(after)) return period;
  const year = reached ? Number(end.slice(0, 4)) : Number(start.slice(0, 4)) - 1;
  // 十年来…三级甲等医院从3家增加到9家: standing things, counted at each end's last day.
  if ((reached && !end.endsWith('-12-31')) || STANDING_THINGS.has(unit)) return { label: reached ? period.label : `${year}年底`, end: `${year}-12-31` };
  return { label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Column headings of a year's objective (`目标`, `年度任务`), of a plan (`计划`) and of how much is done (`完成率`). */
const TARGET_COLUMN = /目标|任务/u;

const PLAN_COLUMN = /计划/u;

const DONE_COLUMN = /完成率|完成比例/u;

/**
 * A table column's status: a year's objective (`目标`), a plan (`计划`), the share done
 * so far (`完成率`: a result, whatever its row says is still under way); else none.
 */
export function columnStatus(heading: string | undefined): Status | undefined {
  if (heading && DONE_COLUMN.test(heading)) return 'result';
  // 结果维持｜…｜尚未审结: the cases not concluded at the year's end are under way.
  if (heading && CARRIED_ON.test(heading)) return 'ongoing';
  if (heading && TARGET_COLUMN.test(heading)) return 'target';
  if (heading && PLAN_COLUMN.test(heading)) return 'plan';
  return undefined;
}

/**
 * Work under way when the article appeared is as of publication, not of a past year
 * named in an earlier clause of its paragraph, nor of a span of this year named in an earlier sentence (`麒麟区去年改造…；该区…项目正在施工，涉及房屋2300余套`).
 * A year's review (its title's year) keeps its year.
 */
export function ongoingNow(period: Period, paragraphBefore: string, before: string, published: string | null): Period {
  if (!published || !period.end || period.end >= published) return period;
  // A span of this year that ended before publication (前三季度…筹集4260套。全市正在建设的…项目有3个)
  // dates the work under way only from within its sentence (截至9月底，已建成21所，其余11所正在建设).
  const thisYear = period.end >= `${published.slice(0, 4)}-01-01`;
  const own = thisYear ? paragraphBefore.slice(paragraphBefore.lastIndexOf('。') + 1) : before;
  // 截至2025年7月底，已整改…。…其余25个问题正在整改中: a dated as-of that reaches it says how things stood then.
  if (own.includes(period.label) || !paragraphBefore.includes(period.label) || (!period.start && datedAsOf(period.label))) return period;
  return { label: '目前', end: published };
}

/** Words that suppose a case: `假设他在二级定点医院住院`, `假如一位老人…`. */
const SUPPOSED = /假设|假如|假定/gu;

/**
 * A worked example: a case supposed in the figure's sentence or the one before it, in its paragraph
 * (`假设他在二级定点医院住院，发生…医疗费用3万元。按新政策计算，…医保可报销约2.1万元`). Nothing that happened, of no date.
 */
export function workedExample(paragraphBefore: string): boolean {
  const last = [...paragraphBefore.matchAll(SUPPOSED)].at(-1);
  return last !== undefined && (paragraphBefore.slice(last.index).match(/[。！？!?]/gu)?.length ?? 0) <= 1;
}
