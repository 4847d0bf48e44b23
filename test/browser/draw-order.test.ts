/**
 * The page's draw queue (src/kit/element/draw-scheduler.ts): many charts on one page
 * draw a few a task, those the reader sees first, a chart scrolled near or focused jumps
 * the queue, and every chart draws in the end without being scrolled to.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';
import { SYNTHETIC_INDICATOR, syntheticDataset } from '../../bench/pages/synthetic.js';
import { axMarks, axNodes, axTree } from './fixtures/helpers.js';

const COUNT = 80;
const dataset = syntheticDataset(30);
/** Charts of many more bars: drawing a page of them takes several tasks on any machine. */
const heavy = syntheticDataset(240);

const isDrawn = (el: Element) => el.shadowRoot?.querySelector('figure')?.getAttribute('aria-busy') === 'false';
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** `COUNT` charts under a spacer taller than the window, and the order they drew in. */
async function page(data = dataset): Promise<{ charts: LivelihoodBar[]; order: number[] }> {
  const order: number[] = [];
  const box = await fixture<HTMLDivElement>(html`<div style="width:600px">
    <div style="height:3000px"></div>
    ${Array.from({ length: COUNT }, () => html`<livelihood-bar indicator=${SYNTHETIC_INDICATOR} .dataset=${data}></livelihood-bar>`)}
  </div>`);
  const charts = [...box.querySelectorAll('livelihood-bar')];
  box.addEventListener('livelihood-render', (e) => order.push(charts.indexOf(e.target as LivelihoodBar)));
  // The charts have measured their widths and hold their room (a frame after connecting).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { charts, order };
}

describe('the page draw queue', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('sets up a chart at once, and once a task has spent its set-up budget, the next ones in later tasks, holding their room', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const chart = () => Object.assign(document.createElement('livelihood-bar'), { indicator: SYNTHETIC_INDICATOR, dataset });
    const first = chart();
    box.append(first);
    const setUpAtOnce = !!first.shadowRoot;
    // The task goes on past the budget (25 ms), as a page's module task does while it upgrades its charts.
    for (const start = performance.now(); performance.now() - start < 40; );
    const later = [chart(), chart()];
    box.append(...later);
    const setUpThen = later.map((el) => !!el.shadowRoot);
    const roomHeld = later.every((el) => el.matches(':state(unmeasured)'));
    await nextTask();
    const setUpNext = later.map((el) => !!el.shadowRoot);
    expect({ setUpAtOnce, setUpThen, roomHeld, setUpNext }).to.deep.equal({ setUpAtOnce: true, setUpThen: [false, false], roomHeld: true, setUpNext: [true, true] });
    await Promise.all([first, ...later].map((el) => el.updateComplete));
    expect([first, ...later].every(isDrawn)).to.equal(true);
  });

  it('draws in tasks of a few charts, yielding in between, not all at once', async () => {
    const { charts } = await page();
    // Probes are tasks too: each sees what the tasks before it drew.
    const seen: number[] = [];
    for (let drawn = 0; drawn < COUNT; drawn = charts.filter(isDrawn).length) {
      seen.push(drawn);
      await nextTask();
    }
    // Some probe ran while part of the page was drawn: the queue yielded.
    expect(seen.some((n) => n > 0 && n < COUNT), String(seen)).to.equal(true);
    await Promise.all(charts.map((el) => el.updateComplete));
    expect(charts.every(isDrawn)).to.equal(true);
  });

  it('draws a chart scrolled near before the charts far from the window, and every chart in the end', async () => {
    // Charts of many bars each, so that drawing the page takes several of the queue's tasks
    // (40 ms each) even on a fast machine: the scroll comes while most still wait.
    const { charts, order } = await page(heavy);
    const last = charts.at(-1)!;
    last.scrollIntoView();
    await last.updateComplete;
    // It jumped the queue: charts above it, far from the window now, wait. (The task that
    // was drawing when it scrolled into view may finish first: as many as fit in 40 ms.)
    const drawnBefore = order.indexOf(COUNT - 1);
    expect(drawnBefore).to.be.at.least(0);
    expect(order.slice(drawnBefore + 1).some((i) => i < COUNT - 1), String(order)).to.equal(true);
    await Promise.all(charts.map((el) => el.updateComplete));
    expect(order.slice().sort((a, b) => a - b)).to.deep.equal(charts.map((_, i) => i));
  });

  it('draws a waiting chart as soon as focus reaches it, and moves focus to its marks', async () => {
    const { charts } = await page();
    const last = charts.at(-1)!;
    expect(isDrawn(last)).to.equal(false);
    // Waiting, it is a tab stop (the keyboard does not skip it).
    const figure = last.shadowRoot!.querySelector<HTMLElement>('figure')!;
    expect(figure.tabIndex).to.equal(0);
    figure.focus();
    await last.updateComplete;
    expect(isDrawn(last)).to.equal(true);
    expect(charts.filter(isDrawn).length).to.be.below(COUNT);
    await nextTask();
    expect(last.shadowRoot!.activeElement?.getAttribute('role')).to.equal('graphics-symbol');
    expect(figure.tabIndex).to.equal(-1);
  });

  it("builds a chart's data table after the page's charts are drawn, or at once when focus comes in", async () => {
    const { charts } = await page();
    const table = (el: LivelihoodBar) => el.shadowRoot!.querySelector('table[part="table"]');
    const [first, second] = charts as [LivelihoodBar, LivelihoodBar];
    while (!isDrawn(second)) await nextTask();
    // Drawn, named by its summary, but the table waits while other charts draw.
    expect(charts.filter(isDrawn).length).to.be.below(COUNT);
    expect(table(first)).to.equal(null);
    expect(first.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.match(/\S/);
    // A keyboard or screen-reader user reaching the chart finds it.
    first.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await first.updateComplete;
    expect(table(first)!.querySelectorAll('tbody tr')).to.have.length(30);
    expect(table(second)).to.equal(null);
    // updateComplete waits for it, and every chart has one in the end.
    await Promise.all(charts.map((el) => el.updateComplete));
    expect(charts.every((el) => table(el)?.querySelectorAll('tbody tr').length === 30)).to.equal(true);
  });
});

