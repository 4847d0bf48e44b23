/**
 * The period a figure refers to, from the nearest time marker before it in its
 * paragraph. Relative markers (`今年`, `截至目前`)
 * resolve against the publication date; without one they keep only their label, never
 * a guessed date. A figure with no marker is as of publication (`截至发布时`), or not
 * stated (`未注明`) when the publication date is unknown.
 *
 * | marker | period |
 * |---|---|
 * | `2023年` | 2023-01-01 … 2023-12-31 |
 * | `2016-2025年`, `2016年至2025年` | 2016-01-01 … 2025-12-31 |
 * | `自2027年1月1日起`, ahead of publication | from that day (start only); a day gone by reads as its year |
 * | `5月中旬`, `2024年3月上旬`, `6月下旬` | the 11th–20th, 1st–10th, 21st to the month's end (of publication's year unless named); not `8月下旬前` |
 * | `2025年11月10日至12月10日` | 2025-11-10 … 2025-12-10 |
 * | `5月29日晚，` opening a sentence | as of that day (end only), when not after publication; not a day inside a sentence (`已于5月27日责令`) |
 * | `2023年末` | as of 2023-12-31 (end only) |
 * | `2018年以来`, `2018年起` | 2018-01-01 … publication |
 * | `2022年上半年`, `今年上半年` | January … June |
 * | `2022年下半年`, `下半年` | July … December |
 * | `十四五期间`, `十五五时期` | 2021-01-01 … 2025-12-31, 2026-01-01 … 2030-12-31 (十一五 to 十五五) |
 * | `十四五以来` | 2021-01-01 … publication |
 * | `4.5个的规划目标`, `78.5岁的规划目标`, `年均增长7%左右的预期` in a document on the 十四五 plan | by 2025-12-31 (a level of standing things); 2025 (a year's rate); 2021-01-01 … 2025-12-31 (a change) |
 * | `今年`, `去年` | that calendar year, up to publication (`今年` in the sentence of a dated `截至9月底` or of `1至10月` of that year: up to that date) |
 * | `去年同期`, `上年同期` | the same part of last year as the period before it in its sentence (after `1—10月`: January–October of last year), else as its section's part of the year (`截至6月底，…如下：` … `去年同期完工7个`: January–June of last year); none, no dates; for its clauses (a `其中` after them breaks down no comparison) |
 * | `比去年同期的2150个`, `比2020年的40张` | the level compared against, written right after 的: that level only |
 * | `明年` | the calendar year after publication's |
 * | `本学期` | the school term under way at publication: September to January, or February to July |
 * | `2025年秋季学期起`, `春季学期开始` | from the term's start (1 September, 1 February) to publication |
 * | `开学首日，`, `开学第一天，` opening a sentence | as of the autumn term's first day, 1 September (end only); a spring term's, no date |
 * | `本月`, `下月` | the month a marker before it named alone (a monthly newsletter's `11月民生简报`, `11月，…`, published in December), else publication's month up to publication; `下月` the month after that one |
 * | `前三季度`, `今年一季度`, `2024年第四季度` | those quarters of that year (of publication's, unless named) |
 * | `7月受理量最高`, `1月3860人、2月3870人` | that month of the year its passage speaks of (else the last such month up to publication), for its clauses; not `9月1日`, `7月中旬` (above), `每年7月` |
 * | `今年7月起`, `从今年3月以来` | from that month of publication's year to publication |
 * | `五年来`, `过去五年`, `五年累计`, `近三年`, `过去一年`, `一年来` | the N calendar years up to the year the passage reviews, when that is before publication's (`2025年…工作回顾` delivered in January 2026: 2021–2025), or up to the year before publication in the first quarter; else N years back to publication |
 * | `四年间`, `三年来`, `近三年` right after `2021年以来` | 2021-01-01 … 2024-12-31; `十年间` after a range of ten years named before it (`2016年至2025年`), that range; `四年间` alone, no dates |
 * | `截至2024年底`, `截至2024年6月` | as of that year's or month's end (end only), for its sentence; opening a sentence as its paragraph's first marker, for the passage it opens |
 * | `截至7月底`, `截至今年10月底` | as of that month's end in the year of publication (end only) |
 * | `6月末`, `2025年6月底` | as of that month's end (end only), for its sentence; not `6月底前`, a deadline |
 * | `截至2024年秋季学期结束` | as of the term's end (end only): an autumn term ends in January of the next year, a spring term in July |
 * | `截至目前`, `目前`, `如今`, `现在`, `现行` | as of publication (end only); `截至目前` after `2023年以来` in its paragraph, with no time between, from 2023; past `如今` and `现在`, no marker before them reaches (the year of an anecdote) |
 * | `到2027年`, `到2025年6月底` | a deadline or a level: by that year's or month's end (end only), for its sentence |
 * | `全年`, `年末` | the whole of (its clauses), or the end of (end only), the year its passage speaks of (referenceYear; not now's after `现行`, `目前`; a second `全年` of a paragraph, the first one's year) |
 * | `上年结转` | as of the end of the year before the one its passage speaks of (end only), for its own clause |
 * | `去年同期` after `截至8月底` of this year | January to that day of last year |
 *
 * `今年` before an age (`李婆婆今年85岁`) is no marker, nor a deadline with its year (`要在2025年10月底前`), as `6月底前` is not;
 * the year of a level a change started from (`由2020年的2.31缩小到2.12`) dates that level only; the two levels of a change between named
 * years are read alike, standing things at each year's end, a year's quantity over each year (pairedLevel). A year or a month may be written in Chinese numerals (`二〇二五年`, `一至十一月`, `截至十一月底`; not yet `十月`: chinese-year.ts). Under a frame
 * that lists a year's plans (`泉州市2026年…民生实事项目公布`), a marker of another year
 * (`去年，…完成年度目标的108%`, `到2027年…`) speaks of its own sentence: the plans after
 * it fall back to the frame.
 *
 * A running total (a stock) is counted as of the end of the period it would otherwise
 * get, with no start (stockPeriod); a rate reached over several years is their last
 * year's (rateAtSpanEnd).
 */
import { charSet, indexOfAny, isIn, type CharSet } from './chars.js';
import { arabicDates, monthOf } from './chinese-year.js';
import { chineseValue } from './numeral.js';
import { dayBefore } from './in-force.js';
import type { Period } from './types.js';

type Resolver = (m: RegExpExecArray, published: string | null) => Omit<Period, 'label'>;

const yearOf = (published: string | null) => (published ? Number(published.slice(0, 4)) : null);
const whole = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const upTo = (published: string | null, end: string) =>
  published && published < end ? published : end;

/** The last day of a month, as two digits. */
const lastDay = (year: number, month: number) => String(new Date(Date.UTC(year, month, 0)).getUTCDate());
const pad = (n: number | string) => String(n).padStart(2, '0');
/** As of the end of a month: a level, with no start. */
const monthEnd = (year: number | null, month: number) =>
  year && month >= 1 && month <= 12 ? { end: `${year}-${pad(month)}-${lastDay(year, month)}` } : {};

/**
 * `截至2024年底`, `截至2024年6月`, `截至2024年6月30日`, `截至2024年秋季学期结束`: a stock
 * as of a date, with no start. A school term ends by the national school calendar: the
 * autumn term (第一学期) of a year in January of the next, the spring term in July.
 */
function asOf(m: RegExpExecArray): Omit<Period, 'label'> {
  const [year, month, day, term] = [Number(m[1]), m[2] ? monthOf(m[2]) : 0, m[3], m[4]];
  if (term === '秋季') return { end: `${year + 1}-01-31` };
  if (term === '春季') return { end: `${year}-07-31` };
  if (month < 1 || month > 12) return month ? {} : { end: `${year}-12-31` };
  return { end: `${year}-${pad(month)}-${day ? pad(day) : lastDay(year, month)}` };
}

/**
 * The school term under way on a day, by the national school calendar as `asOf` reads it:
 * the autumn term from September to January (from August, the one about to start), the
 * spring term from February to July.
 */
function termAround(published: string | null): Omit<Period, 'label'> {
  if (!published) return {};
  const [y, month] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  if (month >= 2 && month <= 7) return { start: `${y}-02-01`, end: `${y}-07-31` };
  const from = month === 1 ? y - 1 : y;
  return { start: `${from}-09-01`, end: `${from + 1}-01-31` };
}

/** The first day of a school term: `开学首日`, `开学第一天`. */
const FIRST_SCHOOL_DAY = /开学(?:首日|第一天)/u;

/** The first day of the autumn term under way at publication, 1 September, as of that day; not yet come, or a spring term's, no date. */
function firstSchoolDay(published: string | null): Omit<Period, 'label'> {
  const { start } = termAround(published);
  return start?.endsWith('-09-01') && start <= published! ? { end: start } : {};
}

/**
 * `2025年秋季学期起`: from the term's first month to publication, if begun by then; with no year, the last such term
 * begun by publication (`秋季学期起` in March 2026: September 2025).
 */
function termSince(m: RegExpExecArray, published: string | null): Omit<Period, 'label'> {
  if (!published) return {};
  const month = m[2] === '秋季' ? '09' : '02';
  const y = m[1] ? Number(m[1]) : Number(published.slice(0, 4)) - (published.slice(5, 7) < month ? 1 : 0);
  const start = `${y}-${month}-01`;
  return start <= published ? { start, end: published } : {};
}

/**
 * A span of years counted back: `五年来`, `过去五年`, `近三年`, `五年累计`, `一年来`, `四年间`. Not
 * one ahead (`未来五年累计`), nor a bare `三年` (`学前三年毛入园率`, `三年行动`).
 */
const SPAN_YEARS = String.raw`([一两二三四五六七八九十]{1,3}|(?<![\d.])\d{1,2})`;
const YEARS_SPAN = new RegExp(
  String.raw`(?<!未来|今后)(?:(?:过去的?|近)${SPAN_YEARS}年(?:来|累计|间)?|${SPAN_YEARS}年(?:来|累计)|(?!一)${SPAN_YEARS}年(?:间|时间))`,
  'u',
);

/** The years of the 十一五 to 十五五 plans: the eleventh ran 2006–2010. */
function planYears(digit: string) {
  const first = 2006 + 5 * ('一二三四五'.indexOf(digit));
  return { start: `${first}-01-01`, end: `${first + 4}-12-31` };
}

/** A month alone: `7月受理量最高`, `2月…最低`, a series by month (`1月3860人、2月3870人`); not a day (`1月3日`). */
const BARE_MONTH = /(?<![\d年每])(\d{1,2})月(?!份?(?:\d{1,2}[日号]|[日号底末前中上下初后起以开]))(?:份)?/u;

/** A thing's opening or completion right after a month (`9月建成开学`, `6月竣工投用`): an event the month dates. */
const OPENED = /^(?:建成|竣工|完工|投用|投入使用|开业|开园|启用|落成)/u;
/** How far an event month's clause is looked for, and where it ends. */
const READ_CLAUSE = 40;
const CLAUSE_END = /[，,；;。！？!?\n]/u;

