/**
 * The charts in a publisher's own design (pages/news.css): a reset, justified, spaced,
 * upper-case 18 px text, a dark section, a tinted fact box and a 300 px sidebar. At
 * every width each chart's text stays inside the chart and no two pieces of it overlap,
 * the page shows through the charts, the charts' text follows the page's size, and a
 * place has one colour in every chart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { PALETTE, PALETTE_DARK } from '../../src/kit/marks/series-styles.js';

type Chart = HTMLElement & { updateComplete: Promise<boolean> };

const THREE = 'zhangjiakou,hohhot,shijiazhuang';

/** The stylesheet, linked once for the file. */
before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./pages/news.css', import.meta.url).href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});

/** The article page at `width` px, every chart drawn. */
async function page(width: number): Promise<{ page: HTMLElement; charts: Chart[] }> {
  const el = await fixture<HTMLElement>(html`<div class="page" style="width:${width}px">
    <div class="layout">
      <article>
        <p>今年以来，全市持续加大民生投入，老旧小区改造、养老服务、教育医疗等领域取得新进展。</p>
        <livelihood-bar lang="en" region="zhangjiakou" family="elderly_care_facilities" unit="个"></livelihood-bar>
        <livelihood-bar lang="en" region="shijiazhuang" category="housing" unit="套"></livelihood-bar>
        <p>The city renovated old compounds and opened new school places across its districts.</p>
        <city-compare lang="en" regions=${THREE} indicators="old_compounds_renovated,new_primary_secondary_places"></city-compare>
        <div class="fact-box">
          <livelihood-stat indicator="new_urban_jobs" region="shijiazhuang"></livelihood-stat>
        </div>
        <livelihood-progress region="shijiazhuang"></livelihood-progress>
        <section class="dark">
          <livelihood-bar theme="dark" indicator="old_compounds_renovated"></livelihood-bar>
        </section>
        <livelihood-table lang="en" indicator="old_compounds_renovated"></livelihood-table>
      </article>
      <aside>
        <livelihood-trend indicator="shantytown_homes_completed" regions="shijiazhuang"></livelihood-trend>
        <city-compare regions="hohhot,shijiazhuang" indicators="old_compounds_renovated"></city-compare>
      </aside>
    </div>
  </div>`);
  const charts = [...el.querySelectorAll<Chart>('livelihood-bar, city-compare, livelihood-stat, livelihood-progress, livelihood-trend, livelihood-table')];
  await Promise.all(charts.map((c) => c.updateComplete));
  return { page: el, charts };
}

interface TextBox {
  text: string;
  box: DOMRect;
}

/**
 * Every piece of text a reader sees in `chart`: each line of each text node, with its box
 * on screen. A line's box is its font's ascent to descent, cut to the line height it is
 * set in: Firefox draws the charts' text in Noto Sans CJK, whose ascent and descent (1.45
 * em) exceed the charts' tight line heights; the layout gives the line no more, and the
 * glyphs (1 em) need no more.
 */
