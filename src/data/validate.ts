/**
 * Runtime validation of a `livelihood/1` dataset that came from outside the program
 * (a fetched URL, a `dataset` property set from script, a file on disk).
 *
 * Pure and dependency-free, so chart components can run it in the browser on every
 * outside dataset. It only reads: the input is never mutated and nothing is coerced; on
 * success the very same object is returned, typed — or, for a hand-made dataset that
 * leaves out provenance (no sha256, spans or quotes), a completed copy (hand-made.ts).
 * Unknown extra fields are allowed (forward compatible).
 *
 * Every issue names a path (`observations[12].value`) and says what was expected and
 * what was found; found values are shown JSON-ish and clipped, so hostile input cannot
 * flood a message. Collection stops after MAX_ISSUES issues (the rest are counted).
 *
 * Work is bounded by DATASET_LIMITS: a collection longer than its limit, or a string
 * longer than `stringChars`, is an issue, and a collection over its limit is not walked
 * at all. Each collection's `length` is read once and must be a plain array length, so
 * a sparse array (`skipped.length = 1e8`) or a Proxy reporting a length of 1e9 is
 * refused at once instead of iterated.
 *
 * The checks are tables: one `Fields<T>` per record type (typed against types.ts, so
 * a field added there fails to compile here until it is checked) and one list of
 * references between collections.
 */
import { completeDataset, type DatasetInput } from './hand-made.js';
import { formatIssue, type ValidationIssue } from './issue.js';
import { isIsoDate } from './iso-date.js';
import {
  CORRECTABLES,
  FLAGS,
  INDICATOR_KINDS,
  MEASURES,
  QUALIFIERS,
  REGION_LEVELS,
  SCHEMA,
  SKIP_REASONS,
  STATUSES,
  TRANSLATIONS,
  type Dataset,
  type Source,
} from './types.js';

export { formatIssue, type ValidationIssue };

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; issues: ValidationIssue[] };

/** Issues collected before validation stops listing them (the rest are counted). */
export const MAX_ISSUES = 100;
/**
 * The most a dataset may hold; validation refuses more, with an issue naming the
 * collection (or string) and the limit. Real datasets hold hundreds of records; the
 * limits leave room for corpora a thousand times larger while keeping validation (and
 * a chart's work) to well under a second in a browser.
 */
export const DATASET_LIMITS = {
  sources: 20_000,
  regions: 50_000,
  categories: 1_000,
  indicators: 200_000,
  observations: 200_000,
  skipped: 500_000,
  /** Characters in any one string (a quote, a name, a unit …). */
  stringChars: 100_000,
};

export type DatasetLimits = typeof DATASET_LIMITS;

/**
 * Limits for a dataset the CLI builds from an archive (thousands of articles): the
 * collection limits are for what a browser is handed; on disk, memory is the bound.
 */
export const ARCHIVE_LIMITS: DatasetLimits = {
  ...DATASET_LIMITS,
  sources: 1_000_000,
  indicators: 10_000_000,
  observations: 50_000_000,
  skipped: 100_000_000,
};

/** The limits of the validation running now (validation is synchronous: one at a time). */
let limits: DatasetLimits = DATASET_LIMITS;

/** Found values are shown clipped to about this many characters. */
const PREVIEW_CHARS = 40;
/** Issues spelled out in a DatasetError message. */
const ERROR_SHOWN = 3;

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly issues: ValidationIssue[];

  /** `omitted`: issues beyond MAX_ISSUES that were counted but not listed. */
  constructor(issues: ValidationIssue[], omitted = 0) {
    const shown = issues.slice(0, ERROR_SHOWN);
    // When issues were cut, the last listed issue is the "stopped after" note.
    const listed = omitted > 0 ? issues.length - 1 : issues.length;
    const more = listed - shown.length + omitted;
    super(
      (shown.map(formatIssue).join('; ') || 'invalid dataset') +
        (more > 0 ? ` (and ${more} more)` : ''),
    );
    this.issues = issues;
  }
}

export function validateDataset(input: unknown, within: DatasetLimits = DATASET_LIMITS): ValidationResult {
  const { issues, omitted } = collect(input, within);
  if (issues.length === 0) return { ok: true, dataset: completeDataset(input as DatasetInput) };
  return { ok: false, issues: withOmitted(issues, omitted) };
}

