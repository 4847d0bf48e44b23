/**
 * Bulk correction: one edit (a period, a status, a place, checked or not) applied to every
 * row the table shows, as ordinary per-figure corrections, so the file stays
 * `livelihood-corrections/1` with one entry a figure and the CLI applies it again.
 *
 * 1. `planBulk` lays the filled fields over each row's form (`editOf`) and makes its
 *    correction with `correctionFrom`, the single editor's rules included (a period's
 *    words follow new dates); rows that would not change, and rows left out, are only
 *    counted.
 * 2. `summarizePlan` groups the changes field by field (from → to, how many), for the
 *    editor to read before applying.
 *    A row whose own entry already sets a field the edit would change (the editor dated it
 *    by hand) is kept out unless the editor names it in `overwrite`, so a filter that also
 *    caught it never undoes that decision silently; rows the editor unticked (`omit`) are
 *    kept out too. Both are listed, for the dialog and the status line to name.
 * 3. The plan's `batch` records each entry before and after, so `undoBatch` can put every
 *    row back in one step, except rows edited again since (those are kept and counted).
 */
import type { Correction, CorrectionsFile } from '../data/corrections.js';
import { isIsoDate } from '../data/iso-date.js';
import type { Observation, Period, Source, Status } from '../data/types.js';
import { formatPeriod } from '../kit/model/format.js';
import { isRelatedIndicator } from '../kit/model/related.js';
import { correctionFrom, editOf, withCorrection, withEntry, type FigureEdit } from './edits.js';

/** What the bulk editor holds; '' leaves a field as each row has it. */
export interface BulkEdit {
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  /** `none`: every row loses its start (a stock as of its end, misread as a flow); '' leaves it. */
  periodNoStart: '' | 'none';
  status: Status | '';
  region: string;
  checked: '' | 'checked' | 'unchecked';
}

export const EMPTY_BULK: BulkEdit = { periodLabel: '', periodStart: '', periodEnd: '', periodNoStart: '', status: '', region: '', checked: '' };

export const BulkField = { period: 'period', status: 'status', region: 'region', checked: 'checked' } as const;
export type BulkField = (typeof BulkField)[keyof typeof BulkField];

/** A row to correct: the figure as the pipeline read it, its entry in the file, and whether the editor left it out. */
export interface BulkRow {
  base: Observation;
  correction: Correction | undefined;
  excluded: boolean;
}

/** What a row shows of the fields a bulk edit sets. */
export interface BulkView {
  period: Period;
  status: Status;
  region: string;
  checked: boolean;
}

export interface BulkChange {
  figure: Observation;
  before: BulkView;
  after: BulkView;
  fields: BulkField[];
}

/** One applied bulk correction: each entry of the file it replaced, and what it wrote (null: no entry). */
export interface Batch {
  /** The fields it changed, in the editor's order, for saying what the batch was. */
  fields: BulkField[];
  entries: { source: string; span: [number, number]; raw: string; before: Correction | null; after: Correction | null }[];
}

/** The editor's picks among the rows: rows unticked, and rows with corrections of their own let be overwritten. */
export interface BulkPicks {
  omit: ReadonlySet<string>;
  overwrite: ReadonlySet<string>;
}

export const NO_PICKS: BulkPicks = { omit: new Set(), overwrite: new Set() };

export interface BulkPlan {
  changes: BulkChange[];
  /**
   * Rows the edit would change in a field their own entry already sets (an editor's
   * correction, or an earlier batch's): left as they are unless picked in `overwrite`.
   */
  kept: BulkChange[];
  /** Rows the editor unticked: left as they are. */
  omitted: Observation[];
  /** Ids of the rows whose change would overwrite a field their own entry sets, ticked or not: what the dialog marks. */
  corrected: Map<string, BulkField[]>;
  /** Rows the edit leaves as they are (they already say so). */
  unchanged: number;
  /** Rows the editor left out: a bulk edit does not bring them back or change them. */
  excluded: number;
  /**
   * Rows changed whose start goes though they measure a change or a share against another
   * figure (`比9月末增加1.28万人`, `.rise`, `.share`): a level as of a day they are not.
   */
  relativeLosingStart: BulkChange[];
  /**
   * Other rows changed whose start the article gave (`2018年起…`, `2021年以来`): a running
   * total since then, which a cleared start would turn into a level as of a day (QA s11b C7).
   */
  datedLosingStart: BulkChange[];
  file: CorrectionsFile;
  batch: Batch;
}

