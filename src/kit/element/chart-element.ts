/**
 * What every chart element shares: where its data comes from (`src`, the `dataset`
 * property or the embedded default), its container's width, its title, language and
 * theme, and the one way it renders: a `<figure>` that is loading, shows a problem, or
 * shows the chart. Bad input and bugs alike become an inline message and a
 * `livelihood-error` event; nothing escapes into the host page.
 *
 * A chart element says how attributes and data become a chart (`resolveChart`), how
 * to draw it (`renderChart`, most inside `renderFrame`), how tall its placeholder is,
 * and what its marks stand for (`marksOf`: their count, and each one's observation for
 * `livelihood-select`).
 */
import { html, LitElement, nothing, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, Observation } from '../../data/types.js';
import { cssProps } from './css-props.js';
import { DatasetController } from './dataset-controller.js';
import { DrawController } from './draw-controller.js';
import { TableSource } from './table-source.js';
import { adoptDocumentStyles } from './document-styles.js';
import { LivelihoodRenderEvent, LivelihoodSelectEvent } from './events.js';
import { renderCaption, renderFooter, renderPending, renderProblem, type FrameModel } from '../marks/frame.js';
import type { TooltipAnchor, TooltipContent } from '../marks/tooltip.js';
import { FRAME_METRICS } from '../marks/frame-size.js';
import { reservedHeight } from '../reserve.js';
import { toLang, type Lang } from '../model/lang.js';
import { focusedMark, interaction, MarkInteractionController, restoreFocus, setDescribedMark, setTabStop, type ChartPoint } from './mark-interaction.js';
import type * as Interaction from './interaction.js';
import { messages } from '../model/messages.js';
import { memoize } from '../model/memo.js';
import { toShown } from '../model/show.js';
import { toProblem, type ChartProblem, type Resolved } from './problem.js';
import type { Shown } from '../model/show.js';
import { ProblemController } from './problem-controller.js';
import { onDemand, type OnDemand } from './on-demand.js';

/** The tooltip's id; marks refer to it as a literal (`aria-describedby="tooltip"`). */
export const TOOLTIP_ID = 'tooltip';

/** A mark as the kit sees it: the observation it stands for, none for "not reported". */
export interface Mark {
  observation?: Observation | null;
}

/** The tooltip of mark `index`: its content and where it points; none when there is no such mark. */
export type TipBuilder = (kit: typeof Interaction, index: number) => readonly [TooltipContent, TooltipAnchor] | undefined;

/**
 * What a render draws: the chart (`model`), a problem, or neither (pending: the
 * placeholder). A model builder's `Resolved` is one as it is.
 */
type ChartView<C> = { model?: C; problem?: ChartProblem };

/** The view of a chart that waits (data, width, its turn, strings or code). */
const PENDING: ChartView<never> = {};

export abstract class ChartElement<C> extends LitElement {
  /** Lit's reactive properties (declared without decorators: no decorator helpers in the bundle). */
  static override properties: PropertyDeclarations = {
    heading: {},
    lang: { reflect: true },
    theme: { reflect: true },
    filled: { type: Boolean, reflect: true },
    src: {},
    statuses: {},
    showUncertain: { type: Boolean, attribute: 'show-uncertain' },
    checkedOnly: { type: Boolean, attribute: 'checked-only' },
    dataset: { attribute: false },
    data: { attribute: false },
  };

