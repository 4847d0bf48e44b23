/**
 * The colours of charts that tell places apart by colour (the comparison, the trend):
 * `--livelihood-series-N`, read once at :host into `--_series-N`, light or dark by the
 * chart's colour scheme (theme.ts, as for the rest), and `.series-N`, which gives its
 * marks the Nth colour as `--_colour`. Only the files of those charts carry them.
 */
import { css, unsafeCSS } from 'lit';
import { schemeColours } from '../element/theme.js';

/**
 * Okabe–Ito, in the order series take them, with its orange, sky blue and yellow
 * darkened (yellow to an olive) so every mark has 3:1 on white (WCAG 1.4.11).
 */
export const PALETTE = ['#0072b2', '#bf8400', '#009e73', '#cc79a7', '#3b99d4', '#d55e00', '#8c7f00', '#000000'] as const;
/** The same hues, lightened where needed to stand out on the dark panel (theme.ts `PANEL`). */
export const PALETTE_DARK = ['#56b4e9', '#e69f00', '#2ec4a0', '#e29bc6', '#8fd0f5', '#ff8a3d', '#f0e442', '#ffffff'] as const;

export const seriesStyles = css`
  ${schemeColours(':host', PALETTE.map((light, i) => [`series-${i + 1}`, light, PALETTE_DARK[i]!]))}
  ${unsafeCSS(PALETTE.map((_, i) => `.series-${i + 1}{--_colour:var(--_series-${i + 1})}`).join(''))}
`;
