/**
 * An article's sections and the frames they set: headings and titles that give a year,
 * a plan or a target to the figures under them, and as-of lines that date what follows.
 */
import type { ExcludedRange } from './clean.js';
import { datedAsOf, findPeriodMarkers, type FrameAt } from './period.js';
import type { Period } from './types.js';
import { arabicYears } from './chinese-year.js';
import { keepsPlanFrame, planHeading, planLead, programmeAhead, targetHeading } from './status.js';

export interface Section {
  start: number;
  /** The heading says its figures are plans (`2025年工作安排`). */
  plan: boolean;
  /** …and targets (`2026年工作目标`): its levels to reach are targets. */
  target?: boolean;
  /** The period the heading (or the title, for the whole article) sets for figures with no time marker. */
  period?: Period;
  /** A frame line's leading mark (`▶`), and the period around it: a later heading with that mark ends the frame. */
  bullet?: string;
  outer?: Period;
  /** The year is the one a report's data are of (`本轮体检以2024年为数据年份`): what it measures stands at that year's end. */
  dataYear?: boolean;
}

/** A heading's leading mark, if any: `▶ 镇街亮点` → `▶`. */
function bulletOf(line: string): string | undefined {
  return /^\s*([^\p{Script=Han}\p{L}\p{N}\s（(【“])/u.exec(line)?.[1];
}

/** Titles and headings that frame a year's figures: `郫都区2024年十件民生实事完成情况`, `一、2024年工作回顾` (not a deadline, `到2027年`, nor a range's end). */
const YEAR_FRAME = /(?<![到至—–~-])(\d{4})年(?!以来|起|底|末)/gu;

/** A numbered heading's span of years (`二、2021—2025年工作回顾`), or its deadline (`一、到2027年主要目标`: by then, no start). */
const YEARS_FRAME = /(\d{4})\s*[—–~-]\s*(\d{4})年/u;

const BY_YEAR_FRAME = /到(\d{4})年/u;

/** A title's year written bare, as WeChat titles do (`数读2025📊｜…`, `回眸2025 | …`): four digits no unit, digit, 年 or range follows. */
const BARE_TITLE_YEAR = /(?<![\d.．—–~-])((?:19|20)\d{2})(?=[^\p{Script=Han}\p{N}.．%％—–~-]|$)/gu;

// (招生: a year's enrolment notice, `2026年义务教育阶段学校招生入学工作公告`, speaks of that year's intake.)
const REVIEW_WORDS = /民生实事|民生答卷|完成情况|回顾|工作报告|总结|成绩单|年度|工作安排|工作计划|进展|统计公报|情况报告|运行情况|执行情况|招生/u;

/**
 * The period a title or heading line sets, if any: `襄阳市二〇二五年…统计公报` sets 2025. A
 * numbered heading's one year frames its section whatever it is about (`一、2025年预算执行情况`,
 * `三、扎实做好2026年财政工作`); a line of two years (`2025年预算执行情况和2026年预算草案的报告`) frames none.
 */
function framePeriod(line: string, published: string | null, heading = false, title = false): Period | undefined {
  if (title && !arabicYears(line).match(YEAR_FRAME)) {
    const bare = new Set(Array.from(line.matchAll(BARE_TITLE_YEAR), (m) => m[1]));
    if (bare.size === 1) line = line.replace(BARE_TITLE_YEAR, '$1年');
  }
  const range = YEARS_FRAME.exec(arabicYears(line));
  if (range && heading && NUMBERED.test(line)) return { label: range[0], start: `${range[1]}-01-01`, end: `${range[2]}-12-31` };
  const by = BY_YEAR_FRAME.exec(arabicYears(line));
  if (by && heading && NUMBERED.test(line)) return { label: by[0], end: `${by[1]}-12-31` };
  const years = new Set(Array.from(arabicYears(line).matchAll(YEAR_FRAME), (m) => m[1]));
  const [year] = years;
  if (years.size === 1 && (REVIEW_WORDS.test(line) || (heading && NUMBERED.test(line)))) return { label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` };
  if (/今年以来/u.test(line) && published) return { label: '今年以来', start: `${published.slice(0, 4)}-01-01`, end: published };
  return undefined;
}

/** A heading's number: `一、`, `（二）`, `3.`. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])/u;

/** Words of a heading that reports what was done (`2026年一季度进展`), not what is to be. */
const REPORTS = /回顾|总结|成效|成绩|情况|进展|进度|完成|答卷|综述|盘点/u;

/** Before this day of the year a text looks back on the year gone by, and its own year is ahead (period.ts). */
const YEAR_AHEAD_UNTIL = '04-01';

/**
 * Whether a heading's year is still ahead of the text: a year after publication's, or
 * publication's own in its first quarter, when reports are delivered (`二、2026年预算草案`,
 * `五、2026年工作目标` in January 2026): its section is plans, unless it reports (`2026年一季度进展`).
 */
function yearAhead(line: string, period: Period, published: string | null): boolean {
  const first = period.start ?? period.end;
  if (!published || !first || REPORTS.test(line)) return false;
  const [year, now] = [first.slice(0, 4), published.slice(0, 4)];
  return year > now || (year === now && published.slice(5) < YEAR_AHEAD_UNTIL);
}

/** A short line that introduces what follows as of a date: `截至11月底，各项目进展如下：`. */
const AS_OF_FRAME = /^[^。！？!?]*(?:截至|截止)到?\d[^。！？!?]*[:：]\s*$/u;

/** A sentence of a paragraph opening with a dated as-of: `…。截至6月底，十件实事累计完成投资…`. */
const SENTENCE_AS_OF = /(?:^|[。！？!?])\s*((?:截至|截止)到?(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?)[，,]/gu;

/**
 * The frame a paragraph's last sentence sets for what follows: one dated as-of (`…。截至6月底各项目推进情况如下：`),
 * or an undated intro after a sentence of the paragraph that opened with one (`…。截至6月底，十件实事累计…。
 * 现将各项目进展情况公布如下：`), which reports as of that date. Returns the frame line, else undefined.
 */
function closingFrame(text: string, start: number, end: number): { line: string; at: number } | undefined {
  if (text[end - 1] !== '：' && text[end - 1] !== ':') return undefined;
  const at = Math.max(start, text.lastIndexOf('。', end) + 1);
  const last = text.slice(at, end);
  if (last.length > 40) return undefined;
  if (AS_OF_FRAME.test(last)) return { line: last, at };
  if (!INTRO_LINE.test(last)) return undefined;
  const asOf = [...text.slice(start, at).matchAll(SENTENCE_AS_OF)].at(-1);
  return asOf ? { line: `${asOf[1]}，${last}`, at } : undefined;
}

/**
 * A sentence naming the year a report's data are of: `本轮体检以2024年为数据年份` (a 2025 城市体检
 * on 2024's data), `数据年份为2024年`, `评估基准年为2024年`. What follows, undated, is of that year.
 */
const DATA_YEAR = /以(\d{4})年(?:度)?(?:为|作为)(?:数据|统计|评估|体检|监测|基准)年(?:份|度)?|(?:数据|评估|体检|监测|基准)年(?:份|度)?为(\d{4})年/u;

/** A short line that introduces what follows, with no date of its own: `各项目推进情况如下：`. */
const INTRO_LINE = /^[^。！？!?\d]{2,30}如下[:：]\s*$/u;

/** A paragraph opening with a dated as-of: `截至8月底，…`. */
const OPENS_AS_OF = /^\s*((?:截至|截止)到?(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?)[，,]/u;

/**
 * An undated `各项目推进情况如下：` right after a paragraph that opened with `截至8月底，`: what
 * follows is as of that paragraph's date. Returns that date as a frame line, else undefined.
 */
function introAfterAsOf(text: string, start: number, line: string): string | undefined {
  if (!INTRO_LINE.test(line)) return undefined;
  const before = text.slice(0, start).replace(/\s+$/u, '');
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  const m = OPENS_AS_OF.exec(paragraph);
  return m ? `${m[1]}，${line.trim()}` : undefined;
}

/** The line that frames what follows as of a date, and where its frame starts; undefined for a line that frames nothing. */
function frameAt(text: string, start: number, end: number, line: string): { line: string; at: number } | undefined {
  if (end - start <= 40) {
    const own = AS_OF_FRAME.test(line) ? line : introAfterAsOf(text, start, line);
    if (own) return { line: own, at: end - own.length };
  }
  return closingFrame(text, start, end);
}

/**
 * The sections of an article: the title (its first line) frames the whole, and each
 * heading (a short line, status.ts) the text under it up to the next heading; a line
 * that introduces what follows as of a date frames it up to the next heading, which
 * keeps that frame.
 */
export function findSections(text: string, published: string | null, excluded: readonly ExcludedRange[] = []): Section[] {
  const sections: Section[] = [];
  /** The last frame line's section. */
  let frame: Section | undefined;
  let title = true;
  let range = 0;
  let framed: { line: string; at: number } | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, Math.min(end, start + 80));
    // A PDF's running header (`2026年政府工作报告` atop every page) is chrome, no heading of the text under it.
    const full = text.slice(start, end);
    const [a, b] = [start + full.length - full.trimStart().length, start + full.trimEnd().length];
    // Lines and ranges both in order: one pass over the ranges for the whole text.
    while (range < excluded.length && excluded[range]!.end < b) range++;
    const r = excluded[range];
    const chrome = a < b && r !== undefined && r.reason === 'site_chrome' && r.start <= a && b <= r.end;
    if (!title && chrome) {
      start = end + 1;
      continue;
    }
    if (title && line.trim()) {
      title = false;
      const period = framePeriod(line, published, false, true);
      // `泉州市2026年市级十件民生实事项目公布`: the whole article lists what is to be done.
      const plan = programmeAhead(line, published);
      if (period || plan) sections.push({ start, plan, ...(period ? { period } : {}) });
    } else if ((framed = frameAt(text, start, end, line))) {
      // ▶ 截至11月底，各项目进展如下：— what follows is as of that date (from January in the title's
      // year, else in the year of publication). Also a paragraph's last sentence (…。截至6月底各项目推进情况如下：,
      // or an undated …情况公布如下： after its paragraph's 截至6月底，), and an undated 各项目推进情况如下：
      // after a paragraph that opened with 截至8月底，(the date it takes).
      const frameLine = framed.line;
      const asOf = findPeriodMarkers(frameLine, published).find((mk) => mk.period.end && !mk.period.start);
      const year = sections[0]?.period?.start?.slice(0, 4) ?? published?.slice(0, 4);
      if (asOf) {
        const { label, end: to } = asOf.period;
        const outer = sections.at(-1)?.period;
        frame = { start: framed.at, plan: false, period: { label, ...(year && to!.startsWith(year) ? { start: `${year}-01-01` } : {}), end: to }, bullet: bulletOf(frameLine), ...(outer ? { outer } : {}) };
        sections.push(frame);
      }
    } else if (DATA_YEAR.test(arabicYears(text.slice(start, end)))) {
      // 本轮体检以2024年为数据年份，…: the paragraphs after it report that year's data.
      const m = DATA_YEAR.exec(arabicYears(text.slice(start, end)))!;
      const year = m[1] ?? m[2];
      sections.push({ start: end + 1, plan: false, dataYear: true, period: { label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` } });
    } else if (end - start <= 40 && planLead(line, published) !== undefined) {
      // 🔜 2026年，我们将… (12月，街道将…): the lines after it are that year's (month's) plans, bullets with no plan word of their own too.
      const { start: from, end: to } = planLead(line, published)!;
      const month = from.slice(5, 7) === '01' && to.slice(5) === '12-31' ? '' : `${Number(from.slice(5, 7))}月`;
      sections.push({ start, plan: true, period: { label: `${from.slice(0, 4)}年${month}`, start: from, end: to } });
    } else if (end - start <= 40) {
      const heading = planHeading(line, published);
      if (heading !== undefined) {
        // A heading with the frame line's own bullet (▶ 镇街亮点 after ▶ 截至11月底…如下：) is its sibling: the frame ends.
        const last = sections.at(-1);
        const inherited = frame && last?.period === frame.period && frame.bullet !== undefined && frame.bullet === bulletOf(line) ? frame.outer : last?.period;
        const own = framePeriod(line, published, true);
        // 三、下一步工作 in a report on 2024 delivered in 2025: what is to be done is not of the year gone by.
        // 二、存在问题 after 一、工作现状 (截至2025年底，…) in a reply of June 2026: the shortfalls are measured on the state just reported.
        const period = own ?? (heading && published && inherited?.end && inherited.end < published ? undefined : inherited) ?? problemsAsOf(text, last?.start ?? 0, start, line, published);
        const plan = heading || (last?.plan === true && keepsPlanFrame(line)) || (own !== undefined && yearAhead(line, own, published));
        // 二、主要短板 under 本轮体检以2024年为数据年份: a topic keeps the data year.
        const dataYear = !own && period !== undefined && period === last?.period && last.dataYear === true;
        sections.push({ start, plan, ...(targetHeading(line) ? { target: true } : {}), ...(period ? { period } : {}), ...(dataYear ? { dataYear } : {}) });
      }
    }
    start = end + 1;
  }
  return sections;
}