  /** A `<table>` inside the element: its data when neither `dataset` nor `src` is given (table-data.ts). */
  protected readonly table = new TableSource(this, () => this.getAttribute('indicator') ?? undefined);
  readonly #loader = new DatasetController(this, () =>
    this.#datasetValue == null && !this.src && this.table.data !== undefined
      ? { dataset: this.table.data, version: `table ${this.table.version}`, origin: '<table>' }
      : { src: this.src, dataset: this.#datasetValue, version: this.#datasetVersion },
  );
  /** Its width, and its turn to draw in the page's queue (draw-scheduler.ts). */
  readonly #place = new DrawController(this, () => !!this.#loader.value && !!this.#place.value);
  readonly #problems = new ProblemController(
    this,
    () => this.#view.problem,
    // A problem is shown (and so reported) only once its message is here.
    (problem) => this.#describeProblem(problem, this.#drawnLang) ?? '',
  );
  protected readonly marks = new MarkInteractionController(this, {
    count: () => this.#markCount(),
    stride: () => (this.#view.model ? this.markStride(this.#view.model) : 1),
    // Pointer offsets are on screen; the layout is at 1/scale of that (host-scale.ts).
    markAt: (point) =>
      this.#view.model ? this.markAt(this.#view.model, { x: point.x / this.#scale, y: point.y / this.#scale }) : undefined,
    choose: (index) => this.#choose(index),
  });
  /**
   * When the chart's data table is built: not in the task that draws the chart, but
   * once the page's charts are drawn and it is idle, or at once when focus comes in
   * (before a screen reader reads on), when its code is here (`tableDone`). Until then
   * the chart area's accessible name (its summary) says what the chart shows.
   */
  #tableLoad?: Promise<void>;
  #tableAsked?: Promise<void>;
  #tableDone = false;
  /** Whether `livelihood-render` went out: once, at the first chart or message drawn. */
  #announced = false;
  /** What the last render drew; handlers act on it. */
  #view: ChartView<C> = PENDING;
  /** The language the last render drew in (Chinese if English failed to load). */
  #drawnLang: Lang = 'zh';
  /** English did not load (offline, a bad deploy): the chart draws in Chinese rather than not at all. */
  #englishFailed = false;
  /** How large the last render drew, from the host's font size (host-scale.ts). */
  #scale = 1;
  #datasetValue?: Dataset;
  /** Counts assignments of `dataset` / `data`: each one is validated again. */
  #datasetVersion = 0;

  #headingValue?: string;
  /** Chart title; each chart has a default. Only text is a title (a number reads as one). */
  set heading(value: string | undefined) {
    this.#headingValue = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }
  get heading(): string | undefined {
    return this.#headingValue;
  }
  /** Language of labels, numbers and messages: `zh` (when absent) or `en`. */
  declare lang: string;
  /**
   * `light` or `dark` forces a scheme, `auto` follows the reader's system; absent, the
   * chart takes the `color-scheme` of the page around it (theme.ts).
   */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * Paints the theme's background (white, or a dark panel) with 12 px of padding; by
   * default the chart is transparent and the page shows through.
   */
  filled = false;
  /** URL of a dataset JSON to fetch instead of the embedded one. */
  src?: string;
  /**
   * Statuses to draw besides results, as a list (`"result plan target ongoing"`, `"all"`);
   * absent: results only. Other statuses are drawn distinctly and tagged.
   */
  statuses?: string;
  /** Also draw figures the pipeline flagged as uncertain (tagged 存疑 / uncertain). */
  showUncertain = false;
  /** Only figures an editor checked (a corrections file marked them `checked`). */
  checkedOnly = false;
  readonly #shownFor = memoize(toShown);
  /** Which figures to draw, from `statuses`, `show-uncertain` and `checked-only`: one object while they do not change. */
  get #shown(): Shown | ChartProblem {
    return this.#shownFor(this.statuses, this.showUncertain, this.checkedOnly);
  }
  /**
   * A dataset object set from script; validated, and wins over `src`. It shadows
   * HTMLElement#dataset: reading it gives the object set, or the data-* map when unset.
   */
  override set dataset(value: Dataset | undefined) {
    this.#setData(value);
  }
  override get dataset(): DOMStringMap {
    if (this.#datasetValue) return this.#datasetValue as unknown as DOMStringMap;
    // Looked up here, not at module load: Node (SSR, build tools) has no HTMLElement.
    return Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!.get!.call(this);
  }
  /**
   * The same dataset under a name HTMLElement does not have: set before the element is
   * defined (a script that runs before the component's), it is kept and used once the
   * element upgrades, where `dataset` would hit HTMLElement's read-only `dataset`.
   */
  set data(value: Dataset | undefined) {
    this.#setData(value);
  }
  get data(): Dataset | undefined {
    return this.#datasetValue;
  }

  /**
   * Every assignment counts, the same object again included (it may have changed since):
   * the chart copies and validates it again (dataset-controller.ts).
   */
  #setData(value: Dataset | undefined): void {
    this.#datasetValue = value;
    this.#datasetVersion++;
    // Lit's setter skips the update for the same object; this one must not.
    this.requestUpdate();
  }

  /**
   * The chart's English strings and the kit's (its `messages-en.ts`), loaded on demand
   * when the chart is in English; Chinese is always in the bundle.
   */
  protected abstract readonly english: OnDemand<unknown>;

  /**
   * The language to draw in now: Chinese at once, English once its strings are here
   * (until then the chart waits, with its placeholder: no Chinese shows first).
   */
  #readyLang(): Lang | undefined {
    const lang = langOf(this);
    if (lang === 'zh' || this.english.loaded()) return lang;
    if (this.#englishFailed) return 'zh';
    this.english.load().then(
      () => this.requestUpdate(),
      () => {
        this.#englishFailed = true;
        this.requestUpdate();
      },
    );
    return undefined;
  }

  /**
   * The chart for this dataset and container width, from the element's attributes, in
   * `lang` (Chinese when English failed to load) with the figures `shown`.
   */
  protected abstract resolveChart(dataset: Dataset, width: number, lang: Lang, shown: Shown): Resolved<C>;
  protected abstract renderChart(chart: C): TemplateResult;
  /** Height of the loading placeholder's drawing area: what the attributes suggest the chart will take. */
  protected abstract placeholderHeight(width: number | undefined): number;
  /** The loading placeholder: a drawing area of `placeholderHeight`, and a line for its source. */
  protected placeholder(width: number | undefined, lang: Lang): TemplateResult {
    return renderPlaceholder(this.placeholderHeight(width), lang);
  }
  /** The marks, in focus order (`data-mark` is the index). */
  protected abstract marksOf(chart: C): readonly Mark[];
  /** Marks per group: Left and Right move this many (1: like Up and Down). */
  protected markStride(_chart: C): number {
    return 1;
  }
  /** The mark at `point` in the drawing area, if any. */
  protected abstract markAt(chart: C, point: ChartPoint): number | undefined;
  /**
   * What the chart says of a problem, its own or any chart's (its `problems.ts`): loaded
   * when it has one to show (describeProblem), so a chart that draws never fetches them.
   */
  protected abstract readonly problemTexts: OnDemand<(problem: ChartProblem, lang: Lang) => string>;

  /** Loading a module the chart's model or layout needs (`required`, on-demand.ts); `updateComplete` waits for it. */
  #codeLoad?: Promise<void>;
  /** It did not load (offline, a bad deploy): the chart says so, as of any error. */
  #codeFailed?: ChartProblem;

  /** A chart whose model or layout threw `loading`: pending until it is done, then drawn again. */
  #awaitCode(loading: Promise<unknown>): ChartView<C> {
    if (this.#codeFailed) return { problem: this.#codeFailed };
    this.#codeLoad ??= loading
      .then(
        () => undefined,
        (error: unknown) => void (this.#codeFailed = toProblem(error)),
      )
      .then(() => {
        this.#codeLoad = undefined;
        this.requestUpdate();
      });
    return PENDING;
  }

  /** Loading the problems' messages, for a problem to show; `updateComplete` waits for it. */
  #problemLoad?: Promise<void>;
  /** They did not load (offline, a bad deploy): a problem is named by its kind. */
  #problemTextFailed = false;

  /**
   * A problem's message, with its suggestions for an unknown id (suggest.ts, loaded
   * beside the strings); undefined until both are here (their loading started).
   */
  #describeProblem(problem: ChartProblem, lang: Lang): string | undefined {
    const describe = this.problemTexts.loaded();
    const suggest = suggester.loaded();
    if (describe && suggest) return describe(suggest.withSuggestions(problem), lang);
    if (this.#problemTextFailed) return messages(lang).problemFallback(problem.kind);
    this.#problemLoad ??= Promise.all([this.problemTexts.load(), suggester.load()]).then(
      () => this.#problemTextsHere(false),
      () => this.#problemTextsHere(true),
    );
    return undefined;
  }

  #problemTextsHere(failed: boolean): void {
    this.#problemTextFailed = failed;
    this.#problemLoad = undefined;
    this.requestUpdate();
  }

  /** A problem waits for its message, with the placeholder (no message shows half said). */
  #withText(view: ChartView<C>, lang: Lang): ChartView<C> {
    return view.problem && this.#describeProblem(view.problem, lang) === undefined ? PENDING : view;
  }

  /** The document whose copies of the styles the shadow root has (document-styles.ts). */
  #styledFor?: Document;
  /** Whether they include the tooltip's, which come with its chunk (interaction.ts). */
  #tooltipStyled = false;

  /** The shadow root, styled for the document the chart is in (not only the module's). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#adoptStyles(root);
    return root;
  }

  #adoptStyles(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const kit = interaction.loaded();
    this.#tooltipStyled = !!kit;
    adoptDocumentStyles(root, kit ? withTooltip(styles, kit.tooltipStyles) : styles);
    this.#styledFor = root.ownerDocument;
  }

  /**
   * A page's charts all connect in the task that defines them: past a budget, the rest
   * are set up (shadow root, styles, observers, data) in the next tasks (draw-scheduler.ts).
   */
  override connectedCallback(): void {
    // Its strings load from now, not from its first render (which waits for its turn).
    if (langOf(this) !== 'zh') this.english.load().catch(() => undefined);
    this.#place.connect(() => this.#connectNow());
  }

  /** Lit's connect (shadow root, controllers); moved to another document (into an iframe, or back), that document's styles first. */
  #connectNow(): void {
    if (this.#styledFor && this.#styledFor !== this.ownerDocument && this.shadowRoot) this.#adoptStyles(this.shadowRoot);
    super.connectedCallback();
    this.addEventListener('focusin', this.#handleFocusIn);
  }

  /** The first update waits for the chart's width and turn (draw-controller.ts). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.#place.mayUpdate && super.shouldUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.#handleFocusIn);
  }

  /**
   * Resolves once the data has loaded and the chart (or its error) is drawn. Charts
   * draw one a task, those near the viewport first (draw-scheduler.ts), so on a page of
   * many charts this may take a few frames; `livelihood-render` says the same as an event.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    // A chart in English waits for its strings first; the update they ask for
    // (readyLang) is then pending, and awaited below.
    if (langOf(this) !== 'zh' && !this.english.loaded() && !this.#englishFailed) await this.english.load().catch(() => undefined);
    let complete = await this.#loader.settled(() => super.getUpdateComplete());
    for (;;) {
      if (this.#place.waiting) await this.#place.change;
      else if (this.marks.loading) await this.marks.loading;
      else if (this.#codeLoad) await this.#codeLoad;
      else if (this.#problemLoad) await this.#problemLoad;
      else if (this.#tableAsked && !this.#tableDone) await this.#tableAsked;
      else return complete;
      complete = await this.#loader.settled(() => super.getUpdateComplete());
    }
  }

  /** Focus reaching a chart that waits for its turn draws it at once, and goes on to its marks. */
  readonly #handleFocusIn = async (event: FocusEvent): Promise<void> => {
    this.#wantTable();
    if (this.#place.mayDraw || event.composedPath()[0] !== this.renderRoot.querySelector('figure')) return;
    void this.#place.draw();
    await this.updateComplete;
    if (this.shadowRoot?.activeElement === this.renderRoot.querySelector('figure')) {
      this.renderRoot.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    }
  };

  #resolveView(lang: Lang | undefined): ChartView<C> {
    if (!lang) return PENDING;
    const problem = this.#loader.problem;
    if (problem) return { problem };
    const dataset = this.#loader.value;
    const width = this.#layoutWidth;
    // No width yet, or none at all (inside a display:none parent): draw once there is one.
    if (!dataset || !width) return PENDING;
    // Waiting for its turn in the page's queue: the placeholder holds its room.
    if (!this.#place.mayDraw) return PENDING;
    const shown = this.#shown;
    if ('kind' in shown) return { problem: shown };
    return this.resolveChart(dataset, width, lang, shown);
  }

  #choose(index: number): void {
    const observation = this.#view.model && this.marksOf(this.#view.model)[index]?.observation;
    if (observation) this.dispatchEvent(new LivelihoodSelectEvent(observation));
  }

  #markCount(): number {
    return this.#view.model ? this.marksOf(this.#view.model).length : 0;
  }

  /**
   * A chart's frame: its caption, what goes `before` the drawing area (a legend), the
   * drawing area (part `chart`) with the marks and their tooltip, what goes `after` it,
   * the notes, the source line and the hidden data table. The area is named by the
   * chart's summary for assistive technology, and has the marks' pointer, focus and
   * keyboard handlers.
   */
  protected renderFrame(
    model: FrameModel,
    box: { width: number; height: number },
    className: string,
    marks: unknown,
    tip: TipBuilder,
    before?: unknown,
    after?: unknown,
  ): TemplateResult {
    const m = this.marks;
    return html`${renderCaption(model.heading, model.commonPeriod)}${before}<div
      part="chart"
      class=${className}
      .style=${cssProps({ height: `${box.height}px` })}
      role="graphics-document"
      aria-label=${model.summary}
      tabindex="-1"
      @click=${m.handle}
      @keydown=${m.handle}
      @focusin=${m.handle}
      @focusout=${m.handle}
      @pointermove=${m.handle}
      @pointerleave=${m.handle}
    >${marks}${this.tooltip(box, tip)}</div>${after}${renderFooter(model)}${this.#dataTable(model)}`;
  }

  /**
   * A redraw (resize, new attributes) may replace the focused mark: focus goes to the
   * mark now at its place, and the tooltip stays as it was (MarkInteractionController).
   */
  protected override update(changed: PropertyValues): void {
    const focused = focusedMark(this.renderRoot);
    this.marks.redraw(() => {
      super.update(changed);
      if (focused && !focused.element.isConnected) restoreFocus(this.renderRoot, focused.index);
    });
  }

  /** Marks are drawn with `tabindex="-1"` and no description: one of each is given here. */
  protected override updated(): void {
    if ((this.#view.model || this.#view.problem) && !this.#announced) {
      this.#announced = true;
      this.dispatchEvent(new LivelihoodRenderEvent());
    }
    if (this.#view.model && !this.#tableAsked) {
      this.#tableAsked = new Promise((resolve) =>
        this.#place.whenIdle(() => {
          // The marks' handlers and tooltip too, so that a mark's description (its
          // sentence) is there when focus first reaches it (mark-interaction.ts).
          interaction.load().catch(() => undefined);
          resolve(this.#wantTable());
        }),
      );
    }
    setTabStop(this.renderRoot, this.marks.tabStop(this.#markCount()));
    setDescribedMark(this.renderRoot, this.marks.tip, TOOLTIP_ID);
  }

  override render(): TemplateResult {
    const ready = this.#readyLang();
    const lang = (this.#drawnLang = ready ?? langOf(this));
    let body: TemplateResult;
    this.#scale = this.isConnected ? this.#place.scale : 1;
    try {
      this.#view = this.#withText(this.#resolveView(ready), lang);
      body = this.#renderView(this.#view, lang);
    } catch (error) {
      // A bug, or a property set to something no attribute could hold (an array, an
      // object), must not break the host page either: it becomes an inline message too.
      this.#view = this.#withText(error instanceof Promise ? this.#awaitCode(error) : { problem: this.#problems.fromError(error) }, lang);
      body = this.#renderView(this.#view, lang);
    }
    // Focusable from script only: where focus goes when a redraw leaves no mark; but a
    // chart waiting for its turn is a tab stop, so the keyboard does not skip it (focus
    // draws it). It holds the height an embed snippet reserved, from before the data is
    // there to after.
    const reserved = this.#reserved;
    const scale = this.#scale;
    const pending = !this.#view.model && !this.#view.problem;
    const parked = pending && !this.#place.mayDraw && !!this.#loader.value;
    return html`<figure
      part="figure"
      tabindex=${parked ? '0' : '-1'}
      lang=${lang}
      aria-busy=${pending ? 'true' : 'false'}
      .style=${cssProps({ 'min-height': reserved ? `${reserved}px` : undefined, '--_zoom': scale === 1 ? undefined : String(scale) })}
    >${body}</figure>`;
  }

  /**
   * The tooltip of the mark that shows one, from `tip` with the parts loaded when the
   * page was idle or at the first event on the marks (mark-interaction.ts), placed in
   * `box`; else empty and hidden, so that marks can always point `aria-describedby` at it.
   */
  protected tooltip(box?: { width: number; height: number }, tip?: TipBuilder): TemplateResult {
    const kit = interaction.loaded();
    const index = this.marks.tip;
    const shown = kit && index !== undefined && tip?.(kit, index);
    // The first tooltip shown brings its styles, in this render: it never shows unstyled.
    if (shown && !this.#tooltipStyled && this.shadowRoot) this.#adoptStyles(this.shadowRoot);
    return shown
      ? kit.renderTooltip(TOOLTIP_ID, shown[0], shown[1], box!, this.marks.viewport)
      : html`<div id=${TOOLTIP_ID} role="tooltip" part="tooltip" class="tooltip" hidden></div>`;
  }

  /** The chart's data table for assistive technology (data-table.ts), once wanted. */
  #dataTable(model: FrameModel): TemplateResult | typeof nothing {
    return (this.#tableDone && dataTables.loaded()?.renderDataTable(model)) || nothing;
  }

  /** Loads the table's module (once a page) and draws the table. */
  #wantTable(): Promise<void> {
    return (this.#tableLoad ??= dataTables.load().then(
      () => {
        this.#tableDone = true;
        this.requestUpdate();
      },
      // Offline or a bad deploy: no table; the chart area's summary still names what it shows.
      () => void (this.#tableDone = true),
    ));
  }

  /** The width the chart lays out at: the container's, in the chart's own px (host-scale.ts). */
  get #layoutWidth(): number | undefined {
    const width = this.#place.value;
    return width === undefined ? undefined : Math.floor(width / this.#scale);
  }

  /**
   * The height the embed snippet reserved (`height`, `height-480` …: kit/reserve.ts) for
   * the width the chart lays out at. Both are in the chart's own px: the figure's zoom
   * scales them with the host's text, as the stylesheet's em-based steps do before the
   * script runs.
   */
  get #reserved(): number | undefined {
    const width = this.#layoutWidth;
    return width ? reservedHeight((name) => this.getAttribute(name), width) : undefined;
  }

  #renderView(view: ChartView<C>, lang: Lang): TemplateResult {
    if (view.model) return this.renderChart(view.model);
    // Loading holds the title's line (the chart will have one); a message needs none.
    if (view.problem) return html`${this.heading ? renderCaption(this.heading) : nothing}${renderProblem(this.#describeProblem(view.problem, lang)!)}`;
    // Not measured yet (until the ResizeObserver reports, before the first paint): the
    // page's stylesheet holds the room (`:state(unmeasured)`), the placeholder would guess.
    if (this.#place.value === undefined) return html``;
    return html`${renderCaption(this.heading || '\u00a0')}${this.#reserved ? renderPlaceholder(this.#reserved - PLACEHOLDER_FRAME, lang) : this.placeholder(this.#layoutWidth, lang)}`;
  }
}

