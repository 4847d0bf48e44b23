/**
 * How tall a trend chart is, from its attributes, the dataset and its width, without the
 * DOM: what an embed snippet reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { framedHeight } from '../../kit/marks/frame-size.js';
import { toLang } from '../../kit/model/lang.js';
import { parseIdList } from '../../kit/model/select.js';
import { toShown } from '../../kit/model/show.js';
import { trendHeight } from './layout.js';
import { buildTrendModel } from './model.js';

/** Height, px, of `<livelihood-trend>` with these attributes at a width; undefined when it would show an error. */
export function trendChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildTrendModel(dataset, { indicator: a.indicator, regions: parseIdList(a.regions), heading: a.heading, lang: toLang(a.lang), shown });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const text = { heading: model.heading, subtitle: '', notes: model.notes, sources: model.sources, lang: model.lang };
  return framedHeight(text, trendHeight);
}
