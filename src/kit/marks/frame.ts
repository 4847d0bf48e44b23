/**
 * The parts around every chart: its caption, the placeholder that holds the chart's
 * height while data loads, the inline error, the notes and the source line.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChartSource } from '../model/select.js';
import { cssProps } from '../element/css-props.js';
import type { Lang } from '../model/lang.js';
import { FRAME_METRICS as M, sourceLineItems } from './frame-size.js';
import { langRuns } from './lang-runs.js';

/** Only web links: a dataset's `url` never becomes `javascript:` or `data:`. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// Not in the language's messages: a chart in English shows it while those load.
const LOADING: Record<Lang, string> = { zh: '加载中…', en: 'Loading…' };

export function renderPending(height: number, lang: Lang): TemplateResult {
  return html`<div part="chart" class="chart pending" .style=${cssProps({ height: `${height}px` })}>${LOADING[lang]}</div>`;
}

/** The inline message of a problem, `text` in the chart's language. */
export function renderProblem(text: string): TemplateResult {
  return html`<div part="error" class="error" role="alert">${text}</div>`;
}

/** What a chart's model gives its frame (ChartElement#renderFrame). */
export interface FrameModel {
  lang: Lang;
  heading: string;
  /** The period every mark shares, under the heading; '' when they differ. */
  commonPeriod?: string;
  /** The drawing area's accessible name. */
  summary: string;
  notes: readonly string[];
  sources: readonly ChartSource[];
  /** The hidden data table's headers and rows. */
  table: { headers: readonly string[]; rows: readonly (readonly string[])[] };
}

/** The title, and the period every mark shares under it when there is one. */
export function renderCaption(heading: string | ReturnType<typeof langRuns>, subtitle?: string): TemplateResult {
  return html`<figcaption><span part="heading" class="heading">${heading}</span>${
    subtitle ? html`<span part="subtitle" class="subtitle">${subtitle}</span>` : nothing
  }</figcaption>`;
}

/** The caveats under a chart, in a box (`#notes`) that describes the hidden data table (data-table.ts), then its source line. */
export function renderFooter({ notes, sources, lang }: Pick<FrameModel, 'notes' | 'sources' | 'lang'>): TemplateResult {
  return html`<div id="notes">${notes.map((note) => (note ? html`<p part="note" class="note">${langRuns(note, lang)}</p>` : nothing))}</div>${renderSourceLine(sources, lang)}`;
}

/** 来源：张家口新闻网，2025年12月22日；… — each publisher linked when its source has a web URL. */
export function renderSourceLine(sources: readonly ChartSource[], lang: Lang): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const { label, items, separator } = sourceLineItems(sources, lang);
  const links = items.map((item, i) => {
    const href = safeHref(sources[i]!.url);
    const text = langRuns(item, lang);
    // The separator stays outside the link.
    return html`${i ? separator : ''}${href ? html`<a href=${href} rel="noopener">${text}</a>` : text}`;
  });
  return html`<p part="source" class="source">${label}${links}</p>`;
}

/** Sizes from FRAME_METRICS: the height a snippet reserves adds up the same lines. */
export const frameStyles = css`
  figure {
    margin: 0;
    position: relative;
  }
  /* A Chinese run in an English line (lang-runs.ts) takes a Chinese font, whose normal line
     height is taller: it stays inside the line's own, so the line is as tall as measured. */
  span[lang=zh] {
    line-height: 1;
  }
  figcaption {
    margin: 0 0 ${M.gap}px;
    padding: 0;
  }
  .heading {
    display: block;
    font-size: var(--_heading-size);
    font-weight: 600;
    line-height: ${M.headingLine}px;
  }
  .subtitle,
  .note,
  .source {
    display: block;
    color: var(--_muted);
    font-size: ${M.smallSize}px;
    line-height: ${M.smallLine}px;
  }
  .note,
  .source {
    margin: ${M.gap}px 0 0;
    padding: 0;
  }
  .source a {
    color: inherit;
  }
  .chart {
    position: relative;
    /* Focusable from script (tabindex -1) but not a stop: marks show the focus. */
    outline: none;
  }
  .pending {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
    font-size: 13px;
  }
  .error {
    padding: 8px 12px;
    border-left: 4px solid currentColor;
    color: var(--_error);
    background: var(--_error-background);
    font-size: 14px;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
`;
