import { css } from 'lit';
import { bandStyles } from '../../kit/marks/bands.js';
import { visuallyHiddenStyles } from '../../kit/marks/data-table.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { themeStyles } from '../../kit/element/theme.js';
import { tooltipStyles } from '../../kit/marks/tooltip.js';

const barStyles = css`
  /* Thousands of marks: properties inherit from the svg rather than being matched per mark. */
  .defs {
    position: absolute;
  }
  .band svg {
    overflow: visible;
    font-size: 13px;
    fill: var(--_text);
    cursor: pointer;
    --_colour: var(--_bar);
  }
  .wide .label {
    text-anchor: end;
  }
  .period,
  .missing {
    fill: var(--_muted);
    font-size: 11px;
  }
  .missing {
    font-style: italic;
    font-size: 13px;
  }
  .bar {
    fill: var(--_bar);
    outline: none;
  }
  .bar.missing {
    fill: transparent;
  }
  .fade-from {
    stop-color: var(--_bar);
  }
  .fade-to {
    stop-color: var(--_bar);
    stop-opacity: 0;
  }
  .zero {
    stroke: var(--_rule);
    stroke-width: 1px;
  }
  .bar:not(.missing):is(:hover, :focus) {
    fill: var(--_bar-active);
  }
  .bar:focus-visible {
    outline: 2px solid var(--_focus);
    /* Close: a label sits just above the bar in the narrow layout. */
    outline-offset: 1px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, tooltipStyles, bandStyles, qualifierEndStyles, barStyles, statusStyles];
