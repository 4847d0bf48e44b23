/**
 * Attributes + dataset → the plain model a comparison draws: one row per indicator, one
 * cell per place in each row. Pure: no DOM, no layout.
 *
 *   1. check    every id is known (with suggestions); at least two places
 *   2. select   the indicators: as listed; else those (of `category`) that two or more of
 *               the places report (none: `nothing-shared`, nothing is compared) — then limit;
 *               only the figures the chart shows count (show.ts), the others are counted
 *   3. reduce   each place's figures per indicator and status to the latest, keeping the
 *               other periods; a plan, target or ongoing figure makes a row of its own
 *   4. flag     periods or units that differ within a row; places of different tiers; a
 *               figure of several years beside a row's figures of a year or less is not
 *               drawn, its cell "not shown" and a note naming it (spans.ts)
 *   5. label    values, periods, notes, summary, table and sources in the chart's language
 */
import { undatedNote } from '../../kit/model/undated.js';
import { placeSlots } from '../../kit/marks/place-colour.js';
import { STATUSES } from '../../data/core-vocabulary.js';
import { type Dataset, type Observation, type Source } from '../../data/types.js';
import { indexDataset, type DatasetIndex } from '../../kit/model/dataset-index.js';
import { buildFigure, figureFormat, nameIn, type Figure } from '../../kit/model/figure.js';
import { formatPeriod } from '../../kit/model/format.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import type { Lang } from '../../kit/model/lang.js';
import { tooManyMarks } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import { compareMessages } from './messages.js';
import { levelsNote, TIER, type AdminTier } from '../../kit/model/levels.js';
import type { ChartProblem, Resolved } from '../../kit/element/problem.js';
import { currentIds, newestByKey, sourcesOf, unknownId } from '../../kit/model/select.js';
import { addHidden, hiddenByKey, noData, isUncertain, splitShown, statusKey, statusOf, type HiddenCount, type Shown } from '../../kit/model/show.js';
import { applyLimit } from '../../kit/model/sort.js';
import { spansNote, withoutMultiYear, type LeftOut } from '../../kit/model/spans.js';
import { noteWriter } from '../../kit/model/notes.js';
import { onDemand } from '../../kit/element/on-demand.js';
import type { compareSelectionNotes } from './selection-notes.js';

export interface CompareQuery {
  /** The places, in the order their bars take in every row; two or more. */
  regions: readonly string[];
  /** The indicators, one row each, in this order; chosen from the data when empty. */
  indicators: readonly string[];
  /** Without `indicators`: only indicators of this category. */
  category?: string | undefined;
  /** At most this many rows. */
  limit?: number | undefined;
  heading?: string | undefined;
  lang: Lang;
  /** Which figures to draw (show.ts). */
  shown: Shown;
}

/** A place compared: its bars share a colour (and a position in every row). */
export interface CompareSeries {
  key: string;
  label: string;
  tier: AdminTier;
  /** Its palette slot, 1-based, from its id: the same in every chart (place-colour.ts). */
  slot: number;
}

export interface CompareCell extends Figure {
  /** Index into `CompareModel.series`: the place, and its colour. */
  series: number;
  /** The place's name. */
  label: string;
  /** The indicator and the place together, for a tooltip's title. */
  title: string;
}

export interface CompareRow {
  /** Indicator id, with the status when not a result (a plan's row sits beside the result's). */
  key: string;
  /** The indicator's name, tagged when its figures are not results: 保障性租赁住房（计划）. */
  label: string;
  /** The period every value in the row shares (shown once, by the row's name), or ''. */
  period: string;
  /** Periods differ within the row, so each value names its own. */
  showPeriods: boolean;
  /** Units differ within the row (户 beside 张): flagged in a note. */
  mixedUnits: boolean;
  cells: CompareCell[];
}

export interface CompareModel {
  lang: Lang;
  heading: string;
  /** The period every value shares, named once under the heading; '' when they differ. */
  commonPeriod: string;
  series: CompareSeries[];
  rows: CompareRow[];
  /** Places of more than one administrative tier (a county beside a prefecture). */
  mixedLevels: boolean;
  /** Caveats under the chart, in this order: levels, periods, units, selection. */
  notes: string[];
  sources: Source[];
  summary: string;
  table: { headers: string[]; rows: string[][] };
}

/** Rows the summary sentence spells out before it only counts them. */
const SUMMARY_ROWS_MAX = 5;


