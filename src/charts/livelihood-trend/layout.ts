/**
 * Where each point, span, line, label and tick of a trend chart goes for a container
 * width. Pure arithmetic on estimated text widths (text.ts), so it never reads layout.
 *
 * Time runs left to right, values bottom to top from zero, each a linear map
 * (kit/marks/scales.ts) with D3's ticks: d3-time's calendar ticks and intervals (whole
 * years by hand, years.ts; shorter spans' ticks on demand, calendar-ticks.ts) and
 * d3-array's nice numbers, which are what d3-scale's `scaleUtc` and `scaleLinear` call.
 * The scales themselves would add d3-time-format, d3-format, d3-interpolate and d3-color
 * (13 KB gzip) for tick formats and colour interpolation this chart does not use (its
 * ticks read through Intl, TickFormat). Lines are straight segments between points
 * (d3-shape's `line` would bring the whole of d3-shape, one module, for `M…L…`). A figure is drawn at the end of its period, with a line back
 * to the period's start: 2022年1–8月 is eight months of the axis, never the whole year.
 * A figure "to date" with no start gets a short dashed stub instead. Value ticks on
 * the left, each series' name after its last point on the right (pushed apart so
 * names never overlap) with its last value under it, as newsroom line charts label
 * their ends; other values above or below their points, clear of names, dots, lines and
 * one another (a simple placer: d3 has none), every text inside the width.
 */
import { max, min, nice, ticks } from 'd3-array';
import type { Qualifier } from '../../data/types.js';
import { linearScale } from '../../kit/marks/scales.js';
import { fitText, textWidth } from '../../kit/marks/text.js';
import { onDemand, required } from '../../kit/element/on-demand.js';
import { everyYears, yearCeil, yearFloor } from './years.js';

/** d3-time's calendar ticks, for an axis shorter than a year: loaded when a chart needs them (the layout waits). */
export const calendarTicks = onDemand(() => import('./calendar-ticks.js'));

export const TREND_METRICS = {
  fontSize: 12,
  labelFontSize: 13,
  /** Below this container width the chart is shorter and names get less room. */
  wideFrom: 480,
  height: { wide: 280, narrow: 230 },
  /** Room above the plot for value labels, below it for time ticks. */
  top: 22,
  bottom: 24,
  /** Share of the width series names may take. */
  nameShare: { wide: 0.22, narrow: 0.3 },
  gap: 6,
  radius: 4.5,
  /** Length of the dashed stub of a figure with no start date. */
  stub: 12,
  /** Room the time axis keeps before the earliest figure, days. */
  stubDays: 31,
  /** Vertical room a series name needs; the line of its last value under it. */
  nameHeight: 15,
  valueLine: 17,
  /** Px per time tick, at least. */
  tickSpacing: 72,
  /** Points within this distance of the pointer answer it. */
  pick: 18,
  /** Label every point's value up to this many points; above, each series' last. */
  valueLabelsUpTo: 12,
  baselineShift: 0.35,
} as const;

const DAY = 864e5;

export interface TrendInputPoint {
  series: number;
  start: number | null;
  end: number;
  value: number;
  /** Drawn above the point. */
  valueText: string;
  /** A result: drawn filled and joined by a solid line; else hollow, joined by a dashed one. */
  result: boolean;
  /** False: no line to the previous point of its series (their periods differ in length). */
  joined?: boolean;
}

export interface TrendInput {
  /** Series names, by series index. */
  series: readonly string[];
  /** Every point; each series' points in time order. */
  points: readonly TrendInputPoint[];
}

export interface PointGeometry {
  x: number;
  y: number;
  /** Where the span line starts (its period's start), or the stub's end; x itself for none. */
  fromX: number;
  /** A dashed stub (no start date) rather than a span. */
  open: boolean;
  /** The value label above the point; '' for none. */
  valueText: string;
  valueX: number;
  valueY: number;
}

export interface Tick {
  /** Where the tick line is. */
  at: number;
  label: string;
  /** Where its label is centred (time) or its baseline (values). */
  labelAt: number;
}

