/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { TrendProblem } from './messages.js';

const zh = (p: TrendProblem): string =>
  p.kind === 'trend-needs-indicator'
    ? '请设置 indicator 属性：趋势图显示一项指标随时间的变化。'
    : `符合条件的${p.count}个数字都没有注明日期，无法放上时间轴。可改用 livelihood-bar 或 livelihood-table。`;

const en = (p: TrendProblem): string =>
  p.kind === 'trend-needs-indicator'
    ? 'Set the indicator attribute: a trend chart shows one indicator over time.'
    : `None of the ${p.count} matching ${p.count === 1 ? 'figure' : 'figures'} has a date, so none can be placed on a time axis. Try livelihood-bar or livelihood-table.`;

/** This chart's own problems' messages in a language. */
export const trendProblems = (lang: Lang): ((problem: TrendProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'trend-needs-indicator' || problem.kind === 'trend-undated' ? trendProblems(lang)(problem as TrendProblem) : problemMessages(lang)(problem as SharedProblem);
