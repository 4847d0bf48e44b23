/**
 * Property-based tests of the validator (fast-check): it never throws, whatever it is
 * given; it accepts every dataset valid by construction; and what it accepts has the
 * invariants charts rely on. Plus its size limits (DATASET_LIMITS), which bound its work
 * whatever an array claims as its length.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

import type { Dataset } from '../../src/data/types.js';
import { completeDataset, type DatasetInput } from '../../src/data/hand-made.js';
import { DATASET_LIMITS, validateDataset } from '../../src/data/validate.js';
import { mutate, mutation, validDataset } from '../browser/fixtures/arbitrary.js';
import { cpuMs } from './cpu-time.js';

// A fixed seed: the same cases every run, so CI does not pass or fail by chance.
fc.configureGlobal({ seed: 20261204 });

type Collection = Exclude<keyof Dataset, 'schema' | 'aliases'>;
const COLLECTIONS: Collection[] = ['sources', 'regions', 'categories', 'indicators', 'observations', 'skipped'];

/** What an accepted dataset guarantees; throws (an assertion) where it does not hold. */
function assertInvariants(d: Dataset): void {
  assert.equal(d.schema, 'livelihood/1');
  for (const key of COLLECTIONS) {
    assert.ok(Array.isArray(d[key]), `${key} is an array`);
    assert.ok(d[key].length <= DATASET_LIMITS[key], `${key} within its limit`);
  }
  const ids = (key: Exclude<Collection, 'skipped'>) => {
    const set = new Set(d[key].map((r) => r.id));
    assert.equal(set.size, d[key].length, `${key} ids are unique`);
    for (const id of set) assert.ok(typeof id === 'string' && id !== '');
    return set;
  };
  const regions = ids('regions');
  const categories = ids('categories');
  const sources = ids('sources');
  const indicators = ids('indicators');
  ids('observations');
  const long = (s: unknown) => typeof s === 'string' && s.length > DATASET_LIMITS.stringChars;
  for (const r of d.regions) {
    assert.ok(r.parent === undefined || regions.has(r.parent));
    assert.ok(!long(r.name.zh) && !long(r.name.en));
  }
  // No region is its own ancestor.
  const parent = new Map(d.regions.map((r) => [r.id, r.parent]));
  for (const r of d.regions) {
    const seen = new Set<string>();
    for (let up: string | undefined = r.id; up; up = parent.get(up)) {
      assert.ok(!seen.has(up), `cycle through ${up}`);
      seen.add(up);
    }
  }
  for (const s of d.sources) assert.ok(regions.has(s.region));
  for (const i of d.indicators) assert.ok(categories.has(i.category));
  for (const o of d.observations) {
    assert.ok(indicators.has(o.indicator) && regions.has(o.region) && sources.has(o.source) && categories.has(o.category));
    assert.ok(typeof o.value === 'number' && Number.isFinite(o.value));
    assert.ok(Number.isInteger(o.span[0]) && o.span[0] >= 0 && o.span[0] <= o.span[1]);
    assert.ok(o.quoteSpan[0] >= 0 && o.quoteSpan[0] <= o.quoteSpan[1] && o.quoteSpan[1] <= o.quote.length);
    assert.ok(typeof o.period.label === 'string' && o.period.label !== '');
    if (o.period.start && o.period.end) assert.ok(o.period.start <= o.period.end);
    for (const s of [o.unit, o.raw, o.quote, o.subject, o.period.label]) assert.ok(!long(s));
  }
  for (const s of d.skipped) assert.ok(sources.has(s.source));
}

/** Runs validation, failing the property if it throws; checks the result's shape. */
function validate(input: unknown) {
  const result = validateDataset(input);
  if (result.ok) {
    // The input itself, or for a hand-made dataset (provenance left out) a completed copy.
    const complete = completeDataset(input as DatasetInput);
    assert.equal(result.dataset === input, complete === input);
    assert.deepEqual(result.dataset, complete);
    assertInvariants(result.dataset);
  } else {
    assert.ok(result.issues.length > 0);
    for (const issue of result.issues) assert.ok(typeof issue.path === 'string' && typeof issue.message === 'string' && issue.message !== '');
  }
  return result;
}

test('property: any JSON value never makes the validator throw', () => {
  fc.assert(fc.property(fc.jsonValue(), (json) => void validate(json)), { numRuns: 400 });
});

test('property: any value at all (functions, symbols, bigints, null prototypes) never makes it throw', () => {
  fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (v) => void validate(v)), { numRuns: 300 });
  fc.assert(fc.property(fc.dictionary(fc.constantFrom(...COLLECTIONS, 'schema'), fc.anything({ withSparseArray: true })), (d) => void validate({ schema: 'livelihood/1', ...d })), { numRuns: 300 });
});

