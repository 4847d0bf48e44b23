/**
 * How much one chart draws, lists and says, whatever the dataset holds: the work a
 * chart does on the page's main thread is bounded by what it shows, not by the data.
 *
 * - MAX_MARKS: a chart that would draw more marks (bars, "not reported" marks) shows
 *   an inline message instead (problem `too-many-marks`, with the count and the limit)
 *   and asks for `limit`; it is refused before any row is labelled or drawn.
 * - OTHER_PERIODS_SHOWN: a figure's other periods, newest first, listed in its tooltip
 *   and in the hidden data table; the rest are counted ("and 12 more").
 * - DISPLAY_CHARS: names, units, period labels and publishers are cut to this many
 *   characters (with "…") wherever they are shown or read out.
 * - QUOTE_CONTEXT_CHARS: the tooltip quotes this many characters either side of the
 *   figure (with "…"), not the whole sentence.
 *
 * The dataset itself is bounded by the validator's DATASET_LIMITS (src/data/validate.ts).
 */
import type { ChartProblem } from '../element/problem.js';

/** Marks one chart draws at most (a 10,000-bar chart lays out in about a second). */
export const MAX_MARKS = 10_000;

/** A chart of `count` marks refused (`too-many-marks`) past MAX_MARKS; undefined within it. */
export function tooManyMarks(count: number): { ok: false; problem: ChartProblem } | undefined {
  return count > MAX_MARKS ? { ok: false, problem: { kind: 'too-many-marks', count, limit: MAX_MARKS } } : undefined;
}
/** Other periods of a figure listed in its tooltip and the data table. */
export const OTHER_PERIODS_SHOWN = 5;
/** Characters of a name, unit, period label or publisher shown. */
export const DISPLAY_CHARS = 120;
/** Characters of the quote shown either side of the figure. */
export const QUOTE_CONTEXT_CHARS = 200;

/** `text` cut to `max` characters with "…", never inside a surrogate pair. */
export function cut(text: string, max = DISPLAY_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
