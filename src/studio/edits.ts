/**
 * The studio keeps an editor's decisions as a corrections file (src/data/corrections.ts),
 * never as an edited dataset: the dataset shown is always the pipeline's, with the file
 * applied. This module turns what the editor typed into one correction (only the fields
 * that differ from what the pipeline read), puts it into the file or takes it out, and
 * applies the file, with a message instead of a throw when a correction cannot apply.
 */
import { glossaryName } from '../data/english-name.js';
import { isIsoDate } from '../data/iso-date.js';
import {
  applyCorrections,
  CORRECTIONS_FORMAT,
  type Correction,
  type CorrectionsFile,
  type CorrectionsReport,
} from '../data/corrections.js';
import type { Dataset, Indicator, Observation, Period, Region, Source, Status } from '../data/types.js';
import { formatPeriod } from '../kit/model/format.js';

/** A Chinese character: an English name holding one is no translation. */
const HAN = /\p{Script=Han}/u;

export const emptyCorrections = (): CorrectionsFile => ({ format: CORRECTIONS_FORMAT, corrections: [] });

/** What the editor's form holds for one figure; text fields are strings, '' when empty. */
export interface FigureEdit {
  subject: string;
  /** A name of its own (a new indicator); `labelEn` falls back to `labelZh`. */
  labelZh: string;
  labelEn: string;
  indicator: string;
  region: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  status: Status;
  include: boolean;
  checked: boolean;
  note: string;
}

const sameSpan = (a: readonly [number, number], b: readonly [number, number]) => a[0] === b[0] && a[1] === b[1];

/**
 * The fields that change what a figure says. `checked` and `note` stay in the file as the
 * audit trail, but a figure only ticked as checked is not corrected.
 */
const CHANGES = ['subject', 'label', 'indicator', 'region', 'period', 'status', 'include'] as const satisfies readonly (keyof Correction)[];

/** Whether `correction` changes its figure (not only marks it checked or adds a note). */
export const changesFigure = (correction: Correction | undefined): boolean => !!correction && CHANGES.some((k) => correction[k] !== undefined);

/** How many of `file`'s entries correct their figure, and how many mark one checked. */
export function countCorrections(file: CorrectionsFile): { corrected: number; checked: number } {
  return {
    corrected: file.corrections.filter(changesFigure).length,
    checked: file.corrections.filter((c) => c.checked === true).length,
  };
}

/** The correction of `figure` in `file`, if any. */
export function correctionOf(file: CorrectionsFile, source: Source, figure: Observation): Correction | undefined {
  const sha = source.sha256.toLowerCase();
  return file.corrections.find((c) => c.source.toLowerCase() === sha && sameSpan(c.span, figure.span));
}

/** The form's starting values: the correction's where it sets a field, else the pipeline's. */
export function editOf(figure: Observation, correction: Correction | undefined): FigureEdit {
  const period = correction?.period ?? figure.period;
  return {
    subject: correction?.subject ?? figure.subject,
    labelZh: correction?.label?.zh ?? '',
    labelEn: correction?.label?.en ?? '',
    indicator: correction?.indicator ?? figure.indicator,
    region: correction?.region ?? figure.region,
    periodLabel: period.label,
    periodStart: period.start ?? '',
    periodEnd: period.end ?? '',
    status: correction?.status ?? figure.status ?? 'result',
    include: correction?.include ?? true,
    checked: correction?.checked ?? figure.checked ?? false,
    note: correction?.note ?? '',
  };
}

export type EditResult = { ok: true; correction: Correction | null } | { ok: false; field: keyof FigureEdit; message: string };

/**
 * The correction `edit` makes of `figure` (as the pipeline read it): only what differs, or
 * null when nothing does. Messages are for the form, keyed by the field at fault.
 */
