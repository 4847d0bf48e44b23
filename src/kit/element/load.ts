/**
 * Where a chart's dataset comes from, in order of precedence:
 *   1. a `dataset` property set from script  → copied and validated each time it is set
 *   2. a `src` URL                           → fetched once per absolute URL (the last
 *                                              MAX_CACHED_DATASETS URLs kept), validated
 *   3. nothing                               → the embedded default dataset
 * Every failure is thrown as a ChartError carrying a ChartProblem.
 */
import type { Dataset } from '../../data/types.js';
import { loadDefaultDataset } from '../../dataset/default.js';
import { onDemand } from './on-demand.js';
import { ChartError } from './problem.js';

/** A fetch not done (body included) within this many milliseconds fails. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  timeoutMs?: number;
  /** What relative URLs resolve against; the document's base URL by default. */
  base?: string;
}

/**
 * Fetched datasets kept, least recently used dropped first: a page that shows many
 * URLs one after another holds at most this many datasets.
 */
export const MAX_CACHED_DATASETS = 32;

// One promise per absolute URL, shared by every element on the page; in use order
// (a Map iterates in insertion order: the first key is the least recently used).
const fetched = new Map<string, Promise<Dataset>>();

/**
 * The validator (check.ts), loaded on first use: only a dataset from outside needs it,
 * so a page showing the embedded default never downloads it.
 */
export const checker = onDemand(() => import('./check.js'));

/** The URL `src` names, absolute; the cache key. */
export function absoluteUrl(src: string, base = document.baseURI): string {
  try {
    return new URL(src, base).href;
  } catch {
    throw new ChartError({ kind: 'fetch-failed', url: src, reason: 'invalid URL' });
  }
}

/**
 * The dataset at `src`. Elements asking for the same absolute URL share one request;
 * a failed request is forgotten so a later attempt tries again, and only the last
 * MAX_CACHED_DATASETS URLs used are kept.
 */
export function fetchDataset(src: string, options: FetchOptions = {}): Promise<Dataset> {
  let url: string;
  try {
    url = absoluteUrl(src, options.base);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = fetched.get(url);
  if (pending) {
    fetched.delete(url); // used again: now the most recent
  } else {
    const request_ = request(url, options.timeoutMs ?? FETCH_TIMEOUT_MS);
    pending = request_;
    request_.catch(() => {
      if (fetched.get(url) === request_) fetched.delete(url);
    });
  }
  fetched.set(url, pending);
  while (fetched.size > MAX_CACHED_DATASETS) fetched.delete(fetched.keys().next().value!);
  return pending;
}

/** Forgets fetched datasets (tests, or a page that knows the data changed). */
export function clearDatasetCache(): void {
  fetched.clear();
}

/**
 * Starts the request at once, and the validator's chunk beside it, which reads the
 * response (check.ts): only the request itself is in the chart's first file.
 */
async function request(url: string, timeoutMs: number): Promise<Dataset> {
  const check = checker.load();
  // The request is shared, so only the timeout may abort it, never one element.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // `cors` mode and same-origin credentials (the defaults, written out): what the embed
  // snippet's `<link rel="preload" as="fetch" crossorigin>` asked for, so this request
  // takes the preloaded response (src/charts/snippet.ts).
  const response = fetch(url, { signal: controller.signal, mode: 'cors', credentials: 'same-origin' });
  response.catch(() => undefined); // read in check.ts, once it is here
  try {
    return await (await check).received(response, url, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** The dataset a chart shows, by the precedence above. */
export async function loadDataset(src: string | undefined, dataset: unknown, options?: FetchOptions): Promise<Dataset> {
  if (dataset !== undefined && dataset !== null) return (await checker.load()).checkDataset(dataset, 'dataset');
  if (src) return fetchDataset(src, options);
  return loadDefaultDataset();
}
