/**
 * Which figures a chart draws. By default only results the pipeline is sure of: a plan,
 * target or work under way is never drawn as if it were done, and a flagged figure
 * (unclear subject, inferred place, unstated period) is left out. The `statuses` and
 * `show-uncertain` attributes ask for more; what stays hidden is counted, so the chart
 * can say so.
 */
import { STATUSES } from '../../data/core-vocabulary.js';
import { type Observation, type Status } from '../../data/types.js';
import { pendingNames, type ChartProblem } from '../element/problem.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import { messages } from './messages.js';
import { parseIdList } from './select.js';

export interface Shown {
  statuses: readonly Status[];
  /** Flagged figures too. */
  uncertain: boolean;
  /** Only figures an editor checked (corrections file). */
  checkedOnly?: boolean;
}

export const RESULTS: Shown = { statuses: ['result'], uncertain: false };

/**
 * Figures left out of a chart: by status (not asked for), else as uncertain, else as not
 * checked; `years`, of several years beside shorter ones (spans.ts), counted by the mark only.
 */
export type HiddenCount = Partial<Record<Status | 'uncertain' | 'unchecked' | 'years', number>>;

export const statusOf = (o: Observation): Status => o.status ?? 'result';
export const isUncertain = (o: Observation): boolean => !!o.flags?.length;
/** What a chart draws by default. */
export const isSureResult = (o: Observation): boolean => statusOf(o) === 'result' && !isUncertain(o);

/** The tag of a figure's status and uncertainty: '' for a sure result. */
export function figureTag(o: Observation, lang: Lang): string {
  const m = messages(lang);
  const status = statusOf(o);
  return [status === 'result' ? '' : m.statusTag[status], isUncertain(o) ? m.uncertainTag : ''].filter(Boolean).join(' · ');
}

/**
 * The `statuses` attribute (`"result plan"`, `"all"`; empty or absent: results) and the
 * `show-uncertain` one, or the problem with the first word that is not a status.
 */
export function toShown(statuses: unknown, uncertain: unknown, checkedOnly?: unknown): Shown | ChartProblem {
  const words = parseIdList(statuses);
  const unknown = words.find((w) => w !== 'all' && !(STATUSES as readonly string[]).includes(w));
  if (unknown !== undefined) return { kind: 'unknown-status', id: unknown, known: [...STATUSES] };
  const chosen = words.includes('all') ? STATUSES : words.length ? (words as Status[]) : RESULTS.statuses;
  return { statuses: chosen, uncertain: !!uncertain, checkedOnly: !!checkedOnly };
}

/** Why the chart does not draw `o`: its status (not asked for), uncertain, not checked; undefined when it draws it. */
function whyHidden(o: Observation, shown: Shown): keyof HiddenCount | undefined {
  const status = statusOf(o);
  if (!shown.statuses.includes(status)) return status;
  if (!shown.uncertain && isUncertain(o)) return 'uncertain';
  if (shown.checkedOnly && !o.checked) return 'unchecked';
  return undefined;
}

/** `observations` split into those the chart draws and a count of the others. */
export function splitShown(observations: Iterable<Observation>, shown: Shown): { shown: Observation[]; hidden: HiddenCount } {
  const kept: Observation[] = [];
  const hidden: HiddenCount = {};
  for (const o of observations) {
    const why = whyHidden(o, shown);
    if (why) hidden[why] = (hidden[why] ?? 0) + 1;
    else kept.push(o);
  }
  return { shown: kept, hidden };
}

/**
 * The figures not drawn, counted by `key` (a place, an indicator): a mark with no figure
 * drawn says why when its place has some ("not shown (uncertain)"), and says "not
 * reported" only when the dataset has none.
 */
export function hiddenByKey(observations: Iterable<Observation>, shown: Shown, key: (o: Observation) => string): Map<string, HiddenCount> {
  const byKey = new Map<string, HiddenCount>();
  for (const o of observations) {
    const why = whyHidden(o, shown);
    if (!why) continue;
    const k = key(o);
    const counts = byKey.get(k) ?? {};
    counts[why] = (counts[why] ?? 0) + 1;
    byKey.set(k, counts);
  }
  return byKey;
}

export function addHidden(into: HiddenCount, more: HiddenCount): HiddenCount {
  for (const [why, n] of Object.entries(more) as [keyof HiddenCount, number][]) into[why] = (into[why] ?? 0) + n;
  return into;
}

export const anyHidden = (hidden: HiddenCount): boolean => Object.values(hidden).some((n) => n > 0);

/** Nothing of `selection` is drawn (`no-data`), with what of it the chart hides, if any. */
export function noData(selection: string, hidden: HiddenCount, index: DatasetIndex): { ok: false; problem: ChartProblem } {
  const problem: ChartProblem = anyHidden(hidden) ? { kind: 'no-data', selection, hidden } : { kind: 'no-data', selection };
  pendingNames.set(problem, index);
  return { ok: false, problem };
}

/**
 * What a figure is, as a row or series key: a result keeps `key`; a plan, target or
 * ongoing figure gets its own row beside it, never merged into the result's periods.
 */
export const statusKey = (key: string, o: Observation): string => {
  const status = statusOf(o);
  return status === 'result' ? key : `${key}\u0000${status}`;
};
