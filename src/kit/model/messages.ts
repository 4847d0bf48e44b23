/**
 * Every user-facing string the kit writes, in Chinese and English: labels, units,
 * qualifiers, periods, source lines and the problems any chart can have. A chart's own
 * strings (headings, summaries, notes, its own problems) are in its `messages.ts`;
 * nothing else writes prose.
 *
 * Values that come from outside (ids typed by a page author, URLs, validation
 * issues) are clipped here so a hostile or huge string cannot flood the chart.
 */
import { formatIssue } from '../../data/issue.js';
import type { Correctable, Flag, LocalizedName, Qualifier, Status } from '../../data/types.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import type { SharedProblem, Suggestion } from '../element/problem.js';
import type { HiddenCount } from './show.js';

/** One mark as a summary sentence reads it. */
export interface SummaryItem {
  label: string;
  value: string;
}

export interface Messages {
  loading: string;
  notReported: string;
  otherPeriods: string;
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
  /** Why a figure is uncertain, for its tooltip. */
  flagNote: Record<Flag, string>;
  /** What an editor did with a figure, for its tooltip: checked, and which fields were corrected. */
  reviewNote(checked: boolean, corrected: readonly Correctable[]): string;
  /** Figures of the selection a chart does not draw (plans, targets, uncertain …); `listed`: a table's rows, not marks. */
  hiddenNote(hidden: HiddenCount, listed?: boolean): string;
  /**
   * A number already formatted, with its unit and qualifier: 700余个 / 700+. English
   * leaves out classifiers (个, 所, 张 …) unless `showUnit`: when figures side by side
   * come in different units, each names its own (767 units, 3,972 institutions, 3,500
   * beds: a classifier that counts many kinds is named by the figure's `category`).
   */
  quantity(number: string, unit: string, qualifier: Qualifier, showUnit?: boolean, category?: string): string;
  /** A unit named on its own, as a heading names it: 个百分点 / pp, institutions, homes (套 in housing). */
  unitName(unit: string, category?: string): string;
  year(year: string): string;
  /** Part of one year, by its months (1–12): 2022年1–6月 / Jan–Jun 2022. */
  months(year: string, from: number, to: number): string;
  yearRange(from: string, to: string): string;
  since(year: string): string;
  until(year: string): string;
  /** A period without dates, from its label as the article wrote it. */
  undated(label: string): string;
  problem(problem: SharedProblem): string;
}

const MAX_ECHO = 60;
const ISSUES_SHOWN = 3;

/** An outside string, shortened so messages stay readable. */
export function clip(text: string, max = MAX_ECHO): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

// Units as Chinese writes them after a number; absent means as stored.
const ZH_UNITS: Record<string, string> = { 百分点: '个百分点' };

// English for units that carry meaning; classifiers (个, 所, 张, 套 …) read as nothing.
const EN_UNITS: Record<string, string> = {
  户: 'households',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  元: 'yuan',
  百分点: 'pp',
  平方米: 'm²',
  平方公里: 'km²',
  公顷: 'ha',
  亩: 'mu',
  公里: 'km',
  千米: 'km',
  吨: 't',
  公斤: 'kg',
};

// Classifiers that count one kind of thing, named where a reader must tell units apart
// (figures side by side in different units, a chart picked by unit), and time spans.
const EN_CLASSIFIERS: Record<string, string> = {
  年: 'years',
  个月: 'months',
  周: 'weeks',
  天: 'days',
  小时: 'hours',
  分钟: 'minutes',
  岁: 'years old',
  周岁: 'years old',
  辆: 'vehicles',
  所: 'institutions',
  栋: 'buildings',
  场: 'events',
  场次: 'sessions',
  项: 'items',
  件: 'items',
  门: 'courses',
  类: 'categories',
  支: 'teams',
};
// Classifiers that count many kinds of thing (张 beds or photos, 套 homes or desk sets,
// 家 hospitals or firms), named by what they count in a category; elsewhere, and for
// 个 and the rest, the neutral "units": English, and never a wrong noun.
const EN_COUNTED: Record<string, Record<string, string>> = {
  套: { housing: 'homes' },
  张: { elderly_care: 'beds', health: 'beds' },
  家: { health: 'hospitals', employment: 'employers' },
  处: { urban_renewal: 'sites' },
  座: { urban_renewal: 'facilities' },
  部: { urban_renewal: 'elevators' },
  间: { housing: 'rooms' },
};
const CHINESE = /[\u2e80-\u9fff]/u;
const enUnit = (unit: string, category?: string) =>
  EN_UNITS[unit] ?? EN_CLASSIFIERS[unit] ?? (category ? EN_COUNTED[unit]?.[category] : undefined) ?? (CHINESE.test(unit) ? 'units' : unit);

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// English for the periods articles name without dates; any other reads as written.
const EN_PERIODS: Record<string, string> = {
  未注明: 'period not stated',
  截至目前: 'to date',
  目前: 'currently',
  如今: 'now',
  今年: 'this year',
  今年以来: 'this year so far',
  今年上半年: 'first half of this year',
  去年: 'last year',
  去年以来: 'since last year',
  近年来: 'in recent years',
  四年间: 'over four years',
  五年间: 'over five years',
};