export function buildCompareModel(dataset: Dataset, asked: CompareQuery): Resolved<CompareModel> {
  const index = indexDataset(dataset);
  // A renamed indicator's old id, as the dataset now names it (select.ts).
  const query = currentIds(index, asked);
  const regions = [...new Set(query.regions)];
  const indicators = [...new Set(query.indicators)];
  const problem =
    unknownId(index, 'regions', regions) ??
    unknownId(index, 'indicators', indicators) ??
    (query.category ? unknownId(index, 'categories', [query.category]) : undefined) ??
    (regions.length < 2 ? ({ kind: 'too-few-regions', ids: regions } as const) : undefined);
  if (problem) return { ok: false, problem };

  const selection = selectIndicators(index, regions, indicators, query.category, query.shown);
  if (!selection) return noSelection(index, query, regions);
  if (selection === NOTHING_SHARED) {
    return { ok: false, problem: { kind: selection, ids: regions, names: regions.map((id) => index.regions.get(id)!.name), category: query.category } };
  }
  // Refused before any cell is labelled (limits.ts).
  return tooManyMarks(applyLimit(selection.ids, query.limit).length * regions.length) ?? { ok: true, model: label(index, query, regions, selection) };
}

interface Selection {
  /** Indicator ids, one row each, in order. */
  ids: string[];
  /** Indicators of the places left out because only one of them reports each. */
  notShared: number;
}

/** The places report figures, but no indicator in two of them: nothing to compare. */
const NOTHING_SHARED = 'nothing-shared';

