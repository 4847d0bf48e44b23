/**
 * The comparison's own strings, in Chinese and English: heading, cell titles, notes on
 * levels, periods and units, the summary sentence and its own problem. The strings
 * every chart shares are the kit's (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { ChartProblems } from '../../kit/element/problem.js';
import { LOCALE, perLang } from '../../kit/model/lang.js';
import type { SummaryItem } from '../../kit/model/messages.js';
import type { DatasetIndex } from '../../kit/model/dataset-index.js';
import type { LocalizedName } from '../../data/types.js';

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** A comparison names fewer than two regions; `ids` are the ones it names. */
    'too-few-regions': { kind: 'too-few-regions'; ids: string[] };
    /**
     * The places report figures, but no indicator (of `category`) in two of them:
     * `ids` and `names` are the places'.
     */
    'nothing-shared': { kind: 'nothing-shared'; ids: string[]; names: LocalizedName[]; category?: string | undefined };
  }
}

/** The problems only a comparison has. */
export type CompareProblem = ChartProblems['too-few-regions' | 'nothing-shared'];

export interface CompareSummaryInput {
  heading: string;
  /** The rows spelled out: each indicator with every region's value (or "not reported"). */
  rows: { label: string; cells: SummaryItem[] }[];
  /** Rows in the chart; more than `rows` when the summary stops early. */
  total: number;
}

export interface CompareMessages {
  /** 张家口市、呼和浩特市和石家庄市对比 / Zhangjiakou, Hohhot, and Shijiazhuang compared. */
  heading(regions: string[], category: string | null): string;
  /** What one value is about: 老旧小区改造，张家口市. */
  cellTitle(indicator: string, region: string): string;
  /** The table's corner cell, over the indicator names. */
  indicatorHeader: string;
  /** A table cell: 700余个（截至2025年12月）. */
  tableCell(value: string, period: string): string;
  periodsDiffer(indicators: string[], index: DatasetIndex): string;
  /** Indicators only one of the places reports, left out of a comparison. */
  notShared(count: number): string;
  summary(input: CompareSummaryInput): string;
}

/** Names listed in a note before it says "and N more". */
export const NOTE_NAMES_MAX = 5;
/** 甲、乙和丙 / A, B, and C; built on first use, for the languages a page speaks. */
export const LIST = perLang((lang) => new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }));
export const zhNames = (names: string[]) =>
  names.length > NOTE_NAMES_MAX ? `${names.slice(0, NOTE_NAMES_MAX).join('、')}等` : names.join('、');

const zhCompare: CompareMessages = {
  heading: (regions, category) => `${category ? `${category}：` : ''}${LIST('zh').format(regions)}对比`,
  cellTitle: (indicator, region) => `${indicator}，${region}`,
  indicatorHeader: '指标',
  tableCell: (value, period) => (period ? `${value}（${period}）` : value),
  periodsDiffer: (names) => `注：${zhNames(names)}的数据时期各地不同，各数值均标注了时期。`,
  notShared: (count) => `另有${count}项数据只有一地报告，未列出。`,
  summary({ heading, rows, total }) {
    const spelled = rows.map((r) => `${r.label}：${r.cells.map((c) => `${c.label}${c.value}`).join('，')}`).join('；');
    const more = total > rows.length ? `；共${total}项指标` : '';
    return `${heading}。${spelled}${more}。`;
  },
};

/** The comparison's messages in one language. */
export const compareMessages = strings(zhCompare);
