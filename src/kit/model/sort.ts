/** Row order: by value (highest first), by name in the chart's language, or as given. */
import { LOCALE, perLang, type Lang } from './lang.js';

export const Sort = { value: 'value', name: 'name', none: 'none' } as const;
export type Sort = (typeof Sort)[keyof typeof Sort];
export const SORTS = Object.values(Sort);

/** An attribute value as a Sort; unknown values fall back to `value`. */
export function toSort(value: string | null | undefined): Sort {
  return (SORTS as readonly string[]).includes(value ?? '') ? (value as Sort) : 'value';
}

/** Compares names as a reader of the language orders them. */
export const COLLATOR = perLang((lang) => new Intl.Collator(LOCALE[lang]));

/**
 * A sorted copy. Rows without a value (not reported) go last when sorting by value;
 * ties keep their given order.
 */
export function sortRows<T extends { label: string; value: number | null }>(rows: readonly T[], sort: Sort, lang: Lang): T[] {
  const copy = rows.slice();
  if (sort === 'value') copy.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || 0);
  else if (sort === 'name') copy.sort((a, b) => COLLATOR(lang).compare(a.label, b.label));
  return copy;
}

/** A `limit` attribute as a row count: absent, zero, negative or not a number means all. */
export function applyLimit<T>(rows: T[], limit: number | null | undefined): T[] {
  return limit && limit > 0 && Number.isFinite(limit) ? rows.slice(0, Math.floor(limit)) : rows;
}
