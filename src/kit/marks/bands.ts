/**
 * Long charts drawn in horizontal bands: each band is its own `<svg>` in a box that is
 * first drawn with `content-visibility: auto`, so the first draw lays out only the bands
 * near the viewport (a 5,000-bar chart is 140,000 px tall; a reader sees a few dozen
 * bars of it). Chromium leaves the marks of a skipped band out of its accessibility tree
 * (a 200-bar chart gave a screen reader 72 marks), so once the page is idle the chart
 * opens its bands a few at a time (open-bands.ts, a chunk of its own): every mark is then
 * in the tree, and no single task lays out thousands of rows. Bands keep their exact
 * size, so nothing shifts as they open, and their marks are always in the DOM: focusable
 * (focus draws their band) and found by find-in-page.
 *
 * Marks keep chart coordinates: a band's viewBox starts at its own top.
 */
import { css } from 'lit';

/** Rows per band: about a phone screen of bars. */
export const ROWS_PER_BAND = 24;

export interface Band {
  /** Rows [start, end). */
  start: number;
  end: number;
  /** Chart y of the band's top, and its height, px. */
  top: number;
  height: number;
}

/**
 * Cuts `count` rows of `rowHeight` px, after `padding` px at the top and before as much
 * at the bottom, into bands that together cover the chart's whole height.
 */
export function bands(count: number, rowHeight: number, padding: number, perBand = ROWS_PER_BAND): Band[] {
  const result: Band[] = [];
  const total = padding * 2 + count * rowHeight;
  for (let start = 0; start < count || (count === 0 && result.length === 0); start += perBand) {
    const end = Math.min(count, start + perBand);
    const top = start === 0 ? 0 : padding + start * rowHeight;
    const bottom = end === count ? total : padding + end * rowHeight;
    result.push({ start, end, top, height: bottom - top });
  }
  return result;
}

/**
 * The band box: skipped while far from the viewport until it is opened, at its exact
 * size. The first band is always drawn: it is what a reader sees first, and it is laid
 * out with the rest of the page rather than a frame later (the browser decides which
 * bands are near the viewport at the next frame).
 */
export const bandStyles = css`
  .band + .band:not(.open) {
    content-visibility: auto;
  }
  .band > svg {
    display: block;
  }
`;
