/**
 * A plain HTML table an editor wrote, as a dataset (docs/table-data.md): the figures a
 * chart draws when it has a `<table>` inside it, and what readers without JavaScript see.
 *
 *   caption             what is counted (the indicator's name), optionally `（单位）`
 *   header row          names the columns: place (地区), value (数值), period (时期),
 *                       source (来源), status (状态); a first column without a
 *                       recognised header is the place, the next the value
 *   one row per place   `<th>郫都区</th><td>211个</td><td>2024年</td>`
 *
 * Values are read as people write them (`1.68万`, `700余个`, `超八成`, `200个以上`) by
 * the pipeline's own numeral parser. Cells may carry `data-id`, `data-en` and
 * `data-level` (place) or `data-start`/`data-end` (period). Pure: it reads a
 * `TableText` (the DOM adapter is `readTable`), so it is tested without a browser.
 */
import type { DatasetInput, HandObservation, HandSource } from '../../data/hand-made.js';
import { parseNumeral } from '../../data/numeral.js';
import { TABLE_INDICATOR } from './table-indicator.js';
import { ChartError } from '../element/problem.js';
import { STATUSES } from '../../data/core-vocabulary.js';
import { type Period, type Qualifier, type Region, type RegionLevel, type Status } from '../../data/types.js';

export interface TableCell {
  text: string;
  /** data-* attributes of the cell, without the prefix. */
  data: Record<string, string>;
}

export interface TableText {
  caption: string;
  header: TableCell[];
  rows: TableCell[][];
}

/** What went wrong where, for the chart's inline error: `row 3, 数值: "很多" is not a number`. */
export class TableError extends Error {
  override readonly name = 'TableError';
}

type Column = 'place' | 'value' | 'period' | 'source' | 'status';
const HEADERS: Record<Column, RegExp> = {
  place: /^(地区|地方|城市|区县|区域|地点|place|region|city|area)$/iu,
  value: /^(数值|数量|数据|数字|value|figure|number)$/iu,
  period: /^(时期|时间|年份|年度|period|year|date)$/iu,
  source: /^(来源|出处|source)$/iu,
  status: /^(状态|status)$/iu,
};
const STATUS_WORDS: Record<string, Status> = { 完成: 'result', 已完成: 'result', 计划: 'plan', 目标: 'target', 在建: 'ongoing', 进行中: 'ongoing' };
const LEVELS: readonly RegionLevel[] = ['province', 'prefecture', 'county', 'district'];

export { TABLE_INDICATOR };
const CATEGORY = 'table';

/** `（单位：个）` / `(个)` at the end of a caption: the unit for values written without one. */
const CAPTION_UNIT = /[（(](?:单位[:：]\s*)?([^（）()]{1,6})[）)]\s*$/u;

function columnsOf(header: readonly TableCell[], width: number): Column[] {
  const named = header.map((c) => (Object.keys(HEADERS) as Column[]).find((k) => HEADERS[k].test(c.text.trim())));
  const columns: (Column | undefined)[] = Array.from({ length: width }, (_, i) => named[i]);
  // Unnamed columns: the first is the place, the next the value.
  for (const fallback of ['place', 'value'] as const) {
    if (columns.includes(fallback)) continue;
    const free = columns.findIndex((c) => c === undefined);
    if (free >= 0) columns[free] = fallback;
  }
  return columns.map((c) => c ?? 'source');
}

const PER_100K = /^[/／]10万$/u;

/** `700余个` → 700, over, 个; `超八成` → 80, over, %; `200个以上` → 200, at_least, 个. */
export function readValue(text: string, defaultUnit: string): { value: number; qualifier: Qualifier; unit: string } | undefined {
  const cell = text.replace(/[\s,，]/gu, '');
  let rest = cell;
  let trailing: Qualifier | undefined;
  if (/以上$/u.test(rest)) [rest, trailing] = [rest.slice(0, -2), 'at_least'];
  else if (/以下$/u.test(rest)) [rest, trailing] = [rest.slice(0, -2), 'under'];
  // The longest leading numeral (`1.68万`, `近6亿`), then the unit after it.
  for (let end = rest.length; end > 0; end--) {
    const parsed = parseNumeral(rest.slice(0, end));
    if (!parsed) continue;
    // A rate per 10万 (8.5/10万) is the one unit written with digits, as the pipeline stores it.
    const unit = parsed.tenths ? '%' : rest.slice(end).replace(PER_100K, '/10万') || defaultUnit;
    if (/\d/u.test(unit) && unit !== '/10万') return undefined;
    return { value: parsed.value, qualifier: trailing ?? parsed.qualifier, unit };
  }
  return undefined;
}

