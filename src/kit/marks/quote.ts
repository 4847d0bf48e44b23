/**
 * The sentence a figure was quoted from, cut around the figure so that it can be marked
 * (`<mark>`) while everything stays bound as text.
 */
import { nothing } from 'lit';
import type { Lang } from '../model/lang.js';
import { messages } from '../model/messages.js';

/** lang="zh" for a quote (any text with Han characters) in an English chart, on the quote's own element (lang-runs.ts). */
export const zhLang = (text: string, lang: Lang) => (messages(lang).zhRuns(text)[1] ? 'zh' : nothing);

/** Full-width forms and the ideographic space, as the pipeline reads them (ASCII, a space). */
const WIDE = /[\uff01-\uff5e\u3000]/gu;
const narrow = (s: string) => s.replace(WIDE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/**
 * `quote` as [before, figure, after]. Uses `quoteSpan` when it points at `raw` (the quote
 * is as the article wrote it, `raw` as the pipeline read it: `72％` is `72%`), else the
 * first occurrence of `raw`; without either, the whole quote is `before`.
 */
export function splitQuote(quote: string, span: readonly [number, number], raw: string): [string, string, string] {
  let [start, end] = span;
  if (narrow(quote.slice(start, end)) !== raw || start === end) {
    start = raw ? quote.indexOf(raw) : -1;
    if (start < 0) return [quote, '', ''];
    end = start + raw.length;
  }
  return [quote.slice(0, start), quote.slice(start, end), quote.slice(end)];
}
