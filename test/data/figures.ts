/** A small article run through the whole pipeline, and its figures looked up as written. */
import assert from 'node:assert/strict';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import type { Observation } from '../../src/data/types.ts';

/** The figures of `text`, an article of `region`: the `nth` figure written `raw`. */
export function figures(text: string, region: string): (raw: string, nth?: number) => Observation {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  const { observations } = builder.finish();
  return (raw, nth = 1) => {
    const o = observations.filter((x) => x.raw === raw)[nth - 1];
    assert.ok(o, `${raw} #${nth} is a figure`);
    return o;
  };
}

/** A figure's period as [start, end], null for a bound not given. */
export const dates = (o: Observation) => [o.period.start ?? null, o.period.end ?? null];
