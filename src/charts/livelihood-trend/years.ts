/**
 * Whole UTC years, as d3-time's `utcYear` gives them: the interval of the trend's usual
 * axis (a span of 300 days or more). d3-time's calendar ticks, which pick among every
 * interval from a millisecond up and are needed only for a shorter span, load on demand
 * (calendar-ticks.ts); bundled beside this they would weigh 1.2 KB gzip in every trend.
 * test/unit/years.test.ts checks these against `utcYear` itself.
 */

/** Jan 1 of `year`, 00:00 UTC (setUTCFullYear: `Date.UTC` reads years 0–99 as 1900–1999). */
function jan1(year: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date;
}

/** The start of `date`'s year: `utcYear.floor`. */
export const yearFloor = (date: Date): Date => jan1(date.getUTCFullYear());

/** The first year's start at or after `date`: `utcYear.ceil`. */
export function yearCeil(date: Date): Date {
  const floor = yearFloor(date);
  return +floor < +date ? jan1(floor.getUTCFullYear() + 1) : floor;
}

/** The starts of the years divisible by `step`, from `start` to `end` inclusive: `utcYear.every(step).range(start, end + 1 ms)`. */
export function everyYears(step: number, start: Date, end: Date): Date[] {
  let year = Math.ceil(start.getUTCFullYear() / step) * step;
  if (+jan1(year) < +start) year += step;
  const starts: Date[] = [];
  for (let date = jan1(year); +date <= +end; date = jan1((year += step))) starts.push(date);
  return starts;
}
