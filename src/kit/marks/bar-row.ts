/**
 * The geometry a row of a horizontal bar chart shares, whatever groups it: the label
 * column and the bars' span across the width, then, in each row, where the label, the
 * bar and its value go. Wide: the label in a column left of the bars, widened so a label
 * takes two whole lines before it is cut. Narrow: the label
 * above its bar, so the bar keeps the width. The value follows the bar's end (past an
 * open end, 余/以上), with room kept on the right so nothing overflows.
 */
import { textWidth, widest, wrapText } from './text.js';

/** The sizes a bar row reads (the bar and comparison charts' metrics fit it). */
export interface BarRowMetrics {
  fontSize: number;
  /** Share of the width the label column may take. */
  labelShare: number;
  labelGap: number;
  valueGap: number;
  /** How far an open-ended bar extends past its value. */
  openEnd: number;
  /** Bars keep at least this much room, whatever the labels. */
  minBarSpace: number;
  wide: { row: number; bar: number };
  /** Label band above the bar. */
  narrow: { row: number; label: number; bar: number };
  /** From one line of a label to the next. */
  lineHeight: number;
  /** From a text's vertical centre to its baseline, in em. */
  baselineShift: number;
}

export interface BarRowGeometry {
  /** Top of the row. */
  y: number;
  /** The label's lines (one or two, wrapText), the last shortened with … when even two do not fit. */
  label: string[];
  labelX: number;
  /** Baseline of the label's first line; the next is `lineHeight` below. */
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Where the drawn bar ends, open end included. */
  endX: number;
  valueX: number;
  valueY: number;
}

/** The share of the width a label column may grow to, so that labels fit two lines whole. */
const WIDEST_LABEL_SHARE = 0.45;

/** Whether `label` wrapped to two lines of `width` px keeps every word (wrapText cuts only the last). */
const fitsTwoLines = (label: string, width: number, fontSize: number) => {
  const lines = wrapText(label, width, fontSize);
  return lines.join('').replace(/\s/g, '') === label.replace(/\s/g, '');
};

/**
 * Width of the label column: as wide as the longest label up to `labelShare` of the
 * width; where a label would then be cut even on two lines, as much wider as two whole
 * lines need, up to `WIDEST_LABEL_SHARE`, the bars keeping their least room.
 */
function labelColumnWidth(M: BarRowMetrics, width: number, labels: readonly string[], valueWidth: number): number {
  const longest = widest(labels, (label) => textWidth(label, M.fontSize));
  const column = Math.min(longest, Math.round(width * M.labelShare));
  const fits = (w: number) => labels.every((label) => fitsTwoLines(label, w, M.fontSize));
  if (fits(column)) return column;
  const broadest = Math.max(column, Math.min(longest, Math.round(width * WIDEST_LABEL_SHARE), width - valueWidth - M.valueGap - M.labelGap - M.minBarSpace));
  if (!fits(broadest)) return broadest;
  // The narrowest column that fits them all: words move to the first line as it widens.
  let [lo, hi] = [column, broadest];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Where the label column ends and the bars span (`x0` to `x1`), for labels and the widest value. */
export function barColumns(
  M: BarRowMetrics,
  width: number,
  wide: boolean,
  labels: Iterable<string>,
  valueWidth: number,
  openEnd: boolean,
): { labelColumn: number; x0: number; x1: number } {
  const labelColumn = wide ? labelColumnWidth(M, width, [...labels], valueWidth + (openEnd ? M.openEnd : 0)) : 0;
  const x0 = wide ? labelColumn + M.labelGap : 0;
  const x1 = Math.max(x0 + M.minBarSpace, width - valueWidth - M.valueGap - (openEnd ? M.openEnd : 0) - 1);
  return { labelColumn, x0, x1 };
}

/**
 * The row heights for labels wrapped to `lines` (wrapText): when any label takes two
 * lines, every row gets the room of two, so rows stay evenly spaced.
 */
export function rowHeights(M: BarRowMetrics, wide: boolean, lines: Iterable<readonly string[]>, wideTwoLines = M.wide.row + M.lineHeight) {
  let twoLines = false;
  for (const l of lines) if (l.length > 1) twoLines = true;
  return {
    rowHeight: wide ? (twoLines ? wideTwoLines : M.wide.row) : M.narrow.row + (twoLines ? M.lineHeight : 0),
    labelBand: M.narrow.label + (twoLines ? M.lineHeight : 0),
  };
}

/** One row from its top: `end` is where the value falls on the scale, `zeroX` where zero does. */
export function barRow(
  M: BarRowMetrics,
  wide: boolean,
  row: { top: number; label: string[]; labelColumn: number; rowHeight: number; labelBand: number; end: number; zeroX: number; openEnd: boolean },
): BarRowGeometry {
  const { top, end, zeroX, rowHeight, labelBand, label } = row;
  const shift = Math.round(M.fontSize * M.baselineShift);
  const lift = ((label.length - 1) * M.lineHeight) / 2;
  const barHeight = wide ? M.wide.bar : M.narrow.bar;
  const barY = wide ? top + (rowHeight - barHeight) / 2 : top + labelBand;
  const endX = Math.max(end, zeroX) + (row.openEnd ? M.openEnd : 0);
  return {
    y: top,
    label,
    labelX: wide ? row.labelColumn : 0,
    labelY: (wide ? top + rowHeight / 2 : top + labelBand / 2) + shift - lift,
    barX: Math.min(end, zeroX),
    barY,
    barWidth: Math.abs(end - zeroX),
    barHeight,
    endX,
    valueX: endX + M.valueGap,
    valueY: barY + barHeight / 2 + shift,
  };
}
