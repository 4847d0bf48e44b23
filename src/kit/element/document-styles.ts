/**
 * A chart's styles in whatever document it is in.
 *
 * Lit adopts a class's styles as constructed stylesheets made in the document that
 * loaded the module, and a shadow root may only adopt sheets of its own document: a
 * chart connected first inside a same-origin iframe (`frame.contentDocument.body.append(el)`)
 * would throw NotAllowedError, and a chart moved into an iframe loses its sheets (the
 * browser drops another document's sheets on adoption) and stays unstyled even once
 * moved back. So a chart adopts, each time it is connected to a new document, that
 * document's own copies of its sheets: made once per document and style list, and
 * shared by every chart there. A browser that cannot adopt sheets gets `<style>`
 * elements in the shadow root instead, as Lit gives them.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative } from 'lit';

/** Each document's copies of each style list (a class's `elementStyles`). */
const copies = new WeakMap<Document, WeakMap<readonly CSSResultOrNative[], CSSStyleSheet[]>>();

/** `styles` as sheets constructed in `doc`. */
function sheetsIn(doc: Document, styles: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  // A document with no window (DOMParser's) draws nothing: it needs no styles.
  if (!Sheet) return [];
  let byStyles = copies.get(doc);
  if (!byStyles) copies.set(doc, (byStyles = new WeakMap()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new Sheet();
      // The charts' styles are all Lit's `css` results.
      sheet.replaceSync((style as CSSResult).cssText);
      return sheet;
    });
    byStyles.set(styles, sheets);
  }
  return sheets;
}

/**
 * Gives `root` the styles in its own document, replacing those of a previous one. Lit's
 * `adoptStyles` adopts its own sheets, made in this document, or, where a browser cannot
 * adopt sheets, appends `<style>` elements (the shadow root holds no others: the old go).
 */
export function adoptDocumentStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (doc !== document && supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = sheetsIn(doc, styles);
    return;
  }
  for (const old of root.querySelectorAll(':scope > style')) old.remove();
  adoptStyles(root, styles as CSSResultOrNative[]);
}
