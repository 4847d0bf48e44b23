/**
 * Inline sizes and positions as a `.style` property binding, which sets them through the
 * CSSOM (`style.cssText`), never as a `style` attribute: a page with
 * `Content-Security-Policy: style-src 'self'` blocks `style="…"` in markup (and
 * `setAttribute('style', …)`), not the CSSOM. Lit's `styleMap` writes the attribute on its
 * first render, so it does not do.
 *
 * Used as `<div .style=${cssProps({ height: '12px' })}>`; a property left undefined is
 * left out (and so removed when it was set before). Values are the kit's own numbers and
 * keywords, never a page's text.
 */
export type CssProps = Readonly<Record<string, string | undefined>>;

/** CSS properties (`height`, `left`, custom properties …) as an inline style's text. */
export const cssProps = (props: CssProps): string =>
  Object.entries(props)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
