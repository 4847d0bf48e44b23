import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Observation, Period } from '../../src/data/types.js';
import { monthsOf, multiYear, withoutMultiYear, type SpanMark } from '../../src/kit/model/spans.js';
import { cities } from './fixtures.js';

const template = cities().observations[0]!;
const fig = (id: string, period: Period): Observation => ({ ...template, id, period });
const YEAR = fig('year', { label: '2021年', start: '2021-01-01', end: '2021-12-31' });
const EIGHT_MONTHS = fig('eight', { label: '截至目前', start: '2022-01-01', end: '2022-08-11' });
const FIVE_YEARS = fig('five', { label: '十四五期间', start: '2021-01-01', end: '2025-12-31' });
const TWO_YEARS = fig('two', { label: '2023年以来', start: '2023-01-01', end: '2024-06-30' });
const TO_DATE = fig('to-date', { label: '截至目前', end: '2025-12-22' });
const SINCE = fig('since', { label: '2023年以来', start: '2023-01-01' });
const ids = (figures: readonly Observation[]) => figures.map((o) => o.id);

describe('monthsOf', () => {
  it('counts calendar months from start to end; null without a start or an end', () => {
    assert.deepEqual([YEAR, EIGHT_MONTHS, FIVE_YEARS, TWO_YEARS, TO_DATE, SINCE].map(monthsOf), [12, 8, 60, 18, null, null]);
  });
});

describe('multiYear', () => {
  it('picks figures of several years beside one of a year or less', () => {
    assert.deepEqual(ids(multiYear([EIGHT_MONTHS, FIVE_YEARS])), ['five']);
    assert.deepEqual(ids(multiYear([TWO_YEARS, YEAR, FIVE_YEARS])), ['two', 'five']);
  });

  it('does not fire when no figure is of a year or less, nor on figures "to date"', () => {
    assert.deepEqual(multiYear([FIVE_YEARS, TWO_YEARS]), []);
    assert.deepEqual(multiYear([FIVE_YEARS, TO_DATE]), []);
    assert.deepEqual(multiYear([FIVE_YEARS, SINCE]), []);
    assert.deepEqual(ids(multiYear([YEAR, TO_DATE, FIVE_YEARS])), ['five']);
    assert.deepEqual(multiYear([YEAR, EIGHT_MONTHS, TO_DATE]), []);
  });
});

describe('withoutMultiYear', () => {
  const marks = (...lists: Observation[][]): SpanMark[] => lists.map((figures, i) => ({ label: `place ${i}`, figures }));
  const kept = (lists: Observation[][]) => withoutMultiYear(marks(...lists)).marks.map((m) => ids(m.figures));

  it('takes a mark’s figures of several years out when its first is one beside a shorter first elsewhere, and says which', () => {
    const { marks: out, left } = withoutMultiYear(marks([EIGHT_MONTHS, YEAR], [FIVE_YEARS]));
    assert.deepEqual(out.map((m) => ids(m.figures)), [['eight', 'year'], []]);
    // A mark with none left is "not shown", and why.
    assert.deepEqual(out[1]!.hidden, { years: 1 });
    assert.deepEqual(left.map((f) => [f.label, f.observation.id]), [['place 1', 'five']]);
    // The mark then draws its newest figure of a year or less.
    assert.deepEqual(kept([[EIGHT_MONTHS], [FIVE_YEARS, YEAR]]), [['eight'], ['year']]);
  });

  it('keeps a figure of several years among a mark’s other periods when a shorter one is drawn', () => {
    assert.deepEqual(kept([[EIGHT_MONTHS, FIVE_YEARS], [YEAR]]), [['eight', 'five'], ['year']]);
  });

  it('keeps every figure when the marks drawn are all of several years, or "to date"', () => {
    assert.deepEqual(kept([[FIVE_YEARS], [TWO_YEARS], []]), [['five'], ['two'], []]);
    assert.deepEqual(kept([[TO_DATE], [FIVE_YEARS]]), [['to-date'], ['five']]);
    assert.deepEqual(withoutMultiYear(marks([TO_DATE], [FIVE_YEARS])).left, []);
  });
});
