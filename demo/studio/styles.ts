/**
 * The studio's look, shared by its elements (each draws in its own shadow root). Colours
 * follow the gallery (demo/styles.css); a figure's status is told by its outline's style
 * as well as its colour (solid result, dashed plan, double target, dotted ongoing), so
 * that colour is never the only cue.
 */
import { css } from 'lit';

const light = css`
  --_page: #f3f4f6;
  --_text: #1f1f1f;
  --_muted: #595959;
  --_line: #dcdfe4;
  --_field-border: #8a8f98;
  --_surface: #ffffff;
  --_code: #f6f7f9;
  --_accent: #0072b2;
  --_on-accent: #ffffff;
  --_error: #a3161a;
  --_error-background: #fff5f5;
  --_skip: #4d4d4d;
  --_drop-over: #eef6fc;
  --_open-row: #fff8e1;
  --_editor: #fffdf5;
  --_tip: #1f1f1f;
  --_on-tip: #ffffff;
  color-scheme: light;
`;

const dark = css`
  --_page: #111317;
  --_text: #e8eaed;
  --_muted: #aab1bb;
  --_line: #3d434c;
  --_field-border: #7d8590;
  --_surface: #1b1e23;
  --_code: #262a31;
  --_accent: #56b4e9;
  --_on-accent: #111317;
  --_error: #ff9c94;
  --_error-background: #3a1f1f;
  --_skip: #c9ced6;
  --_drop-over: #1d2b38;
  --_open-row: #3a3320;
  --_editor: #23262b;
  --_tip: #e8eaed;
  --_on-tip: #111317;
  color-scheme: dark;
`;

/**
 * The colours, set on the studio's host only (its parts inherit them through their
 * shadow roots): light, or dark when the reader's system prefers it, unless the
 * studio's switch says otherwise (`theme`).
 */
export const palette = css`
  :host {
    ${light}
    background: var(--_page);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
`;

export const base = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    line-height: 1.55;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 19px;
    margin: 0 0 8px;
  }
  h3 {
    font-size: 16px;
    margin: 0 0 6px;
  }
  .hint {
    color: var(--_muted);
    font-size: 14px;
    margin: 0 0 8px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    border: 1px solid var(--_line);
    background: var(--_surface);
    border-radius: 6px;
    padding: 4px 10px;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  input[type='text'],
  input[type='search'],
  input[type='date'],
  select,
  textarea {
    border: 1px solid var(--_field-border);
    border-radius: 6px;
    padding: 4px 8px;
    background: var(--_surface);
    max-width: 100%;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
    font-size: 14px;
    max-width: 100%;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 6px;
  }
  fieldset {
    border: 1px solid var(--_line);
    border-radius: 8px;
    margin: 0;
    padding: 8px 12px;
    min-width: 0;
    max-width: 100%;
  }
  legend {
    font-size: 14px;
    padding: 0 4px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: end;
  }
  .row > * {
    min-width: 0;
  }
  .alert {
    border: 1px solid var(--_error);
    border-left-width: 6px;
    color: var(--_error);
    background: var(--_error-background);
    padding: 8px 12px;
    border-radius: 6px;
    margin: 8px 0;
  }
  /* Kept in the layout when empty, so that screen readers announce what appears in it. */
  .alert:empty {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** A figure's status as a mark: a tinted background and a border style of its own. */
export const statusMarks = css`
  .s-result {
    background: #d9ecf8;
    border: 2px solid #0072b2;
  }
  .s-plan {
    background: #fdebd3;
    border: 2px dashed #a64d00;
  }
  .s-target {
    background: #f5e1f0;
    border: 3px double #8f3a84;
  }
  .s-ongoing {
    background: #d8f0e6;
    border: 2px dotted #00704a;
  }
  .s-result,
  .s-plan,
  .s-target,
  .s-ongoing {
    border-radius: 3px;
    color: #1f1f1f;
  }
  /* Its own background: the text's contrast does not hang on what lies behind it. */
  .skip {
    background: var(--_surface);
    color: var(--_skip);
    text-decoration: underline wavy #8a8a8a;
    text-underline-offset: 3px;
  }
`;
