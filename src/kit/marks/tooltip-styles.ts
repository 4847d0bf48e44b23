/**
 * The tooltip's look (tooltip.ts): with the tooltip, in the chunk that draws it
 * (element/interaction.ts); a chart adopts it once a tooltip is shown (chart-element.ts).
 * Until then the tooltip is empty and `hidden`.
 */
import { css } from 'lit';
import { schemeColours, type SchemeColour } from '../element/theme.js';
import { markColours } from './mark-colours.js';

/** The tooltip's colours, light and dark (the theme's others: element/theme.ts). */
export const TOOLTIP_COLOURS: readonly SchemeColour[] = [
  ['tooltip-background', '#1f1f1f', '#f2f2f2'],
  ['tooltip-color', '#ffffff', '#1f1f1f'],
  ['tooltip-muted-color', '#d0d0d0', '#4d4d4d'],
];

export const tooltipStyles = css`
  ${schemeColours(':host', TOOLTIP_COLOURS)}
  ${markColours}
  .tooltip {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    padding: 8px 10px;
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_tooltip);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 13px;
    line-height: 1.5;
    pointer-events: none;
    transition: opacity 120ms;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip p,
  .tooltip blockquote {
    margin: 0;
  }
  .tooltip blockquote {
    margin-top: 4px;
    overflow-wrap: anywhere;
  }
  .tooltip mark {
    background: var(--_mark-background);
    color: var(--_mark);
    padding: 0 1px;
  }
  .tooltip-tag {
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: 12px;
  }
  .tooltip-caveat {
    font-style: italic;
  }
  .tooltip-review {
    font-size: 12px;
  }
  .tooltip-period,
  .tooltip-others,
  .tooltip-source {
    color: var(--_tooltip-muted);
  }
  .tooltip-others,
  .tooltip-source {
    margin-top: 4px;
    font-size: 12px;
  }
`;
