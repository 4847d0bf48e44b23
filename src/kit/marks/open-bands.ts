/**
 * Opens a long chart's skipped bands (bands.ts) when the page is idle. A chunk of its
 * own: a chart's first draw does not need it.
 */

/** Bands opened an idle callback: about 100 rows, a frame's worth of layout. */
const OPEN_PER_TASK = 4;

/**
 * Skips the bands of `root` again (their marks are new: only those near the viewport are
 * laid out in this frame), then opens them `OPEN_PER_TASK` an idle callback, top first:
 * their marks come into the accessibility tree as they open. Its own idle callbacks, not
 * the page's idle queue (draw-scheduler.ts), which runs one piece an idle task: there, a
 * page of charts' steps would hold back their data tables.
 */
export function openBands(root: ParentNode): void {
  for (const band of root.querySelectorAll('.open')) band.classList.remove('open');
  const step = () => {
    const shut = root.querySelectorAll('.band + .band:not(.open)');
    for (let i = 0; i < OPEN_PER_TASK && i < shut.length; i++) shut[i]!.classList.add('open');
    if (shut.length > OPEN_PER_TASK) idle();
  };
  // Within a second even on a page that is never idle; Safari has no requestIdleCallback.
  const idle = () => self.requestIdleCallback?.(step, { timeout: 1000 }) ?? setTimeout(step, 50);
  idle();
}