/** Returns the input, typed, or throws a DatasetError listing what is wrong. */
export function assertDataset(input: unknown, within: DatasetLimits = DATASET_LIMITS): Dataset {
  const { issues, omitted } = collect(input, within);
  if (issues.length === 0) return completeDataset(input as DatasetInput);
  throw new DatasetError(withOmitted(issues, omitted), omitted);
}

function withOmitted(issues: ValidationIssue[], omitted: number): ValidationIssue[] {
  if (omitted === 0) return issues;
  return [...issues, { path: '', message: `stopped after ${issues.length} issues; ${omitted} more not listed` }];
}

// ---------------------------------------------------------------------------
// Showing found values

/** A found value, JSON-ish and clipped: `"abc"`, `NaN`, `nothing`, `{"zh":"…`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value, PREVIEW_CHARS, true);
  if (value === null || typeof value !== 'object') return scalar(value);
  const text = sketch(value, PREVIEW_CHARS, 0);
  const clipped = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
  return Array.isArray(value) && text.length > PREVIEW_CHARS
    ? `${clipped} (${value.length} items)`
    : clipped;
}

function quote(s: string, max: number, sayLength: boolean): string {
  if (s.length <= max) return JSON.stringify(s);
  // Do not cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1] ?? '') ? max - 1 : max;
  const head = JSON.stringify(s.slice(0, cut));
  return `${head.slice(0, -1)}…"${sayLength ? ` (${s.length} chars)` : ''}`;
}

function scalar(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  return String(v);
}

/** JSON-ish text of an object or array, giving up once it is longer than `room`. */
function sketch(v: unknown, room: number, depth: number): string {
  if (typeof v === 'string') return quote(v, room, false);
  if (v === null || typeof v !== 'object') return v === undefined ? 'undefined' : scalar(v);
  const isArray = Array.isArray(v);
  if (depth > 1) return isArray ? '[…]' : '{…}';
  let out = isArray ? '[' : '{';
  let first = true;
  const add = (prefix: string, item: unknown): boolean => {
    out += (first ? '' : ',') + prefix + sketch(item, room - out.length, depth + 1);
    first = false;
    return out.length <= room;
  };
  if (isArray) {
    for (let i = 0; i < v.length; i++) if (!add('', v[i])) return out;
  } else {
    const record = v as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      if (!add(`${quote(key, room, false)}:`, record[key])) return out;
    }
  }
  return out + (isArray ? ']' : '}');
}

// ---------------------------------------------------------------------------
// Collecting issues

class Collector {
  readonly issues: ValidationIssue[] = [];
  omitted = 0;

  /** True when another issue may be listed; otherwise counts it as omitted. */
  room(): boolean {
    if (this.issues.length < MAX_ISSUES) return true;
    this.omitted++;
    return false;
  }

  add(path: string, message: string): void {
    if (this.room()) this.issues.push({ path, message });
  }
}

/**
 * Where the walk is: `collection[index].field`. Paths and messages are only built
 * when there is an issue, so a valid dataset costs no string work.
 */
class Cursor {
  collection = '';
  index = -1;
  field = '';

  constructor(readonly out: Collector) {}

  path(sub = ''): string {
    const row = this.index >= 0 ? `${this.collection}[${this.index}]` : this.collection;
    return this.field ? `${row}.${this.field}${sub}` : `${row}${sub}`;
  }

  /** Reports `expected <what>, got <found>` at the current path plus `sub`. */
  expected(what: string, found: unknown, sub = ''): void {
    if (this.out.room()) {
      this.out.issues.push({ path: this.path(sub), message: `expected ${what}, got ${describeValue(found)}` });
    }
  }

  say(message: string, sub = ''): void {
    if (this.out.room()) this.out.issues.push({ path: this.path(sub), message });
  }
}

// ---------------------------------------------------------------------------
// Field checkers

/** Checks one field value; reports through the cursor, which points at the field. */
type Check = (value: unknown, at: Cursor) => void;

/** A simple predicate with its description, composable with `nullable`/`optional`. */
interface Rule {
  readonly what: string;
  readonly test: (value: unknown) => boolean;
}

const rule = (what: string, test: (value: unknown) => boolean): Rule => ({ what, test });
const nullable = (r: Rule): Rule => rule(`${r.what} or null`, (v) => v === null || r.test(v));
/** Absent is fine; present must pass. */
const optional = (r: Rule): Rule => rule(r.what, (v) => v === undefined || r.test(v));