/** `本月`, `下月` (not `本月底前`, a deadline): dated by the month the text reports on (thisMonth). */
const THIS_OR_NEXT_MONTH = /[本下]月(?![底末]?前)/u;
const THIS_OR_NEXT_MONTH_ONLY = new RegExp(`^${THIS_OR_NEXT_MONTH.source}$`, 'u');

/** `去年同期`, `上年同期`: the same part of last year, dated by the period before it (sameTimeLastYear). */
const SAME_TIME_LAST_YEAR = /(?:去年|上年)同期/u;

const DAY_SPAN = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:至|到|—|–|-|～|~)(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/u;
const MONTH_PART = /(?:(\d{4})年)?(\d{1,2})月(上|中|下)旬(?!前|之前|以前)/u;
const DAY_OPENING = /(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚间|晚|凌晨|中午|傍晚)?(?![前起以之至到—–\-～~])/u;
const DAY_OPENING_ONLY = new RegExp(`^${DAY_OPENING.source}$`, 'u');

const isoDay = (y: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= Number(lastDay(y, month)) ? `${y}-${pad(month)}-${pad(day)}` : undefined;

/** `2025年11月10日至12月10日`: the days from one to the other (the year of publication unless named). */
function daySpan(m: RegExpExecArray, p: string | null): Omit<Period, 'label'> {
  const y1 = m[1] ? Number(m[1]) : yearOf(p);
  if (!y1) return {};
  const y2 = m[4] ? Number(m[4]) : y1;
  const start = isoDay(y1, Number(m[2]), Number(m[3]));
  const end = isoDay(y2, m[5] ? Number(m[5]) : Number(m[2]), Number(m[6]));
  return start && end && start <= end ? { start, end } : {};
}

/** `5月中旬`: the first, middle or last ten days of a month (the year of publication unless named). */
function monthPart(m: RegExpExecArray, p: string | null): Omit<Period, 'label'> {
  const y = m[1] ? Number(m[1]) : yearOf(p);
  const month = Number(m[2]);
  if (!y || month < 1 || month > 12) return {};
  const [from, to] = m[3] === '上' ? ['01', '10'] : m[3] === '中' ? ['11', '20'] : ['21', lastDay(y, month)];
  return { start: `${y}-${pad(month)}-${from}`, end: `${y}-${pad(month)}-${to}` };
}

/** `5月29日晚`: how things stood that day of the year of publication (end only), if not after publication. */
function dayOf(m: RegExpExecArray, p: string | null): Omit<Period, 'label'> {
  const y = yearOf(p);
  const day = y ? isoDay(y, Number(m[1]), Number(m[2])) : undefined;
  return day && p && day <= p ? { end: day } : {};
}

/** Markers, longest first where several could start at one place. */
const MARKERS: ReadonlyArray<readonly [RegExp, Resolver]> = [
  // 2025年11月10日至12月10日: a span of days (a survey's fieldwork), from the first to the last.
  [DAY_SPAN, (m, p) => daySpan(m, p)],
  // 5月中旬, 2025年6月下旬: that part of the month (上旬 1–10, 中旬 11–20, 下旬 21 to its end); not 8月下旬前, a deadline.
  [MONTH_PART, (m, p) => monthPart(m, p)],
  // 5月29日晚，…直播: the day, when it opens a sentence (findPeriodMarkers); not 5月27日责令, 6月30日前.
  [DAY_OPENING, (m, p) => dayOf(m, p)],
  // 1—7月, 1-8月: months of the publication year, so far.
  [
    /(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月(?:份)?/u,
    (m, p) => {
      const y = yearOf(p);
      const [a, b] = [monthOf(m[1]!), monthOf(m[2]!)];
      if (!y || a < 1 || b > 12 || a > b) return {};
      return { start: `${y}-${pad(a)}-01`, end: `${y}-${pad(b)}-${lastDay(y, b)}` };
    },
  ],
  // 6月末, 2025年6月底: a level at that month's end (not a deadline: 6月底前).
  [/(?:(\d{4})年)?(\d{1,2})月(?:末|底)(?!前|之前|以前)/u, (m, p) => monthEnd(m[1] ? Number(m[1]) : yearOf(p), monthOf(m[2]!))],
  // 7月受理量最高: that month, dated by the year its passage speaks of (inMonth). Not a day
  // (9月1日), a month's part (7月中旬, 6月底前) or a month of every year (每年7月).
  [BARE_MONTH, () => ({})],
  // 2016-2025年, 2016年至2025年: the years from the first to the last.
  [/(\d{4})年?\s*[-—至到]\s*(\d{4})年/u, (m) => ({ start: `${m[1]}-01-01`, end: `${m[2]}-12-31` })],
  // 前三季度, 第二季度, 2024年四季度: quarters of a year, the publication's unless named.
  [
    /(?:(\d{4})年|今年)?(?:前([两二三四])个?季度|第?([一二三四])季度)/u,
    (m, p) => {
      const y = m[1] ? Number(m[1]) : yearOf(p);
      if (!y) return {};
      const quarters = '一二三四';
      const last = m[2] ? (m[2] === '两' ? 2 : quarters.indexOf(m[2]) + 1) : quarters.indexOf(m[3]!) + 1;
      const first = m[2] ? 1 : last;
      return { start: `${y}-${pad(first * 3 - 2)}-01`, end: `${y}-${pad(last * 3)}-${lastDay(y, last * 3)}` };
    },
  ],
  // 2025年秋季学期起: from the term's start (1 September; a spring term's, 1 February) to publication.
  [/(?:(\d{4})年)?(秋季|春季)学期(?:起|开始|以来)/u, (m, p) => termSince(m, p)],
  [/(\d{4})年上半年/u, (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-06-30` })],
  [/(\d{4})年下半年/u, (m) => ({ start: `${m[1]}-07-01`, end: `${m[1]}-12-31` })],
  // 自2027年1月1日起 ahead of publication: from that day on, with no end (a rule's; in-force.ts reads what it sets and
  // replaces). A day gone by dates a change its sentence tells (in-force.ts), and the year it names the rest, as 2025年 does.
  [
    /(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日(?:起|开始)/u,
    (m, p) => {
      const day = `${m[1]}-${pad(monthOf(m[2]!))}-${pad(Number(m[3]))}`;
      return p && day > p ? { start: day } : { label: `${m[1]}年`, ...whole(Number(m[1])) };
    },
  ],
  [
    /(?:自|从)?(\d{4})年(?:(\d{1,2})月)?(?:上线|建成|实施|启动|开通)?(?:以来|来|起|开始)/u,
    (m, p) => ({ start: `${m[1]}-${pad(m[2] ? monthOf(m[2]) : 1)}-01`, ...(p ? { end: p } : {}) }),
  ],
  // 2025年末全市常住人口…: a stock at that year's end, as 年末 is.
  [/(\d{4})年末(?!前|以前|之前)/u, (m) => ({ end: `${m[1]}-12-31` })],
  // (2027年度: a scheme's year, its label saying so: a whole year, extract.ts's WHOLE_SPAN.)
  [/(\d{4})年度?/u, (m) => whole(Number(m[1]))],
  // 十三五 (2016–2020), 十四五 (2021–2025), 十五五 (2026–2030): the five years of a plan.
  [/十([一二三四五])五”?\s*(?:期间|时期)/u, (m) => planYears(m[1]!)],
  [/十([一二三四五])五”?\s*(?:以来|启航)/u, (m, p) => { const { start, end } = planYears(m[1]!); return { start, ...(p ? { end: upTo(p, end) } : {}) }; }],
  [/(?:今年)?上半年/u, (_m, p) => { const y = yearOf(p); return y ? { start: `${y}-01-01`, end: `${y}-06-30` } : {}; }],
  [/(?:今年)?下半年/u, (_m, p) => { const y = yearOf(p); return y ? { start: `${y}-07-01`, end: `${y}-12-31` } : {}; }],
  // 从今年7月起, 7月以来: from that month on, up to publication (a bare month, the last one before it).
  [
    /(?:自|从)?(今年)?(\d{1,2})月(?:份)?(?:起|以来|开始)/u,
    (m, p) => {
      const month = monthOf(m[2]!);
      if (!p || month < 1 || month > 12) return {};
      const y = Number(p.slice(0, 4)) - (!m[1] && month > Number(p.slice(5, 7)) ? 1 : 0);
      return { start: `${y}-${pad(month)}-01`, end: p };
    },
  ],
  // 今年内建成驿站6个: within this year, all of it (not so far).
  [/今年内/u, (_m, p) => { const y = yearOf(p); return y ? whole(y) : {}; }],
  // 今年起: from January, as 今年; its label says a change took effect then (changedFrom).
  [/(?:自|从)?今年(?:以来|起|开始)?/u, (_m, p) => { const y = yearOf(p); return y && p ? { start: `${y}-01-01`, end: p } : {}; }],
  [/明年/u, (_m, p) => { const y = yearOf(p); return y ? whole(y + 1) : {}; }],
  // 年内新增托位120个: within the year its passage speaks of (ofYear), not 三年内 (a span) nor 今年内 (今年).
  [/(?<![\d一二两三四五六七八九十今明去本当同每])年内/u, () => ({})],
  // 本学期开设研学课程20门: the term under way at publication (termAround).
  [/本学期/u, (_m, p) => termAround(p)],
  // 开学首日，…分成6个督查组: the first day of the autumn term (1 September; a spring term's has no fixed day).
  [FIRST_SCHOOL_DAY, (_m, p) => firstSchoolDay(p)],
  // 本月供餐6820人次, 下月计划走访800户: the month the passage reports on, or the one after (thisMonth).
  [THIS_OR_NEXT_MONTH, () => ({})],
  [/去年以来/u, (_m, p) => { const y = yearOf(p); return y && p ? { start: `${y - 1}-01-01`, end: p } : {}; }],
  // 去年同期为4.52万人: the same part of last year as the passage speaks of (sameTimeLastYear).
  [SAME_TIME_LAST_YEAR, () => ({})],
  [/去年/u, (_m, p) => { const y = yearOf(p); return y ? whole(y - 1) : {}; }],
  [/(?:截至|截止)到?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:底|末)?(?:(秋季|春季)学期(?:结束|末)?)?/u, asOf],
  // 截至7月底, 截至今年10月底: as of that month's end in the year of publication.
  [
    /(?:截至|截止)到?(?:今年)?(\d{1,2})月(?:(\d{1,2})日)?(?:底|末)?/u,
    (m, p) => {
      const y = yearOf(p);
      const month = monthOf(m[1]!);
      if (!y || month < 1 || month > 12) return {};
      return { end: `${y}-${pad(month)}-${m[2] ? pad(m[2]) : lastDay(y, month)}` };
    },
  ],
  // 到2027年，全市老年助餐点达到600个以上: what is to be reached by then.
  [/到(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:底|末)?/u, asOf],
  // 五年来, 过去一年, 近三年, 四年间: dated where they are found, from the marker before them
  // or the year their passage reviews (anchorSpan, recentYears).
  [YEARS_SPAN, () => ({})],
  // Not the 现在 of 体现在, 表现在, 出现在.
  [/(?:截至|截止)(?:目前|当前)|目前|如今|现行|(?<![体表出发呈展显实])现在/u, (_m, p) => (p ? { end: p } : {})],
  // Dated by the year their passage speaks of (referenceYear). Not 全年任务 (the year's task
  // a figure is measured against), nor 上年末 (the year before's end, compared against).
  [/全年(?!任务|目标|计划|龄)/u, () => ({})],
  [/(?<![上学])年末/u, () => ({})],
  // 上年结转2件: carried over from the year before the one its passage speaks of, as they stood at its end.
  [/上年结转/u, () => ({})],
];

/** A marker right after one of these is compared against, not the figure's period. */
const COMPARED = charSet('比较与同');
/** Words before the year a multiple is of (`是去年的一点五倍`), and what follows that year. */
const BASE_OF_MULTIPLE = /(?:是|为|相当于)$/u;
const MULTIPLE_AFTER = /^(?:同期)?(?:末|底)?的[\d.零〇一二两三四五六七八九十百点]+倍/u;
/**
 * Every marker as one sticky pattern, tried only where a marker can start (below):
 * searched for with a global regex, the alternation was tried at every character.
 */
const ANY_MARKER = new RegExp(MARKERS.map(([re]) => re.source).join('|'), 'yu');
/** The characters a marker can start with. Keep in step with MARKERS. */
const MARKER_START = charSet('0123456789自从十今去明前第两二三四五六七八九一近截目如现上下到全年过本开秋春');

/** A marker that a span of years can count from: `2021年以来`, `自2021年起`. */
const SINCE = /(?:以来|来|起|开始)$/u;

export interface PeriodMarker {
  /** Offsets of the marker in the text. */
  start: number;
  end: number;
  period: Period;
  /**
   * Where the marker stops applying, when before its paragraph's end: the closing
   * parenthesis of an aside (`（据统计，截至2024年底，全市已超过2000个）`), or the end of
   * the sentence of a dated stock (`截至2024年底`), a bare `目前` or a deadline (`预计2025年底
   * 完工`), which say nothing of the figures after them.
   */
  until?: number;
  /**
   * Past its scope, markers before it no longer reach the figures after it: for `stocks`,
   * the as-of markers (no start), as a bulletin's `年末全市共有…` stocks end at `全年普通高中
   * 招生…` while a `2024年` before it still dates its paragraph; for `all`, every one, as
   * `如今` ends the year of an anecdote (`2021年开张时，…；如今…。社区有常住居民1.1万人`).
   */
  closes?: 'stocks' | 'all';
}

/** A dated "as of" marker, whose scope is its sentence. */
const DATED_AS_OF = /^(?:截至|截止)到?(?:今年)?\d/u;
/** Whether a marker's label is a dated "as of" (`截至9月底`, `截至今年10月底`), not `截至目前`. */
export const datedAsOf = (label: string) => DATED_AS_OF.test(label);
/** A bare month's end (`6月末，全市城镇调查失业率为5.1%`): a level at that date, for its sentence. */
const MONTH_END = /^(?:\d{4}年)?\d{1,2}月(?:末|底)$/u;
/** Markers of now that close the past before them: `2021年开张时…；如今…`, `以前…，现在…`. */
const NOWADAYS = /^(?:如今|现在)$/u;
/**
 * A dated deadline or level (`到2025年底，全县农村自来水普及率达到96.8%。`) holds for its
 * sentence too: the next ones (`县域外转诊率下降4.6个百分点`) fall back to the time before it.
 */
const DATED_BY = /^到\d/u;
/**
 * The month a change took effect (`从今年7月起，城市低保标准提高到…920元`): it dates that
 * change, its own sentence, not the next sentence's figures about something else.
 */
const CHANGE_FROM = /\d月(?:份)?(?:起|开始)$/u;
/** A bare `目前` (`医院新院区目前在建`) speaks of its own sentence, unlike `截至目前` opening a passage. */
const NOW = /^(?:目前|如今|现行|现在)$/u;
/**
 * A sentence that breaks the one before down (`其中，南康区…新增学位2400个`, `钱清街道完工的小区
 * 最多，共9个`: a town's share): it shares that one's time.
 */
const BREAKDOWN_NEXT = /^[ \t]*(?:其中|\p{Script=Han}{2,4}(?:街道|镇|乡)(?!村))/u;
/** A deadline (`预计2025年底完工`, `力争10月底前`) speaks of its own sentence, not of the next ones. */
const DEADLINE_BEFORE = /(?:预计|力争|确保|争取|将于|计划于)$/u;
const OPENING = charSet('(（');
const CLOSING = charSet(')）');
const SENTENCE_END = charSet('。！？!?\n');
/** The end of a sentence or of its part before a semicolon. */
const CLAUSES_END = charSet('。！？!?；;\n');
/** The end of a clause at a comma too. */
const COMMA_CLAUSE_END = charSet('，,。！？!?；;\n');
/** How far a marker looks for the parenthesis or sentence end around it. */
const SCOPE_WINDOW = 200;

/**
 * Where the marker at `start`..`end` stops applying, if before its paragraph's end. A
 * sentence that opens with `目前，` says how things stand for the passage it opens
 * (`目前，全市共有低保对象28.6万人。…已覆盖1.1万人`), as `截至目前` does; so does one that
 * opens with a dated `截至2025年7月底，` when it is the first marker of its paragraph
 * (`opensPassage`: `截至2025年7月底，已整改…。审计查出的128个问题中，已整改到位103个`). A marker of
 * another year than a plan frame's (`otherYear`) holds for its sentence.
 */
function scopeEnd(text: string, start: number, end: number, otherYear: boolean, opensPassage: boolean): number | undefined {
  for (let i = start - 1; i >= Math.max(0, start - SCOPE_WINDOW); i--) {
    if (isIn(CLOSING, text, i) || isIn(SENTENCE_END, text, i)) break;
    if (isIn(OPENING, text, i)) return nextOf(text, CLOSING, end);
  }
  const marker = text.slice(start, end);
  // 由2020年的2.31缩小到2.12: the year of the level a change started from dates that level only.
  if (YEAR_ONLY.test(marker) && FROM.test(text.slice(start - 1, start)) && text[end] === '的') {
    const level = /^\d+(?:\.\d+)?/u.exec(text.slice(end + 1, end + 24));
    if (level) return end + 1 + level[0].length;
  }
  // 比去年同期的2150个增加1090个: so does the period of a level compared against.
  const compared = comparedLevel(text, start, end);
  if (compared) return compared;
  if ((NOW.test(marker) || (opensPassage && !otherYear && DATED_AS_OF.test(marker))) && /^\s*[,，]/u.test(text.slice(end, end + 2)) && startsSentence(text, start)) return undefined;
  // 对照到2030年…达到6个的目标，全市仍有约5900个托位的缺口: the deadline is the target's, for its clause only.
  if (DATED_BY.test(marker)) {
    const target = targetClauseEnd(text, start, end);
    if (target !== undefined) return target;
  }
  const own = NOW.test(marker) || WHOLE_YEAR === marker || CARRIED_OVER === marker || BARE_MONTH_ONLY.test(marker) || SAME_TIME_LAST_YEAR_ONLY.test(marker) || DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
  if (!own && !otherYear && !DATED_AS_OF.test(marker) && !MONTH_END.test(marker) && !DATED_BY.test(marker) && !CHANGE_FROM.test(marker)) return undefined;
  // 上年结转2件，全年办结44件: what was carried over is counted in its own clause only.
  if (marker === CARRIED_OVER) return nextOf(text, COMMA_CLAUSE_END, end) ?? Math.min(text.length, end + SCOPE_WINDOW);
  const ends = own ? CLAUSES_END : SENTENCE_END;
  let until = nextOf(text, ends, end) ?? Math.min(text.length, end + SCOPE_WINDOW);
  // 截至9月底，已建成投用21所…。其中，南康区…新增学位2400个: the breakdown is as of the same date. (Not after
  // 去年同期仅建成6个。其中唐王街道建成5个: a comparison's clause is never what 其中 breaks down.)
  while (!SAME_TIME_LAST_YEAR_ONLY.test(marker) && until < text.length && text[until] !== '\n' && BREAKDOWN_NEXT.test(text.slice(until + 1, until + 8))) {
    until = nextOf(text, ends, until + 1) ?? Math.min(text.length, until + 1 + SCOPE_WINDOW);
  }
  return until;
}

/**
 * A target something is measured against, named in its own clause: `对照到2030年…达到6个的目标，`,
 * `距到2027年…的目标，`. A deadline inside it is the target's: where that clause ends (its comma), if so.
 */
const AGAINST_BEFORE = /(?:对照|对标|按照|参照|距离?|离)$/u;
const TARGET_CLAUSE_AFTER = /^[^，,；;。！？!?\n]*目标(?=[，,])/u;
export function targetClauseEnd(text: string, start: number, end: number): number | undefined {
  if (!AGAINST_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  const m = TARGET_CLAUSE_AFTER.exec(text.slice(end, end + SCOPE_WINDOW));
  return m ? end + m[0].length : undefined;
}

/**
 * A marker right after 比 that dates the level compared against, written after it (`比去年同期的2150个增加1090个`,
 * `比2020年的40张`, `比2026年度的380元`): where that number ends, else undefined (`比去年同期增长3.7%` compares and dates nothing).
 */
function comparedLevel(text: string, start: number, end: number): number | undefined {
  // (比2026年度的380元: a year of a scheme, written 年度.)
  const of = text[start - 1] === '比' ? /^度?的/u.exec(text.slice(end, end + 2)) : null;
  const level = of && /^\d+(?:\.\d+)?/u.exec(text.slice(end + of[0].length, end + 24));
  return level ? end + of![0].length + level[0].length : undefined;
}

/** The preposition of the level a change starts from: `由2020年的2.31`, `从2020年的40张`. */
const FROM = /^[由从]$/u;

/** Whether `at` opens a sentence: only spaces between it and a sentence end, a line break or the text's start. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || isIn(SENTENCE_END, text, i) || ((text[i] === '：' || text[i] === ':') && SPEAKER_LABEL.test(text.slice(Math.max(0, i - SPEAKER_LABEL_MAX), i)));
}

/** A transcript's speaker opening a line (`市人社局局长王立军：目前，…`): what follows the colon opens a sentence. */
const SPEAKER_LABEL = /(?:^|\n)[^，,。！？!?：:“”"\n]{2,20}$/u;
const SPEAKER_LABEL_MAX = 21;

/** The first of `set` at or after `from`, looking no further than SCOPE_WINDOW. */
function nextOf(text: string, set: CharSet, from: number): number | undefined {
  for (let i = from; i < Math.min(text.length, from + SCOPE_WINDOW); i++) if (isIn(set, text, i)) return i;
  return undefined;
}

/**
 * Resolved periods by publication date and marker text. A corpus repeats the same few
 * markers (今年, 2023年), and resolving one tries every pattern in turn. Bounded, so
 * memory stays flat over any corpus.
 */
const resolved = new Map<string, Period>();
const MAX_RESOLVED = 2048;

function resolveMarkerOnce(text: string, published: string | null): Period {
  const key = `${published ?? ''}|${text}`;
  let period = resolved.get(key);
  if (!period) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    period = resolveMarker(text, published);
    resolved.set(key, period);
  }
  return period;
}

/** A marker's label: its words, without quotation marks or spaces. */
const labelOf = (text: string) => text.replace(/[“”"\s]/gu, '');

function resolveMarker(text: string, published: string | null): Period {
  const label = labelOf(text);
  for (const [re, resolve] of MARKERS) {
    const m = re.exec(text);
    if (m && m.index === 0 && m[0].length === text.length) return { label, ...resolve(m, published) };
  }
  return { label };
}

/**
 * What a document's frame (its title, or a heading) sets at an offset: the one year it
 * speaks of, and whether it lists that year's plans (`泉州市2026年市级十件民生实事项目公布`).
 */
export interface Frame {
  year: number;
  plan: boolean;
  /** The frame's own period, when it is a part of that year (`截至6月底，…如下：`: January to June). */
  part?: Period;
}
export type FrameAt = (at: number) => Frame | undefined;

/**
 * Every time marker in a document, in order; found once, looked up per figure. Labels
 * are the words as written (`二〇二五年`), dates read with Arabic years.
 */
export function findPeriodMarkers(text: string, published: string | null, frameAt?: FrameAt, nowAt?: (at: number) => string | undefined): PeriodMarker[] {
  const markers: PeriodMarker[] = [];
  /** The as-of markers that refine a span of days before them (refinesDays): their scope is set once all are found. */
  const refining: number[] = [];
  // 二〇二五年, 截至十一月底: dates read in Arabic digits, the labels as written.
  const read = arabicDates(text);
  let from = 0;
  for (let at = indexOfAny(read, MARKER_START, from); at >= 0; at = indexOfAny(read, MARKER_START, from)) {
    ANY_MARKER.lastIndex = at;
    const m = ANY_MARKER.exec(read);
    if (!m) {
      from = at + 1;
      continue;
    }
    from = at + m[0].length;
    // 比去年增加, 与去年同期相比: a year compared against is not the figure's period.
    // (比去年同期的2150个增加1090个: the marker dates the level compared against, written right after it: scopeEnd.)
    if (at > 0 && isIn(COMPARED, read, at - 1) && !comparedLevel(read, at, from)) continue;
    // 是去年的一点五倍, 相当于2020年的2倍: the year a multiple is of, not the figure's own.
    if (BASE_OF_MULTIPLE.test(read.slice(Math.max(0, at - 3), at)) && MULTIPLE_AFTER.test(read.slice(from, from + 16))) continue;
    if (describesNoun(read, at, from) || isAge(read, from, m[0])) continue;
    // 5月29日晚，…: a day dates what follows only when it opens a sentence (5月27日责令… is an event told).
    if (DAY_OPENING_ONLY.test(m[0]) && (!startsSentence(read, at) || !resolveMarkerOnce(m[0], published).end)) continue;
    // 开学首日，…: so does the first day of school (a headline's `开学第一天 开化县新增学位2160个` dates no figure).
    if (FIRST_SCHOOL_DAY_ONLY.test(m[0]) && !/^[，,]/u.test(read.slice(from, from + 1))) continue;
    // (上年结转 dates its own clause only: what follows takes the marker before it.)
    const previous = markers.at(-1)?.period.label === CARRIED_OVER ? markers.at(-2) : markers.at(-1);
    // 今年以来 in an official's answer on air (on-air.ts): up to the day of the broadcast, not of the summary.
    let period = resolveMarkerOnce(m[0], nowAt?.(at) ?? published);
    // 到2027年新增学位1500个；年内新增托位120个: within the year of the passage's frame, not of a deadline before it.
    if (YEAR_RELATIVE.test(m[0])) period = ofYear(m[0], m[0] === WITHIN_YEAR ? (frameAt?.(at)?.year ?? yearOf(published) ?? undefined) : referenceYear(read, previous, at, frameAt, published));
    if (BARE_MONTH_ONLY.test(m[0])) {
      const month = inMonth(m[0], referenceYear(read, previous, at, frameAt, null), published);
      if (!month) continue;
      period = month;
    }
    if (SAME_TIME_LAST_YEAR_ONLY.test(m[0])) period = sameTimeLastYear(read, previous, at, period, frameAt?.(at)?.part);
    if (THIS_OR_NEXT_MONTH_ONLY.test(m[0])) period = thisMonth(m[0], markers, published);
    const span = spanYears(m[0]);
    if (span) period = anchorSpan(read, previous, at, period, span) ?? namedSpan(markers, period, span, m[0]) ?? recentYears(period, span, m[0], frameAt?.(at)?.year, published, sentenceYear(read, previous, at));
    period = asOfThisYear(read, previous, at, m[0], period);
    period = sinceUpToAsOf(read, previous, at, period);
    const written = text.slice(at, from);
    if (written !== m[0]) period = { ...period, label: labelOf(written) };
    const frame = frameAt?.(at);
    // The first marker of its paragraph opens a passage (scopeEnd).
    const opensPassage = !previous || read.slice(previous.end, at).includes('\n');
    let until = scopeEnd(read, at, from, frame?.plan === true && outsideYear(period, frame.year), opensPassage);
    // 6月下旬，…开展“回头看”。截至6月30日，…认领问题23个…。孝南区11处…已全部整改: the state of things at
    // the end of the days the paragraph opened with holds for the sentences after it, up to one with a time of its own.
    if (until !== undefined && !opensPassage && refinesDays(read, previous!, at, from, period)) {
      until = undefined;
      refining.push(markers.length);
    }
    // 目前，全市已建成零工市场18家，…，今年以来累计服务…23.7万人次。其中，…分别建成3家、2家: a marker inside the sentence
    // that opened a passage as of now holds for that sentence; the passage's now resumes after it.
    if (until === undefined && previous?.until === undefined && insidePassageOpener(read, previous, at)) until = nextOf(read, SENTENCE_END, from) ?? until;
    // 学校9月建成开学，可容纳学生1500名: the month dates the opening, its own clause; what the thing opened
    // holds, after it, is of the passage's period (学校9月建成3所 stays September's).
    if (BARE_MONTH_ONLY.test(m[0]) && OPENED.test(read.slice(from, from + 6))) {
      const clause = read.slice(from, from + READ_CLAUSE).search(CLAUSE_END);
      if (clause >= 0) until = Math.min(until ?? Infinity, from + clause);
    }
    const closes = m[0] === WHOLE_YEAR ? 'stocks' : NOWADAYS.test(m[0]) ? 'all' : undefined;
    markers.push({ start: at, end: from, period, ...(until === undefined ? {} : { until }), ...(closes ? { closes } : {}) });
  }
  for (const i of refining) markers[i]!.until = untilNextDated(read, markers, i);
  return markers;
}

/** Whether `at` lies inside, not at the start of, a sentence opened by `previous`, a `目前，` that opens its passage (scopeEnd). */
function insidePassageOpener(text: string, previous: PeriodMarker | undefined, at: number): boolean {
  return previous !== undefined && NOW.test(text.slice(previous.start, previous.end)) && startsSentence(text, previous.start) && /^\s*[,，]/u.test(text.slice(previous.end, previous.end + 2)) && sameSentence(text, previous.end, at) && !startsSentence(text, at);
}

/** The longest span of days (`6月下旬`, `5月11日至20日`) an as-of at its end can refine. */
const DAYS_SPAN_MAX = 31;

/**
 * Whether a dated as-of opening a sentence (`截至6月30日，`) is taken at the end of, or within, the
 * span of days the marker before it in its paragraph named (`6月下旬`): the state things reached over
 * those days. (An as-of inside a year — `2025年…。截至2025年底，…` — is no such refinement: the year's
 * later flows stay the year's.)
 */
function refinesDays(text: string, previous: PeriodMarker, at: number, end: number, period: Period): boolean {
  const { start: from, end: to } = previous.period;
  if (!DATED_AS_OF.test(text.slice(at, end)) || period.start || !period.end || !from || !to) return false;
  if (text.slice(previous.end, at).includes('\n') || !startsSentence(text, at) || !/^\s*[,，]/u.test(text.slice(end, end + 2))) return false;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= DAYS_SPAN_MAX && from <= period.end && period.end <= to;
}

/**
 * Where the as-of at `i` stops: the start of the next sentence of its paragraph that has a marker of its
 * own (`6月份…投诉为58件。栏目组随机回访群众150人`: past it, the passage's days again); else the paragraph's end.
 */
function untilNextDated(text: string, markers: readonly PeriodMarker[], i: number): number | undefined {
  const own = nextOf(text, SENTENCE_END, markers[i]!.end) ?? text.length;
  for (let j = i + 1; j < markers.length; j++) {
    const next = markers[j]!;
    if (text.slice(markers[j - 1]!.end, next.start).includes('\n')) return undefined;
    if (next.start < own) continue;
    let s = next.start;
    while (s > 0 && !isIn(SENTENCE_END, text, s - 1)) s--;
    return s;
  }
  return undefined;
}

const BARE_MONTH_ONLY = new RegExp(`^${BARE_MONTH.source}$`, 'u');
const FIRST_SCHOOL_DAY_ONLY = new RegExp(`^${FIRST_SCHOOL_DAY.source}$`, 'u');
const SAME_TIME_LAST_YEAR_ONLY = new RegExp(`^${SAME_TIME_LAST_YEAR.source}$`, 'u');

/** An as-of date of a month in the year of publication: `截至8月底`, `截至今年10月底` (not `截至2024年底`). */
const AS_OF_THIS_YEAR = /^(?:截至|截止)到?(?:今年)?\d{1,2}月(?:底|末|份?)$/u;

/** A date a year earlier (29 February goes to the 28th). */
function aYearBefore(date: string): string {
  const [y, md] = [Number(date.slice(0, 4)) - 1, date.slice(4)];
  return md === '-02-29' ? `${y}-02-28` : `${y}${md}`;
}

/**
 * `1—10月，…新增就业4.68万人，去年同期为4.52万人`: the same part of last year as the period
 * before it in its sentence speaks of (January–October 2024). With none, only its label.
 */
function sameTimeLastYear(text: string, previous: PeriodMarker | undefined, at: number, period: Period, part: Period | undefined): Period {
  const inScope = previous && (previous.until === undefined || at < previous.until) && !text.slice(previous.end, at).includes('\n');
  // With none, the part of this year its section reports on (`截至6月底，…如下：` … `去年同期完工7个`).
  const { start: from, end } = inScope ? previous.period : (part ?? {});
  // 截至8月底…，去年同期为61.4%: a year-to-date compared with last year's, January to that day.
  const start = from ?? (end && AS_OF_THIS_YEAR.test(previous!.period.label) ? `${end.slice(0, 4)}-01-01` : undefined);
  if (!start || !end || start.slice(0, 4) !== end.slice(0, 4)) return period;
  return { ...period, start: aYearBefore(start), end: aYearBefore(end) };
}

/**
 * A month alone (`7月受理量最高，达52.6万件`) is that month of the year its passage speaks of
 * (a marker of one year before it, or its frame's), else the last such month up to
 * publication; a later month of publication's year, with no year said, is not dated.
 */
function inMonth(marker: string, year: number | undefined, published: string | null): Period | undefined {
  const month = monthOf(BARE_MONTH_ONLY.exec(marker)![1]!);
  const y = year ?? (published && month <= Number(published.slice(5, 7)) ? yearOf(published) : undefined);
  if (!y || month < 1 || month > 12) return undefined;
  return { label: labelOf(marker), start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${lastDay(y, month)}` };
}

/**
 * `本月`: the month a marker before it names alone, anywhere before (a newsletter's title
 * `鹭江街道11月民生工作简报` or its lead `11月，…`, published on 2 December, reports on November);
 * else publication's month, up to publication. `下月`: the whole month after that one.
 */
function thisMonth(marker: string, markers: readonly PeriodMarker[], published: string | null): Period {
  const label = labelOf(marker);
  let named: string | undefined;
  for (let i = markers.length - 1; i >= 0 && !named; i--) if (BARE_MONTH_ONLY.test(markers[i]!.period.label)) named = markers[i]!.period.start;
  const from = named ?? (published ? `${published.slice(0, 7)}-01` : undefined);
  if (!from) return { label };
  let [y, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  if (marker.startsWith('本')) return { label, start: from, end: named ? `${from.slice(0, 8)}${lastDay(y, month)}` : published! };
  if (++month > 12) [y, month] = [y + 1, 1];
  return { label, start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${lastDay(y, month)}` };
}

/** Markers dated by the year of the passage they sit in. */
const YEAR_RELATIVE = /^(?:全年|年末|年内|上年结转)$/u;
const CARRIED_OVER = '上年结转';
const WITHIN_YEAR = '年内';
/** The whole year: it dates its own clauses (up to a semicolon), and closes what came before (PeriodMarker.closes). */
const WHOLE_YEAR = '全年';

/** `全年` or `年末` of `year`: the whole year, or its end (a stock). */
function ofYear(marker: string, year: number | undefined): Period {
  if (!year) return { label: marker };
  if (marker === CARRIED_OVER) return { label: marker, end: `${year - 1}-12-31` };
  return marker === '年末' ? { label: marker, end: `${year}-12-31` } : { label: marker, ...whole(year) };
}

/**
 * The year a `全年` or `年末` speaks of: that of the marker before it in its paragraph
 * whose scope reaches it, when that marker names one year (`截至2025年底，…，全年累计服务
 * 老年人186万人次`); else the document's frame there (a 2025 bulletin's `年末` in March
 * 2026 is the end of 2025); else the publication's.
 */
function referenceYear(
  text: string,
  previous: PeriodMarker | undefined,
  at: number,
  frameAt: FrameAt | undefined,
  published: string | null,
): number | undefined {
  const sameParagraph = previous !== undefined && !text.slice(previous.end, at).includes('\n');
  const inScope = sameParagraph && (previous.until === undefined || at < previous.until);
  // 对现行有效的…文件…，全年废止2件 in a report of January 2026: now names no year the report speaks of.
  // 一是计划全年…；二是力争全年…: a 全年 past the clause of the one before it in its paragraph is of that one's year.
  const now = inScope && !previous.period.start && previous.period.end === published;
  const named = inScope && !now ? singleYear(previous.period) : sameParagraph && !inScope && YEAR_RELATIVE.test(previous.period.label) && previous.period.label !== CARRIED_OVER ? singleYear(previous.period) : undefined;
  return named ?? frameAt?.(at)?.year ?? yearOf(published) ?? undefined;
}

/** The one calendar year a period lies in, if it lies in one. */
function singleYear({ start, end }: Period): number | undefined {
  if (!end || (start && start.slice(0, 4) !== end.slice(0, 4))) return undefined;
  return Number(end.slice(0, 4));
}

/** Whether a dated period lies wholly outside `year`. */
function outsideYear({ start, end }: Period, year: number): boolean {
  const from = start ?? end;
  const to = end ?? start;
  return from !== undefined && to !== undefined && (Number(to.slice(0, 4)) < year || Number(from.slice(0, 4)) > year);
}

/**
 * `截至9月底，全市已建成…46个，今年新增…1200张`: a bare 今年 inside the sentence of a dated
 * as-of of the same year (or of its months so far, `1至10月`) counts this year up to that date, not to publication.
 */
function asOfThisYear(text: string, previous: PeriodMarker | undefined, at: number, marker: string, period: Period): Period {
  if (marker !== '今年' || !previous || (previous.until === undefined ? !sameSentence(text, previous.end, at) : at >= previous.until)) return period;
  const asOf = previous.period;
  // …and so does one after the year's months so far (`1至10月累计…；今年新增…1200张`).
  const monthsSoFar = FROM_JANUARY.test(asOf.label) && asOf.start === period.start;
  if (!(DATED_AS_OF.test(asOf.label) && !asOf.start) && !monthsSoFar) return period;
  if (!asOf.end || !period.start || asOf.end.slice(0, 4) !== period.start.slice(0, 4)) return period;
  return { ...period, end: asOf.end };
}

/** The months of a year from January: `1—10月`, `1至10月`, `1-9月`. */
const FROM_JANUARY = /^1[—–\-~～至到]\d{1,2}月(?:份)?$/u;

/** Only a comma, quotation marks or spaces between two markers: they read as one. */
const JOINED = /^[，,、“”"\s]*$/u;

/**
 * `截至2025年9月底，“十四五”以来全市累计新建…186所`: a span since a start right after a dated
 * as-of runs to that date, not to publication (a `今年以来` clauses later keeps its own end).
 */
function sinceUpToAsOf(text: string, previous: PeriodMarker | undefined, at: number, period: Period): Period {
  if (!previous || !JOINED.test(text.slice(previous.end, at)) || !period.start || !SINCE.test(period.label)) return period;
  const asOf = previous.period;
  if (!DATED_AS_OF.test(asOf.label) || asOf.start || !asOf.end || asOf.end < period.start) return period;
  return { ...period, end: asOf.end };
}

/**
 * The one year a marker earlier in the same sentence speaks of (`2025年1—9月，…，预计全年可达6.5万人，
 * 五年累计32.3万人`: 2025), which a span of years counted back ends with.
 */
function sentenceYear(text: string, previous: PeriodMarker | undefined, at: number): number | undefined {
  if (!previous || (previous.until !== undefined && at >= previous.until) || !sameSentence(text, previous.end, at)) return undefined;
  return singleYear(previous.period);
}

/** Whether no sentence ends between `from` and `to`. */
function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isIn(SENTENCE_END, text, i)) return false;
  return true;
}

/** `李婆婆今年85岁`: an age, not a period. */
const AGE_AFTER = /^[\d一二三四五六七八九十百]+多?岁/u;
const isAge = (text: string, end: number, marker: string) => marker === '今年' && AGE_AFTER.test(text.slice(end, end + 5));

const YEAR_ONLY = /^\d{4}年$/u;
/** After a year: a cutoff (`2000年底前建成的`) or a deadline (`要在2025年10月底前完成`), not a period. */
const CUTOFF_AFTER = /^(?:\d{1,2}月)?(?:底|末)?(?:以前|之前|前)/u;
/** The rest of a clause up to a `的`: the year sits in a phrase that describes a noun. */
const UP_TO_OF = /^[^，,；;。！？!?、\n]{0,12}的/u;

/**
 * Whether the marker at `at`..`end` describes what is counted rather than dating the
 * figure: a cutoff (`对2000年底前建成的86个城镇老旧小区实施综合改造` renovates in the
 * report's year compounds built before 2001), or a year inside the noun phrase after 对
 * (`对2017年整治出新的107个小区` works on compounds renewed in 2017).
 */
function describesNoun(text: string, at: number, end: number): boolean {
  if (!YEAR_ONLY.test(text.slice(at, end))) return false;
  const after = text.slice(end, end + 16);
  return CUTOFF_AFTER.test(after) || (text[at - 1] === '对' && UP_TO_OF.test(after)) || BUILT_THEN.test(after) || ISSUE_AFTER.test(after);
}

/**
 * A year of when things were built, in a noun phrase (`暗访3个2024年已完工的改造小区`, `2024年完工小区
 * 排查发现的46处隐患`): not when the figure was counted. (`2024年完工改造小区120个` and `2024年完工的87个
 * 改造小区`, the figure right after 的, count what was built then: dated by it.)
 */
const BUILT_THEN = /^(?:已经?)?(?:完工|建成|竣工|投用|交付|改造)(?:的(?![\d一二三四五六七八九十两])|\p{Script=Han}{1,4}(?:排查|检查|普查|摸排|核查|抽查))/u;
/** `2025年第二期《问政孝感》`, `2025年第3批`: the year names an issue, not the period of what follows. */
const ISSUE_AFTER = /^第[\d一二三四五六七八九十]+[期届批轮]/u;

/** The years a span counts back (`五年来`: 5, `过去二十年`: 20), if `marker` is one. */
function spanYears(marker: string): number | undefined {
  const m = YEARS_SPAN.exec(marker);
  if (!m || m.index !== 0 || m[0].length !== marker.length) return undefined;
  const n = m.slice(1).find((g) => g !== undefined)!;
  const years = /\d/u.test(n) ? Number(n) : chineseValue(n);
  return years >= 1 ? years : undefined;
}

/**
 * `2021年以来，…多方发力。四年间，187万…`: a span of N years right after a marker that says
 * when it starts (the marker just before it, in its paragraph or the one before) covers
 * N calendar years from that start.
 */
function anchorSpan(text: string, previous: PeriodMarker | undefined, at: number, period: Period, years: number): Period | undefined {
  const start = previous?.period.start;
  // 五年来…五年累计: a span after another counts back as that one does, not on from its start.
  if (!start || !SINCE.test(previous.period.label) || spanYears(previous.period.label) || newParagraphs(text, previous.end, at) > 1) return undefined;
  return { label: `${previous.period.label}${period.label}`, start, end: `${Number(start.slice(0, 4)) + years - 1}-12-31` };
}

/**
 * `2016年至2025年，是…的十年。…十年间，全市…累计…`: a span that says where it runs (`十年间`), of as many years as
 * the last range of years the text named before it, is that range.
 */
function namedSpan(markers: readonly PeriodMarker[], period: Period, years: number, marker: string): Period | undefined {
  if (!SPAN_BETWEEN.test(marker)) return undefined;
  for (let i = markers.length - 1; i >= 0; i--) {
    const { start, end, label } = markers[i]!.period;
    if (!start || !end || !YEAR_RANGE.test(label) || !start.endsWith('-01-01') || !end.endsWith('-12-31')) continue;
    return Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1 === years ? { ...period, start, end } : undefined;
  }
  return undefined;
}
const YEAR_RANGE = /^\d{4}年?[-—至到]\d{4}年$/u;

/** A span that says where it runs, not that it runs up to now: `四年间`, `两年时间`. */
const SPAN_BETWEEN = /^[^过近].*间$/u;

/** Before this day of the year, what a text looks back on is the years gone by: work reports are delivered in January to March. */
const YEAR_IN_REVIEW_UNTIL = '04-01';

/**
 * A span of years counted back from now, with no start before it (`五年来`, `过去一年`,
 * `近三年`). After a marker of one year in its sentence (`2025年1—9月，…，五年累计32.3万人`),
 * it is the N calendar years up to that one. In a passage that reviews a year gone by (its frame's year, before the
 * publication's: a work report delivered in January 2026 under `2025年…工作回顾`), or in
 * a text of the first quarter, it is the N calendar years up to that year's end; else N
 * years back from publication. `四年间` does not say it runs up to now: undated.
 */
function recentYears(period: Period, years: number, marker: string, frameYear: number | undefined, published: string | null, sentenceYear?: number): Period {
  const now = yearOf(published);
  if (SPAN_BETWEEN.test(marker) || !published || !now) return period;
  const named = sentenceYear && sentenceYear <= now ? sentenceYear : undefined;
  const reviewed = named ?? (frameYear && frameYear < now ? frameYear : published.slice(5) < YEAR_IN_REVIEW_UNTIL ? now - 1 : undefined);
  if (reviewed) return { ...period, start: `${reviewed - years + 1}-01-01`, end: `${reviewed}-12-31` };
  // From April on: no leap day to move back.
  return { ...period, start: `${now - years}${published.slice(4)}`, end: published };
}

/**
 * `全市现有养老机构120家`: how many there are. Not a relative clause ending at the figure
 * (`向…拥有车辆的482人违规发放`: the people who own one).
 */
const HAS = String.raw`(?:现有|共有|拥有|尚有|仍有|尚余)(?![^，,；;。]+的$)`;
/**
 * Words right before a figure that make it a running total: `全区普惠托位总数达到2860个`,
 * `全市城市书房累计达到156个`, `全市现有养老机构120家`, an infographic label `老年助餐点（累计）`. (A count per day and a coverage rate are levels too.)
 */
const STOCK_WORDS = new RegExp(String.raw`(?:总数|总量|总规模|累计)(?:已经?)?(?:达到?|为)$|${HAS}|[（(](?:累计|总数|总量)[）)]$`, 'u');
const HAS_END = new RegExp(`${HAS}$`, 'u');
/** The words of STOCK_WORDS that name a total standing at a date, not a sum over a period (`累计`). */
const STANDING_TOTAL = new RegExp(String.raw`(?:总数|总量|总规模)(?:已经?)?(?:达到?|为)$|${HAS}`, 'u');
/**
 * A bare `达到` makes a running total only of standing things, with no verb of change in
 * its clause: `全市普惠托位达到2.4万个` is a total, `新增就业达到5万人` and
 * `人均可支配收入达到6.8万元` are a year's flows.
 */
const REACHES = /(?:已经?)?(?:达到?|增至)$/u;
// (项: items that stand, `互认项目达到150项`, `通办事项增至386项`; work done in 项 says so, `完成…12项`.)
export const STANDING_THINGS = new Set(['个', '所', '套', '张', '家', '座', '处', '栋', '间', '辆', '台', '部', '块', '根', '项']);
/**
 * …and of people, with no verb of change or of service in its clause: `今年，…全市持证养老护理员
 * 达到2.3万人` is how many there are (`新增就业达到5万人`, `全年接待游客达500万人` are not; a
 * count of visits, 人次, is a flow), unless a statistics period counts them (`今年1—11月，全区
 * 家庭医生签约服务人数达32.6万人`: signed over it).
 */
const STANDING_PEOPLE = new Set(['人', '名', '户']);
const SERVED = /接待|救助|帮扶|资助|惠及|受益|参加|参与|签约|就诊|招生|录取|毕业|出生|转移|输转|安置/u;
const COUNTING_PERIOD = /\d月|季度|半年/u;
const CHANGE_WORDS = /新增|新建|新开工|改造|改扩建|完成|建成|筹集|培训|发放|招聘|提供|开展|举办|投入|增加|增长|提高/u;
/**
 * A count per day (`每天为400多名老人供餐`): how things run now, not a sum over the period; in a whole
 * year gone by (`2021年开张时，每天只有30多位老人`), how they ran that year, and in a whole month so, that
 * month. (A daily average, `今年…日均服务老年人16800人次`, is over the period it averages.)
 */
const DAILY = /每天|每日/u;
/**
 * Facilities named as the doers of what the next figure counts (`本月，辖区内3个长者食堂共供餐6820人次`,
 * `全市120家养老机构全年接待…`): how many there are, at the period's end, not a sum over it.
 */
const AGENTS_OF_FLOW = /^[^，,；;。！？!?\d]{2,10}?(?:共|累计|全年|本月|当月)?(?:供餐|接待|服务|收治|开展|举办|提供|接诊|受理|为)[^，,；;。！？!?]*?\d/u;
/**
 * A coverage rate (`“15分钟健身圈”覆盖率达到95%`, `覆盖城乡社区的比例达到72%`, `农村自来水普及率提高到99.2%`): how far
 * something reaches at a date.
 */
const COVERAGE = /(?:覆盖(?:率|[^，,；;。]{0,12}?(?:比例|比重))|普及率|签约率|参保率)(?:分别|均)?(?:已经?)?(?:达到?|为|提高到|提升到)?$/u;
/** A running total named as a quantity (`累计访问量突破1500万人次`, `累计注册用户数达到`), not work done (`累计服务老年人`, `累计新增就业`). */
const RUNNING_TOTAL_OF = /累计\p{Script=Han}{0,6}?(?:量|数)(?:已经?)?(?:达到?|为|突破|超过)?$/u;
/** A share of those reached (`累计达到118个，覆盖城市社区的31.6%`): a coverage level too. */
const COVERS_SHARE = /覆盖[^，,；;。\d]{2,12}的$/u;
/**
 * The clause after a count says all of them are covered (`辖区11个社区实现助餐服务全覆盖`), or joined up
 * (`212家二级以上医疗机构实现检查检验结果互认`): a level reached.
 */
const COVERED_AFTER = /^[^，,；;。！？!?]{0,8}?实现[^，,；;。！？!?]{0,12}?(?:全覆盖|互认|互通|联网)/u;
/**
 * All the things of a place, right after its name and before what is said of them (`全镇23个行政村村级集体经济总收入达到…`,
 * `全县48所学校`): how many there are, not what the period added (`全县12所学校完成改造` did something: over the period).
 */
const ALL_OF_PLACE = /(?:^|[^\p{Script=Han}])(?:全[市县区镇乡]|辖区内?)(?:共)?$/u;
/** Every one of them (`辖区内12家养老机构均通过消防验收`, `全县48所中小学全部配备…`): all there are, whatever was done. */
const EVERY_ONE = /^[^，,；;。！？!?\d]{0,12}?(?:均|全部|都)/u;
/** What the period did to or with them: a change (CHANGE_WORDS) or an event (`通过三级医院评审`, `获评`, `入选`). */
const DONE_TO_THEM = new RegExp(`${CHANGE_WORDS.source}|通过|获评|获得|入选|评为|创成|创建|达标`, 'u');
/** The size of one body (`组建了一支120人的志愿者队伍`): how big it is, not a sum over the period. */
const SIZE_OF_ONE = /一[支个座所家条]$/u;
/**
 * What a thing is, not what was done in the period (`今年…项目，总投资3.8亿元，设计办学规模60个班`,
 * `沿线11个站点，全程约18公里`, `票价每人次1元`, `全校412名学生`): standing attributes. (A programme's
 * `计划总投资52.6亿元` is what the year will spend.)
 */
const ATTRIBUTE = /(?:(?<!计划)总投资|总长|全长|全程|票价(?:每人次|每次)?|(?:设计)?办学规模|设计规模|沿线|全校)(?:约|为|达到?)?$/u;
/**
 * Things a place already has with a partner (`德阳市已与成都共建产业园区9个`, `已与12个省市结对共建园区30个`): how many
 * the partnership holds, at the period's end, not what the period added (`今年与成都新共建…3个` says 新).
 */
const PARTNERED = /已经?与[^，,；;。！？!?\d]{1,12}?(?<!新)(?:共建|结对|合作共建|共同建设)[^，,；;。！？!?\d新]{0,8}$/u;
/**
 * Firms or bodies that have settled somewhere (`128家宁波企业已到黔西南州投资兴业`, `36家企业已入驻园区`): how many are
 * there, not how many came in the period (`今年新引进企业12家入驻` says so).
 */
const SETTLED_AFTER = /^[^，,；;。！？!?\d]{0,12}?已经?[^，,；;。！？!?\d]{0,10}?(?:投资兴业|落户|入驻|进驻|扎根)/u;
const NEW_IN_PERIOD = /新|今年|本年|全年|当年/u;
/** A finding in its sentence: `暗访发现，共有`, `检查发现`. */
const FOUND = /发现[，,：:]?[^。！？!?；;，,]*[，,：:]?[^。！？!?；;，,]*$/u;
/**
 * The total investment of what a sentence says is planned (`2026年吴江区计划实施民生实事项目50项，总投资约85亿元`):
 * what the programme will spend over its period, as `计划总投资` is.
 */
const INVESTMENT = /总投资(?:约|为|达到?)?$/u;
const PLANNED = /计划[^。！？!?；;]*$/u;
/** A period counted from a stated start (`2021年以来，全区累计改造…412个`): a flow since then. */
const SINCE_LABEL = /以来|起|开始/u;

/**
 * The period of a figure that `before` (the words of its clause up to it), `after` (the
 * sentence after it) and its unit make a running total or a level: as of the end of
 * `period`, with no start. A period counted from a stated start stays as it is, and so
 * does one of several years counted back (`五年来…累计新增城镇就业1.08万人`, `输转劳动力累计
 * 达到42.5万人次`: sums over the five years), unless a total standing at its end is named
 * (`三年来…养老机构总数达到42家`).
 */
export function stockPeriod(period: Period, before: string, unit: string, after = '', sentenceBefore = ''): Period {
  if (!period.start || !period.end) return period;
  // 5月中旬，记者…暗访发现，共有6个已建成的…中心长期闭门: what a look over those days found, not what stands.
  if (FOUND.test(sentenceBefore)) return period;
  // 今年以来…全市基本医疗保险参保人数达到612万人: a level reached is no sum since then (`累计` is).
  if (SINCE_LABEL.test(period.label)) return standsSince(before, unit) ? { label: period.label, end: period.end } : period;
  // 预计全年可达6.5万人: what the whole year adds up to, unless a standing total is named.
  if (period.label === WHOLE_YEAR) return STANDING_TOTAL.test(before) ? { label: period.label, end: period.end } : period;
  if ((spanYears(period.label) ?? 0) > 1) return STANDING_TOTAL.test(before) ? { label: period.label, end: period.end } : period;
  const unchanged = !CHANGE_WORDS.test(before);
  // 去年的…投票活动中，共有28.6万人次参与投票: visits are never a standing total, whatever 共有 says.
  const visitsHad = /次$/u.test(unit) && HAS_END.test(before);
  const stock =
    (STOCK_WORDS.test(before) && !visitsHad) ||
    (ATTRIBUTE.test(before) && !(INVESTMENT.test(before) && PLANNED.test(sentenceBefore))) ||
    (DAILY.test(before) && !wholeYear(period) && !wholeMonth(period)) ||
    (STANDING_THINGS.has(unit) && unchanged && AGENTS_OF_FLOW.test(after)) ||
    (STANDING_THINGS.has(unit) && PARTNERED.test(before)) ||
    (STANDING_THINGS.has(unit) && unchanged && SETTLED_AFTER.test(after) && !NEW_IN_PERIOD.test(ownClause(before))) ||
    COVERAGE.test(before) ||
    (unit === '%' && COVERS_SHARE.test(before)) ||
    (RUNNING_TOTAL_OF.test(before) && unchanged) ||
    (REACHES.test(before) && (STANDING_THINGS.has(unit) || (STANDING_PEOPLE.has(unit) && !COUNTING_PERIOD.test(period.label) && !SERVED.test(before))) && unchanged) ||
    (STANDING_THINGS.has(unit) && unchanged && COVERED_AFTER.test(after)) ||
    (SIZE_OF_ONE.test(before) && after.startsWith('的')) ||
    (STANDING_THINGS.has(unit) && ALL_OF_PLACE.test(before) && (EVERY_ONE.test(after) || !DONE_TO_THEM.test(after.split(/[，,；;。]/u)[0]!)));
  return stock ? { label: period.label, end: period.end } : period;
}

/**
 * Under a period counted from a stated start, a total named as standing (`三年来…总数达到42家`,
 * `现有`) or a bare `达到` of standing things or people with no verb of change, service or
 * running total in its clause (`今年以来…参保人数达到612万人`): a level at its end, not a sum since then.
 */
function standsSince(before: string, unit: string): boolean {
  if (STANDING_TOTAL.test(before)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  // 2025年秋季学期起，…在园幼儿占比已提高到63.5%: a share raised to, or reached, since then is where it stands.
  if (unit === '%' && SHARE_REACHED.test(clause) && !/完成|增长|增速/u.test(clause)) return true;
  return REACHES.test(clause) && (STANDING_THINGS.has(unit) || (STANDING_PEOPLE.has(unit) && !SERVED.test(clause))) && !CHANGE_WORDS.test(clause) && !/累计/u.test(clause);
}

/** A share or rate raised to, or reached: `占比已提高到`, `覆盖率达到`. */
const SHARE_REACHED = /(?:提高|提升|上升)(?:到|至)$|达到$/u;

/**
 * Ratios of standing things, read at a date: the urban share of the resident population
 * (`常住人口城镇化率`), resources per head (`每千人口执业（助理）医师数`, `每千人口…托位数`, `人均体育场地面积`), a share of
 * beds (`护理型床位占比`), the registered unemployment rate (counted at the year's end: `年末城镇登记失业率`; not one
 * `控制在` a bound over the year). (An enrolment rate, a life expectancy or a death rate is the year's.)
 */
const STANDING_RATIO = /城镇化率|每[千万]人口?[^，,；;。次]{0,16}?(?:数|床位|托位)|床位占比|人均[^，,；;。\d]{0,8}?面积|登记失业率(?!控制)/u;

/**
 * A ratio of standing things (STANDING_RATIO) that `words` name, dated by a whole year or by the
 * year so far (`截至今年10月底…今年新增…，护理型床位占比提高到65%`): its level at the period's end.
 */
export function levelOfStanding(period: Period, words: string): Period {
  return (wholeYear(period) || yearSoFar(period)) && STANDING_RATIO.test(words) ? { label: period.label, end: period.end } : period;
}

/** The level a change reached, dated by the year it is of: `增加到2025年的`. */
const REACHED_OF_YEAR = /(?:提高|提升|增加|增长|上升|下降|降低|缩小|扩大|减少|延长)(?:到|至)(\d{4})年的$/u;
/** The level a change started from, dated by the year it is of: `从2015年的`. */
const FROM_OF_YEAR = /[从由](\d{4})年的$/u;
/** Rates read at a date, not over a year: coverage (`参保率`, `覆盖率`). */
const COVERAGE_RATE = /覆盖率|普及率|签约率|参保率/u;

/**
 * The two levels of a change between two named years (`从2015年的1.2万张增加到2025年的2.6万张`,
 * `从2015年的43167元增加到2025年的78520元`) are read alike, as the kind of quantity says: standing
 * things at each year's end, a year's quantity (an income, a life expectancy, a ratio, a share of no
 * standing things nor coverage) over each year. (The 到 is the change's, no deadline.)
 */
export function pairedLevel(period: Period, before: string, unit: string): Period {
  const ofYear = ['元', '岁', ''].includes(unit) || (unit === '%' && !STANDING_RATIO.test(before) && !COVERAGE_RATE.test(before));
  const reached = REACHED_OF_YEAR.exec(before);
  if (reached && ofYear && !period.start && period.end === `${reached[1]}-12-31`) return { ...period, ...whole(Number(reached[1])) };
  const from = FROM_OF_YEAR.exec(before);
  const standing = STANDING_THINGS.has(unit) || (unit === '%' && STANDING_RATIO.test(before));
  if (from && standing && period.start === `${from[1]}-01-01` && period.end === `${from[1]}-12-31`) return { label: period.label, end: period.end };
  return period;
}

/** A rate or ratio named right before its figure, in its own clause: `重点人群签约率`, `经常参加体育锻炼人数比例达到`. */
const RATE_NAMED = /(?:率|比例|占比|比重)(?:已经?)?(?:达到?|为|是)?$/u;

/**
 * A rate said alongside a level in its sentence (`全市家庭医生签约服务覆盖率达到45.2%，重点人群签约率83.5%`,
 * `人均体育场地面积达到3.26平方米，经常参加体育锻炼人数比例达到42.8%`), with no verb of change in its own clause, is
 * read as that one is: at the same date. `previous` is the period of the figure before it in its sentence.
 */
export function alongsideLevel(period: Period, before: string, unit: string, previous: Period | undefined): Period {
  // 家庭医生签约率达到82.6%，高于全区平均水平1.8个百分点: a lead over an average, measured on the level before it.
  if (POINTS.has(unit) && period.start && period.end && previous && !previous.start && previous.end === period.end && LEAD_OVER.test(ownClause(before))) return { label: period.label, end: period.end };
  // …由每人每月200元提高到218元，高于全省最低标准30元: a lead over another's standard, measured on the one in force since that day.
  if (previous?.start && !previous.end && LEAD_OVER.test(ownClause(before))) return { label: previous.label, start: previous.start };
  if (unit !== '%' || !period.start || !period.end || !previous || previous.start || previous.end !== period.end) return period;
  const own = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  return RATE_NAMED.test(own) && !CHANGE_WORDS.test(own) ? { label: period.label, end: period.end } : period;
}

/** A lead or a gap against another place or an average right before the figure (`高于全区平均水平`, `低于全省平均`). */
const LEAD_OVER = /(?:高于|低于|超过|超出|领先|落后于?)[^，,；;。！？!?\d]{0,10}$/u;
const POINTS = new Set(['百分点', '个百分点']);

function ownClause(before: string): string {
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
}

/** Whether a period runs from 1 January to a day of the same year. */
function yearSoFar({ start, end }: Period): boolean {
  return !!start && !!end && start.endsWith('-01-01') && start.slice(0, 4) === end.slice(0, 4);
}

/** Words that name the year's target or task right before it: `完成年度目标任务5.2万人的90.0%`, `全年计划3000套`. */
const YEARS_TARGET = /(?:年度|全年)(?:目标)?(?:任务|计划|目标)(?:数)?(?:为|是)?$/u;

/**
 * The year's target or task itself is the whole year's, whatever part of the year the
 * passage reports (`1—10月，…完成年度目标任务5.2万人的90.0%`: 2025, not January to October).
 */
export function yearsTarget(period: Period, before: string): Period {
  const m = YEARS_TARGET.exec(before);
  if (!m || !period.end) return period;
  return { label: m[0], ...whole(Number(period.end.slice(0, 4))) };
}

/** The amount of a plan's target, named right after it: `距4.5个的规划目标`, `提前完成55%的约束性目标`, `低于《纲要》年均增长7%左右的预期`. */
const PLAN_TARGET_AFTER = /^的(?:规划|约束性|预期性?)目标|^的预期(?!寿命)/u;
/** A change over the years (`年均增长7%左右`), not a level to reach by their end. */
const CHANGE_OVER = /(?:年均)?(?:增长|增速|提高|下降|降低)$/u;

/** The five-year plan a title names (`九江市“十四五”规划纲要…终期评估报告`: 2021–2025). */
export function titlePlan(title: string): Period | undefined {
  const m = /十([一二三四五])五”?\s*规划/u.exec(title);
  return m ? { label: `十${m[1]}五规划`, ...planYears(m[1]!) } : undefined;
}

/**
 * A plan's target, in a document on that plan (`plan`, titlePlan), is the plan's: a change
 * (`年均增长7%左右的预期`) over its years, a level of standing things (`每千人口托位数…距4.5个的规划目标`,
 * `床位占比…55%的约束性目标`) by its end, a year's rate or statistic (`人均预期寿命…78.5岁的规划目标`) its
 * last year's — not the year of the result it is set against. `sentenceBefore` names the measure.
 */
export function planTarget(period: Period, before: string, after: string, unit: string, plan: Period | undefined, sentenceBefore = before): Period {
  if (!plan || !PLAN_TARGET_AFTER.test(after)) return period;
  if (CHANGE_OVER.test(before)) return plan;
  if (STANDING_THINGS.has(unit) || STANDING_RATIO.test(sentenceBefore)) return { label: plan.label, end: plan.end };
  return { label: plan.label, ...whole(Number(plan.end!.slice(0, 4))) };
}

/** A marker of one day: `5月29日晚`, `9月1日`, `开学首日`. */
const ONE_DAY = new RegExp(`^(?:${DAY_OPENING.source}|${FIRST_SCHOOL_DAY.source})$`, 'u');
/** Those who took part in the day's event, named after them (`200名市民代表在演播厅参与满意度测评`). */
const TOOK_PART_AFTER = /^[^，,；;。！？!?]{0,12}?(?:参与|参加|出席|到场|观看)/u;
/** Groups the day's work was split into or sent out in (`县四套班子领导分成6个督查组`, `出动执法人员120人次`). */
const SENT_OUT_BEFORE = /(?:分成|分为|编成|组成|出动|派出)$/u;

/**
 * A day's event (`5月29日晚，…200名市民代表在演播厅参与满意度测评`, `开学首日，…分成6个督查组`): those who
 * took part in it or the groups it sent out are that day's, from its start to its end, not a level standing
 * at it (`9月1日，开化县48所中小学…迎来新学期`: the schools there are).
 */
export function dayEvent(period: Period, before: string, after: string): Period {
  if (period.start || !period.end || !ONE_DAY.test(period.label)) return period;
  return TOOK_PART_AFTER.test(after) || SENT_OUT_BEFORE.test(before) ? { ...period, start: period.end } : period;
}

/** A standard raised to a rate per person and month or year: `城乡低保标准提高到每人每月`, `补助标准提高到每人每年`. */
const STANDARD_RAISED = /标准(?:分别|统一|同步)?(?:提高|提升|调整|上调)(?:到|至|为)每[^，,；;。\d]{1,4}$/u;
/** …per year: `人均财政补助标准提高到每人每年`. */
const PER_YEAR = /每年$/u;

/**
 * A standard raised this year (`今年`, January to publication): one per year (`今年，全省城乡居民医保人均财政补助标准提高到每人每年
 * 七百元`) is the whole year's, as the year it is paid for; one per month that no words of its own sentence date
 * (`今年，…。…城乡低保标准提高到每人每月905元`) is the level in force at the passage's date. (With 今年 in its own sentence,
 * `许昌市今年将城乡低保标准提高到每人每月760元`, it is what the year raised: as it is.)
 */
export function standardThisYear(period: Period, before: string, sentenceDated: () => boolean): Period {
  if (!period.start || !period.end || !period.label.startsWith('今年') || !period.start.endsWith('-01-01') || !STANDARD_RAISED.test(before)) return period;
  if (PER_YEAR.test(before)) return { ...period, end: `${period.start.slice(0, 4)}-12-31` };
  return sentenceDated() ? period : { label: period.label, end: period.end };
}

/** A cap or a floor (`不超过45人`, `不少于2小时`) per unit (`小学每班`, `每人每天`). */
const LIMIT = /^(?:不超过|不高于|不少于|不低于)/u;
const PER_UNIT = /每[^，,；;。\d]{1,4}$/u;

/**
 * A cap or floor per unit (`县教育局严格控制班额，小学每班不超过45人`, the figure written with its
 * bound): a rule in force at its date, not a sum over its period.
 */
export function limitInForce(period: Period, before: string, raw: string): Period {
  // 2027年度…财政补助标准为每人每年不低于670元: a yearly floor of a whole year is that year's, as the year's standard is.
  if (PER_YEAR.test(before) && wholeYear(period)) return period;
  return period.end && LIMIT.test(raw) && PER_UNIT.test(before) ? { label: period.label, end: period.end } : period;
}

/** Whether a period is one calendar year, whole. */
function wholeYear({ start, end }: Period): boolean {
  return !!start && !!end && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4);
}

/** Whether a period is one whole calendar month (`本月` of a newsletter on November: 1–30 November). */
function wholeMonth({ start, end }: Period): boolean {
  if (!start || !end || !start.endsWith('-01') || start.slice(0, 7) !== end.slice(0, 7)) return false;
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return Number(end.slice(8)) === new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A rate said to have been raised to, or to have reached, a level: `学前三年毛入园率提高到93.5%`. */
const RATE_REACHED = /(?:提高|提升|上升|下降|降低|缩小|扩大|增长|增加)(?:到|至)$|达到?$/u;

/**
 * A rate reached over several whole years (`五年来…学前三年毛入园率提高到93.5%`, `十四五期间…`)
 * is the rate of their last year, as a bulletin gives a year's rate; what changed over
 * them (`年均增长7.3%`, `下降4.6个百分点`) stays over them all.
 */
export function rateAtSpanEnd(period: Period, before: string, unit: string): Period {
  if (unit !== '%' || !period.start || !period.end?.endsWith('-12-31') || !RATE_REACHED.test(before)) return period;
  const last = period.end.slice(0, 4);
  return period.start.slice(0, 4) < last ? { ...period, start: `${last}-01-01` } : period;
}

/**
 * A change against an earlier level, in the words right before it: a named year's
 * (`比2020年翻了`, `比2020年增长了`), the last year's or its end (`比上年提高`, `比上年末增加`,
 * `较年初`), a quarter's or a month's end (`比一季度末下降`, `比3月末`). Not `比上年同期`: the
 * same part of last year, a flow against a flow.
 */
const CHANGE_AGAINST =
  /(?:比|较)(?:(\d{4})年(?:末|底)?|上年(?:末|底)?|年初|(?:今年)?第?([一二三])季度末|(\d{1,2})月(?:末|底))(?:累计)?净?(?:增加|减少|提高|下降|增长|降低|上升|缩小|扩大|翻)了?$/u;
/**
 * A yearly average (`年均增长6.5%`) right after a change against a named year in its sentence (`比2020年累计增长28.5%，`),
 * or from a named year's level (`从2015年的43167元增加到2025年的78520元，`).
 */
const AVERAGE = /年均(?:增长|增速|提高|下降|增加)(?:为|达到?)?$/u;
const YEAR_BASE = /(?:比|较|[从由](?=\d{4}年(?:末|底)?的))(\d{4})年(?:末|底)?[^。！？!?；;]*$/u;

/**
 * A figure that its clause says changed against an earlier level is the change from the
 * day after that level to the figure's date: `年末…实有床位3.92万张，比上年末增加1260张` over
 * that year, `6月末…比一季度末下降0.2个百分点` from 1 April, `截至今年10月底…比2020年翻了一番`
 * from 2021. A figure already counted from a start keeps it, unless a year named before
 * it is the base (`今年…护理员达到2.3万人，比2020年增长了1.6倍`: since 2021, not this year),
 * as it is of a yearly average after it (`2024年…比2020年累计增长28.5%，年均增长6.5%`: 2021–2024).
 */
export function changeSinceBase(period: Period, before: string, sentenceBefore = ''): Period {
  const m = CHANGE_AGAINST.exec(before) ?? (AVERAGE.test(before) ? YEAR_BASE.exec(sentenceBefore) : null);
  if (!m || !period.end || (period.start && !m[1])) return period;
  const year = Number(period.end.slice(0, 4));
  const month = m[2] ? '一二三'.indexOf(m[2]) * 3 + 4 : m[3] ? Number(m[3]) + 1 : 1;
  const start = m[1] ? `${Number(m[1]) + 1}-01-01` : `${year}-${pad(month)}-01`;
  if (month > 12 || start > period.end || (period.start && start >= period.start)) return period;
  return { ...period, start };
}

/**
 * A yearly average by a deadline (`到2030年，…年均增长6%左右`) averages the years from the
 * first one still ahead — publication's own in its first quarter, else the next — to it.
 */
export function averageToDeadline(period: Period, before: string, published: string | null): Period {
  if (period.start || !period.end || !DATED_BY.test(period.label) || !AVERAGE.test(before) || !published) return period;
  const first = Number(published.slice(0, 4)) + (published.slice(5) < YEAR_IN_REVIEW_UNTIL ? 0 : 1);
  return first <= Number(period.end.slice(0, 4)) ? { ...period, start: `${first}-01-01` } : period;
}

/** A period counted from the day a change took effect: `今年起`, `自2025年7月起`, `从7月开始`. */
const TOOK_EFFECT = /(?:起|开始)$/u;

/**
 * The level a change started from (`今年起，…补助标准由5元提高到6元`: the 5元), when the change
 * took effect on a stated day: it stood until the day before. Else undefined.
 */
export function changedFrom(period: Period): Period | undefined {
  if (!period.start || !TOOK_EFFECT.test(period.label)) return undefined;
  return { label: `${period.label}前`, end: dayBefore(period.start) };
}

/** How many markers back a figure looks past markers whose scope it lies outside. */
const LOOK_BACK = 8;

/** The label of a figure no words date: not stated. */
export const UNSTATED = '未注明';
/**
 * The label of a figure no words date, in an article whose publication date is known: it
 * is taken as of that date, and its label says so (a label 未注明 under 截至2025年10月28日 would
 * contradict the dates it sits with).
 */
export const AS_OF_PUBLICATION = '截至发布时';

/** Whether no marker dated `period` (only, perhaps, the publication date). */
export function unmarked(period: Period): boolean {
  return !period.start && (period.label === UNSTATED || period.label === AS_OF_PUBLICATION);
}

/**
 * The period of a figure at `at`: the last marker that ends before it in its paragraph
 * (its own sentence first, by construction) and whose scope reaches it, else as of
 * publication, or not stated when the publication date is unknown.
 */
export function assignPeriod(
  markers: readonly PeriodMarker[],
  paragraphStart: number,
  at: number,
  published: string | null,
): Period {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const floor = Math.max(0, lo - LOOK_BACK);
  let closed = false;
  for (let i = lo - 1; i >= floor && markers[i].start >= paragraphStart; i--) {
    const { until, period } = markers[i];
    // 截至2025年底，…，全年更新4800余条；话务员增至420人: a dated as-of holds for its sentence past a 全年 clause.
    const reaches = (until === undefined || at < until) && !(closed && !period.start && !datedAsOf(period.label));
    if (reaches) return sinceStart(markers, i, floor, paragraphStart) ?? period;
    if (markers[i].closes === 'all') break;
    closed ||= markers[i].closes === 'stocks';
  }
  return published ? { label: AS_OF_PUBLICATION, end: published } : { label: UNSTATED };
}

/**
 * "Up to now": what has added up since some start. (`目前`, `如今` say how things stand,
 * `目前，日活用户超万人`: no start.)
 */
const AS_OF_NOW = /^(?:截至|截止)目前$/u;

/**
 * `2023年以来，我市…。截至目前，我市新建改扩建中小学12所`: "as of now" after the paragraph
 * said since when, with no other time between, counts from that start.
 */
function sinceStart(markers: readonly PeriodMarker[], i: number, floor: number, paragraphStart: number): Period | undefined {
  const now = markers[i].period;
  if (now.start || !AS_OF_NOW.test(now.label)) return undefined;
  for (let j = i - 1; j >= floor && markers[j].start >= paragraphStart; j--) {
    const { period } = markers[j];
    // The label stays the figure's own (截至目前): a running total keeps no start (stockPeriod).
    if (period.start && SINCE_LABEL.test(period.label)) return { label: now.label, start: period.start, ...(now.end ? { end: now.end } : period.end ? { end: period.end } : {}) };
    if (period.start || period.end) return undefined;
  }
  return undefined;
}

/** How many paragraphs start between `from` and `to` (blank lines do not count); at most 2. */
function newParagraphs(text: string, from: number, to: number): number {
  let count = 0;
  let lineBreak = false;
  for (let i = from; i < to && count < 2; i++) {
    const c = text[i];
    if (c === '\n') lineBreak = true;
    else if (lineBreak && c.trim()) {
      count++;
      lineBreak = false;
    }
  }
  // The paragraph the marker at `to` starts.
  return lineBreak ? count + 1 : count;
}
