/**
 * d3-time's calendar ticks, for an axis shorter than 300 days (months, weeks, days …):
 * a chunk the trend loads when a chart needs it (layout.ts), so the usual axis of whole
 * years (years.ts) does not carry every interval from a millisecond up.
 */
export { utcTickInterval, utcTicks } from 'd3-time';
