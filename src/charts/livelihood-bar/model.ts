/**
 * Attributes + dataset → the plain model a bar chart draws. Pure: no DOM, no layout.
 *
 *   1. select   which rows: one indicator across places, or one place's indicators; only
 *               the figures the chart shows (show.ts), one row per status, the rest counted
 *   2. check    ids exist (with suggestions); one place's figures share one unit; a figure of
 *               several years beside figures of a year or less is not drawn (spans.ts)
 *   3. reduce   each row to its latest figure, keeping the other periods
 *   4. order    sort, then limit; more than MAX_MARKS bars is refused here, before labelling
 *   5. label    values, periods, summary, table rows and sources, in the chart's language
 *
 * Bounded by what is shown (limits.ts): only the bars drawn are labelled, and each
 * keeps at most OTHER_PERIODS_SHOWN other periods (tooltip and table); names are cut.
 */
import { undatedNote } from '../../kit/model/undated.js';
import type { Dataset, Observation, Source } from '../../data/types.js';
import { levelsNote } from '../../kit/model/levels.js';
import { spansNote, withoutMultiYear, type LeftOut } from '../../kit/model/spans.js';
import { isRelatedIndicator } from '../../kit/model/related.js';
import { noteWriter } from '../../kit/model/notes.js';
import { onDemand } from '../../kit/element/on-demand.js';
import type { barSelectionNotes } from './selection-notes.js';
import { indexDataset, type DatasetIndex } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, nameIn, type Figure } from '../../kit/model/figure.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import { pendingGroups } from './pending-groups.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut, tooManyMarks } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import { unknownIdProblem, type ChartProblem, type Resolved } from '../../kit/element/problem.js';
import { barMessages, type RowNoun } from './messages.js';
import { currentIds, newestByStatus, sourcesOf, unknownId } from '../../kit/model/select.js';
import { familyKey } from '../../kit/model/family.js';
import { conflictNote } from '../../kit/model/conflicts.js';
import { byPlace, type Candidate } from '../../kit/model/selection.js';
import { hiddenByKey, noData, splitShown, statusKey, type HiddenCount, type Shown } from '../../kit/model/show.js';
import { applyLimit, sortRows, type Sort } from '../../kit/model/sort.js';

export interface BarQuery {
  /** One indicator across places. */
  indicator?: string | undefined;
  /** Places for `indicator`; all that report it when empty. */
  regions: readonly string[];
  /** One place's figures (or, with `indicator`, that place only). */
  region?: string | undefined;
  /** Which of the place's indicators; all of them (or of `category`) when empty. */
  indicators: readonly string[];
  category?: string | undefined;
  /** Only figures in this unit (one place's figures). */
  unit?: string | undefined;
  /** Only indicators of this family (one place's figures; `Indicator.family`). */
  family?: string | undefined;
  sort: Sort;
  limit?: number | undefined;
  heading?: string | undefined;
  lang: Lang;
  /** Which figures to draw (show.ts). */
  shown: Shown;
}

export interface BarRow extends Figure {
  /** Region id (one indicator) or indicator id (one place), with the status when not a result: stable across renders. */
  key: string;
  label: string;
}

export interface BarModel {
  lang: Lang;
  noun: RowNoun;
  heading: string;
  /** The period every bar shares, named once; '' when they differ. */
  commonPeriod: string;
  /** Periods differ between bars, so each bar names its own. */
  showPeriods: boolean;
  rows: BarRow[];
  sources: Source[];
  summary: string;
  /** Caveats under the chart: units that differ, indicators left out, figures not drawn. */
  notes: string[];
  table: { headers: string[]; rows: string[][] };
}

interface Selection {
  noun: RowNoun;
  heading: string;
  candidates: Candidate[];
  /** Names of listed indicators the place reports, but not in the unit or category asked for. */
  leftOut?: string[];
  /** Figures related to another one (growth, share of target) left out of a place's chart. */
  related?: number;
  /** Indicators made from an article's words, left out of a place's chart that groups by family. */
  unnamed?: number;
  /** Figures of the selection not drawn (show.ts). */
  hidden: HiddenCount;
}

export function buildBarModel(dataset: Dataset, asked: BarQuery): Resolved<BarModel> {
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const query = currentIds(index, asked);
  const selection = query.indicator
    ? selectIndicator(index, query, query.indicator)
    : query.region
      ? selectRegion(index, query, query.region)
      : ({ kind: 'missing-selection' } as const);
  if ('kind' in selection) return { ok: false, problem: selection };
  if (!selection.candidates.some((c) => c.figures.length)) return noData(describe(query), selection.hidden, index);
  if (selection.noun === 'indicator') {
    const mixed = mixedUnits(index, selection.candidates, query.lang);
    if (mixed) return { ok: false, problem: mixed };
  }
  const spans = withoutMultiYear(selection.candidates);
  selection.candidates = spans.marks;
  const shown = applyLimit(
    sortRows(selection.candidates.map((c) => ({ candidate: c, label: c.label, value: c.figures[0]?.value ?? null })), query.sort, query.lang),
    query.limit,
  ).map((c) => c.candidate);
  return tooManyMarks(shown.length) ?? { ok: true, model: label(index, query, selection, shown, spans) };
}

