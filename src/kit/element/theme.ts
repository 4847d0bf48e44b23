/**
 * The public theme: `--livelihood-*` custom properties, read once at :host into
 * private `--_*` properties so the rest of the CSS never repeats fallbacks. Colours come
 * from the Okabe–Ito palette (safe for colour-blind readers); text colours meet WCAG AA
 * on their backgrounds.
 *
 * Light or dark follows the page, not only the reader's system: each colour is
 * `light-dark(light, dark)` of the `color-scheme` the chart inherits, so a page that
 * declares none is light whatever the system says, and one that declares
 * `color-scheme: light dark` turns dark with the reader's preference as the page does.
 * `theme="light"` / `"dark"` force a scheme; `theme="auto"` follows the system on a page
 * that declares none (its dark mode by media queries alone).
 *
 * The chart belongs to the page around it: no background of its own unless asked
 * (`filled`, `theme="auto"`, or `--livelihood-background`), and its padding and fill on the figure inside
 * the shadow root, where a page's resets (`* { padding: 0 }`) do not reach; the width
 * the charts measure leaves the padding out (draw-controller.ts).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** The filled background in each theme, what the palettes (series-styles.ts) are checked against. */
export const PANEL = { light: '#ffffff', dark: '#16181d' } as const;

/**
 * A colour of the theme: public `--livelihood-<property>`, private `--_<property>` without
 * its `-color`; its light and dark values.
 */
export type SchemeColour = readonly [property: string, light: string, dark: string];

/**
 * `colours` on `selector`, each `--_<name>: var(--livelihood-<property>, <value>)`, the
 * value `light-dark()` of the scheme the chart is in. A browser without `light-dark()`
 * (Safari before 17.5, Chromium before 123) would still take a custom property set to
 * one, any tokens being valid there, and then drop every colour that uses it: it is
 * given the light values instead.
 */
export function schemeColours(selector: string, colours: readonly SchemeColour[]): CSSResult {
  const declare = (light?: boolean) =>
    colours.map(([p, l, d]) => `--_${p.replace(/-color$/, '')}:var(--livelihood-${p},${light ? l : `light-dark(${l},${d})`})`).join(';');
  return unsafeCSS(`${selector}{${declare()}}@supports not (color:light-dark(red,red)){${selector}{${declare(true)}}}`);
}

/**
 * The theme's colours, light and dark: text on the page or panel, the error message's.
 * The tooltip's come with its styles (marks/tooltip-styles.ts), a quote's marked number
 * with the styles that draw one (marks/mark-colours.ts): a chart carries them once it shows one.
 */
export const THEME_COLOURS: readonly SchemeColour[] = [
  ['text-color', '#1f1f1f', '#ececec'],
  ['muted-color', '#595959', '#b3b3b3'],
  ['bar-color', '#0072b2', '#56b4e9'],
  ['bar-active-color', '#d55e00', '#e69f00'],
  ['rule-color', '#8c8c8c', '#5c5f66'],
  ['focus-color', '#1f1f1f', '#ffffff'],
  ['error-color', '#8a1c1c', '#ffb4ab'],
  ['error-background', '#fdecea', '#3b1412'],
];

export const themeStyles = css`
  :host {
    display: block;
    --_font: var(--livelihood-font-family, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_heading-size: var(--livelihood-heading-size, 17px);
    /* None by default: the page's own colour shows through (a tinted box, a dark page). */
    --_background: var(--livelihood-background, transparent);
    /* None by default, so a chart lines up with the article around it. */
    --_padding: var(--livelihood-padding, 0px);
  }
  /* No colour-scheme of its own unless asked: the page's (inherited) picks light or dark. */
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  /* Asked for a fill: room around the chart (and the panel's colour, below). A chart
     that follows the reader's system rather than the page paints its own ground: its
     text would not read on a page of the other scheme. */
  :host([filled]),
  :host([theme=auto]) {
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
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
  /* Light or dark as the chart's colour scheme is: the page's, or its theme's. */
  ${schemeColours(':host', THEME_COLOURS)}
  /* Asked for a fill, or following the system: the theme's panel colour. */
  ${schemeColours(':host([filled]),:host([theme=auto])', [['background', PANEL.light, PANEL.dark]])}
`;
