/**
 * Numbers, quantities, periods and dates as a reader of each language expects them:
 * 16800 → `1.68万` / `16.8K`, 29158000000 元 → `291.58亿元` / `29.16B yuan`,
 * 700 over 个 → `700余个` / `700+`. Numbers are written by number-format.ts and dates by
 * the messages' `date`, as `Intl` writes them, without starting ICU.
 */
import type { Observation, Period, Qualifier, Status } from '../../data/types.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';
import { formatCompact, formatPlain } from './number-format.js';

/** From here up numbers are abbreviated (万 / K): below it they are exact. */
const COMPACT_FROM = 1e4;


/** From here up numbers may be rounded when abbreviated (亿 / hundreds of millions). */
const ROUNDED_FROM = 1e8;

/** Whether `size` (from 1万 / 10K) is said exactly by two decimals of the unit it is abbreviated by (万, K, M …: number-format.ts). */
function abbreviatesExactly(size: number, lang: Lang): boolean {
  let unit = 1;
  for (const [exponent] of messages(lang).compactUnits) if (10 ** exponent <= size) unit = 10 ** exponent;
  const scaled = (size / unit) * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * Whether figures shown side by side may be abbreviated (1.68万 / 16.8K): only when none
 * of them loses a digit by it, unless it is 亿 and up. One chart, one number format:
 * 88442 and 12130 read 88442 and 12130, never 88442 beside 1.21万; in English, 21,000
 * beside 8,000, never 21K (below a million).
 */
export function abbreviates(values: Iterable<number>, lang: Lang): boolean {
  let small = false;
  let largest = 0;
  for (const value of values) {
    const size = Math.abs(value);
    if (size >= COMPACT_FROM && size < ROUNDED_FROM && !abbreviatesExactly(size, lang)) return false;
    small ||= size > 0 && size < COMPACT_FROM;
    largest = Math.max(largest, size);
  }
  // English writes 8,000 beside 21,000, not beside 21K; Chinese 8000 beside 2.1万 as its press does.
  return !(lang === 'en' && small && largest < 1e6);
}

/**
 * 16800 → 1.68万 / 16.8K; 3800 → 3800 / 3,800; 16993 → 16993 / 16,993 as the article
 * wrote it, never 1.7万. `abbreviate` is the chart's choice (see `abbreviates`).
 */
export function formatNumber(value: number, lang: Lang, abbreviate = abbreviates([value], lang)): string {
  // Chinese writes 3800户 without a separator; English 3,800.
  return abbreviate && Math.abs(value) >= COMPACT_FROM ? formatCompact(value, lang) : formatPlain(value, lang);
}

/**
 * A value with its unit and qualifier: 700余个 / 700+, 近1万套 / ≈10K. `showUnit` when
 * figures side by side differ in unit: English then names classifiers too (767 个);
 * `abbreviate` as for `formatNumber`; the figure's `category` names a classifier that
 * counts many kinds (张: beds in elderly care).
 */
export function formatQuantity(
  value: number,
  unit: string,
  qualifier: Qualifier,
  lang: Lang,
  showUnit = false,
  abbreviate?: boolean,
  category?: string,
): string {
  return messages(lang).quantity(formatNumber(value, lang, abbreviate), cut(unit), qualifier, showUnit, category);
}

/**
 * The words a qualifier is written with, before the number or after it, longest first.
 * 约 (about) is not 近 (nearly), nor 以内 (within) 不足 (short of): a Chinese chart
 * keeps the article's word.
 */
const QUALIFIER_WORDS: Partial<Record<Qualifier, readonly [RegExp, RegExp?]>> = {
  over: [/^(?:超过|突破|超|逾)/u],
  approx: [/^(?:将近|大约|近|约)/u, /(?:左右|上下)$/u],
  under: [/^(?:不超过|不足|不到|低于|少于)/u, /(?:以内|以下)$/u],
  at_least: [/^(?:不少于|不低于|至少)/u, /以上$/u],
};

/**
 * 十余万, 3000余万, 200多, 两亿: written as the article has it. 10万余 would say just over
 * 100000, 3000万余 another place for 余, and 十 is the article's numeral, not 10.
 */
const ARTICLE_NUMBER = /^[\d.〇一二两三四五六七八九十百千]+[余多]?[万亿]?[余多]?$/u;

/** 数万, 几十, 上千: a magnitude the article gives no number for; the value is only its bound. */
const ROUGH_MAGNITUDE = /^[数几上][十百千万亿]+/u;

/**
 * A figure's value as `formatQuantity` writes it, in Chinese with the article's words
 * for its qualifier, where it put them: 超12场次 (not 12余场次), 约4.6万平方米 (not
 * 近…), 5.2%以内 (not 不足5.2%), 数万人 (not 1万余人).
 */
export function formatFigure(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier' | 'category' | 'raw'>,
  lang: Lang,
  showUnit?: boolean,
  abbreviate?: boolean,
): string {
  // Chinese writes a number as the article did where that loses nothing: 6.1万人 stays
  // 6.1万人 beside 88442人, as the quote and the table have it (English: the chart's choice).
  if (lang === 'zh') {
    abbreviate = /[万亿]/u.test(o.raw) && abbreviates([o.value], lang);
    const head = o.raw.endsWith(o.unit) ? o.raw.slice(0, -o.unit.length) : o.raw;
    // Its 余 or 多 is its whole qualifier (一千 is exact; 超12 keeps its word below).
    if ((/[余多]/u.test(head) ? 'over' : 'exact') === o.qualifier && ARTICLE_NUMBER.test(head) && (abbreviate || !/[万亿]/u.test(head)))
      return messages(lang).quantity(head, cut(o.unit), 'exact', showUnit, o.category);
  }
  const words = lang === 'zh' ? QUALIFIER_WORDS[o.qualifier] : undefined;
  const quantity = (qualifier: Qualifier) => formatQuantity(o.value, o.unit, qualifier, lang, showUnit, abbreviate, o.category);
  if (!words) return quantity(o.qualifier);
  const rough = ROUGH_MAGNITUDE.exec(o.raw)?.[0];
  if (rough) return messages(lang).quantity(rough, cut(o.unit), 'exact', showUnit, o.category);
  const before = words[0].exec(o.raw)?.[0];
  const after = before ? undefined : words[1]?.exec(o.raw)?.[0];
  return before ? before + quantity('exact') : after ? quantity('exact') + after : quantity(o.qualifier);
}

/**
 * A period by its years when it has them (2023年, 2018–2025年), by its months where it
 * starts or ends within a year (2022年1–6月, 2018年–2022年8月), to the day where it ends
 * within a month (2022年1月–8月11日), else its label as written (未注明, 截至目前) — in
 * English translated where known (to date). A period with only an end is a state as of
 * that date for a result (截至2022年8月11日 / as of Aug 11, 2022), a deadline for a plan
 * or target (到2025年 / by 2025): "by 2022" would read as a deadline, and the year alone
 * would hide that it was August.
 */
export function formatPeriod(period: Period, lang: Lang, status: Status = 'result'): string {
  const m = messages(lang);
  const { start, end } = period;
  const from = start?.slice(0, 4);
  const to = end?.slice(0, 4);
  const wholeFrom = !!start?.endsWith('-01-01');
  const wholeTo = !!end?.endsWith('-12-31');
  const month = (iso: string) => Number(iso.slice(5, 7));
  const day = (iso: string) => Number(iso.slice(8, 10));
  // Up to a day within a month (截至目前 in an article of 11 August): that day, not the
  // whole month — "1–8月" would claim the rest of August.
  const midMonth = !!end && day(end) !== new Date(Date.UTC(Number(to), month(end), 0)).getUTCDate();
  if (from && to && from === to) {
    // Part of a year (今年上半年, 今年以来 to publication) is not the whole year.
    if (wholeFrom && wholeTo) return m.year(from);
    return midMonth ? m.monthsTo(from, month(start!), month(end!), day(end!)) : m.months(from, month(start!), month(end!));
  }
  const startLabel = () => (wholeFrom ? m.year(from!) : m.months(from!, month(start!), month(start!)));
  const endLabel = () =>
    wholeTo ? m.year(to!) : midMonth ? m.date(Number(to), month(end!), day(end!)) : m.months(to!, month(end!), month(end!));
  if (from && to) return wholeFrom && wholeTo ? m.yearRange(from, to) : m.span(startLabel(), endLabel());
  if (to) return status === 'plan' || status === 'target' ? m.by(endLabel()) : m.asOf(endLabel());
  if (from) return m.since(from);
  return m.undated(cut(period.label));
}

/** An ISO date (YYYY-MM-DD) as a reader writes it: 2025年12月22日 / Dec 22, 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : messages(lang).date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
