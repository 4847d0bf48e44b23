/**
 * Attributes + dataset → the plain model a stat draws: one card per headline figure.
 * Pure: no DOM, no layout.
 *
 *   1. select   the figures: an indicator of a place (or of several places, or every
 *               place reporting it), a place's indicators, or observations by id
 *   2. check    ids exist (with suggestions); only the figures the chart shows (show.ts)
 *   3. pick     each card's latest figure, a sure result before any plan or target
 *   4. relate   the derived figure of the same sentence's source, place and period
 *               (`<indicator>.growth`, `.target_share` …): 增长5.1%, 完成全年任务的70.75%
 *   5. label    headline as the article wrote it, period, summary, table, sources
 */
import { undatedNote } from '../../kit/model/undated.js';
import type { Dataset, Observation, Qualifier, Source } from '../../data/types.js';
import { indexDataset, type DatasetIndex } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, nameIn, type Figure } from '../../kit/model/figure.js';
import { formatFigure, rawSaysAll } from '../../kit/model/format.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut, tooManyMarks } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import type { ChartProblem, Resolved } from '../../kit/element/problem.js';
import { relatedFigures } from '../../kit/model/related.js';
import { currentIds, sourcesOf } from '../../kit/model/select.js';
import { byIndicator, byPlace, latestOf, type Candidate, type SelectionQuery } from '../../kit/model/selection.js';
import { noData, type HiddenCount } from '../../kit/model/show.js';
import { statMessages, SUMMARY_ITEMS, type CardNoun } from './messages.js';

/** `regions` with `indicator`: one card per place; `region` with `indicators`: that place's figures. */
export interface StatQuery extends SelectionQuery {
  indicator?: string | undefined;
  /** Observation ids: one card each, whatever their status. */
  observations: readonly string[];
}

/** The headline cut around its qualifier word (余, 近, 超, +, ≈ …), so the word can be drawn apart. */
export interface Headline {
  before: string;
  qualifier: string;
  after: string;
}

export interface StatCard extends Figure {
  key: string;
  label: string;
  /** The number as the article wrote it (Chinese), or as the kit formats it (English). */
  headline: Headline;
  /** The related figure, as a phrase: 增长5.1%; '' for none. */
  related: string;
  /** `taggedValue` with the related figure, as the summary and accessible name say it. */
  spokenValue: string;
}

export interface StatModel {
  lang: Lang;
  noun: CardNoun;
  heading: string;
  cards: StatCard[];
  sources: Source[];
  summary: string;
  notes: string[];
  table: { headers: string[]; rows: string[][] };
}

interface Selection {
  noun: CardNoun;
  heading: string;
  candidates: Candidate[];
  hidden: HiddenCount;
}

export function buildStatModel(dataset: Dataset, asked: StatQuery): Resolved<StatModel> {
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const query = currentIds(index, asked);
  const selection = query.observations.length
    ? selectObservations(index, query)
    : query.indicator
      ? selectIndicator(index, query, query.indicator)
      : query.region && query.indicators.length
        ? selectIndicators(index, query, query.region)
        : ({ kind: 'missing-selection' } as const);
  if ('kind' in selection) return { ok: false, problem: selection };
  if (!selection.candidates.some((c) => c.figures.length)) {
    return noData([query.indicator, query.regions.join(',') || query.region, query.indicators.join(',')].filter(Boolean).join(' · '), selection.hidden, index);
  }
  return tooManyMarks(selection.candidates.length) ?? { ok: true, model: label(index, query, selection) };
}

function selectObservations(index: DatasetIndex, query: StatQuery): Selection | ChartProblem {
  const byId = new Map(index.dataset.observations.map((o) => [o.id, o]));
  const missing = query.observations.find((id) => !byId.has(id));
  if (missing !== undefined) return { kind: 'unknown-observation', id: missing };
  const chosen = query.observations.map((id) => byId.get(id)!);
  const name = nameIn(query.lang);
  const oneIndicator = chosen.every((o) => o.indicator === chosen[0]!.indicator);
  const oneRegion = chosen.every((o) => o.region === chosen[0]!.region);
  const indicatorOf = (o: Observation) => indicatorName(index, o.indicator, query.lang);
  const regionName = (o: Observation) => name(index.regions.get(o.region)!.name);
  const sep = query.lang === 'zh' ? '：' : ': ';
  return {
    noun: oneIndicator ? 'region' : 'indicator',
    heading: query.heading || (oneIndicator ? indicatorOf(chosen[0]!) : oneRegion ? regionName(chosen[0]!) : ''),
    candidates: chosen.map((o) => ({
      key: o.id,
      label: oneIndicator ? regionName(o) : oneRegion ? indicatorOf(o) : `${regionName(o)}${sep}${indicatorOf(o)}`,
      figures: [o],
    })),
    hidden: {},
  };
}

