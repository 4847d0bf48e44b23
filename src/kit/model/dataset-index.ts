/**
 * Lookups over a dataset, built once per dataset object and shared by every chart
 * that shows it: records by id, observations by indicator and by region.
 */
import type { Category, Dataset, Indicator, Observation, Region, Source } from '../../data/types.js';

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly regions: ReadonlyMap<string, Region>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly sources: ReadonlyMap<string, Source>;
  /** In dataset order. */
  readonly byIndicator: ReadonlyMap<string, readonly Observation[]>;
  /** In dataset order. */
  readonly byRegion: ReadonlyMap<string, readonly Observation[]>;
  /** An editor reviewed the dataset (some figure says whether it was checked): tooltips say so for each. */
  readonly reviewed: boolean;
}

const built = new WeakMap<Dataset, DatasetIndex>();

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

function groupBy(list: readonly Observation[], key: (o: Observation) => string): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const o of list) {
    const k = key(o);
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  return groups;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = built.get(dataset);
  if (!index) {
    index = {
      dataset,
      regions: byId(dataset.regions),
      indicators: byId(dataset.indicators),
      categories: byId(dataset.categories),
      sources: byId(dataset.sources),
      byIndicator: groupBy(dataset.observations, (o) => o.indicator),
      byRegion: groupBy(dataset.observations, (o) => o.region),
      reviewed: dataset.observations.some((o) => o.checked !== undefined || o.corrected !== undefined),
    };
    built.set(dataset, index);
  }
  return index;
}