test('property: every dataset valid by construction is accepted, with its invariants', () => {
  fc.assert(
    fc.property(validDataset(), (d) => {
      const result = validate(d);
      assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues.slice(0, 3)));
    }),
    { numRuns: 300 },
  );
});

test('property: a valid dataset changed anywhere never makes it throw, and if accepted keeps its invariants', () => {
  fc.assert(
    fc.property(validDataset(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (d, changes) => {
      let input: unknown = d;
      for (const m of changes) input = mutate(input as Dataset, m);
      validate(input);
    }),
    { numRuns: 500 },
  );
});

test('property: a collection claiming more items than its limit is refused without reading one', () => {
  fc.assert(
    fc.property(fc.constantFrom(...COLLECTIONS), fc.integer({ min: 1, max: 2 ** 53 - 1 - DATASET_LIMITS.skipped }), (key, extra) => {
      const length = DATASET_LIMITS[key] + extra;
      let reads = 0;
      const proxy = new Proxy([], {
        get: (target, p, receiver) => {
          if (p === 'length') return length;
          if (typeof p === 'string' && /^\d+$/.test(p)) reads++;
          return Reflect.get(target, p, receiver);
        },
      });
      const d = { schema: 'livelihood/1', sources: [], regions: [], categories: [], indicators: [], observations: [], skipped: [], [key]: proxy };
      const result = validate(d);
      assert.ok(!result.ok);
      assert.equal(reads, 0);
      assert.deepEqual(result.issues.map((i) => i.path), [key]);
      assert.equal(result.issues[0]!.message, `expected at most ${DATASET_LIMITS[key]} items, got ${length}`);
    }),
    { numRuns: 100 },
  );
});

test('a length that is no array length (negative, fractional, text) is refused, not iterated', () => {
  for (const length of [-1, 1.5, Number.NaN, Infinity, '5', 2 ** 60]) {
    const proxy = new Proxy([], { get: (t, p, r) => (p === 'length' ? length : Reflect.get(t, p, r)) });
    const result = validateDataset({ schema: 'livelihood/1', sources: [], regions: [], categories: [], indicators: [], observations: proxy, skipped: [] });
    assert.ok(!result.ok, String(length));
    assert.equal(result.issues[0]!.path, 'observations');
  }
});

test('skipped.length = 1e8 (sparse) is refused at once', () => {
  const skipped: unknown[] = [];
  skipped.length = 1e8;
  let result!: ReturnType<typeof validateDataset>;
  const ms = cpuMs(() => (result = validateDataset({ schema: 'livelihood/1', sources: [], regions: [], categories: [], indicators: [], observations: [], skipped })));
  assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
  assert.ok(!result.ok);
  assert.deepEqual(result.issues, [{ path: 'skipped', message: `expected at most ${DATASET_LIMITS.skipped} items, got 100000000` }]);
});

test('property: a string over DATASET_LIMITS.stringChars is refused in any text field, naming the path', () => {
  const fields = [
    ['observations', 'unit'], ['observations', 'quote'], ['observations', 'raw'], ['observations', 'subject'], ['regions', 'id'],
    ['indicators', 'unit'], ['sources', 'title'], ['sources', 'publisher'], ['skipped', 'quote'],
  ] as const;
  fc.assert(
    fc.property(validDataset({ observations: 3, skipped: 2 }), fc.constantFrom(...fields), fc.integer({ min: 1, max: 1000 }), (d, [key, field], extra) => {
      const rows = d[key] as unknown as Record<string, unknown>[];
      if (!rows.length) return;
      rows[0]![field] = 'x'.repeat(DATASET_LIMITS.stringChars + extra);
      const result = validateDataset(d);
      assert.ok(!result.ok);
      const issue = result.issues.find((i) => i.path === `${key}[0].${field}`);
      assert.ok(issue, JSON.stringify(result.issues.slice(0, 3)));
      assert.match(issue.message, new RegExp(`at most ${DATASET_LIMITS.stringChars} characters, got a string of ${DATASET_LIMITS.stringChars + extra}`));
    }),
    { numRuns: 60 },
  );
  // Names and period labels, inside their records.
  const d = fc.sample(validDataset({ observations: 1 }), { numRuns: 1, seed: 1 })[0]!;
  d.regions[0]!.name.en = 'x'.repeat(DATASET_LIMITS.stringChars + 1);
  const result = validateDataset(d);
  assert.ok(!result.ok && result.issues.some((i) => i.path === 'regions[0].name.en'));
});

test('the limits leave real datasets far inside them', () => {
  assert.ok(DATASET_LIMITS.observations >= 100_000 && DATASET_LIMITS.skipped >= 100_000);
  assert.ok(DATASET_LIMITS.regions >= 10_000 && DATASET_LIMITS.indicators >= 100_000);
  assert.ok(DATASET_LIMITS.stringChars >= 10_000);
});
