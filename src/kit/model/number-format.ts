/**
 * Numbers written out by hand, as `Intl.NumberFormat` would write them for the charts'
 * two languages: plain, and compact (1.68万 / 16.8K), at most two decimals. (Dates, as
 * `Intl.DateTimeFormat` writes them, are the messages' `date`.)
 *
 * Why not `Intl`: the first `Intl` object a page makes starts ICU, 30–70 ms on a phone
 * (measured 110–270 ms at 4× CPU throttling), paid in the first chart's task. The
 * rules needed here are few; test/unit/format.test.ts checks them against `Intl` itself.
 * Rounding is decimal, half away from zero, on the number's shortest decimal form
 * (1.005 → 1.01), as ICU rounds.
 */
import { LOCALE, type Lang } from './lang.js';
import { messages } from './messages.js';

/** The shortest decimal digits of a finite |value|, or undefined when JavaScript writes it with an exponent. */
function decimal(value: number): [string, string] | undefined {
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const [integer, fraction = ''] = text.split('.');
  return [integer!, fraction];
}

/**
 * [integer, fraction] digits over 10^`exponent`, in hundredths, rounded half away from
 * zero: the digits up to the second decimal, one more when the third is 5 or more.
 */
function hundredths([integer, fraction]: [string, string], exponent = 0): bigint {
  const all = integer + fraction;
  const cut = integer.length - exponent + 2;
  return (cut > 0 ? BigInt(all.slice(0, cut).padEnd(cut, '0')) : 0n) + (all[cut]! >= '5' ? 1n : 0n);
}

/** Hundredths as a number is written: at most two decimals, no trailing zeros. */
function write(negative: boolean, hundredths: bigint, grouped: boolean, suffix = ''): string {
  const digits = String(hundredths).padStart(3, '0');
  const integer = digits.slice(0, -2);
  const fraction = digits.slice(-2).replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped ? integer.replace(/\B(?=(\d{3})+$)/g, ',') : integer}${fraction ? `.${fraction}` : ''}${suffix}`;
}

const isNegative = (value: number) => value < 0 || Object.is(value, -0);

/** 3800 → 3800 / 3,800; at most two decimals. */
export function formatPlain(value: number, lang: Lang): string {
  const digits = decimal(value);
  // Beyond 1e21 (or below 1e-6) no figure of a report goes; Intl says those.
  if (!digits) return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: lang === 'en' });
  return write(isNegative(value), hundredths(digits), lang === 'en');
}

/** 16800 → 1.68万 / 16.8K, for values from 1万 / 1K up; at most two decimals. */
export function formatCompact(value: number, lang: Lang): string {
  // From a thousand 万亿 / T up ICU groups the digits its own way; no report counts that high.
  const digits = Math.abs(value) < 1e15 ? decimal(value) : undefined;
  const units = messages(lang).compactUnits;
  if (!digits) return value.toLocaleString(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 2 });
  const magnitude = digits[0] === '0' ? 0 : digits[0].length - 1;
  let u = -1;
  units.forEach(([exponent], i) => exponent <= magnitude && (u = i));
  if (u < 0) return formatPlain(value, lang);
  let rounded = hundredths(digits, units[u]![0]);
  // 9999.995万 rounds to 10000万: that is 1亿.
  const next = units[u + 1];
  if (next && String(rounded).length - 2 > next[0] - units[u]![0]) rounded = hundredths(digits, next[0]), u++;
  // At most four digits before the unit (below 1e15): ICU groups none of them.
  return write(isNegative(value), rounded, false, units[u]![1]);
}
