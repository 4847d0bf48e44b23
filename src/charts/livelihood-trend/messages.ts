/**
 * The trend chart's own strings, in Chinese and English: table headers, notes, the
 * summary sentence and its own problems. The strings every chart shares are the kit's
 * (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { ChartProblems } from '../../kit/element/problem.js';

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** No `indicator` attribute: a trend is one indicator over time. */
    'trend-needs-indicator': { kind: 'trend-needs-indicator' };
    /** Figures match, but none has a date to place it on a time axis. */
    'trend-undated': { kind: 'trend-undated'; count: number };
  }
}

/** The problems only a trend chart has. */
export type TrendProblem = ChartProblems['trend-needs-indicator' | 'trend-undated'];

/** One place's figures over time, as the summary reads them. */
export interface SummarySeries {
  label: string;
  points: { period: string; value: string }[];
}

export interface TrendMessages {
  tableHeaders: [place: string, period: string, value: string, source: string];
  summary(heading: string, series: readonly SummarySeries[]): string;
  /** One figure in all: a point, not a trend. */
  onePoint: string;
  /** Several places, one period each: points side by side, not a trend. */
  onePointEach: string;
  /** Figures with no date to place them on the axis, left out. */
  undated(count: number): string;
  /** Figures in another unit than the axis', left out. */
  otherUnits(count: number, units: readonly string[]): string;
  /** Places whose figures are not joined by a line: their periods differ in length. */
  notJoined(places: readonly { label: string; periods: string[] }[]): string;
  /** Places whose results are not joined to their plans, targets or work under way. */
  statusesNotJoined(places: readonly string[]): string;
}

const zh: TrendMessages = {
  tableHeaders: ['地区', '时期', '数值', '来源'],
  summary: (heading, series) =>
    `${heading}：${series.map((s) => `${s.label}${s.points.map((p) => `${p.period}${p.value}`).join('，')}`).join('；')}。`,
  onePoint: '只有一个时期的数字：一个点不构成趋势。',
  onePointEach: '每个地区只有一个时期的数字：这些点不构成趋势，只能并列比较。',
  undated: (n) => `注：另有${n}个数字没有注明日期，无法放上时间轴，未画出。`,
  otherUnits: (n, units) => `注：另有${n}个数字单位不同（${units.join('、')}），未画出。`,
  notJoined: (places) =>
    `注：${places.map((p) => `${p.label}的数字时期长短不同（${p.periods.join('、')}）`).join('；')}，未用线相连：其差别不代表增减。`,
  statusesNotJoined: (places) => `注：${places.join('、')}已完成的数字与计划、目标或在建的数字未用线相连：其差别不代表增减。`,
};

/** The trend chart's messages in one language. */
export const trendMessages = strings(zh);
