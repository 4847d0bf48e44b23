/**
 * How tall a table is when it first draws (unfiltered, unsorted, its first page), from
 * its attributes, the dataset and its width, without the DOM: what an embed snippet
 * reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { framedHeight } from '../../kit/marks/frame-size.js';
import { toLang } from '../../kit/model/lang.js';
import { toShown } from '../../kit/model/show.js';
import { layoutTable, type TableLayout } from './layout.js';
import { tableMessages } from './messages.js';
import { buildTableModel, COLUMNS, SORTABLE, type TableModel, type TableRow } from './model.js';

/** Rows a page lists when `limit` says nothing. */
const DEFAULT_LIMIT = 50;

/** A `limit` attribute as rows per page. */
export const pageSize = (limit: number | undefined): number =>
  limit && limit > 0 && Number.isFinite(limit) ? Math.floor(limit) : DEFAULT_LIMIT;

/** The table of `model` listing `rows` of the `matching` ones, laid out at `width` (the element draws this). */
export function layoutTableModel(model: TableModel, matching: readonly TableRow[], rows: readonly TableRow[], width: number): TableLayout {
  const tm = tableMessages(model.lang);
  return layoutTable(
    {
      columns: COLUMNS, headers: model.headers, sortable: SORTABLE, rows, filterLabel: tm.filterLabel,
      count: tm.matching(matching.length, model.rows.length), more: rows.length < matching.length,
    },
    width,
  );
}

/** Height, px, of `<livelihood-table>` with these attributes at a width; undefined when it would show an error. */
export function tableChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildTableModel(dataset, { region: a.region, indicator: a.indicator, source: a.source, heading: a.heading, lang: toLang(a.lang), shown });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const first = model.rows.slice(0, pageSize(a.limit === undefined ? undefined : Number(a.limit)));
  const text = { heading: model.heading, subtitle: '', notes: model.notes, sources: model.sources, lang: model.lang };
  return framedHeight(text, (width) => layoutTableModel(model, model.rows, first, width).height);
}
