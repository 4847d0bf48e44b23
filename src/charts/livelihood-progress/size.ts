/**
 * How tall a progress chart is, from its attributes, the dataset and its width, without
 * the DOM: what an embed snippet reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { framedHeight } from '../../kit/marks/frame-size.js';
import { toLang } from '../../kit/model/lang.js';
import { parseIdList } from '../../kit/model/select.js';
import { toShown } from '../../kit/model/show.js';
import { layoutProgress, type ProgressLayout } from './layout.js';
import { buildProgressModel, type ProgressModel } from './model.js';

/** The model's rows laid out at `width` (the element draws this). */
export function layoutProgressModel(model: ProgressModel, width: number): ProgressLayout {
  return layoutProgress(
    model.rows.map((r) => ({
      label: r.rowLabel,
      shareText: r.shareLabel,
      caption: r.caption,
      share: r.share,
      openEnd: r.qualifier === 'over' || r.qualifier === 'at_least',
    })),
    model.maxShare,
    width,
  );
}

/** Height, px, of `<livelihood-progress>` with these attributes at a width; undefined when it would show an error. */
export function progressChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildProgressModel(dataset, {
    indicator: a.indicator, regions: parseIdList(a.regions), region: a.region, indicators: parseIdList(a.indicators),
    heading: a.heading, lang: toLang(a.lang), shown,
  });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const text = { heading: model.heading, subtitle: model.commonPeriod, notes: model.notes, sources: model.sources, lang: model.lang };
  return framedHeight(text, (width) => layoutProgressModel(model, width).height);
}
