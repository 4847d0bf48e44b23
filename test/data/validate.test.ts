import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Dataset } from '../../src/data/types.js';
import {
  ARCHIVE_LIMITS,
  assertDataset,
  DATASET_LIMITS,
  DatasetError,
  describeValue,
  formatIssue,
  MAX_ISSUES,
  validateDataset,
  type ValidationIssue,
} from '../../src/data/validate.js';
import { cpuMs } from './cpu-time.js';

const SHA = 'a'.repeat(64);

/** A small valid dataset: 2 sources, 3 regions (one with a parent), 2 categories, 2 indicators, 3 observations, 2 skipped. */
function validDataset(): Dataset {
  return {
    schema: 'livelihood/1',
    sources: [
      {
        id: 'zhangjiakou-2025',
        file: '000_db52e2f06477cf87.txt',
        title: '张家口民生答卷',
        publisher: '张家口新闻网',
        published: '2025-12-22',
        publishedFrom: 'text',
        region: 'zhangjiakou',
        url: null,
        sha256: SHA,
        bytes: 12000,
      },
      {
        id: 'hohhot-2024',
        file: '003_76d52d8c7e5a5210.txt',
        title: '呼和浩特民生实事',
        publisher: null,
        published: null,
        publishedFrom: 'unknown',
        region: 'hohhot',
        url: 'https://example.org/a',
        sha256: SHA,
        bytes: 9000,
      },
    ],
    regions: [
      { id: 'zhangjiakou', name: { zh: '张家口市', en: 'Zhangjiakou' }, level: 'prefecture' },
      { id: 'hohhot', name: { zh: '呼和浩特市', en: 'Hohhot' }, level: 'prefecture' },
      { id: 'kangbao', name: { zh: '康保县', en: 'Kangbao County' }, level: 'county', parent: 'zhangjiakou' },
    ],
    categories: [
      { id: 'elderly', name: { zh: '养老', en: 'Elderly care' } },
      { id: 'housing', name: { zh: '住房', en: 'Housing' } },
    ],
    indicators: [
      {
        id: 'elderly_meal_points',
        name: { zh: '老年助餐点', en: 'Elderly meal points' },
        category: 'elderly',
        unit: '个',
        kind: 'count',
        canonical: true,
      },
      {
        id: 'old_compounds_renovated',
        name: { zh: '老旧小区改造', en: 'Old compounds renovated' },
        category: 'housing',
        unit: '个',
        kind: 'count',
        canonical: true,
      },
    ],
    observations: [
      {
        id: 'zhangjiakou-2025#1',
        indicator: 'elderly_meal_points',
        region: 'zhangjiakou',
        source: 'zhangjiakou-2025',
        value: 359,
        qualifier: 'exact',
        unit: '个',
        raw: '359个',
        subject: '老年助餐点',
        category: 'elderly',
        period: { label: '截至目前', end: '2025-12-22' },
        span: [100, 104],
        quote: '全市359个老年助餐点',
        quoteSpan: [2, 6],
      },
      {
        id: 'zhangjiakou-2025#2',
        indicator: 'old_compounds_renovated',
        region: 'kangbao',
        source: 'zhangjiakou-2025',
        value: 700,
        qualifier: 'over',
        unit: '个',
        raw: '700余个',
        subject: '老旧小区',
        category: 'housing',
        period: { label: '十四五期间', start: '2021-01-01', end: '2025-12-31' },
        span: [200, 205],
        quote: '改造老旧小区700余个',
        quoteSpan: [6, 11],
      },
      {
        id: 'hohhot-2024#1',
        indicator: 'old_compounds_renovated',
        region: 'hohhot',
        source: 'hohhot-2024',
        value: 309,
        qualifier: 'exact',
        unit: '个',
        raw: '309个',
        subject: '老旧小区',
        category: 'housing',
        period: { label: '2023' },
        span: [50, 54],
        quote: '改造老旧小区309个',
        quoteSpan: [6, 10],
      },
    ],
    skipped: [
      { source: 'zhangjiakou-2025', raw: '2017年', reason: 'date', span: [10, 15], quote: '2017年春节' },
      { source: 'hohhot-2024', raw: '81岁', reason: 'age', span: [30, 33], quote: '81岁老人' },
    ],
  };
}

