/**
 * What a mark's tooltip says about its figure: value and period, the sentence it was
 * quoted from, its other periods and its source. A mark without a figure (not
 * reported) gets its title and "not reported" alone.
 */
import type { Observation, Source } from '../data/types.js';
import { formatDate } from './format.js';
import type { Lang } from './lang.js';
import { messages } from './messages.js';
import type { TooltipContent } from './tooltip.js';

export interface TipFigure {
  title: string;
  valueLabel: string;
  period: string;
  observation: Observation | undefined;
  others: readonly { value: string; period: string }[];
  source: Source | undefined;
}

export function figureTip(figure: TipFigure, lang: Lang): TooltipContent {
  const m = messages(lang);
  const o = figure.observation;
  const s = figure.source;
  return {
    title: figure.title,
    value: figure.valueLabel,
    period: figure.period,
    quote: o?.quote ?? '',
    quoteSpan: o?.quoteSpan ?? [0, 0],
    raw: o?.raw ?? '',
    othersLabel: m.otherPeriods,
    others: figure.others,
    source: s ? m.sourceItem(s.publisher || s.title || m.unnamedSource, s.published ? formatDate(s.published, lang) : null) : '',
  };
}
