import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { ChartElement, type TipBuilder } from '../../kit/element/chart-element.js';
import type { ChartPoint } from '../../kit/element/mark-interaction.js';
import { laidOut, type Resolved } from '../../kit/element/problem.js';
import { figureClasses } from '../../kit/model/figure.js';
import { abbreviates, formatNumber } from '../../kit/model/format.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import { messages } from '../../kit/model/messages.js';
import { parseIdList } from '../../kit/model/select.js';
import type { Shown } from '../../kit/model/show.js';
import { layoutTrend, pointAt, qualifierMark, TREND_METRICS, trendHeight, type TickFormat, type TrendLayout } from './layout.js';
import { buildTrendModel, type TrendModel, type TrendPoint } from './model.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';

interface TrendChart {
  model: TrendModel;
  layout: TrendLayout;
}

/** The value label: the value, and its status tag when it is not a sure result. */
const valueText = (p: TrendPoint) => (p.tag ? `${p.valueLabel} ${p.tag}` : p.valueLabel);

/** Tick labels in the chart's language, values in one number format. */
function tickFormat(model: TrendModel): TickFormat {
  const m = messages(model.lang);
  const abbreviate = abbreviates(model.points.map((p) => p.value!), model.lang);
  return {
    year: (year) => m.year(String(year)),
    month: (year, month) => m.months(String(year), month, month),
    value: (value) => formatNumber(value, model.lang, abbreviate),
  };
}

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));

/**
 * One indicator over time for one or more places, from Chinese city livelihood (民生)
 * reports: a line (or, with two figures, a slope) per place on a real time axis. A
 * figure is drawn at the end of its period with a line back to its start, so a figure
 * for January to August is never drawn as the whole year. A line joins two figures
 * only when their periods are equally long (a year and eight months are not joined:
 * the gap is no fall) and they are of one status (a result is never joined to work under
 * way or a plan), and a figure of several years beside figures of a year or less
 * is left out with its value in a note; each is said under the chart. One figure is
 * not a trend, and the chart says so; figures with no date are left out and counted. Every point
 * keeps its provenance: hover, focus or tap shows the sentence it was quoted from.
 *
 * @summary Trend of a livelihood indicator over time, embeddable with one tag.
 *
 * @attr indicator - Indicator id: its figures over time (required). An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr regions - Comma-separated region ids, one line each, in this order. Default: every place reporting the indicator, the latest value first.
 * @attr heading - Chart title; defaults to the indicator's name.
 * @attr lang - `zh` or `en`; without it, the language of the closest ancestor with a `lang` attribute (the page's), else `zh`: labels, units, numbers, dates and messages.
 * @attr theme - `light` or `dark` to force one; `auto` follows the reader's system (`prefers-color-scheme`) and paints its own panel, as `filled` does. Absent: the page's `color-scheme`, as inherited — light on a page that declares none, the reader's preference on one that declares `light dark`.
 * @attr filled - Paint the theme's background (white, or a dark panel) with 12px of padding; without it the chart is transparent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 * @attr statuses - Which figures to draw besides results: a list of `result`, `plan`, `target`, `ongoing`, or `all`. Default: results only. Others are drawn hollow, joined by a dashed line only to figures of their own status, and tagged 计划 / 目标 / 在建 in their label, accessible name, table and tooltip.
 * @attr checked-only - Only figures an editor checked; the others are counted in a note.
 * @attr show-uncertain - Also draw figures the pipeline flagged as uncertain: dashed, tagged 存疑. Figures left out are counted in a note.
 *
 * @prop {Dataset} dataset - A dataset object set from script; wins over `src`. Copied and validated each time it is set.
 * @prop {Dataset} data - The same, safe to set before the element is defined.
 *
 * @event livelihood-select - A point was chosen (click, tap, Enter or Space). `detail` is its observation.
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`: besides the shared kinds, `trend-needs-indicator` (no `indicator`) and `trend-undated` (no matching figure has a date).
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart chart - The drawing area (also the loading placeholder).
 * @csspart point - A figure's dot: the keyboard focus target (arrows move between points, series by series, each in time order).
 * @csspart span - The line from a figure's dot back to the start of its period (dashed stub: no start date).
 * @csspart line - The line joining a place's figures (dashed to or from a figure that is not a result).
 * @csspart value - The value label above a dot.
 * @csspart status - The tag of a figure that is not a sure result (计划, 目标, 在建, 存疑).
 * @csspart name - A place's name after its last point.
 * @csspart axis - Tick labels of time and value.
 * @csspart tooltip - The tooltip.
 * @csspart highlight - The figure marked in the tooltip's quote.
 * @csspart note - A caveat under the chart: not a trend, figures left out.
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 * @csspart table - The visually hidden data table, described by the notes (`aria-describedby`): each note is said once.
 *
 * @cssprop --livelihood-series-1 - Colour of palette slot 1 (`--livelihood-series-2` … `-8` the others; Okabe–Ito by default). A place's slot comes from its id, so it is the same in every chart.
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text.
 * @cssprop --livelihood-muted-color - Secondary text (ticks, source, notes).
 * @cssprop --livelihood-background - Background: none (the page shows through); with `filled` white, or dark when the chart is dark.
 * @cssprop --livelihood-padding - Space inside the background (0; 12px with `filled`).
 * @cssprop --livelihood-rule-color - Grid lines.
 * @cssprop --livelihood-focus-color - Keyboard focus ring.
 * @cssprop --livelihood-tooltip-background - Tooltip background.
 * @cssprop --livelihood-tooltip-color - Tooltip text.
 * @cssprop --livelihood-tooltip-muted-color - Tooltip secondary text.
 * @cssprop --livelihood-mark-background - Highlight of the figure in the quote.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 */