export interface SeriesGeometry {
  /** Path data of the line through its points, in pieces: solid between results, dashed to or from others. */
  solid: string;
  dashed: string;
  name: string;
  nameX: number;
  nameY: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  wide: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  timeTicks: Tick[];
  valueTicks: Tick[];
  points: PointGeometry[];
  series: SeriesGeometry[];
}

/** How a tick reads: a year (`2021年`), or a month of one (`2022年3月`). */
export interface TickFormat {
  year(year: number): string;
  month(year: number, month: number): string;
  value(value: number): string;
}

/** The drawing area's height at a container width: the placeholder's, the chart's and the snippet's (size.ts). */
export const trendHeight = (width: number): number =>
  width >= TREND_METRICS.wideFrom ? TREND_METRICS.height.wide : TREND_METRICS.height.narrow;

export function layoutTrend(input: TrendInput, width: number, format: TickFormat): TrendLayout {
  const M = TREND_METRICS;
  const wide = width >= M.wideFrom;
  const height = trendHeight(width);
  const { points } = input;

  // Values: zero-based, nice ticks, labelled on the left.
  const [v0, v1] = nice(Math.min(0, min(points, (p) => p.value) ?? 0), Math.max(0, max(points, (p) => p.value) ?? 0) || 1, 4);
  const y = linearScale([v0, v1], [height - M.bottom, M.top]);
  const valueTicks = ticks(v0, v1, 4).map((v) => ({ at: y(v), label: format.value(v), labelAt: y(v) + M.fontSize * M.baselineShift }));
  const left = (max(valueTicks, (t) => textWidth(t.label, M.fontSize)) ?? 0) + M.gap;

  // Names on the right, cut to their share, each with its last value under it where that fits the share whole.
  const nameRoom = Math.round(width * (wide ? M.nameShare.wide : M.nameShare.narrow));
  const names = input.series.map((s) => fitText(s, nameRoom, M.labelFontSize));
  // Each series' last point, and its line's segments: a point to the series' next,
  // unless their periods differ in length.
  const lastIndex = input.series.map(() => -1);
  const segments: (readonly [number, number])[] = [];
  points.forEach((p, i) => {
    const previous = lastIndex[p.series]!;
    if (previous >= 0 && p.joined !== false) segments.push([previous, i]);
    lastIndex[p.series] = i;
  });
  const endValues = lastIndex.map((i) => {
    const text = points[i]?.valueText ?? '';
    return textWidth(text, M.fontSize) <= nameRoom ? text : '';
  });
  const endWidth = max(input.series, (_, s) => Math.max(textWidth(names[s]!, M.labelFontSize), textWidth(endValues[s]!, M.fontSize))) ?? 0;
  const right = width - Math.min(nameRoom, endWidth) - M.gap - M.radius;

  // Time: from the earliest start (or a stub before the earliest end) to the latest end,
  // in whole years (the periods figures are mostly of), or months for a short span.
  const first = new Date(min(points, (p) => p.start ?? p.end - M.stubDays * DAY) ?? 0);
  const last = new Date(max(points, (p) => p.end) ?? 0);
  // The span starts at its tick interval (what `scaleUtc().nice()` does at that end).
  const short = +last - +first < 300 * DAY;
  const interval = short ? required(calendarTicks).utcTickInterval(first, last, 10) : { floor: yearFloor, ceil: yearCeil };
  // (A short span's end stays its last figure's: a month rounded up past it would name a month no figure reaches.)
  const domain: [Date, Date] = [interval.floor(first), short ? last : interval.ceil(last)];
  const x = timeScale(domain, [left + M.radius, right]);
  const timeTicks = timeTicksOf(domain, x, Math.max(2, Math.floor((right - left) / M.tickSpacing)), format, width, short);

  const labelAll = points.length <= M.valueLabelsUpTo;
  const isLast = (i: number) => points[i + 1]?.series !== points[i]!.series;
  const geometry = points.map((p, i): PointGeometry => {
    const px = x(p.end);
    const py = y(p.value);
    const valueText = labelAll || isLast(i) ? p.valueText : '';
    const half = textWidth(valueText, M.fontSize) / 2;
    return {
      x: px,
      y: py,
      fromX: p.start === null ? px - M.stub : Math.min(px, x(p.start)),
      open: p.start === null,
      valueText,
      valueX: Math.max(half, Math.min(px, width - half)),
      valueY: py - M.radius - 5,
    };
  });

  // Each series' end label: its name, and its last value on a line under it, centred on its last point.
  const lastOf = lastIndex.map((i) => geometry[i]);
  const block = endValues.some(Boolean) ? M.nameHeight + M.valueLine : M.nameHeight;
  const centres = dodge(lastOf.map((g) => g?.y ?? 0), block, M.top + block / 2, height - M.bottom - block / 2);
  // Solid between results, dashed where a plan, target or work under way is joined.
  const path = (s: number, solid: boolean) =>
    segments
      .filter(([a, b]) => points[b]!.series === s && (points[a]!.result && points[b]!.result) === solid)
      .map(([a, b]) => `M${geometry[a]!.x},${geometry[a]!.y}L${geometry[b]!.x},${geometry[b]!.y}`)
      .join('');
  const series = input.series.map((_, s): SeriesGeometry => {
    const ends = lastOf[s];
    const nameX = (ends?.x ?? right) + M.radius + M.gap;
    const centre = centres[s]! - (endValues[s] ? M.valueLine / 2 : 0);
    const end = ends && endValues[s] ? ends : undefined;
    if (end) {
      end.valueX = nameX + textWidth(end.valueText, M.fontSize) / 2;
      end.valueY = centre + M.valueLine + M.fontSize * M.baselineShift;
    }
    return { solid: path(s, true), dashed: path(s, false), name: names[s]!, nameX, nameY: centre + M.labelFontSize * M.baselineShift };
  });
  const atName = new Set(lastIndex.filter((i, s) => i >= 0 && endValues[s]));
  placeValueLabels(geometry, series, segments, atName, height - M.bottom);

  return { width, height, wide, plot: { left, right, top: M.top, bottom: height - M.bottom }, timeTicks, valueTicks, points: geometry, series };
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box of a text from its left and right ends and its baseline (a sans face's line box, CJK fallbacks included). */
const textBox = (x0: number, x1: number, baseline: number, fontSize: number): Box => ({ x0, x1, y0: baseline - fontSize, y1: baseline + 0.3 * fontSize });

/** Whether the segment from (x1, y1) to (x2, y2) crosses `box`: points along it, 2 px apart. */
function crosses(box: Box, x1: number, y1: number, x2: number, y2: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let k = 0; k <= steps; k++) {
    const x = x1 + ((x2 - x1) * k) / steps;
    const y = y1 + ((y2 - y1) * k) / steps;
    if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) return true;
  }
  return false;
}