describe('a chart drawn far from the screen', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('is in the accessibility tree before the reader comes near, at the size it holds', async () => {
    // The height a snippet would reserve: a chart drawn on screen, measured.
    const reference = await fixture<LivelihoodBar>(html`<livelihood-bar style="width:600px" indicator=${SYNTHETIC_INDICATOR} .dataset=${dataset}></livelihood-bar>`);
    await reference.updateComplete;
    const height = Math.ceil(reference.getBoundingClientRect().height);
    reference.remove();
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px">
      <div style="height:3000px"></div>
      <livelihood-bar indicator=${SYNTHETIC_INDICATOR} heading="远处的图表" height=${height} .dataset=${dataset}></livelihood-bar>
    </div>`);
    const far = box.querySelector('livelihood-bar')!;
    await far.updateComplete;
    expect(isDrawn(far)).to.equal(true);
    expect(far.getBoundingClientRect().top).to.be.above(window.innerHeight * 2);
    // Before: its figure had content-visibility: auto until scrolled near, which left the
    // whole chart (title, marks, data table) out of Chromium's accessibility tree.
    expect(getComputedStyle(far.shadowRoot!.querySelector('figure')!).contentVisibility).to.equal('visible');
    const tree = await axTree();
    expect(axNodes(tree, (n) => n.role === 'StaticText' && n.name === '远处的图表'), 'its title').not.to.be.empty;
    expect(axNodes(tree, (n) => n.role === 'graphics-document'), 'its drawing area').to.have.length(1);
    // Every figure, in its data table.
    expect(axNodes(tree, (n) => n.role === 'rowheader'), 'its data table').to.have.length(30);
    // And every mark, once the page is idle: its second band, far from view, is opened
    // (bands.ts). Before: 24 of 30, the skipped band's marks left out of the tree.
    expect(await axMarks(30), 'its marks').to.have.length(30);
    const before = far.getBoundingClientRect().height;
    expect(before).to.equal(height);
    far.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(far.getBoundingClientRect().height).to.equal(before);
  });
});
