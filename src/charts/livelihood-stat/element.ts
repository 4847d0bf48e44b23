import { cssProps } from '../../kit/element/css-props.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { ChartElement, type TipBuilder } from '../../kit/element/chart-element.js';
import { LivelihoodSelectEvent } from '../../kit/element/events.js';
import type { ChartPoint } from '../../kit/element/mark-interaction.js';
import { laidOut, type Resolved } from '../../kit/element/problem.js';
import { interaction } from '../../kit/element/mark-interaction.js';
import { figureClasses } from '../../kit/model/figure.js';
import type { Lang } from '../../kit/model/lang.js';
import { memoize } from '../../kit/model/memo.js';
import { parseIdList } from '../../kit/model/select.js';
import type { Shown } from '../../kit/model/show.js';
import { cardAt, layoutStats, statsHeight, type StatLayout } from './layout.js';
import { statMessages } from './messages.js';
import { cardText } from './size.js';
import { buildStatModel, type StatCard, type StatModel } from './model.js';
import styles from './styles.js';
import { onDemand } from '../../kit/element/on-demand.js';
import { langRuns } from '../../kit/marks/lang-runs.js';

interface StatChart {
  model: StatModel;
  layout: StatLayout;
}

/** The id of the sentence panel the cards' disclosure controls. */
const SENTENCE_ID = 'sentence';

/** Its English and the kit's, fetched when a chart is in English (kit/model/strings.ts). */
const ENGLISH = onDemand(() => import('./messages-en.js').then((m) => (m.addEnglish(), true)));
const PROBLEMS = onDemand(() => import('./problems.js').then((m) => m.describe));

/**
 * A headline figure from a Chinese city livelihood (民生) report, as the article wrote
 * it (`700余个`, `近6亿元`, `超八成`): what it counts, where, when, its status when it is
 * not a result, and its related figure (`增长5.1%`, `完成全年任务的70.75%`). Activating
 * a card (click, tap, Enter or Space) shows the sentence it was quoted from under the
 * cards; hover and focus show its provenance in a tooltip. Several figures (`regions`,
 * `indicators` or a list of `observation` ids) line up as cards in a grid: two columns
 * on a phone, one below about 310 px.
 *
 * @summary One headline livelihood figure (or a row of them), embeddable with one tag.
 *
 * @attr indicator - Indicator id: its latest sure result in `region` (or in each of `regions`, or in every place reporting it). An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr region - Region id: with `indicator`, that place's figure; with `indicators`, that place's figures.
 * @attr regions - Comma-separated region ids: one card each for `indicator`; a listed place that did not report it reads "not reported"; one whose figures are hidden, "not shown (uncertain)".
 * @attr indicators - Comma-separated indicator ids for `region`: one card each. An id the dataset renamed (its `aliases`) draws as its new one, with a console warning once a page.
 * @attr observation - An observation id (or a comma-separated list): exactly that figure, whatever its status (tagged when not a result).
 * @attr heading - Title; defaults to the indicator's name (or the place's, for `indicators`).
 * @attr lang - `zh` or `en`; without it, the language of the closest ancestor with a `lang` attribute (the page's), else `zh`. Chinese shows the article's own words where they name the unit; English the formatted value (`700+`, `≈600M yuan`).
 * @attr theme - `light` or `dark` to force one; `auto` follows the reader's system (`prefers-color-scheme`) and paints its own panel, as `filled` does. Absent: the page's `color-scheme`, as inherited — light on a page that declares none, the reader's preference on one that declares `light dark`.
 * @attr filled - Paint the theme's background (white, or a dark panel) with 12px of padding; without it the chart is transparent.
 * @attr src - URL of a dataset JSON; elements sharing a URL fetch it once. Default: the embedded dataset.
 * @attr statuses - Which figures may be shown besides results (`result plan target ongoing`, `all`); a result is still preferred. Default: results only. A figure that is not a result is tagged 计划 / 目标 / 在建 and its card outlined dashed (plan, target) or thick at the start (under way).
 * @attr checked-only - Only figures an editor checked (a corrections file); tooltips say whether each was checked.
 * @attr show-uncertain - Also show figures the pipeline flagged as uncertain: dotted, tagged 存疑, the reason in the tooltip.
 *
 * @prop {Dataset} dataset - A dataset object set from script; wins over `src`. Copied and validated each time it is set.
 * @prop {Dataset} data - The same, safe to set before the element is defined.
 *
 * @event livelihood-select - A card was chosen (click, tap, Enter or Space), which also shows or hides its sentence. `detail` is its observation.
 * @event livelihood-error - The chart shows an inline error instead. `detail` is `{ kind, message, … }`; kinds of its own: `missing-selection`, `unknown-observation`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart heading - The title.
 * @csspart chart - The cards' area (also the loading placeholder).
 * @csspart stat - A card: a button, the keyboard focus target, that discloses its sentence.
 * @csspart label - What a card is about: the place (one indicator) or the indicator (one place).
 * @csspart value - The headline number.
 * @csspart qualifier - The qualifier word inside it (余, 近, 超, +, ≈ …).
 * @csspart status - The tag of a figure that is not a sure result (计划, 目标, 在建, 存疑).
 * @csspart period - The figure's period.
 * @csspart related - The related figure (增长5.1%, 完成全年任务的70.75%).
 * @csspart sentence - The panel with the sentence a card's figure was quoted from.
 * @csspart highlight - The figure marked in the sentence and the tooltip.
 * @csspart tooltip - The tooltip.
 * @csspart note - A caveat under the cards (figures not shown).
 * @csspart source - The source line.
 * @csspart error - The inline error message.
 * @csspart table - The visually hidden data table, described by the notes (`aria-describedby`): each note is said once.
 *
 * @cssprop --livelihood-font-family - Font stack.
 * @cssprop --livelihood-heading-size - Title size (17px).
 * @cssprop --livelihood-text-color - Text.
 * @cssprop --livelihood-muted-color - Secondary text (periods, hints, source).
 * @cssprop --livelihood-background - Background: none (the page shows through); with `filled` white, or dark when the chart is dark.
 * @cssprop --livelihood-padding - Space inside the background (0; 12px with `filled`).
 * @cssprop --livelihood-bar-color - Qualifier words and the sentence's rule.
 * @cssprop --livelihood-bar-active-color - The hovered card's border.
 * @cssprop --livelihood-rule-color - Card borders.
 * @cssprop --livelihood-focus-color - Keyboard focus ring.
 * @cssprop --livelihood-tooltip-background - Tooltip background.
 * @cssprop --livelihood-tooltip-color - Tooltip text.
 * @cssprop --livelihood-tooltip-muted-color - Tooltip secondary text.
 * @cssprop --livelihood-mark-background - Highlight of the figure in the sentence.
 * @cssprop --livelihood-mark-color - Text of that highlight.
 * @cssprop --livelihood-error-color - Error text and border.
 * @cssprop --livelihood-error-background - Error background.
 */
