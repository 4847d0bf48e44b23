/**
 * The two selections the bar, progress and stat charts share, before each shapes its
 * marks: one indicator across places (`indicator`, with `regions` or `region`) and one
 * place's indicators (`region`, with `indicators`). Each checks its ids against the
 * dataset, splits what is shown from what is hidden (show.ts) and groups the figures by
 * place or indicator, each group by status, newest first (select.ts).
 */
import type { Observation } from '../../data/types.js';
import type { ChartProblem } from '../element/problem.js';
import type { DatasetIndex } from './dataset-index.js';
import { nameIn } from './figure.js';
import { indicatorName } from './indicator-name.js';
import type { Lang } from './lang.js';
import { newestByStatus, unknownId } from './select.js';
import { hiddenByKey, splitShown, type HiddenCount, type Shown } from './show.js';

/** The attributes a selection reads. */
export interface SelectionQuery {
  /** Places for an indicator; all that report it when empty. */
  regions: readonly string[];
  /** One place (with an indicator: that place only). */
  region?: string | undefined;
  /** A place's indicators, in order. */
  indicators: readonly string[];
  heading?: string | undefined;
  lang: Lang;
  shown: Shown;
}

/** Figures grouped by key (a place or an indicator), each group's statuses newest first. */
export interface Grouped {
  /** The chart's title unless the page gave one: the indicator's or the place's name. */
  heading: string;
  groups: Map<string, Observation[][]>;
  hidden: HiddenCount;
  /** `hidden` by key: what a key with no figure drawn has that the chart hides. */
  hiddenOf: Map<string, HiddenCount>;
  /** A key's name in the query's language. */
  label(key: string): string;
}

/** A mark a chart may draw: a key, its name, and its figures of one status, newest first (none: not drawn). */
export interface Candidate {
  key: string;
  label: string;
  figures: Observation[];
  /** With no figures: those of the key the chart hides (none: not reported). */
  hidden?: HiddenCount;
}

/**
 * One indicator across places: the places listed, in their order, or (`keys`) every
 * place that reports it, first seen first. `keep` narrows the figures before they are
 * counted as shown or hidden.
 */
export function byPlace(
  index: DatasetIndex,
  query: SelectionQuery,
  id: string,
  keep: (o: Observation) => boolean = () => true,
): (Grouped & { keys: readonly string[] }) | ChartProblem {
  const places = query.regions.length ? query.regions : query.region ? [query.region] : [];
  const problem = unknownId(index, 'indicators', [id]) ?? unknownId(index, 'regions', places);
  if (problem) return problem;
  const name = nameIn(query.lang);
  const listed = places.length ? new Set(places) : undefined;
  const matching = (index.byIndicator.get(id) ?? []).filter((o) => (!listed || listed.has(o.region)) && keep(o));
  const { shown, hidden } = splitShown(matching, query.shown);
  const groups = newestByStatus(shown, (o) => o.region);
  alignPeriods(groups);
  return {
    heading: query.heading || indicatorName(index, id, query.lang),
    keys: places.length ? places : [...groups.keys()],
    groups,
    hidden,
    hiddenOf: hiddenByKey(matching, query.shown, (o) => o.region),
    label: (key) => name(index.regions.get(key)!.name),
  };
}

/**
 * Places compared on one indicator line up on the period most of them report (河南省's and
 * 洛阳市's totals since 2021, not one's total beside the other's year): in each place, its
 * figure of that period goes first; a place without one keeps its newest, whose period the
 * chart names. Only a period two places or more share counts; the later one of a tie.
 */
function alignPeriods(groups: Map<string, Observation[][]>): void {
  // A period by its ends (an undated one's words do not matter here).
  const span = (o: Observation) => `${o.period.end}${o.period.start}`;
  const places = new Map<string, number>();
  for (const [first] of groups.values()) for (const s of new Set(first!.map(span))) places.set(s, (places.get(s) ?? 0) + 1);
  let shared: string | undefined;
  let most = 1;
  for (const [s, n] of places) if (n > most || (n === most && shared && s > shared)) [shared, most] = [s, n];
  if (shared) for (const [first] of groups.values()) first!.sort((a, b) => +(span(b) === shared) - +(span(a) === shared));
}

/** One place's figures that `keep` lets through, by indicator; the chart picks which indicators to draw. */
export function byIndicator(index: DatasetIndex, query: SelectionQuery, id: string, keep: (o: Observation) => boolean): Grouped | ChartProblem {
  const problem = unknownId(index, 'regions', [id]) ?? unknownId(index, 'indicators', query.indicators);
  if (problem) return problem;
  const name = nameIn(query.lang);
  const matching = (index.byRegion.get(id) ?? []).filter(keep);
  const { shown, hidden } = splitShown(matching, query.shown);
  return {
    heading: query.heading || name(index.regions.get(id)!.name),
    groups: newestByStatus(shown, (o) => o.indicator),
    hidden,
    hiddenOf: hiddenByKey(matching, query.shown, (o) => o.indicator),
    label: (key) => indicatorName(index, key, query.lang),
  };
}

/** A candidate per key: its newest figures of the first status drawn (results first), or none and what is hidden. */
export const latestOf = (grouped: Grouped, keys: readonly string[]): Candidate[] =>
  keys.map((key) => {
    const figures = grouped.groups.get(key)?.[0];
    return figures ? { key, label: grouped.label(key), figures } : { key, label: grouped.label(key), figures: [], hidden: grouped.hiddenOf.get(key) ?? {} };
  });
