/**
 * How a bar ends by its figure's qualifier, so a reader sees what the label says:
 *   余 / 以上 (over, at least)  the bar runs on past its value, fading, outlined
 *   不足 (under)                the bar fades out inside its value
 *   近 (approx)                 a dashed tick across the bar's end
 *   exact                       a plain end
 * The fades fill with `fill` (a gradient `url(#…)` the chart defines in its colour);
 * outlines and ticks take the bar's colour from `--_colour`.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import type { Qualifier } from '../data/types.js';

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

/** The marks after a bar's solid part; nothing for exact figures. */
export function renderQualifierEnd(
  qualifier: Qualifier,
  { barX: x, barY: y, barWidth: w, barHeight: h }: BarBox,
  fade: number,
  fill: string,
): SVGTemplateResult | typeof nothing {
  switch (qualifier) {
    case 'exact':
      return nothing;
    case 'over':
    case 'at_least':
      return svg`<rect class="open-end" x=${x + w} y=${y} width=${fade} height=${h} fill=${fill}></rect><path class="open-end-outline" d="M${x + w},${y + 0.75}h${fade}M${x + w},${y + h - 0.75}h${fade}"></path>`;
    case 'under': {
      const solid = solidWidth(qualifier, w, fade);
      return svg`<rect class="open-end" x=${x + solid} y=${y} width=${w - solid} height=${h} fill=${fill}></rect>`;
    }
    case 'approx':
      return svg`<path class="approx-end" d="M${x + w},${y - 3}v${h + 6}"></path>`;
  }
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
