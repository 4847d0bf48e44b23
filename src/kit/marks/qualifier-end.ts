/**
 * How a bar ends by its figure's qualifier, so a reader sees what the label says:
 *   余 / 以上 (over, at least)  the bar runs on past its value, fading, outlined
 *   不足 (under)                the bar fades out inside its value
 *   近 (approx)                 a dashed tick across the bar's end
 *   exact                       a plain end
 * The fades fill with `fill` (a gradient `url(#…)` the chart defines in its colour);
 * outlines and ticks take the bar's colour from `--_colour`.
 *
 * One renderer, to DOM elements: the bar chart builds thousands of rows straight into
 * the DOM (livelihood-bar/marks.ts), and a Lit template takes the same elements as a
 * child value (city-compare, whose marks are built once per model and layout).
 */
import { css } from 'lit';
import type { Qualifier } from '../../data/types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
export function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, String(value));
  return e;
}

export interface BarBox {
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
}

/** The solid part of a bar `width` long: under-figures give their last `fade` px to the fade. */
export function solidWidth(qualifier: Qualifier | null, width: number, fade: number): number {
  return qualifier === 'under' ? Math.max(0, width - fade) : width;
}

/** A shape drawn after a bar's solid part. */
type EndShape =
  | { tag: 'rect'; class: 'open-end'; x: number; y: number; width: number; height: number; fill: string }
  | { tag: 'path'; class: 'open-end-outline' | 'approx-end'; d: string };

/** The shapes after a bar's solid part, in drawing order; none for exact figures. */
function endShapes(
  qualifier: Qualifier,
  { barX: x, barY: y, barWidth: w, barHeight: h }: BarBox,
  fade: number,
  fill: string,
): EndShape[] {
  switch (qualifier) {
    case 'exact':
      return [];
    case 'over':
    case 'at_least':
      return [
        { tag: 'rect', class: 'open-end', x: x + w, y, width: fade, height: h, fill },
        { tag: 'path', class: 'open-end-outline', d: `M${x + w},${y + 0.75}h${fade}M${x + w},${y + h - 0.75}h${fade}` },
      ];
    case 'under': {
      const solid = solidWidth(qualifier, w, fade);
      return [{ tag: 'rect', class: 'open-end', x: x + solid, y, width: w - solid, height: h, fill }];
    }
    case 'approx':
      return [{ tag: 'path', class: 'approx-end', d: `M${x + w},${y - 3}v${h + 6}` }];
  }
}

/** The shapes after a bar's solid part, as SVG elements in drawing order; none for exact figures. */
export function qualifierEnd(qualifier: Qualifier, box: BarBox, fade: number, fill: string): SVGElement[] {
  return endShapes(qualifier, box, fade, fill).map(({ tag, ...attributes }) => svgElement(tag, attributes));
}

export const qualifierEndStyles = css`
  .open-end-outline,
  .approx-end {
    fill: none;
    stroke: var(--_colour);
    stroke-width: 1.5px;
    stroke-dasharray: 2 2;
  }
`;