export function correctionFrom(figure: Observation, source: Source, edit: FigureEdit, indicatorOf?: (id: string) => Indicator | undefined): EditResult {
  const bad = (field: keyof FigureEdit, message: string): EditResult => ({ ok: false, field, message });
  const c: Correction = { source: source.sha256, span: [figure.span[0], figure.span[1]], raw: figure.raw, file: source.file };
  const subject = edit.subject.trim();
  if (!subject) return bad('subject', 'subject-empty');
  if (subject !== figure.subject) c.subject = subject;

  const zh = edit.labelZh.trim();
  const en = edit.labelEn.trim();
  // English alone: the English name of the figure's indicator, made from an article's words and
  // named in Chinese only (`Urban renewal: 老旧燃气管网`); every figure of it then says it.
  const own = !zh && en ? indicatorOf?.(edit.indicator || figure.indicator) : undefined;
  const englishOnly = own !== undefined && !own.canonical && HAN.test(own.name.en);
  if (!zh && en && !englishOnly) return bad('labelZh', 'label-zh-missing');
  // No English typed: the glossary's, as the pipeline names what it makes, else the Chinese.
  const english = (name: string) => en || glossaryName(name, figure.unit) || name;
  if (englishOnly) {
    c.indicator = own.id;
    c.label = { zh: own.name.zh, en };
  } else if (zh) c.label = { zh, en: english(zh) };
  else if (edit.indicator && edit.indicator !== figure.indicator) c.indicator = edit.indicator;
  // 中小学 corrected to 与望谟县结对的中小学: an indicator the pipeline made from the figure's own words
  // (its id says so) is named by the corrected words, so the chart's title says them too (QA s13 B2).
  else if (c.subject && figure.indicator === `${figure.category}:${figure.subject}:${figure.unit}`) c.label = { zh: subject, en: english(subject) };

  if (edit.region && edit.region !== figure.region) c.region = edit.region;

  const start = edit.periodStart.trim();
  const end = edit.periodEnd.trim();
  if (!edit.periodLabel.trim()) return bad('periodLabel', 'period-label-empty');
  if (start && !isIsoDate(start)) return bad('periodStart', 'date-invalid');
  if (end && !isIsoDate(end)) return bad('periodEnd', 'date-invalid');
  if (start && end && start > end) return bad('periodEnd', 'date-order');
  const status = edit.status;
  const period: Period = { label: periodLabel(figure.period, edit.periodLabel, start, end, status), ...(start ? { start } : {}), ...(end ? { end } : {}) };
  const was = figure.period;
  if (period.label !== was.label || period.start !== was.start || period.end !== was.end) c.period = period;

  if (status !== (figure.status ?? 'result')) c.status = status;
  if (!edit.include) c.include = false;
  if (edit.checked && !figure.checked) c.checked = true;
  if (!edit.checked && figure.checked) c.checked = false;
  const note = edit.note.trim();
  if (note) c.note = note;

  const decided = Object.keys(c).some((k) => !['source', 'span', 'raw', 'file'].includes(k));
  return { ok: true, correction: decided ? c : null };
}

/**
 * The label of a corrected period. New dates under the article's old words (今年 over
 * 2025-01-01..09-30) would contradict each other, so while the editor has kept the old
 * label it is written anew from the dates (2025年1–9月); a label the editor typed is theirs.
 */
export function periodLabel(was: Period, label: string, start: string, end: string, status: Status = 'result'): string {
  const typed = label.trim();
  const datesChanged = (start || undefined) !== was.start || (end || undefined) !== was.end;
  if (typed !== was.label || !datesChanged || (!start && !end)) return typed;
  return formatPeriod({ label: typed, ...(start ? { start } : {}), ...(end ? { end } : {}) }, 'zh', status);
}

/**
 * `file` with `figure`'s correction replaced by `correction` (or removed, for null); a new
 * object, corrections in article then span order so that exports diff well.
 */
export const withCorrection = (file: CorrectionsFile, source: Source, figure: Observation, correction: Correction | null): CorrectionsFile =>
  withEntry(file, source.sha256, figure.span, correction);

/** `file` with the entry of the figure at `span` of the article `sha256` replaced by `correction` (or removed, for null). */
export function withEntry(file: CorrectionsFile, sha256: string, span: readonly [number, number], correction: Correction | null): CorrectionsFile {
  const sha = sha256.toLowerCase();
  const others = file.corrections.filter((c) => !(c.source.toLowerCase() === sha && sameSpan(c.span, span)));
  const corrections = correction ? [...others, correction] : others;
  corrections.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.span[0] - b.span[0]));
  return { format: CORRECTIONS_FORMAT, corrections };
}

export type Applied = { ok: true; dataset: Dataset; report: CorrectionsReport } | { ok: false; message: string };

/** The dataset with the file applied; `knownRegion` resolves places the dataset lacks (the gazetteer). */
export function applyEdits(dataset: Dataset, file: CorrectionsFile, knownRegion: (id: string) => Region | undefined): Applied {
  try {
    return { ok: true, ...applyCorrections(dataset, file, knownRegion) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** The corrections file as people read and the CLI takes it (`data.corrections.json`). */
export const serializeCorrections = (file: CorrectionsFile): string => `${JSON.stringify(file, null, 2)}\n`;