// Hidden figures, in the order a note lists them.
const HIDDEN_ORDER = ['plan', 'target', 'ongoing', 'uncertain', 'unchecked'] as const;
const ZH_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], string> = { plan: '计划', target: '目标', ongoing: '在建', uncertain: '存疑', unchecked: '未经核实的' };
const EN_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], string> = {
  plan: 'planned figure(s)',
  target: 'target(s)',
  ongoing: 'figure(s) of work under way',
  uncertain: 'uncertain figure(s)',
  unchecked: 'figure(s) not checked by an editor',
};
const ZH_FIELDS: Record<Correctable, string> = { subject: '对象', indicator: '指标', region: '地区', period: '时期', status: '状态' };
const EN_FIELDS: Record<Correctable, string> = { subject: 'subject', indicator: 'indicator', region: 'place', period: 'period', status: 'status' };

/** A name from the dataset in one language, the other when it has none, cut to size. */
export const zhName = (name: LocalizedName) => cut(name.zh || name.en);
export const enName = (name: LocalizedName) => cut(name.en || name.zh);

const zhSuggest = (list: Suggestion[]) =>
  list.length ? `您是否要找：${list.map((s) => `${s.id}（${zhName(s.name)}）`).join('、')}？` : '';
const enSuggest = (list: Suggestion[]) =>
  list.length ? ` Did you mean ${list.map((s) => `${s.id} (${enName(s.name)})`).join(', ')}?` : '';

function issuesText(problem: Extract<SharedProblem, { kind: 'invalid-dataset' }>, more: (n: number) => string) {
  const shown = problem.issues.slice(0, ISSUES_SHOWN).map((i) => clip(formatIssue(i), 160));
  const rest = problem.issues.length - shown.length;
  return shown.join('; ') + (rest > 0 ? more(rest) : '');
}

const zh: Messages = {
  loading: '加载中…',
  notReported: '未报告',
  otherPeriods: '其他时期',
  morePeriods: (n) => `；另有${n}个时期`,
  unnamedSource: '未署名来源',
  sourcesLabel: () => '来源：',
  sourceItem: (publisher, date) => (date ? `${cut(publisher)}，${date}` : cut(publisher)),
  markLabel: (label, value, period) => `${label}：${value}${period ? `，${period}` : ''}`,
  statusTag: { plan: '计划', target: '目标', ongoing: '在建' },
  uncertainTag: '存疑',
  tagged: (text, tag) => (tag ? `${text}（${tag}）` : text),
  flagNote: {
    subject_unclear: '原文所计对象不明确',
    place_inferred: '地区由上文推断',
    period_unstated: '原文未写明时期',
  },
  reviewNote: (checked, corrected) =>
    [checked ? '编辑已核实' : '未经编辑核实', corrected.length ? `经编辑更正：${corrected.map((f) => ZH_FIELDS[f]).join('、')}` : '']
      .filter(Boolean)
      .join('；'),
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
  unitName: (unit) => ZH_UNITS[unit] ?? unit,
  year: (y) => `${y}年`,
  months: (y, a, b) => (a === b ? `${y}年${a}月` : `${y}年${a}–${b}月`),
  yearRange: (a, b) => `${a}–${b}年`,
  since: (y) => `${y}年以来`,
  until: (y) => `截至${y}年`,
  undated: (label) => label,
  problem(p) {
    switch (p.kind) {
      case 'unknown-indicator':
        return `找不到指标“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 indicator 属性。'}`;
      case 'unknown-region':
        return `找不到地区“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 region 或 regions 属性。'}`;
      case 'unknown-category':
        return `找不到类别“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 category 属性。'}`;
      case 'no-data':
        return `没有符合条件的数据：${clip(p.selection)}。${
          p.hidden ? `${zh.hiddenNote(p.hidden).replace(/^注：/u, '')}可用 statuses 或 show-uncertain 属性显示。` : ''
        }`;
      case 'unknown-status':
        return `statuses 属性中的“${clip(p.id)}”不是数据状态。可用：${p.known.join('、')}，或 all。`;
      case 'fetch-failed':
        return p.status
          ? `无法加载数据 ${clip(p.url, 120)}：服务器返回 ${p.status}。`
          : `无法加载数据 ${clip(p.url, 120)}：${clip(p.reason ?? '网络错误', 120)}。`;
      case 'fetch-timeout':
        return `加载数据 ${clip(p.url, 120)} 超时（${Math.round(p.ms / 1000)} 秒内没有完成）。`;
      case 'invalid-json':
        return `数据 ${clip(p.url, 120)} 不是有效的 JSON：${clip(p.reason, 120)}`;
      case 'invalid-dataset':
        return `${p.origin === 'dataset' ? 'dataset 属性中的数据' : `数据 ${clip(p.origin, 120)} `}未通过校验：${issuesText(p, (n) => `；另有 ${n} 处问题`)}`;
      case 'unexpected':
        return `图表出错：${clip(p.reason, 120)}`;
      case 'too-many-marks':
        return `这张图表要画 ${p.count} 个标记，超过了上限 ${p.limit} 个。请用 limit 属性限制数量，或选择更少的地区或指标。`;
    }
  },
};

