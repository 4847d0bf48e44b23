/**
 * What a mixed-units or mixed-families problem (model.ts) groups: the latest figure of
 * each indicator, with the dataset and the chart's language. Its groups, with their
 * names, are made from these by mixed.ts, with the problem's message.
 */
import type { Observation } from '../../data/types.js';
import type { DatasetIndex } from '../../kit/model/dataset-index.js';
import type { Lang } from '../../kit/model/lang.js';

export const pendingGroups = new WeakMap<object, { index: DatasetIndex; lang: Lang; figures: readonly Observation[] }>();