/** `2024年`, `2024`, `2024年1—8月`, `2021—2024年`; else the words as a label with no dates. */
export function readPeriod(cell: TableCell): Period {
  const label = cell.text.trim();
  const start = cell.data.start;
  const end = cell.data.end;
  if (start || end) return { label, ...(start ? { start } : {}), ...(end ? { end } : {}) };
  let m = /^(\d{4})年?$/u.exec(label);
  if (m) return { label, start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})年(\d{1,2})[—–-](\d{1,2})月$/u.exec(label);
  if (m) {
    const [y, a, b] = [m[1]!, Number(m[2]), Number(m[3])];
    const last = new Date(Date.UTC(Number(y), b, 0)).getUTCDate();
    if (a >= 1 && a <= b && b <= 12) return { label, start: `${y}-${String(a).padStart(2, '0')}-01`, end: `${y}-${String(b).padStart(2, '0')}-${last}` };
  }
  m = /^(\d{4})[—–-](\d{4})年?$/u.exec(label);
  if (m && m[1]! <= m[2]!) return { label, start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  return { label: label || '未注明' };
}

/** The figures of `table`, as a dataset to validate; `indicator` names them (the chart's attribute). */
export function tableDataset(table: TableText, indicator = TABLE_INDICATOR): DatasetInput {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const columns = columnsOf(table.header, width);
  const captionUnit = CAPTION_UNIT.exec(table.caption)?.[1]?.trim() ?? '';
  const name = table.caption.replace(CAPTION_UNIT, '').trim() || indicator;
  const regions = new Map<string, Region>();
  const sources = new Map<string, HandSource>();
  const observations: HandObservation[] = [];
  const units = new Set<string>();
  table.rows.forEach((row, r) => {
    const at = (column: Column) => {
      const i = columns.indexOf(column);
      return i >= 0 ? row[i] : undefined;
    };
    const where = `row ${r + 1}`;
    const place = at('place');
    if (!place?.text.trim()) throw new TableError(`${where}: no place (the first column names it)`);
    const valueCell = at('value');
    const value = valueCell && readValue(valueCell.text, captionUnit);
    if (!value) throw new TableError(`${where}: "${(valueCell?.text ?? '').trim().slice(0, 40)}" is not a number (write it as 211, 1.68万, 700余个)`);
    units.add(value.unit);
    const placeName = place.text.trim();
    const id = place.data.id || placeName;
    const level = place.data.level as RegionLevel | undefined;
    if (level && !LEVELS.includes(level)) throw new TableError(`${where}: data-level "${level}" is not one of ${LEVELS.join(', ')}`);
    if (!regions.has(id)) regions.set(id, { id, name: { zh: placeName, en: place.data.en || placeName }, level: level ?? 'prefecture' });
    const sourceName = at('source')?.text.trim() || name;
    const sourceId = `table:${sourceName}`;
    if (!sources.has(sourceId)) sources.set(sourceId, { id: sourceId, title: name, publisher: at('source')?.text.trim() || null, region: id });
    const statusText = at('status')?.text.trim();
    const status = statusText ? (STATUS_WORDS[statusText] ?? (STATUSES as readonly string[]).find((s) => s === statusText.toLowerCase())) : undefined;
    if (statusText && !status) throw new TableError(`${where}: status "${statusText}" is not one of 完成, 计划, 目标, 在建`);
    const periodCell = at('period');
    observations.push({
      id: `table:${r + 1}`,
      indicator,
      region: id,
      source: sourceId,
      value: value.value,
      qualifier: value.qualifier,
      unit: value.unit,
      raw: valueCell!.text.trim(),
      period: periodCell ? readPeriod(periodCell) : { label: '未注明' },
      ...(status ? { status: status as Status } : {}),
      checked: true,
    });
  });
  if (!observations.length) throw new TableError('the table has no rows of figures');
  if (units.size > 1) throw new TableError(`values in different units (${[...units].join('、')}): one table, one unit`);
  return {
    schema: 'livelihood/1',
    sources: [...sources.values()],
    regions: [...regions.values()],
    categories: [{ id: CATEGORY, name: { zh: '表格', en: 'Table' } }],
    indicators: [{ id: indicator, name: { zh: name, en: name }, category: CATEGORY, unit: [...units][0]!, kind: value0Kind(observations), canonical: false }],
    observations,
  };
}

const value0Kind = (observations: HandObservation[]) => (observations[0]!.unit === '%' ? 'rate' : 'count');

/** The table as text: caption, header cells and body rows (rows of `<th>`/`<td>`). */
export function readTable(table: HTMLTableElement): TableText {
  const cell = (c: HTMLTableCellElement): TableCell => ({ text: c.textContent ?? '', data: { ...c.dataset } as Record<string, string> });
  const head = table.tHead?.rows[0] ?? (table.rows[0] && [...table.rows[0].cells].every((c) => c.tagName === 'TH') ? table.rows[0] : undefined);
  const body = [...table.rows].filter((r) => r !== head && r.parentElement !== table.tFoot);
  return { caption: table.caption?.textContent ?? '', header: head ? [...head.cells].map(cell) : [], rows: body.map((r) => [...r.cells].map(cell)) };
}

/**
 * The dataset of a `<table>` inside a chart (element/table-source.ts), to validate, or a
 * ChartError naming its mistake.
 */
export function tableDatasetOf(table: HTMLTableElement, indicator: string | undefined): DatasetInput | ChartError {
  try {
    return tableDataset(readTable(table), indicator);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    return new ChartError({ kind: 'invalid-dataset', origin: '<table>', issues: [{ path: 'table', message: error.message }] });
  }
}
