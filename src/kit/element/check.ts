/**
 * Checking a dataset from outside the chart: a fetched one, one set from script, one
 * read from a `<table>`. Loaded on first use (load.ts): a page that shows the embedded
 * default never downloads the validator.
 */
import { formatIssue, validateDataset } from '../../data/validate.js';
import type { Dataset } from '../../data/types.js';
import { ChartError, toProblem, type ChartProblem } from './problem.js';
import { snapshotDataset } from './snapshot.js';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A fetched dataset: the response read whole (within the request's timeout, whose
 * `signal` aborts it), parsed and validated; throws a ChartError naming what failed.
 */
export async function received(response: Promise<Response>, url: string, signal: AbortSignal, timeoutMs: number): Promise<Dataset> {
  let text: string;
  try {
    const r = await response;
    if (!r.ok) throw new ChartError({ kind: 'fetch-failed', url, status: r.status });
    text = await r.text();
  } catch (error) {
    if (error instanceof ChartError) throw error;
    if (signal.aborted) throw new ChartError({ kind: 'fetch-timeout', url, ms: timeoutMs });
    throw new ChartError({ kind: 'fetch-failed', url, reason: reason(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ChartError({ kind: 'invalid-json', url, reason: reason(error) });
  }
  return validated(json, url);
}

/** Validates a dataset the chart alone holds (parsed from a fetch); throws a ChartError listing the issues. */
export function validated(input: unknown, origin: string): Dataset {
  const result = validateDataset(input);
  if (result.ok) return result.dataset;
  throw new ChartError({ kind: 'invalid-dataset', origin, issues: result.issues });
}

/**
 * A dataset from script, validated: returns the chart's own copy (snapshot.ts), so that
 * a later change to `input` cannot reach a chart without being validated. Every call
 * copies and validates again: a verdict is never cached by the object's identity.
 * Throws a ChartError listing the issues.
 */
export function checkDataset(input: unknown, origin: string): Dataset {
  let copy: unknown;
  try {
    copy = snapshotDataset(input);
  } catch (error) {
    // A getter or Proxy threw: reported like the validator reports it.
    throw new ChartError({ kind: 'invalid-dataset', origin, issues: [{ path: '', message: formatIssue({ path: '', message: `could not be read: ${reason(error)}` }) }] });
  }
  return validated(copy, origin);
}

/** A dataset checked (`checkDataset`), or the problem that stops it. */
export type Outcome = { dataset: Dataset; problem?: undefined } | { dataset?: undefined; problem: ChartProblem };

/** `checkDataset`'s answer as an Outcome (dataset-controller.ts): the copy, or the problem. */
export function verdict(input: unknown, origin: string): Outcome {
  try {
    return { dataset: checkDataset(input, origin) };
  } catch (error) {
    return { problem: toProblem(error) };
  }
}