/** The dataset as a loose JSON object, for mutations that break its type. */
type Loose = Record<string, any>;

function issuesOf(input: unknown): ValidationIssue[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues;
}

function firstIssue(input: unknown): string | undefined {
  const issues = issuesOf(input);
  return issues[0] && formatIssue(issues[0]);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

test('the valid dataset validates and is returned as is', () => {
  const input = validDataset();
  const result = validateDataset(input);
  assert.deepEqual(result.ok ? [] : result.issues, []);
  assert.equal(result.ok && result.dataset, input);
  assert.equal(assertDataset(input), input);
});

test('unknown extra fields are allowed', () => {
  const d: Loose = validDataset();
  d.generatedBy = 'livelihood-data 0.2';
  d.observations[0].confidence = 0.9;
  d.regions[0].name.fr = 'Zhangjiakou';
  d.sources[0].license = 'CC-BY';
  assert.deepEqual(issuesOf(d), []);
});

const INPUTS: [string, unknown, string][] = [
  ['null', null, 'expected a dataset object, got null'],
  ['an array', [], 'expected a dataset object, got []'],
  ['a string', 'livelihood/1', 'expected a dataset object, got "livelihood/1"'],
  ['a number', 42, 'expected a dataset object, got 42'],
  ['undefined', undefined, 'expected a dataset object, got nothing'],
];

for (const [name, input, expected] of INPUTS) {
  test(`malformed: not a dataset object (${name})`, () => {
    assert.equal(firstIssue(input), expected);
  });
}

/** [name, mutation of the valid dataset, exact first issue]. */
const MUTATIONS: [string, (d: Loose) => void, string][] = [
  ['other schema', (d) => (d.schema = 'livelihood/2'), 'schema: expected "livelihood/1", got "livelihood/2"'],
  ['no schema', (d) => delete d.schema, 'schema: expected "livelihood/1", got nothing'],
  ['observations an object', (d) => (d.observations = {}), 'observations: expected an array, got {}'],
  ['skipped not an array', (d) => (d.skipped = 'none'), 'skipped: expected an array, got "none"'],
  ['record not an object', (d) => (d.observations[1] = 42), 'observations[1]: expected an object, got 42'],
  ['value a string', (d) => (d.observations[1].value = 'abc'), 'observations[1].value: expected a finite number, got "abc"'],
  ['value NaN', (d) => (d.observations[0].value = NaN), 'observations[0].value: expected a finite number, got NaN'],
  ['value Infinity', (d) => (d.observations[2].value = Infinity), 'observations[2].value: expected a finite number, got Infinity'],
  ['value missing', (d) => delete d.observations[2].value, 'observations[2].value: expected a finite number, got nothing'],
  [
    'bad qualifier',
    (d) => (d.observations[0].qualifier = 'roughly'),
    'observations[0].qualifier: expected one of "exact", "approx", "over", "under", "at_least", got "roughly"',
  ],
  [
    'bad region level',
    (d) => (d.regions[1].level = 'city'),
    'regions[1].level: expected one of "province", "prefecture", "district", "county", got "city"',
  ],
  [
    'bad indicator kind',
    (d) => (d.indicators[0].kind = 'percent'),
    'indicators[0].kind: expected one of "count", "amount", "rate", "share", "change", "per_capita", "rank", "area", "length", "weight", "duration", "ratio", got "percent"',
  ],
  [
    'bad skip reason',
    (d) => (d.skipped[1].reason = 'noise'),
    'skipped[1].reason: expected one of "date", "ordinal", "age", "plan_name", "set_phrase", "document_number", "site_chrome", "illustration", "duration", "no_unit", "unread_table", "duplicate", "out_of_range", "nationwide", "superseded", "excluded_by_editor", got "noise"',
  ],
  [
    'bad publishedFrom',
    (d) => (d.sources[0].publishedFrom = 'guess'),
    'sources[0].publishedFrom: expected one of "text", "manifest", "editor", "unknown", got "guess"',
  ],
  [
    'span reversed',
    (d) => (d.observations[2].span = [5, 3]),
    'observations[2].span: expected [start, end] integers with 0 <= start <= end, got [5,3]',
  ],
  [
    'span negative',
    (d) => (d.skipped[0].span = [-1, 3]),
    'skipped[0].span: expected [start, end] integers with 0 <= start <= end, got [-1,3]',
  ],
  [
    'span not integers',
    (d) => (d.observations[0].span = [1.5, '3']),
    'observations[0].span: expected [start, end] integers with 0 <= start <= end, got [1.5,"3"]',
  ],
  [
    'span of three',
    (d) => (d.observations[0].quoteSpan = [1, 2, 3]),
    'observations[0].quoteSpan: expected [start, end] integers with 0 <= start <= end, got [1,2,3]',
  ],
  [
    'quoteSpan past the quote',
    (d) => (d.observations[1].quoteSpan = [6, 40]),
    'observations[1].quoteSpan: expected a span within quote (length 11), got [6,40]',
  ],
  [
    'period not an object',
    (d) => (d.observations[0].period = '2024'),
    'observations[0].period: expected an object {label, start?, end?}, got "2024"',
  ],
  ['period without label', (d) => delete d.observations[2].period.label, 'observations[2].period.label: expected a non-empty string, got nothing'],
  [
    'period impossible date',
    (d) => (d.observations[1].period.start = '2024-02-30'),
    'observations[1].period.start: expected a date YYYY-MM-DD, got "2024-02-30"',
  ],
  [
    'period end before start',
    (d) => (d.observations[1].period.end = '2020-12-31'),
    'observations[1].period.end: expected a date on or after start "2021-01-01", got "2020-12-31"',
  ],
  ['name.en a number', (d) => (d.categories[1].name.en = 7), 'categories[1].name.en: expected a string, got 7'],
  ['name missing', (d) => delete d.indicators[1].name, 'indicators[1].name: expected an object {zh, en}, got nothing'],
  [
    'published not ISO',
    (d) => (d.sources[0].published = '2025/12/22'),
    'sources[0].published: expected a date YYYY-MM-DD or null, got "2025/12/22"',
  ],
  [
    'published missing from a source the pipeline read',
    (d) => delete d.sources[1].published,
    'sources[1].published: missing: required of a source the pipeline read (it has a sha256); only a hand-made dataset may leave it out',
  ],
  ['sha256 not hex', (d) => (d.sources[1].sha256 = 'xyz'), 'sources[1].sha256: expected 64 hex digits (or "" when no file was read), got "xyz"'],
  ['bytes negative', (d) => (d.sources[0].bytes = -1), 'sources[0].bytes: expected a non-negative integer, got -1'],
  ['canonical a string', (d) => (d.indicators[0].canonical = 'yes'), 'indicators[0].canonical: expected true or false, got "yes"'],
  ['empty id', (d) => (d.categories[0].id = ''), 'categories[0].id: expected a non-empty id string, got ""'],
  ['parent a number', (d) => (d.regions[2].parent = 3), 'regions[2].parent: expected a non-empty id string, got 3'],
  ['duplicate region id', (d) => (d.regions[2].id = 'zhangjiakou'), 'regions[2].id: duplicate id "zhangjiakou" (first at regions[0])'],
  [
    'duplicate observation id',
    (d) => (d.observations[2].id = d.observations[0].id),
    'observations[2].id: duplicate id "zhangjiakou-2025#1" (first at observations[0])',
  ],
  [
    'dangling indicator',
    (d) => (d.observations[1].indicator = 'nope'),
    'observations[1].indicator: refers to indicator "nope", which is not in indicators',
  ],
  [
    'dangling observation region',
    (d) => (d.observations[0].region = 'atlantis'),
    'observations[0].region: refers to region "atlantis", which is not in regions',
  ],
  [
    'dangling observation category',
    (d) => (d.observations[2].category = 'space'),
    'observations[2].category: refers to category "space", which is not in categories',
  ],
  ['dangling region parent', (d) => (d.regions[2].parent = 'hebei'), 'regions[2].parent: refers to region "hebei", which is not in regions'],
  [
    'dangling indicator category',
    (d) => (d.indicators[1].category = 'roads'),
    'indicators[1].category: refers to category "roads", which is not in categories',
  ],
  ['dangling source region', (d) => (d.sources[1].region = 'baotou'), 'sources[1].region: refers to region "baotou", which is not in regions'],
  ['dangling skipped source', (d) => (d.skipped[0].source = 'gone'), 'skipped[0].source: refers to source "gone", which is not in sources'],
  [
    'region its own ancestor',
    (d) => (d.regions[0].parent = 'kangbao'),
    'regions[0].parent: region "zhangjiakou" is its own ancestor (parent "kangbao")',
  ],
  [
    'hostile long string is clipped',
    (d) => (d.observations[0].qualifier = 'A'.repeat(1_000_000)),
    `observations[0].qualifier: expected one of "exact", "approx", "over", "under", "at_least", got "${'A'.repeat(40)}…" (1000000 chars)`,
  ],
  [
    'hostile control characters are escaped',
    (d) => (d.observations[0].value = 'x\n<script>\u0000'),
    'observations[0].value: expected a finite number, got "x\\n<script>\\u0000"',
  ],
  [
    'hostile big object is clipped',
    (d) => (d.observations[0].value = { a: 'b'.repeat(100), c: [1, 2, 3] }),
    `observations[0].value: expected a finite number, got {"a":"${'b'.repeat(34)}…`,
  ],
];

for (const [name, mutate, expected] of MUTATIONS) {
  test(`malformed: ${name}`, () => {
    const d: Loose = validDataset();
    mutate(d);
    assert.equal(firstIssue(d), expected);
    // Messages stay short whatever the input.
    for (const issue of issuesOf(d)) assert.ok(formatIssue(issue).length < 300, formatIssue(issue).slice(0, 300));
  });
}

test('every issue is collected, not just the first', () => {
  const d: Loose = validDataset();
  d.observations[0].value = 'abc';
  d.observations[2].qualifier = 'roughly';
  d.skipped[1].source = 'gone';
  assert.deepEqual(issuesOf(d).map(formatIssue), [
    'observations[0].value: expected a finite number, got "abc"',
    'observations[2].qualifier: expected one of "exact", "approx", "over", "under", "at_least", got "roughly"',
    'skipped[1].source: refers to source "gone", which is not in sources',
  ]);
});

test('issues stop after MAX_ISSUES and say how many more were cut', () => {
  const d: Loose = validDataset();
  const template = d.observations[0];
  d.observations = Array.from({ length: 500 }, (_, i) => ({ ...template, id: `o${i}`, value: 'x' }));
  const issues = issuesOf(d);
  assert.equal(issues.length, MAX_ISSUES + 1);
  assert.equal(formatIssue(issues.at(-1)!), `stopped after ${MAX_ISSUES} issues; ${500 - MAX_ISSUES} more not listed`);
  assert.throws(
    () => assertDataset(d),
    (e: unknown) =>
      e instanceof DatasetError &&
      e.message ===
        'observations[0].value: expected a finite number, got "x"; ' +
          'observations[1].value: expected a finite number, got "x"; ' +
          'observations[2].value: expected a finite number, got "x" (and 497 more)',
  );
});

test('assertDataset throws a DatasetError carrying the issues', () => {
  const d: Loose = validDataset();
  d.observations[1].value = 'abc';
  d.regions[1].id = 'zhangjiakou';
  let caught: unknown;
  try {
    assertDataset(d);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof DatasetError);
  assert.ok(caught instanceof Error);
  assert.equal(caught.name, 'DatasetError');
  // The renamed region also leaves references to "hohhot" dangling: each is named.
  assert.deepEqual(caught.issues, [
    { path: 'regions[1].id', message: 'duplicate id "zhangjiakou" (first at regions[0])' },
    { path: 'observations[1].value', message: 'expected a finite number, got "abc"' },
    { path: 'sources[1].region', message: 'refers to region "hohhot", which is not in regions' },
    { path: 'observations[2].region', message: 'refers to region "hohhot", which is not in regions' },
  ]);
  assert.equal(
    caught.message,
    'regions[1].id: duplicate id "zhangjiakou" (first at regions[0]); ' +
      'observations[1].value: expected a finite number, got "abc"; ' +
      'sources[1].region: refers to region "hohhot", which is not in regions (and 1 more)',
  );
  d.regions[1].id = 'hohhot';
  assert.throws(() => assertDataset(d), {
    name: 'DatasetError',
    message: 'observations[1].value: expected a finite number, got "abc"',
  });
});

test('the input is never mutated, not even to fill defaults', () => {
  const valid = deepFreeze(validDataset());
  assert.equal(assertDataset(valid), valid);

  const broken: Loose = validDataset();
  delete broken.sources[1].published;
  delete broken.regions[2].parent;
  broken.observations[0].value = '359';
  const before = structuredClone(broken);
  deepFreeze(broken); // any write would throw in strict-mode ESM
  const result = validateDataset(broken);
  assert.equal(result.ok, false);
  assert.deepEqual(broken, before);
  assert.equal(broken.observations[0].value, '359'); // not coerced to a number
  assert.equal('published' in broken.sources[1], false);
});

test('a throwing getter in script-provided data becomes an issue, not an exception', () => {
  const d: Loose = validDataset();
  Object.defineProperty(d.observations[1], 'value', {
    get() {
      throw new Error('boom');
    },
  });
  assert.deepEqual(issuesOf(d).map(formatIssue), ['observations[1].value: could not be read: "boom"']);
});

test('describeValue shows values JSON-ish and clipped', () => {
  assert.equal(describeValue(undefined), 'nothing');
  assert.equal(describeValue(null), 'null');
  assert.equal(describeValue(-Infinity), '-Infinity');
  assert.equal(describeValue({ a: { b: { c: 1 } }, d: [1, 2] }), '{"a":{"b":{…}},"d":[1,2]}');
  assert.equal(describeValue(Array.from({ length: 1000 }, (_, i) => i)), '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,1… (1000 items)');
  const cyclic: Loose = {};
  cyclic.self = cyclic;
  assert.equal(describeValue(cyclic), '{"self":{"self":{…}}}');
  // A surrogate pair is not cut in half.
  assert.equal(describeValue('a'.repeat(39) + '😀😀'), `"${'a'.repeat(39)}…" (43 chars)`);
});

test('10,000 observations validate in a few milliseconds', () => {
  const d: Loose = validDataset();
  const template = d.observations[1];
  d.observations = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `o${i}`, period: { ...template.period } }));
  d.skipped = Array.from({ length: 10_000 }, (_, i) => ({ ...d.skipped[i % 2] }));
  for (let i = 0; i < 5; i++) validateDataset(d); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) runs.push(cpuMs(() => assert.equal(validateDataset(d).ok, true)));
  runs.sort((a, b) => a - b);
  const median = runs[runs.length >> 1]!;
  // Typically 2-4 ms; the bound is loose so a busy CI machine does not flake.
  assert.ok(median < 50, `median ${median.toFixed(1)} ms`);
});

