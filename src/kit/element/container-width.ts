/**
 * The width a chart has to fill, kept current with a ResizeObserver.
 *
 * It watches a zero-height ruler at the top of the host's shadow root rather than the
 * host itself: the host's height changes when the chart relayouts for a new width,
 * and watching that would make a ResizeObserver loop. The ruler is placed and observed
 * on connect, before the first render, so no render schedules another one and the
 * width is known when the data arrives. The observer belongs to the window of the
 * document the chart is in (an iframe's, once moved there): a ResizeObserver of
 * another window reports a loop error on every frame. Each connect also asks for an
 * update, so a chart that got its data while disconnected draws when it is back.
 *
 * `@lit-labs/observers`' ResizeController does the observing part too, but it brings
 * Lit's async-directive machinery for a `target()` directive charts do not use:
 * 1.1 KB gzip of a 25 KB budget for the dozen lines below.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  private readonly ruler = document.createElement('div');
  private observer?: ResizeObserver;
  /** The window whose ResizeObserver `observer` is. */
  private observerView?: Window;
  private width?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.ruler.setAttribute('aria-hidden', 'true');
    // Inset by the figure's padding (theme.ts): the width measured is the chart's own.
    this.ruler.style.cssText = 'display:block;height:0;margin:0 var(--_padding,0px);padding:0;border:0';
    host.addController(this);
  }

  hostConnected(): void {
    if (this.ruler.parentNode !== this.host.renderRoot) this.host.renderRoot.prepend(this.ruler);
    const view = (this.host.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
    if (!this.observer || this.observerView !== view) {
      this.observer?.disconnect();
      this.observerView = view;
      this.observer = new view.ResizeObserver((entries) => {
        const width = entries[entries.length - 1]!.contentRect.width;
        if (width === this.width) return;
        this.width = width;
        this.host.requestUpdate();
      });
    }
    this.observer.observe(this.ruler);
    // Drawn at the width read now (see `value`), not a frame later.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    // Measured again when connected: the new place may be wider or narrower.
    this.width = undefined;
  }

  /**
   * Container width in px. Until the first observation arrives (a frame later) the
   * ruler is read once, so a chart connected with its data draws in its first update.
   */
  get value(): number | undefined {
    if (this.width === undefined && this.ruler.isConnected) this.width = this.ruler.clientWidth;
    return this.width === undefined ? undefined : Math.floor(this.width);
  }
}
