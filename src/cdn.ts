/**
 * The CDN's all-in-one file (dist/cdn/livelihood-charts.js): every element, as the npm
 * entry (index.ts), but the validator is a chunk fetched on first use, as the charts
 * themselves fetch it for data from outside: a page of charts needs none of its bytes.
 *
 *   const { validateDataset } = await loadValidator();
 */
export * from './elements.js';

/** The dataset validator (`validateDataset`, `assertDataset`, `DatasetError`), loaded once. */
export const loadValidator = () => import('./data/validate.js');
