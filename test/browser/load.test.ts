/**
 * Fetching datasets from the test server: one request per URL, HTTP errors, bodies that
 * are not JSON or not a dataset, time-outs and network errors. The rest of load.ts needs
 * no server and runs under Node (test/unit/load.test.ts).
 */
import { expect } from '@open-wc/testing';
import { clearDatasetCache, fetchDataset } from '../../src/kit/element/load.js';
import { ChartError, type ChartProblem, type SharedProblem } from '../../src/kit/element/problem.js';
import { problemMessages } from '../../src/kit/model/problem-messages.js';
import { fixtureUrl, spyFetch } from './fixtures/helpers.js';

async function rejection(promise: Promise<unknown>): Promise<ChartProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ChartError);
    return (error as ChartError).problem;
  }
  throw new Error('expected a rejection');
}

describe('fetchDataset', () => {
  let fetchSpy: ReturnType<typeof spyFetch> | undefined;
  beforeEach(() => clearDatasetCache());
  afterEach(() => fetchSpy?.restore());

  it('shares one request between relative and absolute spellings of a URL', async () => {
    fetchSpy = spyFetch();
    const absolute = fixtureUrl('cities.json.txt', 'share');
    const a = fetchDataset(absolute);
    const b = fetchDataset(new URL(absolute).pathname + new URL(absolute).search);
    expect(b).to.equal(a);
    expect((await a).schema).to.equal('livelihood/1');
    expect(fetchSpy.urls).to.deep.equal([absolute]);
  });

  it('fails with the HTTP status of a missing file, and tries again later', async () => {
    fetchSpy = spyFetch();
    const url = fixtureUrl('missing.json');
    const p = await rejection(fetchDataset(url));
    expect(p).to.include({ kind: 'fetch-failed', status: 404, url });
    await rejection(fetchDataset(url));
    expect(fetchSpy.urls).to.have.length(2);
  });

  it('fails on a body that is not JSON', async () => {
    expect((await rejection(fetchDataset(fixtureUrl('not-json.json.txt')))).kind).to.equal('invalid-json');
  });

  it('fails on JSON that is not a valid dataset', async () => {
    const p = await rejection(fetchDataset(fixtureUrl('invalid-dataset.json.txt')));
    expect(p.kind).to.equal('invalid-dataset');
    if (p.kind === 'invalid-dataset') expect(p.issues[0]!.path).to.equal('observations[0].value');
  });

  it('gives up on a slow server after the timeout', async () => {
    fetchSpy = spyFetch(
      (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const p = await rejection(fetchDataset(fixtureUrl('cities.json.txt', 'slow'), { timeoutMs: 30 }));
    expect(p).to.include({ kind: 'fetch-timeout', ms: 30 });
    expect(problemMessages('zh')(p as SharedProblem)).to.contain('超时');
  });

  it('fails on a network error', async () => {
    fetchSpy = spyFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const p = await rejection(fetchDataset(fixtureUrl('cities.json.txt', 'offline')));
    expect(p).to.include({ kind: 'fetch-failed', reason: 'Failed to fetch' });
  });
});
