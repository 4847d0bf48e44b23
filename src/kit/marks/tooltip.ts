/**
 * The tooltip of a mark: its value, period, other periods, and the sentence the figure
 * was quoted from with the figure itself marked. Everything is bound as text: the
 * quote is cut into three strings around `<mark>`, never parsed as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../element/css-props.js';
import type { Lang } from '../model/lang.js';
import { langRuns } from './lang-runs.js';
import { splitQuote, zhLang } from './quote.js';

export interface TooltipContent {
  /** The chart's: Chinese text in an English tooltip is marked so (frame.ts). */
  lang: Lang;
  title: string;
  value: string;
  /** The figure's status tag (计划, 在建, 存疑 …), '' for a sure result. */
  tag: string;
  period: string;
  /** Why the figure is uncertain, one line each. */
  caveats: readonly string[];
  /** Whether an editor checked it (and what they corrected), '' when nobody reviewed the dataset. */
  review: string;
  quote: string;
  /** Offsets of `raw` inside `quote`. */
  quoteSpan: readonly [number, number];
  raw: string;
  othersLabel: string;
  others: readonly { period: string; value: string }[];
  /** After the others: how many more periods there are ('' for none). */
  more?: string;
  source: string;
}

export interface TooltipAnchor {
  /** Horizontal centre of the mark, px from the chart's left. */
  x: number;
  top: number;
  bottom: number;
}

/** Widest tooltip, px; narrower containers get their own width less a margin. */
const MAX_WIDTH = 320;
const MARGIN = 4;

/** Where the chart is on screen when its tooltip opens: its top and the window's height, px. */
export interface TooltipViewport {
  chartTop: number;
  height: number;
}

/**
 * Where the tooltip goes: under the mark in the upper half of the window, above it in
 * the lower half, so it opens where there is room. Without a viewport (nothing
 * measured yet), by the mark's place in the chart instead.
 */
export function tooltipPosition(anchor: TooltipAnchor, chartWidth: number, chartHeight: number, viewport?: TooltipViewport) {
  const width = Math.max(0, Math.min(MAX_WIDTH, chartWidth - 2 * MARGIN));
  const left = Math.max(0, Math.min(anchor.x - width / 2, chartWidth - width));
  const above = viewport ? viewport.chartTop + anchor.top > viewport.height / 2 : anchor.top > chartHeight / 2;
  return { left, width, above, top: above ? anchor.top - MARGIN : anchor.bottom + MARGIN };
}

/**
 * The tooltip, or without content an empty hidden one, so that marks can always point
 * `aria-describedby` at `id`.
 */
export function renderTooltip(
  id: string,
  content: TooltipContent | undefined,
  anchor: TooltipAnchor,
  chart: { width: number; height: number },
  viewport?: TooltipViewport,
): TemplateResult {
  if (!content) return html`<div id=${id} role="tooltip" part="tooltip" class="tooltip" hidden></div>`;
  const { left, top, width, above } = tooltipPosition(anchor, chart.width, chart.height, viewport);
  const [before, figure, after] = splitQuote(content.quote, content.quoteSpan, content.raw);
  return html`<div
    id=${id}
    role="tooltip"
    part="tooltip"
    class=${above ? 'tooltip above' : 'tooltip'}
    .style=${cssProps({ left: `${left}px`, top: `${top}px`, width: `${width}px` })}
  >
    <p class="tooltip-title"><strong>${content.title}</strong> ${content.value}${
      content.tag ? html` <span class="tooltip-tag">${content.tag}</span>` : nothing
    }${content.period ? html` <span class="tooltip-period">${content.period}</span>` : nothing}</p>
    ${content.caveats.map((c) => html`<p class="tooltip-caveat">${c}</p>`)}
    ${content.review ? html`<p class="tooltip-review">${content.review}</p>` : nothing}
    ${content.quote ? html`<blockquote lang=${zhLang(content.quote, content.lang)}>${before}${figure ? html`<mark part="highlight">${figure}</mark>` : nothing}${after}</blockquote>` : nothing}
    ${content.others.length
      ? html`<p class="tooltip-others">${content.othersLabel}: ${content.others.map((o, i) => html`${i ? '; ' : ''}${o.period} ${o.value}`)}${content.more ?? ''}</p>`
      : nothing}
    ${content.source ? html`<p class="tooltip-source">${langRuns(content.source, content.lang)}</p>` : nothing}
  </div>`;
}
