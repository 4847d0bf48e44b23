/**
 * Attributes + dataset → the plain model a progress (bullet) chart draws: each row a
 * result against its target. Pure: no DOM, no layout.
 *
 *   1. select   rows: one indicator across places, or one place's indicators that have
 *               a target; only results are bars (a target figure is never drawn as one)
 *   2. pair     each row's latest result with its target: a figure of status `target`
 *               of the same indicator, place and year (任务为新开工22399套), else one
 *               derived from the share the same sentence gives (完成全年任务的70.75%:
 *               88442 ÷ 70.75 %), said so in the tooltip
 *   3. share    result ÷ target, written out (90.6%), or the article's own share
 *   4. label    values, periods, summary, table, sources, in the chart's language: the
 *               period every row shares under the title, else each row's by its name
 */
import { undatedNote } from '../../kit/model/undated.js';
import type { Dataset, Observation, Source } from '../../data/types.js';
import { indexDataset, type DatasetIndex } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, type Figure } from '../../kit/model/figure.js';
import { abbreviates, formatPeriod, formatQuantity } from '../../kit/model/format.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut, tooManyMarks } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import type { ChartProblem, Resolved } from '../../kit/element/problem.js';
import { isRelatedIndicator, relatedFigures } from '../../kit/model/related.js';
import { currentIds, sourcesOf } from '../../kit/model/select.js';
import { byIndicator, byPlace, latestOf, type Candidate, type SelectionQuery } from '../../kit/model/selection.js';
import { addHidden, noData, statusOf, type HiddenCount } from '../../kit/model/show.js';
import { progressMessages, type RowNoun } from './messages.js';

export interface ProgressQuery extends SelectionQuery {
  indicator?: string | undefined;
}

/** A row's target: as the article gave it, or derived from a share. */
export interface Target {
  value: number;
  /** The target figure (status `target`); absent when derived from `share`. */
  observation?: Observation;
  /** The share the article wrote (完成全年任务的70.75%), when the target is derived from it. */
  share?: Observation;
}

export interface ProgressRow extends Figure {
  key: string;
  label: string;
  /** The name drawn: with the row's period when periods differ (城镇新增就业（2022年1–8月）). */
  rowLabel: string;
  target: Target | undefined;
  /** Result ÷ target, %; null without a target. */
  share: number | null;
  shareLabel: string;
  targetLabel: string;
  /** Under the bar: 20290套，目标22399套. */
  caption: string;
  /** Tooltip lines: the target, and how it was derived. */
  notes: string[];
}

export interface ProgressModel {
  lang: Lang;
  noun: RowNoun;
  heading: string;
  /** The period every row shares, named once under the title; '' when they differ. */
  commonPeriod: string;
  rows: ProgressRow[];
  /** The scale's end, %: 100, or the largest share past it. */
  maxShare: number;
  sources: Source[];
  summary: string;
  notes: string[];
  table: { headers: string[]; rows: string[][] };
}

const yearOf = (o: Observation) => (o.period.end ?? o.period.start)?.slice(0, 4);

/** The target of result `o`: a target figure of its indicator, place and year, else one derived from its share. */
export function targetOf(index: DatasetIndex, o: Observation): Target | undefined {
  const year = yearOf(o);
  const stated = year
    ? (index.byIndicator.get(o.indicator) ?? []).find((t) => statusOf(t) === 'target' && t.region === o.region && yearOf(t) === year && t.unit === o.unit)
    : undefined;
  if (stated) return { value: stated.value, observation: stated };
  const share = relatedFigures(index, o, 'target_share')[0]?.observation;
  return share && share.value > 0 ? { value: (o.value * 100) / share.value, share } : undefined;
}

/**
 * A target derived from `share` as precisely as the share allows: 88442 ÷ 70.75% is
 * 125006.1, but 70.75% is rounded (70.745–70.755), so the target lies anywhere from 124998
 * to 125015. The target rounded to the fewest significant digits that stay in that range: 125000.
 */
export function derivedTarget(result: number, share: Observation): number {
  // Decimals as the article wrote the share (70.75%), else as stored.
  const decimals = (/\d(?:\.(\d+))?/u.exec(share.raw)?.[1] ?? String(share.value).split('.')[1] ?? '').length;
  const half = 0.5 / 10 ** decimals;
  const exact = (result * 100) / share.value;
  const low = (result * 100) / (share.value + half);
  const high = share.value > half ? (result * 100) / (share.value - half) : Infinity;
  for (let digits = 1; digits < 16; digits++) {
    const rounded = Number(exact.toPrecision(digits));
    if (rounded >= low && rounded <= high) return rounded;
  }
  return exact;
}

export function buildProgressModel(dataset: Dataset, asked: ProgressQuery): Resolved<ProgressModel> {
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const query = currentIds(index, asked);
  const selection = query.indicator
    ? selectIndicator(index, query, query.indicator)
    : query.region
      ? selectRegion(index, query, query.region)
      : ({ kind: 'missing-selection' } as const);
  if ('kind' in selection) return { ok: false, problem: selection };
  if (!selection.candidates.some((c) => c.figures.length)) {
    return noData([query.indicator, query.regions.join(',') || query.region, query.indicators.join(',')].filter(Boolean).join(' · '), selection.hidden, index);
  }
  return tooManyMarks(selection.candidates.length) ?? { ok: true, model: label(index, query, selection) };
}

interface Selection {
  noun: RowNoun;
  heading: string;
  candidates: Candidate[];
  hidden: HiddenCount;
}

/** Figures a bar may stand for: anything but a target, which is a line. */
const isBar = (o: Observation) => statusOf(o) !== 'target';

