/**
 * Attributes + dataset → the plain model a trend chart draws. Pure: no DOM, no layout.
 *
 *   1. select   the indicator's figures (of `regions`, else every place reporting it)
 *               that the chart shows (show.ts), the rest counted
 *   2. place    each figure on the time axis by its period's dates: a span from its
 *               start to its end, drawn at its end; a figure with no end date has no
 *               place on the axis and is counted in a note, as are figures in
 *               another unit than most
 *   3. compare  a figure of several years (十四五期间 2021–2025) beside figures of a
 *               year or less is left out, with its value in a note: drawn on the same
 *               axis it reads as a yearly level
 *   4. series   one per place, in time order; places in the order listed, else the
 *               latest value first; a line joins two figures only when their periods
 *               are equally long (in calendar months), or both are "to date", and they
 *               are of one status: a year beside eight months is not a fall, nor a year's
 *               result beside work under way a rise, and a note says why they are apart
 *   5. label    values, periods, summary, notes, table rows and sources
 *
 * A run of two joined points is a slope; one point, or points never joined, is not
 * a trend, and the model says so (`shape`).
 */
import { levelsNote } from '../../kit/model/levels.js';
import { monthsOf, multiYear, spansNote, type LeftOut } from '../../kit/model/spans.js';
import { placeSlots } from '../../kit/marks/place-colour.js';
import type { Dataset, Observation, Source } from '../../data/types.js';
import { indexDataset, type DatasetIndex } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, nameIn, type Figure } from '../../kit/model/figure.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut, tooManyMarks } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import type { Resolved } from '../../kit/element/problem.js';
import { currentIds, sourcesOf, unknownId } from '../../kit/model/select.js';
import { noData, splitShown, statusOf, type Shown } from '../../kit/model/show.js';
import { trendMessages } from './messages.js';

export interface TrendQuery {
  indicator?: string | undefined;
  /** Places to show; every place reporting the indicator when empty. */
  regions: readonly string[];
  heading?: string | undefined;
  lang: Lang;
  shown: Shown;
}

export interface TrendPoint extends Figure {
  observation: Observation;
  /** The place, as its series is named. */
  label: string;
  /** Index of its series in `TrendModel.series`. */
  series: number;
  /** Start of the period (ms since the epoch, UTC); null when the period names only its end (截至目前). */
  start: number | null;
  /** End of the period: where the figure is drawn. */
  end: number;
  /** A line joins it to the previous point of its series: their periods are equally long. */
  joined: boolean;
}

export interface TrendSeries {
  /** Region id. */
  key: string;
  label: string;
  /** Its palette slot, 1-based, from its id: the same in every chart (place-colour.ts). */
  slot: number;
  /** Indices into `TrendModel.points`, in time order. */
  points: number[];
}

/** What the points make: `none` (one point, or one a place), a `slope` (two) or a `line`. */
export type TrendShape = 'none' | 'slope' | 'line';

export interface TrendModel {
  lang: Lang;
  heading: string;
  /** The marks, series by series, each in time order: the keyboard's order. */
  points: TrendPoint[];
  series: TrendSeries[];
  shape: TrendShape;
  sources: Source[];
  summary: string;
  /** Caveats under the chart: not a trend, figures left out. */
  notes: string[];
  table: { headers: string[]; rows: string[][] };
}

