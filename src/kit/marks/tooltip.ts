/**
 * The tooltip of a mark: its value, period, other periods, and the sentence the figure
 * was quoted from with the figure itself marked. Everything is bound as text: the
 * quote is cut into three strings around `<mark>`, never parsed as HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../element/css-props.js';

export interface TooltipContent {
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
    ${cssProps({ left: `${left}px`, top: `${top}px`, width: `${width}px` })}
  >
    <p class="tooltip-title"><strong>${content.title}</strong> ${content.value}${
      content.tag ? html` <span class="tooltip-tag">${content.tag}</span>` : nothing
    }${content.period ? html` <span class="tooltip-period">${content.period}</span>` : nothing}</p>
    ${content.caveats.map((c) => html`<p class="tooltip-caveat">${c}</p>`)}
    ${content.review ? html`<p class="tooltip-review">${content.review}</p>` : nothing}
    ${content.quote ? html`<blockquote>${before}${figure ? html`<mark part="highlight">${figure}</mark>` : nothing}${after}</blockquote>` : nothing}
    ${content.others.length
      ? html`<p class="tooltip-others">${content.othersLabel}: ${content.others.map((o, i) => html`${i ? '; ' : ''}${o.period} ${o.value}`)}${content.more ?? ''}</p>`
      : nothing}
    ${content.source ? html`<p class="tooltip-source">${content.source}</p>` : nothing}
  </div>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    padding: 8px 10px;
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_tooltip-color);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 13px;
    line-height: 1.5;
    pointer-events: none;
    transition: opacity 120ms;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip p,
  .tooltip blockquote {
    margin: 0;
  }
  .tooltip blockquote {
    margin-top: 4px;
    overflow-wrap: anywhere;
  }
  .tooltip mark {
    background: var(--_mark-background);
    color: var(--_mark-color);
    padding: 0 1px;
  }
  .tooltip-tag {
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: 12px;
  }
  .tooltip-caveat {
    font-style: italic;
  }
  .tooltip-review {
    font-size: 12px;
  }
  .tooltip-period,
  .tooltip-others,
  .tooltip-source {
    color: var(--_tooltip-muted);
  }
  .tooltip-others,
  .tooltip-source {
    margin-top: 4px;
    font-size: 12px;
  }
`;
