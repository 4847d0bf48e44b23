/**
 * How tall a row of headline cards is, from its attributes, the dataset and its width,
 * without the DOM: what an embed snippet reserves (src/charts/snippet.ts). Pure: runs in Node.
 */
import type { Dataset } from '../../data/types.js';
import { framedHeight } from '../../kit/marks/frame-size.js';
import { toLang } from '../../kit/model/lang.js';
import { parseIdList } from '../../kit/model/select.js';
import { toShown } from '../../kit/model/show.js';
import { layoutStats, type CardText } from './layout.js';
import { buildStatModel, headlineText, type StatCard } from './model.js';

/** What a card shows, as its layout measures it. */
export const cardText = (c: StatCard): CardText => ({ label: c.label, headline: headlineText(c.headline), tag: c.tag, period: c.period, related: c.related });

/** Height, px, of `<livelihood-stat>` with these attributes at a width; undefined when it would show an error. */
export function statChartHeight(dataset: Dataset, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  const a = attributes;
  const shown = toShown(a.statuses, 'show-uncertain' in a, 'checked-only' in a);
  if ('kind' in shown) return undefined;
  const resolved = buildStatModel(dataset, {
    indicator: a.indicator, region: a.region, regions: parseIdList(a.regions), indicators: parseIdList(a.indicators),
    observations: parseIdList(a.observation), heading: a.heading, lang: toLang(a.lang), shown,
  });
  if (!resolved.ok) return undefined;
  const model = resolved.model;
  const text = { heading: model.heading, subtitle: '', notes: model.notes, sources: model.sources, lang: model.lang };
  const cards = model.cards.map(cardText);
  return framedHeight(text, (width) => layoutStats(cards, width).height);
}
