import { css, unsafeCSS } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/data-table.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { PALETTE, themeStyles } from '../../kit/element/theme.js';
import { tooltipStyles } from '../../kit/marks/tooltip.js';

/** `.series-N` gives its marks and legend swatch the Nth series colour. */
const seriesColours = unsafeCSS(PALETTE.map((_, i) => `.series-${i + 1} { --_colour: var(--_series-${i + 1}); }`).join('\n'));

const compareStyles = css`
  ${seriesColours}
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 0 0 6px;
    padding: 0;
    min-height: 20px;
    list-style: none;
    font-size: 13px;
    line-height: 20px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 2px;
    background: var(--_colour);
  }
  .tier {
    color: var(--_muted);
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 13px;
    fill: var(--_text);
    cursor: pointer;
  }
  .indicator {
    font-weight: 600;
  }
  .wide .label {
    text-anchor: end;
  }
  .period,
  .not-reported {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 400;
  }
  .not-reported {
    font-style: italic;
    font-size: 13px;
  }
  .bar {
    fill: var(--_colour);
    outline: none;
  }
  .missing {
    fill: transparent;
    outline: none;
  }
  .zero {
    stroke: var(--_rule);
    stroke-width: 1px;
  }
  .bar:is(:hover, :focus) {
    stroke: var(--_focus);
    stroke-width: 1.5px;
  }
  .bar:focus-visible,
  .missing:focus-visible {
    outline: 2px solid var(--_focus);
    /* Close: a label sits just above the bar in the narrow layout. */
    outline-offset: 1px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, tooltipStyles, qualifierEndStyles, compareStyles, statusStyles];
