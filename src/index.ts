/**
 * livelihood-charts: chart elements for figures from Chinese city livelihood (民生)
 * reports, and the dataset types they read.
 *
 * Importing this module defines every component's tag. To define one tag only, import
 * its own entry instead (`livelihood-charts/livelihood-bar.js`).
 */
export * from './elements.js';
export {
  validateDataset,
  assertDataset,
  DatasetError,
  type ValidationIssue,
  type ValidationResult,
} from './data/validate.js';
