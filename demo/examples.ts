/**
 * The example charts of the demo gallery, by section. An example is plain markup,
 * exactly what a page would embed.
 */
import type { LocalizedName } from '../src/data/types.js';
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

/**
 * The gallery, chosen as a newsroom would: charts a reader can take at their word, each
 * checked against its article. Not every group the dataset allows: a comparison of a
 * five-year total with one year's figure, of facilities built with facilities covered,
 * or of one bar, is left out (see the comments). Seen by the demo, the benchmarks and the
 * tests alike, so what is tested is what a reader sees.
 */
export const galleryExamples: readonly Example[] = [
  // Headline figures with what they relate to: a share of the year's target, a growth rate.
  stat('stat-shijiazhuang', 'headline', { zh: '石家庄：就业、棚改、收入', en: 'Shijiazhuang: jobs, shantytowns, income' }, {
    region: 'shijiazhuang',
    indicators: 'new_urban_jobs,shantytown_homes_started,disposable_income_per_capita',
  }),
  // Results against the year's targets: one stated (任务为新开工22399套), two derived from the share done.
  progress('progress-shijiazhuang', 'headline', { zh: '石家庄：年度任务完成情况', en: 'Shijiazhuang: progress against the year\'s targets' }, {
    region: 'shijiazhuang',
  }),
  // Figures as the article wrote them: 700余个 (截至目前: compounds renovated since the programme began in 2018), 超八成 (older
  // people's family doctor sign-up: the paragraph is on services for them), 8000余套 (raised over the 14th Five-Year Plan).
  stat('stat-zhangjiakou', 'headline', { zh: '张家口：原文中的数字', en: 'Zhangjiakou: figures as written' }, {
    region: 'zhangjiakou',
    indicators: 'old_compounds_renovated,elderly_family_doctor_signing_rate,affordable_rental_homes.added',
  }),
  // A result beside work under way: 645 compounds renovated in 2021, 956 started in 2022.
  bar('old-compounds-shijiazhuang-status', 'headline', { zh: '石家庄老旧小区：已完成与在建', en: 'Shijiazhuang compounds: done and under way' }, {
    indicator: 'old_compounds_renovated',
    regions: 'shijiazhuang',
    statuses: 'result ongoing',
  }),
  // One place's figures of one family in one period: homes started and completed, January to
  // August 2022 (the year's tasks, 22399 and 2021's 5989, are targets: not drawn).
  bar('shijiazhuang-shantytown-homes', 'headline', { zh: '石家庄市：棚改安置房', en: 'Shijiazhuang: shantytown resettlement homes' }, {
    region: 'shijiazhuang',
    family: 'shantytown_homes',
  }),
  // Two cities' old compounds, year by year: 石家庄's 645 renovated in 2021 and 956 under way in
  // 2022 (hollow, tagged), 呼和浩特's 309 in 2023; each value names its year. Nothing else the
  // two count is one measure: 张家口's day-care points are not 呼和浩特's centres, its boarding
  // schools not schools in general, and 呼和浩特's article gives no date for 截至目前.
  compare('compare-shijiazhuang-hohhot', 'compare', { zh: '石家庄与呼和浩特：老旧小区改造（各年）', en: 'Shijiazhuang and Hohhot: old compounds, year by year' }, {
    regions: 'shijiazhuang,hohhot',
    indicators: 'old_compounds_renovated',
    statuses: 'result ongoing',
  }),
  // A prefecture beside a district: the chart notes the levels; 武陵源's meal points are
  // drawn because the page asks for uncertain figures (no period stated), and tagged 存疑.
  compare('compare-zhangjiakou-wulingyuan', 'compare', { zh: '地级市与区：张家口与武陵源', en: 'A city beside a district: Zhangjiakou and Wulingyuan' }, {
    regions: 'zhangjiakou,wulingyuan',
    indicators: 'elderly_meal_points',
    'show-uncertain': '',
  }),
  // Two periods of one place: 12141 homes in 2021, 11648 in the first eight months of 2022 —
  // not joined by a line (a year beside eight months is no fall), and a note says why.
  trend('trend-shantytown-shijiazhuang', { zh: '石家庄棚改安置房建成', en: 'Shijiazhuang: resettlement homes completed' }, {
    indicator: 'shantytown_homes_completed',
    regions: 'shijiazhuang',
  }),
  // Every place's completed homes: 张家口's 近万套 are the whole 14th Five-Year Plan, five years
  // beside a year or less, so they are named in a note, not drawn as a level beside 石家庄's.
  trend('trend-shantytown', { zh: '棚改安置房建成：五年合计不与单年并画', en: 'Completed homes: a five-year total is not drawn beside single years' }, {
    indicator: 'shantytown_homes_completed',
  }),
  // A result and work under way: the one under way hollow and tagged, not joined to the result
  // (a rise from 2021's finished work to 2022's started work is no growth), and a note says so.
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
  // One year's renovations in each city: 2021 and 2023, each bar naming its year.
  bar('indicator-old-compounds-renovated', 'indicator', { zh: '老旧小区改造：各一年', en: 'Old compounds renovated in a year' }, {
    indicator: 'old_compounds_renovated',
    regions: 'shijiazhuang,hohhot',
  }),
  bar('region-shijiazhuang-income', 'region', { zh: '石家庄市：人均可支配收入', en: 'Shijiazhuang: disposable income per capita' }, {
    region: 'shijiazhuang',
    family: 'income',
  }),
  // New jobs and re-employment, all January to August 2022 (one 截至目前).
  bar('region-shijiazhuang-jobs', 'region', { zh: '石家庄市：就业', en: 'Shijiazhuang: jobs' }, {
    region: 'shijiazhuang',
    family: 'jobs',
  }),
  bar('region-hohhot-elderly-care-facilities', 'region', { zh: '呼和浩特市：养老设施', en: 'Hohhot: elderly care facilities' }, {
    region: 'hohhot',
    family: 'elderly_care_facilities',
  }),
  bar('region-hohhot-schools-built', 'region', { zh: '呼和浩特市：新建学校', en: 'Hohhot: schools built' }, {
    region: 'hohhot',
    family: 'schools_built',
  }),
  bar('region-hohhot-school-places', 'region', { zh: '呼和浩特市：新增学位', en: 'Hohhot: new school places' }, {
    region: 'hohhot',
    family: 'school_places',
  }),
  // What a reader sees when a chart cannot be drawn honestly.
  bar('message-unknown-indicator', 'message', { zh: '未知指标', en: 'An unknown indicator' }, {
    indicator: 'no_such_indicator',
  }),
  compare('message-unknown-region', 'message', { zh: '拼错的地区', en: 'A misspelt region' }, {
    regions: 'zhangjiakuo,hohhot',
  }),
  // A place's figures that count different kinds of thing, and figures listed in different units.
  bar('message-mixed-families', 'message', { zh: '不宜并列的数字：呼和浩特养老', en: 'Not to be compared: Hohhot, elderly care' }, {
    region: 'hohhot',
    category: 'elderly_care',
  }),
  bar('message-mixed-units', 'message', { zh: '单位不同：石家庄就业与收入', en: 'Units differ: Shijiazhuang, jobs and income' }, {
    region: 'shijiazhuang',
    indicators: 'new_urban_jobs,disposable_income_per_capita',
  }),
];
