/**
 * What pointer, focus and keyboard do on a chart's marks. Hover, focus and tap show a
 * mark's tooltip (focus wins over a pointer that leaves); click, tap, Enter and Space
 * choose it; Escape hides the tooltip; arrows, Home and End move focus (roving-focus.ts).
 *
 * Loaded at the first event on a chart's marks (mark-interaction.ts): `area` is the
 * drawing area and `mark` the mark the event hit, read while the event was dispatched,
 * since the first event is handled after it.
 */
import { markElement, type MarkInteractionController } from './mark-interaction.js';
import { nextMark } from './roving-focus.js';

export function handleMarkEvent(c: MarkInteractionController, event: Event, area: Element, mark: number | undefined): void {
  switch (event.type) {
    case 'click':
      return click(c, event as MouseEvent, area, mark);
    case 'keydown':
      return keydown(c, event as KeyboardEvent, mark);
    case 'focusin':
      if (mark === undefined) return;
      setActive(c, mark);
      c.focused = mark;
      if (!c.redrawing) show(c, mark, area);
      return;
    case 'focusout': {
      if (c.redrawing) return;
      const next = (event as FocusEvent).relatedTarget;
      if (next instanceof Element && next.closest('[data-mark]')) return;
      c.focused = undefined;
      return show(c, c.hovered);
    }
    case 'pointermove': {
      const index = pointed(c, event as PointerEvent, area);
      if (index === c.hovered) return;
      c.hovered = index;
      return show(c, index ?? c.focused, area);
    }
    case 'pointerleave':
      c.hovered = undefined;
      return show(c, c.focused);
  }
}

/** Moves the Tab stop (after a click or focus) without moving focus. */
function setActive(c: MarkInteractionController, index: number): void {
  if (index === c.active) return;
  c.active = index;
  c.host.requestUpdate();
}

/** Shows mark `index`'s tooltip; `area` (the drawing area) says where the chart is on screen. */
function show(c: MarkInteractionController, index: number | undefined, area?: Element): void {
  if (index === c.tip) return;
  if (index !== undefined && area) {
    // The chart's own window: inside an iframe, the iframe's.
    const view = area.ownerDocument.defaultView ?? window;
    c.viewport = { chartTop: area.getBoundingClientRect().top, height: view.innerHeight };
  }
  c.tip = index;
  c.host.requestUpdate();
}

function pointed(c: MarkInteractionController, event: MouseEvent, area: Element): number | undefined {
  if (!c.chart.count()) return undefined;
  const { left, top } = area.getBoundingClientRect();
  return c.chart.markAt({ x: event.clientX - left, y: event.clientY - top });
}

function click(c: MarkInteractionController, event: MouseEvent, area: Element, mark: number | undefined): void {
  const index = mark ?? pointed(c, event, area);
  if (index === undefined) return;
  setActive(c, index);
  show(c, index, area);
  c.tapped = (event as PointerEvent).pointerType === 'touch';
  choose(c, index);
}

/**
 * Chooses mark `index`; a mark that discloses a panel (`aria-controls`, livelihood-stat's
 * sentence under its cards) brings it into view once open: it may open under the fold.
 */
function choose(c: MarkInteractionController, index: number): void {
  c.chart.choose(index);
  void c.host.updateComplete.then(() => {
    const root = c.host.shadowRoot ?? c.host;
    const mark = markElement(root, index);
    const panel = mark?.getAttribute('aria-expanded') === 'true' && root.querySelector(`#${mark.getAttribute('aria-controls')}`);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (panel) panel.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  });
}

function keydown(c: MarkInteractionController, event: KeyboardEvent, mark: number | undefined): void {
  const count = c.chart.count();
  c.tapped = false;
  // Alt+Left is the browser's Back, Ctrl/Cmd+arrows move the page or the caret.
  if (!count || event.altKey || event.ctrlKey || event.metaKey) return;
  const next = nextMark(event.key, c.tabStop(count), count, c.chart.stride());
  if (next !== undefined) {
    event.preventDefault();
    setActive(c, next);
    markElement(c.host.shadowRoot ?? c.host, next)?.focus();
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    // A held key chooses once.
    if (event.repeat) return;
    if (mark !== undefined) choose(c, mark);
  } else if (event.key === 'Escape') {
    show(c, undefined);
  }
}
