/**
 * What the marks of every chart share: the label column of the wide layout, periods
 * and "not reported" in the muted colour, the zero rule, and the keyboard focus ring.
 * A place that did not report is `.not-reported`: its words (`text`) in italics, and
 * the transparent mark over them (`rect`) that takes focus.
 */
import { css } from 'lit';

export const markStyles = css`
  .wide .label {
    text-anchor: end;
  }
  .period,
  .not-reported {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 400;
  }
  text.not-reported {
    font-style: italic;
    font-size: 13px;
  }
  rect.not-reported {
    fill: transparent;
  }
  [data-mark] {
    outline: none;
  }
  [data-mark]:focus-visible {
    outline: 2px solid var(--_focus);
    /* Close: a label sits just above the bar in the narrow layout. */
    outline-offset: 1px;
  }
  .zero {
    stroke: var(--_rule);
    stroke-width: 1px;
  }
`;
