import type { PackedDataset } from '../data/pack.js';
import type { Dataset } from '../data/types.js';
import { ChartError } from '../kit/element/problem.js';

/**
 * The embedded default dataset, loaded on first use: a page that passes `src` or sets
 * `dataset` never downloads it. The CDN build inlines it. It is the packed form of
 * livelihood.json (no skipped numerals, each sentence once; see pack.ts), generated
 * and checked in CI, so it is not validated again in the browser.
 */
let loaded: Promise<Dataset> | undefined;

/**
 * One promise for the page: fifty charts share one unpacked dataset object (and so one
 * index of it, see chart/dataset-index.ts). Treat it as read-only.
 */
export function loadDefaultDataset(): Promise<Dataset> {
  if (!loaded) {
    // Both at once, each a chunk: the data, and the code that unpacks it (pack.ts), so
    // the charts' files carry neither.
    loaded = Promise.all([import('./embedded.json'), import('../data/pack.js')]).then(([data, pack]) => {
      // The code-only CDN bundles (`*.code.js`) are built without it (vite.config.ts).
      if (!data.default) throw new ChartError({ kind: 'unexpected', reason: 'this bundle has no embedded dataset (a *.code.js file): give the chart a src' });
      return pack.unpackDataset(data.default as unknown as PackedDataset);
    });
    // A chunk that failed to load (offline, a bad deploy) is tried again by the next chart.
    loaded.catch(() => (loaded = undefined));
  }
  return loaded;
}
