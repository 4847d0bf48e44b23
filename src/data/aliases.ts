/**
 * A dataset's aliases (types.ts `Aliases`): which old ids a dataset can redirect, kept
 * whenever its indicators change (a build, a merge, corrections, a slice).
 */
import type { Aliases, Dataset } from './types.js';

/**
 * Of `renamed` (old → new), those a dataset holding `indicators` can follow: the new id
 * there, the old one not. Sorted by old id, so a rebuild writes the same bytes; undefined
 * for none, so a dataset without renames has no `aliases` at all.
 */
export function keptAliases(renamed: Iterable<readonly [string, string]>, indicators: { has(id: string): boolean }): Aliases | undefined {
  const kept = [...renamed]
    .filter(([from, to]) => indicators.has(to) && !indicators.has(from))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length ? { indicators: Object.fromEntries(kept) } : undefined;
}

/** The `aliases` field of a dataset, or nothing to spread. */
export const withAliases = (aliases: Aliases | undefined): { aliases?: Aliases } => (aliases ? { aliases } : {});

/** A dataset's renames as entries (none when it has none). */
export const aliasEntries = (aliases: Aliases | undefined): [string, string][] => Object.entries(aliases?.indicators ?? {});

/** A dataset without its `aliases`, to be given those it keeps. */
export function withoutAliases(dataset: Dataset): Omit<Dataset, 'aliases'> {
  const { aliases: _, ...rest } = dataset;
  return rest;
}