/** An ISO date (YYYY-MM-DD) in ms since the epoch, UTC; null when absent or not a date. */
export function toTime(iso: string | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

export function buildTrendModel(dataset: Dataset, query: TrendQuery): Resolved<TrendModel> {
  if (!query.indicator) return { ok: false, problem: { kind: 'trend-needs-indicator' } };
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const id = currentIds(index, query).indicator!;
  const problem = unknownId(index, 'indicators', [id]) ?? unknownId(index, 'regions', query.regions);
  if (problem) return { ok: false, problem };

  // 1. select
  const listed = query.regions.length ? new Set(query.regions) : undefined;
  const { shown, hidden } = splitShown((index.byIndicator.get(id) ?? []).filter((o) => !listed || listed.has(o.region)), query.shown);
  if (!shown.length) return noData([id, ...query.regions].join(' · '), hidden, index);

  // 2. place
  const dated = shown.filter((o) => endOf(o) !== null);
  if (!dated.length) return { ok: false, problem: { kind: 'trend-undated', count: shown.length } };
  const unit = commonestUnit(dated);
  const inUnit = dated.filter((o) => o.unit === unit);
  const otherUnits = dated.filter((o) => o.unit !== unit);

  // 3. compare: several years beside a year or less is not one measure.
  const left = multiYear(inUnit);
  const placed = inUnit.filter((o) => !left.includes(o));
  const tooMany = tooManyMarks(placed.length);
  if (tooMany) return tooMany;

  // 4. series
  const byPlace = new Map<string, Observation[]>();
  for (const o of placed) byPlace.set(o.region, [...(byPlace.get(o.region) ?? []), o]);
  for (const figures of byPlace.values()) figures.sort(inTime);
  const keys = query.regions.length
    ? query.regions.filter((key) => byPlace.has(key))
    : [...byPlace.keys()].sort((a, b) => byPlace.get(b)!.at(-1)!.value - byPlace.get(a)!.at(-1)!.value);

  // 5. label
  const name = nameIn(query.lang);
  const heading = query.heading || indicatorName(index, id, query.lang);
  const format = figureFormat(placed.map((o) => [o]), query.lang);
  const points: TrendPoint[] = [];
  const slots = placeSlots(keys, index);
  const series = keys.map((key, s): TrendSeries => {
    const label = name(index.regions.get(key)!.name);
    const indices = byPlace.get(key)!.map((o, i, figures) => {
      // A finished year is not joined to work under way or a plan: the line would read as growth in what is done.
      const joined = i > 0 && monthsOf(figures[i - 1]!) === monthsOf(o) && statusOf(figures[i - 1]!) === statusOf(o);
      points.push({ ...pointFigure(index, o, label, format), label, series: s, start: toTime(o.period.start), end: endOf(o)!, joined });
      return points.length - 1;
    });
    return { key, label, slot: slots[s]!, points: indices };
  });
  const shape = trendShape(series.flatMap((s) => joinedRuns(s.points.map((i) => points[i]!))));
  return { ok: true, model: labelModel(index, query, heading, points, series, shape, {
    undated: shown.length - dated.length,
    otherUnits,
    multiYear: left.map((observation) => ({ label: name(index.regions.get(observation.region)!.name), observation })),
    hidden: messages(query.lang).hiddenNote(hidden),
  }) };
}

/** The lengths of a series' runs of joined points. */
function joinedRuns(points: readonly TrendPoint[]): number[] {
  const runs: number[] = [];
  for (const p of points) {
    if (p.joined) runs[runs.length - 1]! += 1;
    else runs.push(1);
  }
  return runs;
}

const inTime = (a: Observation, b: Observation) =>
  endOf(a)! - endOf(b)! || (toTime(a.period.start) ?? 0) - (toTime(b.period.start) ?? 0);

/**
 * Where a figure stands on the time axis: its period's end, or the day a period with no end
 * starts (a standard in force 自2027年1月1日起, a point there, QA s14 B6); null when undated.
 */
const endOf = (o: Observation): number | null => toTime(o.period.end) ?? toTime(o.period.start);

/** The unit most figures are in (the first met, on a tie): the axis'. */
function commonestUnit(observations: readonly Observation[]): string {
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.unit, (counts.get(o.unit) ?? 0) + 1);
  let best = observations[0]!.unit;
  for (const [unit, n] of counts) if (n > counts.get(best)!) best = unit;
  return best;
}

/** No series of two points or more is no trend; series of two at most are a slope. */
export function trendShape(lengths: readonly number[]): TrendShape {
  const longest = Math.max(0, ...lengths);
  return longest < 2 ? 'none' : longest === 2 ? 'slope' : 'line';
}

function pointFigure(index: DatasetIndex, o: Observation, label: string, format: ReturnType<typeof figureFormat>) {
  return buildFigure(index, [o], label, format) as Figure & { observation: Observation };
}

function labelModel(
  index: DatasetIndex,
  query: TrendQuery,
  heading: string,
  points: TrendPoint[],
  series: TrendSeries[],
  shape: TrendShape,
  left: { undated: number; otherUnits: readonly Observation[]; multiYear: readonly LeftOut[]; hidden: string },
): TrendModel {
  const { lang } = query;
  const m = messages(lang);
  const tm = trendMessages(lang);
  const sourceName = (s: Source | undefined) => (s ? cut(s.publisher || s.title || m.unnamedSource) : '');
  const otherUnits = [...new Set(left.otherUnits.map((o) => cut(o.unit)))];
  // Places with figures side by side but not joined: periods of unequal length, or statuses that differ.
  const apart = (differ: (a: Observation, b: Observation) => boolean) =>
    series.flatMap((s) => {
      const own = s.points.map((i) => points[i]!);
      return own.some((p, i) => i > 0 && !p.joined && differ(own[i - 1]!.observation, p.observation)) ? [{ label: s.label, periods: own.map((p) => p.period) }] : [];
    });
  const periodsApart = apart((a, b) => monthsOf(a) !== monthsOf(b));
  const statusesApart = apart((a, b) => statusOf(a) !== statusOf(b));
  const single = series.every((s) => s.points.length < 2);
  return {
    lang,
    heading,
    points,
    series,
    shape,
    sources: sourcesOf(index, [...points.map((p) => p.observation), ...left.multiYear.map((f) => f.observation)], lang),
    summary: tm.summary(
      heading,
      series.map((s) => ({ label: s.label, points: s.points.map((i) => ({ period: points[i]!.period, value: points[i]!.taggedValue })) })),
    ),
    notes: [
      levelsNote(index, points.map((p) => p.observation.region), lang),
      single ? (points.length === 1 ? tm.onePoint : tm.onePointEach) : '',
      periodsApart.length ? tm.notJoined(periodsApart) : '',
      statusesApart.length ? tm.statusesNotJoined(statusesApart.map((p) => p.label)) : '',
      spansNote(left.multiYear, lang),
      left.undated ? tm.undated(left.undated) : '',
      otherUnits.length ? tm.otherUnits(left.otherUnits.length, otherUnits) : '',
      left.hidden,
    ].filter(Boolean),
    table: {
      headers: [...tm.tableHeaders],
      rows: points.map((p) => [p.label, p.period, p.taggedValue, sourceName(p.source)]),
    },
  };
}