/** An error names the field at fault, with a key of the editor's messages, and the figure it is about when it is one row's. */
export type BulkResult = { ok: true; plan: BulkPlan } | { ok: false; field: keyof BulkEdit; message: string; figure?: string };

/** Whether the editor filled any field. */
export const bulkFilled = (edit: BulkEdit): boolean => Object.values(edit).some((v) => v.trim() !== '');

const viewOf = (figure: Observation, edit: FigureEdit): BulkView => ({
  period: { label: edit.periodLabel, ...(edit.periodStart ? { start: edit.periodStart } : {}), ...(edit.periodEnd ? { end: edit.periodEnd } : {}) },
  status: edit.status,
  region: edit.region || figure.region,
  checked: edit.checked,
});

/** Whether a row's entry in the file sets `field` itself (a check counts: unchecking undoes it). */
const entrySets = (correction: Correction | undefined, field: BulkField): boolean => correction?.[field] !== undefined;

const samePeriod = (a: Period, b: Period) => a.label === b.label && a.start === b.start && a.end === b.end;

/**
 * The row's form with the filled fields laid over it. Words the row has from the article,
 * or written from its dates, are passed as the article's, so `correctionFrom` writes them
 * anew from new dates (as the single editor's form does); words an editor typed stay.
 */
function merged(figure: Observation, current: FigureEdit, edit: BulkEdit): FigureEdit {
  const next = { ...current };
  if (edit.status) next.status = edit.status;
  if (edit.region) next.region = edit.region;
  if (edit.checked) next.checked = edit.checked === 'checked';
  const periodSet = !!(edit.periodLabel.trim() || edit.periodStart || edit.periodEnd || edit.periodNoStart);
  if (periodSet || edit.status) {
    next.periodStart = edit.periodNoStart ? '' : edit.periodStart || current.periodStart;
    next.periodEnd = edit.periodEnd || current.periodEnd;
    const written = formatPeriod(viewOf(figure, current).period, 'zh', current.status);
    const following = current.periodLabel === figure.period.label || current.periodLabel === written;
    next.periodLabel = edit.periodLabel.trim() || (following ? figure.period.label : current.periodLabel);
  }
  return next;
}

/**
 * The corrections `edit` makes of `rows` in `file`. `sourceOf` finds a figure's article.
 * Errors name the field at fault, with the single editor's messages.
 */
