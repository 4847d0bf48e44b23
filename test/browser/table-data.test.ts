/** A `<table>` inside a chart is its data (src/kit/model/table-data.ts, kit/element/table-source.ts). */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { $, $$, texts, values } from './fixtures/helpers.js';

const chart = async <T extends HTMLElement & { updateComplete: Promise<unknown> }>(template: unknown): Promise<T> => {
  const box = await fixture<HTMLDivElement>(html`<div style="width:640px">${template}</div>`);
  const el = box.firstElementChild as T;
  await el.updateComplete;
  return el;
};

describe('a <table> inside a chart', () => {
  it('is what a reader sees before the script, and the chart draws it once it runs', async () => {
    const el = await chart(html`<livelihood-bar>
      <table>
        <caption>老年助餐点（个）</caption>
        <thead><tr><th>地区</th><th>数量</th><th>时期</th><th>来源</th></tr></thead>
        <tbody>
          <tr><th data-id="pidu" data-en="Pidu District">郫都区</th><td>211</td><td>2024年</td><td>郫都区民政局</td></tr>
          <tr><th>温江区</th><td>近200</td><td>2024年</td><td>温江区民政局</td></tr>
          <tr><th>新都区</th><td>180余</td><td>2024年</td><td>新都区民政局</td></tr>
        </tbody>
      </table>
    </livelihood-bar>`);
    expect(texts(el, '[part="label"]')).to.deep.equal(['郫都区', '温江区', '新都区']);
    expect(values(el)).to.deep.equal(['211个', '近200个', '180余个']);
    expect($(el, '[part="heading"]')!.textContent).to.equal('老年助餐点');
    expect($(el, '[part="subtitle"]')!.textContent).to.equal('2024年');
    // The table stays in the page (light DOM), not drawn over the chart.
    expect(el.querySelector('table')).to.exist;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws the edited table again', async () => {
    const el = await chart(html`<livelihood-bar indicator="meals"><table><tr><th>甲区</th><td>12个</td></tr><tr><th>乙区</th><td>8个</td></tr></table></livelihood-bar>`);
    expect(values(el)).to.deep.equal(['12个', '8个']);
    el.querySelector('td')!.textContent = '30个';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['30个', '8个']);
  });

  it('names the row of a mistake, inline and in one livelihood-error', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as HTMLElement & { updateComplete: Promise<unknown> };
    el.innerHTML = '<table><tr><th>地区</th><th>数值</th></tr><tr><th>甲区</th><td>12</td></tr><tr><th>乙区</th><td>很多</td></tr></table>';
    setTimeout(() => box.append(el));
    const event = await oneEvent(box, 'livelihood-error');
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('<table>').and.to.contain('row 2: "很多" is not a number');
    expect(event.detail.kind).to.equal('invalid-dataset');
    expect($$(el, 'rect[part="bar"]')).to.have.length(0);
  });

  it('gives way to a dataset set from script and to src', async () => {
    const el = await chart<HTMLElement & { updateComplete: Promise<unknown>; src?: string }>(
      html`<livelihood-bar indicator="old_compounds_renovated" src="/missing.json"><table><tr><th>甲区</th><td>12个</td></tr></table></livelihood-bar>`,
    );
    expect($(el, '[role="alert"]')!.textContent).to.contain('/missing.json');
  });
});
