/**
 * Where each row of a progress chart goes for a container width. Every row shares one
 * scale, the share of its own target (units differ from row to row), so the target
 * line stands at 100 % in every row and a bar past it is over its target. A row: its
 * label and share on one line, the bar crossed by the target line, the result against
 * the target under it. A label too long for its line takes a second before it is cut;
 * every row then has room for two. Pure arithmetic on estimated text widths (text.ts).
 */
import { linearScale } from '../../kit/marks/scales.js';
import { fitText, textWidth, wrapText } from '../../kit/marks/text.js';

export const PROGRESS_METRICS = {
  fontSize: 13,
  captionFontSize: 12,
  row: 62,
  labelY: 14,
  barY: 22,
  bar: 14,
  /** How far the target line reaches above and below the bar. */
  targetOverhang: 5,
  captionY: 52,
  padding: 4,
  gap: 8,
  /** How far an open-ended (余/以上) bar extends past its value. */
  openEnd: 14,
  /** From one line of a label to the next: what a row grows by when labels wrap. */
  lineHeight: 15,
} as const;

export interface ProgressInput {
  label: string;
  shareText: string;
  caption: string;
  /** Result ÷ target, %; null: no bar. */
  share: number | null;
  openEnd: boolean;
}

export interface ProgressGeometry {
  y: number;
  /** One or two lines, the last cut with … when even two do not fit. */
  label: string[];
  caption: string;
  barWidth: number;
}

export interface ProgressLayout {
  width: number;
  height: number;
  /** x of the target line (100 %). */
  targetX: number;
  /** Right end of the bars' room. */
  x1: number;
  rowHeight: number;
  /** How far bars and captions sit below their place in a one-line row (`PROGRESS_METRICS`). */
  shift: number;
  rows: ProgressGeometry[];
}

/** The drawing area's height for `rows` rows: the placeholder's, the chart's and the snippet's (size.ts). */
export const progressHeight = (rows: number): number => PROGRESS_METRICS.padding * 2 + rows * PROGRESS_METRICS.row;

export function layoutProgress(inputs: readonly ProgressInput[], maxShare: number, width: number): ProgressLayout {
  const M = PROGRESS_METRICS;
  const openRoom = inputs.some((d) => d.openEnd) ? M.openEnd : 0;
  const x1 = Math.max(1, width - openRoom - 1);
  const x = linearScale([0, maxShare], [0, x1]);
  const labels = inputs.map((d) => wrapText(d.label, Math.max(0, width - textWidth(d.shareText, M.fontSize) - M.gap), M.fontSize));
  const shift = labels.some((l) => l.length > 1) ? M.lineHeight : 0;
  const rowHeight = M.row + shift;
  return {
    width,
    height: M.padding * 2 + inputs.length * rowHeight,
    targetX: x(100),
    x1,
    rowHeight,
    shift,
    rows: inputs.map((d, i) => ({
      y: M.padding + i * rowHeight,
      label: labels[i]!,
      caption: fitText(d.caption, width, M.captionFontSize),
      barWidth: d.share === null ? 0 : Math.max(0, x(d.share)),
    })),
  };
}

/** The row at `y` px from the chart's top, if any. */
export function rowAt(layout: ProgressLayout, y: number): number | undefined {
  const i = Math.floor((y - PROGRESS_METRICS.padding) / layout.rowHeight);
  return i >= 0 && i < layout.rows.length ? i : undefined;
}
