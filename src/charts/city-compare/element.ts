import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { ChartElement, type TipBuilder } from '../../kit/element/chart-element.js';
import type { ChartPoint } from '../../kit/element/mark-interaction.js';
import { buildCompareModel, type CompareCell, type CompareModel, type CompareRow, type CompareSeries } from './model.js';
import {
  compareHeight,
  COMPARE_METRICS,
  layoutCompare,
  markAt,
  type CellGeometry,
  type CompareLayout,
  type GroupGeometry,
} from './layout.js';
import { figureClasses } from '../../kit/model/figure.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import { laidOut, type Resolved } from '../../kit/element/problem.js';
import { qualifierEnd, solidWidth } from '../../kit/marks/qualifier-end.js';
import { listedCount, parseIdList } from '../../kit/model/select.js';
import type { Shown } from '../../kit/model/show.js';
import { textWidth } from '../../kit/marks/text.js';
import { legendText } from './size.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';

interface CompareChart {
  model: CompareModel;
  layout: CompareLayout;
}

/** Indicator groups the loading placeholder holds room for when nothing says how many. */
const PLACEHOLDER_GROUPS = 4;

/** A name in one line, or two tspans each back at `x` (layout.ts wraps long names). */
const lines = (label: readonly string[], x: number) =>
  label.length === 1 ? label[0] : label.map((line, k) => svg`<tspan x=${x} dy=${k ? COMPARE_METRICS.lineHeight : 0}>${line}</tspan>`);

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));

/**
 * Two or more places side by side over several indicators, from Chinese city livelihood
 * (民生) reports: one group of bars per indicator, each on its own scale (units differ),
 * places in the same order and colour in every group. A place that did not report an
 * indicator reads "not reported", never zero, and one whose figures are all hidden reads
 * "not shown (uncertain)" (or plan, target …), never "not reported"; periods that differ within a group, and
 * places of different administrative levels (a county beside a prefecture), are flagged.
 *
 * @summary Side-by-side comparison of places' livelihood figures, embeddable with one tag.
 *
 * @attr regions - Comma-separated region ids to compare, two or more, in the order their bars take.
 * @attr indicators - Comma-separated indicator ids, one group each, in this order. Default: those two or more of the places report. An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr category - Category id: the indicators of that category two or more of the places report (when `indicators` is absent).
 * @attr limit - Show at most this many indicators.
 * @attr heading - Chart title; defaults to the places' names ("… compared").
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
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`; its own kinds: `too-few-regions` (fewer than two places), `nothing-shared` (the places report no indicator, of `category` if given, in common: `ids` and `names` are the places'); `too-many-marks` past MAX_MARKS (10,000) marks.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart subtitle - The period every value shares, under the title.
 * @csspart legend - The list of places with their colours.
 * @csspart chart - The drawing area (also the loading placeholder).
 * @csspart indicator - An indicator's name over its group of bars.
 * @csspart bar - A reported value's bar; the keyboard focus target.
 * @csspart missing - The focus target over "not reported" or "not shown (…)" (no bar is drawn).
 * @csspart label - A place's name beside (or above) its bar.
 * @csspart value - The value label after a bar, or "not reported" / "not shown (…)".
 * @csspart status - The tag of a figure that is not a sure result (计划, 目标, 在建, 存疑).
 * @csspart period - A period: by an indicator's name, or after each value when they differ.
 * @csspart tooltip - The tooltip.
 * @csspart highlight - The figure marked in the tooltip's quote.
 * @csspart note - A caveat under the chart (levels, periods or units differ; indicators left out).
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
 * @cssprop --livelihood-series-1 - Colour of palette slot 1; `--livelihood-series-2` … `-8` the others (Okabe–Ito by default). A place's slot comes from its id, so it is the same in every chart.
 * @cssprop --livelihood-rule-color - The zero lines.
 * @cssprop --livelihood-focus-color - Keyboard focus ring, and the outline of the hovered bar.
 * @cssprop --livelihood-tooltip-background - Tooltip background.
 * @cssprop --livelihood-tooltip-color - Tooltip text.
 * @cssprop --livelihood-tooltip-muted-color - Tooltip secondary text.
 * @cssprop --livelihood-mark-background - Highlight of the figure in the quote.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 */
