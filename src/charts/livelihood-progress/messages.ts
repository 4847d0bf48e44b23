/**
 * The progress chart's own strings, in Chinese and English: how a result reads against
 * its target, the derived-target caveat, table headers, the summary and its own problem.
 * Shared strings are the kit's (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { ChartProblems } from '../../kit/element/problem.js';

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** Neither `indicator` nor `region` was given. */
    'missing-selection': { kind: 'missing-selection' };
  }
}

export type ProgressProblem = ChartProblems['missing-selection'];

/** What a row stands for: a place (one indicator) or an indicator (one place). */
export type RowNoun = 'region' | 'indicator';

export interface ProgressMessages {
  /** Under a bar: the result against its target. */
  against(result: string, target: string, derived: boolean): string;
  /** A derived target, rounded to what its share supports: 约12.5万人 / ≈125K people. */
  about(target: string): string;
  /** A row whose place reported no target for its result. */
  noTarget: string;
  /** The target's line in the tooltip. */
  targetNote(target: string, period: string): string;
  /** Why a target is not in the article's words: derived from the result and the share. */
  derivedNote(result: string, share: string): string;
  /** The share of the target, as the accessible name says it. */
  shareOf(share: string): string;
  tableHeaders(noun: RowNoun): [label: string, result: string, target: string, share: string, period: string, source: string];
  /** A row's name with its period, when periods differ between rows: 城镇新增就业（2022年1–8月）. */
  withPeriod(label: string, period: string): string;
  /** `period`: the one every row shares, '' when they differ (each label then has its own). */
  summary(heading: string, period: string, items: { label: string; share: string }[]): string;
}

const zh: ProgressMessages = {
  against: (result, target, derived) => `${result}，目标${target}${derived ? '（推算）' : ''}`,
  about: (target) => `约${target}`,
  noTarget: '未报告目标',
  targetNote: (target, period) => `目标：${target}${period ? `（${period}）` : ''}`,
  derivedNote: (result, share) => `目标按完成比例推算（${result} ÷ ${share}）`,
  shareOf: (share) => `完成目标的${share}`,
  tableHeaders: (noun) => [noun === 'region' ? '地区' : '指标', '完成', '目标', '完成比例', '时期', '来源'],
  withPeriod: (label, period) => `${label}（${period}）`,
  summary: (heading, period, items) => `${heading}${period ? `，${period}` : ''}：${items.map((i) => `${i.label}${i.share}`).join('；')}。`,
};

export const progressMessages = strings(zh);
