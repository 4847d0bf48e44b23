/**
 * d3-time's calendar ticks, for an axis shorter than 300 days (months, weeks, days …):
 * a chunk the trend loads when a chart needs it (layout.ts), so the usual axis of whole
 * years (years.ts) does not carry every interval from a millisecond up. Typed here, so
 * the package's declarations do not need d3-time's.
 */
import { utcTickInterval as tickInterval, utcTicks as ticks } from 'd3-time';

/** A calendar interval: what a short axis rounds its ends out to. */
export interface CalendarInterval {
  floor(date: Date): Date;
  ceil(date: Date): Date;
}

export const utcTickInterval: (start: Date, stop: Date, count: number) => CalendarInterval | null = tickInterval;
export const utcTicks: (start: Date, stop: Date, count: number) => Date[] = ticks;
