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
 * shared by every chart there. A document that cannot construct sheets gets `<style>`
 * elements in the shadow root instead.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

/** Marks the `<style>` elements of the fallback, so a later adoption removes them. */
const STYLE_ATTRIBUTE = 'data-chart-styles';

/** Each document's copies of each style list (a class's `elementStyles`). */
const copies = new WeakMap<Document, WeakMap<readonly CSSResultOrNative[], CSSStyleSheet[]>>();

function cssText(style: CSSResultOrNative): string {
  return 'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/** `styles` as sheets constructed in `doc`, or undefined when it cannot construct them. */
function sheetsIn(doc: Document, styles: readonly CSSResultOrNative[]): CSSStyleSheet[] | undefined {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('replaceSync' in Sheet.prototype)) return undefined;
  let byStyles = copies.get(doc);
  if (!byStyles) copies.set(doc, (byStyles = new WeakMap()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    byStyles.set(styles, sheets);
  }
  return sheets;
}

/** Gives `root` the styles in its own document, replacing those of a previous one. */
export function adoptDocumentStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  for (const old of root.querySelectorAll(`:scope > style[${STYLE_ATTRIBUTE}]`)) old.remove();
  const doc = root.ownerDocument;
  if (doc === document && supportsAdoptingStyleSheets) {
    adoptStyles(root, styles as CSSResultOrNative[]); // Lit's own sheets: made in this document
    return;
  }
  const sheets = supportsAdoptingStyleSheets ? sheetsIn(doc, styles) : undefined;
  if (sheets) {
    root.adoptedStyleSheets = sheets;
    return;
  }
  if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [];
  root.prepend(
    ...styles.map((style) => {
      const element = doc.createElement('style');
      element.setAttribute(STYLE_ATTRIBUTE, '');
      element.textContent = cssText(style);
      return element;
    }),
  );
}
