/**
 * Which chart the studio previews and what code embeds it: one of the four forms the
 * elements draw (an indicator across places, a place's figures of one family and unit, places
 * compared, an indicator over time), with the elements' own attributes. The preview and the embed code are made
 * from the same attribute list, so what is copied is what was seen.
 */
import type { Dataset, Status } from '../data/types.js';
import { familyKey } from '../kit/model/family.js';
import { isRelatedIndicator } from '../kit/model/related.js';
import { RESULTS, splitShown, statusKey, type Shown } from '../kit/model/show.js';
import { snippet } from '../charts/snippet.js';

export const ChartForm = { indicator: 'indicator', region: 'region', compare: 'compare', trend: 'trend' } as const;
export type ChartForm = (typeof ChartForm)[keyof typeof ChartForm];

export interface ChartChoice {
  form: ChartForm;
  /** `indicator` and `trend` forms: the indicator drawn across places, or over time in each place. */
  indicator: string;
  /**
   * `region` form: the place, and which of its figures stand side by side: one indicator
   * family (`Indicator.family`; '' for indicators a person wrote without one) in one unit.
   */
  region: string;
  family: string;
  unit: string;
  /** `compare` form: the places, in order. */
  regions: string[];
  /** Statuses drawn; results only when empty or just `result`. */
  statuses: Status[];
  showUncertain: boolean;
  lang: 'zh' | 'en';
  theme: 'light' | 'dark';
}

export interface ChartElementSpec {
  tag: 'livelihood-bar' | 'city-compare' | 'livelihood-trend';
  /** Attribute name and value, in the order they are written; '' for a boolean attribute. */
  attributes: [string, string][];
}

const count = <T>(items: Iterable<T>): Map<T, number> => {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
};
const byCount = <T>(m: Map<T, number>): T[] => [...m].sort((a, b) => b[1] - a[1]).map(([k]) => k);

const names = { zh: new Intl.Collator('zh-Hans-CN', { numeric: true }), en: new Intl.Collator('en', { numeric: true }) };

/** What a choice draws: its statuses (results when none) and whether flagged figures too, as the element reads them. */
export const shownBy = (choice: Pick<ChartChoice, 'statuses' | 'showUncertain'>): Shown => ({
  statuses: choice.statuses.length ? choice.statuses : RESULTS.statuses,
  uncertain: choice.showUncertain,
});

export interface IndicatorOption {
  id: string;
  zh: string;
  en: string;
  /** Figures of the indicator in the dataset, as the table lists them. */
  figures: number;
  /** Of those, the ones the chart draws with `shown` (a plan is not drawn as a result). */
  drawn: number;
  /**
   * The bars those make: one a place and status, its newest figure (three figures of one
   * city over three years are one bar), which is what an editor sees in the preview.
   */
  bars: number;
}

/**
 * Indicators with figures, those the chart draws most bars of first (what the preview
 * will show, not how many figures the table lists), then by name in `lang`: the first is
 * one the preview can draw, not a plan-only one that would open on a "no data" box.
 */
export function indicatorOptions(d: Dataset, shown: Shown = RESULTS, lang: ChartChoice['lang'] = 'zh'): IndicatorOption[] {
  const n = count(d.observations.map((o) => o.indicator));
  const drawnFigures = splitShown(d.observations, shown).shown;
  const drawn = count(drawnFigures.map((o) => o.indicator));
  const bars = new Map<string, Set<string>>();
  for (const o of drawnFigures) bars.set(o.indicator, (bars.get(o.indicator) ?? new Set()).add(statusKey(o.region, o)));
  return d.indicators
    // A rank (第1名) is listed in the table, never drawn as bars (the bar refuses it: rank-figures).
    .filter((i) => n.has(i.id) && i.kind !== 'rank')
    .map((i) => ({ id: i.id, zh: i.name.zh, en: i.name.en, figures: n.get(i.id)!, drawn: drawn.get(i.id) ?? 0, bars: bars.get(i.id)?.size ?? 0 }))
    .sort((a, b) => b.bars - a.bars || names[lang].compare(a[lang], b[lang]) || (a.id < b.id ? -1 : 1));
}

/** Places that have figures, most first. */
export function regionOptions(d: Dataset): { id: string; zh: string; en: string }[] {
  const n = count(d.observations.map((o) => o.region));
  return byCount(n).map((id) => {
    const r = d.regions.find((x) => x.id === id);
    return { id, zh: r?.name.zh ?? id, en: r?.name.en ?? id };
  });
}

/** A place's figures a bar may draw side by side: one family, one unit. */
export interface GroupOption {
  family: string;
  unit: string;
  /** How many indicators: the bars it draws. */
  indicators: number;
  /** The indicators' names, most figures first. */
  zh: string;
  en: string;
}

/**
 * The groups of a place's figures, most indicators first: indicators of one family in one
 * unit, as `<livelihood-bar region>` draws them (indicators made from an article's words,
 * and figures measured against another, stand in none: they are drawn when listed).
 */
