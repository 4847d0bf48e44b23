import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linearScale, zeroBasedDomain } from '../../src/kit/marks/scales.js';

describe('zeroBasedDomain', () => {
  const cases: [(number | null)[], [number, number]][] = [
    [[3, 700, null, 12], [0, 700]],
    [[-5, 20], [-5, 20]],
    [[-5, -2, null], [-5, 0]],
    [[null, null], [0, 1]],
    [[], [0, 1]],
    [[0, 0], [0, 1]],
  ];
  for (const [values, domain] of cases) {
    it(`spans ${JSON.stringify(values)} and zero: ${JSON.stringify(domain)}`, () => {
      assert.deepEqual(zeroBasedDomain(values, (v) => v), domain);
    });
  }
});

describe('linearScale', () => {
  it('maps the domain onto the range', () => {
    const x = linearScale([0, 700], [100, 800]);
    assert.equal(x(0), 100);
    assert.equal(x(350), 450);
    assert.equal(x(700), 800);
  });
});