/** A string over DATASET_LIMITS.stringChars: reported at the cursor plus `sub`; true when reported. */
function tooLong(value: unknown, at: Cursor, sub = ''): boolean {
  if (typeof value !== 'string' || value.length <= limits.stringChars) return false;
  at.say(`expected at most ${limits.stringChars} characters, got a string of ${value.length}`, sub);
  return true;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);


function oneOf(values: readonly string[]): Rule {
  const allowed = new Set(values);
  return rule(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => typeof v === 'string' && allowed.has(v));
}

const STRING = rule('a string', (v) => typeof v === 'string');
const TEXT = rule('a non-empty string', (v) => typeof v === 'string' && v !== '');
const ID = rule('a non-empty id string', (v) => typeof v === 'string' && v !== '');
const FINITE = rule('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));
const COUNT = rule('a non-negative integer', (v) => Number.isInteger(v) && (v as number) >= 0);
const BOOLEAN = rule('true or false', (v) => typeof v === 'boolean');
const DATE = rule('a date YYYY-MM-DD', isIsoDate);
// '' is what a completed hand-made dataset holds: no file was read (hand-made.ts).
const SHA256 = rule('64 hex digits (or "" when no file was read)', (v) => typeof v === 'string' && (v === '' || /^[0-9a-f]{64}$/i.test(v)));
const SPAN = rule(
  '[start, end] integers with 0 <= start <= end',
  (v) =>
    Array.isArray(v) &&
    v.length === 2 &&
    Number.isInteger(v[0]) &&
    Number.isInteger(v[1]) &&
    v[0] >= 0 &&
    v[0] <= v[1],
);

/** An optional list of words from `values`, each at most once (flags, corrected fields). */
function wordList(values: readonly string[], noun: string): Check {
  const word = oneOf(values);
  return (v, at) => {
    if (v === undefined) return;
    if (!Array.isArray(v)) return at.expected(`an array of ${noun}s`, v);
    const length: unknown = v.length;
    if (typeof length !== 'number' || length > values.length) return at.expected(`at most ${values.length} ${noun}s`, v);
    const seen = new Set<unknown>();
    for (let i = 0; i < length; i++) {
      const item = v[i];
      if (!word.test(item)) at.expected(word.what, item, `[${i}]`);
      else if (seen.has(item)) at.say(`duplicate ${noun} ${describeValue(item)}`, `[${i}]`);
      seen.add(item);
    }
  };
}

/** Source['publishedFrom'] has no exported vocabulary in types.ts; typed so it cannot drift. */
const PUBLISHED_FROM: Record<Source['publishedFrom'], true> = { text: true, manifest: true, editor: true, unknown: true };

const localizedName: Check = (v, at) => {
  if (!isRecord(v)) return at.expected('an object {zh, en}', v);
  if (typeof v.zh !== 'string') at.expected('a string', v.zh, '.zh');
  else tooLong(v.zh, at, '.zh');
  if (typeof v.en !== 'string') at.expected('a string', v.en, '.en');
  else tooLong(v.en, at, '.en');
};

const period: Check = (v, at) => {
  if (!isRecord(v)) return at.expected('an object {label, start?, end?}', v);
  if (!TEXT.test(v.label)) at.expected(TEXT.what, v.label, '.label');
  else tooLong(v.label, at, '.label');
  const { start, end } = v;
  const startOk = isIsoDate(start);
  const endOk = isIsoDate(end);
  if (start !== undefined && !startOk) at.expected(DATE.what, start, '.start');
  if (end !== undefined && !endOk) at.expected(DATE.what, end, '.end');
  // ISO dates compare as strings.
  if (startOk && endOk && (end as string) < (start as string)) {
    at.expected(`a date on or after start "${start}"`, end, '.end');
  }
};

// ---------------------------------------------------------------------------
// The tables

/** One checker per field of T, optional fields included. */
type Fields<T> = { readonly [K in keyof T]-?: Rule | Check };
type Row<K extends RecordKey> = Dataset[K][number];
type RecordKey = Exclude<keyof Dataset, 'schema' | 'aliases'>;
type IdKey = 'sources' | 'regions' | 'categories' | 'indicators' | 'observations';

interface Shape {
  /** Field names and their checks, in table order: a rule's test and description, or a check. */
  readonly keys: string[];
  readonly tests: (Rule['test'] | undefined)[];
  readonly whats: string[];
  readonly checks: (Check | undefined)[];
  /** Ids must be unique within the collection. */
  readonly unique: boolean;
  /** Checks across fields of one record, after the fields themselves. */
  readonly across?: (row: Record<string, unknown>, at: Cursor) => void;
}

function shape<T>(fields: Fields<T>, unique: boolean, across?: Shape['across']): Shape {
  const keys = Object.keys(fields);
  const all = keys.map((k): Rule | Check => fields[k as keyof T]);
  return {
    keys,
    tests: all.map((c) => (typeof c === 'function' ? undefined : c.test)),
    whats: all.map((c) => (typeof c === 'function' ? '' : c.what)),
    checks: all.map((c) => (typeof c === 'function' ? c : undefined)),
    unique,
    ...(across ? { across } : {}),
  };
}

const SHAPES: { readonly [K in RecordKey]: Shape } = {
  // Provenance fields (PROVENANCE) are optional here and required below of what the
  // pipeline built: a source with a sha256, and the figures from it.
  sources: shape<Row<'sources'>>(
    {
      id: ID,
      file: optional(TEXT),
      title: STRING,
      publisher: optional(nullable(STRING)),
      published: optional(nullable(DATE)),
      publishedFrom: optional(oneOf(Object.keys(PUBLISHED_FROM))),
      region: ID,
      url: optional(nullable(STRING)),
      sha256: optional(SHA256),
      bytes: optional(COUNT),
    },
    true,
  ),
  regions: shape<Row<'regions'>>(
    { id: ID, name: localizedName, level: oneOf(REGION_LEVELS), parent: optional(ID), code: optional(TEXT) },
    true,
  ),
  categories: shape<Row<'categories'>>({ id: ID, name: localizedName }, true),
  indicators: shape<Row<'indicators'>>(
    {
      id: ID,
      name: localizedName,
      category: ID,
      unit: STRING,
      kind: oneOf(INDICATOR_KINDS),
      canonical: BOOLEAN,
      family: optional(ID),
      measure: optional(oneOf(MEASURES)),
      translation: optional(oneOf(TRANSLATIONS)),
    },
    true,
  ),
  observations: shape<Row<'observations'>>(
    {
      id: ID,
      indicator: ID,
      region: ID,
      source: ID,
      value: FINITE,
      qualifier: optional(oneOf(QUALIFIERS)),
      unit: STRING,
      raw: optional(TEXT),
      subject: optional(STRING),
      category: optional(ID),
      period,
      span: optional(SPAN),
      quote: optional(STRING),
      quoteSpan: optional(SPAN),
      status: optional(oneOf(STATUSES)),
      flags: wordList(FLAGS, 'flag'),
      checked: optional(BOOLEAN),
      corrected: wordList(CORRECTABLES, 'corrected field'),
    },
    true,
    (row, at) => {
      const { quote: text, quoteSpan } = row;
      if (typeof text === 'string' && SPAN.test(quoteSpan) && (quoteSpan as number[])[1]! > text.length) {
        at.field = 'quoteSpan';
        at.expected(`a span within quote (length ${text.length})`, quoteSpan);
      }
    },
  ),
  skipped: shape<Row<'skipped'>>(
    { source: ID, raw: TEXT, reason: oneOf(SKIP_REASONS), span: SPAN, quote: STRING },
    false,
  ),
};

/** Collections in the order they are checked and reported. */
const COLLECTIONS = Object.keys(SHAPES) as RecordKey[];

/**
 * Provenance: what the pipeline records and a person typing a dataset leaves out. Required
 * of a source with a `sha256` (the pipeline read its file) and of every figure from one.
 */
const PROVENANCE = {
  sources: ['file', 'publisher', 'published', 'publishedFrom', 'url', 'bytes'],
  observations: ['qualifier', 'raw', 'subject', 'category', 'span', 'quote', 'quoteSpan'],
} as const;

/** Collections a hand-made dataset may leave out: none of its numerals were skipped. */
const OPTIONAL_COLLECTIONS: ReadonlySet<RecordKey> = new Set(['skipped']);

interface Reference {
  readonly field: string;
  readonly to: Exclude<IdKey, 'observations'>;
}
const ref = <K extends RecordKey>(
  field: keyof Row<K> & string,
  to: Reference['to'],
): Reference => ({ field, to });

/** Which fields refer to ids in which collection. */
const REFERENCES: { readonly [K in RecordKey]: readonly Reference[] } = {
  sources: [ref<'sources'>('region', 'regions')],
  regions: [ref<'regions'>('parent', 'regions')],
  categories: [],
  indicators: [ref<'indicators'>('category', 'categories')],
  observations: [
    ref<'observations'>('indicator', 'indicators'),
    ref<'observations'>('region', 'regions'),
    ref<'observations'>('source', 'sources'),
    ref<'observations'>('category', 'categories'),
  ],
  skipped: [ref<'skipped'>('source', 'sources')],
};

const SINGULAR: { readonly [K in Reference['to']]: string } = {
  sources: 'source',
  regions: 'region',
  categories: 'category',
  indicators: 'indicator',
};

// ---------------------------------------------------------------------------
// The walk

function collect(input: unknown, within: DatasetLimits): Collector {
  const out = new Collector();
  const at = new Cursor(out);
  limits = within;
  try {
    walk(input, at);
  } catch (error) {
    // A getter or proxy in script-provided data threw; report it instead of breaking the page.
    const what = error instanceof Error ? error.message : error;
    at.say(`could not be read: ${describeValue(what)}`);
  } finally {
    limits = DATASET_LIMITS;
  }
  return out;
}

/** A collection and its length, read once and within its limit. */
interface Rows {
  readonly list: readonly unknown[];
  readonly length: number;
}

function walk(input: unknown, at: Cursor): void {
  const out = at.out;
  if (!isRecord(input)) return at.expected('a dataset object', input);
  if (input.schema !== SCHEMA) {
    // Another schema's shape is unknown: further issues would only be noise.
    return out.add('schema', `expected ${JSON.stringify(SCHEMA)}, got ${describeValue(input.schema)}`);
  }

  const rows: Partial<Record<RecordKey, Rows>> = {};
  for (const key of COLLECTIONS) {
    const value = input[key];
    if (value === undefined && OPTIONAL_COLLECTIONS.has(key)) continue;
    if (!Array.isArray(value)) {
      out.add(key, `expected an array, got ${describeValue(value)}`);
      continue;
    }
    // Read once: a Proxy may answer differently each time.
    const length: unknown = value.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      out.add(key, `expected an array with a length, got a length of ${describeValue(length)}`);
    } else if (length > limits[key]) {
      out.add(key, `expected at most ${limits[key]} items, got ${length}`);
    } else rows[key] = { list: value, length };
  }

  const ids: Partial<Record<IdKey, Map<string, number>>> = {};
  for (const key of COLLECTIONS) {
    const list = rows[key];
    if (list) {
      const seen = checkRows(key, list, SHAPES[key], at);
      if (seen) ids[key as IdKey] = seen;
    }
  }

  for (const key of COLLECTIONS) {
    const list = rows[key];
    if (list && REFERENCES[key].length > 0) checkReferences(key, list, REFERENCES[key], ids, at);
  }

  if (input.aliases !== undefined) checkAliases(input.aliases, ids.indicators, at);
  const regions = rows.regions;
  if (regions && ids.regions) checkParentCycles(regions, ids.regions, at);
  if (rows.sources) checkProvenance(rows.sources, rows.observations, at);
}

