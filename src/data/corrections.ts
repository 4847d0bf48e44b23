/**
 * An editor's decisions about figures, kept beside the dataset in a corrections file so
 * that they survive rebuilds (docs/corrections.md). Each correction names its figure by
 * what does not change when the pipeline does: the article's SHA-256 and the figure's
 * span in it (and the figure as written, to check). It may set the figure's subject,
 * label, indicator, place, period or status, leave it out (`include: false`), or mark
 * it checked.
 *
 * Applying is pure (no file system), so the CLI and the browser studio share it. A
 * correction whose figure is no longer there (the article changed) is returned as
 * stale, by name, never dropped silently; two corrections of one figure are an error.
 */
import { aliasEntries, keptAliases, withAliases, withoutAliases } from './aliases.js';
import { isIsoDate } from './iso-date.js';
import {
  STATUSES,
  type Correctable,
  type Dataset,
  type Indicator,
  type LocalizedName,
  type Observation,
  type Period,
  type Region,
  type Skipped,
  type Status,
} from './types.js';

export const CORRECTIONS_FORMAT = 'livelihood-corrections/1' as const;

export interface Correction {
  /** SHA-256 of the article file (the dataset's `sources[].sha256`). */
  source: string;
  /** The figure's [start, end) offsets in the article, as in the dataset. */
  span: [number, number];
  /** The figure as written (`956个`): checked against the dataset, and how reports name it. */
  raw: string;
  /** The article's file name, for people reading the file. */
  file?: string;
  subject?: string;
  /** A name of its own for what the figure counts: a new indicator, in both languages. */
  label?: LocalizedName;
  /** An indicator id of the dataset (or a new one, with `label`). */
  indicator?: string;
  /** A region id the dataset or the gazetteer knows. */
  region?: string;
  period?: Period;
  status?: Status;
  /** `false`: not a figure; it is kept among the skipped numerals (`excluded_by_editor`). */
  include?: boolean;
  checked?: boolean;
  /** Why, for the next editor. */
  note?: string;
}

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  corrections: Correction[];
}

export class CorrectionsError extends Error {
  override readonly name = 'CorrectionsError';
}

