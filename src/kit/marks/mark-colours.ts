/**
 * The quoted number's colours (`<mark>` in a tooltip, livelihood-stat's sentence,
 * livelihood-table's column): the same highlighter yellow in both themes. Declared by the
 * styles that draw a quote, not the theme, so that a chart whose quotes are only in its
 * tooltip loads them with the tooltip (element/theme.ts).
 */
import { schemeColours, type SchemeColour } from '../element/theme.js';

export const MARK_COLOURS: readonly SchemeColour[] = [
  ['mark-background', '#ffd966', '#ffd966'],
  ['mark-color', '#1f1f1f', '#1f1f1f'],
];

export const markColours = schemeColours(':host', MARK_COLOURS);
