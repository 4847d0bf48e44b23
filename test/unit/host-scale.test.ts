import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSS_SCALED_EM, DESIGN_FONT_SIZE, MAX_SCALE, MIN_SCALE, scaleFor } from '../../src/kit/element/host-scale.js';

describe('scaleFor', () => {
  it('has the expected defaults: 1 at 16 px, and labels (13 px at 1) never under 12 px', () => {
    assert.equal(scaleFor(DESIGN_FONT_SIZE), 1);
    assert.ok(13 * MIN_SCALE >= 12);
  });

  const cases: [number, number][] = [
    [18, 1.125],
    [20, 1.25],
    [15, 0.9375],
    [14, MIN_SCALE],
    [10, MIN_SCALE],
    [40, MAX_SCALE],
    [Number.NaN, 1],
    [0, 1],
  ];
  for (const [fontSize, scale] of cases) it(`draws a ${fontSize} px host at ${scale}`, () => assert.equal(scaleFor(fontSize), scale));

  it('gives the stylesheet the same clamp, as a length per 16 design px', () => {
    assert.equal(CSS_SCALED_EM, `clamp(${MIN_SCALE * 16}px, 1em, ${MAX_SCALE * 16}px)`);
  });
});
