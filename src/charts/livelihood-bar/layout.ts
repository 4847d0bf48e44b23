/**
 * Where each bar, label and value goes for a container width. Pure arithmetic on
 * estimated text widths (text.ts), so it never reads layout.
 *
 * Wide (≥ 480 px): a label column on the left, bars, value labels after the bars.
 * Narrow: each label above its bar, so bars keep the full width on a phone.
 * Value labels always get room on the right: nothing overflows the container.
 * A label too long for its room takes a second line (every row then gets the room of
 * two) before it is cut with "…".
 */
import { barColumns, barRow, rowHeights, type BarRowGeometry } from '../../kit/marks/bar-row.js';
import { linearScale, zeroBasedDomain } from '../../kit/marks/scales.js';
import { textWidth, widest, wrapText } from '../../kit/marks/text.js';

export const BAR_METRICS = {
  /** Labels and values, px. The styles use the same sizes. */
  fontSize: 13,
  periodFontSize: 11,
  /** Below this container width labels go above their bars. */
  wideFrom: 480,
  /** Share of the width the label column may take. */
  labelShare: 0.3,
  labelGap: 8,
  valueGap: 6,
  /** How far an open-ended (余/以上) bar extends past its value. */
  openEnd: 14,
  wide: { row: 28, bar: 18 },
  /** Label band above the bar, room for the focus ring between them included. */
  narrow: { row: 46, label: 22, bar: 18 },
  /** From one line of a label to the next; a row with two-line labels is this much taller (wide: 12 more). */
  lineHeight: 15,
  wideTwoLines: 40,
  padding: 4,
  /** Bars keep at least this much room, whatever the labels. */
  minBarSpace: 40,
  /** From a text's vertical centre to its baseline, in em (no dominant-baseline to compute). */
  baselineShift: 0.35,
} as const;

export interface BarInput {
  label: string;
  /** null: not reported, no bar. */
  value: number | null;
  valueText: string;
  /** Drawn after the value in smaller type, '' for none. */
  periodText: string;
  /** Over / at-least figures: the bar continues past its value. */
  openEnd: boolean;
}

/** A bar's row: its label (one or two lines), bar and value. */
export type BarGeometry = BarRowGeometry;

export interface BarLayout {
  width: number;
  height: number;
  wide: boolean;
  rowHeight: number;
  /** x of the zero line. */
  zeroX: number;
  rows: BarGeometry[];
}

export function layoutBars(inputs: readonly BarInput[], width: number): BarLayout {
  const M = BAR_METRICS;
  const wide = width >= M.wideFrom;

  const valueWidth =
    widest(inputs, (d) => textWidth(d.valueText, M.fontSize) + (d.periodText ? M.valueGap + textWidth(d.periodText, M.periodFontSize) : 0));
  const { labelColumn, x0, x1 } = barColumns(M, width, wide, inputs.map((d) => d.label), valueWidth, inputs.some((d) => d.openEnd));
  const x = linearScale(zeroBasedDomain(inputs, (d) => d.value), [x0, x1]);
  const zeroX = x(0);
  const labelRoom = wide ? labelColumn : width;
  const labels = inputs.map((d) => wrapText(d.label, labelRoom, M.fontSize));
  const { rowHeight, labelBand } = rowHeights(M, wide, labels, M.wideTwoLines);
  const rows = inputs.map((d, i) =>
    barRow(M, wide, {
      top: M.padding + i * rowHeight, label: labels[i]!, labelColumn, rowHeight, labelBand,
      end: d.value === null ? zeroX : x(d.value), zeroX, openEnd: d.openEnd,
    }),
  );

  return { width, height: M.padding * 2 + inputs.length * rowHeight, wide, rowHeight, zeroX, rows };
}

/** The row at `y` px from the chart's top, if any. */
export function rowAt(layout: BarLayout, y: number): number | undefined {
  const i = Math.floor((y - BAR_METRICS.padding) / layout.rowHeight);
  return i >= 0 && i < layout.rows.length ? i : undefined;
}
