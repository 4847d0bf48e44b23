/**
 * What a mark's tooltip says about its figure: value and period, the sentence it was
 * quoted from, its other periods and its source. A mark without a figure (not
 * reported) gets its title and "not reported" alone. The quote is a window of
 * QUOTE_CONTEXT_CHARS either side of the figure (limits.ts), however long the sentence.
 */
import type { Flag, Observation, Source } from '../../data/types.js';
import { formatDate } from '../model/format.js';
import type { Lang } from '../model/lang.js';
import { cut, DISPLAY_CHARS, QUOTE_CONTEXT_CHARS } from '../model/limits.js';
import { messages } from '../model/messages.js';
import { reviewNote } from '../model/review.js';
import { FLAG_NOTES } from './flag-notes.js';
import { splitQuote } from './quote.js';
import type { TooltipContent } from './tooltip.js';

export interface TipFigure {
  title: string;
  valueLabel: string;
  tag: string;
  flags: readonly Flag[];
  /** An editor reviewed the dataset: say what they did with this figure. */
  reviewed: boolean;
  period: string;
  observation: Observation | undefined;
  others: readonly { value: string; period: string }[];
  /** Other periods not in `others`. */
  moreOthers?: number;
  source: Source | undefined;
}

/** The heading of a figure's other periods: only the tooltip says it. */
const OTHER_PERIODS: Record<Lang, string> = { zh: '其他时期', en: 'Other periods' };

/** Leading and trailing characters kept of a split quote, each cut with "…" at its far end. */
function quoteWindow(quote: string, span: readonly [number, number], raw: string) {
  if (quote.length <= 2 * QUOTE_CONTEXT_CHARS + DISPLAY_CHARS) return { quote, quoteSpan: span, raw };
  const [before, figure, after] = splitQuote(quote, span, raw);
  const head = before.length > QUOTE_CONTEXT_CHARS ? `…${before.slice(before.length - QUOTE_CONTEXT_CHARS)}` : before;
  const mark = cut(figure);
  const tail = cut(after, QUOTE_CONTEXT_CHARS);
  return { quote: head + mark + tail, quoteSpan: [head.length, head.length + mark.length] as const, raw: mark };
}

export function figureTip(figure: TipFigure, lang: Lang): TooltipContent {
  const m = messages(lang);
  const o = figure.observation;
  const s = figure.source;
  return {
    lang,
    title: figure.title,
    value: figure.valueLabel,
    tag: figure.tag,
    caveats: figure.flags.map((f) => FLAG_NOTES[lang][f]),
    review: figure.reviewed && o ? reviewNote(o, lang) : '',
    period: figure.period,
    ...quoteWindow(o?.quote ?? '', o?.quoteSpan ?? [0, 0], o?.raw ?? ''),
    othersLabel: OTHER_PERIODS[lang],
    others: figure.others,
    more: figure.moreOthers ? m.morePeriods(figure.moreOthers) : '',
    source: s ? m.sourceItem(s.publisher || s.title || m.unnamedSource, s.published ? formatDate(s.published, lang) : null) : '',
  };
}