export class CityCompare extends ChartElement<CompareChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    regions: {},
    indicators: {},
    category: {},
    limit: { type: Number },
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, regions?: string, indicators?: string, category?: string, limit?: number,
      heading?: string): Resolved<CompareModel> =>
      buildCompareModel(dataset, {
        regions: parseIdList(regions), indicators: parseIdList(indicators), category, limit, heading, lang, shown,
      }),
  );
  readonly #layout = memoize(layoutCompare);
  /** The groups' marks, drawn again only when the chart changes. */
  readonly #groups = memoize((model: CompareModel, layout: CompareLayout) =>
    model.rows.map((row, i) => this.#renderGroup(row, layout.groups[i]!, layout.wide, model.series)),
  );
  /** The cells in mark order, for handlers and the tooltip. */
  readonly #cells = memoize((model: CompareModel) => model.rows.flatMap((r) => r.cells));

  /** Comma-separated region ids to compare (two or more). */
  regions?: string;
  /** Comma-separated indicator ids, one group each. */
  indicators?: string;
  /** Category id of the indicators to compare (without `indicators`). */
  category?: string;
  /** At most this many indicators. */
  limit?: number;

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<CompareChart> {
    const resolved = this.#model(dataset, shown, lang, this.regions, this.indicators, this.category, this.limit, this.heading);
    return laidOut(resolved, this.#layout, width);
  }

  /** The groups and places the attributes name. */
  protected override placeholderHeight(width: number | undefined): number {
    const groups = listedCount(this.indicators, this.limit, PLACEHOLDER_GROUPS);
    return compareHeight(groups, parseIdList(this.regions).length || 2, width ?? 0);
  }

  /** A line for the legend above the drawing area. */
  protected override placeholder(width: number | undefined, lang: Lang): TemplateResult {
    return html`<div class="legend" aria-hidden="true">\u00a0</div>${super.placeholder(width, lang)}`;
  }

  /** The cells, in mark order. */
  protected override marksOf({ model }: CompareChart): readonly CompareCell[] {
    return this.#cells(model);
  }

  /** Left and Right go to the same place in the group before or after. */
  protected override markStride({ model }: CompareChart): number {
    return model.series.length;
  }

  /** A whole row answers, its name and value included. */
  protected override markAt({ layout }: CompareChart, { y }: ChartPoint): number | undefined {
    return markAt(layout, y);
  }

  protected override renderChart({ model, layout }: CompareChart): TemplateResult {
    const { width, height } = layout;
    return this.renderFrame(
      model,
      layout,
      'chart',
      html`<svg class=${layout.wide ? 'wide' : 'narrow'} role="presentation" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
            <defs>
              ${model.series.map(
                ({ slot }) => svg`<linearGradient id="fade-${slot}" class="series-${slot}">
                  <stop class="fade-from" offset="0"></stop>
                  <stop class="fade-to" offset="1"></stop>
                </linearGradient>`,
              )}
            </defs>
            ${this.#groups(model, layout)}
          </svg>`,
      this.#tip(model, layout),
      this.#renderLegend(model),
    );
  }

  /** Each place's colour and name; its level too when the places' levels differ. */
  #renderLegend(model: CompareModel): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${model.series.map((s, i) => {
        const { label, tier } = legendText(model, i);
        return html`<li><span class="swatch series-${s.slot}"></span><span>${label}${tier ? html`<span class="tier">${tier}</span>` : nothing}</span></li>`;
      })}
    </ul>`;
  }

  /**
   * One indicator: its name (with the period its values share), a zero line, then a bar
   * per place. Texts are hidden from the accessibility tree: each mark is named with
   * indicator, place, value and period.
   */
  #renderGroup(row: CompareRow, g: GroupGeometry, wide: boolean, series: readonly CompareSeries[]) {
    const [first, ...more] = g.title;
    return svg`<text part="indicator" class="indicator" aria-hidden="true" x=${g.titleX} y=${g.titleY}>${first}${more.map(
      (line) => svg`<tspan x=${g.titleX} dy=${COMPARE_METRICS.lineHeight}>${line}</tspan>`,
    )}${
      row.period ? svg`<tspan part="period" class="period" dx="6">${row.period}</tspan>` : nothing
    }</text>${wide ? svg`<line class="zero" x1=${g.zeroX} x2=${g.zeroX} y1=${g.cellsY} y2=${g.cellsBottom}></line>` : nothing}${row.cells.map((cell, i) =>
      this.#renderCell(cell, g.cells[i]!, g.first + i, row.showPeriods, wide, series[cell.series]!.slot),
    )}`;
  }

  /**
   * A value's own period, when periods differ in its group, follows the value (wide) or
   * the name (narrow). Not reported: no bar, a transparent mark over the words (part
   * `missing`, class `not-reported`), so they take focus.
   */
  #renderCell(cell: CompareCell, g: CellGeometry, index: number, showPeriod: boolean, wide: boolean, slot: number) {
    const q = cell.qualifier;
    const period = showPeriod && cell.period ? svg`<tspan part="period" class="period" dx="6">${cell.period}</tspan>` : nothing;
    const fade = COMPARE_METRICS.openEnd;
    const width = q ? solidWidth(q, g.barWidth, fade) : g.valueX - g.barX + textWidth(cell.valueLabel, COMPARE_METRICS.fontSize);
    return svg`<g class="series series-${slot}"><text part="label" class="label" aria-hidden="true" x=${g.labelX} y=${g.labelY}>${lines(g.label, g.labelX)}${wide ? nothing : period}</text><rect part=${q ? 'bar' : 'missing'} class=${q ? `bar ${figureClasses(cell)}` : 'not-reported'} data-mark=${index} tabindex="-1" role="graphics-symbol" aria-label=${cell.ariaLabel} x=${g.barX} y=${g.barY} width=${width} height=${g.barHeight}></rect>${
      q ? qualifierEnd(q, g, fade, `url(#fade-${slot})`) : nothing
    }<text part="value" class=${q ? 'value' : 'value not-reported'} aria-hidden="true" x=${g.valueX} y=${g.valueY}>${cell.valueLabel}${wide && q ? period : nothing}</text></g>`;
  }

  #tip(model: CompareModel, layout: CompareLayout): TipBuilder {
    return (kit, index) => {
      const cell = this.#cells(model)[index];
      const g = layout.marks[index];
      return cell && g && [kit.figureTip(cell, model.lang), { x: g.endX, top: g.barY, bottom: g.barY + g.barHeight }];
    };
  }
}
