import { css, unsafeCSS } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { markStyles } from '../../kit/marks/mark-styles.js';
import { qualifierEndStyles } from '../../kit/marks/qualifier-end.js';
import { statusStyles } from '../../kit/marks/status-styles.js';
import { PALETTE, themeStyles } from '../../kit/element/theme.js';
import { LEGEND_METRICS as L } from './size.js';

/** `.series-N` gives its marks and legend swatch the Nth series colour. */
const seriesColours = unsafeCSS(PALETTE.map((_, i) => `.series-${i + 1} { --_colour: var(--_series-${i + 1}); }`).join('\n'));

const compareStyles = css`
  ${seriesColours}
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

export default [themeStyles, frameStyles, visuallyHiddenStyles, qualifierEndStyles, markStyles, compareStyles, statusStyles];