/**
 * `aliases`: `{ indicators: { old id: new id } }`, each new id an indicator of the dataset and
 * each old id none of its own (an id the dataset knows is never redirected; no chains).
 */
function checkAliases(aliases: unknown, indicators: Map<string, number> | undefined, at: Cursor): void {
  at.collection = 'aliases';
  if (!isRecord(aliases)) return void at.expected('an object of renamed ids ({"indicators": {"old id": "new id"}})', aliases);
  const renamed = aliases.indicators;
  at.field = 'indicators';
  if (renamed === undefined) return;
  if (!isRecord(renamed)) return void at.expected('an object of old id → new id', renamed);
  const entries = Object.entries(renamed);
  if (entries.length > limits.indicators) return void at.say(`expected at most ${limits.indicators} renamed ids, got ${entries.length}`);
  for (const [from, to] of entries) {
    const sub = `[${JSON.stringify(from.slice(0, PREVIEW_CHARS))}]`;
    if (from === '' || tooLong(from, at, sub)) at.expected('a non-empty old id', from, sub);
    else if (!ID.test(to)) at.expected('a new id (an indicator\'s id)', to, sub);
    else if (!tooLong(to, at, sub) && indicators) {
      if (!indicators.has(to as string)) at.say(`renames to indicator ${describeValue(to)}, which is not in indicators`, sub);
      if (indicators.has(from)) at.say(`renames indicator ${describeValue(from)}, which is still in indicators (an id the dataset holds is never redirected)`, sub);
    }
  }
  at.collection = '';
  at.field = '';
}

