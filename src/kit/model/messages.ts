/**
 * Every user-facing string the kit writes, in Chinese and English: labels, units,
 * qualifiers, periods, source lines and the problems any chart can have. A chart's own
 * strings (headings, summaries, notes, its own problems) are in its `messages.ts`; the
 * problems every chart can have are in problem-messages.ts, loaded when one is shown.
 * Nothing else writes prose.
 *
 * Values that come from outside (ids typed by a page author, URLs, validation
 * issues) are clipped here so a hostile or huge string cannot flood the chart.
 */
import type { LocalizedName, Qualifier, Status } from '../../data/types.js';
import { cut } from './limits.js';
import { strings } from './strings.js';
import type { HiddenCount } from './show.js';

/** One mark as a summary sentence reads it. */
export interface SummaryItem {
  label: string;
  value: string;
  /** Said where a label repeats (one place's bars of two periods). */
  period?: string;
}

export interface Messages {
  /** A mark with no figure: the dataset has none of it for that place. */
  notReported: string;
  /**
   * A mark with no figure drawn although the dataset has some (hidden as uncertain, a
   * plan not asked for …): 未画出（存疑） / not shown (uncertain), never "not reported".
   */
  notShown(hidden: HiddenCount): string;
  /** After the other periods listed: how many more there are. */
  morePeriods(count: number): string;
  /** Shown when no publisher is named and the title is empty. */
  unnamedSource: string;
  sourcesLabel(count: number): string;
  sourceItem(publisher: string, date: string | null): string;
  /** A mark's accessible name: 张家口市：700余个，2018–2025年. */
  markLabel(label: string, value: string, period: string): string;
  /** What a figure that is not a result is: 计划 / plan. */
  statusTag: Record<Exclude<Status, 'result'>, string>;
  /** A figure the pipeline was unsure of, shown because the page asked. */
  uncertainTag: string;
  /** A value or name with its tag: 3000套（计划） / 3,000 (plan); as is without one. */
  tagged(text: string, tag: string): string;
  /** Figures of the selection a chart does not draw (plans, targets, uncertain …); `listed`: a table's rows, not marks. */
  hiddenNote(hidden: HiddenCount, listed?: boolean): string;
  /**
   * A number already formatted, with its unit and qualifier: 700余个 / 700+. English
   * leaves out classifiers (个, 所, 张 …) unless `showUnit`: when figures side by side
   * come in different units, each names its own (767 units, 3,972 institutions, 3,500
   * beds: a classifier that counts many kinds is named by the figure's `category`).
   */
  quantity(number: string, unit: string, qualifier: Qualifier, showUnit?: boolean, category?: string): string;
  /**
   * An indicator's name, given its category's (indicator-name.ts): in Chinese its own; in
   * English its English one, or, made from an article's words that the glossary did not
   * cover, the article's words after its category (Urban renewal: 老旧燃气管网). English
   * only is downloaded by English charts.
   */
  indicatorName(name: LocalizedName, category: LocalizedName | undefined): string;
  /** A unit named on its own, as a heading names it: 个百分点 / pp, institutions, homes (套 in housing). */
  unitName(unit: string, category?: string): string;
  /** Compact units, smallest first, as `Intl.NumberFormat` writes them (number-format.ts): 万 / 亿 / 万亿; K / M / B / T. */
  compactUnits: readonly (readonly [exponent: number, suffix: string])[];
  /** A day as `Intl.DateTimeFormat` writes it (without starting ICU: number-format.ts): 2025年12月22日 / Dec 22, 2025. */
  date(year: number, month: number, day: number): string;
  year(year: string): string;
  /** Part of one year, by its months (1–12): 2022年1–6月 / Jan–Jun 2022. */
  months(year: string, from: number, to: number): string;
  /** From a day (the 1st: the month) to a day of that or a later month: 2022年1月–8月11日 / Jan–Aug 11, 2022; 2025年11月10日–12月10日 / Nov 10–Dec 10, 2025. */
  monthsTo(year: string, from: number, to: number, day: number, first: number): string;
  /** Whole years: 2018–2025年 / 2018–2025. */
  yearRange(from: string, to: string): string;
  /** From one year or month to another, each already written: 2018年–2022年8月 / 2018–Aug 2022. */
  span(from: string, to: string): string;
  since(year: string): string;
  /** A result's state at a year or month already written: 截至2022年8月 / as of Aug 2022. */
  asOf(when: string): string;
  /**
   * A result's state at an end the pipeline reckoned beyond the article's words (`label`, a
   * school term's end dated by the calendar; `when`, that date written): the words in Chinese,
   * a translation of them or a visibly approximate date in English.
   */
  reckoned(label: string, when: string): string;
  /** A plan's or target's deadline, a year or month already written: 到2025年 / by 2025. */
  by(when: string): string;
  /** A period without dates, from its label as the article wrote it. */
  undated(label: string): string;
  /** A problem named by its kind alone, when its message could not be loaded. */
  problemFallback(kind: string): string;
  /**
   * A text as runs of the chart's language and of Chinese, alternating (the Chinese at odd
   * places): in an English chart an article's title or quote is read in a Chinese voice
   * (marks/lang-runs.ts). A Chinese chart's text is one run.
   */
  zhRuns(text: string): string[];
}

