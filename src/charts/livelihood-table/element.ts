import { cssProps } from '../../kit/element/css-props.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { ChartElement } from '../../kit/element/chart-element.js';
import type { Resolved } from '../../kit/element/problem.js';
import { renderCaption, renderFooter } from '../../kit/marks/frame.js';
import { langRuns } from '../../kit/marks/lang-runs.js';
import { splitQuote, zhLang } from '../../kit/marks/quote.js';
import { figureClasses } from '../../kit/model/figure.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import type { Shown } from '../../kit/model/show.js';
import type { TableLayout } from './layout.js';
import { tableMessages } from './messages.js';
import { layoutTableModel, pageSize } from './size.js';
import { buildTableModel, COLUMNS, filterTable, SORTABLE, sortTable, type Column, type Direction, type TableModel, type TableRow } from './model.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';

interface TableChart {
  model: TableModel;
  /** The rows matching the filter, in the order asked for. */
  matching: readonly TableRow[];
  /** Those listed: the first pages of them. */
  rows: readonly TableRow[];
  layout: TableLayout;
}

const ROW_HEIGHT = 36;

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));

/**
 * The figures of a place, an indicator or a whole article from Chinese city
 * livelihood (民生) reports, as a table an editor can sort, filter and review: the value
 * as the article wrote it, what it counts, where, when, its status, whether an editor
 * checked it, and the sentence it was quoted from with the figure marked. Every number
 * traces back to its sentence.
 *
 * @summary Sortable, filterable table of livelihood figures, embeddable with one tag.
 *
 * @attr region - Region id: that place's figures.
 * @attr indicator - Indicator id: that indicator's figures (with `region`: that place's only). An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr source - Source id: the figures of one article, in the order of its text.
 * @attr limit - Rows listed at first, and added by "show more" (50).
 * @attr heading - Title (also the table's caption); defaults to the place's, indicator's or article's name.
 * @attr lang - `zh` or `en`; without it, the language of the closest ancestor with a `lang` attribute (the page's), else `zh`: column names, values, periods and messages.
 * @attr theme - `light` or `dark` to force one; `auto` follows the reader's system (`prefers-color-scheme`) and paints its own panel, as `filled` does. Absent: the page's `color-scheme`, as inherited — light on a page that declares none, the reader's preference on one that declares `light dark`.
 * @attr filled - Paint the theme's background (white, or a dark panel) with 12px of padding; without it the chart is transparent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 * @attr statuses - Which figures to list besides results: a list of `result`, `plan`, `target`, `ongoing`, or `all`. Default: results only. The status column names every row's status: 结果 / result as plain text, the others tagged 计划 / 目标 / 在建 (and 存疑); it sorts in that order (result, plan, target, ongoing) in either language, and the filter finds them by name.
 * @attr checked-only - Only figures an editor checked; the others are counted in a note.
 * @attr show-uncertain - Also list figures the pipeline flagged as uncertain, tagged 存疑. Figures left out are counted in a note.
 *
 * @prop {Dataset} dataset - A dataset object set from script; wins over `src`. Copied and validated each time it is set.
 * @prop {Dataset} data - The same, safe to set before the element is defined.
 *
 * @event livelihood-select - A row was chosen (click, tap, Enter or Space). `detail` is its observation.
 * @event livelihood-error - The table shows an inline error instead. `detail` is `{ kind, message, … }`: besides the shared kinds, `table-needs-selection` and `unknown-source`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart filter - The filter's text box (labelled 筛选 / Filter).
 * @csspart count - How many figures match the filter.
 * @csspart chart - The box around the table (also the loading placeholder).
 * @csspart table - The `<table>`.
 * @csspart sort - A column header's sort button (`aria-sort` on its header cell).
 * @csspart row - A figure's row: the keyboard focus target (Up and Down move between rows, Home and End to the ends).
 * @csspart status - The tag of a figure that is not a sure result (计划, 目标, 在建, 存疑; an uncertain result's reads 结果 · 存疑); a sure result's status is plain text.
 * @csspart quote - The sentence a figure was quoted from.
 * @csspart highlight - The figure marked in its sentence.
 * @csspart more - The button that lists more rows.
 * @csspart note - A caveat under the table (figures not listed); the notes describe the table (`aria-describedby`), for a reader who reaches it by table commands.
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 *
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text.
 * @cssprop --livelihood-muted-color - Secondary text (status, periods, source, notes).
 * @cssprop --livelihood-background - Background: none (the page shows through); with `filled` white, or dark when the chart is dark.
 * @cssprop --livelihood-padding - Space inside the background (0; 12px with `filled`).
 * @cssprop --livelihood-rule-color - Row rules.
 * @cssprop --livelihood-focus-color - Keyboard focus ring.
 * @cssprop --livelihood-mark-background - Highlight of the figure in its sentence.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 */
