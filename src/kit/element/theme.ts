/**
 * The public theme: `--livelihood-*` custom properties, read once at :host into
 * private `--_*` properties so the rest of the CSS never repeats fallbacks. Dark mode
 * follows `prefers-color-scheme` unless `theme="light"`, or is forced by `theme="dark"`.
 * Colours come from the Okabe–Ito palette (safe for colour-blind readers); text
 * colours meet WCAG AA on their backgrounds.
 *
 * The chart belongs to the page around it: no background of its own unless asked
 * (`filled`, or `--livelihood-background`), and its padding and fill on the figure inside
 * the shadow root, where a page's resets (`* { padding: 0 }`) do not reach; the width
 * the charts measure leaves the padding out (draw-controller.ts).
 */
import { css, unsafeCSS } from 'lit';

/** The filled background in each theme, what the palettes (series-styles.ts) are checked against. */
export const PANEL = { light: '#ffffff', dark: '#16181d' } as const;

const dark = css`
  color-scheme: dark;
  --_text: var(--livelihood-text-color, #ececec);
  --_muted: var(--livelihood-muted-color, #b3b3b3);
  --_panel: ${unsafeCSS(PANEL.dark)};
  --_bar: var(--livelihood-bar-color, #56b4e9);
  --_bar-active: var(--livelihood-bar-active-color, #e69f00);
  --_rule: var(--livelihood-rule-color, #5c5f66);
  --_focus: var(--livelihood-focus-color, #ffffff);
  --_tooltip-background: var(--livelihood-tooltip-background, #f2f2f2);
  --_tooltip-color: var(--livelihood-tooltip-color, #1f1f1f);
  --_tooltip-muted: var(--livelihood-tooltip-muted-color, #4d4d4d);
  --_error-color: var(--livelihood-error-color, #ffb4ab);
  --_error-background: var(--livelihood-error-background, #3b1412);
`;

export const themeStyles = css`
  :host {
    display: block;
    color-scheme: light;
    --_font: var(--livelihood-font-family, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_heading-size: var(--livelihood-heading-size, 17px);
    --_text: var(--livelihood-text-color, #1f1f1f);
    --_muted: var(--livelihood-muted-color, #595959);
    /* None by default: the page's own colour shows through (a tinted box, a dark page). */
    --_background: var(--livelihood-background, transparent);
    --_panel: ${unsafeCSS(PANEL.light)};
    /* None by default, so a chart lines up with the article around it. */
    --_padding: var(--livelihood-padding, 0px);
    --_bar: var(--livelihood-bar-color, #0072b2);
    --_bar-active: var(--livelihood-bar-active-color, #d55e00);
    --_rule: var(--livelihood-rule-color, #8c8c8c);
    --_focus: var(--livelihood-focus-color, #1f1f1f);
    --_tooltip-background: var(--livelihood-tooltip-background, #1f1f1f);
    --_tooltip-color: var(--livelihood-tooltip-color, #ffffff);
    --_tooltip-muted: var(--livelihood-tooltip-muted-color, #d0d0d0);
    --_mark-background: var(--livelihood-mark-background, #ffd966);
    --_mark-color: var(--livelihood-mark-color, #1f1f1f);
    --_error-color: var(--livelihood-error-color, #8a1c1c);
    --_error-background: var(--livelihood-error-background, #fdecea);
  }
  /* Asked for a fill: the theme's panel colour, and room around the chart. */
  :host([filled]) {
    --_background: var(--livelihood-background, var(--_panel));
    --_padding: var(--livelihood-padding, 12px);
  }
  /* Text styles of the article around the chart (justified, spaced, break-all, upper
     case …) stop here: the chart sets its own. On the figure, not :host: the article's
     own rules (even a universal * rule) win over :host on the element itself, but
     never reach inside. */
  figure {
    /* Drawn as large as the host's text (host-scale.ts); the padding stays as given. */
    zoom: var(--_zoom, 1);
    background: var(--_background);
    padding: calc(var(--_padding) / var(--_zoom, 1));
    /* Style, variant, weight and line height normal; the size the host's (1em). */
    font: 1em/normal var(--_font);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
