import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { BAR_METRICS, rowAt, type BarLayout } from './layout.js';
import { bands } from '../../kit/marks/bands.js';
import { bandMarks, FADE_ID } from './marks.js';
import { buildBarModel, type BarModel } from './model.js';
import { layoutBarModel } from './size.js';
import { ChartElement, type TipBuilder } from '../../kit/element/chart-element.js';
import { cssProps } from '../../kit/element/css-props.js';
import type { ChartPoint } from '../../kit/element/mark-interaction.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import { laidOut, type Resolved } from '../../kit/element/problem.js';
import { listedCount, parseIdList } from '../../kit/model/select.js';
import type { Shown } from '../../kit/model/show.js';
import { toSort, type Sort } from '../../kit/model/sort.js';
import { TABLE_INDICATOR } from '../../kit/model/table-indicator.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';

interface BarChart {
  model: BarModel;
  layout: BarLayout;
}

/** Rows the loading placeholder holds room for when nothing says how many. */
const PLACEHOLDER_ROWS = 5;

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));
const OPEN_BANDS = onDemand(() => import('../../kit/marks/open-bands.js').then((m) => m.openBands));

/**
 * Horizontal bars of figures from Chinese city livelihood (民生) reports: one indicator
 * across places, or one place's indicators. Every bar keeps its provenance: hover,
 * focus or tap shows the sentence the figure was quoted from.
 *
 * @summary Bar chart of livelihood figures, embeddable with one tag.
 *
 * @attr indicator - Indicator id: that indicator across every place reporting it (or those in `regions`). An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr regions - Comma-separated region ids to show for `indicator`; listed places that did not report it show "not reported"; those whose figures are hidden say so: "not shown (uncertain)".
 * @attr region - Region id: that place's figures (with `category`, `indicators` or `unit`).
 * @attr indicators - Comma-separated indicator ids for `region`. An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr category - Category id for `region`: the place's indicators in that category.
 * @attr family - Indicator family for `region` (`elderly_care_facilities`, `jobs`, `school_places` …): figures
 *   that count one kind of thing. Without `indicators`, a place's chart draws one family only and names
 *   the families when there are several; figures named only in the article's words are counted in a note.
 * @attr unit - Only the place's figures in this unit (e.g. `个`), for `region`.
 * @attr sort - `value` (highest first, default), `name` or `none` (as listed, else dataset order).
 * @attr limit - Show at most this many bars.
 * @attr heading - Chart title; defaults to the indicator's (or place's) name.
 * @attr lang - `zh` or `en`; without it, the language of the closest ancestor with a `lang` attribute (the page's), else `zh`: labels, units, numbers and messages.
 * @attr theme - `light` or `dark` to force one; `auto` follows the reader's system (`prefers-color-scheme`) and paints its own panel, as `filled` does. Absent: the page's `color-scheme`, as inherited — light on a page that declares none, the reader's preference on one that declares `light dark`.
 * @attr filled - Paint the theme's background (white, or a dark panel) with 12px of padding; without it the chart is transparent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 * @attr statuses - Which figures to draw besides results: a list of `result`, `plan`, `target`, `ongoing`, or `all`. Default: results only — a plan, target or work under way is never drawn as done. Others are drawn hollow (plan, target) or half filled (ongoing), in a row of their own, tagged 计划 / 目标 / 在建 in the label, accessible name, table and tooltip.
 * @attr checked-only - Only figures an editor checked (`checked: true` from a corrections file); the others are counted in a note. Tooltips say whether an editor checked a figure, and what they corrected, once any figure of the dataset was reviewed.
 * @attr show-uncertain - Also draw figures the pipeline flagged as uncertain (unclear subject, inferred place, unstated period): dotted, tagged 存疑. Figures left out are counted in a note under the chart.
 *
 * @prop {Dataset} dataset - A dataset object set from script; wins over `src`. Copied and validated each time it is set: set it again after changing the object.
 * @prop {Dataset} data - The same, safe to set before the element is defined.
 *
 * @event livelihood-select - A bar was chosen (click, tap, Enter or Space). `detail` is its observation.
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`; `too-many-marks` past MAX_MARKS (10,000) marks.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart subtitle - The period every bar shares, under the title.
 * @csspart chart - The drawing area (also the loading placeholder).
 * @csspart bar - A bar's rectangle; the keyboard focus target (transparent for a place that did not report).
 * @csspart label - The label of a bar.
 * @csspart value - The value label after a bar.
 * @csspart status - The tag of a figure that is not a sure result (计划, 目标, 在建, 存疑).
 * @csspart period - A bar's period, when periods differ.
 * @csspart tooltip - The tooltip.
 * @csspart highlight - The figure marked in the tooltip's quote.
 * @csspart note - A caveat under the chart (units differ).
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 * @csspart table - The visually hidden data table, described by the notes (`aria-describedby`): each note is said once.
 *
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text.
 * @cssprop --livelihood-muted-color - Secondary text (periods, source, notes).
 * @cssprop --livelihood-background - Background: none (the page shows through); with `filled` white, or dark when the chart is dark.
 * @cssprop --livelihood-padding - Space inside the background (0; 12px with `filled`).
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
 */