/** What the pipeline built carries its provenance; a hand-made record may leave it out. */
function checkProvenance(sources: Rows, observations: Rows | undefined, at: Cursor): void {
  const built = new Set<unknown>();
  const require = (key: 'sources' | 'observations', row: Record<string, unknown>, i: number, why: string) => {
    for (const field of PROVENANCE[key]) {
      if (row[field] !== undefined) continue;
      at.collection = key;
      at.index = i;
      at.field = field;
      at.say(`missing: ${why}; only a hand-made dataset may leave it out`);
    }
  };
  for (let i = 0; i < sources.length; i++) {
    const row = sources.list[i];
    if (!isRecord(row) || row.sha256 === undefined || row.sha256 === '') continue;
    built.add(row.id);
    require('sources', row, i, 'required of a source the pipeline read (it has a sha256)');
  }
  if (observations && built.size) {
    for (let i = 0; i < observations.length; i++) {
      const row = observations.list[i];
      if (isRecord(row) && built.has(row.source)) require('observations', row, i, 'required of a figure the pipeline found (its source has a sha256)');
    }
  }
  at.collection = '';
  at.index = -1;
  at.field = '';
}

/** Checks every field of every row; returns id → first index when ids are unique. */
function checkRows(key: RecordKey, { list, length }: Rows, s: Shape, at: Cursor): Map<string, number> | undefined {
  const seen = s.unique ? new Map<string, number>() : undefined;
  const { keys, tests, whats, checks, across } = s;
  at.collection = key;
  for (let i = 0; i < length; i++) {
    at.index = i;
    at.field = '';
    const row = list[i];
    if (!isRecord(row)) {
      at.expected('an object', row);
      continue;
    }
    for (let f = 0; f < keys.length; f++) {
      at.field = keys[f]!;
      const value = row[keys[f]!];
      const test = tests[f];
      if (test) {
        if (!test(value)) at.expected(whats[f]!, value);
        else tooLong(value, at);
      } else checks[f]!(value, at);
    }
    if (across) across(row, at);
    if (seen && ID.test(row.id)) {
      const id = row.id as string;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else {
        at.field = 'id';
        at.say(`duplicate id ${describeValue(id)} (first at ${key}[${first}])`);
      }
    }
  }
  at.collection = '';
  at.index = -1;
  at.field = '';
  return seen;
}