function textBoxes(chart: Element): TextBox[] {
  const walker = document.createTreeWalker(chart.shadowRoot!, NodeFilter.SHOW_TEXT);
  const boxes: TextBox[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    // The screen reader's table, a closed tooltip, styles: not drawn.
    if (!text || node.parentElement!.closest('.visually-hidden, [hidden], style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = lineHeight(node.parentElement!);
    for (const box of range.getClientRects()) {
      if (box.width === 0 || box.height === 0) continue;
      const cut = Math.max(0, (box.height - line) / 2);
      boxes.push({ text, box: new DOMRect(box.x, box.y + cut, box.width, box.height - 2 * cut) });
    }
  }
  return boxes;
}

/** The line height `element`'s text is set in, px on screen (its figure's zoom included); 1.2 em where it is `normal` (SVG text has no line box). */
function lineHeight(element: Element): number {
  const style = getComputedStyle(element);
  const zoom = Number(getComputedStyle(element.closest('figure') ?? element).zoom) || 1;
  const px = Number.parseFloat(style.lineHeight);
  return (Number.isFinite(px) ? px : 1.2 * Number.parseFloat(style.fontSize)) * zoom;
}

/** How far two boxes overlap, px, across and down. */
const overlap = (a: DOMRect, b: DOMRect) => ({
  x: Math.min(a.right, b.right) - Math.max(a.left, b.left),
  y: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
});

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

describe('charts in a news page’s own styles', () => {
  for (const width of [320, 375, 768, 1000, 1440]) {
    describe(`at ${width} px`, () => {
      it('draws every chart, its text inside the chart and no two pieces of it overlapping', async () => {
        const { charts } = await page(width);
        expect(charts).to.have.length(9);
        for (const chart of charts) {
          const name = `<${chart.localName}${chart.getAttribute('lang') === 'en' ? ' lang=en' : ''}> at ${width} px`;
          // Only text in the message: chai would describe the element, dataset and all.
          expect(chart.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', `${name} shows an error`).to.equal('');
          const host = chart.getBoundingClientRect();
          const boxes = textBoxes(chart);
          expect(boxes.length, name).to.be.above(3);
          for (const { text, box } of boxes) {
            const inside = box.left >= host.left - 1 && box.right <= host.right + 1 && box.top >= host.top - 1 && box.bottom <= host.bottom + 1;
            expect(inside, `${name}: "${text}" (${Math.round(box.left)}–${Math.round(box.right)}) outside ${Math.round(host.left)}–${Math.round(host.right)}`).to.equal(true);
          }
          // Glyph boxes of lines set close may touch by a pixel; text that collides overlaps by more.
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const o = overlap(boxes[i]!.box, boxes[j]!.box);
              expect(o.x > 1 && o.y > 2, `${name}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}" by ${o.x.toFixed(1)} × ${o.y.toFixed(1)} px`).to.equal(false);
            }
          }
        }
      });
    });
  }

  it('shows the page through each chart: transparent by default, in the tinted box and the dark section too', async () => {
    const { charts } = await page(1000);
    for (const chart of charts) {
      const figure = chart.shadowRoot!.querySelector('figure')!;
      expect([getComputedStyle(chart).backgroundColor, getComputedStyle(figure).backgroundColor], chart.localName).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    }
  });

  it('is light or dark as the page is: light where it declares no color-scheme, dark in a part that declares dark, forced by theme', async () => {
    const el = await fixture<HTMLElement>(html`<div class="page" style="width:640px">
      <livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>
      <section class="dark" style="color-scheme:dark">
        <livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>
        <city-compare regions="hohhot,shijiazhuang" indicators="old_compounds_renovated" filled></city-compare>
        <livelihood-bar theme="light" filled indicator="old_compounds_renovated"></livelihood-bar>
      </section>
      <livelihood-bar theme="dark" filled indicator="old_compounds_renovated"></livelihood-bar>
    </div>`);
    const charts = [...el.querySelectorAll<Chart>('livelihood-bar, city-compare')];
    await Promise.all(charts.map((c) => c.updateComplete));
    const style = (chart: Chart, selector: string) => getComputedStyle(chart.shadowRoot!.querySelector(selector)!);
    const [light, dark, white, black] = ['rgb(31, 31, 31)', 'rgb(236, 236, 236)', 'rgb(255, 255, 255)', 'rgb(22, 24, 29)'];
    expect(charts.map((c) => style(c, 'figure').color)).to.deep.equal([light, dark, dark, light, dark]);
    expect(charts.slice(2).map((c) => style(c, 'figure').backgroundColor)).to.deep.equal([black, white, black]);
    // The tooltip and the places' palette take the same scheme.
    expect(style(charts[1]!, '[part="tooltip"]').backgroundColor).to.equal('rgb(242, 242, 242)');
    expect(style(charts[0]!, '[part="tooltip"]').backgroundColor).to.equal('rgb(31, 31, 31)');
    const swatches = [...charts[2]!.shadowRoot!.querySelectorAll('[part="legend"] .swatch')].map((s) => hex(getComputedStyle(s).backgroundColor));
    expect(swatches.length).to.equal(2);
    for (const swatch of swatches) expect(PALETTE_DARK).to.include(swatch);
    await expect(el).to.be.accessible();
  });

  it('keeps its filled padding under a `* { padding: 0 }` reset', async () => {
    const el = await fixture<HTMLElement>(html`<div class="page" style="width:600px"><livelihood-bar filled indicator="old_compounds_renovated"></livelihood-bar></div>`);
    const chart = el.firstElementChild as Chart;
    await chart.updateComplete;
    expect(getComputedStyle(chart.shadowRoot!.querySelector('figure')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    // 12 px on screen, whatever the zoom of the 18 px page; the bars keep within it: the chart measures the width inside.
    const host = chart.getBoundingClientRect();
    const area = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(area.left - host.left).to.be.closeTo(12, 0.5);
    expect(area.right).to.be.closeTo(host.right - 12, 0.5);
    for (const { box } of textBoxes(chart)) expect(box.right).to.be.at.most(host.right - 12 + 1);
  });

  it('sets its text as large as the page’s: larger in an 18 px article than in a 14 px one, never under 12 px', async () => {
    const el = await fixture<HTMLElement>(html`<div class="page" style="width:640px">
      <livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>
      <div class="small"><livelihood-bar indicator="old_compounds_renovated"></livelihood-bar></div>
      <div style="font-size:10px"><livelihood-bar indicator="old_compounds_renovated"></livelihood-bar></div>
    </div>`);
    const charts = [...el.querySelectorAll<Chart>('livelihood-bar')];
    await Promise.all(charts.map((c) => c.updateComplete));
    // The same label's width on screen: its font size, at the scale of the page's text.
    const labelWidth = (chart: Chart) => chart.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().width;
    const headingSize = (chart: Chart) => chart.shadowRoot!.querySelector('[part="heading"]')!.getBoundingClientRect().height;
    const [at18, at14, at10] = charts.map(labelWidth);
    // 14 px is under the floor: drawn as at 14.8 px (host-scale.ts).
    expect(at18! / at14!).to.be.closeTo(18 / 14.8, 0.02);
    expect(headingSize(charts[0]!)).to.be.above(headingSize(charts[1]!));
    // 13 px labels at 16 px; a 10 px page draws them as a 14.8 px one would: 12 px.
    expect(at10).to.be.closeTo(at14!, 0.5);
    const size = Number.parseFloat(getComputedStyle(charts[2]!.shadowRoot!.querySelector('[part="label"]')!).fontSize);
    expect(size * 0.925).to.be.at.least(12);
    for (const chart of charts) expect(textBoxes(chart).every(({ box }) => box.width > 0)).to.equal(true);
  });

  it('follows the page’s text when it grows after drawing, with nothing else changed', async () => {
    const el = await fixture<HTMLElement>(html`<div style="width:640px;font-size:16px"><livelihood-bar indicator="old_compounds_renovated"></livelihood-bar></div>`);
    const chart = el.firstElementChild as Chart;
    await chart.updateComplete;
    const labelWidth = () => chart.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().width;
    const before = labelWidth();
    // The width stays: only the font size tells the chart to draw larger (draw-controller.ts).
    el.style.fontSize = '24px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await chart.updateComplete;
    expect(labelWidth() / before).to.be.closeTo(24 / 16, 0.03);
  });

  it('gives a place one colour in every chart: 石家庄 in a comparison and in a trend', async () => {
    const { charts } = await page(1000);
    const compare = charts.find((c) => c.localName === 'city-compare' && c.getAttribute('lang') === 'en')!;
    const names = [...compare.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    const swatch = compare.shadowRoot!.querySelectorAll('[part="legend"] .swatch')[names.indexOf('Shijiazhuang')]!;
    const inCompare = hex(getComputedStyle(swatch).backgroundColor);
    const trend = charts.find((c) => c.localName === 'livelihood-trend')!;
    const inTrend = hex(getComputedStyle(trend.shadowRoot!.querySelector('.series .dot')!).stroke);
    expect(PALETTE).to.include(inCompare);
    expect(inTrend).to.equal(inCompare);
    // And in the sidebar's comparison of two places.
    const other = charts.filter((c) => c.localName === 'city-compare')[1]!;
    const otherNames = [...other.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    const otherSwatch = other.shadowRoot!.querySelectorAll('[part="legend"] .swatch')[otherNames.indexOf('石家庄市')]!;
    expect(hex(getComputedStyle(otherSwatch).backgroundColor)).to.equal(inCompare);
  });
});
