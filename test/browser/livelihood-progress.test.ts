import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/charts/livelihood-progress/livelihood-progress.js';
import '../../src/charts/livelihood-stat/livelihood-stat.js';
import type { LivelihoodProgress } from '../../src/charts/livelihood-progress/livelihood-progress.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import { $, $$, cities, texts } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';

// The cities fixture reports no targets: three rows that say so, each a mark.
runChartContractTests('livelihood-progress', {
  attributes: { indicator: 'old_compounds_renovated' },
  withIndicator: (id) => ({ indicator: id }),
  wide: { region: 'shijiazhuang' },
});

async function chart(template: TemplateResult, width = 640): Promise<LivelihoodProgress> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('livelihood-progress')!;
  await el.updateComplete;
  return el;
}

const bars = (el: Element) => $$<SVGRectElement>(el, 'rect[part~="bar"]');
const targets = (el: Element) => $$<SVGLineElement>(el, '[part="target"]');

afterEach(() => clearDatasetCache());

describe('<livelihood-progress>', () => {
  it('names the place in its no-data message, not its id (QA s12 C4)', async () => {
    // Before: 没有符合条件的数据：hohhot。
    const el = await chart(html`<livelihood-progress region="hohhot"></livelihood-progress>`);
    expect($(el, '[role="alert"]')!.textContent).to.match(/^没有符合条件的数据：呼和浩特市。/);
  });

  it('draws each result against its target, the share written out', async () => {
    const el = await chart(html`<livelihood-progress region="shijiazhuang"></livelihood-progress>`);
    expect(texts(el, '[part="label"]')).to.deep.equal(['城镇新增就业', '棚改安置房建成', '棚改安置房开工']);
    // 90.58% as the article wrote it (20290 of 22399), beside its 70.75%: one rule, not 90.6% (QA C3).
    expect(texts(el, '[part="value"]')).to.deep.equal(['70.75%', '104.4%', '90.58%']);
    // A target derived from a share is rounded to what the share supports (88442 ÷ 70.75%: 124998–125015).
    expect(texts(el, '[part="caption"]')).to.deep.equal(['88442人，目标约12.5万人（推算）', '11648套，目标约11160套（推算）', '20290套，目标22399套']);
    await expect(el).to.be.accessible();
  });

  it('writes a share as livelihood-stat beside it does (QA C3)', async () => {
    const el = await chart(html`<livelihood-progress indicator="shantytown_homes_started" regions="shijiazhuang"></livelihood-progress>`);
    const box = await fixture<HTMLDivElement>(html`<div style="width:480px"><livelihood-stat indicator="shantytown_homes_started" region="shijiazhuang"></livelihood-stat></div>`);
    const stat = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await stat.updateComplete;
    expect(texts(el, '[part="value"]')).to.deep.equal(['90.58%']);
    expect(texts(stat, '[part="related"]')[0]).to.contain('90.58%');
  });

  it('draws the target as a line at 100 % in every row, and a bar over its target past it', async () => {
    const el = await chart(html`<livelihood-progress region="shijiazhuang"></livelihood-progress>`);
    const x = targets(el).map((t) => Number(t.getAttribute('x1')));
    expect(new Set(x).size).to.equal(1);
    const widths = bars(el).map((b) => Number(b.getAttribute('width')));
    expect(widths[1]).to.be.above(x[0]!);
    expect(widths[0]).to.be.below(x[0]!);
    expect(widths[2]).to.be.below(x[0]!);
  });

  it('says in the tooltip where the target comes from', async () => {
    const el = await chart(html`<livelihood-progress region="shijiazhuang"></livelihood-progress>`);
    bars(el)[0]!.focus();
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('目标按完成比例推算');
    bars(el)[2]!.focus();
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('目标：22399套（2022年）');
    expect($(el, '[part="tooltip"] mark')!.textContent).to.equal('20290套');
  });

  it('says a row has no target, and draws no bar for it', async () => {
    const el = await chart(html`<livelihood-progress indicator="new_urban_jobs" lang="en"></livelihood-progress>`);
    expect(texts(el, '[part="caption"]')[0]).to.equal('61K people, no target reported');
    expect(targets(el)).to.have.length(1);
    expect(bars(el)[0]!.classList.contains('not-reported')).to.equal(true);
  });

  it('names the period on its face: under the title when every row shares it, else by each row’s name', async () => {
    const el = await chart(html`<livelihood-progress region="shijiazhuang"></livelihood-progress>`);
    const period = $(el, '[part="subtitle"]')!.textContent!;
    expect(period).to.match(/^2022年/);
    for (const bar of bars(el)) expect(bar.getAttribute('aria-label')).to.contain(period);
    const differ = await chart(html`<livelihood-progress indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-progress>`);
    expect($(differ, '[part="subtitle"]')).to.equal(null);
    expect(texts(differ, '[part="label"]')).to.deep.equal(['张家口市（截至2025年12月22日）', '呼和浩特市（2023年）', '石家庄市（2022年1月–8月11日）']);
  });
});
