/**
 * The studio's table of figures: one row per figure the pipeline read, showing it as
 * corrected (or left out), sortable and filterable. Rows come from the pipeline's
 * dataset, not the corrected one, so a figure an editor left out stays in the table to
 * be brought back.
 */
import type { Correction, CorrectionsFile } from '../data/corrections.js';
import type { Dataset, Flag, Observation, Period, Status } from '../data/types.js';
import { formatPeriod } from '../kit/model/format.js';
import { addEnglish } from '../kit/model/messages-en.js';
import { changesFigure, correctionOf } from './edits.js';

// The studio has its English at hand (charts load theirs on demand).
addEnglish();

export interface FigureRow {
  /** 1 for the article's first figure, and so on. */
  index: number;
  /** As the pipeline read it. */
  base: Observation;
  /** As corrected; null when the editor left it out. */
  shown: Observation | null;
  /** The figure's entry in the corrections file: a correction, a check, a note, or several. */
  correction: Correction | undefined;
  /** The entry changes what the figure says (a check or a note alone does not). */
  corrected: boolean;
  raw: string;
  subject: string;
  indicator: string;
  region: string;
  /** The period as the charts write it (2022年1–6月 / Jan–Jun 2022), which is what an editor checks. */
  period: string;
  /** The period's words in the article (今年上半年), when they say more than `period`. */
  periodWritten: string;
  periodValue: Period;
  status: Status;
  flags: Flag[];
  /**
   * The period runs to a date the article does not give (今年, 去年以来, 截至目前 in an
   * article with no publication date): uncertain until the editor dates the article.
   */
  undated: boolean;
  checked: boolean;
}

/** Labels that need no date: 未注明 is flagged period_unstated already, 每年 is a yearly amount. */
const NEEDS_NO_DATE = new Set(['未注明', '每年']);

/** Names and periods in `lang` for indicator and region ids, from the corrected dataset (else the base). */
export function figureRows(base: Dataset, corrected: Dataset, file: CorrectionsFile, lang: 'zh' | 'en' = 'zh'): FigureRow[] {
  const byId = new Map(corrected.observations.map((o) => [o.id, o]));
  const indicators = new Map([...base.indicators, ...corrected.indicators].map((i) => [i.id, i.name[lang]]));
  const regions = new Map([...base.regions, ...corrected.regions].map((r) => [r.id, r.name[lang]]));
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  return base.observations.map((o, i) => {
    const shown = byId.get(o.id) ?? null;
    const view = shown ?? o;
    const status = view.status ?? 'result';
    const period = formatPeriod(view.period, lang, status);
    // A label written from the dates (a corrected period's) says nothing the dates do not.
    const fromDates = view.period.label === formatPeriod(view.period, 'zh', status);
    const source = sources.get(o.source)!;
    const correction = correctionOf(file, source, o);
    return {
      index: i + 1,
      base: o,
      shown,
      correction,
      corrected: changesFigure(correction),
      raw: o.raw,
      subject: view.subject,
      indicator: indicators.get(view.indicator) ?? view.indicator,
      region: regions.get(view.region) ?? view.region,
      period,
      periodWritten: period === view.period.label || fromDates ? '' : view.period.label,
      periodValue: view.period,
      status,
      flags: view.flags ?? [],
      undated: !source.published && !view.period.end && !NEEDS_NO_DATE.has(view.period.label),
      checked: view.checked ?? false,
    };
  });
}

export const SortKey = {
  position: 'position',
  value: 'value',
  subject: 'subject',
  indicator: 'indicator',
  region: 'region',
  period: 'period',
  status: 'status',
  flags: 'flags',
  checked: 'checked',
} as const;
export type SortKey = (typeof SortKey)[keyof typeof SortKey];

export interface RowQuery {
  sort: SortKey;
  descending: boolean;
  /** Words any of the row's texts contains (raw, subject, indicator, place, period, quote). */
  text: string;
  status: Status | '';
  /** Only flagged (or undated) figures, only unchecked ones, only checked ones, only corrected ones. */
  only: '' | 'flagged' | 'unchecked' | 'checked' | 'corrected';
}

export const DEFAULT_QUERY: RowQuery = { sort: 'position', descending: false, text: '', status: '', only: '' };

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
const STATUS_ORDER: Record<Status, number> = { result: 0, ongoing: 1, plan: 2, target: 3 };

/** How many reasons there are to doubt a row: its flags, and a period that cannot be dated. */
const doubts = (r: FigureRow): number => r.flags.length + Number(r.undated);

const compare: Record<SortKey, (a: FigureRow, b: FigureRow) => number> = {
  position: (a, b) => a.base.span[0] - b.base.span[0],
  value: (a, b) => a.base.value - b.base.value,
  subject: (a, b) => collator.compare(a.subject, b.subject),
  indicator: (a, b) => collator.compare(a.indicator, b.indicator),
  region: (a, b) => collator.compare(a.region, b.region),
  // By dates (undated last), then by the words.
  period: (a, b) =>
    (a.periodValue.start ?? a.periodValue.end ?? '\uffff').localeCompare(b.periodValue.start ?? b.periodValue.end ?? '\uffff') ||
    (a.periodValue.end ?? '\uffff').localeCompare(b.periodValue.end ?? '\uffff') ||
    collator.compare(a.periodValue.label, b.periodValue.label),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  flags: (a, b) => doubts(a) - doubts(b),
  checked: (a, b) => Number(a.checked) - Number(b.checked),
};

/** The filter's words, case folded. */
export const queryWords = (text: string): string[] => text.trim().toLowerCase().split(/\s+/u).filter(Boolean);

/** What a row shows in its cells, case folded, for the filter. */
const cellsText = (r: FigureRow): string => [r.raw, r.subject, r.indicator, r.region, r.period, r.periodWritten].join('\n').toLowerCase();

/**
 * The filter's words a row matched only in its sentence, which the table does not show
 * (截至目前 of a figure whose period an editor dated): the table says where they are.
 */
export function quoteOnlyWords(row: FigureRow, text: string): string[] {
  const words = queryWords(text);
  if (!words.length) return [];
  const cells = cellsText(row);
  const quote = row.base.quote.toLowerCase();
  return words.filter((w) => !cells.includes(w) && quote.includes(w));
}

/** The rows `query` keeps, in its order (ties in article order). */
export function queryRows(rows: readonly FigureRow[], query: RowQuery): FigureRow[] {
  const words = queryWords(query.text);
  const kept = rows.filter((r) => {
    if (query.status && r.status !== query.status) return false;
    if (query.only === 'flagged' && !doubts(r)) return false;
    if (query.only === 'unchecked' && r.checked) return false;
    if (query.only === 'checked' && !r.checked) return false;
    if (query.only === 'corrected' && !r.corrected) return false;
    if (!words.length) return true;
    const hay = `${cellsText(r)}\n${r.base.quote.toLowerCase()}`;
    return words.every((w) => hay.includes(w));
  });
  const sign = query.descending ? -1 : 1;
  return kept.sort((a, b) => sign * compare[query.sort](a, b) || a.base.span[0] - b.base.span[0]);
}
