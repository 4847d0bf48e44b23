/**
 * Attributes + dataset → the rows a table lists, and how they are sorted and filtered.
 * Pure: no DOM.
 *
 *   1. select   the figures of a place, an indicator and/or an article (all given must
 *               match), those the table shows (show.ts), the rest counted in a note
 *   2. label    each figure as a row: value as written, subject, place, period, status,
 *               whether an editor checked it, and the sentence it was quoted from
 *   3. order    `sortTable` by a column either way, `filterTable` by text: both on the
 *               labelled rows, as the reader asks, without building the model again
 */
import { undatedNote } from '../../kit/model/undated.js';
import { STATUSES } from '../../data/core-vocabulary.js';
import type { Dataset, Observation, Source, Status } from '../../data/types.js';
import { indexDataset } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, nameIn } from '../../kit/model/figure.js';
import { rawSaysAll } from '../../kit/model/format.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import { reviewNote } from '../../kit/model/review.js';
import { unknownIdProblem, type Resolved } from '../../kit/element/problem.js';
import { currentIds, periodKey, sourcesOf, unknownId } from '../../kit/model/select.js';
import { noData, splitShown, type Shown } from '../../kit/model/show.js';
import { COLLATOR } from '../../kit/model/sort.js';
import { tableMessages } from './messages.js';

/** The table's columns, in order. */
export const Column = {
  place: 'place',
  subject: 'subject',
  value: 'value',
  period: 'period',
  status: 'status',
  checked: 'checked',
  quote: 'quote',
} as const;
export type Column = (typeof Column)[keyof typeof Column];
export const COLUMNS = Object.values(Column);
/** Columns a reader may sort by: every one but the sentence. */
export const SORTABLE: readonly Column[] = COLUMNS.filter((c) => c !== 'quote');

export type Direction = 'ascending' | 'descending';

export interface TableQuery {
  region?: string | undefined;
  indicator?: string | undefined;
  source?: string | undefined;
  heading?: string | undefined;
  lang: Lang;
  shown: Shown;
}

export interface TableRow {
  observation: Observation;
  /** Each column's text, as the cell shows it (the quote whole). */
  cells: Record<Column, string>;
  value: number;
  /** Sorts periods in time (select.ts). */
  periodKey: string;
  status: Status;
  /** 计划 / 在建 / 存疑 …: '' for a sure result (whose status cell says 结果, untagged). */
  tag: string;
  quoteSpan: [number, number];
  /** The row's accessible name: place, value, period. */
  ariaLabel: string;
  /** Every cell, lower case: what the filter searches. */
  haystack: string;
}

export interface TableModel {
  lang: Lang;
  heading: string;
  /** In dataset order: for one article, the order of its text. */
  rows: TableRow[];
  headers: Record<Column, string>;
  sources: Source[];
  notes: string[];
}