export class LivelihoodTable extends ChartElement<TableChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    region: {},
    indicator: {},
    source: {},
    limit: { type: Number },
    sortColumn: { state: true },
    sortDirection: { state: true },
    filter: { state: true },
    pages: { state: true },
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, region?: string, indicator?: string, source?: string, heading?: string): Resolved<TableModel> =>
      buildTableModel(dataset, { region, indicator, source, heading, lang, shown }),
  );
  readonly #listed = memoize((matching: readonly TableRow[], count: number) => matching.slice(0, count));
  readonly #layout = memoize(layoutTableModel);
  readonly #matching = memoize((model: TableModel, filter: string, column: Column | undefined, direction: Direction) =>
    sortTable(filterTable(model.rows, filter), column, direction, model.lang),
  );

  /** Region id whose figures to list. */
  region?: string;
  /** Indicator id whose figures to list. */
  indicator?: string;
  /** Source id whose figures to list. */
  source?: string;
  /** Rows listed at first, and added by "show more". */
  limit?: number;
  /** The column sorted by; none: dataset order. */
  private sortColumn?: Column;
  private sortDirection: Direction = 'ascending';
  private filter = '';
  /** Pages of `limit` rows listed. */
  private pages = 1;

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<TableChart> {
    const resolved = this.#model(dataset, shown, lang, this.region, this.indicator, this.source, this.heading);
    if (!resolved.ok) return resolved;
    const matching = this.#matching(resolved.model, this.filter, this.sortColumn, this.sortDirection);
    const rows = this.#listed(matching, this.pages * pageSize(this.limit));
    return { ok: true, model: { model: resolved.model, matching, rows, layout: this.#layout(resolved.model, matching, rows, width) } };
  }

  protected override placeholderHeight(): number {
    return (Math.min(pageSize(this.limit), 10) + 1) * ROW_HEIGHT;
  }

  protected override marksOf({ rows }: TableChart): readonly TableRow[] {
    return rows;
  }

  /** Rows answer through their own events (`data-mark`): no point picks one. */
  protected override markAt(): number | undefined {
    return undefined;
  }

  readonly #handleFilter = (event: InputEvent): void => {
    this.filter = (event.target as HTMLInputElement).value;
    this.pages = 1;
  };

  /** A header chosen: sort by its column, or the other way when it is sorted by already. */
  #handleSort(column: Column): void {
    this.sortDirection = this.sortColumn === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
  }

  readonly #handleMore = (): void => {
    this.pages++;
  };

  protected override renderChart({ model, matching, rows, layout }: TableChart): TemplateResult {
    const tm = tableMessages(model.lang);
    const left = matching.length - rows.length;
    const m = this.marks;
    const heading = langRuns(model.heading, model.lang);
    return html`${renderCaption(heading)}
      <div class="controls" .style=${cssProps({ 'min-height': `${layout.controls}px` })}>
        <label>${tm.filterLabel} <input part="filter" type="search" .value=${this.filter} @input=${this.#handleFilter} /></label>
        <span part="count" class="count" role="status">${tm.matching(matching.length, model.rows.length)}</span>
      </div>
      <div part="chart" class="chart">
        <table part="table" class=${layout.stacked ? 'stacked' : ''} aria-describedby=${model.notes.length ? 'notes' : nothing} .style=${cssProps({ '--_label': layout.stacked ? `${layout.label}px` : undefined })}>
          <caption class="visually-hidden">${heading}</caption>
          ${layout.stacked ? nothing : html`<colgroup>${layout.columns.map((w) => html`<col .style=${cssProps({ width: `${(100 * w) / layout.width}%` })} />`)}</colgroup>`}
          <thead><tr .style=${cssProps({ height: `${layout.header}px` })}>${COLUMNS.map((c) => this.#renderHeader(model, c, layout.stacked))}</tr></thead>
          <tbody
            @click=${m.handle}
            @keydown=${m.handle}
            @focusin=${m.handle}
            @focusout=${m.handle}
          >${rows.map((row, i) => this.#renderRow(model, row, i, layout.rows[i]!))}</tbody>
        </table>
        ${this.tooltip()}
      </div>
      ${left > 0 ? html`<button part="more" class="more" @click=${this.#handleMore}>${tm.more(Math.min(left, pageSize(this.limit)), left)}</button>` : nothing}
      ${renderFooter(model)}`;
  }

  /** Stacked, the sentence's header has no button to show: it is there for screen readers only. */
  #renderHeader(model: TableModel, column: Column, stacked: boolean): TemplateResult {
    const label = model.headers[column];
    if (!SORTABLE.includes(column)) return html`<th scope="col" class="${column}${stacked ? ' visually-hidden' : ''}">${label}</th>`;
    const sorted = this.sortColumn === column ? this.sortDirection : undefined;
    return html`<th scope="col" class=${column} aria-sort=${sorted ?? nothing}><button part="sort" class="sort" @click=${() => this.#handleSort(column)}>${label}<span class="arrow" aria-hidden="true">${
      sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''
    }</span></button></th>`;
  }

  /** The place is the row's header; the sentence marks the figure; each cell names its column for the stacked layout. */
  /** Each row is as tall as the layout says (a row's height is its least): the estimate errs tall, so what was reserved is what is drawn. */
  #renderRow(model: TableModel, row: TableRow, index: number, height: number): TemplateResult {
    const { cells } = row;
    const h = model.headers;
    const [before, figure, after] = splitQuote(cells.quote, row.quoteSpan, row.observation.raw);
    return html`<tr part="row" class=${figureClasses({ status: row.status, flags: row.observation.flags ?? [] })} data-mark=${index} tabindex="-1" aria-label=${row.ariaLabel} .style=${cssProps({ height: `${height}px` })}>
      <th scope="row" data-label=${h.place}>${cells.place}</th>
      <td data-label=${h.subject}>${langRuns(cells.subject, model.lang)}</td>
      <td class="value" data-label=${h.value}>${cells.value}</td>
      <td data-label=${h.period} lang=${zhLang(cells.period, model.lang)}>${cells.period}</td>
      <td data-label=${h.status}>${row.tag ? html`<span part="status" class="tag">${cells.status}</span>` : cells.status}</td>
      <td data-label=${h.checked}>${cells.checked}</td>
      <td part="quote" class="quote" data-label=${h.quote} lang=${zhLang(cells.quote, model.lang)}>${before}<mark part="highlight">${figure}</mark>${after}</td>
    </tr>`;
  }
}
