/**
 * Inline sizes and positions set through the CSSOM (`element.style.setProperty`), never
 * as a `style` attribute: a page with `Content-Security-Policy: style-src 'self'` blocks
 * `style="…"` in markup (and `setAttribute('style', …)`), not the CSSOM. Lit's `styleMap`
 * writes the attribute on its first render, so it does not do.
 *
 * Used in element position: `<div ${cssProps({ height: '12px' })}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  /** Properties set by the last update, removed when a later one leaves them out. */
  #previous: readonly string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps goes in element position');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous) if (props[name] === undefined) style.removeProperty(name);
    const set: string[] = [];
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      set.push(name);
    }
    this.#previous = set;
    return noChange;
  }
}

/** Sets CSS properties (`height`, `left`, custom properties …) on the element through its CSSOM style. */
export const cssProps = directive(CssPropsDirective);
