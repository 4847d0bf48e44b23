/**
 * A chart's place on the page: the width it has to fill, and whether it may draw yet
 * (its turn in the page's draw queue, draw-scheduler.ts, which lets charts near the
 * viewport go first). Until then the chart shows its placeholder, which holds the
 * chart's height, so drawing later moves nothing.
 *
 * The width is that of a zero-height ruler at the top of the shadow root, not of the
 * host: the host's height changes when the chart relayouts for a new width, and
 * observing that would make a ResizeObserver loop. The scheduler belongs to the
 * window of the document the chart is in (an iframe's, once moved there): a
 * ResizeObserver of another window reports a loop error on every frame.
 *
 * The host's font size (the chart's scale, host-scale.ts) is read with the width, in the
 * observer's callback where the page's style is already computed: read in each render, it
 * made every chart of a page recompute the style the previous chart's render had changed.
 * A 1em-wide probe in the ruler tells the same observer when the font size changes.
 *
 * `waiting` tells `updateComplete` what to wait for: the width, and the turn of a chart
 * that has what it needs to draw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostScale } from './host-scale.js';
import { reservedHeight } from '../reserve.js';
import { schedulerFor, type DrawClient, type DrawScheduler } from './draw-scheduler.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean>; hasUpdated: boolean };

/** The ruler and its probe, made once and cloned for each chart (cheaper than styling each anew). */
let rulerTemplate: HTMLElement | undefined;

function newRuler(): HTMLElement {
  if (!rulerTemplate) {
    rulerTemplate = document.createElement('div');
    rulerTemplate.setAttribute('aria-hidden', 'true');
    // Inset by the figure's padding (theme.ts): the width measured is the chart's own.
    rulerTemplate.style.cssText = 'display:block;height:0;margin:0 var(--_padding,0px);padding:0;border:0';
    const em = document.createElement('div');
    em.style.cssText = 'display:block;width:1em;height:0;margin:0;padding:0;border:0';
    rulerTemplate.append(em);
  }
  return rulerTemplate.cloneNode(true) as HTMLElement;
}

export class DrawController implements ReactiveController, DrawClient {
  readonly ruler = newRuler();
  /** 1em wide: resized when the host's font size changes. */
  readonly em = this.ruler.firstElementChild as HTMLElement;
  #scheduler?: DrawScheduler;
  #width?: number;
  /** The scale the chart draws at, from the host's font size; read with the width. */
  #fontScale = 1;
  /** Had its turn: from then on the chart redraws as any element updates. */
  #drawn = false;
  #changed?: { promise: Promise<void>; resolve: () => void };
  /** Resolves the promise `draw` returned, at the host's next update. */
  #updated?: () => void;

  /** The host's custom states: `:state(unmeasured)` until its width is known (see `value`). */
  readonly #states?: CustomStateSet;
  /** The first width is known, its redraw waits for the next frame (see `resized`). */
  #framePending = false;
  /** The embed snippet's heights hold the chart's room (kit/reserve.ts), before and after it draws. */
  #roomHeld = false;
  /** Whether the host was set up (its first connect ran): later connects run at once. */
  #setUp = false;

  /** `ready`: the chart has what it needs to draw (data and a width), only not the turn. */
  readonly #ready: () => boolean;

  constructor(
    readonly host: Host,
    ready: () => boolean,
  ) {
    this.#ready = ready;
    this.#states = host.attachInternals?.().states;
    this.#setUnmeasured(true);
    host.addController(this);
  }

