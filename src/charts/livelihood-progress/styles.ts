import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { markStyles } from '../../kit/marks/mark-styles.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { themeStyles } from '../../kit/element/theme.js';
import { PROGRESS_METRICS } from './layout.js';

const progressStyles = css`
  .defs {
    position: absolute;
  }
  svg.rows {
    display: block;
    overflow: visible;
    font-size: ${PROGRESS_METRICS.fontSize}px;
    fill: var(--_text);
    cursor: pointer;
    --_colour: var(--_bar);
  }
  .track {
    fill: var(--_rule);
    fill-opacity: 0.25;
  }
  .bar {
    fill: var(--_bar);
  }
  .bar:not(.not-reported):is(:hover, :focus) {
    fill: var(--_bar-active);
  }
  .fade-from {
    stop-color: var(--_bar);
  }
  .fade-to {
    stop-color: var(--_bar);
    stop-opacity: 0;
  }
  /* The target: a line across the bar at 100 %, in the text colour so it reads on the bar. */
  .target-line {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .share {
    text-anchor: end;
    font-weight: 600;
  }
  .share.over {
    fill: var(--_bar);
  }
  .caption {
    fill: var(--_muted);
    font-size: ${PROGRESS_METRICS.captionFontSize}px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, qualifierEndStyles, markStyles, progressStyles, statusStyles];
