/**
 * The example charts: one list for the demo gallery, the benchmarks and (later) the
 * snapshot tests, so what is tested is what a reader sees.
 *
 * `headlineExamples` are fixed (the headline charts and the comparisons, each in its own
 * gallery section); `examplesFor(dataset)` adds every other chart the
 * dataset supports: each indicator reported by two or more regions, and each region's
 * indicator family (Indicator.family) with two or more indicators.
 * An example is plain markup, exactly what a page would embed.
 */
import { isSureResult } from '../src/kit/model/show.js';
import type { Dataset, LocalizedName } from '../src/data/types.js';
import type tags from '../src/charts/tags.json';

/** A chart of the tag list. */
export type ExampleTag = keyof typeof tags;

export const ExampleSection = {
  headline: 'headline',
  compare: 'compare',
  trend: 'trend',
  table: 'table',
  indicator: 'indicator',
  region: 'region',
  message: 'message',
} as const;
export type ExampleSection = (typeof ExampleSection)[keyof typeof ExampleSection];

export interface Example {
  /** Stable id: the gallery anchor, and the snapshot name in tests. */
  id: string;
  section: ExampleSection;
  /** The element the example needs. */
  tag: ExampleTag;
  title: LocalizedName;
  /** The exact markup to embed. */
  html: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="1" b="2"></tag>`, attributes in the order given, values escaped. */
export function markup(tag: ExampleTag, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}

const bar = (
  id: string,
  section: ExampleSection,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section, tag: 'livelihood-bar', title, html: markup('livelihood-bar', attributes) });

const compare = (
  id: string,
  section: ExampleSection,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section, tag: 'city-compare', title, html: markup('city-compare', attributes) });

const stat = (
  id: string,
  section: ExampleSection,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section, tag: 'livelihood-stat', title, html: markup('livelihood-stat', attributes) });

const progress = (
  id: string,
  section: ExampleSection,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section, tag: 'livelihood-progress', title, html: markup('livelihood-progress', attributes) });

const trend = (
  id: string,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section: 'trend', tag: 'livelihood-trend', title, html: markup('livelihood-trend', attributes) });

const table = (
  id: string,
  title: LocalizedName,
  attributes: Record<string, string>,
): Example => ({ id, section: 'table', tag: 'livelihood-table', title, html: markup('livelihood-table', attributes) });

export const headlineExamples: readonly Example[] = [
  // Headline figures with what they relate to: a share of the year's target, a growth rate.
  stat('stat-shijiazhuang', 'headline', { zh: '石家庄：就业、棚改、收入', en: 'Shijiazhuang: jobs, shantytowns, income' }, {
    region: 'shijiazhuang',
    indicators: 'new_urban_jobs,shantytown_homes_started,disposable_income_per_capita',
  }),
  // Results against the year's targets: one stated (任务为新开工22399套), two derived from the share done.
  progress('progress-shijiazhuang', 'headline', { zh: '石家庄：年度任务完成情况', en: 'Shijiazhuang: progress against the year\'s targets' }, {
    region: 'shijiazhuang',
  }),
  // Figures as the article wrote them: 700余个, 超八成, 8000余套.
  stat('stat-zhangjiakou', 'headline', { zh: '张家口：原文中的数字', en: 'Zhangjiakou: figures as written' }, {
    region: 'zhangjiakou',
    indicators: 'old_compounds_renovated,family_doctor_signing_rate,affordable_rental_homes',
  }),
  bar('old-compounds-renovated', 'headline', { zh: '老旧小区改造', en: 'Old residential compounds renovated' }, {
    indicator: 'old_compounds_renovated',
  }),
  bar('elderly-meal-points', 'headline', { zh: '老年助餐点', en: 'Meal points for the elderly' }, {
    indicator: 'elderly_meal_points',
  }),
  bar('home-care-beds', 'headline', { zh: '家庭养老床位', en: 'Home care beds' }, { indicator: 'home_care_beds' }),
  bar('aging-friendly-renovations', 'headline', { zh: '居家适老化改造', en: 'Aging-friendly home renovations' }, {
    indicator: 'aging_friendly_renovations',
  }),
  // A result beside work under way: 645 compounds renovated in 2021, 956 started in 2022.
  bar('old-compounds-shijiazhuang-status', 'headline', { zh: '石家庄老旧小区：已完成与在建', en: 'Shijiazhuang compounds: done and under way' }, {
    indicator: 'old_compounds_renovated',
    regions: 'shijiazhuang',
    statuses: 'result ongoing',
  }),
  // One place's figures of one family: homes started, completed and planned, in 套.
  bar('shijiazhuang-shantytown-homes', 'headline', { zh: '石家庄市：棚改安置房', en: 'Shijiazhuang: shantytown resettlement homes' }, {
    region: 'shijiazhuang',
    family: 'shantytown_homes',
  }),
  compare('compare-zhangjiakou-hohhot-shijiazhuang', 'compare', { zh: '张家口、呼和浩特、石家庄对比', en: 'Zhangjiakou, Hohhot and Shijiazhuang compared' }, {
    regions: 'zhangjiakou,hohhot,shijiazhuang',
  }),
  // The category every three of them report most in: four indicators, mixed periods and units.
  compare('compare-elderly-care', 'compare', { zh: '养老服务：三市对比', en: 'Elderly care: three cities compared' }, {
    regions: 'zhangjiakou,hohhot,shijiazhuang',
    category: 'elderly_care',
  }),
  // Chosen indicators, in the order given; Hohhot's home care beds are in 户, Shijiazhuang's in 张.
  compare('compare-hohhot-shijiazhuang', 'compare', { zh: '呼和浩特与石家庄：就业、养老、教育', en: 'Hohhot and Shijiazhuang: jobs, elderly care, schools' }, {
    regions: 'hohhot,shijiazhuang',
    indicators: 'new_urban_jobs,aging_friendly_renovations,home_care_beds,kindergartens_built,village_clinics',
  }),
  compare('compare-zhangjiakou-wulingyuan', 'compare', { zh: '地级市与区：张家口与武陵源', en: 'A city beside a district: Zhangjiakou and Wulingyuan' }, {
    regions: 'zhangjiakou,hohhot,wulingyuan',
    indicators: 'elderly_meal_points,job_fairs,community_elderly_care_centres',
  }),
  // A prefecture beside two of its counties: the chart flags the levels and who lies inside whom.
  compare('compare-jinzhong-counties', 'compare', { zh: '晋中市与所辖两县', en: 'Jinzhong and two of its counties' }, {
    regions: 'jinzhong,yushe,lingshi',
  }),
  // Two periods of one place: 12141 homes in 2021, 11648 in the first eight months of 2022 —
  // not joined by a line (a year beside eight months is no fall), and a note says why.
  trend('trend-shantytown-shijiazhuang', { zh: '石家庄棚改安置房建成', en: 'Shijiazhuang: resettlement homes completed' }, {
    indicator: 'shantytown_homes_completed',
    regions: 'shijiazhuang',
  }),
  // The same beside 张家口's figure for the whole 14th Five-Year Plan: five years beside a
  // year or less are not one measure, so that figure is named in a note, not drawn as a level.
  trend('trend-shantytown', { zh: '棚改安置房建成：时期各不相同', en: 'Resettlement homes completed: periods differ' }, {
    indicator: 'shantytown_homes_completed',
  }),
  // A result and work under way: the one under way hollow, joined by a dashed line, tagged.
  trend('trend-old-compounds-shijiazhuang', { zh: '石家庄老旧小区：2021年完成，2022年在建', en: 'Shijiazhuang compounds: done in 2021, under way in 2022' }, {
    indicator: 'old_compounds_renovated',
    regions: 'shijiazhuang',
    statuses: 'result ongoing',
  }),
  // By default only the result is drawn: the chart says one point is not a trend.
  trend('trend-one-point', { zh: '一个点不构成趋势', en: 'One point is not a trend' }, {
    indicator: 'old_compounds_renovated',
    regions: 'shijiazhuang',
  }),
  // What an editor reviews: every figure of one article, results, plans and work under way.
  table('table-shijiazhuang-article', { zh: '石家庄民生报道：文中全部数字', en: 'Shijiazhuang report: every figure' }, {
    region: 'shijiazhuang',
    statuses: 'all',
    limit: '10',
  }),
  table('table-old-compounds', { zh: '老旧小区改造：各地数字与原文', en: 'Old compounds renovated: figures and sentences' }, {
    indicator: 'old_compounds_renovated',
    statuses: 'all',
  }),
];

const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** The headline examples plus every other chart `dataset` supports, without repeats. */
export function examplesFor(dataset: Dataset): Example[] {
  const out: Example[] = [...headlineExamples];
  const shown = new Set(out.map((e) => e.html));
  const add = (example: Example) => {
    if (shown.has(example.html)) return;
    shown.add(example.html);
    out.push(example);
  };
  const regionName = new Map(dataset.regions.map((r) => [r.id, r.name]));
  const nameOf = (names: Map<string, LocalizedName>, id: string) => names.get(id) ?? { zh: id, en: id };

  // Charts draw sure results by default: pick only charts those make.
  const observations = dataset.observations.filter(isSureResult);

  // 1. One indicator across regions: the comparison readers cannot make by hand.
  const regionsOf = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!regionsOf.has(o.indicator)) regionsOf.set(o.indicator, new Set());
    regionsOf.get(o.indicator)!.add(o.region);
  }
  const indicators = dataset.indicators
    .filter((i) => (regionsOf.get(i.id)?.size ?? 0) >= 2)
    .sort((a, b) => regionsOf.get(b.id)!.size - regionsOf.get(a.id)!.size || a.id.localeCompare(b.id));
  for (const indicator of indicators) {
    add(bar(`indicator-${slug(indicator.id)}`, 'indicator', indicator.name, { indicator: indicator.id }));
  }

  // 2. One region's indicators of one family (what may stand side by side: meal points
  //    beside community centres), two or more of them.
  const familyOf = new Map(dataset.indicators.map((i) => [i.id, i.family]));
  const indicatorName = new Map(dataset.indicators.map((i) => [i.id, i.name]));
  const groups = new Map<string, { region: string; family: string; indicators: Set<string> }>();
  for (const o of observations) {
    const family = familyOf.get(o.indicator);
    if (family === undefined) continue;
    const key = `${o.region}\u0000${family}`;
    const group = groups.get(key) ?? { region: o.region, family, indicators: new Set() };
    group.indicators.add(o.indicator);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.region.localeCompare(b.region) || a.family.localeCompare(b.family));
  for (const g of sorted) {
    if (g.indicators.size < 2) continue;
    const region = nameOf(regionName, g.region);
    const names = [...g.indicators].map((id) => nameOf(indicatorName, id));
    add(bar(`region-${slug(g.region)}-${slug(g.family)}`, 'region', {
      zh: `${region.zh}：${names.map((n) => n.zh).join('、')}`,
      en: `${region.en}: ${names.map((n) => n.en).join(', ')}`,
    }, { region: g.region, family: g.family }));
  }

  // 3. What a reader sees when a chart cannot be drawn honestly.
  add(bar('message-unknown-indicator', 'message', { zh: '未知指标', en: 'An unknown indicator' }, {
    indicator: 'no_such_indicator',
  }));
  add(compare('message-unknown-region', 'message', { zh: '拼错的地区', en: 'A misspelt region' }, {
    regions: 'zhangjiakuo,hohhot',
  }));
  // A place's figures that count different kinds of thing, and figures listed in different units.
  add(bar('message-mixed-families', 'message', { zh: '不宜并列的数字：呼和浩特养老', en: 'Not to be compared: Hohhot, elderly care' }, {
    region: 'hohhot',
    category: 'elderly_care',
  }));
  add(bar('message-mixed-units', 'message', { zh: '单位不同：石家庄就业与收入', en: 'Units differ: Shijiazhuang, jobs and income' }, {
    region: 'shijiazhuang',
    indicators: 'new_urban_jobs,disposable_income_per_capita',
  }));
  return out;
}