/**
 * The other value labels (each series' last is at its name), clear of one another, of
 * the names, the dots, the lines and the spans: each goes above its point, else below
 * it, else a line further up or down; a label with no free place is left out (the dot's
 * accessible name, tooltip and data table still give it). Changes `geometry` in place,
 * within 0 and `floor` (the time axis).
 */
function placeValueLabels(
  geometry: PointGeometry[],
  series: readonly SeriesGeometry[],
  segments: readonly (readonly [number, number])[],
  atName: ReadonlySet<number>,
  floor: number,
): void {
  const M = TREND_METRICS;
  const valueBox = (g: PointGeometry, baseline: number) => {
    const half = textWidth(g.valueText, M.fontSize) / 2;
    return textBox(g.valueX - half, g.valueX + half, baseline, M.fontSize);
  };
  const taken: Box[] = [
    ...series.map((s) => textBox(s.nameX, s.nameX + textWidth(s.name, M.labelFontSize), s.nameY, M.labelFontSize)),
    ...[...atName].map((i) => valueBox(geometry[i]!, geometry[i]!.valueY)),
    ...geometry.map((g) => ({ x0: g.x - M.radius, x1: g.x + M.radius, y0: g.y - M.radius, y1: g.y + M.radius })),
  ];
  // The spans back to each period's start, and the lines between points.
  const lines = [
    ...geometry.map((g) => [g.fromX, g.y, g.x, g.y] as const),
    ...segments.map(([a, b]) => [geometry[a]!.x, geometry[a]!.y, geometry[b]!.x, geometry[b]!.y] as const),
  ];
  const free = (b: Box) => b.y0 >= 0 && b.y1 <= floor && !taken.some((t) => overlaps(b, t)) && !lines.some((l) => crosses(b, ...l));
  const above = M.radius + 5;
  const below = M.radius + 3 + M.fontSize;
  const step = M.fontSize + 2;
  geometry.forEach((g, i) => {
    if (!g.valueText || atName.has(i)) return;
    const baseline = [g.y - above, g.y + below, g.y - above - step, g.y + below + step].find((y) => free(valueBox(g, y)));
    if (baseline === undefined) {
      g.valueText = '';
      return;
    }
    g.valueY = baseline;
    taken.push(valueBox(g, baseline));
  });
}

