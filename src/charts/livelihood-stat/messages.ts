/**
 * The stat's own strings, in Chinese and English: how a related figure reads beside its
 * headline (增长5.1%, 完成全年任务的70.75%), the sentence disclosure, table headers, the
 * summary and its own problems. Shared strings are the kit's (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { ChartProblems } from '../../kit/element/problem.js';
import type { SummaryItem } from '../../kit/model/messages.js';

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** Neither `indicator`, `region` with `indicators`, nor `observation` was given. */
    'missing-selection': { kind: 'missing-selection' };
    /** An `observation` id the dataset does not hold. */
    'unknown-observation': { kind: 'unknown-observation'; id: string };
  }
}

/** The problems a stat says itself. */
export type StatProblem = ChartProblems['missing-selection' | 'unknown-observation'];

/** What a card of the chart stands for: a place (one indicator) or an indicator (one place). */
export type CardNoun = 'region' | 'indicator';

export interface StatMessages {
  /**
   * A derived figure beside the one it relates to, by its indicator's suffix
   * (`growth`, `target_share` …, src/data/attribute.ts); `name` for any other.
   */
  related(suffix: string, value: string, name: string): string;
  /** The visible hint on a card whose sentence can be shown, open or not. */
  toggle(open: boolean): string;
  tableHeaders(noun: CardNoun): [label: string, value: string, period: string, related: string, source: string];
  summary(heading: string, items: SummaryItem[], more: number): string;
}

/** Cards a summary names before it counts the rest. */
export const SUMMARY_ITEMS = 5;

const zh: StatMessages = {
  // The model writes a related figure in the article's own words (比2023年增加3100人); these
  // are for a share of the year's target, and for words an editor's correction changed.
  related: (suffix, v, name) => (suffix === 'target_share' ? `完成全年任务的${v}` : `${name}${v}`),
  toggle: (open) => (open ? '收起原文 ▴' : '原文 ▾'),
  tableHeaders: (noun) => [noun === 'region' ? '地区' : '指标', '数值', '时期', '相关数字', '来源'],
  summary: (heading, items, more) =>
    `${heading ? `${heading}：` : ''}${items.map((i) => `${i.label}${i.value}`).join('；')}${more ? `；另有${more}项` : ''}。`,
};

/** The stat's messages in one language. */
export const statMessages = strings(zh);
