/**
 * The sentence a figure was quoted from, cut around the figure so that it can be marked
 * (`<mark>`) while everything stays bound as text.
 */

/**
 * `quote` as [before, figure, after]. Uses `quoteSpan` when it points at `raw`, else
 * the first occurrence of `raw`; without either, the whole quote is `before`.
 */
export function splitQuote(quote: string, span: readonly [number, number], raw: string): [string, string, string] {
  let [start, end] = span;
  if (quote.slice(start, end) !== raw || start === end) {
    start = raw ? quote.indexOf(raw) : -1;
    if (start < 0) return [quote, '', ''];
    end = start + raw.length;
  }
  return [quote.slice(0, start), quote.slice(start, end), quote.slice(end)];
}
