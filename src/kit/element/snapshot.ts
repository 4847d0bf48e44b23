/**
 * A chart's own copy of a dataset set from script, made before it is validated.
 *
 * The page keeps its object and may change it at any time; a chart validates and draws
 * the copy, so what was validated is what is drawn, until the property is set again
 * (which copies and validates again). The copy is bounded like validation is: each
 * collection's `length` is read once, and a collection longer than its DATASET_LIMITS
 * entry is not copied but stands in as an empty array of that length, which validation
 * then refuses without reading an item. Only the fields of the `livelihood/1` records
 * are copied (a record's extra fields are dropped); a field that is not what the schema
 * says is kept as found, for validation to report.
 */
import type { Dataset, LocalizedName, Observation, Period, Region, Skipped, Source, Category, Indicator } from '../../data/types.js';
import { DATASET_LIMITS } from '../../data/validate.js';

type Collection = Exclude<keyof Dataset, 'schema' | 'aliases'>;

/** Every field of each record type: typed, so a field added to types.ts must be added here. */
const FIELDS: { readonly [K in Collection]: readonly string[] } = {
  sources: keys<Source>({ id: 1, file: 1, title: 1, publisher: 1, published: 1, publishedFrom: 1, region: 1, url: 1, sha256: 1, bytes: 1 }),
  regions: keys<Region>({ id: 1, name: 1, level: 1, parent: 1, code: 1 }),
  categories: keys<Category>({ id: 1, name: 1 }),
  // `translation` says how the pipeline named an indicator; no chart reads it, so no copy carries it.
  indicators: keys<Omit<Indicator, 'translation'>>({ id: 1, name: 1, category: 1, unit: 1, kind: 1, canonical: 1, family: 1, measure: 1 }),
  observations: keys<Observation>({
    id: 1, indicator: 1, region: 1, source: 1, value: 1, qualifier: 1, unit: 1, raw: 1,
    subject: 1, category: 1, period: 1, span: 1, quote: 1, quoteSpan: 1, status: 1, flags: 1, checked: 1, corrected: 1,
  }),
  skipped: keys<Skipped>({ source: 1, raw: 1, reason: 1, span: 1, quote: 1 }),
};
const NAME = keys<LocalizedName>({ zh: 1, en: 1 });
const PERIOD = keys<Period>({ label: 1, start: 1, end: 1 });
/** Fields holding a record or a pair, and how each is copied. */
const NESTED: Record<string, (value: unknown) => unknown> = {
  name: (v) => pick(v, NAME),
  period: (v) => pick(v, PERIOD),
  span: pair,
  quoteSpan: pair,
  flags: words,
  corrected: words,
};
/** Longer word lists (flags, corrected fields) are kept as found (and refused by validation). */
const MAX_WORDS = 16;

function words(v: unknown): unknown {
  const length: unknown = Array.isArray(v) ? v.length : undefined;
  return typeof length === 'number' && length <= MAX_WORDS ? Array.from({ length }, (_, i) => (v as unknown[])[i]) : v;
}
/** The longest array a length can describe. */
const MAX_ARRAY_LENGTH = 2 ** 32 - 1;

function keys<T>(fields: { readonly [K in keyof T]-?: 1 }): string[] {
  return Object.keys(fields);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The listed fields of a record (absent ones stay absent); anything else as found. */
function pick(value: unknown, fields: readonly string[]): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = value[field];
    if (v !== undefined) out[field] = NESTED[field] ? NESTED[field]!(v) : v;
  }
  return out;
}

/** `[start, end]` copied; anything else (another length, not an array) as found. */
function pair(value: unknown): unknown {
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : value;
}

function collection(value: unknown, key: Collection): unknown {
  if (!Array.isArray(value)) return value;
  const length: unknown = value.length;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return value;
  if (length > DATASET_LIMITS[key]) {
    const standIn: unknown[] = [];
    standIn.length = Math.min(length, MAX_ARRAY_LENGTH);
    return standIn;
  }
  const fields = FIELDS[key];
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) out[i] = pick(value[i], fields);
  return out;
}

/** The copy to validate; throws what a getter or Proxy of the input throws. */
export function snapshotDataset(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = { schema: input.schema };
  for (const key of Object.keys(FIELDS) as Collection[]) out[key] = collection(input[key], key);
  if (input.aliases !== undefined) out.aliases = renames(input.aliases);
  return out;
}

/** `aliases`: its renamed indicators' old → new ids copied, within the indicators' limit; anything else as found. */
function renames(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.indicators)) return value;
  const entries = Object.entries(value.indicators);
  return { indicators: entries.length > DATASET_LIMITS.indicators ? value.indicators : Object.fromEntries(entries) };
}