/** Each chart class's styles with the tooltip's: one list each, which each document copies once (document-styles.ts). */
const tooltipStyled = new WeakMap<readonly CSSResultOrNative[], CSSResultOrNative[]>();
function withTooltip(styles: readonly CSSResultOrNative[], tooltip: CSSResultOrNative): CSSResultOrNative[] {
  let all = tooltipStyled.get(styles);
  if (!all) tooltipStyled.set(styles, (all = [...styles, tooltip]));
  return all;
}

/** Suggestions for an unknown id: only a problem needs them (describeProblem). */
const suggester = onDemand(() => import('../model/suggest.js'));

/** The data table's code: not in the task that draws the first charts (wantTable). */
const dataTables = onDemand(() => import('../marks/data-table.js'));

/** What a placeholder adds to its drawing area: the title's line and the source line. */
const PLACEHOLDER_FRAME = FRAME_METRICS.headingLine + 2 * FRAME_METRICS.gap + FRAME_METRICS.smallLine;

/** The loading placeholder: the chart's predicted height, and a line for its source. */
/** A chart's `lang`, else that of its closest ancestor with one (the page's): English, or else Chinese. */
const langOf = (el: HTMLElement): Lang => toLang(el.lang || el.closest('[lang]')?.getAttribute('lang'));

function renderPlaceholder(height: number, lang: Lang): TemplateResult {
  return html`${renderPending(height, lang)}<p class="source">\u00a0</p>`;
}
