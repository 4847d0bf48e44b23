/**
 * How tall a comparison is, from its attributes, the dataset and its width, without the
 * DOM: what an embed snippet reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { frameHeight } from '../../kit/marks/frame-size.js';
import { textWidth } from '../../kit/marks/text.js';
import { toLang } from '../../kit/model/lang.js';
import { levelsMessages } from '../../kit/model/levels-messages.js';
import { parseIdList } from '../../kit/model/select.js';
import { toShown } from '../../kit/model/show.js';
import { layoutCompare } from './layout.js';
import { buildCompareModel, type CompareModel } from './model.js';

/** The legend's sizes, px; the styles use them. */
export const LEGEND_METRICS = { fontSize: 13, line: 20, rowGap: 2, columnGap: 14, swatch: 12, swatchGap: 6, margin: 6 } as const;

/** A legend entry's text: the place, and its level when the places' levels differ. */
export function legendText(model: CompareModel, i: number): { label: string; tier: string } {
  const s = model.series[i]!;
  if (!model.mixedLevels) return { label: s.label, tier: '' };
  const tier = levelsMessages(model.lang).tier(s.tier);
  return { label: s.label, tier: model.lang === 'zh' ? `（${tier}）` : ` (${tier})` };
}

/** Height of the legend (one entry a place, wrapping as a flex row does) with its margin. */
export function legendHeight(model: CompareModel, width: number): number {
  const M = LEGEND_METRICS;
  let lines = 1;
  let used = 0;
  model.series.forEach((_, i) => {
    const { label, tier } = legendText(model, i);
    const item = M.swatch + M.swatchGap + textWidth(label + tier, M.fontSize);
    if (used > 0 && used + M.columnGap + item > width) {
      lines++;
      used = item;
    } else used += (used > 0 ? M.columnGap : 0) + item;
  });
  return lines * M.line + (lines - 1) * M.rowGap + M.margin;
}

/** Height, px, of `<city-compare>` with these attributes at a width; undefined when it would show an error. */
export function compareChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildCompareModel(dataset, {
    regions: parseIdList(a.regions), indicators: parseIdList(a.indicators), category: a.category,
    limit: a.limit === undefined ? undefined : Number(a.limit), heading: a.heading, lang: toLang(a.lang), shown,
  });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const text = { heading: model.heading, subtitle: model.commonPeriod, notes: model.notes, sources: model.sources, lang: model.lang };
  return (width) => {
    const { above, below } = frameHeight(text, width);
    return above + legendHeight(model, width) + layoutCompare(model, width).height + below;
  };
}
