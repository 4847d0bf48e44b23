/**
 * Keyboard navigation of a chart's marks with a roving tabindex: the marks are one
 * Tab stop; Up and Down move to the mark above or below, Home and End jump to the ends.
 * Left and Right move along a series: in a chart of groups of `stride` marks (a
 * comparison: one mark per place in each indicator's group), to the same place in the
 * group before or after; in a plain chart (stride 1), like Up and Down.
 *
 * The focusable element of mark i renders `data-mark=${i}` and
 * `tabindex=${i === focus.tabStop(n) ? 0 : -1}` (other elements of the mark may carry
 * `data-mark` without tabindex);
 * the container forwards `keydown` to `handleKeydown` and `focusin` to `setActive`.
 */
import type { ReactiveControllerHost } from 'lit';

/**
 * The mark a key moves to from `current` among `count` (in groups of `stride`), or
 * undefined for other keys. A move past either end stays at the nearest mark; a
 * series step past the first or last group stays put.
 */
export function nextMark(key: string, current: number, count: number, stride = 1): number | undefined {
  if (count === 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step =
    key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : key === 'ArrowRight' ? stride : key === 'ArrowLeft' ? -stride : 0;
  if (!step) return undefined;
  const next = current + step;
  if (Math.abs(step) > 1) return next < 0 || next >= count ? current : next;
  return Math.max(0, Math.min(next, count - 1));
}

/** The mark index an event happened on, from the nearest `data-mark` ancestor. */
export function markIndex(event: Event): number | undefined {
  const target = event.composedPath()[0];
  const mark = target instanceof Element ? target.closest('[data-mark]') : null;
  return mark ? Number(mark.getAttribute('data-mark')) : undefined;
}

export class RovingFocusController {
  /** The mark that last held the Tab stop; clamped to the marks there are when read. */
  private active = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** The index of the one mark with `tabindex="0"` among `count`. */
  tabStop(count: number): number {
    return Math.max(0, Math.min(this.active, count - 1));
  }

  /** Moves the Tab stop (after a click or focus) without moving focus. */
  setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  /** Moves focus for navigation keys; returns true when it handled the key. */
  handleKeydown(event: KeyboardEvent, count: number, stride = 1): boolean {
    const next = nextMark(event.key, this.tabStop(count), count, stride);
    if (next === undefined) return false;
    event.preventDefault();
    this.setActive(next);
    const root = this.host.shadowRoot ?? this.host;
    root.querySelector<SVGElement | HTMLElement>(`[data-mark="${next}"][tabindex]`)?.focus();
    return true;
  }
}