function selectIndicator(index: DatasetIndex, query: BarQuery, id: string): Selection | ChartProblem {
  const grouped = byPlace(index, query, id);
  if ('kind' in grouped) return grouped;
  // 位列全市第1名: bars grow with the number, and a rank is better the smaller it is.
  if (index.indicators.get(id)?.kind === 'rank') return { kind: 'rank-figures' };
  return {
    noun: 'region',
    heading: grouped.heading,
    candidates: candidates(grouped.keys, grouped.groups, grouped.label, grouped.hiddenOf),
    hidden: grouped.hidden,
  };
}

/** A candidate per key and status drawn (result first), or one with none, and what of it is hidden. */
function candidates(
  keys: readonly string[],
  groups: Map<string, Observation[][]>,
  label: (key: string) => string,
  hiddenOf: Map<string, HiddenCount>,
): Candidate[] {
  return keys.flatMap((key) => {
    const byStatus = groups.get(key);
    if (!byStatus) return [{ key, label: label(key), figures: [], hidden: hiddenOf.get(key) ?? {} }];
    return byStatus.map((figures) => ({ key: statusKey(key, figures[0]!), label: label(key), figures }));
  });
}

function selectRegion(index: DatasetIndex, query: BarQuery, id: string): Selection | ChartProblem {
  const { indicators: listed, category, unit, family } = query;
  const problem =
    unknownId(index, 'regions', [id]) ??
    unknownId(index, 'indicators', listed) ??
    (category ? unknownId(index, 'categories', [category]) : undefined) ??
    (family ? unknownFamily(index, family) : undefined);
  if (problem) return problem;
  const name = nameIn(query.lang);
  const wanted = listed.length ? new Set(listed) : undefined;
  const matching = (index.byRegion.get(id) ?? []).filter(
    (o) =>
      (!wanted || wanted.has(o.indicator)) && (!category || o.category === category) && (!unit || o.unit === unit) &&
      (!family || index.indicators.get(o.indicator)!.family === family),
  );
  // Unless listed, a figure measured against another (增长5.1%, 完成全年任务的70.75%) belongs
  // with that figure, not as a bar beside the place's other figures in the same unit.
  const related = wanted ? [] : matching.filter((o) => isRelatedIndicator(o.indicator));
  const own = wanted ? matching : matching.filter((o) => !isRelatedIndicator(o.indicator));
  // Unless listed, only indicators of one family stand side by side (meal points beside
  // community centres, not beside a count of policy documents in the same unit), and
  // indicators named only by an article's words are left out. Indicators a person wrote
  // without a family keep what their author put together.
  const familyOf = (o: Observation) => familyKey(index.indicators.get(o.indicator)!);
  const unnamed = wanted ? [] : own.filter((o) => familyOf(o) === undefined);
  const drawable = wanted ? own : own.filter((o) => familyOf(o) !== undefined);
  const { shown, hidden } = splitShown(drawable, query.shown);
  const byIndicator = newestByStatus(shown, (o) => o.indicator);
  if (!wanted && !family) {
    const mixed = mixedFamilies(index, [...byIndicator.values()].map((byStatus) => byStatus[0]![0]!), query.lang);
    if (mixed) return mixed;
  }
  // A listed indicator the place reports in another unit or category is left out with a
  // note: "not reported" would be untrue.
  const reported = new Set(splitShown(index.byRegion.get(id) ?? [], query.shown).shown.map((o) => o.indicator));
  const leftOut = listed.filter((key) => !byIndicator.has(key) && reported.has(key));
  const keys = listed.length ? listed.filter((key) => !leftOut.includes(key)) : [...byIndicator.keys()];
  const place = name(index.regions.get(id)!.name);
  return {
    leftOut: leftOut.map((key) => indicatorName(index, key, query.lang)),
    noun: 'indicator',
    heading:
      query.heading ||
      barMessages(query.lang).regionHeading(place, category ? name(index.categories.get(category)!.name) : null, unit && messages(query.lang).unitName(unit, category)),
    candidates: candidates(keys, byIndicator, (key) => indicatorName(index, key, query.lang), hiddenByKey(drawable, query.shown, (o) => o.indicator)),
    hidden,
    related: new Set(related.map((o) => o.indicator)).size,
    unnamed: new Set(unnamed.map((o) => o.indicator)).size,
  };
}

/** `family` when some indicator of the dataset has it, else the problem with the closest ones. */
function unknownFamily(index: DatasetIndex, family: string): ChartProblem | undefined {
  const families = new Set([...index.indicators.values()].flatMap((i) => (i.family === undefined ? [] : [i.family])));
  if (families.has(family)) return undefined;
  return unknownIdProblem('unknown-family', family, () => [...families].map((f) => ({ id: f, name: { zh: f, en: f } })));
}

