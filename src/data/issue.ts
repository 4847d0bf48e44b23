/**
 * One thing wrong with a dataset, as validation reports it. Apart from the validator so
 * that a chart can say an issue without carrying the validator, which it loads only for
 * a dataset from outside (kit/element/load.ts).
 */
export interface ValidationIssue {
  /** Where, e.g. `observations[12].value`; '' for the dataset as a whole. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
