/**
 * The table's own strings, in Chinese and English: column names, the filter, paging,
 * the caption and its own problems. The strings every chart shares are the kit's
 * (src/kit/model/messages.ts).
 */
import { strings } from '../../kit/model/strings.js';
import type { ChartProblems } from '../../kit/element/problem.js';
import type { Column } from './model.js';

declare module '../../kit/element/problem.js' {
  interface ChartProblems {
    /** None of `region`, `indicator` and `source`. */
    'table-needs-selection': { kind: 'table-needs-selection' };
    /** A `source` id the dataset does not know. */
    'unknown-source': { kind: 'unknown-source'; id: string; suggestions: Suggestion[] };
  }
}

/** The problems only a table has. */
export type TableProblem = ChartProblems['table-needs-selection' | 'unknown-source'];

export interface TableMessages {
  columns: Record<Column, string>;
  /** The status column of a result, as 计划 / 在建 … name the others (messages.ts `statusTag`). */
  result: string;
  filterLabel: string;
  /** Under the filter: N of M figures match. */
  matching(shown: number, total: number): string;
  /** The button that shows `count` more rows. */
  more(count: number, left: number): string;
  /** Heading of the figures of a whole article. */
  sourceHeading(title: string): string;
  /** What a row's accessible name says it is about: its place and what is counted. */
  rowTitle(place: string, subject: string): string;
}

const zh: TableMessages = {
  columns: { place: '地区', subject: '对象', value: '数值', period: '时期', status: '状态', checked: '编辑核实', quote: '原文' },
  result: '结果',
  filterLabel: '筛选',
  matching: (shown, total) => (shown === total ? `共${total}个数字` : `${total}个数字中有${shown}个符合`),
  more: (count, left) => `再显示${count}行（还有${left}行）`,
  sourceHeading: (title) => `${title}：文中数字`,
  rowTitle: (place, subject) => `${place}，${subject}`,
};

/** The table's messages in one language. */
export const tableMessages = strings(zh);
