/**
 * How tall each part of a table is for a container width: the filter line, the header
 * and every listed row (its tallest cell, wrapped in its column), and the "more" button.
 * Pure arithmetic on estimated text widths (text.ts), which err wide, so a row is never
 * estimated shorter than the browser draws it: the element gives each row its estimated
 * height, and the chart is as tall as an embed snippet reserved (size.ts).
 */
import { FRAME_METRICS, lineCount } from '../../kit/marks/frame-size.js';
import { textWidth } from '../../kit/marks/text.js';
import type { Column } from './model.js';

export const TABLE_METRICS = {
  fontSize: 13,
  /** A status tag's text. */
  tagFontSize: 12,
  line: 19,
  /** Above and below a cell's text; after it (columns are apart by this). */
  cellPadding: 6,
  rule: 1,
  /** Share of the width of the columns that have one; the others share the rest. */
  shares: { subject: 0.14, quote: 0.34 } as Partial<Record<Column, number>>,
  /** A status tag's padding and border, across; the highlight's padding in the sentence. */
  tagExtra: 10,
  markExtra: 2,
  /** The filter line: label, text box and count, wrapping as a flex row does. */
  control: 24,
  controlGap: { row: 4, column: 12 },
  labelGap: 4,
  input: 182,
  controlsMargin: 8,
  more: 28,
  moreMargin: 8,
} as const;

const M = TABLE_METRICS;

export interface TableLayout {
  width: number;
  controls: number;
  header: number;
  /** Each listed row's height, px. */
  rows: number[];
  /** The whole: filter line, table and the "more" button when there is one. */
  height: number;
}

/** Each column's width at a table width: fixed layout, shares as the styles set them. */
export function columnWidths(columns: readonly Column[], width: number): number[] {
  const fixed = columns.reduce((sum, c) => sum + (M.shares[c] ?? 0), 0);
  const free = columns.filter((c) => M.shares[c] === undefined).length;
  return columns.map((c) => width * (M.shares[c] ?? (1 - fixed) / free));
}

/** Height of a row whose cells hold `texts` (px of extra width each) in columns of `widths`. */
function rowHeight(cells: readonly { text: string; extra?: number; fontSize?: number; bold?: boolean }[], widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, extra = 0, fontSize = M.fontSize, bold }, i) =>
      lineCount(text, Math.max(1, widths[i]! - M.cellPadding - extra), bold ? fontSize * FRAME_METRICS.boldFactor : fontSize),
    ),
  );
  return 2 * M.cellPadding + lines * M.line + M.rule;
}

export interface TableLayoutInput {
  columns: readonly Column[];
  headers: Record<Column, string>;
  /** The listed rows' cells, with each status tag. */
  rows: readonly { cells: Record<Column, string>; tag: string }[];
  filterLabel: string;
  count: string;
  more: boolean;
}

export function layoutTable(input: TableLayoutInput, width: number): TableLayout {
  const widths = columnWidths(input.columns, width);
  const label = textWidth(input.filterLabel, M.fontSize) + M.labelGap + M.input;
  const wraps = label + M.controlGap.column + textWidth(input.count, M.fontSize) > width;
  const controls = wraps ? 2 * M.control + M.controlGap.row : M.control;
  // A sorted header shows an arrow: room for it is kept, so sorting moves nothing.
  const header = rowHeight(input.columns.map((c) => ({ text: `${input.headers[c]}▲`, bold: true })), widths);
  const rows = input.rows.map((row) =>
    rowHeight(
      input.columns.map((c) =>
        c === 'status'
          ? { text: row.tag, extra: M.tagExtra, fontSize: M.tagFontSize }
          : { text: row.cells[c], extra: c === 'quote' ? M.markExtra : 0 },
      ),
      widths,
    ),
  );
  const height =
    controls + M.controlsMargin + header + rows.reduce((a, b) => a + b, 0) + (input.more ? M.moreMargin + M.more : 0);
  return { width, controls, header, rows, height };
}
