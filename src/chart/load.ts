/**
 * Where a chart's dataset comes from, in order of precedence:
 *   1. a `dataset` property set from script  → validated (once per object)
 *   2. a `src` URL                           → fetched once per absolute URL, validated
 *   3. nothing                               → the embedded default dataset
 * Every failure is thrown as a ChartError carrying a ChartProblem.
 */
import { validateDataset } from '../data/validate.js';
import type { Dataset } from '../data/types.js';
import { loadDefaultDataset } from '../dataset/default.js';
import { ChartError } from './problem.js';

/** A fetch not done (body included) within this many milliseconds fails. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  timeoutMs?: number;
  /** What relative URLs resolve against; the document's base URL by default. */
  base?: string;
}

// One promise per absolute URL, shared by every element on the page.
const fetched = new Map<string, Promise<Dataset>>();
// One verdict per object set from script, shared by every element it is given to.
const checked = new WeakMap<object, Dataset | ChartError>();

/** Validates a dataset from outside; throws a ChartError listing the issues. */
export function checkDataset(input: unknown, origin: string): Dataset {
  const known = typeof input === 'object' && input !== null ? checked.get(input) : undefined;
  if (known instanceof ChartError) throw known;
  if (known) return known;
  const result = validateDataset(input);
  const verdict = result.ok ? result.dataset : new ChartError({ kind: 'invalid-dataset', origin, issues: result.issues });
  if (typeof input === 'object' && input !== null) checked.set(input, verdict);
  if (verdict instanceof ChartError) throw verdict;
  return verdict;
}

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
 * a failed request is forgotten so a later attempt tries again.
 */
export function fetchDataset(src: string, options: FetchOptions = {}): Promise<Dataset> {
  let url: string;
  try {
    url = absoluteUrl(src, options.base);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = fetched.get(url);
  if (!pending) {
    pending = request(url, options.timeoutMs ?? FETCH_TIMEOUT_MS);
    fetched.set(url, pending);
    pending.catch(() => fetched.delete(url));
  }
  return pending;
}

/** Forgets fetched datasets (tests, or a page that knows the data changed). */
export function clearDatasetCache(): void {
  fetched.clear();
}

async function request(url: string, timeoutMs: number): Promise<Dataset> {
  // The request is shared, so only the timeout may abort it, never one element.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new ChartError({ kind: 'fetch-failed', url, status: response.status });
    text = await response.text();
  } catch (error) {
    if (error instanceof ChartError) throw error;
    if (controller.signal.aborted) throw new ChartError({ kind: 'fetch-timeout', url, ms: timeoutMs });
    throw new ChartError({ kind: 'fetch-failed', url, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ChartError({ kind: 'invalid-json', url, reason: error instanceof Error ? error.message : String(error) });
  }
  return checkDataset(json, url);
}

/** The dataset a chart shows, by the precedence above. */
export function loadDataset(src: string | undefined, dataset: unknown, options?: FetchOptions): Dataset | Promise<Dataset> {
  if (dataset !== undefined && dataset !== null) return checkDataset(dataset, 'dataset');
  if (src) return fetchDataset(src, options);
  return loadDefaultDataset();
}
