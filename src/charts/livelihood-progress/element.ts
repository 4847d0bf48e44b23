import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { ChartElement, type TipBuilder } from '../../kit/element/chart-element.js';
import type { ChartPoint } from '../../kit/element/mark-interaction.js';
import { laidOut, type Resolved } from '../../kit/element/problem.js';
import { qualifierEnd, solidWidth } from '../../kit/marks/qualifier-end.js';
import { textWidth } from '../../kit/marks/text.js';
import { figureClasses } from '../../kit/model/figure.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import { listedCount, parseIdList } from '../../kit/model/select.js';
import type { Shown } from '../../kit/model/show.js';
import { progressHeight, PROGRESS_METRICS as M, rowAt, type ProgressLayout } from './layout.js';
import { progressMessages } from './messages.js';
import { layoutProgressModel } from './size.js';
import { buildProgressModel, type ProgressModel, type ProgressRow } from './model.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';

interface ProgressChart {
  model: ProgressModel;
  layout: ProgressLayout;
}

const FADE_ID = 'livelihood-progress-fade';
const PLACEHOLDER_ROWS = 3;

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));

/**
 * Results against their targets, as a bullet chart: each row a result's bar on the
 * scale of its own target, the target a line at 100 % in every row, the share written
 * out (`完成全年任务的70.75%`, `90.6%`). A bar past the line is over its target. The
 * target is the article's (`任务为新开工22399套`: a figure of status `target` of the same
 * indicator, place and year), or derived from the share it gave, which the tooltip says
 * (目标按完成比例推算). A target is only ever drawn as the line, never as a bar.
 *
 * @summary Bullet chart of livelihood results against their targets, embeddable with one tag.
 *
 * @attr indicator - Indicator id: one row per place reporting it (or per place of `regions`). An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr regions - Comma-separated region ids for `indicator`; a listed place that did not report it reads "not reported"; one whose figures are hidden, "not shown (uncertain)".
 * @attr region - Region id: one row per indicator of the place that has a target (or per indicator of `indicators`).
 * @attr indicators - Comma-separated indicator ids for `region`. An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr heading - Title; defaults to the indicator's (or place's) name.
 * @attr lang - `zh` or `en`; without it, the language of the closest ancestor with a `lang` attribute (the page's), else `zh`.
 * @attr theme - `light` or `dark` to force one; `auto` follows the reader's system (`prefers-color-scheme`) and paints its own panel, as `filled` does. Absent: the page's `color-scheme`, as inherited — light on a page that declares none, the reader's preference on one that declares `light dark`.
 * @attr filled - Paint the theme's background (white, or a dark panel) with 12px of padding; without it the chart is transparent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 * @attr statuses - Which figures may be bars besides results (`ongoing`, `plan`; `all`); a target never is. Default: results only.
 * @attr checked-only - Only figures an editor checked (a corrections file).
 * @attr show-uncertain - Also draw figures the pipeline flagged as uncertain: dotted, tagged 存疑.
 *
 * @prop {Dataset} dataset - A dataset object set from script; wins over `src`. Copied and validated each time it is set.
 * @prop {Dataset} data - The same, safe to set before the element is defined.
 *
 * @event livelihood-select - A row was chosen (click, tap, Enter or Space). `detail` is its result's observation.
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart subtitle - The period every row shares, under the title (when periods differ, each row's name says its own).
 * @csspart chart - The drawing area (also the loading placeholder).
 * @csspart bar - A result's bar; the keyboard focus target (transparent for a row without a target).
 * @csspart target - The target line of a row.
 * @csspart label - A row's label.
 * @csspart value - The share of the target.
 * @csspart caption - The result against the target, under the bar.
 * @csspart tooltip - The tooltip.
 * @csspart highlight - The figure marked in the tooltip's quote.
 * @csspart note - A caveat under the chart.
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 * @csspart table - The visually hidden data table, described by the notes (`aria-describedby`): each note is said once.
 *
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text and the target line.
 * @cssprop --livelihood-muted-color - Captions, source, notes.
 * @cssprop --livelihood-background - Background: none (the page shows through); with `filled` white, or dark when the chart is dark.
 * @cssprop --livelihood-padding - Space inside the background (0; 12px with `filled`).
 * @cssprop --livelihood-bar-color - Bars.
 * @cssprop --livelihood-bar-active-color - The hovered or focused bar.
 * @cssprop --livelihood-rule-color - The track behind a bar.
 * @cssprop --livelihood-focus-color - Keyboard focus ring.
 * @cssprop --livelihood-tooltip-background - Tooltip background.
 * @cssprop --livelihood-tooltip-color - Tooltip text.
 * @cssprop --livelihood-tooltip-muted-color - Tooltip secondary text.
 * @cssprop --livelihood-mark-background - Highlight of the figure in the quote.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 */
