/**
 * A chart with no `lang` attribute speaks its page's language: that of its closest
 * ancestor with one, the document's `<html lang>` last (chart-element.ts). Here as well as
 * in each chart's contract so that Firefox runs it too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';

async function bar(boxLang: string | null, own?: string): Promise<LivelihoodBar> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:480px"></div>`);
  if (boxLang !== null) box.setAttribute('lang', boxLang);
  const el = document.createElement('livelihood-bar') as LivelihoodBar;
  el.setAttribute('indicator', 'old_compounds_renovated');
  if (own) el.setAttribute('lang', own);
  box.append(el);
  await el.updateComplete;
  return el;
}
const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent;

describe('a chart’s language without a lang attribute', () => {
  it('is its closest ancestor’s, its own lang winning', async () => {
    expect(heading(await bar('en'))).to.equal('Old residential compounds renovated');
    expect(heading(await bar('en', 'zh'))).to.equal('老旧小区改造');
    expect(heading(await bar('de'))).to.equal('老旧小区改造');
  });

  it('is the page’s when no ancestor has one', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'en-US');
    try {
      expect(heading(await bar(null))).to.equal('Old residential compounds renovated');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
