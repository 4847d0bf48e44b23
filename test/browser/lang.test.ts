/**
 * A chart with no `lang` attribute speaks its page's language: that of its closest
 * ancestor with one, the document's `<html lang>` last (chart-element.ts). Here as well as
 * in each chart's contract so that Firefox runs it too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';
import '../../src/charts/livelihood-stat/livelihood-stat.js';
import '../../src/charts/livelihood-table/livelihood-table.js';

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

/**
 * An English chart's Chinese text (quotes, articles' titles and publishers) is marked
 * lang="zh", on its own element, so that a screen reader switches to a Chinese voice;
 * the English around it keeps the figure's lang="en" (QA B3).
 */
describe('Chinese text in an English chart', () => {
  async function chart<T extends HTMLElement & { updateComplete: Promise<unknown> }>(markup: string): Promise<T> {
    const box = await fixture<HTMLDivElement>(html`<div style="width:480px"></div>`);
    box.innerHTML = markup;
    const el = box.firstElementChild as T;
    await el.updateComplete;
    return el;
  }
  const zhRuns = (el: Element, selector: string) =>
    [...el.shadowRoot!.querySelectorAll(`${selector} [lang="zh"]`)].map((e) => e.textContent);
  const han = /\p{sc=Han}/u;

  it('marks each Chinese source name or title in the source line and notes, and nothing English', async () => {
    const el = await chart<LivelihoodBar>('<livelihood-bar lang="en" indicator="new_urban_jobs"></livelihood-bar>');
    const source = el.shadowRoot!.querySelector('[part="source"]')!;
    expect(source.textContent).to.match(/^Sources: /);
    expect(zhRuns(el, '[part="source"]')).to.deep.equal(['石家庄新闻网', '写好“民生答卷” 绘就幸福底色']);
    // The note's English stays English: only the title and the period as written are Chinese.
    const note = [...el.shadowRoot!.querySelectorAll('[part="note"]')].find((p) => han.test(p.textContent!))!;
    expect(note.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    for (const run of note.querySelectorAll('[lang="zh"]')) expect(run.textContent).to.not.match(/[a-z]/i);
    expect(zhRuns(el, '[part="note"]')).to.include('写好‘民生答卷’ 绘就幸福底色');
    // Every Han character of the source line and notes is inside a lang="zh" run.
    for (const p of el.shadowRoot!.querySelectorAll('[part="source"], [part="note"]'))
      for (const node of p.childNodes) if (node.nodeType === Node.TEXT_NODE) expect(node.textContent).to.not.match(han);
  });

  it('marks the tooltip’s quote and source, not its English title', async () => {
    const el = await chart<LivelihoodBar>('<livelihood-bar lang="en" indicator="old_compounds_renovated"></livelihood-bar>');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="bar"]')!.focus();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tip.querySelector('blockquote')!.getAttribute('lang')).to.equal('zh');
    expect(tip.querySelector('strong')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(tip.querySelector('.tooltip-source [lang="zh"]')!.textContent).to.match(han);
  });

  it('leaves a Chinese chart’s text alone', async () => {
    const el = await chart<LivelihoodBar>('<livelihood-bar indicator="new_urban_jobs"></livelihood-bar>');
    expect(el.shadowRoot!.querySelectorAll('[lang="zh"]:not(figure)')).to.have.length(0);
  });

  it('marks livelihood-stat’s sentence panel', async () => {
    const el = await chart<LivelihoodBar>('<livelihood-stat lang="en" indicator="new_urban_jobs" region="shijiazhuang"></livelihood-stat>');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="stat"]')!.click();
    await el.updateComplete;
    const sentence = el.shadowRoot!.querySelector<HTMLElement>('[part="sentence"]')!;
    expect(sentence.hidden).to.equal(false);
    expect(sentence.querySelector('blockquote')!.getAttribute('lang')).to.equal('zh');
    expect(sentence.querySelector('p [lang="zh"]')!.textContent).to.equal('石家庄新闻网');
  });

  it('marks livelihood-table’s sentence column, not its English columns', async () => {
    const el = await chart<LivelihoodBar>('<livelihood-table lang="en" indicator="old_compounds_renovated"></livelihood-table>');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      expect(row.querySelector('[part="quote"]')!.getAttribute('lang')).to.equal('zh');
      expect(row.querySelector('th')!.hasAttribute('lang')).to.equal(false);
    }
  });
});
