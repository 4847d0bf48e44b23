import { unpackDataset, type PackedDataset } from '../data/pack.js';
import type { Dataset } from '../data/types.js';

/**
 * The embedded default dataset, loaded on first use: a page that passes `src` or sets
 * `dataset` never downloads it. The CDN build inlines it. It is the packed form of
 * livelihood.json (no skipped numerals, each sentence once; see pack.ts), generated
 * and checked in CI, so it is not validated again in the browser.
 */
export const loadDefaultDataset = (): Promise<Dataset> =>
  import('./embedded.json').then((module) => unpackDataset(module.default as unknown as PackedDataset));
