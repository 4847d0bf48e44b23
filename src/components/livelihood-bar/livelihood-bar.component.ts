import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Dataset } from '../../data/types.js';
import { BAR_METRICS, layoutBars, rowAt, type BarLayout } from '../../chart/bar-layout.js';
import { bands } from '../../chart/bands.js';
import { bandMarks, FADE_ID, setTabStop } from '../../chart/bar-marks.js';
import { buildBarModel, type BarModel } from '../../chart/bar-model.js';
import { ContainerWidthController } from '../../chart/container-width.js';
import { renderDataTable } from '../../chart/data-table.js';
import { DatasetController } from '../../chart/dataset-controller.js';
import { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../chart/events.js';
import { renderNote, renderPending, renderProblem, renderSourceLine } from '../../chart/frame.js';
import { formatDate } from '../../chart/format.js';
import { toLang } from '../../chart/lang.js';
import { memoize } from '../../chart/memo.js';
import { messages } from '../../chart/messages.js';
import { toProblem, type ChartProblem } from '../../chart/problem.js';
import { markIndex, RovingFocusController } from '../../chart/roving-focus.js';
import { parseIdList } from '../../chart/select.js';
import { toSort, type Sort } from '../../chart/sort.js';
import { renderTooltip } from '../../chart/tooltip.js';
import styles from './livelihood-bar.styles.js';

type View =
  | { status: 'pending' }
  | { status: 'problem'; problem: ChartProblem }
  | { status: 'chart'; model: BarModel; layout: BarLayout };

/** The tooltip's id; marks refer to it as a literal (`aria-describedby="tooltip"`). */
const TOOLTIP_ID = 'tooltip';
/** Rows the loading placeholder holds room for when nothing says how many. */
const PLACEHOLDER_ROWS = 5;

/**
 * Horizontal bars of figures from Chinese city livelihood (民生) reports: one indicator
 * across places, or one place's indicators. Every bar keeps its provenance: hover,
 * focus or tap shows the sentence the figure was quoted from.
 *
 * @summary Bar chart of livelihood figures, embeddable with one tag.
 *
 * @attr indicator - Indicator id: that indicator across every place reporting it (or those in `regions`).
 * @attr regions - Comma-separated region ids to show for `indicator`; listed places that did not report it show "not reported".
 * @attr region - Region id: that place's figures (with `category`, `indicators` or `unit`).
 * @attr indicators - Comma-separated indicator ids for `region`.
 * @attr category - Category id for `region`: the place's indicators in that category.
 * @attr unit - Only the place's figures in this unit (e.g. `个`), for `region`.
 * @attr sort - `value` (highest first, default), `name` or `none` (as listed, else dataset order).
 * @attr limit - Show at most this many bars.
 * @attr heading - Chart title; defaults to the indicator's (or place's) name.
 * @attr lang - `zh` (default) or `en`: labels, units, numbers and messages.
 * @attr theme - `light` or `dark`; follows `prefers-color-scheme` when absent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 *
 * @event livelihood-select - A bar was chosen (click, tap, Enter or Space). `detail` is its observation.
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart subtitle - The period every bar shares, under the title.
 * @csspart chart - The drawing area (also the loading placeholder).
 * @csspart bar - A bar's rectangle; the keyboard focus target (transparent for a place that did not report).
 * @csspart label - The label of a bar.
 * @csspart value - The value label after a bar.
 * @csspart period - A bar's period, when periods differ.
 * @csspart tooltip - The tooltip.
 * @csspart highlight - The figure marked in the tooltip's quote.
 * @csspart note - A caveat under the chart (units differ).
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 * @csspart table - The visually hidden data table.
 *
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text.
 * @cssprop --livelihood-muted-color - Secondary text (periods, source, notes).
 * @cssprop --livelihood-background - Background (white; dark in dark mode).
 * @cssprop --livelihood-padding - Space inside the background (0; 12px in dark mode).
 * @cssprop --livelihood-bar-color - Bars.
 * @cssprop --livelihood-bar-active-color - The hovered or focused bar.
 * @cssprop --livelihood-rule-color - The zero line.
 * @cssprop --livelihood-focus-color - Keyboard focus ring.
 * @cssprop --livelihood-tooltip-background - Tooltip background.
 * @cssprop --livelihood-tooltip-color - Tooltip text.
 * @cssprop --livelihood-tooltip-muted-color - Tooltip secondary text.
 * @cssprop --livelihood-mark-background - Highlight of the figure in the quote.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 * @cssprop --livelihood-series-1 - Series colours 1–8 (Okabe–Ito), for multi-series charts.
 */
export class LivelihoodBar extends LitElement {
  static override styles = styles;

  private readonly data = new DatasetController(this, () => ({ src: this.src, dataset: this.datasetValue }));
  private readonly width = new ContainerWidthController(this);
  private readonly roving = new RovingFocusController(this);
  private readonly model = memoize(
    (dataset: Dataset, indicator?: string, regions?: string, region?: string, indicators?: string,
      category?: string, unit?: string, sort?: string, limit?: number, heading?: string, lang?: string) =>
      buildBarModel(dataset, {
        indicator, regions: parseIdList(regions), region, indicators: parseIdList(indicators),
        category, unit, sort: toSort(sort), limit, heading, lang: toLang(lang),
      }),
  );
  private readonly layout = memoize((model: BarModel, width: number) =>
    layoutBars(
      model.rows.map((r) => ({
        label: r.label,
        value: r.value,
        valueText: r.valueLabel,
        periodText: model.showPeriods ? r.period : '',
        openEnd: r.qualifier === 'over' || r.qualifier === 'at_least',
      })),
      width,
    ),
  );
  /** The marks, built once per model and layout, band by band. */
  private readonly bands = memoize((model: BarModel, layout: BarLayout) =>
    bands(model.rows.length, layout.rowHeight, BAR_METRICS.padding).map((band) => ({
      band,
      marks: bandMarks(model.rows, layout, band, model.showPeriods),
    })),
  );
  /** What the last render drew; handlers act on it. */
  private view: View = { status: 'pending' };
  private reportedProblem?: ChartProblem;
  private thrown?: { error: unknown; problem: ChartProblem };
  private hovered?: number;
  private focused?: number;
  private datasetValue?: Dataset;

  /** The mark whose tooltip is shown. */
  @state() private tip?: number;

  /** Indicator id to show across places. */
  @property() indicator?: string;
  /** Comma-separated region ids to show for `indicator`. */
  @property() regions?: string;
  /** Region id whose figures to show. */
  @property() region?: string;
  /** Comma-separated indicator ids to show for `region`. */
  @property() indicators?: string;
  /** Category id of the indicators to show for `region`. */
  @property() category?: string;
  /** Only figures in this unit, for `region`. */
  @property() unit?: string;
  /** Bar order: `value` (highest first), `name` or `none`. */
  @property() sort: Sort = 'value';
  /** At most this many bars. */
  @property({ type: Number }) limit?: number;
  /** Chart title; defaults to the indicator's or place's name. */
  @property() heading?: string;
  /** Language of labels, numbers and messages: `zh` or `en`. */
  @property({ reflect: true }) override lang: string = 'zh';
  /** `light` or `dark`; absent follows the reader's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** URL of a dataset JSON to fetch instead of the embedded one. */
  @property() src?: string;
  /**
   * A dataset object set from script; validated, and wins over `src`. It shadows
   * HTMLElement#dataset: reading it gives the object set, or the data-* map when unset.
   */
  @property({ attribute: false })
  override set dataset(value: Dataset | undefined) {
    this.datasetValue = value;
  }
  override get dataset(): DOMStringMap {
    if (this.datasetValue) return this.datasetValue as unknown as DOMStringMap;
    // Looked up here, not at module load: Node (SSR, build tools) has no HTMLElement.
    return Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!.get!.call(this);
  }

  /** Resolves once the data has loaded and the chart (or its error) is rendered. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.data.settled(() => super.getUpdateComplete());
  }

  protected override updated(): void {
    if (this.view.status === 'chart') setTabStop(this.renderRoot, this.roving.tabStop(this.view.model.rows.length));
    const problem = this.view.status === 'problem' ? this.view.problem : undefined;
    if (problem === this.reportedProblem) return;
    this.reportedProblem = problem;
    if (!problem) return;
    // Built apart from dispatchEvent: the manifest analyzer would take `problem` for an event name.
    const event = new LivelihoodErrorEvent(problem, messages(toLang(this.lang)).problem(problem));
    this.dispatchEvent(event);
  }

  private resolveView(): View {
    const problem = this.data.problem;
    if (problem) return { status: 'problem', problem };
    const dataset = this.data.value;
    const width = this.width.value;
    // No width yet, or none at all (inside a display:none parent): draw once there is one.
    if (!dataset || !width) return { status: 'pending' };
    try {
      const resolved = this.model(
        dataset, this.indicator, this.regions, this.region, this.indicators,
        this.category, this.unit, this.sort, this.limit, this.heading, this.lang,
      );
      if (!resolved.ok) return { status: 'problem', problem: resolved.problem };
      return { status: 'chart', model: resolved.model, layout: this.layout(resolved.model, width) };
    } catch (error) {
      // A bug must not break the host page either: it becomes an inline message too.
      return { status: 'problem', problem: this.unexpected(error) };
    }
  }

  /** One problem object per thrown error, so the error event fires once for it. */
  private unexpected(error: unknown): ChartProblem {
    if (this.thrown && this.thrown.error === error) return this.thrown.problem;
    this.thrown = { error, problem: toProblem(error) };
    return this.thrown.problem;
  }

  /** Height of the loading placeholder: as many rows as the attributes suggest. */
  private placeholderHeight(): number {
    const listed = parseIdList(this.regions ?? this.indicators).length;
    const rows = this.limit && this.limit > 0 ? this.limit : listed || PLACEHOLDER_ROWS;
    const wide = (this.width.value ?? 0) >= BAR_METRICS.wideFrom;
    return BAR_METRICS.padding * 2 + rows * (wide ? BAR_METRICS.wide.row : BAR_METRICS.narrow.row);
  }

  private select(index: number | undefined): void {
    if (this.view.status !== 'chart' || index === undefined) return;
    const observation = this.view.model.rows[index]?.observation;
    if (!observation) return;
    const event = new LivelihoodSelectEvent(observation);
    this.dispatchEvent(event);
  }

  /** The row under a pointer, found by height: the whole row answers, gaps included. */
  private pointedRow(event: MouseEvent): number | undefined {
    if (this.view.status !== 'chart') return undefined;
    const top = (event.currentTarget as Element).getBoundingClientRect().top;
    return rowAt(this.view.layout, event.clientY - top);
  }

  private handleClick(event: MouseEvent): void {
    const index = markIndex(event) ?? this.pointedRow(event);
    if (index === undefined) return;
    this.tip = index;
    this.select(index);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.view.status !== 'chart') return;
    if (this.roving.handleKeydown(event, this.view.model.rows.length)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(markIndex(event));
    } else if (event.key === 'Escape') {
      this.tip = undefined;
    }
  }

  private handleFocusIn(event: FocusEvent): void {
    const index = markIndex(event);
    if (index === undefined) return;
    this.roving.setActive(index);
    this.focused = this.tip = index;
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Element && next.closest('[data-mark]')) return;
    this.focused = undefined;
    this.tip = this.hovered;
  }

  private handlePointerMove(event: PointerEvent): void {
    const index = this.pointedRow(event);
    if (index === this.hovered) return;
    this.hovered = index;
    this.tip = index ?? this.focused;
  }

  private handlePointerLeave(): void {
    this.hovered = undefined;
    this.tip = this.focused;
  }

  override render(): TemplateResult {
    this.view = this.resolveView();
    const lang = toLang(this.lang);
    const view = this.view;
    return html`<figure part="figure" lang=${lang} aria-busy=${view.status === 'pending' ? 'true' : 'false'}>
      ${view.status === 'chart'
        ? this.renderChart(view.model, view.layout)
        : html`<figcaption><span part="heading" class="heading">${this.heading || '\u00a0'}</span></figcaption>
            ${view.status === 'problem'
              ? renderProblem(view.problem, lang)
              : html`${renderPending(this.placeholderHeight(), lang)}<p class="source">\u00a0</p>`}`}
    </figure>`;
  }

  private renderChart(model: BarModel, layout: BarLayout): TemplateResult {
    const { width, height } = layout;
    return html`<figcaption>
        <span part="heading" class="heading">${model.heading}</span>
        ${model.commonPeriod ? html`<span part="subtitle" class="subtitle">${model.commonPeriod}</span>` : nothing}
      </figcaption>
      <div
        part="chart"
        class=${layout.wide ? 'chart wide' : 'chart narrow'}
        style="height:${height}px"
        role="graphics-document"
        aria-label=${model.summary}
        tabindex="-1"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
        @pointermove=${this.handlePointerMove}
        @pointerleave=${this.handlePointerLeave}
      >
        <svg class="defs" aria-hidden="true" width="0" height="0">
          <linearGradient id=${FADE_ID}>
            <stop class="fade-from" offset="0"></stop>
            <stop class="fade-to" offset="1"></stop>
          </linearGradient>
        </svg>
        ${this.bands(model, layout).map(
          ({ band, marks }) => html`<div class="band" style="height:${band.height}px"><svg
            width=${width}
            height=${band.height}
            viewBox="0 ${band.top} ${width} ${band.height}"
            role="presentation"
          >${layout.wide
            ? svg`<line class="zero" x1=${layout.zeroX} x2=${layout.zeroX} y1=${band.top} y2=${band.top + band.height}></line>`
            : nothing}${marks}</svg></div>`,
        )}
        ${this.renderTip(model, layout)}
      </div>
      ${renderNote(model.note)}
      ${renderSourceLine(model.sources, model.lang)}
      ${guard([model], () => renderDataTable(model.heading, model.table.headers, model.table.rows))}`;
  }

  private renderTip(model: BarModel, layout: BarLayout): TemplateResult {
    const row = this.tip === undefined ? undefined : model.rows[this.tip];
    const g = this.tip === undefined ? undefined : layout.rows[this.tip];
    const o = row?.observation;
    const m = messages(model.lang);
    const content =
      row && o
        ? {
            title: row.label,
            value: row.valueLabel,
            period: row.period,
            quote: o.quote,
            quoteSpan: o.quoteSpan,
            raw: o.raw,
            othersLabel: m.otherPeriods,
            others: row.others,
            source: row.source
              ? m.sourceItem(
                  row.source.publisher || row.source.title || m.unnamedSource,
                  row.source.published ? formatDate(row.source.published, model.lang) : null,
                )
              : '',
          }
        : undefined;
    const anchor = g ? { x: g.endX, top: g.barY, bottom: g.barY + g.barHeight } : { x: 0, top: 0, bottom: 0 };
    return renderTooltip(TOOLTIP_ID, content, anchor, layout);
  }
}
