/**
 * When the charts of a page draw. One scheduler a window, shared by every chart in it:
 *
 * - one ResizeObserver for every chart's width, which the browser reports for all
 *   charts in one callback of its rendering step, before the first paint: no chart
 *   forces a layout;
 * - one draw queue: a chart is laid out at its first width, and draws, in the queue's
 *   turns, and the queue yields to the browser between turns, so input and paint come
 *   between them and no task is long however many charts a page has;
 * - one IntersectionObserver that orders the queue: charts on screen first, then those
 *   within a viewport's height of it (`rootMargin`), then the rest of the page in
 *   document order; a chart scrolled near moves to the front. Every chart draws
 *   without being scrolled to (a reader of assistive technology, find-in-page and
 *   `updateComplete` all see it drawn), but what the reader sees comes first.
 *
 * - one set-up queue: a page's charts all upgrade in the task that defines them (the
 *   module's), and each one's shadow root, styles, observers and loads are set up at
 *   its first connect; past SETUP_BUDGET ms of that in a task, the rest are set up in
 *   the next tasks, a budget's worth each, so the module's task stays short.
 *
 * Where nothing scrolls, there is nothing to wait for: a page being printed draws
 * every chart at once (`beforeprint`), as does a hidden page (it has no viewport to be
 * near) and a browser without IntersectionObserver.
 */

/** What the scheduler needs of a chart (DrawController). */
export interface DrawClient {
  readonly host: HTMLElement;
  /** The element whose width is the chart's (a zero-height ruler in its shadow root). */
  readonly ruler: HTMLElement;
  /** The chart's width, read with the others where no observer reports (a hidden page; no update follows). */
  measured(width: number): void;
  /** The chart's width changed (the ResizeObserver). */
  resized(width: number): void;
  /** A 1em-wide element in the ruler: resized when the host's font size changes. */
  readonly em: HTMLElement;
  /** The host's font size may have changed. */
  rescaled(): void;
  /** Its turn: laid out at its first width, or drawn; resolves once the host has updated. */
  turn(): Promise<unknown>;
  /** Draws now, out of turn (a print). */
  draw(): Promise<unknown>;
  /** Whether the chart has no width yet. */
  readonly unmeasured: boolean;
}

/** A task of the queue ends before it would pass this (ms): long tasks are 50 ms and more. */
const TASK_BUDGET = 40;

/**
 * Set-ups a task runs for at most this long (ms), its first not counted (the page's first
 * starts what every chart shares: styles, data, strings): the module's task also
 * evaluates the code and upgrades every chart of the page. A page of a few charts still
 * sets them all up in that task, so they are measured in one frame.
 */
const SETUP_BUDGET = 25;

/** How far from the viewport a chart counts as near: a viewport's height above and below. */
const ROOT_MARGIN = '100% 0px';

/**
 * Ends the task: a message comes back as a new task, with no 4 ms timer clamp.
 * (`scheduler.yield()` is no good here: its continuations go before other tasks,
 * frames included, so a page of charts would still draw before its first paint.)
 */
