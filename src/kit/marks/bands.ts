/**
 * Long charts drawn in horizontal bands: each band is its own `<svg>` in a box with
 * `content-visibility: auto`, so the browser styles, lays out and paints only the bands
 * near the viewport. A 5,000-bar chart is 140,000 px tall; a reader sees a few dozen
 * bars of it. Bands keep their exact size (`contain-intrinsic-size`), so nothing shifts
 * as they come into view, and their marks stay in the DOM: focusable (focus draws their
 * band) and found by find-in-page. Chromium leaves a skipped band's marks out of the
 * accessibility tree until it is near; the hidden data table, never skipped, has every row.
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
 * The band box: skipped while far from the viewport, at its exact size. The first band
 * is always drawn: it is what a reader sees first, and it is laid out with the rest of
 * the page rather than a frame later (the browser decides which bands are near the
 * viewport at the next frame).
 */
export const bandStyles = css`
  .band + .band {
    content-visibility: auto;
  }
  .band > svg {
    display: block;
  }
`;
