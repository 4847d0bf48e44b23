/**
 * The width a chart has to fill, kept current with `ResizeController`.
 *
 * It watches a zero-height ruler at the top of the host's shadow root rather than the
 * host itself: the host's height changes when the chart relayouts for a new width,
 * and watching that would make a ResizeObserver loop. The ruler is placed and observed
 * on connect, before the first render, so no render schedules another one and the
 * width is known when the data arrives.
 */
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  private readonly resize: ResizeController<number | undefined>;
  private readonly ruler = document.createElement('div');

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.ruler.setAttribute('aria-hidden', 'true');
    this.ruler.style.cssText = 'display:block;height:0;margin:0;padding:0;border:0';
    this.resize = new ResizeController(host, {
      target: null,
      // The first call has no entries: keep the width read at render (see value), rather
      // than force a layout right after the chart was committed.
      callback: (entries) => entries[entries.length - 1]?.contentRect.width ?? this.resize.value ?? this.ruler.clientWidth,
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.ruler.parentNode !== this.host.renderRoot) this.host.renderRoot.prepend(this.ruler);
    this.resize.observe(this.ruler);
  }

  /**
   * Container width in px. Until the first observation arrives (a frame later) the
   * ruler is read once, so a chart connected with its data draws in its first update.
   */
  get value(): number | undefined {
    let width = this.resize.value;
    if (width === undefined && this.ruler.isConnected) width = this.resize.value = this.ruler.clientWidth;
    return width === undefined ? undefined : Math.floor(width);
  }
}
