/** The DOM-free half of load.ts; fetching from a server is tested in the browser (test/browser/load.test.ts). */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { checkDataset } from '../../src/kit/element/check.js';
import { clearDatasetCache, loadDataset } from '../../src/kit/element/load.js';
import { ChartError, type SharedProblem } from '../../src/kit/element/problem.js';
import { problemMessages } from '../../src/kit/model/problem-messages.js';
import { cities } from './fixtures.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/kit/model/messages-en.ts';
addEnglish();

describe('load', () => {
  beforeEach(() => clearDatasetCache());

  it('unpacks the embedded dataset once for every chart on the page', async () => {
    const [a, b] = await Promise.all([loadDataset(undefined, undefined), loadDataset(undefined, undefined)]);
    assert.equal(a, b);
    assert.equal(await loadDataset(undefined, undefined), a);
    assert.ok(a.observations.length > 100);
  });

  it('validates a copy of a dataset object, every time it is given', () => {
    const dataset = cities();
    const copy = checkDataset(dataset, 'dataset');
    assert.notEqual(copy, dataset);
    assert.deepEqual(copy, dataset);
    dataset.observations[0]!.value = Number.NaN; // seen again: never a verdict cached per object
    assert.throws(() => checkDataset(dataset, 'dataset'), ChartError);
    assert.ok(Number.isFinite(copy.observations[0]!.value));
  });

  it('throws the validation issues of an invalid dataset', () => {
    const dataset = cities() as unknown as { observations: { value: unknown }[] };
    dataset.observations[0]!.value = '700余';
    let error: unknown;
    try {
      checkDataset(dataset, 'dataset');
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof ChartError);
    const p = error.problem as SharedProblem;
    assert.equal(p.kind, 'invalid-dataset');
    assert.match(problemMessages('en')(p), /observations\[0\]\.value/);
  });
});
