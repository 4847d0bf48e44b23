/**
 * The article with every numeral marked: a figure as a button coloured and outlined by
 * its status, a skipped numeral underlined with its reason shown on hover or focus. The
 * numerals are one Tab stop (roving focus): arrow keys move between them, Home/End jump
 * to the ends, N / P (or Ctrl+arrows) jump between figures only, passing the skipped
 * numerals (each part of a date is one), Enter or a click on a figure asks the table to
 * edit it.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Observation, Skipped } from '../../src/data/types.js';
import { blocksOf, segmentArticle, type Segment } from '../../src/studio/segments.js';
import { toLang } from '../../src/kit/model/lang.js';
import { studioStrings, type StudioStrings } from './strings.js';
import { base, statusMarks } from './styles.js';

/** Asks for a figure to be edited, named by its span (an excluded figure has no observation). */
export class StudioSelectEvent extends Event {
  constructor(readonly span: [number, number]) {
    super('studio-select', { bubbles: true, composed: true });
  }
}

export class StudioArticle extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    text: {},
    figures: { attribute: false },
    skipped: { attribute: false },
    selected: { attribute: false },
    focusIndex: { state: true },
    tip: { state: true },
  };

  static override styles = [
    base,
    statusMarks,
    css`
      .article {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        line-height: 2;
        max-height: 70vh;
        overflow-y: auto;
        border: 1px solid var(--_line);
        border-radius: 8px;
        padding: 8px 12px;
        background: var(--_surface);
      }
      /* Blocks far from view are laid out when they come near it: a long article stays quick. */
      .block {
        content-visibility: auto;
        contain-intrinsic-size: auto 30em;
      }
      .num {
        position: relative;
        font: inherit;
        line-height: 1.4;
        padding: 0 2px;
        margin: 0 1px;
        cursor: pointer;
      }
      button.num {
        border-radius: 3px;
      }
      .num[aria-current='true'] {
        box-shadow: 0 0 0 3px var(--_text);
      }
      .article {
        position: relative;
      }
      /* One tooltip for the numeral under the pointer or in focus, outside the blocks (whose containment would clip it). */
      .tip {
        position: absolute;
        z-index: 2;
        width: max-content;
        max-width: 18em;
        white-space: normal;
        background: var(--_tip);
        color: var(--_on-tip);
        font-size: 13px;
        line-height: 1.4;
        padding: 4px 8px;
        border-radius: 4px;
        pointer-events: none;
      }
      .tip[hidden] {
        display: none;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
        font-size: 14px;
      }
      .legend span {
        padding: 0 6px;
      }
    `,
  ];

  /** The studio's language: `zh` (default) or `en`; the charts it previews pick their own. */
  declare lang: string;

  private get t(): StudioStrings {
    return studioStrings(toLang(this.lang));
  }

  /** The article as decoded (spans index into it). */
  text = '';
  /** Figures as corrected. */
  figures: readonly Observation[] = [];
  /** Skipped numerals, with those an editor left out (`excluded_by_editor`). */
  skipped: readonly Skipped[] = [];
  /** Span of the figure being edited. */
  selected: [number, number] | undefined;
  private focusIndex = 0;
  /** The tooltip's text and place (in the article box), for the numeral pointed at or focused. */
  private tip: { text: string; left: number; top: number } | undefined;
  private blocks: Segment[][] = [];

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('figures') || changed.has('skipped')) {
      const segments = segmentArticle(this.text, this.figures, this.skipped);
      this.blocks = blocksOf(segments);
      const count = segments.filter((s) => s.kind !== 'text').length;
      if (this.focusIndex >= count) this.focusIndex = 0;
    }
  }

  /**
   * Brings a numeral into view in the article box, focused (the roving stop moves to it):
   * the table's 在原文中显示. Its mark (aria-current) is the table's editing selection.
   */
  async reveal(span: readonly [number, number]): Promise<void> {
    await this.updateComplete;
    const numerals = [...this.renderRoot.querySelectorAll<HTMLElement>('.num')];
    const index = numerals.findIndex((n) => n.dataset.span === `${span[0]}-${span[1]}`);
    if (index < 0) return;
    this.focusIndex = index;
    await this.updateComplete;
    const numeral = numerals[index]!;
    numeral.scrollIntoView({ block: 'center', inline: 'nearest' });
    numeral.focus({ preventScroll: true });
  }

  /** The next (or previous) figure's index from `from`, passing skipped numerals; `from` when there is none. */
  private nextFigure(numerals: readonly HTMLElement[], from: number, step: 1 | -1): number {
    for (let i = from + step; i >= 0 && i < numerals.length; i += step) if (numerals[i]!.localName === 'button') return i;
    return from;
  }

  private handleKey(event: KeyboardEvent): void {
    const numerals = [...this.renderRoot.querySelectorAll<HTMLElement>('.num')];
    if (!numerals.length) return;
    const key = event.key.toLowerCase();
    const figureStep =
      !event.altKey && !event.metaKey && !event.ctrlKey && (key === 'n' || key === 'p')
        ? key === 'n' ? 1 : -1
        : event.ctrlKey && !event.altKey && !event.metaKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')
          ? event.key === 'ArrowRight' ? 1 : -1
          : 0;
    if (figureStep) {
      event.preventDefault();
      const next = this.nextFigure(numerals, this.focusIndex, figureStep);
      this.focusIndex = next;
      numerals[next]!.focus();
      return;
    }
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(numerals.length - 1, this.focusIndex + (Number.isFinite(move) ? move : move > 0 ? numerals.length : -numerals.length)));
    this.focusIndex = next;
    numerals[next]!.focus();
  }

  private showTip(event: Event): void {
    const numeral = (event.target as Element).closest<HTMLElement>('.num');
    const box = this.renderRoot.querySelector<HTMLElement>('.article');
    if (!numeral || !box) return;
    const r = numeral.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    this.tip = {
      text: numeral.querySelector('.note')!.textContent!,
      left: r.left - b.left + box.scrollLeft,
      top: r.bottom - b.top + box.scrollTop + 4,
    };
  }

  private hideTip(event: Event): void {
    const related = (event as FocusEvent).relatedTarget as Element | null;
    if (!related?.closest?.('.num')) this.tip = undefined;
  }

  private select(span: [number, number], index: number): void {
    this.focusIndex = index;
    this.dispatchEvent(new StudioSelectEvent(span));
  }

  private renderNumeral(segment: Exclude<Segment, { kind: 'text' }>, index: number) {
    const tabindex = index === this.focusIndex ? 0 : -1;
    if (segment.kind === 'figure') {
      const o = segment.figure;
      const status = this.t.statuses[o.status ?? 'result'];
      const selected = this.selected?.[0] === o.span[0];
      const notes = [status, o.subject, ...(o.flags ?? []).map((f) => this.t.flags[f]), ...(o.checked ? [this.t.fields.checked] : [])];
      return html`<button
        type="button"
        class="num s-${o.status ?? 'result'}"
        tabindex=${tabindex}
        aria-current=${selected ? 'true' : 'false'}
        data-span=${o.span.join('-')}
        @click=${() => this.select(o.span, index)}
        @focus=${() => (this.focusIndex = index)}
      >${segment.text}<span class="note sr-only">（${notes.join(' · ')}）</span></button>`;
    }
    const s = segment.skipped;
    const editorExcluded = s.reason === 'excluded_by_editor';
    return html`<mark
      class="num skip"
      tabindex=${tabindex}
      data-span=${s.span.join('-')}
      data-reason=${s.reason}
      @focus=${() => (this.focusIndex = index)}
      @click=${editorExcluded ? () => this.select(s.span, index) : nothing}
      @keydown=${editorExcluded ? (e: KeyboardEvent) => e.key === 'Enter' && this.select(s.span, index) : nothing}
    >${segment.text}<span class="note sr-only">（${this.t.skippedBecause(this.t.reasons[s.reason])}）</span></mark>`;
  }

  override render() {
    let n = 0;
    return html`
      <ul class="legend" aria-label=${this.t.legend}>
        ${(['result', 'plan', 'target', 'ongoing'] as const).map((s) => html`<li><span class="s-${s}">${this.t.statuses[s]}</span></li>`)}
        <li><span class="skip">${this.t.skippedTag}</span></li>
      </ul>
      <div
        class="article"
        role="group"
        aria-label=${this.t.textHeading}
        @keydown=${this.handleKey}
        @mouseover=${this.showTip}
        @focusin=${this.showTip}
        @mouseout=${this.hideTip}
        @focusout=${this.hideTip}
      >${this.blocks.map(
        (block) => html`<div class="block">${block.map((s) => (s.kind === 'text' ? s.text : this.renderNumeral(s, n++)))}</div>`,
      )}<div class="tip" aria-hidden="true" ?hidden=${!this.tip} style=${this.tip ? `left:${this.tip.left}px;top:${this.tip.top}px` : ''}>${this.tip?.text}</div></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-article': StudioArticle;
  }
}