export function groupOptions(d: Dataset, region: string): GroupOption[] {
  const indicators = new Map(d.indicators.map((i) => [i.id, i]));
  const groups = new Map<string, { family: string; unit: string; figures: Map<string, number> }>();
  for (const o of d.observations) {
    const indicator = indicators.get(o.indicator);
    if (o.region !== region || !indicator || isRelatedIndicator(o.indicator)) continue;
    const family = familyKey(indicator);
    if (family === undefined) continue;
    const key = `${family}|${o.unit}`;
    const group = groups.get(key) ?? { family, unit: o.unit, figures: new Map<string, number>() };
    group.figures.set(o.indicator, (group.figures.get(o.indicator) ?? 0) + 1);
    groups.set(key, group);
  }
  const total = (g: { figures: Map<string, number> }) => [...g.figures.values()].reduce((a, b) => a + b, 0);
  return [...groups.values()]
    // Bars first (an indicator is one bar, its newest figure), then figures.
    .sort((a, b) => b.figures.size - a.figures.size || total(b) - total(a) || (a.family < b.family ? -1 : 1))
    .map((g) => {
      const names = byCount(g.figures).map((id) => indicators.get(id)!.name);
      return { family: g.family, unit: g.unit, indicators: g.figures.size, zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
    });
}

/**
 * `choice` made valid for `d`: an indicator, place, group or places the dataset no longer
 * has are replaced by its most common ones (an indicator by the one the chart draws most
 * bars of); everything else is kept. A chart language not chosen is `lang` (the studio's).
 */
export function fitChoice(d: Dataset, choice: Partial<ChartChoice> = {}, lang: ChartChoice['lang'] = 'zh'): ChartChoice {
  const statuses = choice.statuses ?? ['result'];
  const showUncertain = choice.showUncertain ?? false;
  // In the order the studio's list shows them, so the one chosen is its first.
  const options = indicatorOptions(d, shownBy({ statuses, showUncertain }), lang);
  const indicators = options.map((i) => i.id);
  const regions = regionOptions(d).map((r) => r.id);
  const region = choice.region && regions.includes(choice.region) ? choice.region : (d.sources[0]?.region && regions.includes(d.sources[0].region) ? d.sources[0].region : regions[0] ?? '');
  const groups = groupOptions(d, region);
  const group = groups.find((g) => g.family === choice.family && g.unit === choice.unit) ?? groups[0];
  const kept = (choice.regions ?? []).filter((r) => regions.includes(r));
  return {
    // One article is one place: no indicator has two bars, and a one-bar "comparison"
    // shows nothing (QA s11b C6). The place's figures of one family do.
    form: choice.form ?? ((options[0]?.bars ?? 0) < 2 && (group?.indicators ?? 0) > 1 ? 'region' : 'indicator'),
    indicator: choice.indicator && indicators.includes(choice.indicator) ? choice.indicator : indicators[0] ?? '',
    region,
    family: group?.family ?? '',
    unit: group?.unit ?? '',
    regions: kept.length ? kept : regions.slice(0, 3),
    statuses,
    showUncertain,
    lang: choice.lang ?? lang,
    theme: choice.theme ?? 'light',
  };
}

/** The indicators whose figures `choice`'s chart draws (its titles, labels and table say their names). */
export function chartIndicators(d: Dataset, choice: ChartChoice): string[] {
  if (choice.form === 'indicator' || choice.form === 'trend') return [choice.indicator];
  const indicators = new Map(d.indicators.map((i) => [i.id, i]));
  const inChart = (o: Dataset['observations'][number]) => {
    if (choice.form === 'compare') return choice.regions.includes(o.region);
    const indicator = indicators.get(o.indicator);
    return o.region === choice.region && o.unit === choice.unit && !isRelatedIndicator(o.indicator) && indicator !== undefined && familyKey(indicator) === choice.family;
  };
  return [...new Set(splitShown(d.observations.filter(inChart), shownBy(choice)).shown.map((o) => o.indicator))];
}

/** The element and attributes that draw `choice`, as an embed writes them. */
export function chartElement(choice: ChartChoice): ChartElementSpec {
  const attributes: [string, string][] = [];
  let tag: ChartElementSpec['tag'] = 'livelihood-bar';
  if (choice.form === 'indicator') attributes.push(['indicator', choice.indicator]);
  else if (choice.form === 'trend') {
    tag = 'livelihood-trend';
    attributes.push(['indicator', choice.indicator]);
  } else if (choice.form === 'region') {
    attributes.push(['region', choice.region]);
    if (choice.family) attributes.push(['family', choice.family]);
    attributes.push(['unit', choice.unit]);
  }
  else {
    tag = 'city-compare';
    attributes.push(['regions', choice.regions.join(',')]);
  }
  const statuses = choice.statuses.length === 4 ? ['all'] : choice.statuses;
  if (statuses.length && !(statuses.length === 1 && statuses[0] === 'result')) attributes.push(['statuses', statuses.join(' ')]);
  if (choice.showUncertain) attributes.push(['show-uncertain', '']);
  if (choice.lang !== 'zh') attributes.push(['lang', choice.lang]);
  if (choice.theme === 'dark') attributes.push(['theme', 'dark']);
  return { tag, attributes };
}

/**
 * What a page pastes: the script that defines the elements, the stylesheet that holds the
 * chart's room, and the element reading the exported dataset (`data.json`, published
 * beside the page) with the height it will take at each width (src/charts/snippet.ts).
 */
export function embedCode(dataset: Dataset, choice: ChartChoice, scriptSrc: string, dataSrc = 'data.json'): string {
  const { tag, attributes } = chartElement(choice);
  return `${snippet(dataset, tag, Object.fromEntries([...attributes, ['src', dataSrc]]), { script: scriptSrc })}\n`;
}
