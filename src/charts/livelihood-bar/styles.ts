import { css } from 'lit';
import { bandStyles } from '../../kit/marks/bands.js';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { markStyles } from '../../kit/marks/mark-styles.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { themeStyles } from '../../kit/element/theme.js';

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
  .bar {
    fill: var(--_bar);
  }
  .fade-from {
    stop-color: var(--_bar);
  }
  .fade-to {
    stop-color: var(--_bar);
    stop-opacity: 0;
  }
  .bar:not(.not-reported):is(:hover, :focus) {
    fill: var(--_bar-active);
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, bandStyles, qualifierEndStyles, markStyles, barStyles, statusStyles];
