/**
 * The part of a dataset that a page's charts use, so an article page fetches its own
 * figures, not the whole dataset (`livelihood-data slice`, docs/embedding.md).
 *
 * A chart selects by place (`region`, `regions`) and by indicator (`indicator`,
 * `indicators`); a slice keeps every figure that matches each given selection, of
 * every status and period (the chart, not the slice, decides what it draws), with the
 * sources, places (and the places they belong to), indicators and categories those
 * figures and the attributes name (an old id that the dataset's `aliases` renamed, its new
 * one, with the alias). A chart that names neither keeps everything.
 * Skipped numerals stay behind: they are the pipeline's report, not chart data.
 */
import { aliasEntries, keptAliases, withAliases } from './aliases.js';
import type { Dataset } from './types.js';

/** A chart's attributes, as written on its element. */
export type ChartAttributes = Readonly<Record<string, string>>;

const ids = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function sliceDataset(dataset: Dataset, charts: readonly ChartAttributes[]): Dataset {
  // An old id a page still names selects the figures of its new one, as the chart will draw them.
  const renamed = new Map(aliasEntries(dataset.aliases));
  const current = (id: string) => renamed.get(id) ?? id;
  const selections = charts.map((a) => ({
    regions: new Set([...ids(a.region), ...ids(a.regions)]),
    indicators: new Set([...ids(a.indicator), ...ids(a.indicators)].map(current)),
  }));
  const everything = selections.some((s) => !s.regions.size && !s.indicators.size);
  const observations = everything
    ? dataset.observations
    : dataset.observations.filter((o) =>
        selections.some((s) => (!s.regions.size || s.regions.has(o.region)) && (!s.indicators.size || s.indicators.has(o.indicator))),
      );

  const sourceIds = new Set(observations.map((o) => o.source));
  const sources = dataset.sources.filter((s) => sourceIds.has(s.id));
  const regionIds = new Set([...observations.map((o) => o.region), ...sources.map((s) => s.region), ...selections.flatMap((s) => [...s.regions])]);
  // A place's parents come too: charts name a county with its city.
  const parents = new Map(dataset.regions.map((r) => [r.id, r.parent]));
  for (const id of [...regionIds]) for (let p = parents.get(id); p && !regionIds.has(p); p = parents.get(p)) regionIds.add(p);
  const indicatorIds = new Set([...observations.map((o) => o.indicator), ...selections.flatMap((s) => [...s.indicators])]);
  const indicators = dataset.indicators.filter((i) => indicatorIds.has(i.id));
  const categoryIds = new Set([...observations.map((o) => o.category), ...indicators.map((i) => i.category), ...charts.flatMap((a) => ids(a.category))]);
  return {
    schema: dataset.schema,
    sources,
    regions: dataset.regions.filter((r) => regionIds.has(r.id)),
    categories: dataset.categories.filter((c) => categoryIds.has(c.id)),
    indicators,
    ...withAliases(keptAliases(renamed, indicatorIds)),
    observations,
    skipped: [],
  };
}