function checkReferences(
  key: RecordKey,
  { list, length }: Rows,
  refs: readonly Reference[],
  ids: Partial<Record<IdKey, Map<string, number>>>,
  at: Cursor,
): void {
  at.collection = key;
  for (let i = 0; i < length; i++) {
    const row = list[i];
    if (!isRecord(row)) continue;
    for (const { field, to } of refs) {
      const target = ids[to];
      const value = row[field];
      // Wrong types were reported already; a missing target collection too.
      if (!target || typeof value !== 'string' || value === '' || target.has(value)) continue;
      at.index = i;
      at.field = field;
      at.say(`refers to ${SINGULAR[to]} ${describeValue(value)}, which is not in ${to}`);
    }
  }
  at.collection = '';
  at.index = -1;
  at.field = '';
}

/** A region may not be its own ancestor. Linear: each region is walked once. */
function checkParentCycles({ list, length }: Rows, ids: Map<string, number>, at: Cursor): void {
  const parentOf = (index: number): number | undefined => {
    const row = list[index];
    const parent = isRecord(row) ? row.parent : undefined;
    return typeof parent === 'string' ? ids.get(parent) : undefined;
  };
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Uint8Array(length);
  const inCycle = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const path: number[] = [];
    let j: number | undefined = i;
    while (j !== undefined && state[j] === 0) {
      state[j] = ON_PATH;
      path.push(j);
      j = parentOf(j);
    }
    if (j !== undefined && state[j] === ON_PATH) {
      for (let k = path.indexOf(j); k < path.length; k++) inCycle[path[k]!] = 1;
    }
    for (const k of path) state[k] = DONE;
  }
  at.collection = 'regions';
  at.field = 'parent';
  for (let i = 0; i < length; i++) {
    if (!inCycle[i]) continue;
    at.index = i;
    const row = list[i] as Record<string, unknown>;
    at.say(`region ${describeValue(row.id)} is its own ancestor (parent ${describeValue(row.parent)})`);
  }
  at.collection = '';
  at.index = -1;
  at.field = '';
}
