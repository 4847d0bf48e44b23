/**
 * How a table fits a container width, and how tall each part is: the filter line, the
 * header, every listed row and the "more" button. Pure arithmetic on estimated text
 * widths (text.ts), which err wide, so a row is never estimated shorter than the browser
 * draws it: the element gives each row its estimated height, and the chart is as tall as
 * an embed snippet reserved (size.ts).
 *
 * Columns: each gets at least its longest word (place, value, period and status whole:
 * a name or a number is never broken), then room up to its longest text, and the
 * sentence the rest. Stacked: where those least widths do not fit (a phone), each row
 * is a block of cells one under another, each with its column's name in front, and the
 * header a line of sort buttons, as newsroom tables do on a phone. The form changes only
 * at a step of the widths embed snippets reserve heights for.
 */
import { FRAME_METRICS, lineCount } from '../../kit/marks/frame-size.js';
import { textWidth } from '../../kit/marks/text.js';
import { RESERVE_STEPS } from '../../kit/reserve.js';
import type { Column } from './model.js';

export const TABLE_METRICS = {
  fontSize: 13,
  /** A status tag's text. */
  tagFontSize: 12,
  line: 19,
  /** Above and below a cell's text; after it (columns are apart by this). */
  cellPadding: 6,
  rule: 1,
  /** A status tag's padding and border, across; the highlight's padding in the sentence. */
  tagExtra: 10,
  markExtra: 2,
  /** The sentence keeps at least this; a column that may wrap, at least `wrapMin`. */
  quoteMin: 150,
  wrapMin: 44,
  /** A column other than the sentence takes at most this share of the width. */
  maxShare: 0.3,
  /** The sentence's share, when the other columns leave it that much. */
  quoteShare: 0.34,
  /** Stacked: between a cell's column name and its text; between sort buttons. */
  labelGap: 8,
  sortGap: 10,
  /** A sorted header's arrow. */
  arrowFontSize: 10,
  arrowMargin: 2,
  /** The filter line: label, text box and count, wrapping as a flex row does. */
  control: 24,
  controlGap: { row: 4, column: 12 },
  filterGap: 4,
  input: 182,
  controlsMargin: 8,
  more: 28,
  moreMargin: 8,
} as const;

const M = TABLE_METRICS;

/** Columns whose text is kept whole: a place, a number, a period, a tag. */
const WHOLE: ReadonlySet<Column> = new Set<Column>(['place', 'value', 'period', 'status']);

export interface TableLayout {
  width: number;
  /** Rows as blocks of labelled cells, not columns. */
  stacked: boolean;
  /** Each column's width, px (columns: they add up to the width). */
  columns: number[];
  /** Stacked: the width of the column names in front of the cells. */
  label: number;
  controls: number;
  header: number;
  /** Each listed row's height, px. */
  rows: number[];
  /** The whole: filter line, table and the "more" button when there is one. */
  height: number;
}

interface Cell {
  text: string;
  /** Px around the text: a status tag's border, the highlight's padding. */
  extra?: number;
  fontSize?: number;
  bold?: boolean;
}

const size = ({ fontSize = M.fontSize, bold }: Cell) => (bold ? fontSize * FRAME_METRICS.boldFactor : fontSize);

/** Width `text` needs on one line, as `lineCount` adds up its pieces (a little over its `textWidth`). */
function lineWidth(text: string, fontSize: number): number {
  let width = textWidth(text, fontSize);
  while (lineCount(text, width, fontSize) > 1) width++;
  return width;
}

/** The widest piece of `cell` a line cannot break (a word, a CJK character), or the whole text for a `whole` column. */
function leastWidth(cell: Cell, whole: boolean): number {
  const pieces = whole ? [cell.text] : cell.text.split(/\s+|(?<=[\u2e80-\u9fff\uff00-\uffef])|(?=[\u2e80-\u9fff\uff00-\uffef])/u);
  return Math.max(0, ...pieces.map((p) => lineWidth(p, size(cell)))) + (cell.extra ?? 0);
}

/**
 * Columns' widths at a table width, from their cells (header first): at least the
 * longest word, the sentence at least `quoteMin`; what is left goes to the columns that
 * want more (up to their longest text), keeping the sentence its share, then to the
 * sentence. Undefined when the least widths do not fit: the table stacks.
 */
