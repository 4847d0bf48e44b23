/**
 * JSX typings for React 19: `import 'livelihood-charts/react'` once (or list it in
 * tsconfig's `types`), then `<livelihood-bar indicator="…" lang="en" />` type-checks,
 * attributes included. React 19 sets what the element has as a property (`dataset`,
 * `heading`) and the rest as attributes, and listens for `onlivelihood-select`.
 * Shipped as dist/react.d.ts; the attributes live in src/jsx.ts.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LivelihoodChartsAttributes } from './types/jsx.js';
import type { CityCompare, LivelihoodBar, LivelihoodProgress, LivelihoodStat, LivelihoodTable, LivelihoodTrend } from './index.js';

export type { LivelihoodChartsAttributes } from './types/jsx.js';

/** A chart tag's props: its attributes, and React's for any HTML element (`className`, `ref`, `key` …). */
type ChartProps<E extends HTMLElement, A> = A & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'livelihood-bar': ChartProps<LivelihoodBar, LivelihoodChartsAttributes['livelihood-bar']>;
      'city-compare': ChartProps<CityCompare, LivelihoodChartsAttributes['city-compare']>;
      'livelihood-stat': ChartProps<LivelihoodStat, LivelihoodChartsAttributes['livelihood-stat']>;
      'livelihood-progress': ChartProps<LivelihoodProgress, LivelihoodChartsAttributes['livelihood-progress']>;
      'livelihood-trend': ChartProps<LivelihoodTrend, LivelihoodChartsAttributes['livelihood-trend']>;
      'livelihood-table': ChartProps<LivelihoodTable, LivelihoodChartsAttributes['livelihood-table']>;
    }
  }
}