const GENERATED = fileURLToPath(new URL('../../src/dataset/livelihood.json', import.meta.url));

test(
  'the generated src/dataset/livelihood.json validates',
  { skip: existsSync(GENERATED) ? false : 'src/dataset/livelihood.json does not exist yet (run `npm run data`)' },
  () => {
    const data: unknown = JSON.parse(readFileSync(GENERATED, 'utf8'));
    const issues = issuesOf(data);
    assert.deepEqual(issues.slice(0, 20).map(formatIssue), [], `${issues.length} issues`);
  },
);

test('the CLI validates an archive within ARCHIVE_LIMITS, a browser within DATASET_LIMITS', () => {
  const ds = validDataset();
  const one = { ...DATASET_LIMITS, observations: ds.observations.length - 1 };
  const refused = validateDataset(ds, one);
  assert.equal(refused.ok, false);
  assert.match(formatIssue((refused as { issues: { path: string; message: string }[] }).issues[0]!), /^observations: expected at most \d+ items/);
  assert.ok(ARCHIVE_LIMITS.observations > DATASET_LIMITS.observations * 100);
  assert.equal(validateDataset(ds, ARCHIVE_LIMITS).ok, true);
  // The limits in use go back to the browser's after each run.
  assert.equal(validateDataset(ds).ok, true);
});

