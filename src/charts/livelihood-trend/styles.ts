import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { markStyles } from '../../kit/marks/mark-styles.js';
import { themeStyles } from '../../kit/element/theme.js';
import { seriesStyles } from '../../kit/marks/series-styles.js';

const trendStyles = css`
  svg {
    display: block;
    overflow: visible;
    font-size: 12px;
    fill: var(--_text);
  }
  .grid {
    stroke: var(--_rule);
    stroke-opacity: 0.35;
  }
  .tick {
    stroke: var(--_rule);
  }
  .axis {
    fill: var(--_muted);
  }
  .value-axis {
    text-anchor: end;
  }
  .time-axis,
  .value {
    text-anchor: middle;
  }
  .line,
  .span,
  .qualifier {
    fill: none;
    stroke: var(--_colour);
    stroke-width: 2px;
  }
  .dashed,
  .span.open {
    stroke-dasharray: 4 3;
  }
  .span {
    stroke-width: 1.5px;
    stroke-opacity: 0.7;
  }
  .qualifier {
    stroke-width: 1.5px;
  }
  .qualifier.approx {
    stroke-dasharray: 2 2;
  }
  .dot {
    fill: var(--_colour);
    stroke: var(--_colour);
    stroke-width: 2px;
    cursor: pointer;
  }
  /* Not done: hollow, over the line: filled with the page's canvas colour in the theme's
     scheme (the chart itself is transparent), or the chart's own background when it has one. */
  .dot:is(.plan, .target, .ongoing) {
    fill: var(--livelihood-background, Canvas);
  }
  :host([filled]) .dot:is(.plan, .target, .ongoing) {
    fill: var(--_background);
  }
  .dot.uncertain {
    stroke-dasharray: 1 2;
  }
  .dot:is(:hover, :focus) {
    stroke: var(--_focus);
  }
  .name {
    fill: var(--_text);
    font-size: 13px;
  }
  .status {
    fill: var(--_muted);
    font-size: 11px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, markStyles, seriesStyles, trendStyles];