/** Dates → pixels; a domain of one instant maps to the middle of the range, as d3-scale's would. */
function timeScale([d0, d1]: [Date, Date], range: readonly [number, number]): (date: Date | number) => number {
  const scale = +d0 === +d1 ? () => (range[0] + range[1]) / 2 : linearScale([+d0, +d1], range);
  return (date) => scale(+date);
}

/**
 * Time ticks: with a tick a year, each year is labelled in the middle of its span (a
 * year is a span, like the figures) and the closing tick has no label; other ticks
 * (months, or several years a tick) label themselves. Labels stay inside the width.
 */
function timeTicksOf([start, end]: [Date, Date], x: (date: Date) => number, count: number, format: TickFormat, width: number, short: boolean): Tick[] {
  const tick = (label: string, at: number, centre: number): Tick => {
    const half = textWidth(label, TREND_METRICS.fontSize) / 2;
    return { at, label, labelAt: Math.max(half, Math.min(centre, width - half)) };
  };
  // Months for a short span (rounded out to months, it may reach into the next year); else whole years.
  if (short) return required(calendarTicks).utcTicks(start, end, count).map((t) => tick(format.month(t.getUTCFullYear(), t.getUTCMonth() + 1), x(t), x(t)));
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const step = Math.ceil(years / count);
  // Every `step` years, the domain's end included (as `utcTicks` takes an interval).
  return everyYears(step, start, end).map((t) => {
    if (step > 1) return tick(format.year(t.getUTCFullYear()), x(t), x(t));
    const next = new Date(Date.UTC(t.getUTCFullYear() + 1, 0, 1));
    return next > end ? tick('', x(t), x(t)) : tick(format.year(t.getUTCFullYear()), x(t), (x(t) + x(next)) / 2);
  });
}

/**
 * Positions near `wanted` (same order), at least `gap` apart, kept within [top, bottom]
 * as far as they fit: labels pushed down past each other, then the stack up from the bottom.
 */
export function dodge(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]!);
  const placed = [...wanted];
  let floor = top;
  for (const i of order) {
    placed[i] = Math.max(wanted[i]!, floor);
    floor = placed[i]! + gap;
  }
  let ceiling = bottom;
  for (const i of [...order].reverse()) {
    placed[i] = Math.min(placed[i]!, ceiling);
    ceiling = placed[i]! - gap;
  }
  return placed;
}

/**
 * The mark a qualified figure's dot carries, so a reader sees what its label says:
 * 余 / 以上 a chevron up (more than this), 不足 one down (less), 近 a dashed ring
 * (about this); none for an exact figure.
 */
export function qualifierMark(qualifier: Qualifier, x: number, y: number, r: number): { class: string; d: string } | undefined {
  switch (qualifier) {
    case 'over':
    case 'at_least':
      return { class: 'more', d: `M${x - 3.5},${y - r - 2}l3.5,-4l3.5,4` };
    case 'under':
      return { class: 'less', d: `M${x - 3.5},${y + r + 2}l3.5,4l3.5,-4` };
    case 'approx': {
      const R = r + 3;
      return { class: 'approx', d: `M${x - R},${y}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0` };
    }
    case 'exact':
      return undefined;
  }
}

/** The point nearest `(px, py)` within the pick distance, if any. */
export function pointAt(layout: TrendLayout, px: number, py: number): number | undefined {
  let best: number | undefined;
  let bestDistance: number = TREND_METRICS.pick;
  layout.points.forEach((p, i) => {
    const d = Math.hypot(p.x - px, p.y - py);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