/** A heading of what falls short: `二、存在问题`, `存在的主要问题`, `三、短板和不足`, `困难和问题`. */
const PROBLEMS_HEADING = /存在(?:的)?(?:主要)?问题|短板|不足|困难和问题/u;

/**
 * Under a heading of problems that names no time, the state the text reported before it, at its last dated as-of
 * (`一、工作现状` … `截至2025年底，全市共有…` → `二、存在问题` … `全市仍有约5900个托位的缺口`): what falls short is measured on it.
 */
function problemsAsOf(text: string, from: number, to: number, line: string, published: string | null): Period | undefined {
  if (!PROBLEMS_HEADING.test(line)) return undefined;
  const asOf = findPeriodMarkers(text.slice(from, to), published).filter((mk) => datedAsOf(mk.period.label) && !mk.period.start && mk.period.end).at(-1);
  return asOf && (!published || asOf.period.end! <= published) ? { label: asOf.period.label, end: asOf.period.end! } : undefined;
}

/** The frame of the section at an offset, when its period lies in one year: what `全年` and `年末` speak of. */
export function framesOf(sections: readonly Section[]): FrameAt {
  return (at) => {
    const section = sectionAt(sections, at);
    const [from, to] = [section?.period?.start?.slice(0, 4), section?.period?.end?.slice(0, 4)];
    if (!to || (from && from !== to)) return undefined;
    const { start, end } = section!.period!;
    // 截至6月底，…如下：, a part of the year: what 去年同期 under it compares with (period.ts).
    const part = start && end && !(start.endsWith('-01-01') && end.endsWith('-12-31')) ? section!.period : undefined;
    return { year: Number(to), plan: section!.plan, ...(part ? { part } : {}) };
  };
}

/** The section `at` lies in (binary search over the section starts). */
export function sectionAt(sections: readonly Section[], at: number): Section | undefined {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return sections[lo - 1];
}
