/**
 * livelihood-charts: chart elements for figures from Chinese city livelihood (民生)
 * reports, and the dataset types they read.
 *
 * Importing this module defines every component's tag. To define one tag only, import
 * its own entry instead (`livelihood-charts/livelihood-bar.js`).
 */
// One line a chart of src/charts/tags.json, written by `npm run tags`.
export * from './charts/livelihood-bar/livelihood-bar.js';
export * from './charts/city-compare/city-compare.js';
export * from './charts/livelihood-stat/livelihood-stat.js';
export * from './charts/livelihood-progress/livelihood-progress.js';
export * from './charts/livelihood-trend/livelihood-trend.js';
export * from './charts/livelihood-table/livelihood-table.js';

export type { LivelihoodErrorDetail } from './kit/element/events.js';
export type { ChartProblem, ProblemKind, Suggestion } from './kit/element/problem.js';

export {
  SCHEMA,
  Qualifier,
  RegionLevel,
  IndicatorKind,
  SkipReason,
  type Category,
  type Dataset,
  type Indicator,
  type LocalizedName,
  type Observation,
  type Period,
  type Region,
  type Skipped,
  type Source,
} from './data/types.js';
export {
  validateDataset,
  assertDataset,
  DatasetError,
  type ValidationIssue,
  type ValidationResult,
} from './data/validate.js';
