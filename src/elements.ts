/**
 * Every chart element (importing this module defines every tag) and the dataset types
 * and vocabularies they read: what the npm entry (index.ts) and the CDN's all-in-one
 * file (cdn.ts) both export.
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

// The vocabularies from their own module: types.ts also holds their lists, which only the
// validator reads (and so stay in its chunk).
export { SCHEMA } from './data/core-vocabulary.js';
export { Qualifier, RegionLevel, IndicatorKind, SkipReason } from './data/vocabulary.js';
export {
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
