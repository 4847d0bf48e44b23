/// <reference types="vite/client" />
/** The benchmark pages' view of `<livelihood-bar>`. */
import '../../src/charts/livelihood-bar/livelihood-bar.js';

interface ReactiveElementLike extends HTMLElement {
  updateComplete: Promise<boolean>;
}

export const TAG = 'livelihood-bar';

/** Bars drawn in the element's shadow root. */
export function markCount(el: Element): number {
  const root = el.shadowRoot;
  if (!root) return 0;
  return root.querySelectorAll('[part~="bar"]').length || root.querySelectorAll('rect').length;
}

export const isAlert = (el: Element) => Boolean(el.shadowRoot?.querySelector('[role="alert"]'));
export const isRendered = (el: Element) => Boolean(el.shadowRoot?.querySelector('svg, [role="alert"]'));

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once a frame has been painted (two animation frames). */
export const afterPaint = async () => {
  await nextFrame();
  await nextFrame();
};

/** Yields to the event loop for one task (MessageChannel: no 4 ms timer clamp). */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** How a chart got to its drawn state: event-loop turns and frames it needed after `updateComplete`. */
export interface Settled {
  tasks: number;
  frames: number;
}

/**
 * Awaits the first draw (or `updateComplete`) until `bars` bars are drawn (or, when `bars` is 0, anything is
 * rendered) or an error message shows. If the chart is not there yet, it yields one
 * event-loop task at a time (async work such as a Task resolving), then, after a few,
 * one frame at a time (work that waits for a ResizeObserver or an animation frame).
 * Whatever it waits for counts against the component, as it would for a reader.
 */
export async function settle(el: Element, bars = 0, maxFrames = 300): Promise<Settled> {
  const reactive = el as ReactiveElementLike;
  const waited: Settled = { tasks: 0, frames: 0 };
  // Drawn is enough: `updateComplete` also waits for the data table, built when the page is idle.
  const drawn = new Promise((resolve) => el.addEventListener('livelihood-render', resolve, { once: true }));
  for (;;) {
    await Promise.race([reactive.updateComplete, drawn]);
    const done = isAlert(el) || (bars > 0 ? markCount(el) >= bars : isRendered(el));
    if (done || waited.frames >= maxFrames) return waited;
    if (waited.tasks < 5) {
      waited.tasks++;
      await nextTask();
    } else {
      waited.frames++;
      await nextFrame();
    }
  }
}
