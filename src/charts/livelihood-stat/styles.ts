import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { themeStyles } from '../../kit/element/theme.js';
import { markColours } from '../../kit/marks/mark-colours.js';
import { STAT_METRICS } from './layout.js';

const { gap, padding, line, headlineLine, wrappedHeadlineLine, fontSize, smallFontSize, maxLines } = STAT_METRICS;

// Sizes come from the layout's metrics, so what it measures is what is drawn.
const statStyles = css`
  /* Rows as tall as the layout's cards (set on the element). */
  .grid {
    display: grid;
    gap: ${gap}px;
  }
  .stat {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin: 0;
    padding: ${padding}px;
    border: 1px solid var(--_rule);
    border-radius: 6px;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: ${fontSize}px;
    line-height: ${line}px;
    text-align: start;
    cursor: pointer;
  }
  /* Texts wrap (layout.ts counts their lines); a label or related figure past three lines is cut. */
  .stat > span {
    flex: none;
    overflow-wrap: anywhere;
  }
  .label,
  .related {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: ${maxLines};
    overflow: hidden;
  }
  .stat:hover {
    border-color: var(--_bar-active);
  }
  .stat:focus {
    outline: none;
  }
  .stat:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  /* The value is never cut: one line in the size that fits, else wrapped in the smallest. */
  .headline {
    white-space: nowrap;
    line-height: ${headlineLine}px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .headline.wrapped {
    white-space: normal;
    line-height: ${wrappedHeadlineLine}px;
  }
  /* 余, 近, 超 …: the word that says the number is not exact, never lost in the digits. */
  .qualifier {
    color: var(--_bar);
    font-weight: 400;
  }
  /* Generated content: what the card does is said by aria-expanded, not read as its name. */
  .hint::after {
    content: attr(data-hint);
  }
  .period,
  .hint {
    color: var(--_muted);
    font-size: ${smallFontSize}px;
  }
  .status {
    white-space: nowrap;
    margin-inline-end: 4px;
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: ${smallFontSize - 1}px;
  }
  .stat:is(.plan, .target) {
    border-style: dashed;
  }
  .stat.ongoing {
    border-width: 1px 1px 1px 4px;
  }
  .stat.uncertain {
    border-style: dotted;
  }
  .not-reported .headline {
    color: var(--_muted);
    font-size: ${fontSize}px;
    font-style: italic;
    font-weight: 400;
  }
  .sentence {
    margin: 8px 0 0;
    padding: 8px 12px;
    border-left: 3px solid var(--_bar);
    font-size: 14px;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  .sentence[hidden] {
    display: none;
  }
  .sentence blockquote {
    margin: 0;
  }
  .sentence mark {
    background: var(--_mark-background);
    color: var(--_mark);
    padding: 0 1px;
  }
  .sentence p {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 12px;
  }
`;

export default [themeStyles, markColours, frameStyles, visuallyHiddenStyles, statStyles];