export function columnWidths(columns: readonly Column[], cells: readonly (readonly Cell[])[], width: number): number[] | undefined {
  const pad = M.cellPadding;
  const quote = columns.indexOf('quote');
  const cap = width * M.maxShare;
  const least = columns.map((c, i) =>
    i === quote ? M.quoteMin : Math.min(cap, Math.max(WHOLE.has(c) ? 0 : M.wrapMin, ...cells.map((row) => leastWidth(row[i]!, WHOLE.has(c)))) + pad),
  );
  const most = columns.map((_, i) =>
    i === quote ? Infinity : Math.min(cap, Math.max(least[i]!, ...cells.map((row) => lineWidth(row[i]!.text, size(row[i]!)) + (row[i]!.extra ?? 0) + pad))),
  );
  const sum = (list: number[]) => list.reduce((a, b, i) => a + (i === quote ? 0 : b), 0);
  const others = sum(least);
  if (others + M.quoteMin > width) return undefined;
  // Room the other columns may take beyond their least, the sentence keeping its share where it can.
  const room = Math.max(0, width - Math.max(M.quoteMin, width * M.quoteShare) - others);
  const wants = sum(most.map((m, i) => m - least[i]!));
  const widths = least.map((l, i) => (i === quote ? 0 : l + (wants > 0 ? Math.min(1, room / wants) * (most[i]! - l) : 0)));
  widths[quote] = width - sum(widths);
  return widths;
}

/** Height of a row of `lines` lines of text. */
const linesHeight = (lines: number) => 2 * M.cellPadding + lines * M.line + M.rule;

/** Lines `cell` takes in `width` px. */
const cellLines = (cell: Cell, width: number) => lineCount(cell.text, Math.max(1, width - (cell.extra ?? 0)), size(cell));

/** Lines of a flex row of `items` px wide, `gap` apart, wrapping at `width`. */
function flexLines(items: readonly number[], gap: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const w of items) {
    if (used > 0 && used + gap + w > width) {
      lines++;
      used = 0;
    }
    used += (used > 0 ? gap : 0) + w;
  }
  return lines;
}

export interface TableLayoutInput {
  columns: readonly Column[];
  headers: Record<Column, string>;
  /** Columns a reader may sort by: their headers keep room for an arrow. */
  sortable: readonly Column[];
  /** The listed rows' cells, with each status tag ('' for a sure result: its status is plain text). */
  rows: readonly { cells: Record<Column, string>; tag: string }[];
  filterLabel: string;
  count: string;
  more: boolean;
}

export function layoutTable(input: TableLayoutInput, width: number): TableLayout {
  const label = textWidth(input.filterLabel, M.fontSize) + M.filterGap + M.input;
  const wraps = label + M.controlGap.column + textWidth(input.count, M.fontSize) > width;
  const controls = wraps ? 2 * M.control + M.controlGap.row : M.control;
  // A sorted header shows an arrow: room for it is kept, so sorting moves nothing.
  const headers = input.columns.map((c): Cell => ({ text: `${input.headers[c]}${input.sortable.includes(c) ? '▲' : ''}`, bold: true }));
  const rows = input.rows.map((row) =>
    input.columns.map((c): Cell =>
      c === 'status'
        ? row.tag ? { text: row.cells.status, extra: M.tagExtra, fontSize: M.tagFontSize } : { text: row.cells.status }
        : { text: row.cells[c], extra: c === 'quote' ? M.markExtra : 0 },
    ),
  );
  // Columns only where they fit from the start of this step of reserved heights (kit/reserve.ts) on:
  // the form changes at a step, so the height a snippet reserves for a step is near what is drawn in it.
  const step = RESERVE_STEPS.reduce((from, s) => (s <= width ? s : from), 0) || width;
  const columns = columnWidths(input.columns, [headers, ...rows], step) && columnWidths(input.columns, [headers, ...rows], width);

  let labelWidth = 0;
  let header: number;
  let heights: number[];
  if (columns) {
    const rowHeight = (cells: readonly Cell[]) => linesHeight(Math.max(1, ...cells.map((cell, i) => cellLines(cell, columns[i]! - M.cellPadding))));
    header = rowHeight(headers);
    heights = rows.map(rowHeight);
  } else {
    // Stacked: the header is a line of sort buttons; each cell a line or more after its column's name.
    labelWidth = Math.min(width / 3, Math.max(...input.columns.map((c) => textWidth(input.headers[c], M.fontSize)))) + M.labelGap;
    // The buttons' names in bold; one of them (the sorted one, whichever) with its arrow.
    const names = input.columns.flatMap((c) => (input.sortable.includes(c) ? [textWidth(input.headers[c], M.fontSize * FRAME_METRICS.boldFactor)] : []));
    const arrow = M.arrowMargin + textWidth('▲', M.arrowFontSize);
    header = linesHeight(Math.max(1, ...names.map((_, k) => flexLines(names.map((w, i) => (i === k ? w + arrow : w)), M.sortGap, width))));
    heights = rows.map((cells) => linesHeight(cells.reduce((sum, cell) => sum + cellLines(cell, width - labelWidth), 0)));
  }
  const height = controls + M.controlsMargin + header + heights.reduce((a, b) => a + b, 0) + (input.more ? M.moreMargin + M.more : 0);
  return { width, stacked: !columns, columns: columns ?? [], label: labelWidth, controls, header, rows: heights, height };
}
