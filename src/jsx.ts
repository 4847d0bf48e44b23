/**
 * The chart elements' attributes as JSX sees them, for frameworks that type custom
 * elements in JSX: React 19 (`import 'livelihood-charts/react'`, src/react.d.ts), and any
 * other that takes a tag → props map (docs/embedding.md). Attribute names as written in
 * HTML (`show-uncertain`); `dataset` and `data` take a dataset object, set as a property.
 * Types only: nothing here ships as JavaScript.
 */
import type { Dataset } from './data/types.js';
import type { LivelihoodErrorEvent, LivelihoodSelectEvent } from './kit/element/events.js';
import type { RESERVE_STEPS } from './kit/reserve.js';
import type { Sort } from './kit/model/sort.js';

/** `height`, `height-320` …: the room an embed snippet reserves (docs/embedding.md, "Layout shift"). */
export type ReserveAttributes = { height?: number | string } & {
  [K in Exclude<(typeof RESERVE_STEPS)[number], 0> as `height-${K}`]?: number | string;
};

/** What every chart takes. */
export interface ChartAttributes extends ReserveAttributes {
  heading?: string;
  lang?: 'zh' | 'en' | (string & {});
  /** Forces a scheme (`auto`: the reader's system); absent, the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Paints the theme's background with padding; transparent without. */
  filled?: boolean;
  src?: string;
  /** `"result plan target ongoing"`, `"all"`. */
  statuses?: string;
  'show-uncertain'?: boolean;
  'checked-only'?: boolean;
  /** A dataset object, set as the element's property (validated). */
  dataset?: Dataset;
  data?: Dataset;
  /** React 19 listens for custom events by their name after `on`. */
  'onlivelihood-select'?: (event: LivelihoodSelectEvent) => void;
  'onlivelihood-error'?: (event: LivelihoodErrorEvent) => void;
}

export interface LivelihoodBarAttributes extends ChartAttributes {
  indicator?: string;
  /** Comma-separated region ids. */
  regions?: string;
  region?: string;
  indicators?: string;
  category?: string;
  unit?: string;
  sort?: Sort;
  limit?: number;
}

export interface CityCompareAttributes extends ChartAttributes {
  regions?: string;
  indicators?: string;
  category?: string;
  limit?: number;
}

export interface LivelihoodStatAttributes extends ChartAttributes {
  indicator?: string;
  region?: string;
  regions?: string;
  indicators?: string;
  /** Comma-separated observation ids. */
  observation?: string;
}

export interface LivelihoodProgressAttributes extends ChartAttributes {
  indicator?: string;
  regions?: string;
  region?: string;
  indicators?: string;
}

export interface LivelihoodTrendAttributes extends ChartAttributes {
  indicator?: string;
  regions?: string;
}

export interface LivelihoodTableAttributes extends ChartAttributes {
  region?: string;
  indicator?: string;
  source?: string;
  limit?: number;
}

/** Each tag's attributes. */
export interface LivelihoodChartsAttributes {
  'livelihood-bar': LivelihoodBarAttributes;
  'city-compare': CityCompareAttributes;
  'livelihood-stat': LivelihoodStatAttributes;
  'livelihood-progress': LivelihoodProgressAttributes;
  'livelihood-trend': LivelihoodTrendAttributes;
  'livelihood-table': LivelihoodTableAttributes;
}

