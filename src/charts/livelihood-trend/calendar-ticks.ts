/**
 * Month ticks, for an axis shorter than 300 days: a chunk the trend loads when a chart
 * needs it (layout.ts), so the usual axis of whole years (years.ts) does not carry
 * d3-time. Months, never days or weeks: the labels name months, and figures are of
 * months and their parts (a tick every few days labelled 5月 drew 5月 over itself).
 * Typed here, so the package's declarations do not need d3-time's.
 */
import { utcMonth } from 'd3-time';

/** A calendar interval: what a short axis rounds its ends out to. */
export interface CalendarInterval {
  floor(date: Date): Date;
  ceil(date: Date): Date;
}

/** Months a tick: the fewest of these that keep to `count` ticks. */
const STEPS = [1, 2, 3, 6];

function monthsEvery(start: Date, stop: Date, count: number) {
  const months = Math.max(1, utcMonth.count(start, stop));
  return utcMonth.every(STEPS.find((k) => months / k <= count) ?? 12)!;
}

export const utcTickInterval = (start: Date, stop: Date, count: number): CalendarInterval => monthsEvery(start, stop, count);
export const utcTicks = (start: Date, stop: Date, count: number): Date[] => monthsEvery(start, stop, count).range(start, new Date(+stop + 1));