/**
 * `kind` when `figures` (the latest of each indicator) fall in more than one group by
 * `key`; the groups, with their names, are made with the problem's message (mixed.ts).
 */
function mixed(kind: 'mixed-units' | 'mixed-families', index: DatasetIndex, figures: readonly Observation[], lang: Lang, key: (o: Observation) => string | undefined): ChartProblem | undefined {
  if (new Set(figures.map(key)).size < 2) return undefined;
  const problem: ChartProblem = { kind, groups: [] };
  pendingGroups.set(problem, { index, lang, figures });
  return problem;
}

/** Indicators of more than one family: they measure different things, so no chart of them is drawn. */
const mixedFamilies = (index: DatasetIndex, latest: readonly Observation[], lang: Lang) =>
  mixed('mixed-families', index, latest, lang, (o) => familyKey(index.indicators.get(o.indicator)!));

/** One place's latest figures in more than one unit: they may not share an axis. */
const mixedUnits = (index: DatasetIndex, candidates: Candidate[], lang: Lang) =>
  mixed('mixed-units', index, candidates.flatMap((c) => c.figures.slice(0, 1)), lang, (o) => o.unit);

function describe(q: BarQuery): string {
  const places = q.regions.length ? q.regions.join(',') : q.region;
  return [q.indicator, places, q.indicators.join(','), q.category, q.family, q.unit].filter(Boolean).join(' · ');
}

/** The notes on what the selection leaves out or mixes: only some charts have one (selection-notes.ts). */
const selectionNotes = onDemand(() => import('./selection-notes.js'));

declare module '../../kit/model/notes.js' {
  interface NoteWriters {
    barSelectionNotes: typeof barSelectionNotes;
  }
}

/** `shown`: the candidates drawn, in order (sorted and limited). */
function label(index: DatasetIndex, query: BarQuery, selection: Selection, shown: readonly Candidate[], { left }: { left: LeftOut[] }): BarModel {
  const { lang } = query;
  const m = messages(lang);
  const bm = barMessages(lang);
  const sourceName = (s: Source | undefined) => (s ? cut(s.publisher || s.title || m.unnamedSource) : '');
  const notes = () => noteWriter(selectionNotes).barSelectionNotes(lang);

  const format = figureFormat(selection.candidates.map((c) => c.figures), lang);
  const rows: BarRow[] = shown.map(({ key, label, figures, hidden }) => ({ key, label, ...buildFigure(index, figures, label, format, hidden) }));
  const reported = rows.filter((r) => r.observation);

  const periods = new Set(reported.map((r) => r.period));
  const units = [...new Set(reported.map((r) => r.observation!.unit))];
  // Named as the values name them: 所 and 个 in English are institutions and units.
  const unitNames = [...new Set(reported.map((r) => m.unitName(r.observation!.unit, r.observation!.category)))];
  const highestFirst = sortRows(reported, 'value', lang);
  const drawn = rows.flatMap((r) => (r.observation ? [r.observation, ...r.others.map((o) => o.observation)] : []));

  return {
    lang,
    noun: selection.noun,
    heading: selection.heading,
    commonPeriod: periods.size === 1 ? [...periods][0]! : '',
    showPeriods: periods.size > 1,
    rows,
    sources: sourcesOf(index, [...drawn, ...left.map((f) => f.observation)], lang),
    summary: bm.summary({
      heading: selection.heading,
      items: highestFirst.map((r) => ({ label: r.label, value: r.taggedValue, period: r.period })),
      missing: rows.filter((r) => !r.observation && !r.notShown).length,
      notShown: rows.filter((r) => r.notShown).length,
      noun: selection.noun,
    }),
    notes: [
      selection.noun === 'region' ? levelsNote(index, reported.map((r) => r.observation!.region), lang) : '',
      // 晋中市 26所 (2021–2025年) beside 呼和浩特市 12所 (2023年以来): places' bars of other periods are no ranking.
      // (One place's bars of two years, done and under way, rank nothing: their tags say what differs.)
      selection.noun === 'region' && periods.size > 1 && new Set(reported.map((r) => r.observation!.region)).size > 1 ? notes().periodsDiffer() : '',
      units.length > 1 ? notes().unitsDiffer(unitNames) : selection.leftOut?.length ? notes().leftOut(selection.leftOut) : '',
      selection.related ? notes().relatedLeftOut(selection.related) : '',
      selection.unnamed ? notes().unnamedLeftOut(selection.unnamed) : '',
      m.hiddenNote(selection.hidden),
      spansNote(left, lang),
      conflictNote(rows, lang),
      undatedNote(index, drawn, lang),
    ].filter(Boolean),
    table: {
      headers: bm.tableHeaders(selection.noun),
      // What the chart draws (QA s12 C3): a bar's other periods are its tooltip's, and the notes say what is left out.
      rows: rows.map((r) => [r.label, r.taggedValue, r.period, sourceName(r.source)]),
    },
  };
}