/** The rows to draw; undefined when none of the places reports any of them. */
function selectIndicators(
  index: DatasetIndex,
  regions: readonly string[],
  listed: readonly string[],
  category: string | undefined,
  shown: Shown,
): Selection | typeof NOTHING_SHARED | undefined {
  const places = new Set(regions);
  if (listed.length) {
    const reported = listed.some((id) => splitShown(index.byIndicator.get(id) ?? [], shown).shown.some((o) => places.has(o.region)));
    return reported ? { ids: [...listed], notShared: 0 } : undefined;
  }
  // Which places report each indicator; indicators in first-reported order.
  const reporters = new Map<string, Set<string>>();
  for (const region of regions) {
    for (const o of splitShown(index.byRegion.get(region) ?? [], shown).shown) {
      if (category && o.category !== category) continue;
      const set = reporters.get(o.indicator);
      if (set) set.add(region);
      else reporters.set(o.indicator, new Set([region]));
    }
  }
  if (!reporters.size) return undefined;
  const order = new Map(index.dataset.indicators.map((indicator, i) => [indicator.id, i]));
  const byReach = [...reporters].sort(
    ([a, x], [b, y]) => y.size - x.size || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const shared = byReach.filter(([, set]) => set.size >= 2).map(([id]) => id);
  // Each place's own figures side by side would compare nothing: a message says so.
  return shared.length ? { ids: shared, notShared: reporters.size - shared.length } : NOTHING_SHARED;
}

/** Nothing to draw; what the places report but the chart does not draw is counted. */
function noSelection(index: DatasetIndex, q: CompareQuery, regions: readonly string[]): { ok: false; problem: ChartProblem } {
  const listed = new Set(q.indicators);
  const matching = regions.flatMap((r) =>
    (index.byRegion.get(r) ?? []).filter((o) => (!listed.size || listed.has(o.indicator)) && (!q.category || listed.size || o.category === q.category)),
  );
  const { hidden } = splitShown(matching, q.shown);
  return noData([q.regions.join(','), q.indicators.join(','), q.category].filter(Boolean).join(' · '), hidden, index);
}

/**
 * What tells periods apart, whatever the chart's language: English reads every undated
 * period as "period not stated", but 去年以来 and 四年间 are not one period.
 */
const periodKey = (cell: CompareCell) => (cell.observation ? formatPeriod(cell.observation.period, 'zh') : '');

/** One group: an indicator's figures of one status, a cell per place. */
function groupRow(
  index: DatasetIndex,
  key: string,
  id: string,
  figures: readonly Observation[],
  series: readonly CompareSeries[],
  lang: Lang,
  hiddenOf: (region: string) => HiddenCount | undefined,
  left: LeftOut[],
): CompareRow {
  const m = messages(lang);
  const cm = compareMessages(lang);
  const indicatorLabel = indicatorName(index, id, lang);
  const status = figures[0] ? statusOf(figures[0]) : 'result';
  const indicator = status === 'result' ? indicatorLabel : m.tagged(indicatorLabel, m.statusTag[status]);
  const byPlace = newestByKey(figures, (o) => o.region);
  const spans = withoutMultiYear(series.map((s) => ({ label: s.label, what: indicator, figures: byPlace.get(s.key) ?? [], hidden: hiddenOf(s.key) })));
  left.push(...spans.left);
  // The group has its own scale, and so its own format.
  const format = figureFormat(spans.marks.map((c) => c.figures), lang);
  const cells = series.map((s, i): CompareCell => {
    const title = cm.cellTitle(indicator, s.label);
    const figure = buildFigure(index, spans.marks[i]!.figures, title, format, spans.marks[i]!.hidden);
    // The group's title names its status; an uncertain figure (drawn dotted) says so beside its value too.
    const valueLabel = figure.observation && isUncertain(figure.observation) ? m.tagged(figure.valueLabel, m.uncertainTag) : figure.valueLabel;
    return { series: i, label: s.label, title, ...figure, valueLabel };
  });
  const reported = cells.filter((c) => c.observation);
  const periods = new Set(reported.map(periodKey));
  const units = new Set(reported.map((c) => c.observation!.unit));
  return {
    key,
    label: indicator,
    period: periods.size === 1 ? reported[0]!.period : '',
    showPeriods: periods.size > 1,
    mixedUnits: units.size > 1,
    cells,
  };
}

/** The notes only some comparisons have (selection-notes.ts). */
const selectionNotes = onDemand(() => import('./selection-notes.js'));

declare module '../../kit/model/notes.js' {
  interface NoteWriters {
    compareSelectionNotes: typeof compareSelectionNotes;
  }
}

function label(index: DatasetIndex, query: CompareQuery, regionIds: readonly string[], selection: Selection): CompareModel {
  const { lang } = query;
  const m = messages(lang);
  const cm = compareMessages(lang);
  const name = nameIn(lang);

  const regions = regionIds.map((id) => index.regions.get(id)!);
  const slots = placeSlots(regions.map((r) => r.id), index);
  const series: CompareSeries[] = regions.map((r, i) => ({ key: r.id, label: name(r.name), tier: TIER[r.level], slot: slots[i]! }));

  const places = new Set(regionIds);
  const hidden: HiddenCount = {};
  const left: LeftOut[] = [];
  const rows: CompareRow[] = applyLimit(selection.ids, query.limit).flatMap((id) => {
    const matching = (index.byIndicator.get(id) ?? []).filter((o) => places.has(o.region));
    const split = splitShown(matching, query.shown);
    addHidden(hidden, split.hidden);
    // A hidden figure belongs to its status's row when that status is drawn, else to the
    // results' row: Hohhot's uncertain 3800 makes its cell "not shown", not "not reported".
    const rowOf = (o: Observation) => (query.shown.statuses.includes(statusOf(o)) ? statusOf(o) : 'result');
    const hiddenHere = hiddenByKey(matching, query.shown, (o) => `${o.region}\u0000${rowOf(o)}`);
    const statuses = STATUSES.filter((status) => split.shown.some((o) => statusOf(o) === status));
    return (statuses.length ? statuses : (['result'] as const)).map((status) => {
      const figures = split.shown.filter((o) => statusOf(o) === status);
      const hiddenOf = (region: string) => hiddenHere.get(`${region}\u0000${status}`);
      return groupRow(index, status === 'result' ? id : statusKey(id, figures[0]!), id, figures, series, lang, hiddenOf, left);
    });
  });

  // 4. Caveats: different tiers (and which place lies inside which), periods, units.
  const reported = rows.flatMap((r) => r.cells.filter((c) => c.observation));
  const commonPeriod = new Set(reported.map(periodKey)).size === 1 ? reported[0]!.period : '';
  if (commonPeriod) for (const row of rows) row.period = '';
  const levels = levelsNote(index, regions.map((r) => r.id), lang);
  const mixedPeriods = rows.filter((r) => r.showPeriods).map((r) => r.label);
  const periodsNote = mixedPeriods.length ? cm.periodsDiffer(mixedPeriods, index) : '';
  const mixedUnits = rows.filter((r) => r.mixedUnits).map((r) => r.label);
  const rare = () => noteWriter<'compareSelectionNotes'>(selectionNotes).compareSelectionNotes(lang);
  const notes = [
    levels,
    periodsNote,
    mixedUnits.length ? rare().unitsDiffer(mixedUnits, index) : '',
    selection.notShared ? cm.notShared(selection.notShared) : '',
    spansNote(left, lang),
    m.hiddenNote(hidden),
    undatedNote(index, reported.map((c) => c.observation!), lang),
  ].filter(Boolean);

  const category = query.category && !query.indicators.length ? index.categories.get(query.category) : undefined;
  const heading = query.heading || cm.heading(series.map((s) => s.label), category ? name(category.name) : null);
  const drawn = rows.flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation, ...c.others.map((o) => o.observation)] : [])));

  return {
    lang,
    heading,
    commonPeriod,
    series,
    rows,
    mixedLevels: !!levels,
    notes,
    sources: sourcesOf(index, [...drawn, ...left.map((f) => f.observation)], lang),
    summary: cm.summary({
      heading,
      rows: rows.slice(0, SUMMARY_ROWS_MAX).map((r) => ({
        label: r.label,
        cells: r.cells.map((c) => ({ label: c.label, value: c.taggedValue })),
      })),
      total: rows.length,
    }),
    table: {
      headers: [cm.indicatorHeader, ...series.map((s) => s.label)],
      // What the chart draws (QA s12 C3): a cell's other periods are its tooltip's.
      rows: rows.map((r) => [r.label, ...r.cells.map((c) => (c.observation ? cm.tableCell(c.taggedValue, c.period) : c.valueLabel))]),
    },
  };
}
