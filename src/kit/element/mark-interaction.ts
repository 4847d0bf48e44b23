/**
 * A chart's marks under pointer, focus and keyboard: which mark shows its tooltip, and
 * which is chosen. Hover, focus and tap show a mark's tooltip (focus wins over a
 * pointer that leaves); click, tap, Enter and Space choose it; Escape hides the tooltip;
 * arrows move focus (RovingFocusController).
 *
 * The chart's drawing area binds its events to the handlers (arrow functions, so they
 * keep `this`; ChartElement#renderChartArea). After each update the chart gives one mark
 * the Tab stop and the shown tooltip's mark its description, and puts focus back on a
 * mark a redraw replaced (the functions at the end).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { markIndex, RovingFocusController } from './roving-focus.js';
import type { TooltipViewport } from '../marks/tooltip.js';

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

export class MarkInteractionController implements ReactiveController {
  readonly roving: RovingFocusController;
  private hovered?: number;
  private focused?: number;
  private shown?: number;
  /** A redraw is replacing marks: focus moving with them is no reader's doing. */
  private redrawing = false;
  private screen?: TooltipViewport;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chart: MarkChart,
  ) {
    this.roving = new RovingFocusController(host);
    host.addController(this);
  }

  /** Moved or removed: no pointer or focus is on its marks any more. */
  hostDisconnected(): void {
    this.hovered = this.focused = undefined;
    this.show(undefined);
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

  /** The mark whose tooltip is shown, if any. */
  get tip(): number | undefined {
    return this.shown;
  }

  /** Where the chart was on screen when the tooltip last opened (for which way it opens). */
  get viewport(): TooltipViewport | undefined {
    return this.screen;
  }

  /** Shows mark `index`'s tooltip; `event` (on the chart) says where the chart is on screen. */
  private show(index: number | undefined, event?: Event): void {
    if (index === this.shown) return;
    const chart = event?.currentTarget;
    if (index !== undefined && chart instanceof Element) {
      // The chart's own window: inside an iframe, the iframe's.
      const view = chart.ownerDocument.defaultView ?? window;
      this.screen = { chartTop: chart.getBoundingClientRect().top, height: view.innerHeight };
    }
    this.shown = index;
    this.host.requestUpdate();
  }

  private pointed(event: MouseEvent): number | undefined {
    if (!this.chart.count()) return undefined;
    const { left, top } = (event.currentTarget as Element).getBoundingClientRect();
    return this.chart.markAt({ x: event.clientX - left, y: event.clientY - top });
  }

  readonly handleClick = (event: MouseEvent): void => {
    const index = markIndex(event) ?? this.pointed(event);
    if (index === undefined) return;
    this.roving.setActive(index);
    this.show(index, event);
    this.chart.choose(index);
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const count = this.chart.count();
    // Alt+Left is the browser's Back, Ctrl/Cmd+arrows move the page or the caret.
    if (!count || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.roving.handleKeydown(event, count, this.chart.stride())) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      // A held key chooses once.
      if (event.repeat) return;
      const index = markIndex(event);
      if (index !== undefined) this.chart.choose(index);
    } else if (event.key === 'Escape') {
      this.show(undefined);
    }
  };

  readonly handleFocusIn = (event: FocusEvent): void => {
    const index = markIndex(event);
    if (index === undefined) return;
    this.roving.setActive(index);
    this.focused = index;
    if (!this.redrawing) this.show(index, event);
  };

  readonly handleFocusOut = (event: FocusEvent): void => {
    if (this.redrawing) return;
    const next = event.relatedTarget;
    if (next instanceof Element && next.closest('[data-mark]')) return;
    this.focused = undefined;
    this.show(this.hovered);
  };

  readonly handlePointerMove = (event: PointerEvent): void => {
    const index = this.pointed(event);
    if (index === this.hovered) return;
    this.hovered = index;
    this.show(index ?? this.focused, event);
  };

  readonly handlePointerLeave = (): void => {
    this.hovered = undefined;
    this.show(this.focused);
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
const markElement = (root: ParentNode, index: number | undefined) =>
  index === undefined ? null : root.querySelector(`[data-mark="${index}"][tabindex]`);

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
