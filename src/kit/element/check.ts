/**
 * Checking a dataset from outside the chart: a fetched one, one set from script, one
 * read from a `<table>`. Loaded on first use (load.ts): a page that shows the embedded
 * default never downloads the validator.
 */
import { formatIssue, validateDataset } from '../../data/validate.js';
import type { Dataset } from '../../data/types.js';
import { ChartError } from './problem.js';
import { snapshotDataset } from './snapshot.js';

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
    const what = error instanceof Error ? error.message : String(error);
    throw new ChartError({ kind: 'invalid-dataset', origin, issues: [{ path: '', message: formatIssue({ path: '', message: `could not be read: ${what}` }) }] });
  }
  return validated(copy, origin);
}
