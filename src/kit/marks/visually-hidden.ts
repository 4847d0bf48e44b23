import { css } from 'lit';

/**
 * Hidden from sight, kept for assistive technology. Never `content-visibility: auto`: Chromium
 * leaves skipped content out of the accessibility tree, and the hidden data table, never on
 * screen, was never there (test/browser/contract.ts, "notes").
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