test('a hand-made dataset (no files, hashes, spans or quotes) validates and comes back completed', () => {
  const hand = {
    schema: 'livelihood/1',
    sources: [{ id: 'editor', title: '郫都区2024年民生实事', region: 'pidu', published: '2025-01-10' }],
    regions: [{ id: 'pidu', name: { zh: '郫都区', en: 'Pidu District' }, level: 'district' }],
    categories: [{ id: 'elderly_care', name: { zh: '养老', en: 'Elderly care' } }],
    indicators: [{ id: 'elderly_meal_points', name: { zh: '老年助餐点', en: 'Meal points' }, category: 'elderly_care', unit: '个', kind: 'count', canonical: true }],
    observations: [{ id: 'o1', indicator: 'elderly_meal_points', region: 'pidu', source: 'editor', value: 211, unit: '个', period: { label: '2024年', end: '2024-12-31' } }],
  };
  const frozen = JSON.stringify(hand);
  const result = validateDataset(hand);
  assert.equal(result.ok, true, result.ok ? '' : formatIssue(result.issues[0]!));
  const d = (result as { dataset: Dataset }).dataset;
  assert.notEqual(d, hand);
  assert.equal(JSON.stringify(hand), frozen, 'the input is not changed');
  assert.deepEqual(d.skipped, []);
  assert.deepEqual(
    { ...d.sources[0] },
    { id: 'editor', title: '郫都区2024年民生实事', region: 'pidu', published: '2025-01-10', file: 'editor', publisher: null, publishedFrom: 'editor', url: null, sha256: '', bytes: 0 },
  );
  const o = d.observations[0]!;
  assert.deepEqual([o.qualifier, o.raw, o.subject, o.category, o.quote, o.span, o.quoteSpan], ['exact', '211个', '老年助餐点', 'elderly_care', '', [0, 0], [0, 0]]);
  assert.equal(validateDataset(d).ok, true);
  // A complete dataset comes back as itself.
  assert.equal((validateDataset(d) as { dataset: Dataset }).dataset, d);
});

test('provenance is required of what the pipeline built, and the message says so', () => {
  const d: Loose = validDataset();
  delete d.observations[0].quote;
  delete d.observations[0].span;
  assert.deepEqual(issuesOf(d).map((i) => `${i.path}: ${i.message}`), [
    'observations[0].span: missing: required of a figure the pipeline found (its source has a sha256); only a hand-made dataset may leave it out',
    'observations[0].quote: missing: required of a figure the pipeline found (its source has a sha256); only a hand-made dataset may leave it out',
  ]);
});
