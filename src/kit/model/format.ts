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
import type { articleForm } from './article-form.js';

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
 * The article's forms the kit's does not give (article-form.ts): a chunk loaded on first
 * need, its loading thrown meanwhile as on-demand.ts `required` does (the chart waits).
 * Not through notes.ts: the CDN bundle would then split its messages into a chunk of their own.
 */
let article: typeof articleForm | undefined;
let articleLoad: Promise<unknown> | undefined;

/** For code that cannot wait for a chunk (the snippet's heights in Node, tests). */
export const provideArticleForm = (form: typeof articleForm) => void (article = form);

function articleForms(): typeof articleForm {
  if (article) return article;
  throw (articleLoad ??= import('./article-form.js').then(
    (m) => (article = m.articleForm),
    (error: unknown) => {
      articleLoad = undefined;
      throw error;
    },
  ));
}

/**
 * A figure's value as `formatQuantity` writes it; in Chinese as the article wrote it
 * where that differs and loses nothing (article-form.ts): 超12场次 (not 12余场次),
 * 十余万人 (not 10万余人), 数万人 (not 1万余人).
 */
export function formatFigure(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier' | 'category' | 'raw'>,
  lang: Lang,
  showUnit?: boolean,
  abbreviate?: boolean,
): string {
  // Chinese writes a number as the article did where that loses nothing: 6.1万人 stays
  // 6.1万人 beside 88442人, as the quote and the table have it (English: the chart's choice).
  // So does a table's bare 3250 under 金额（万元）, which its heading scaled: 3250万元, not 32500000元.
  if (lang === 'zh') abbreviate = (/[万亿]/u.test(o.raw) || o.value > +o.raw) && abbreviates([o.value], lang);
  const number = formatNumber(o.value, lang, abbreviate);
  const quantity = (n: string, qualifier: Qualifier = 'exact') => messages(lang).quantity(n, cut(o.unit), qualifier, showUnit, o.category);
  const plain = quantity(number, o.qualifier);
  // Most figures read as written already (700余个, 近6亿元, 88442人): only the others need the chunk.
  return lang === 'zh' && !plain.includes(o.raw) ? articleForms()(o, plain, number, quantity, abbreviate) : plain;
}

/**
 * Whether the article's own words (`raw`) name the unit, so they can stand for the figure: 近6亿元,
 * 超八成; not a table's bare 95.2 under 满意度（%）, whose unit only its column heading gives.
 */
export const rawSaysAll = (o: Observation) => o.raw.includes(o.unit) || (o.unit === '%' && o.raw.endsWith('成'));

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
    // 2025年11月10日至12月10日 (a survey's fieldwork): from its first day, not the 1st.
    return midMonth || day(start!) > 1
      ? m.monthsTo(from, month(start!), month(end!), day(end!), day(start!))
      : m.months(from, month(start!), month(end!));
  }
  const startLabel = () =>
    wholeFrom ? m.year(from!) : day(start!) > 1 ? m.date(Number(from), month(start!), day(start!)) : m.months(from!, month(start!), month(start!));
  const endLabel = () =>
    wholeTo ? m.year(to!) : midMonth ? m.date(Number(to), month(end!), day(end!)) : m.months(to!, month(end!), month(end!));
  if (from && to) return wholeFrom && wholeTo ? m.yearRange(from, to) : m.span(startLabel(), endLabel());
  if (to) {
    if (status === 'plan' || status === 'target') return m.by(endLabel());
    // 截至2024年秋季学期结束 ends in January 2025 by the pipeline's reckoning, not by the
    // article's words, which name another year (or a school term, whose month they do not
    // give): the words in Chinese, their translation or an approximate date in English.
    const label = period.label;
    return /\d{4}/.test(label) && (!label.includes(to) || /学[期年]/u.test(label)) ? m.reckoned(cut(label), endLabel()) : m.asOf(endLabel());
  }
  if (from) return m.since(from);
  return m.undated(cut(period.label));
}

/** An ISO date (YYYY-MM-DD) as a reader writes it: 2025年12月22日 / Dec 22, 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : messages(lang).date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
