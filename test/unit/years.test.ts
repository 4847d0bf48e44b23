import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { utcYear } from 'd3-time';
import { everyYears, yearCeil, yearFloor } from '../../src/charts/livelihood-trend/years.js';

// Instants around year boundaries and inside years, across the centuries figures come from.
const instants = [
  Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1) - 1, Date.UTC(2021, 0, 1) + 1, Date.UTC(2022, 7, 11), Date.UTC(2024, 1, 29, 12),
  Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2000, 0, 1), Date.UTC(1970, 0, 1), Date.UTC(1949, 9, 1), Date.UTC(2100, 5, 30),
].map((t) => new Date(t));

describe('years (d3-time utcYear by hand)', () => {
  it('floors and ceils as utcYear does', () => {
    for (const d of instants) {
      assert.equal(+yearFloor(d), +utcYear.floor(d), d.toISOString());
      assert.equal(+yearCeil(d), +utcYear.ceil(d), d.toISOString());
    }
  });

  it('lists every step-th year as utcYear.every(step).range(start, end + 1 ms)', () => {
    for (const step of [1, 2, 3, 5, 10]) {
      for (const a of instants) {
        for (const b of instants) {
          if (+b < +a) continue;
          const expected = utcYear.every(step)!.range(a, new Date(+b + 1)).map(Number);
          assert.deepEqual(everyYears(step, a, b).map(Number), expected, `${step} ${a.toISOString()} ${b.toISOString()}`);
        }
      }
    }
  });
});
