/**
 * How large a chart draws on its page: its sizes (13 px labels, 17 px titles …) are
 * designed for text of 16 px, and grow and shrink with the font size the host inherits
 * from the article, as `em` would: 13 px labels in a 16 px article, 14.6 px in an 18 px
 * one. The chart lays out at its width divided by the scale and the figure is zoomed
 * by it (chart-element.ts), so the layout's arithmetic stays in one set of px. The
 * room an embed snippet reserves scales the same way (reserve.ts).
 */

/** The host font size the charts' sizes are designed for, px. */
export const DESIGN_FONT_SIZE = 16;
/** Labels (13 px at scale 1) never below 12 px: Chinese on a phone stays legible. */
export const MIN_SCALE = 0.925;
/** A heading-sized host (an `<h1>`, a 40 px slide) does not blow the chart up past this. */
export const MAX_SCALE = 2;

/** The scale as CSS computes it from the element's font size (the same clamp as `scaleFor`), a length: px per 16 design px. */
export const CSS_SCALED_EM = `clamp(${MIN_SCALE * DESIGN_FONT_SIZE}px, 1em, ${MAX_SCALE * DESIGN_FONT_SIZE}px)`;

/** The scale for a host font size in px; 1 when it is not a number. */
export function scaleFor(fontSize: number): number {
  if (!Number.isFinite(fontSize) || fontSize <= 0) return 1;
  // Not rounded: the stylesheet computes the same scale from 1em (reserve.ts).
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, fontSize / DESIGN_FONT_SIZE));
}

/** The scale for `element`'s computed font size. */
export function hostScale(element: Element): number {
  const view = element.ownerDocument.defaultView;
  return view ? scaleFor(parseFloat(view.getComputedStyle(element).fontSize)) : 1;
}