export function planBulk(
  file: CorrectionsFile,
  rows: readonly BulkRow[],
  edit: BulkEdit,
  sourceOf: (figure: Observation) => Source | undefined,
  picks: BulkPicks = NO_PICKS,
): BulkResult {
  const bad = (field: keyof BulkEdit, message: string): BulkResult => ({ ok: false, field, message });
  if (edit.periodStart && !isIsoDate(edit.periodStart)) return bad('periodStart', 'date-invalid');
  if (edit.periodEnd && !isIsoDate(edit.periodEnd)) return bad('periodEnd', 'date-invalid');
  if (edit.periodStart && edit.periodEnd && edit.periodStart > edit.periodEnd) return bad('periodEnd', 'date-order');
  if (edit.periodStart && edit.periodNoStart) return bad('periodStart', 'bulk-start-and-none');

  const plan: BulkPlan = { changes: [], kept: [], omitted: [], corrected: new Map(), unchanged: 0, excluded: 0, relativeLosingStart: [], datedLosingStart: [], file, batch: { fields: [], entries: [] } };
  for (const row of rows) {
    if (row.excluded) {
      plan.excluded++;
      continue;
    }
    const omitted = picks.omit.has(row.base.id);
    const source = sourceOf(row.base);
    if (!source) continue;
    const current = editOf(row.base, row.correction);
    const next = merged(row.base, current, edit);
    const made = correctionFrom(row.base, source, next);
    // A date given for one end may fall on the wrong side of a row's own other end (an unticked row does not matter).
    if (!made.ok && omitted) {
      plan.omitted.push(row.base);
      continue;
    }
    if (!made.ok) return { ok: false, field: edit.periodStart ? 'periodStart' : 'periodEnd', message: made.message === 'date-order' ? 'bulk-date-order' : made.message, figure: row.base.raw };
    const before = viewOf(row.base, current);
    const after = viewOf(row.base, editOf(row.base, made.correction ?? undefined));
    const fields: BulkField[] = [];
    if (!samePeriod(before.period, after.period)) fields.push('period');
    if (before.status !== after.status) fields.push('status');
    if (before.region !== after.region) fields.push('region');
    if (before.checked !== after.checked) fields.push('checked');
    if (!fields.length) {
      plan.unchanged++;
      continue;
    }
    const change = { figure: row.base, before, after, fields };
    const own = fields.filter((f) => entrySets(row.correction, f));
    if (own.length) plan.corrected.set(row.base.id, own);
    if (omitted) {
      plan.omitted.push(row.base);
      continue;
    }
    if (own.length && !picks.overwrite.has(row.base.id)) {
      plan.kept.push(change);
      continue;
    }
    plan.changes.push(change);
    // A derived indicator (`…:人.rise`) measures against another figure.
    if (before.period.start && !after.period.start) {
      if (isRelatedIndicator(row.base.indicator)) plan.relativeLosingStart.push(change);
      else if (row.base.period.start) plan.datedLosingStart.push(change);
    }
    plan.batch.entries.push({ source: source.sha256, span: [row.base.span[0], row.base.span[1]], raw: row.base.raw, before: row.correction ?? null, after: made.correction });
    plan.file = withCorrection(plan.file, source, row.base, made.correction);
  }
  const changed = new Set(plan.changes.flatMap((c) => c.fields));
  plan.batch.fields = Object.values(BulkField).filter((f) => changed.has(f));
  return { ok: true, plan };
}

/** One line of a plan's summary: a field going from one value to another in `count` rows. */
export interface BulkStep<T> {
  from: T;
  to: T;
  count: number;
}

export interface BulkSummary {
  period: BulkStep<{ period: Period; status: Status }>[];
  status: BulkStep<Status>[];
  region: BulkStep<string>[];
  checked: BulkStep<boolean>[];
}

/** The plan's changes, field by field, most rows first (ties in article order). */
export function summarizePlan(plan: BulkPlan): BulkSummary {
  const steps = <T>(field: BulkField, value: (v: BulkView) => T, key: (v: BulkView) => unknown = value): BulkStep<T>[] => {
    const byKey = new Map<string, BulkStep<T>>();
    for (const c of plan.changes) {
      if (!c.fields.includes(field)) continue;
      const from = value(c.before);
      const to = value(c.after);
      const k = JSON.stringify([key(c.before), key(c.after)]);
      const step = byKey.get(k) ?? { from, to, count: 0 };
      step.count++;
      byKey.set(k, step);
    }
    return [...byKey.values()].sort((a, b) => b.count - a.count);
  };
  return {
    // A period is read with its status (到2022年 for a plan, 截至2022年 for a result).
    // Periods that read the same are one line, whatever order their fields were written in.
    period: steps('period', (v) => ({ period: v.period, status: v.status }), (v) => [v.period.label, v.period.start, v.period.end, formatPeriod(v.period, 'zh', v.status)]),
    status: steps('status', (v) => v.status),
    region: steps('region', (v) => v.region),
    checked: steps('checked', (v) => v.checked),
  };
}

const sameEntry = (a: Correction | null, b: Correction | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `file` with `batch` taken back: each figure's entry as it was before, where the entry is
 * still what the batch wrote. A figure edited again since keeps that later edit.
 */
export function undoBatch(file: CorrectionsFile, batch: Batch): { file: CorrectionsFile; restored: number; kept: number } {
  let next = file;
  let restored = 0;
  let kept = 0;
  for (const entry of batch.entries) {
    const now = next.corrections.find((c) => c.source.toLowerCase() === entry.source.toLowerCase() && c.span[0] === entry.span[0] && c.span[1] === entry.span[1]) ?? null;
    if (!sameEntry(now, entry.after)) {
      kept++;
      continue;
    }
    next = withEntry(next, entry.source, entry.span, entry.before);
    restored++;
  }
  return { file: next, restored, kept };
}
