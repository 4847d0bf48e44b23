/**
 * The dataset shape (schema `livelihood/1`) and its closed vocabularies.
 *
 * The dataset is long/tidy: one observation per figure found in an article, each
 * keeping its provenance (source, span in the raw file, quoted sentence). Every
 * numeral that is not a figure is kept in `skipped` with a reason, so that for each
 * source `numerals found = observations + skipped`.
 */

export { SCHEMA } from './core-vocabulary.js';
// The vocabularies a page's script may read (exported by the elements: Qualifier, SkipReason …)
// are a module of their own (vocabulary.ts); their lists, which only the validator and the
// pipeline read, stay here.
import { IndicatorKind, Qualifier, RegionLevel, SkipReason } from './vocabulary.js';
export { IndicatorKind, Qualifier, RegionLevel, SkipReason } from './vocabulary.js';

// Each vocabulary's list is marked pure, so a chart bundle that never reads a list
// leaves it and its vocabulary out (a bundler cannot know Object.values has no effect).

export const QUALIFIERS = /* @__PURE__ */ Object.values(Qualifier);

export const REGION_LEVELS = /* @__PURE__ */ Object.values(RegionLevel);

export const INDICATOR_KINDS = /* @__PURE__ */ Object.values(IndicatorKind);

/**
 * What a count measures: a `flow`, what its period added (`新增老年助餐点50个`, `改造老旧小区309个`), or
 * a `stock`, what stands at its period's end (`老年助餐点总数达到359个`, `截至目前，全市已完成改造700余个`).
 * One indicator holds one of them, never both (docs/dataset.md, "Flows and stocks").
 */
export const MEASURES = ['flow', 'stock'] as const;
export type Measure = (typeof MEASURES)[number];

// In a module of its own, with SCHEMA: the only vocabulary the charts read at run time,
// so the others stay in the validator's chunk (docs/benchmarks.md, seventh round).
import type { SCHEMA, Status } from './core-vocabulary.js';
export { Status, STATUSES } from './core-vocabulary.js';

/**
 * Where the pipeline is unsure of a figure: `subject_unclear` (no clean noun phrase for
 * what is counted), `place_inferred` (the place was carried from an earlier sentence),
 * `period_unstated` (no time marker: the period is a guess from the article's frame),
 * `quoted` (a person's own words in quotation marks: an anecdote, not the report's figure),
 * `anecdote` (one person's case the article tells: `81岁的邓婆婆…医保直接报销了50%以上`).
 * Charts leave flagged figures out unless asked.
 */
export const Flag = {
  subject_unclear: 'subject_unclear',
  place_inferred: 'place_inferred',
  period_unstated: 'period_unstated',
  quoted: 'quoted',
  anecdote: 'anecdote',
} as const;
export type Flag = (typeof Flag)[keyof typeof Flag];
export const FLAGS = /* @__PURE__ */ Object.values(Flag);

/** What an editor may change of a figure in a corrections file (corrections.ts). */
export const Correctable = {
  subject: 'subject',
  indicator: 'indicator',
  region: 'region',
  period: 'period',
  status: 'status',
} as const;
export type Correctable = (typeof Correctable)[keyof typeof Correctable];
export const CORRECTABLES = /* @__PURE__ */ Object.values(Correctable);

export const SKIP_REASONS = /* @__PURE__ */ Object.values(SkipReason);

export interface LocalizedName {
  zh: string;
  en: string;
}

export interface Source {
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when neither text nor manifest gives one. */
  published: string | null;
  /** Where `published` came from: the article text, the manifest, or unknown. */
  publishedFrom: 'text' | 'manifest' | 'editor' | 'unknown';
  region: string;
  url: string | null;
  sha256: string;
  /** Bytes of the raw file. */
  bytes: number;
}

export interface Region {
  id: string;
  name: LocalizedName;
  level: RegionLevel;
  parent?: string;
  /** GB/T 2260 division code, when the gazetteer knows the place. */
  code?: string;
}

export interface Category {
  id: string;
  name: LocalizedName;
}

export interface Indicator {
  id: string;
  name: LocalizedName;
  category: string;
  unit: string;
  kind: IndicatorKind;
  /** True when the lexicon names it; false when made from an unknown subject. */
  canonical: boolean;
  /**
   * Indicators that may stand side by side in a chart of one place's figures share a
   * family (the lexicon's: `elderly_care_facilities` holds meal points, community centres
   * and rural stations). Absent for indicators made from a subject, and in datasets a
   * person wrote.
   */
  family?: string;
  /**
   * Whether its figures are flows or stocks (MEASURES), for the lexicon's counts, lengths and
   * amounts; absent for rates, ratios, per-head amounts (their period says what they cover),
   * indicators made from a subject, and datasets a person wrote.
   */
  measure?: Measure;
  /**
   * How `name.en` was made when no person or lexicon gave it: `glossary`, an indicator made
   * from a subject whose whole words the glossary of livelihood terms covers (src/data/glossary.ts).
   * Absent when `name.en` is the lexicon's, a person's, or the Chinese copied (no English).
   */
  translation?: Translation;
}

export const TRANSLATIONS = ['glossary'] as const;
export type Translation = (typeof TRANSLATIONS)[number];

export interface Period {
  label: string;
  start?: string;
  end?: string;
}

export interface Observation {
  /** Stable across rebuilds: source id + ordinal of the figure in the source. */
  id: string;
  indicator: string;
  region: string;
  source: string;
  /** In base units: 1.68万个 → 16800, 291.58亿元 → 29158000000, 超八成 → 80 (%). */
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** As written in the cleaned text: "1.68万个". */
  raw: string;
  /** What is counted, as the article names it: "寄宿制学位". */
  subject: string;
  category: string;
  period: Period;
  /** [start, end) offsets (UTF-16 code units) in the raw source file, decoded. */
  span: [number, number];
  /**
   * The sentence it came from, as the article wrote it (full-width punctuation kept), with
   * only pinyin glosses and CR left out: one character for each of the cleaned text's.
   */
  quote: string;
  /** Offsets of `raw` inside `quote`, for highlighting (`raw` is as read: `72%` where the quote has `72％`). */
  quoteSpan: [number, number];
  /** What the figure reports; a dataset without it (hand-made, older) means `result`. */
  status?: Status;
  /** What the pipeline is unsure of; absent or empty when nothing. */
  flags?: Flag[];
  /** An editor checked this figure (corrections file): its fields are as the article means them. */
  checked?: boolean;
  /** Fields an editor changed (corrections file); absent when none. */
  corrected?: Correctable[];
}

export interface Skipped {
  source: string;
  raw: string;
  reason: SkipReason;
  span: [number, number];
  quote: string;
}

/**
 * Ids the dataset once published under another name, old → new (`new_urban_jobs.share` →
 * `new_urban_jobs.share_of_wider_region`): a page that names an old id draws the new one.
 * Only a new id the dataset holds, never an old id it still holds (an id it knows is never
 * redirected), so there are no chains. Absent when there are none.
 */
export interface Aliases {
  indicators?: Record<string, string>;
}

export interface Dataset {
  schema: typeof SCHEMA;
  sources: Source[];
  regions: Region[];
  categories: Category[];
  indicators: Indicator[];
  aliases?: Aliases;
  observations: Observation[];
  skipped: Skipped[];
}
