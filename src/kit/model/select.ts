/**
 * Choosing observations: id lists from attributes, ids checked against the dataset
 * (with suggestions), and the latest figure where a place reported several periods.
 */
import { STATUSES } from '../../data/core-vocabulary.js';
import { type Observation, type Period, type Source, type Status } from '../../data/types.js';
import { onDemand } from '../element/on-demand.js';
import type { Lang } from './lang.js';
import { noteWriter } from './notes.js';
import type { IdQuery } from './renamed.js';
import type { DatasetIndex } from './dataset-index.js';
import { unknownIdProblem, type ChartProblem } from '../element/problem.js';

/**
 * `"a, b，c、d e"` → ['a', 'b', 'c', 'd', 'e'], each id once, in order; empty or absent
 * → []. An array set as the property from script (`el.regions = ['a', 'b']`) reads
 * as its items.
 */
export function parseIdList(value: unknown): string[] {
  if (value == null || value === '') return [];
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return [...new Set(text.split(/[\s,，、]+/u).filter(Boolean))];
}

/**
 * How many marks a placeholder holds room for: as many as `list` names, at most `limit`
 * (when positive); `limit`, else `fallback`, when it names none.
 */
export function listedCount(list: unknown, limit: number | undefined, fallback: number): number {
  const listed = parseIdList(list).length;
  const most = limit && limit > 0 ? Math.floor(limit) : undefined;
  return listed ? Math.min(listed, most ?? listed) : (most ?? fallback);
}

/** Sorts periods in time: by end, else start, as ISO dates; undated ones sort first. */
export function periodKey(period: Period): string {
  return period.end ?? period.start ?? '';
}

/** Groups observations by `key`, each group newest first; groups keep first-seen order. */
export function newestByKey(
  observations: readonly Observation[],
  key: (o: Observation) => string,
): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = key(o);
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort(newestFirst);
  return groups;
}

/** Latest end first; of one end, the shorter span (2025's 11.8万 before 2016–2025's 112.6万, QA s14 C3). */
function newestFirst(a: Observation, b: Observation): number {
  const [ea, eb] = [periodKey(a.period), periodKey(b.period)];
  if (ea !== eb) return ea < eb ? 1 : -1;
  const [sa, sb] = [a.period.start ?? '', b.period.start ?? ''];
  return sa && sb && sa !== sb ? (sa < sb ? 1 : -1) : 0;
}

/**
 * Groups observations by `key`, then by status (result, plan, target, ongoing): a plan is
 * never one of a result's other periods. Each inner group is newest first.
 */
export function newestByStatus(
  observations: readonly Observation[],
  key: (o: Observation) => string,
): Map<string, Observation[][]> {
  const groups = new Map<string, Observation[][]>();
  for (const [k, figures] of newestByKey(observations, key)) {
    const byStatus = [...newestByKey(figures, (o) => o.status ?? 'result')];
    byStatus.sort(([a], [b]) => STATUSES.indexOf(a as Status) - STATUSES.indexOf(b as Status));
    groups.set(k, byStatus.map(([, group]) => group));
  }
  return groups;
}

const renamer = onDemand(() => import('./renamed.js'));

/**
 * The indicator ids a chart was asked for, as the dataset now names them (renamed.ts): an
 * old id its `aliases` renamed becomes the new one. The redirect is a chunk, loaded only
 * when a page names an id the dataset does not hold and the dataset renamed some.
 */
export const currentIds = <Q extends IdQuery>(index: DatasetIndex, query: Q): Q =>
  index.dataset.aliases && [query.indicator, ...(query.indicators ?? [])].some((id) => id && !index.indicators.has(id)) ? noteWriter(renamer).renamedIds(index, query) : query;

type Collection = 'regions' | 'indicators' | 'categories';
const PROBLEM_KIND = {
  regions: 'unknown-region',
  indicators: 'unknown-indicator',
  categories: 'unknown-category',
} as const;

/** The problem with the first id the dataset does not know, if any. */
export function unknownId(index: DatasetIndex, collection: Collection, ids: readonly string[]): ChartProblem | undefined {
  const known = index[collection];
  const missing = ids.find((id) => !known.has(id));
  if (missing === undefined) return undefined;
  return unknownIdProblem(PROBLEM_KIND[collection], missing, () => known.values());
}

/** A source with its article's place, in the chart's language, where the source line needs it (source-places.ts). */
export interface ChartSource extends Source {
  place?: string;
}

const placer = onDemand(() => import('./source-places.js'));

/**
 * The sources behind some observations, each once, in first-use order. An article
 * without a publisher, or two that may read alike (one publisher's), are told apart by
 * their places: source-places.ts decides, loaded when a chart has such sources (notes.ts).
 */
export function sourcesOf(index: DatasetIndex, observations: Iterable<Observation>, lang: Lang): ChartSource[] {
  const seen = new Map<string, Source>();
  for (const o of observations) {
    const source = index.sources.get(o.source);
    if (source && !seen.has(source.id)) seen.set(source.id, source);
  }
  const sources = [...seen.values()];
  return sources.some((s) => !s.publisher) || new Set(sources.map((s) => s.publisher)).size < sources.length
    ? noteWriter(placer).placeSources(index, sources, lang)
    : sources;
}