function selectIndicator(index: DatasetIndex, query: ProgressQuery, id: string): Selection | ChartProblem {
  const grouped = byPlace(index, query, id, isBar);
  if ('kind' in grouped) return grouped;
  return { noun: 'region', heading: grouped.heading, candidates: latestOf(grouped, grouped.keys), hidden: grouped.hidden };
}

function selectRegion(index: DatasetIndex, query: ProgressQuery, id: string): Selection | ChartProblem {
  const wanted = query.indicators.length ? new Set(query.indicators) : undefined;
  const grouped = byIndicator(index, query, id, (o) => isBar(o) && (wanted ? wanted.has(o.indicator) : !isRelatedIndicator(o.indicator)));
  if ('kind' in grouped) return grouped;
  // Without a list: the place's indicators whose latest figure has a target.
  const keys = query.indicators.length
    ? query.indicators
    : [...grouped.groups.keys()].filter((key) => targetOf(index, grouped.groups.get(key)![0]![0]!));
  // What the note counts as not drawn: figures of the rows' indicators, not the place's others.
  const hidden = keys.reduce((sum: HiddenCount, key) => addHidden(sum, grouped.hiddenOf.get(key) ?? {}), {});
  return { noun: 'indicator', heading: grouped.heading, candidates: latestOf(grouped, keys), hidden };
}

function label(index: DatasetIndex, query: ProgressQuery, selection: Selection): ProgressModel {
  const { lang } = query;
  const m = messages(lang);
  const pm = progressMessages(lang);
  const percent = (value: number) => formatQuantity(value, '%', 'exact', lang);
  const sep = lang === 'zh' ? '，' : ', ';
  const rows: ProgressRow[] = selection.candidates.map(({ key, label, figures, hidden }) => {
    const target = figures[0] && targetOf(index, figures[0]);
    // One number format for a result and its target: 20290 beside 22399, never 2.03万 beside it.
    const format = { ...figureFormat([figures], lang), abbreviate: abbreviates([...figures.map((f) => f.value), target?.value ?? 0], lang) };
    const figure = buildFigure(index, figures, label, format, hidden);
    const o = figure.observation;
    if (!o || !target) {
      const caption = o ? `${figure.taggedValue}${sep}${pm.noTarget}` : figure.valueLabel;
      return { ...figure, key, label, rowLabel: label, target: undefined, share: null, shareLabel: '', targetLabel: '', caption, notes: o ? [pm.noTarget] : [],
        ariaLabel: m.markLabel(label, caption, figure.period) };
    }
    const share = target.share ? target.share.value : (o.value * 100) / target.value;
    // The share as the article wrote it, where it did and it agrees (完成年度任务的90.58%:
    // 20290 of 22399 is 90.584%), as livelihood-stat shows it; else written as every
    // number is, to two decimals at most (90.58%, never 90.6% beside 70.75%).
    const written = target.share ?? relatedFigures(index, o, 'target_share').find((r) => Math.abs(r.observation.value - share) < 0.5)?.observation;
    const shareLabel = percent(written ? written.value : share);
    // A target derived from a share is said no more precisely than the share allows: 约12.5万人, not 125006人.
    const targetLabel = target.share
      ? pm.about(formatQuantity(derivedTarget(o.value, target.share), o.unit, 'exact', lang, false, undefined, o.category))
      : formatQuantity(target.value, o.unit, 'exact', lang, false, format.abbreviate, o.category);
    const derived = !target.observation;
    const notes = [
      pm.targetNote(targetLabel, target.observation ? formatPeriod(target.observation.period, lang, 'target') : ''),
      derived ? pm.derivedNote(figure.valueLabel, shareLabel) : '',
    ].filter(Boolean);
    return {
      ...figure,
      key,
      label,
      rowLabel: label,
      target,
      share,
      shareLabel,
      targetLabel,
      caption: pm.against(figure.taggedValue, targetLabel, derived),
      notes,
      ariaLabel: m.markLabel(label, `${pm.against(figure.taggedValue, targetLabel, derived)}${sep}${pm.shareOf(shareLabel)}`, figure.period),
    };
  });
  // The period on the chart's face: once under the title when every row shares it, else by each row's name.
  const periods = new Set(rows.filter((r) => r.observation).map((r) => r.period));
  const commonPeriod = periods.size === 1 ? [...periods][0]! : '';
  if (!commonPeriod) for (const r of rows) if (r.period) r.rowLabel = pm.withPeriod(r.label, r.period);
  const sourceName = (s: Source | undefined) => (s ? cut(s.publisher || s.title || m.unnamedSource) : '');
  const drawn = rows.flatMap((r) => [r.observation, r.target?.observation, r.target?.share].filter((o): o is Observation => !!o));
  return {
    lang,
    noun: selection.noun,
    heading: selection.heading,
    commonPeriod,
    rows,
    maxShare: Math.max(100, ...rows.map((r) => r.share ?? 0)),
    sources: sourcesOf(index, drawn, lang),
    summary: pm.summary(
      selection.heading,
      commonPeriod,
      rows.map((r) => ({ label: r.rowLabel, share: r.share === null ? r.caption : pm.shareOf(r.shareLabel) })),
    ),
    notes: [m.hiddenNote(selection.hidden), undatedNote(index, drawn, lang)].filter(Boolean),
    table: {
      headers: pm.tableHeaders(selection.noun),
      rows: rows.map((r) => [r.label, r.taggedValue, r.targetLabel, r.shareLabel, r.period, sourceName(r.source)]),
    },
  };
}
