import { css } from 'lit';
import { visuallyHiddenStyles } from '../../kit/marks/data-table.js';
import { frameStyles } from '../../kit/marks/frame.js';
import { themeStyles } from '../../kit/element/theme.js';
import { tooltipStyles } from '../../kit/marks/tooltip.js';

const tableStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin-bottom: 8px;
    font-size: 13px;
  }
  .controls input {
    font: inherit;
    max-width: 14em;
  }
  .count {
    color: var(--_muted);
  }
  table {
    width: 100%;
    /* Columns share the width: a long sentence wraps rather than widening the page. */
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 13px;
    line-height: 1.45;
  }
  th,
  td {
    padding: 6px 6px 6px 0;
    border-bottom: 1px solid color-mix(in srgb, var(--_rule) 45%, transparent);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    border-bottom-color: var(--_rule);
    font-weight: 600;
  }
  th.quote {
    width: 34%;
  }
  th.subject {
    width: 14%;
  }
  tbody th {
    font-weight: 400;
  }
  .sort {
    all: unset;
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
  .arrow {
    margin-inline-start: 2px;
    font-size: 10px;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .status {
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 3px;
    color: var(--_muted);
    font-size: 12px;
  }
  .quote {
    color: var(--_muted);
  }
  .quote mark {
    background: var(--_mark-background);
    color: var(--_mark-color);
    padding: 0 1px;
  }
  .more {
    margin-top: 8px;
    font: inherit;
    font-size: 13px;
  }
`;

export default [themeStyles, frameStyles, visuallyHiddenStyles, tooltipStyles, tableStyles];
