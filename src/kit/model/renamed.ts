/**
 * Renamed indicators (the dataset's `aliases`, docs/dataset.md): the ids a chart was asked
 * for as the dataset now names them. A chunk of its own (select.ts `currentIds` loads it when
 * a page names an id the dataset does not hold), so a chart's file carries none of it.
 */
import type { DatasetIndex } from './dataset-index.js';

/** What of a chart's query names indicators. */
export interface IdQuery {
  indicator?: string | undefined;
  indicators?: readonly string[];
}

/** Old ids a page named that were warned of: once a page each. */
const warned = new Set<string>();

/**
 * `query` with each old id the dataset renamed as its new one (the chart draws that, under its
 * new name), and a console warning once a page for each, so whoever keeps the page can update
 * it. An id the dataset holds is never redirected, nor a name on Object's prototype.
 */
export function renamedIds<Q extends IdQuery>(index: DatasetIndex, query: Q): Q {
  const renamed = index.dataset.aliases?.indicators ?? {};
  const current = (id: string): string => {
    if (index.indicators.has(id) || !Object.hasOwn(renamed, id)) return id;
    if (!warned.has(id)) console.warn(`livelihood-charts: indicator "${id}" is now "${renamed[id]}"`);
    warned.add(id);
    return renamed[id]!;
  };
  return { ...query, indicator: query.indicator && current(query.indicator), ...(query.indicators ? { indicators: query.indicators.map(current) } : {}) };
}
