/**
 * Where each group, bar, label and value of a comparison goes for a container width.
 * Pure arithmetic on estimated text widths (text.ts), so it never reads layout.
 *
 * One group per indicator: its name (and shared period) on a title line (two for a long
 * name, before it is cut), then one bar per
 * place, places in the same order in every group. Each group has its own scale: units
 * differ between indicators. Wide (≥ 480 px): place names in a column left of the bars,
 * a value's own period after the value. Narrow: each name above its bar, with the period
 * after the name, so that the bars keep the width. Value labels always get room on the
 * right, the same in every group, so nothing overflows and the groups line up.
 */
import type { Qualifier } from '../../data/types.js';
import { barColumns, barRow, rowHeights, type BarRowGeometry } from '../../kit/marks/bar-row.js';
import { linearScale, zeroBasedDomain } from '../../kit/marks/scales.js';
import { textWidth, widest, wrapText } from '../../kit/marks/text.js';

export const COMPARE_METRICS = {
  /** Names and values, px. The styles use the same sizes. */
  fontSize: 13,
  periodFontSize: 11,
  /** Group titles are drawn bold at `fontSize`; measured two sizes up to allow for the weight. */
  titleMeasureSize: 15,
  /** Titles start this far in: a bold J or W reaches left of its origin. */
  titleInset: 2,
  /** Below this container width names go above their bars. */
  wideFrom: 480,
  /** Share of the width the name column may take. */
  labelShare: 0.3,
  labelGap: 8,
  valueGap: 6,
  /** How far an open-ended (余/以上) bar extends past its value. */
  openEnd: 14,
  title: 24,
  wide: { row: 22, bar: 14 },
  narrow: { row: 34, label: 16, bar: 14 },
  /** From one line of a name to the next; rows with two-line names are this much taller. */
  lineHeight: 15,
  groupGap: 10,
  padding: 4,
  /** Bars keep at least this much room, whatever the labels. */
  minBarSpace: 40,
  /** From a text's vertical centre to its baseline, in em. */
  baselineShift: 0.35,
} as const;

/** What the layout reads of a model (CompareModel fits it). */
export interface CompareLayoutInput {
  series: readonly { label: string }[];
  rows: readonly {
    label: string;
    period: string;
    showPeriods: boolean;
    cells: readonly { value: number | null; qualifier: Qualifier | null; valueLabel: string; period: string }[];
  }[];
}

/** A place's bar in a group: its name (one or two lines), bar and value. */
export type CellGeometry = BarRowGeometry;

export interface GroupGeometry {
  y: number;
  /** The indicator's name in one line or two, the second shortened with … where even two do not hold it. */
  title: string[];
  titleX: number;
  titleY: number;
  /** Index of the group's first cell among all marks. */
  first: number;
  /** Top of the group's first bar row. */
  cellsY: number;
  /** Bottom of the group's last bar row. */
  cellsBottom: number;
  /** x of the group's zero: each group has its own scale. */
  zeroX: number;
  cells: CellGeometry[];
}

export interface CompareLayout {
  width: number;
  height: number;
  wide: boolean;
  rowHeight: number;
  groups: GroupGeometry[];
  /** Every cell in mark order (group by group): the mark index is the position here. */
  marks: CellGeometry[];
}

const isWide = (width: number) => width >= COMPARE_METRICS.wideFrom;

/**
 * Height of `groups` groups of `places` bars each (names in two lines when `twoLines`,
 * `titleLines` more title lines in all): the layout's, and the placeholder's.
 */
export function compareHeight(groups: number, places: number, width: number, twoLines = false, titleLines = 0): number {
  const M = COMPARE_METRICS;
  const row = (isWide(width) ? M.wide.row : M.narrow.row) + (twoLines ? M.lineHeight : 0);
  if (groups <= 0) return M.padding * 2;
  return M.padding * 2 + groups * (M.title + places * row) + titleLines * M.lineHeight + (groups - 1) * M.groupGap;
}

export function layoutCompare(input: CompareLayoutInput, width: number): CompareLayout {
  const M = COMPARE_METRICS;
  const wide = isWide(width);
  const shift = Math.round(M.fontSize * M.baselineShift);

  /** Room a value's own period takes after the value (wide) or the name (narrow). */
  const periodRoom = (showPeriods: boolean, period: string) =>
    showPeriods && period ? M.valueGap + textWidth(period, M.periodFontSize) : 0;
  const valueWidth = widest(input.rows, (r) =>
    widest(r.cells, (c) => textWidth(c.valueLabel, M.fontSize) + (wide ? periodRoom(r.showPeriods, c.period) : 0)),
  );
  const open = input.rows.some((r) => r.cells.some((c) => c.qualifier === 'over' || c.qualifier === 'at_least'));
  const { labelColumn, x0, x1 } = barColumns(M, width, wide, input.series.map((s) => s.label), valueWidth, open);

  // Names wrap to a second line before they are cut; then every row has room for two.
  const labels = input.rows.map((row) =>
    row.cells.map((c, i) => wrapText(input.series[i]?.label ?? '', wide ? labelColumn : width - periodRoom(row.showPeriods, c.period), M.fontSize)),
  );
  const twoLines = labels.some((row) => row.some((l) => l.length > 1));
  const { rowHeight, labelBand } = rowHeights(M, wide, labels.flat());

  const groups: GroupGeometry[] = [];
  const marks: CellGeometry[] = [];
  let y = M.padding;
  input.rows.forEach((row, r) => {
    const x = linearScale(zeroBasedDomain(row.cells, (c) => c.value), [x0, x1]);
    const zeroX = x(0);
    // A title too long for its line takes a second before it is cut, every line leaving the period its room.
    const titleRoom = Math.max(width / 2, width - periodRoom(true, row.period)) - M.titleInset;
    const title = wrapText(row.label, titleRoom, M.titleMeasureSize);
    const cellsY = y + M.title + (title.length - 1) * M.lineHeight;
    const cells = row.cells.map((c, i) =>
      barRow(M, wide, {
        top: cellsY + i * rowHeight,
        label: labels[r]![i]!,
        labelColumn,
        rowHeight,
        labelBand,
        end: c.value === null ? zeroX : x(c.value),
        zeroX,
        openEnd: c.qualifier === 'over' || c.qualifier === 'at_least',
      }),
    );
    groups.push({
      y,
      title,
      titleX: M.titleInset,
      titleY: y + M.title / 2 + shift,
      first: marks.length,
      cellsY,
      cellsBottom: cellsY + cells.length * rowHeight,
      zeroX,
      cells,
    });
    marks.push(...cells);
    y = groups[groups.length - 1]!.cellsBottom + M.groupGap;
  });
  const places = input.series.length;
  const titleLines = groups.reduce((sum, g) => sum + g.title.length - 1, 0);
  return { width, height: compareHeight(input.rows.length, places, width, twoLines, titleLines), wide, rowHeight, groups, marks };
}

/** The mark at `y` px from the chart's top: a bar's whole row answers; titles and gaps do not. */
export function markAt(layout: CompareLayout, y: number): number | undefined {
  for (const g of layout.groups) {
    const i = Math.floor((y - g.cellsY) / layout.rowHeight);
    if (i >= 0 && i < g.cells.length) return g.first + i;
  }
  return undefined;
}
