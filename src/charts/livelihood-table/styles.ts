import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/visually-hidden.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { themeStyles } from '../../kit/element/theme.js';
import { markColours } from '../../kit/marks/mark-colours.js';
import { TABLE_METRICS as M } from './layout.js';

// Sizes come from the layout's metrics, so the height it adds up is the height drawn.
const tableStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: ${M.controlGap.row}px ${M.controlGap.column}px;
    margin-bottom: ${M.controlsMargin}px;
    font-size: ${M.fontSize}px;
  }
  .controls > * {
    display: flex;
    align-items: center;
    gap: ${M.filterGap}px;
    height: ${M.control}px;
  }
  .controls input {
    box-sizing: border-box;
    width: ${M.input}px;
    max-width: 100%;
    height: ${M.control}px;
    font: inherit;
  }
  .count {
    color: var(--_muted);
  }
  table {
    width: 100%;
    /* Columns as the layout sized them (<col>): a long sentence wraps rather than widening the page. */
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    font-size: ${M.fontSize}px;
    line-height: ${M.line}px;
  }
  th,
  td {
    padding: ${M.cellPadding}px ${M.cellPadding}px ${M.cellPadding}px 0;
    border-bottom: ${M.rule}px solid color-mix(in srgb, var(--_rule) 45%, transparent);
    text-align: start;
    vertical-align: top;
    /* Columns fit their longest words (layout.ts): only a token wider than a whole column breaks. */
    overflow-wrap: anywhere;
  }
  thead th {
    border-bottom-color: var(--_rule);
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  /* A block: an inline button is an inline-block on the cell's baseline, a pixel taller than its lines. */
  .sort {
    all: unset;
    display: block;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .sort:focus-visible,
  tr[data-mark]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  tr[data-mark] {
    outline: none;
    cursor: pointer;
  }
  /* Smaller text on the baseline would make its line a pixel taller than the layout's. */
  .arrow {
    margin-inline-start: ${M.arrowMargin}px;
    font-size: ${M.arrowFontSize}px;
    vertical-align: top;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  /* The tag in a row's status cell; the column's header is a plain header. */
  .tag {
    white-space: nowrap;
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 3px;
    color: var(--_muted);
    font-size: ${M.tagFontSize}px;
  }
  td.quote {
    color: var(--_muted);
  }
  .quote mark {
    background: var(--_mark-background);
    color: var(--_mark);
    padding: 0 1px;
  }
  /* Stacked (a phone): each row a block of cells, each after its column's name; the
     header a line of sort buttons. Table roles stay: the cells keep their headers. */
  table.stacked,
  .stacked :is(thead, tbody, tr, th, td) {
    display: block;
  }
  .stacked tr {
    box-sizing: border-box;
    padding: ${M.cellPadding}px 0;
    border-bottom: ${M.rule}px solid color-mix(in srgb, var(--_rule) 45%, transparent);
  }
  .stacked thead tr {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${M.sortGap}px;
    border-bottom-color: var(--_rule);
  }
  .stacked :is(th, td) {
    padding: 0;
    border: 0;
  }
  /* Out of a header row, a sort button needs to look like one. */
  .stacked .sort {
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  .stacked tbody :is(th, td) {
    position: relative;
    padding-inline-start: var(--_label);
  }
  .stacked tbody :is(th, td):empty {
    display: none;
  }
  /* Generated, with empty alternative text: the cell's header already names it. */
  .stacked tbody :is(th, td)::before {
    content: attr(data-label) / '';
    position: absolute;
    inset-inline-start: 0;
    color: var(--_muted);
    white-space: nowrap;
  }
  .more {
    display: block;
    box-sizing: border-box;
    height: ${M.more}px;
    margin-top: ${M.moreMargin}px;
    font: inherit;
    font-size: ${M.fontSize}px;
    white-space: nowrap;
  }
`;

export default [themeStyles, markColours, frameStyles, visuallyHiddenStyles, tableStyles];