export class LivelihoodStat extends ChartElement<StatChart> {
  protected readonly english = ENGLISH;
  protected readonly problemTexts = PROBLEMS;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    indicator: {},
    region: {},
    regions: {},
    indicators: {},
    observation: {},
    openSentence: { state: true },
  };

  readonly #model = memoize(
    (dataset: Dataset, shown: Shown, lang: Lang, indicator?: string, region?: string, regions?: string, indicators?: string,
      observation?: string, heading?: string): Resolved<StatModel> =>
      buildStatModel(dataset, {
        indicator, region, regions: parseIdList(regions), indicators: parseIdList(indicators),
        observations: parseIdList(observation), heading, lang, shown,
      }),
  );
  readonly #layout = memoize((model: StatModel, width: number) =>
    layoutStats(model.cards.map(cardText), width),
  );

  /** Indicator id of the figure. */
  indicator?: string;
  /** Region id of the figure (or whose `indicators` to show). */
  region?: string;
  /** Comma-separated region ids: one card each for `indicator`. */
  regions?: string;
  /** Comma-separated indicator ids: one card each for `region`. */
  indicators?: string;
  /** An observation id, or a comma-separated list of them. */
  observation?: string;
  /** The observation whose sentence is shown under the cards. */
  private openSentence?: string;

  constructor() {
    super();
    // Choosing a card (the kit's click, Enter and Space) discloses its sentence.
    this.addEventListener(LivelihoodSelectEvent.type, (event) => this.#handleSelect(event as LivelihoodSelectEvent));
  }

  protected override resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<StatChart> {
    const resolved = this.#model(
      dataset, shown, lang, this.indicator, this.region, this.regions, this.indicators, this.observation, this.heading,
    );
    return laidOut(resolved, this.#layout, width);
  }

  /** As many cards as the attributes list. */
  protected override placeholderHeight(width: number | undefined): number {
    const count = parseIdList(this.observation).length || parseIdList(this.regions).length || parseIdList(this.indicators).length || 1;
    return statsHeight(count, width ?? 0);
  }

  protected override marksOf({ model }: StatChart): readonly StatCard[] {
    return model.cards;
  }

  protected override markAt({ layout }: StatChart, point: ChartPoint): number | undefined {
    return cardAt(layout, point);
  }


  #handleSelect(event: LivelihoodSelectEvent): void {
    const id = event.detail.id;
    this.openSentence = this.openSentence === id ? undefined : id;
  }

  protected override renderChart({ model, layout }: StatChart): TemplateResult {
    const open = model.cards.find((c) => c.observation && c.observation.id === this.openSentence);
    return this.renderFrame(
      model,
      layout,
      'chart',
      html`<div class="grid" .style=${cssProps({ 'grid-template-columns': `repeat(${layout.columns},minmax(0,1fr))`, 'grid-auto-rows': `${layout.cardHeight}px` })}>
            ${model.cards.map((card, i) => this.#renderCard(model, layout, card, i, card === open))}
          </div>`,
      this.#tip(model, layout, open),
      undefined,
      this.#renderSentence(model.lang, open),
    );
  }

  #renderCard(model: StatModel, layout: StatLayout, card: StatCard, i: number, open: boolean): TemplateResult {
    const g = layout.cards[i]!;
    const { before, qualifier, after } = card.headline;
    const reported = !!card.observation;
    return html`<button
      type="button"
      part="stat"
      class="stat ${reported ? figureClasses(card) : 'not-reported'}"
      data-mark=${i}
      tabindex="-1"
      aria-label=${card.ariaLabel}
      aria-expanded=${reported ? String(open) : nothing}
      aria-controls=${reported ? SENTENCE_ID : nothing}
    >
      <span part="label" class="label">${card.label}</span>
      <span part="value" class="headline${g.headlineLines > 1 ? ' wrapped' : ''}" .style=${cssProps({ 'font-size': `${g.headlineSize}px` })}>${before}${
        qualifier ? html`<span part="qualifier" class="qualifier">${qualifier}</span>` : nothing}${after}</span>
      <span part="period" class="period">${card.tag ? html`<span part="status" class="status">${card.tag}</span>` : nothing}${card.period}</span>
      <span part="related" class="related">${card.related}</span>
      <span class="hint" data-hint=${reported ? statMessages(model.lang).toggle(open) : ''}></span>
    </button>`;
  }

  #tip(model: StatModel, layout: StatLayout, open: StatCard | undefined): TipBuilder {
    return (kit, index) => {
      const card = model.cards[index];
      const g = layout.cards[index];
      if (!card || !g) return undefined;
      // Opened by a tap: the sentence is the answer, and a tooltip would cover the next card (hover and focus keep it).
      if (card === open && this.marks.tapped) return undefined;
      const content = kit.figureTip({ ...card, valueLabel: card.spokenValue, tag: '', title: card.label }, model.lang);
      // The sentence already shown under the cards is not repeated over them.
      return [card === open ? { ...content, quote: '' } : content, { x: g.x + layout.cardWidth / 2, top: g.y, bottom: g.y + layout.cardHeight }];
    };
  }

  #renderSentence(lang: Lang, open: StatCard | undefined): TemplateResult {
    // A sentence opens when a card is chosen, an event on the marks: their chunk is there.
    const kit = interaction.loaded();
    if (!open || !kit) return html`<div id=${SENTENCE_ID} part="sentence" class="sentence" hidden></div>`;
    const tip = kit.figureTip({ ...open, title: open.label }, lang);
    const [before, figure, after] = kit.splitQuote(tip.quote, tip.quoteSpan, tip.raw);
    return html`<div id=${SENTENCE_ID} part="sentence" class="sentence" role="region" aria-label=${open.label}>
      <blockquote lang=${kit.zhLang(tip.quote, lang)}>${before}${figure ? html`<mark part="highlight">${figure}</mark>` : nothing}${after}</blockquote>
      ${tip.source ? html`<p>${langRuns(tip.source, lang)}</p>` : nothing}
    </div>`;
  }
}
