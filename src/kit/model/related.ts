/**
 * A figure's related figure: one the pipeline derived from the same sentence
 * (`16993元，增长5.1%` → `disposable_income_per_capita.growth`, `完成全年任务的70.75%` →
 * `new_urban_jobs.target_share`), of the same source, place and period (or, for a stock,
 * ending when it is dated).
 */
import type { Observation, Period } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';

/**
 * Whether an indicator measures a figure against another (`<indicator>.growth`, `.target_share`,
 * `.share` …), not a measure of its own: the lexicon's flows and running totals
 * (`elderly_meal_points.added`, `old_compounds_renovated.cumulative`, in a town `…added@鹭江街道`) are.
 */
export const isRelatedIndicator = (id: string): boolean => RELATED.test(id);
const RELATED = /\.(?!(?:added|cumulative)(?:@[^.]*)?$)[^.]+$/u;

const samePeriod = (a: Period, b: Period) => a.label === b.label && a.start === b.start && a.end === b.end;
/** A change over the year to a stock's date (床位3.92万张 at 年末, 比上年末增加1260张 over the year) relates to it too. */
const relates = (change: Period, o: Period) => samePeriod(change, o) || (!o.start && !!o.end && change.end === o.end);

/**
 * The derived figures of `o` (`<o.indicator>.<suffix>`), those written after it first,
 * nearest first, with their suffix; only `suffix` when given.
 */
export function relatedFigures(index: DatasetIndex, o: Observation, suffix?: string): { observation: Observation; suffix: string }[] {
  const prefix = `${o.indicator}.`;
  return (index.byRegion.get(o.region) ?? [])
    .filter((r) => r.source === o.source && r.indicator.startsWith(prefix) && relates(r.period, o.period)
      && (suffix === undefined || r.indicator === prefix + suffix))
    // After the figure first (16993元，增长5.1%), nearest first.
    .sort((a, b) => Number(a.span[0] < o.span[1]) - Number(b.span[0] < o.span[1]) || Math.abs(a.span[0] - o.span[0]) - Math.abs(b.span[0] - o.span[0]))
    .map((r) => ({ observation: r, suffix: r.indicator.slice(prefix.length) }));
}
