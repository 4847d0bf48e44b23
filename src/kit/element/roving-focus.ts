/**
 * Keyboard navigation of a chart's marks with a roving tabindex: the marks are one
 * Tab stop; Up and Down move to the mark above or below, Home and End jump to the ends.
 * Left and Right move along a series: in a chart of groups of `stride` marks (a
 * comparison: one mark per place in each indicator's group), to the same place in the
 * group before or after; in a plain chart (stride 1), like Up and Down.
 *
 * The focusable element of mark i renders `data-mark=${i}` and `tabindex` 0 for the
 * Tab stop, -1 for the others (setTabStop, mark-interaction.ts); other elements of the
 * mark may carry `data-mark` without tabindex.
 */

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