/** A Chinese character: an English name holding one is no translation. */
const HAN = /\p{Script=Han}/u;
const KEYS = new Set(['source', 'span', 'raw', 'file', 'subject', 'label', 'indicator', 'region', 'period', 'status', 'include', 'checked', 'note']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Reads a corrections file's JSON strictly; `where` names the file in messages. */
export function parseCorrections(json: unknown, where: string): CorrectionsFile {
  const fail = (path: string, what: string): never => {
    throw new CorrectionsError(`${where}: ${path ? `${path}: ` : ''}${what}`);
  };
  if (!isRecord(json)) fail('', 'expected an object {format, corrections}');
  const file = json as Record<string, unknown>;
  if (file.format !== CORRECTIONS_FORMAT) fail('format', `expected "${CORRECTIONS_FORMAT}", found ${JSON.stringify(file.format)}`);
  if (!Array.isArray(file.corrections)) fail('corrections', 'expected an array');
  const corrections = (file.corrections as unknown[]).map((c, i): Correction => {
    const at = `corrections[${i}]`;
    if (!isRecord(c)) return fail(at, 'expected an object');
    const unknown = Object.keys(c).find((k) => !KEYS.has(k));
    if (unknown) fail(`${at}.${unknown}`, `unknown field (fields: ${[...KEYS].join(', ')})`);
    if (typeof c.source !== 'string' || !/^[0-9a-f]{64}$/i.test(c.source)) fail(`${at}.source`, 'expected the article\'s SHA-256, 64 hex digits');
    const span = c.span;
    if (!Array.isArray(span) || span.length !== 2 || !span.every(Number.isInteger) || span[0] < 0 || span[0] >= span[1]) {
      fail(`${at}.span`, 'expected [start, end] offsets, 0 <= start < end');
    }
    if (!isText(c.raw)) fail(`${at}.raw`, 'expected the figure as written');
    for (const key of ['file', 'subject', 'indicator', 'region', 'note'] as const) {
      if (c[key] !== undefined && !isText(c[key])) fail(`${at}.${key}`, 'expected a non-empty string');
    }
    if (c.label !== undefined && !(isRecord(c.label) && isText(c.label.zh) && isText(c.label.en))) {
      fail(`${at}.label`, 'expected {zh, en}, both non-empty');
    }
    if (c.period !== undefined) {
      const p = c.period;
      if (!isRecord(p) || !isText(p.label)) fail(`${at}.period`, 'expected {label, start?, end?}');
      const { start, end } = p as Record<string, unknown>;
      if (start !== undefined && !isIsoDate(start)) fail(`${at}.period.start`, 'expected a date YYYY-MM-DD');
      if (end !== undefined && !isIsoDate(end)) fail(`${at}.period.end`, 'expected a date YYYY-MM-DD');
      if (typeof start === 'string' && typeof end === 'string' && start > end) fail(`${at}.period`, 'start is after end');
    }
    if (c.status !== undefined && !(STATUSES as readonly unknown[]).includes(c.status)) {
      fail(`${at}.status`, `expected one of ${STATUSES.join(', ')}`);
    }
    for (const key of ['include', 'checked'] as const) {
      if (c[key] !== undefined && typeof c[key] !== 'boolean') fail(`${at}.${key}`, 'expected true or false');
    }
    return c as unknown as Correction;
  });
  return { format: CORRECTIONS_FORMAT, corrections };
}

/** How a correction is named in reports: `004-….txt 956个 at 1234–1238`. */
export function describeCorrection(c: Correction): string {
  return `${c.file ?? c.source.slice(0, 12)} ${c.raw} at ${c.span[0]}–${c.span[1]}`;
}

export interface CorrectionsReport {
  /** Corrections that found their figure. */
  applied: number;
  checked: number;
  excluded: number;
  /** Corrections whose figure is not in the dataset any more, each with why. */
  stale: { correction: Correction; reason: string }[];
}

/**
 * The dataset with `corrections` applied (a new object; the input is not changed), and
 * what happened to each. `knownRegion` resolves a region id the dataset does not hold yet
 * (the gazetteer, in the CLI); without it only the dataset's regions may be named.
 */
export function applyCorrections(
  dataset: Dataset,
  file: CorrectionsFile,
  knownRegion: (id: string) => Region | undefined = () => undefined,
): { dataset: Dataset; report: CorrectionsReport } {
  const bySha = new Map(dataset.sources.map((s) => [s.sha256.toLowerCase(), s]));
  const key = (source: string, span: readonly [number, number]) => `${source}\u0000${span[0]}\u0000${span[1]}`;
  const figures = new Map(dataset.observations.map((o) => [key(o.source, o.span), o]));
  const excludedBefore = new Set(dataset.skipped.filter((s) => s.reason === 'excluded_by_editor').map((s) => key(s.source, s.span)));
  const regions = new Map(dataset.regions.map((r) => [r.id, r]));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const replaced = new Map<Observation, Observation | null>();
  const report: CorrectionsReport = { applied: 0, checked: 0, excluded: 0, stale: [] };
  const seen = new Map<string, Correction>();

  for (const c of file.corrections) {
    const source = bySha.get(c.source.toLowerCase());
    if (!source) {
      report.stale.push({ correction: c, reason: 'no article with this SHA-256 is in the dataset (changed or not built)' });
      continue;
    }
    const named = { ...c, file: c.file ?? source.file };
    const k = key(source.id, c.span);
    const earlier = seen.get(k);
    if (earlier) {
      throw new CorrectionsError(`${describeCorrection(named)}: corrected twice (also ${describeCorrection({ ...earlier, file: named.file })}); keep one`);
    }
    seen.set(k, c);
    const o = figures.get(k);
    if (!o) {
      // Left out by this very correction in an earlier run (`add` reads a corrected dataset).
      if (c.include === false && excludedBefore.has(k)) {
        report.applied++;
        report.excluded++;
      } else report.stale.push({ correction: named, reason: 'no figure has this span now (the article or the pipeline changed)' });
      continue;
    }
    if (o.raw !== c.raw) {
      report.stale.push({ correction: named, reason: `the figure at this span now reads ${o.raw}` });
      continue;
    }
    report.applied++;
    if (c.include === false) {
      report.excluded++;
      replaced.set(o, null);
      continue;
    }
    const next = correct(o, c, named, regions, indicators, knownRegion);
    if (next.checked) report.checked++;
    replaced.set(o, next);
  }

  const observations: Observation[] = [];
  const excluded: Skipped[] = [];
  for (const o of dataset.observations) {
    const r = replaced.get(o);
    if (r === null) excluded.push({ source: o.source, raw: o.raw, reason: 'excluded_by_editor', span: o.span, quote: o.quote });
    else observations.push(r ?? o);
  }
  const bySpan = (a: { source: string; span: [number, number] }, b: { source: string; span: [number, number] }) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.span[0] - b.span[0];
  // Only what the observations use: an indicator renamed away from is dropped, a new one added.
  const used = new Set(observations.map((o) => o.indicator));
  const usedRegions = regionsWithAncestors(observations, dataset, regions);
  const usedCategories = new Set([...used].map((id) => indicators.get(id)!.category));
  return {
    dataset: {
      ...withoutAliases(dataset),
      regions: [...regions.values()].filter((r) => usedRegions.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      categories: dataset.categories.filter((c) => usedCategories.has(c.id)),
      indicators: [...indicators.values()].filter((i) => used.has(i.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      // Only renames to an indicator still there (and from one no longer there).
      ...withAliases(keptAliases(aliasEntries(dataset.aliases), used)),
      observations,
      skipped: [...dataset.skipped, ...excluded].sort(bySpan),
    },
    report,
  };
}

function correct(
  o: Observation,
  c: Correction,
  named: Correction,
  regions: Map<string, Region>,
  indicators: Map<string, Indicator>,
  knownRegion: (id: string) => Region | undefined,
): Observation {
  const changed = new Set<Correctable>(o.corrected ?? []);
  const next: Observation = { ...o };
  if (c.subject !== undefined && c.subject !== o.subject) {
    next.subject = c.subject;
    changed.add('subject');
  }
  if (c.indicator !== undefined || c.label !== undefined) {
    const id = c.indicator ?? `${o.category}:${c.label!.zh}:${o.unit}`;
    let indicator = indicators.get(id);
    if (!indicator) {
      if (!c.label) throw new CorrectionsError(`${describeCorrection(named)}: indicator "${id}" is not in the dataset; give a label {zh, en} to make it`);
      indicator = { id, name: c.label, category: o.category, unit: o.unit, kind: indicators.get(o.indicator)!.kind, canonical: false };
      indicators.set(id, indicator);
    } else if (c.label && (indicator.name.zh !== c.label.zh || indicator.name.en !== c.label.en)) {
      // An indicator made from an article's words with no English yet (its English name is its Chinese
      // words) takes the English a label gives it under its own Chinese name: all its figures say it.
      if (indicator.canonical || indicator.name.zh !== c.label.zh || !HAN.test(indicator.name.en)) {
        throw new CorrectionsError(`${describeCorrection(named)}: indicator "${id}" is named ${indicator.name.zh} / ${indicator.name.en} already; a label renames only a new indicator, or gives English to one that has none`);
      }
      indicator = { ...indicator, name: c.label };
      indicators.set(id, indicator);
    }
    if (indicator.id !== o.indicator) {
      next.indicator = indicator.id;
      next.category = indicator.category;
      changed.add('indicator');
    }
  }
  if (c.region !== undefined && c.region !== o.region) {
    const region = regions.get(c.region) ?? knownRegion(c.region);
    if (!region) throw new CorrectionsError(`${describeCorrection(named)}: unknown region "${c.region}"`);
    for (let r: Region | undefined = region; r && !regions.has(r.id); r = r.parent ? knownRegion(r.parent) : undefined) regions.set(r.id, r);
    next.region = region.id;
    changed.add('region');
  }
  if (c.period !== undefined) {
    const period: Period = { label: c.period.label, ...(c.period.start ? { start: c.period.start } : {}), ...(c.period.end ? { end: c.period.end } : {}) };
    if (JSON.stringify(period) !== JSON.stringify(o.period)) {
      next.period = period;
      changed.add('period');
    }
  }
  if (c.status !== undefined && c.status !== (o.status ?? 'result')) {
    next.status = c.status;
    changed.add('status');
  }
  // What an editor set is no longer a guess: the flags it answers go.
  if (next.flags) {
    const answered = new Set<string>([
      ...(changed.has('subject') || changed.has('indicator') ? ['subject_unclear'] : []),
      ...(changed.has('region') ? ['place_inferred'] : []),
      ...(changed.has('period') ? ['period_unstated'] : []),
      ...(c.checked ? ['subject_unclear', 'place_inferred', 'period_unstated'] : []),
    ]);
    const flags = next.flags.filter((f) => !answered.has(f));
    if (flags.length) next.flags = flags;
    else delete next.flags;
  }
  if (changed.size) next.corrected = [...changed];
  if (c.checked !== undefined) next.checked = c.checked;
  return next;
}

/** Ids of the regions observations use, sources name, and their ancestors. */
function regionsWithAncestors(observations: readonly Observation[], dataset: Dataset, regions: Map<string, Region>): Set<string> {
  const used = new Set<string>();
  const add = (id: string | undefined) => {
    for (let r = id ? regions.get(id) : undefined; r && !used.has(r.id); r = r.parent ? regions.get(r.parent) : undefined) used.add(r.id);
  };
  for (const o of observations) add(o.region);
  for (const s of dataset.sources) add(s.region);
  return used;
}
