import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { markStyles } from '../../kit/marks/mark-styles.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { themeStyles } from '../../kit/element/theme.js';
import { seriesStyles } from '../../kit/marks/series-styles.js';
import { LEGEND_METRICS as L } from './size.js';

const compareStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${L.rowGap}px ${L.columnGap}px;
    margin: 0 0 ${L.margin}px;
    padding: 0;
    min-height: ${L.line}px;
    list-style: none;
    font-size: ${L.fontSize}px;
    line-height: ${L.line}px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: ${L.swatchGap}px;
    margin: 0;
    padding: 0;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: ${L.swatch}px;
    height: ${L.swatch}px;
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
  .bar {
    fill: var(--_colour);
  }
  /* The open end's fade, in each series' colour (its gradient carries the series class). */
  .fade-from {
    stop-color: var(--_colour);
  }
  .fade-to {
    stop-color: var(--_colour);
    stop-opacity: 0;
  }
  .bar:is(:hover, :focus) {
    stroke: var(--_focus);
    stroke-width: 1.5px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, qualifierEndStyles, markStyles, seriesStyles, compareStyles, statusStyles];