export class LivelihoodProgress extends ChartElement<ProgressChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    indicator: {},
    regions: {},
    region: {},
    indicators: {},
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, indicator?: string, regions?: string, region?: string, indicators?: string,
      heading?: string): Resolved<ProgressModel> =>
      buildProgressModel(dataset, {
        indicator, regions: parseIdList(regions), region, indicators: parseIdList(indicators), heading, lang, shown,
      }),
  );
  readonly #layout = memoize(layoutProgressModel);

  /** Indicator id: one row per place. */
  indicator?: string;
  /** Comma-separated region ids for `indicator`. */
  regions?: string;
  /** Region id: one row per indicator with a target. */
  region?: string;
  /** Comma-separated indicator ids for `region`. */
  indicators?: string;

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<ProgressChart> {
    const resolved = this.#model(dataset, shown, lang, this.indicator, this.regions, this.region, this.indicators, this.heading);
    return laidOut(resolved, this.#layout, width);
  }

  protected override placeholderHeight(): number {
    return progressHeight(listedCount(this.regions ?? this.indicators, undefined, PLACEHOLDER_ROWS));
  }

  protected override marksOf({ model }: ProgressChart): readonly ProgressRow[] {
    return model.rows;
  }

  protected override markAt({ layout }: ProgressChart, { y }: ChartPoint): number | undefined {
    return rowAt(layout, y);
  }

  protected override renderChart({ model, layout }: ProgressChart): TemplateResult {
    return this.renderFrame(
      model,
      layout,
      'chart',
      html`<svg class="defs" aria-hidden="true" width="0" height="0">
            <linearGradient id=${FADE_ID}>
              <stop class="fade-from" offset="0"></stop>
              <stop class="fade-to" offset="1"></stop>
            </linearGradient>
          </svg>
          <svg class="rows" width=${layout.width} height=${layout.height} role="presentation">
            ${model.rows.map((row, i) => this.#renderRow(row, layout, i))}
          </svg>`,
      this.#tip(model, layout),
    );
  }

  #renderRow(row: ProgressRow, layout: ProgressLayout, i: number) {
    const g = layout.rows[i]!;
    const drawn = row.share !== null && row.qualifier !== null;
    const barY = M.barY + layout.shift;
    const captionY = M.captionY + layout.shift;
    const box = { barX: 0, barY, barWidth: g.barWidth, barHeight: M.bar };
    const markWidth = drawn ? solidWidth(row.qualifier, g.barWidth, M.openEnd) : textWidth(row.caption, M.captionFontSize);
    return svg`<g transform="translate(0,${g.y})">
      <text part="label" class="label" aria-hidden="true" x="0" y=${M.labelY}>${g.label.length === 1 ? g.label[0] : g.label.map((line, k) => svg`<tspan x="0" dy=${k ? M.lineHeight : 0}>${line}</tspan>`)}</text>
      <text part="value" class=${row.share !== null && row.share > 100 ? 'share over' : 'share'} aria-hidden="true" x=${layout.width} y=${M.labelY}>${row.shareLabel}</text>
      ${drawn ? svg`<rect class="track" x="0" y=${barY} width=${layout.x1} height=${M.bar}></rect>` : nothing}
      <rect
        part="bar"
        class=${drawn ? `bar ${figureClasses(row)}` : 'bar not-reported'}
        data-mark=${i}
        tabindex="-1"
        role="graphics-symbol"
        aria-label=${row.ariaLabel}
        x="0"
        y=${drawn ? barY : captionY - M.captionFontSize}
        width=${markWidth}
        height=${drawn ? M.bar : M.captionFontSize + 4}
      ></rect>
      ${drawn ? qualifierEnd(row.qualifier!, box, M.openEnd, `url(#${FADE_ID})`) : nothing}
      ${drawn ? svg`<line part="target" class="target-line" x1=${layout.targetX} x2=${layout.targetX} y1=${barY - M.targetOverhang} y2=${barY + M.bar + M.targetOverhang}></line>` : nothing}
      <text part="caption" class="caption" aria-hidden="true" x="0" y=${captionY}>${g.caption}</text>
    </g>`;
  }

  #tip(model: ProgressModel, layout: ProgressLayout): TipBuilder {
    return (kit, index) => {
      const row = model.rows[index];
      const g = layout.rows[index];
      if (!row || !g) return undefined;
      const content = kit.figureTip({ ...row, title: row.label }, model.lang);
      const top = g.y + M.barY + layout.shift;
      return [
        { ...content, value: row.share === null ? content.value : `${content.value}${model.lang === 'zh' ? '，' : ', '}${progressMessages(model.lang).shareOf(row.shareLabel)}`, caveats: [...row.notes, ...content.caveats] },
        { x: Math.max(g.barWidth, layout.targetX) / 2, top, bottom: top + M.bar },
      ];
    };
  }
}
