/**
 * How tall a bar chart is, from its attributes, the dataset and its width, without the
 * DOM: what an embed snippet reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { frameHeight } from '../../kit/marks/frame-size.js';
import { toLang } from '../../kit/model/lang.js';
import { parseIdList } from '../../kit/model/select.js';
import { toShown } from '../../kit/model/show.js';
import { toSort } from '../../kit/model/sort.js';
import { layoutBars, type BarLayout } from './layout.js';
import { buildBarModel, type BarModel } from './model.js';

/** The model's rows laid out at `width` (the element draws this). */
export function layoutBarModel(model: BarModel, width: number): BarLayout {
  return layoutBars(
    model.rows.map((r) => ({
      label: r.label,
      value: r.value,
      // The status tag follows the value (marks.ts).
      valueText: r.tag ? `${r.valueLabel} ${r.tag}` : r.valueLabel,
      periodText: model.showPeriods ? r.period : '',
      openEnd: r.qualifier === 'over' || r.qualifier === 'at_least',
    })),
    width,
  );
}

/** Height, px, of `<livelihood-bar>` with these attributes at a width; undefined when it would show an error. */
export function barChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildBarModel(dataset, {
    indicator: a.indicator, regions: parseIdList(a.regions), region: a.region, indicators: parseIdList(a.indicators),
    category: a.category, family: a.family, unit: a.unit, sort: toSort(a.sort), limit: a.limit === undefined ? undefined : Number(a.limit),
    heading: a.heading, lang: toLang(a.lang), shown,
  });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const text = { heading: model.heading, subtitle: model.commonPeriod, notes: model.notes, sources: model.sources, lang: model.lang };
  return (width) => {
    const { above, below } = frameHeight(text, width);
    return above + layoutBarModel(model, width).height + below;
  };
}
