/**
 * The bar chart's own strings, in Chinese and English: table headers, headings, notes,
 * the summary sentence and its own problems. The strings every chart shares are the
 * kit's (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { LocalizedName } from '../../data/types.js';
import type { ChartProblems } from '../../kit/element/problem.js';
import type { SummaryItem } from '../../kit/model/messages.js';

/** Figures of one unit, named, for the mixed-units message. */
export interface UnitGroup {
  unit: string;
  /** The unit as the chart's language names it: 人 / people. */
  unitName: string;
  names: LocalizedName[];
}

/** Indicators of one family, named, for the mixed-families message. */
export interface FamilyGroup {
  family: string;
  names: LocalizedName[];
}

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** Neither `indicator` nor `region` was given. */
    'missing-selection': { kind: 'missing-selection' };
    /** One place's figures come in more than one unit: they cannot share an axis. */
    'mixed-units': { kind: 'mixed-units'; groups: UnitGroup[] };
    /** One place's figures count different kinds of thing (indicator families): a bar beside a bar would compare them. */
    'mixed-families': { kind: 'mixed-families'; groups: FamilyGroup[] };
    /** A `family` no indicator of the dataset has. */
    'unknown-family': { kind: 'unknown-family'; id: string; suggestions: Suggestion[] };
    /** The indicator is a rank (第1名): a longer bar would be a worse place. */
    'rank-figures': { kind: 'rank-figures' };
  }
}

/** The problems only a bar chart has. */
export type BarProblem = ChartProblems['missing-selection' | 'mixed-units' | 'mixed-families' | 'unknown-family' | 'rank-figures'];

/** What a row of a chart stands for: regions (one indicator) or indicators (one region). */
export type RowNoun = 'region' | 'indicator';

export interface SummaryInput {
  heading: string;
  /** Reported rows, highest value first. */
  items: SummaryItem[];
  /** Rows shown as "not reported": the dataset has no figure of them. */
  missing: number;
  /** Rows with figures the chart hides (uncertain, plans not asked for): "not shown". */
  notShown: number;
  noun: RowNoun;
}

export interface BarMessages {
  tableHeaders(noun: RowNoun): [label: string, value: string, period: string, source: string];
  /** One place's figures, of a category and in a unit (already named) when the chart picks them: 石家庄市：住房（套） / Shijiazhuang: Housing (homes). */
  regionHeading(region: string, category: string | null, unit?: string): string;
  summary(input: SummaryInput): string;
}

/** Whether no two items share a label (a place drawn twice, in two statuses, does). */
export const distinctLabels = (items: readonly { label: string }[]) => new Set(items.map((i) => i.label)).size === items.length;

/** Items of a summary spelled out in full before it switches to highest/lowest only. */
export const SUMMARY_LIST_MAX = 5;

const zhBar: BarMessages = {
  tableHeaders: (noun) => [noun === 'region' ? '地区' : '指标', '数值', '时期', '来源'],
  regionHeading: (region, category, unit) =>
    `${category ? `${region}：${category}` : region}${unit ? `（${unit}）` : ''}`,
  summary({ heading, items, missing, notShown, noun }) {
    const counter = noun === 'region' ? '个地区' : '项指标';
    const tail = (notShown > 0 ? `另有${notShown}${counter}的数字未画出。` : '') + (missing > 0 ? `另有${missing}${counter}未报告。` : '');
    if (items.length === 0) return `${heading}：没有数据。${tail}`;
    if (items.length === 1) return `${heading}：${items[0]!.label}，${items[0]!.value}。${tail}`;
    // One place's figures of several statuses or periods: no place is both highest and lowest.
    if (!distinctLabels(items)) {
      const more = items.length > SUMMARY_LIST_MAX ? `；共${items.length}条` : '';
      return `${heading}：${items.slice(0, SUMMARY_LIST_MAX).map((i) => `${i.label}${i.period ?? ''}${i.value}`).join('；')}${more}。${tail}`;
    }
    const top = items[0]!;
    const bottom = items[items.length - 1]!;
    const middle =
      items.length <= SUMMARY_LIST_MAX
        ? items.slice(1, -1).map((i) => `；${i.label}${i.value}`).join('')
        : `；共${items.length}${counter}`;
    return `${heading}：${top.label}最高，${top.value}${middle}；${bottom.label}最低，${bottom.value}。${tail}`;
  },
};

/** The bar chart's messages in one language. */
export const barMessages = strings(zhBar);
