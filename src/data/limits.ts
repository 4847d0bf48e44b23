/**
 * What one article may produce. Real livelihood reports hold a few hundred numerals in
 * sentences of under 200 characters; these bounds keep a hostile or broken file (a 60 KB
 * line of figures, 100,000 digits in a row) from blowing up the output or the heap. Past
 * them an article is refused with a message, never half-read.
 */

/** Largest article file the CLI reads. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** Most numerals (figures + skipped) one article may hold. */
export const MAX_NUMERALS_PER_ARTICLE = 10_000;

/**
 * Longest `quote` kept with a figure. A longer sentence is cut to a window of
 * QUOTE_CONTEXT characters either side of the figure, marked with `…`; the whole
 * sentence stays recoverable from the source and the figure's `span`.
 */
export const MAX_QUOTE_CHARS = 240;
export const QUOTE_CONTEXT = 100;

/** Longest numeral read as a number; a longer run of digits is skipped as `out_of_range`. */
export const MAX_NUMERAL_CHARS = 40;

export class ArticleLimitError extends Error {}

/**
 * How far either side of a figure attribution reads (clauses, the sentence before it,
 * places). Real sentences are far shorter; the bound keeps a page-long sentence of
 * figures linear instead of quadratic.
 */
export const READ_WINDOW = 300;
