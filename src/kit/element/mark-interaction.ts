/**
 * A chart's marks under pointer, focus and keyboard: which mark shows its tooltip, which
 * holds the Tab stop, and which is chosen. This is the state, in every chart's bundle;
 * what the events do with it (mark-handlers.ts, which alone changes it) and the tooltip's content come in a
 * chunk of their own (interaction.ts), out of the task that draws the page's charts:
 * loaded once they are drawn and the page is idle (with the data tables,
 * chart-element.ts), or at the first event on the marks if that comes sooner. An event
 * that comes before the chunk is handled once it is there; keys the marks use do not
 * scroll the page meanwhile.
 *
 * The chart's drawing area binds its events to `handle` (ChartElement#renderFrame).
 * After each update the chart gives one mark the Tab stop and the shown tooltip's mark
 * its description, and puts focus back on a mark a redraw replaced (the functions at
 * the end).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TooltipViewport } from '../marks/tooltip.js';
import { onDemand } from './on-demand.js';

/** A point in the chart's drawing area, px from its top left corner. */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface MarkChart {
  /** How many marks are drawn now; 0 when there is no chart. */
  count(): number;
  /** Marks per group, for Left and Right (roving-focus.ts). */
  stride(): number;
  /** The mark at `point`, if any: the chart decides how near counts (a whole row, a dot's radius). */
  markAt(point: ChartPoint): number | undefined;
  /** Mark `index` was chosen. */
  choose(index: number): void;
}

/** The handlers and the tooltip's content: loaded at the first event on a chart's marks. */
export const interaction = onDemand(() => import('./interaction.js'));

/** Keys a focused mark answers (mark-handlers.ts), whose default (scrolling) must not happen. */
const MARK_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ']);

/** The mark index an event happened on, from the nearest `data-mark` ancestor. */
export function markIndex(event: Event): number | undefined {
  const target = event.composedPath()[0];
  const mark = target instanceof Element ? target.closest('[data-mark]') : null;
  return mark ? Number(mark.getAttribute('data-mark')) : undefined;
}

export class MarkInteractionController implements ReactiveController {
  /** The mark that last held the Tab stop; clamped to the marks there are when read. */
  active = 0;
  hovered?: number;
  focused?: number;
  /** A redraw is replacing marks: focus moving with them is no reader's doing. */
  redrawing = false;
  /** Events that came before the handlers' chunk, handled once it is here: `updateComplete` waits for them. */
  loading?: Promise<void>;
  /** The mark whose tooltip is shown, if any. */
  tip?: number;
  /** Where the chart was on screen when the tooltip last opened (for which way it opens). */
  viewport?: TooltipViewport;
  /** The last mark chosen was tapped (not clicked or keyed): set by the handlers, declared only (no byte of a first file). */
  declare tapped?: boolean;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly chart: MarkChart,
  ) {
    host.addController(this);
  }

  /** Moved or removed: no pointer or focus is on its marks any more. */
  hostDisconnected(): void {
    this.hovered = this.focused = undefined;
    if (this.tip === undefined) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  /** Runs a redraw: the focus and blur it causes move no tooltip. */
  redraw(draw: () => void): void {
    this.redrawing = true;
    try {
      draw();
    } finally {
      this.redrawing = false;
    }
  }

  /** The index of the one mark with `tabindex="0"` among `count`. */
  tabStop(count: number): number {
    return Math.max(0, Math.min(this.active, count - 1));
  }

  /** Every event of the drawing area: what it hit is read now, while the event is dispatched. */
  readonly handle = (event: Event): void => {
    const area = event.currentTarget as Element;
    const mark = markIndex(event);
    const loaded = interaction.loaded();
    if (loaded) return loaded.handleMarkEvent(this, event, area, mark);
    const key = event as KeyboardEvent;
    if (mark !== undefined && MARK_KEYS.has(key.key) && !key.altKey && !key.ctrlKey && !key.metaKey) event.preventDefault();
    const loading: Promise<void> = interaction
      .load()
      .then(
        (m) => m.handleMarkEvent(this, event, area, mark),
        // Offline or a bad deploy: the chart stays drawn, without tooltips; the next event tries again.
        () => undefined,
      )
      .then(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
  };
}

/** The mark focused inside `root`, and its index, if any. */
export function focusedMark(root: ParentNode & { activeElement?: Element | null }): { element: Element; index: number } | undefined {
  const element = root.activeElement?.closest('[data-mark]');
  return element ? { element, index: Number(element.getAttribute('data-mark')) } : undefined;
}

/**
 * Focuses mark `index` after a redraw removed the focused one (or the last mark, when
 * there are fewer now; the figure, when there are none: an error or loading), without
 * scrolling the page.
 */
export function restoreFocus(root: ParentNode, index: number): void {
  const marks = root.querySelectorAll<SVGElement | HTMLElement>('[data-mark][tabindex]');
  (marks[Math.min(index, marks.length - 1)] ?? root.querySelector('figure'))?.focus({ preventScroll: true });
}

/** The focusable element of mark `index`. */
export const markElement = (root: ParentNode, index: number | undefined) =>
  index === undefined ? null : root.querySelector<SVGElement | HTMLElement>(`[data-mark="${index}"][tabindex]`);

/** Moves attribute `name` from `current` to `next`: `current` gets `off`, or loses it. */
function moveAttribute(current: Element | null, next: Element | null, name: string, on: string, off?: string): void {
  if (current === next) return;
  if (off === undefined) current?.removeAttribute(name);
  else current?.setAttribute(name, off);
  next?.setAttribute(name, on);
}

/** Gives mark `stop` the chart's one Tab stop (`tabindex="0"`). */
export function setTabStop(root: ParentNode, stop: number): void {
  moveAttribute(root.querySelector('[data-mark][tabindex="0"]'), markElement(root, stop), 'tabindex', '0', '-1');
}

/**
 * Points the mark whose tooltip is shown, and only that one, at the tooltip
 * (`aria-describedby`): a focused mark is never described by another mark's figures.
 */
export function setDescribedMark(root: ParentNode, index: number | undefined, tooltipId: string): void {
  moveAttribute(root.querySelector('[data-mark][aria-describedby]'), markElement(root, index), 'aria-describedby', tooltipId);
}
