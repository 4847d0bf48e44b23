/**
 * The dataset's closed vocabularies that a page's script may read (the elements export
 * them: src/elements.ts). A module of its own: types.ts re-exports them with their lists,
 * which only the validator and the pipeline read, so a single chart's file carries none of
 * it (the validator's chunk does), and the all-in-one file carries the objects, not the lists.
 */

/** How a figure relates to its value: 近/约 → approx; 余/多/超/逾/以上 → over; 不足 → under. */
export const Qualifier = {
  exact: 'exact',
  approx: 'approx',
  over: 'over',
  under: 'under',
  at_least: 'at_least',
} as const;
export type Qualifier = (typeof Qualifier)[keyof typeof Qualifier];

export const RegionLevel = {
  province: 'province',
  prefecture: 'prefecture',
  district: 'district',
  county: 'county',
} as const;
export type RegionLevel = (typeof RegionLevel)[keyof typeof RegionLevel];

/** What an indicator measures; decides how a chart may draw it. */
export const IndicatorKind = {
  count: 'count',
  amount: 'amount',
  rate: 'rate',
  share: 'share',
  change: 'change',
  per_capita: 'per_capita',
  rank: 'rank',
  area: 'area',
  length: 'length',
  weight: 'weight',
  duration: 'duration',
  /** One quantity over another, written without a unit: 城乡居民收入比1.61. */
  ratio: 'ratio',
} as const;
export type IndicatorKind = (typeof IndicatorKind)[keyof typeof IndicatorKind];

/** Why a numeral is not a figure. */
export const SkipReason = {
  date: 'date',
  ordinal: 'ordinal',
  age: 'age',
  plan_name: 'plan_name',
  set_phrase: 'set_phrase',
  document_number: 'document_number',
  site_chrome: 'site_chrome',
  /** Pictures the article describes (`两张对比强烈的照片`): its own illustration, no count of the city. */
  illustration: 'illustration',
  duration: 'duration',
  no_unit: 'no_unit',
  /** A number alone in a table's cell whose column names no unit, or in a row that does not fit the heading (tables.ts). */
  unread_table: 'unread_table',
  duplicate: 'duplicate',
  /** Too large to hold as a number (309 or more digits). */
  out_of_range: 'out_of_range',
  /** A figure of the whole country (`全国的这一比例是百分之九十一点二`), which no region of the dataset stands for. */
  nationwide: 'nationwide',
  /** A figure published before that the text withdraws (`此前公布的6.95万人应为6.59万人`): never true, no figure to chart. */
  superseded: 'superseded',
  /** A figure an editor left out (`include: false` in a corrections file). */
  excluded_by_editor: 'excluded_by_editor',
} as const;
export type SkipReason = (typeof SkipReason)[keyof typeof SkipReason];