const en: Messages = {
  loading: 'Loading…',
  notReported: 'not reported',
  otherPeriods: 'Other periods',
  morePeriods: (n) => `; ${n} more`,
  unnamedSource: 'unnamed source',
  sourcesLabel: (count) => (count === 1 ? 'Source: ' : 'Sources: '),
  sourceItem: (publisher, date) => (date ? `${cut(publisher)}, ${date}` : cut(publisher)),
  markLabel: (label, value, period) => `${label}: ${value}${period ? `, ${period}` : ''}`,
  statusTag: { plan: 'plan', target: 'target', ongoing: 'under way' },
  uncertainTag: 'uncertain',
  tagged: (text, tag) => (tag ? `${text} (${tag})` : text),
  flagNote: {
    subject_unclear: 'what is counted is unclear in the source',
    place_inferred: 'place inferred from earlier text',
    period_unstated: 'period not stated in the source',
  },
  reviewNote: (checked, corrected) =>
    [checked ? 'checked by an editor' : 'not checked by an editor', corrected.length ? `corrected by an editor: ${corrected.map((f) => EN_FIELDS[f]).join(', ')}` : '']
      .filter(Boolean)
      .join('; '),
  hiddenNote: (hidden) => {
    const parts = HIDDEN_ORDER.filter((k) => hidden[k]).map((k) => `${hidden[k]} ${EN_HIDDEN[k]}`);
    return parts.length ? `Not shown: ${parts.join(', ')}.` : '';
  },
  quantity(number, unit, qualifier, showUnit, category) {
    const n =
      qualifier === 'over' ? `${number}+`
      : qualifier === 'approx' ? `≈${number}`
      : qualifier === 'under' ? `<${number}`
      : qualifier === 'at_least' ? `≥${number}`
      : number;
    if (unit === '%') return `${n}%`;
    const word = EN_UNITS[unit] ?? (showUnit ? enUnit(unit, category) : '');
    return word ? `${n} ${word}` : n;
  },
  unitName: enUnit,
  year: (y) => y,
  months: (y, a, b) => (a === b ? `${EN_MONTHS[a - 1]} ${y}` : `${EN_MONTHS[a - 1]}–${EN_MONTHS[b - 1]} ${y}`),
  yearRange: (a, b) => `${a}–${b}`,
  since: (y) => `since ${y}`,
  until: (y) => `by ${y}`,
  undated: (label) => EN_PERIODS[label] ?? label,
  problem(p) {
    switch (p.kind) {
      case 'unknown-indicator':
        return `Unknown indicator "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the indicator attribute.'}`;
      case 'unknown-region':
        return `Unknown region "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the region or regions attribute.'}`;
      case 'unknown-category':
        return `Unknown category "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the category attribute.'}`;
      case 'no-data':
        return `No figures match: ${clip(p.selection)}.${
          p.hidden ? ` ${en.hiddenNote(p.hidden)} The statuses and show-uncertain attributes show them.` : ''
        }`;
      case 'unknown-status':
        return `"${clip(p.id)}" in the statuses attribute is not a status. Use ${p.known.join(', ')}, or all.`;
      case 'fetch-failed':
        return p.status
          ? `Could not load data from ${clip(p.url, 120)}: the server answered ${p.status}.`
          : `Could not load data from ${clip(p.url, 120)}: ${clip(p.reason ?? 'network error', 120)}.`;
      case 'fetch-timeout':
        return `Loading data from ${clip(p.url, 120)} timed out (not done within ${Math.round(p.ms / 1000)} s).`;
      case 'invalid-json':
        return `The data at ${clip(p.url, 120)} is not valid JSON: ${clip(p.reason, 120)}`;
      case 'invalid-dataset':
        return `${p.origin === 'dataset' ? 'The dataset property' : `The data at ${clip(p.origin, 120)}`} is not a valid dataset: ${issuesText(p, (n) => `; and ${n} more`)}`;
      case 'unexpected':
        return `The chart failed: ${clip(p.reason, 120)}`;
      case 'too-many-marks':
        return `This chart would draw ${p.count} marks, more than the ${p.limit} it can draw. Use the limit attribute, or choose fewer places or indicators.`;
    }
  },
};

export const MESSAGES: Record<Lang, Messages> = { zh, en };

/** The messages of one language. */
export const messages = (lang: Lang): Messages => MESSAGES[lang];