function selectIndicator(index: DatasetIndex, query: StatQuery, id: string): Selection | ChartProblem {
  const grouped = byPlace(index, query, id);
  if ('kind' in grouped) return grouped;
  return { noun: 'region', heading: grouped.heading, candidates: latestOf(grouped, grouped.keys), hidden: grouped.hidden };
}

function selectIndicators(index: DatasetIndex, query: StatQuery, id: string): Selection | ChartProblem {
  const wanted = new Set(query.indicators);
  const grouped = byIndicator(index, query, id, (o) => wanted.has(o.indicator));
  if ('kind' in grouped) return grouped;
  return { noun: 'indicator', heading: grouped.heading, candidates: latestOf(grouped, query.indicators), hidden: grouped.hidden };
}

/** Qualifier words as articles and the kit's formats write them. */
const QUALIFIER_WORD = /将近|不超过|不少于|超过|不足|不到|以上|以下|左右|上千|至少|近|约|余|多|超|逾|\+|≈|<|≥/u;


/**
 * The headline of a figure: in Chinese the article's words when they say the unit
 * (`700余个`, `近6亿元`, `超八成`), else the kit's format of value, unit and qualifier.
 */
export function headline(o: Observation | undefined, formatted: string, lang: Lang): Headline {
  const text = o && lang === 'zh' && rawSaysAll(o) ? cut(o.raw) : formatted;
  const qualifier: Qualifier = o?.qualifier ?? 'exact';
  const m = qualifier === 'exact' ? null : QUALIFIER_WORD.exec(text);
  return m ? { before: text.slice(0, m.index), qualifier: m[0], after: text.slice(m.index + m[0].length) } : { before: text, qualifier: '', after: '' };
}

export const headlineText = (h: Headline): string => h.before + h.qualifier + h.after;

function label(index: DatasetIndex, query: StatQuery, selection: Selection): StatModel {
  const { lang } = query;
  const m = messages(lang);
  const sm = statMessages(lang);
  // One number format for the row of cards (20,290 beside 88,442, never 20.29K), and units named where they differ.
  const format = figureFormat(selection.candidates.map((c) => c.figures), lang);
  const cards: StatCard[] = selection.candidates.map(({ key, label, figures, hidden }) => {
    const figure = buildFigure(index, figures, label, format, hidden);
    const o = figure.observation;
    const rel = o && relatedFigures(index, o)[0];
    // 比2023年增加3100人, 比许昌市多86公里, 环比增长13.3%: in Chinese, a relation keeps the article's
    // own words (a share of the year's target reads better with the chart's: 完成全年任务的…).
    const compared = rel && lang === 'zh' && rel.suffix !== 'target_share' && rel.observation.subject.startsWith(o.subject) ? rel.observation.subject.slice(o.subject.length) : '';
    const related = !rel
      ? ''
      : compared
        ? compared + formatFigure(rel.observation, lang)
        : sm.related(
            rel.suffix,
            formatFigure(rel.observation, lang),
            index.indicators.has(rel.observation.indicator) ? indicatorName(index, rel.observation.indicator, lang) : rel.suffix,
          );
    const h = headline(o, figure.valueLabel, lang);
    // The card's form (超八成) in its summary and table too, never 超80% beside it.
    const written = headlineText(h);
    const taggedValue = written === figure.valueLabel ? figure.taggedValue : m.tagged(written, figure.tag);
    const spokenValue = related ? `${taggedValue}${lang === 'zh' ? '，' : ', '}${related}` : taggedValue;
    return {
      ...figure,
      taggedValue,
      key,
      label,
      headline: h,
      related,
      spokenValue,
      // The card's words in the order drawn: its accessible name holds all it shows.
      ariaLabel: [label, headlineText(h), figure.tag, figure.period, related].filter(Boolean).join(' '),
    };
  });
  const sourceName = (s: Source | undefined) => (s ? cut(s.publisher || s.title || m.unnamedSource) : '');
  const reported = cards.filter((c) => c.observation);
  return {
    lang,
    noun: selection.noun,
    heading: selection.heading,
    cards,
    sources: sourcesOf(index, reported.map((c) => c.observation!), lang),
    summary: sm.summary(
      selection.heading,
      cards.slice(0, SUMMARY_ITEMS).map((c) => ({ label: c.label, value: c.spokenValue })),
      Math.max(0, cards.length - SUMMARY_ITEMS),
    ),
    notes: [m.hiddenNote(selection.hidden), undatedNote(index, reported.map((c) => c.observation!), lang)].filter(Boolean),
    table: {
      headers: sm.tableHeaders(selection.noun),
      rows: cards.map((c) => [c.label, c.taggedValue, c.period, c.related, sourceName(c.source)]),
    },
  };
}