function yieldTask(view: Window & typeof globalThis): Promise<void> {
  return new Promise((resolve) => {
    const channel = new view.MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class DrawScheduler {
  readonly #clients = new Map<Element, DrawClient>();
  readonly #resizes: ResizeObserver;
  readonly #intersections?: IntersectionObserver;
  /** Charts waiting for their turn, in the order they asked. */
  readonly #queue = new Set<DrawClient>();
  readonly #onScreen = new WeakSet<DrawClient>();
  readonly #near = new WeakSet<DrawClient>();
  /** Charts the IntersectionObserver has reported on. */
  readonly #placed = new WeakSet<DrawClient>();
  #running = false;
  /** Resolves the wait for the IntersectionObserver's first report on newly watched charts. */
  #placing?: () => void;
  #printing = false;
  /** Work that can wait until every chart is drawn and the page is idle (data tables), one piece a task. */
  readonly #later: (() => void)[] = [];
  #idling = false;
  /** Charts connected and not set up yet, in the order they connected, with their set-up. */
  readonly #setups = new Map<DrawClient, () => void>();
  /** When this task's first set-up ended (reset at the task's microtask checkpoint). */
  #setupStart?: number;

  readonly #view: Window & typeof globalThis;

  constructor(view: Window & typeof globalThis) {
    this.#view = view;
    this.#resizes = new view.ResizeObserver((entries) => {
      for (const entry of entries) {
        const client = this.#clients.get(entry.target);
        if (entry.target === client?.em) client.rescaled();
        else client?.resized(entry.contentRect.width);
      }
    });
    if ('IntersectionObserver' in view) {
      this.#intersections = new view.IntersectionObserver((entries) => this.#handleIntersections(entries), {
        root: view.document,
        rootMargin: ROOT_MARGIN,
      });
    }
    view.addEventListener('beforeprint', () => this.#drawAllNow());
    view.addEventListener('afterprint', () => (this.#printing = false));
  }

  /** Charts draw at once, not in turns: the page is printed, hidden (no frames), or has no IntersectionObserver. */
  get eager(): boolean {
    return this.#printing || !this.#intersections || this.#view.document.visibilityState === 'hidden';
  }

  watch(client: DrawClient): void {
    this.#clients.set(client.ruler, client);
    this.#clients.set(client.host, client);
    this.#clients.set(client.em, client);
    this.#resizes.observe(client.ruler);
    this.#resizes.observe(client.em);
    this.#intersections?.observe(client.host);
  }

  /**
   * A chart's first connect: `setUp` runs now, or when this task has spent its budget on
   * set-ups, in the next tasks (in connect order); dropped if the chart is unwatched first.
   */
  setUp(client: DrawClient, setUp: () => void): void {
    if (this.#setupStart === undefined) queueMicrotask(() => (this.#setupStart = undefined));
    if (this.eager || (!this.#setups.size && performance.now() - (this.#setupStart ?? Infinity) < SETUP_BUDGET)) {
      setUp();
      this.#setupStart ??= performance.now();
      return;
    }
    this.#setups.set(client, setUp);
    if (this.#setups.size === 1) void this.#runSetups();
  }

  async #runSetups(): Promise<void> {
    while (this.#setups.size) {
      await yieldTask(this.#view);
      const start = performance.now();
      for (const [client, setUp] of this.#setups) {
        this.#setups.delete(client);
        try {
          setUp();
        } catch (error) {
          // One chart's failure is its own: the others are still set up.
          this.#view.reportError(error);
        }
        if (performance.now() - start > SETUP_BUDGET) break;
      }
    }
  }

  unwatch(client: DrawClient): void {
    this.#setups.delete(client);
    this.#clients.delete(client.ruler);
    this.#clients.delete(client.host);
    this.#clients.delete(client.em);
    this.#resizes.unobserve(client.ruler);
    this.#resizes.unobserve(client.em);
    this.#intersections?.unobserve(client.host);
    this.#queue.delete(client);
  }

  /** Asks for the chart's turn to draw. */
  enqueue(client: DrawClient): void {
    if (this.#queue.has(client)) return;
    this.#queue.add(client);
    void this.#run();
  }

  /** Runs `work` once the queue is empty and the page idle, one piece of work an idle task. */
  whenIdle(work: () => void): void {
    this.#later.push(work);
    if (this.#idling) return;
    this.#idling = true;
    const view = this.#view;
    const step = () => {
      // Drawing first: idle work waits for the queue (and never runs beside a print).
      if (this.#queue.size || this.#running) return schedule();
      this.#later.shift()?.();
      if (this.#later.length) schedule();
      else this.#idling = false;
    };
    // Within a second even on a page that is never idle.
    const schedule = () => (view.requestIdleCallback ? view.requestIdleCallback(step, { timeout: 1000 }) : view.setTimeout(step, 50));
    schedule();
  }

  #handleIntersections(entries: IntersectionObserverEntry[]): void {
    // A chart the ResizeObserver says nothing of (not rendered: `display: none`) is 0 wide.
    // Read for all at once, before any of them redraws: one layout at most.
    const unmeasured = entries.map((e) => this.#clients.get(e.target)).filter((c): c is DrawClient => !!c && c.unmeasured);
    const widths = unmeasured.map((c) => c.ruler.clientWidth);
    unmeasured.forEach((c, i) => c.resized(widths[i]!));
    const height = this.#view.innerHeight;
    for (const entry of entries) {
      const client = this.#clients.get(entry.target);
      if (!client) continue;
      const { top, bottom } = entry.boundingClientRect;
      if (entry.isIntersecting && bottom > 0 && top < height) this.#onScreen.add(client);
      else this.#onScreen.delete(client);
      if (entry.isIntersecting) this.#near.add(client);
      else this.#near.delete(client);
      this.#placed.add(client);
    }
    this.#placing?.();
  }

  /**
   * Reads the width of every chart not measured yet, all before any of them renders:
   * charts connected in one task (a page's, when their module defines them) share one
   * layout instead of forcing one each, between the previous chart's DOM writes.
   */
  measureAll(): void {
    const unmeasured = [...new Set(this.#clients.values())].filter((c) => c.unmeasured && c.ruler.isConnected);
    const widths = unmeasured.map((c) => c.ruler.clientWidth);
    unmeasured.forEach((c, i) => c.measured(widths[i]!));
  }

  /**
   * Waits until the IntersectionObserver has said where the queued charts are (its first
   * report comes a task after the frame that measured them), or a frame's time passes.
   */
  async #placement(): Promise<void> {
    if (!this.#intersections || [...this.#queue].every((c) => this.#placed.has(c))) return;
    await new Promise<void>((resolve) => {
      const timer = this.#view.setTimeout(done, 100);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#placing = () => {
        this.#placing = undefined;
        done();
      };
    });
  }

  #next(): DrawClient | undefined {
    for (const client of this.#queue) if (this.#onScreen.has(client)) return client;
    for (const client of this.#queue) if (this.#near.has(client)) return client;
    return this.#queue.values().next().value;
  }

  /**
   * Charts in turn, yielding between them unless the next one fits in the task too: a
   * task ends before it would pass TASK_BUDGET ms, judged by the chart drawn last
   * (fewer tasks, so fewer frames that lay the page out again between charts).
   */
  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      // Let the charts connected in the same task ask first, so those on screen go first.
      await yieldTask(this.#view);
      await this.#placement();
      let taskStart = performance.now();
      for (let client = this.#next(); client; client = this.#next()) {
        this.#queue.delete(client);
        const start = performance.now();
        try {
          await client.turn();
        } catch {
          // A chart's failure is its own (it shows a message); the others still draw.
        }
        const end = performance.now();
        if (end - taskStart + (end - start) > TASK_BUDGET) {
          await yieldTask(this.#view);
          taskStart = performance.now();
        }
      }
    } finally {
      this.#running = false;
    }
  }

  /** Printing: every chart, now, in this task's microtasks (the page is laid out for print next). */
  #drawAllNow(): void {
    this.#printing = true;
    this.#queue.clear();
    for (const client of new Set(this.#clients.values())) void client.draw();
    for (const work of this.#later.splice(0)) work();
  }
}

const schedulers = new WeakMap<Window, DrawScheduler>();

/** The scheduler of the window the chart is in (an iframe's own, once moved there). */
export function schedulerFor(view: Window & typeof globalThis): DrawScheduler {
  let scheduler = schedulers.get(view);
  if (!scheduler) schedulers.set(view, (scheduler = new DrawScheduler(view)));
  return scheduler;
}
