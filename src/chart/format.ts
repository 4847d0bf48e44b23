/**
 * Numbers, quantities, periods and dates as a reader of each language expects them:
 * 16800 → `1.68万` / `16.8K`, 29158000000 元 → `291.58亿元` / `29.16B yuan`,
 * 700 over 个 → `700余个` / `700+`. Built on `Intl` only.
 */
import type { Period, Qualifier } from '../data/types.js';
import { LOCALE, type Lang } from './lang.js';
import { messages } from './messages.js';

/** From here up numbers are abbreviated (万 / K): below it they are exact. */
const COMPACT_FROM = 1e4;

const formatters = <T>(make: (lang: Lang) => T): Record<Lang, T> => ({ zh: make('zh'), en: make('en') });

const COMPACT = formatters(
  (lang) => new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 2 }),
);
// Chinese writes 3800户 without a separator; English 3,800.
const PLAIN = formatters(
  (lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: lang === 'en' }),
);
const DATE = formatters(
  (lang) =>
    new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: lang === 'zh' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }),
);

/** 16800 → 1.68万 / 16.8K; 3800 → 3800 / 3,800. */
export function formatNumber(value: number, lang: Lang): string {
  return (Math.abs(value) >= COMPACT_FROM ? COMPACT : PLAIN)[lang].format(value);
}

/**
 * A value with its unit and qualifier: 700余个 / 700+, 近1万套 / ≈10K. `showUnit` when
 * figures side by side differ in unit: English then names classifiers too (767 个).
 */
export function formatQuantity(value: number, unit: string, qualifier: Qualifier, lang: Lang, showUnit = false): string {
  return messages(lang).quantity(formatNumber(value, lang), unit, qualifier, showUnit);
}

/**
 * A period by its years when it has them (2023年, 2018–2025年, 截至2025年), else its
 * label as written (未注明, 截至目前) — in English translated where known (to date).
 */
export function formatPeriod(period: Period, lang: Lang): string {
  const m = messages(lang);
  const from = period.start?.slice(0, 4);
  const to = period.end?.slice(0, 4);
  if (from && to) return from === to ? m.year(from) : m.yearRange(from, to);
  if (to) return m.until(to);
  if (from) return m.since(from);
  return m.undated(period.label);
}

/** An ISO date (YYYY-MM-DD) as a reader writes it: 2025年12月22日 / 22 Dec 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE[lang].format(date);
}