export function buildTableModel(dataset: Dataset, query: TableQuery): Resolved<TableModel> {
  const { region, source, lang } = query;
  if (!region && !query.indicator && !source) return { ok: false, problem: { kind: 'table-needs-selection' } };
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const { indicator } = currentIds(index, query);
  const problem =
    (region ? unknownId(index, 'regions', [region]) : undefined) ??
    (indicator ? unknownId(index, 'indicators', [indicator]) : undefined) ??
    (source && !index.sources.has(source)
      ? unknownIdProblem('unknown-source', source, () => [...index.sources.values()].map((s) => ({ id: s.id, name: { zh: s.title, en: s.title } })))
      : undefined);
  if (problem) return { ok: false, problem };

  // 1. select: start from the narrowest index there is.
  const pool = indicator ? index.byIndicator.get(indicator) : region ? index.byRegion.get(region) : dataset.observations;
  const matching = (pool ?? []).filter((o) => (!region || o.region === region) && (!indicator || o.indicator === indicator) && (!source || o.source === source));
  const { shown, hidden } = splitShown(matching, query.shown);
  const m = messages(lang);
  const tm = tableMessages(lang);
  const name = nameIn(lang);
  const selection = [region, indicator, source].filter(Boolean).join(' · ');
  if (!shown.length) return noData(selection, hidden, index);

  // 2. label: each figure on its own (one row, one figure), in its own unit.
  const heading =
    query.heading ||
    (source && !region && !indicator
      ? tm.sourceHeading(cut(index.sources.get(source)!.title || m.unnamedSource))
      : [region && name(index.regions.get(region)!.name), indicator && indicatorName(index, indicator, lang)].filter(Boolean).join(lang === 'zh' ? '：' : ': '));
  // One column, one number format (in English: 12,130 beside 88,442, never 12.13K); Chinese
  // shows the article's own words.
  const format = { ...figureFormat(shown.map((o) => [o]), lang), showUnit: true };
  const rows = shown.map((o): TableRow => {
    const place = name(index.regions.get(o.region)?.name ?? { zh: o.region, en: o.region });
    // The article's subject in Chinese; in English the indicator's name (the sentence keeps the article's words).
    const subject = lang === 'zh' ? cut(o.subject) : indicatorName(index, o.indicator, lang);
    // A row's name says what is counted, as its cells do: 石家庄市，居民人均可支配收入：16993元，2022年1–6月.
    const figure = buildFigure(index, [o], tm.rowTitle(place, subject), format);
    const cells: Record<Column, string> = {
      place,
      subject,
      // As the article wrote it when its words say the unit (not a table's bare 95.2 under 满意度（%）); in English, as the charts say it.
      value: lang === 'zh' && rawSaysAll(o) ? cut(o.raw) : figure.valueLabel,
      period: figure.period,
      // Every row says its status, a result too, so the column reads, sorts and filters whole.
      status: figure.status === 'result' ? [tm.result, figure.tag].filter(Boolean).join(' · ') : figure.tag,
      checked: reviewNote(o, lang),
      quote: o.quote,
    };
    return {
      observation: o,
      cells,
      value: o.value,
      periodKey: periodKey(o.period),
      status: figure.status,
      tag: figure.tag,
      quoteSpan: o.quoteSpan,
      ariaLabel: figure.ariaLabel,
      haystack: Object.values(cells).join('\u0000').toLowerCase(),
    };
  });
  return {
    ok: true,
    model: { lang, heading, rows, headers: tm.columns, sources: sourcesOf(index, shown, lang), notes: [m.hiddenNote(hidden, true), undatedNote(index, shown, lang)].filter(Boolean) },
  };
}

/** The rows whose text contains `text` (any case), or all of them for none. */
export function filterTable(rows: readonly TableRow[], text: string): readonly TableRow[] {
  const needle = text.trim().toLowerCase();
  return needle ? rows.filter((r) => r.haystack.includes(needle)) : rows;
}

/** Status order, as every chart keeps it (result, plan, target, ongoing), a sure figure before an uncertain one of its status. */
const statusRank = (r: TableRow) => 2 * STATUSES.indexOf(r.status) + (r.observation.flags?.length ? 1 : 0);

/**
 * A sorted copy: values by number, periods in time, statuses in their order (the same in
 * either language), other columns as the language collates them; ties keep their order.
 */
export function sortTable(rows: readonly TableRow[], column: Column | undefined, direction: Direction, lang: Lang): readonly TableRow[] {
  if (!column) return rows;
  const compare =
    column === 'value'
      ? (a: TableRow, b: TableRow) => a.value - b.value
      : column === 'period'
        ? (a: TableRow, b: TableRow) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : 0)
        : column === 'status'
          ? (a: TableRow, b: TableRow) => statusRank(a) - statusRank(b)
          : (a: TableRow, b: TableRow) => COLLATOR(lang).compare(a.cells[column], b.cells[column]);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows.slice().sort((a, b) => sign * compare(a, b));
}