export class LivelihoodBar extends ChartElement<BarChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    indicator: {},
    regions: {},
    region: {},
    indicators: {},
    category: {},
    family: {},
    unit: {},
    sort: {},
    limit: { type: Number },
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, indicator?: string, regions?: string, region?: string, indicators?: string,
      category?: string, family?: string, unit?: string, sort?: string, limit?: number, heading?: string): Resolved<BarModel> =>
      buildBarModel(dataset, {
        indicator, regions: parseIdList(regions), region, indicators: parseIdList(indicators),
        category, family, unit, sort: toSort(sort), limit, heading, lang, shown,
      }),
  );
  readonly #layout = memoize(layoutBarModel);
  /** The marks, built once per model and layout, band by band. */
  readonly #bands = memoize((model: BarModel, layout: BarLayout) =>
    bands(model.rows.length, layout.rowHeight, BAR_METRICS.padding).map((band) => ({
      band,
      marks: bandMarks(model.rows, layout, band, model.showPeriods),
    })),
  );
  /** The bands last drawn, and those opened (bands.ts). */
  #drawn?: unknown[];
  #opened?: unknown[];

  /** Indicator id to show across places. */
  indicator?: string;
  /** Comma-separated region ids to show for `indicator`. */
  regions?: string;
  /** Region id whose figures to show. */
  region?: string;
  /** Comma-separated indicator ids to show for `region`. */
  indicators?: string;
  /** Category id of the indicators to show for `region`. */
  category?: string;
  /** Indicator family to show for `region` (`elderly_care_facilities`): figures that count one kind of thing. */
  family?: string;
  /** Only figures in this unit, for `region`. */
  unit?: string;
  /** Bar order: `value` (highest first), `name` or `none`. */
  sort: Sort = 'value';
  /** At most this many bars. */
  limit?: number;

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<BarChart> {
    const resolved = this.#model(
      // A table's figures need no selection: they are one indicator.
      dataset, shown, lang, this.indicator ?? (this.table.data !== undefined && !this.region ? TABLE_INDICATOR : undefined), this.regions, this.region, this.indicators,
      this.category, this.family, this.unit, this.sort, this.limit, this.heading,
    );
    return laidOut(resolved, this.#layout, width);
  }

  /** As many rows as the attributes suggest. */
  protected override placeholderHeight(width: number | undefined): number {
    const rows = listedCount(this.regions ?? this.indicators, this.limit, PLACEHOLDER_ROWS);
    const wide = (width ?? 0) >= BAR_METRICS.wideFrom;
    return BAR_METRICS.padding * 2 + rows * (wide ? BAR_METRICS.wide.row : BAR_METRICS.narrow.row);
  }

  protected override marksOf({ model }: BarChart): BarModel['rows'] {
    return model.rows;
  }

  /** A whole row answers, its label and value included. */
  protected override markAt({ layout }: BarChart, { y }: ChartPoint): number | undefined {
    return rowAt(layout, y);
  }

  protected override updated(): void {
    super.updated();
    // New marks: those near the viewport are laid out in this frame, the rest opened when idle.
    if (this.#drawn !== this.#opened) {
      this.#opened = this.#drawn;
      // Only a chart with bands to skip fetches it. Offline, its far bands stay skipped until near.
      if (this.#drawn!.length > 1) OPEN_BANDS.load().then((open) => open(this.renderRoot), () => undefined);
    }
  }

  protected override renderChart({ model, layout }: BarChart): TemplateResult {
    const { width } = layout;
    const drawn = (this.#drawn = this.#bands(model, layout));
    return this.renderFrame(
      model,
      layout,
      layout.wide ? 'chart wide' : 'chart narrow',
      html`<svg class="defs" aria-hidden="true" width="0" height="0">
            <linearGradient id=${FADE_ID}>
              <stop class="fade-from" offset="0"></stop>
              <stop class="fade-to" offset="1"></stop>
            </linearGradient>
          </svg>
          ${drawn.map(
            ({ band, marks }) => html`<div class="band" .style=${cssProps({ height: `${band.height}px` })}><svg
              width=${width}
              height=${band.height}
              viewBox="0 ${band.top} ${width} ${band.height}"
              role="presentation"
            >${layout.wide
              ? svg`<line class="zero" x1=${layout.zeroX} x2=${layout.zeroX} y1=${band.top} y2=${band.top + band.height}></line>`
              : nothing}${marks}</svg></div>`,
          )}`,
      this.#tip(model, layout),
    );
  }

  #tip(model: BarModel, layout: BarLayout): TipBuilder {
    return (kit, index) => {
      const row = model.rows[index];
      const g = layout.rows[index];
      return row && g && [kit.figureTip({ ...row, title: row.label }, model.lang), { x: g.endX, top: g.barY, bottom: g.barY + g.barHeight }];
    };
  }
}