export class LivelihoodTrend extends ChartElement<TrendChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    indicator: {},
    regions: {},
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, indicator?: string, regions?: string, heading?: string): Resolved<TrendModel> =>
      buildTrendModel(dataset, { indicator, regions: parseIdList(regions), heading, lang, shown }),
  );
  readonly #layout = memoize((model: TrendModel, width: number) =>
    layoutTrend(
      {
        series: model.series.map((s) => s.label),
        points: model.points.map((p) => ({
          series: p.series, start: p.start, end: p.end, value: p.value!, valueText: valueText(p), result: p.status === 'result', joined: p.joined,
        })),
      },
      width,
      tickFormat(model),
    ),
  );

  /** Indicator id whose figures to draw over time. */
  indicator?: string;
  /** Comma-separated region ids: one line each. */
  regions?: string;

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<TrendChart> {
    return laidOut(this.#model(dataset, shown, lang, this.indicator, this.regions, this.heading), this.#layout, width);
  }

  protected override placeholderHeight(width: number | undefined): number {
    return trendHeight(width ?? 0);
  }

  protected override marksOf({ model }: TrendChart): readonly TrendPoint[] {
    return model.points;
  }

  /** The nearest point within a finger's reach. */
  protected override markAt({ layout }: TrendChart, { x, y }: ChartPoint): number | undefined {
    return pointAt(layout, x, y);
  }

  protected override renderChart({ model, layout }: TrendChart): TemplateResult {
    const { width, height, plot } = layout;
    return this.renderFrame(
      model,
      layout,
      layout.wide ? 'chart wide' : 'chart narrow',
      html`<svg role="presentation" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
            ${layout.valueTicks.map(
              (t) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.at} y2=${t.at}></line><text part="axis" class="axis value-axis" aria-hidden="true" x=${plot.left - 4} y=${t.labelAt}>${t.label}</text>`,
            )}
            ${layout.timeTicks.map(
              (t) => svg`<line class="tick" x1=${t.at} x2=${t.at} y1=${plot.bottom} y2=${plot.bottom + 4}></line>${
                t.label ? svg`<text part="axis" class="axis time-axis" aria-hidden="true" x=${t.labelAt} y=${height - 6}>${t.label}</text>` : nothing
              }`,
            )}
            ${model.series.map((s, i) => this.#renderSeries(model, layout, i, s.points))}
          </svg>`,
      this.#tip(model, layout),
    );
  }

  /**
   * A place: its line, then each point (span back to its period's start, dot, the mark
   * of its qualifier, value label), then its name. Texts are hidden from the
   * accessibility tree: each dot is named with place, value and period.
   */
  #renderSeries(model: TrendModel, layout: TrendLayout, s: number, indices: readonly number[]) {
    const g = layout.series[s]!;
    const r = TREND_METRICS.radius;
    return svg`<g class="series series-${model.series[s]!.slot}">
      ${g.solid ? svg`<path part="line" class="line" d=${g.solid}></path>` : nothing}
      ${g.dashed ? svg`<path part="line" class="line dashed" d=${g.dashed}></path>` : nothing}
      ${indices.map((i) => {
        const p = model.points[i]!;
        const at = layout.points[i]!;
        const q = qualifierMark(p.qualifier!, at.x, at.y, r);
        return svg`${at.fromX < at.x
          ? svg`<path part="span" class=${at.open ? 'span open' : 'span'} d="M${at.fromX},${at.y}H${at.x}${at.open ? '' : `M${at.fromX},${at.y - 4}v8`}"></path>`
          : nothing}<circle part="point" class="dot ${figureClasses(p)}" data-mark=${i} tabindex="-1" role="graphics-symbol" aria-label=${p.ariaLabel} cx=${at.x} cy=${at.y} r=${r}></circle>${
          q ? svg`<path class="qualifier ${q.class}" d=${q.d}></path>` : nothing
        }${at.valueText
          ? svg`<text part="value" class="value" aria-hidden="true" x=${at.valueX} y=${at.valueY}>${p.valueLabel}${p.tag ? svg`<tspan part="status" class="status" dx="4">${p.tag}</tspan>` : nothing}</text>`
          : nothing}`;
      })}
      <text part="name" class="name" aria-hidden="true" x=${g.nameX} y=${g.nameY}>${g.name}</text>
    </g>`;
  }

  #tip(model: TrendModel, layout: TrendLayout): TipBuilder {
    return (kit, index) => {
      const p = model.points[index];
      const at = layout.points[index];
      const r = TREND_METRICS.radius;
      return p && at && [kit.figureTip({ ...p, title: p.label }, model.lang), { x: at.x + r, top: at.y - r, bottom: at.y + r }];
    };
  }
}