  /**
   * The host connects: `connect` (its shadow root, styles, observers, loads) runs now, or,
   * for a first connect among many in one task (a page's charts, upgraded when their
   * module defines them), in a later task of the page's scheduler (draw-scheduler.ts).
   */
  connect(connect: () => void): void {
    if (this.#setUp) return connect();
    this.#scheduler = this.#schedulerNow();
    this.#scheduler.setUp(this, () => {
      this.#setUp = true;
      connect();
    });
  }

  #schedulerNow(): DrawScheduler {
    return schedulerFor((this.host.ownerDocument.defaultView ?? window) as Window & typeof globalThis);
  }

  hostConnected(): void {
    if (this.ruler.parentNode !== this.host.renderRoot) this.host.renderRoot.prepend(this.ruler);
    const scheduler = this.#schedulerNow();
    if (scheduler !== this.#scheduler) this.#scheduler?.unwatch(this);
    this.#scheduler = scheduler;
    scheduler.watch(this);
    // Each connect asks for an update: a chart that got its data while disconnected draws when back.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#scheduler?.unwatch(this);
    // Measured again when connected: the new place may be wider or narrower.
    this.#width = undefined;
    this.#framePending = false;
    this.#setUnmeasured(true);
    this.#notify();
  }

  /** A chart that could draw asks for its turn. */
  hostUpdated(): void {
    this.#updated?.();
    this.#updated = undefined;
    if (!this.mayDraw && this.#ready()) this.#scheduler?.enqueue(this);
  }

  /** Container width in px; undefined until measured (0 where nothing is rendered: `display: none`). */
  get value(): number | undefined {
    // Not read here as a rule: that would force a layout in the task that connects the
    // charts (the page's first, often). The ResizeObserver reports it before the first
    // paint, and until then `livelihood-charts.css` holds the room (`:state(unmeasured)`).
    // Where no observer reports (a hidden page), read for every chart at once.
    if (this.#width === undefined && this.#scheduler?.eager && this.ruler.isConnected) this.#scheduler.measureAll();
    // The first width waits for the chart's turn (`resized`): until then nothing to draw.
    return this.#width === undefined || this.#framePending ? undefined : Math.floor(this.#width);
  }

  /**
   * Whether the host may update: not the first time before its width is known and its turn
   * has come, as it would draw nothing (the stylesheet holds its room). A page's charts
   * upgrade in the task that defines them; their first renders wait for the queue's turns.
   */
  get mayUpdate(): boolean {
    if (this.host.hasUpdated || !this.#scheduler || this.#scheduler.eager || !this.host.isConnected) return true;
    return this.#width !== undefined && !this.#framePending;
  }

  /** Whether the chart may draw now rather than show its placeholder. */
  get mayDraw(): boolean {
    return this.#drawn || !!this.#scheduler?.eager;
  }

  /** Runs `work` when every chart of the page is drawn and the page is idle (at once when printing or hidden). */
  whenIdle(work: () => void): void {
    if (!this.#scheduler || this.#scheduler.eager) work();
    else this.#scheduler.whenIdle(work);
  }

  /** Whether `updateComplete` should wait for this controller: not measured yet, or waiting for its turn. */
  get waiting(): boolean {
    if (!this.host.isConnected || !this.#scheduler) return false;
    return this.#width === undefined || this.#framePending || (!this.mayDraw && this.#ready());
  }

  /** Resolves at the next change of width or turn. */
  get change(): Promise<void> {
    if (!this.#changed) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#changed = { promise, resolve };
    }
    return this.#changed.promise;
  }

  get unmeasured(): boolean {
    return this.#width === undefined;
  }

  /** How large the chart draws: the host's font size over the design's (host-scale.ts). */
  get scale(): number {
    // Like `value`: where no observer reports, read with every chart's width.
    if (this.#width === undefined && this.#scheduler?.eager && this.ruler.isConnected) this.#scheduler.measureAll();
    return this.#fontScale;
  }

  measured(width: number): void {
    if (this.#width === undefined) this.#fontScale = hostScale(this.host);
    this.#width ??= width;
    this.#setUnmeasured(false);
  }

  /** The host's font size may have changed (the probe resized): a new scale redraws. */
  rescaled(): void {
    const scale = hostScale(this.host);
    if (scale === this.#fontScale) return;
    this.#fontScale = scale;
    if (this.#width !== undefined && !this.#framePending) this.#changedSize();
  }

  resized(width: number): void {
    if (this.#width === undefined) this.#fontScale = hostScale(this.host);
    if (width === this.#width) return;
    const first = this.#width === undefined;
    this.#width = width;
    if (!first) return this.#changedSize();
    // The first width arrives in the ResizeObserver's loop; drawn there, the chart would
    // resize other charts' rulers (a scrollbar appears) and the loop report an error.
    // A chart whose room the stylesheet holds (an embed snippet's heights) waits for its
    // turn in the page's queue instead, with the charts that draw: a page's charts all
    // get their first width in one frame, and laying them all out in the next made one
    // long task. One without is laid out the next frame: until it is, it has no height,
    // so the queue could not tell which charts are on screen.
    this.#framePending = true;
    this.#roomHeld = reservedHeight((name) => this.host.getAttribute(name), width / this.#fontScale) !== undefined;
    if (this.#roomHeld && this.#scheduler && !this.#scheduler.eager) return this.#scheduler.enqueue(this);
    const view = this.host.ownerDocument.defaultView ?? window;
    view.requestAnimationFrame(() => this.#width !== undefined && this.#changedSize());
  }

  #changedSize(): void {
    this.#framePending = false;
    this.#setUnmeasured(false);
    this.host.requestUpdate();
    this.#notify();
  }

  /**
   * Its turn in the queue: at its first width, the chart draws if it has its data (no
   * placeholder first), else shows its placeholder and asks again once it has; later, it
   * draws. Resolves once the host has updated.
   */
  turn(): Promise<unknown> {
    if (this.#framePending) {
      this.#framePending = false;
      this.#setUnmeasured(false);
      if (!this.#ready()) return this.#updateNow();
    }
    return this.draw();
  }

  /**
   * Draws now (its turn, focus, a print), far from the screen or not: a chart skipped by
   * `content-visibility` would be out of Chromium's accessibility tree until scrolled to.
   * Resolves once the host has updated (not `updateComplete`, which waits for the page's
   * idle work too).
   */
  draw(): Promise<unknown> {
    this.#drawn = true;
    if (this.#framePending) {
      this.#framePending = false;
      this.#setUnmeasured(false);
    }
    return this.#updateNow();
  }

  #updateNow(): Promise<unknown> {
    const updated = new Promise<void>((resolve) => (this.#updated = resolve));
    this.host.requestUpdate();
    this.#notify();
    return updated;
  }

  #setUnmeasured(on: boolean): void {
    this.#setState('unmeasured', on);
  }

  #setState(state: string, on: boolean): void {
    try {
      if (on) this.#states?.add(state);
      else this.#states?.delete(state);
    } catch {
      // Chromium before 125 knows only `--dashed` states: its pages hold no room that way.
    }
  }

  #notify(): void {
    this.#changed?.resolve();
    this.#changed = undefined;
  }
}