const MAX_ECHO = 60;

/** An outside string, shortened so messages stay readable. */
export function clip(text: string, max = MAX_ECHO): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

// Units as Chinese writes them after a number; absent means as stored.
const ZH_UNITS: Record<string, string> = { 百分点: '个百分点' };
// Units named on their own, as a statistical table heads a column: 孕产妇死亡率（1/10万）.
const ZH_UNIT_NAMES: Record<string, string> = { '/10万': '1/10万' };

// Hidden figures, in the order a note lists them.
// `years`: a figure of several years beside figures of a year or less (spans.ts), which a mark says of itself.
export const HIDDEN_ORDER = ['plan', 'target', 'ongoing', 'uncertain', 'unchecked', 'years'] as const;
const ZH_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], string> = { plan: '计划', target: '目标', ongoing: '在建', uncertain: '存疑', unchecked: '未经核实的', years: '多年' };
const ZH_WHY_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], string> = { ...ZH_HIDDEN, unchecked: '未经核实', years: '多年数字' };
/** A name from the dataset in one language, the other when it has none, cut to size. */
export const zhName = (name: LocalizedName) => cut(name.zh || name.en);
export const enName = (name: LocalizedName) => cut(name.en || name.zh);

const zh: Messages = {
  notReported: '未报告',
  notShown: (hidden) => `未画出（${HIDDEN_ORDER.filter((k) => hidden[k]).map((k) => ZH_WHY_HIDDEN[k]).join('、')}）`,
  morePeriods: (n) => `；另有${n}个时期`,
  unnamedSource: '未署名来源',
  sourcesLabel: () => '来源：',
  sourceItem: (publisher, date) => (date ? `${cut(publisher)}，${date}` : cut(publisher)),
  markLabel: (label, value, period) => `${label}：${value}${period ? `，${period}` : ''}`,
  statusTag: ZH_HIDDEN,
  uncertainTag: ZH_HIDDEN.uncertain,
  tagged: (text, tag) => (tag ? `${text}（${tag}）` : text),
  hiddenNote: (hidden, listed) => {
    const parts = HIDDEN_ORDER.filter((k) => hidden[k]).map((k) => `${hidden[k]}个${ZH_HIDDEN[k]}数字`);
    return parts.length ? `注：另有${parts.join('、')}${listed ? '未列出' : '未画出'}。` : '';
  },
  quantity(number, unit, qualifier) {
    const u = ZH_UNITS[unit] ?? unit;
    switch (qualifier) {
      case 'over':
        return `${number}余${u}`;
      case 'approx':
        return `近${number}${u}`;
      case 'under':
        return `不足${number}${u}`;
      case 'at_least':
        return `${number}${u}以上`;
      default:
        return `${number}${u}`;
    }
  },
  indicatorName: zhName,
  // A ratio has no unit (收入比1.61): named as what it is.
  unitName: (unit) => ZH_UNITS[unit] ?? ZH_UNIT_NAMES[unit] ?? (unit || '比值'),
  compactUnits: [[4, '万'], [8, '亿'], [12, '万亿']],
  date: (y, m, d) => `${y}年${m}月${d}日`,
  year: (y) => `${y}年`,
  months: (y, a, b) => (a === b ? `${y}年${a}月` : `${y}年${a}–${b}月`),
  monthsTo: (y, a, b, d, f) => (a === b ? `${y}年${a}月${f}–${d}日` : `${y}年${a}月${f > 1 ? f + '日' : ''}–${b}月${d}日`),
  yearRange: (a, b) => `${a}–${b}年`,
  span: (a, b) => `${a}–${b}`,
  since: (y) => `${y}年以来`,
  asOf: (when) => `截至${when}`,
  reckoned: (label) => label,
  by: (when) => `到${when}`,
  undated: (label) => label,
  problemFallback: (kind) => `图表无法显示（${clip(kind)}）。`,
  zhRuns: (text) => [text],
};

/** The kit's strings in a language: Chinese here, English once messages-en.ts is loaded. */
export const messages = strings(zh);
