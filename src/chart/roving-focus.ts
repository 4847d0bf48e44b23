/**
 * Keyboard navigation of a chart's marks with a roving tabindex: the marks are one
 * Tab stop; arrow keys move between them, Home and End jump to the ends.
 *
 * The focusable element of mark i renders `data-mark=${i}` and
 * `tabindex=${i === focus.tabStop(n) ? 0 : -1}` (other elements of the mark may carry
 * `data-mark` without tabindex);
 * the container forwards `keydown` to `handleKeydown` and `focusin` to `setActive`.
 */
import type { ReactiveControllerHost } from 'lit';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/** The mark a key moves to from `current` among `count`, or undefined for other keys. */
export function nextMark(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (NEXT.has(key)) return Math.min(current + 1, count - 1);
  if (PREVIOUS.has(key)) return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
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
  handleKeydown(event: KeyboardEvent, count: number): boolean {
    const next = nextMark(event.key, this.tabStop(count), count);
    if (next === undefined) return false;
    event.preventDefault();
    this.setActive(next);
    const root = this.host.shadowRoot ?? this.host;
    root.querySelector<SVGElement | HTMLElement>(`[data-mark="${next}"][tabindex]`)?.focus();
    return true;
  }
}
