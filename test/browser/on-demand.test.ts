/**
 * What a chart loads only when needed (kit/element/on-demand.ts): the `<table>` reader
 * and the validator. This file's page has loaded neither when its first test runs, so
 * the first chart holding a table waits for both, and must draw nothing else meanwhile;
 * nor its English strings, so the first chart in English waits for them, showing no Chinese;
 * nor the marks' handlers and tooltip, which the first event on a chart's marks loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/element.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { checker } from '../../src/kit/element/load.js';
import { barMessages } from '../../src/charts/livelihood-bar/messages.js';
import { messages } from '../../src/kit/model/messages.js';
import { interaction } from '../../src/kit/element/mark-interaction.js';
import type { LivelihoodErrorEvent } from '../../src/kit/element/events.js';
import { $, texts } from './fixtures/helpers.js';

/** The heading and busy state of every render of `el`. */
function watch(el: LivelihoodBar): string[] {
  const seen: string[] = [];
  el.addController({
    hostUpdated: () => seen.push(`${$(el, 'figure')?.getAttribute('aria-busy')} ${$(el, '[part="heading"]')?.textContent ?? ''}`),
  });
  return seen;
}

describe('what a chart loads on demand', () => {
  // First: the page has not been idle with a chart drawn yet (when the handlers come anyway).
  it("loads the marks' handlers and tooltip at the first event on them, if before the page is idle, and handles what came before", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as LivelihoodBar;
    el.setAttribute('indicator', 'old_compounds_renovated');
    // Drawn, but the page not idle yet (when the chunk would come anyway).
    const rendered = new Promise((resolve) => el.addEventListener('livelihood-render', resolve));
    box.append(el);
    await rendered;
    expect(interaction.loaded() === undefined, 'handlers loaded before the page was idle or any event on the marks').to.equal(true);
    expect($<HTMLElement>(el, '[part="tooltip"]')!.hidden).to.equal(true);
    const first = $<SVGElement>(el, '[data-mark="0"][tabindex]')!;
    first.focus();
    // Down before the handlers are here: its default (scrolling the page) is stopped now,
    // the move is made once they arrive.
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(down);
    expect(down.defaultPrevented).to.equal(true);
    expect(interaction.loaded() === undefined).to.equal(true);
    await el.updateComplete;
    expect(interaction.loaded() === undefined).to.equal(false);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-mark')).to.equal('1');
    const tip = $<HTMLElement>(el, '[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect($(el, '[data-mark="1"][tabindex]')!.getAttribute('aria-describedby')).to.equal(tip.id);
    expect(tip.textContent).to.contain($(el, '[data-mark="1"][tabindex]')!.getAttribute('aria-label')!.split('：')[0]);
  });

  it("loads the shared problems' messages for the first problem shown, and says it only then", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as LivelihoodBar;
    el.setAttribute('indicator', 'old_compound');
    const renders = watch(el);
    const errors: string[] = [];
    el.addEventListener('livelihood-error', (e) => errors.push((e as LivelihoodErrorEvent).detail.message));
    box.append(el);
    await el.updateComplete;
    const alert = $(el, '[role="alert"]');
    expect(alert?.textContent).to.contain('找不到指标“old_compound”');
    expect(alert?.textContent).to.contain('old_compounds_renovated');
    // Busy until the message is here: never an empty or half-said alert, and one event with the message.
    expect(renders.filter((r) => r.startsWith('false')).length).to.be.greaterThan(0);
    expect(renders.slice(0, renders.findIndex((r) => r.startsWith('false'))).every((r) => r.startsWith('true'))).to.equal(true);
    expect(errors).to.deep.equal([alert!.textContent!.trim()]);
  });

  it('waits for the table reader and the validator, drawing only the table, never the default dataset', async () => {
    expect(checker.loaded(), 'validator loaded before any dataset from outside').to.equal(undefined);
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as LivelihoodBar;
    el.innerHTML = '<table><caption>老年助餐点（个）</caption><tr><th>甲区</th><td>12</td></tr><tr><th>乙区</th><td>8</td></tr></table>';
    const renders = watch(el);
    box.append(el);
    await el.updateComplete;
    expect(texts(el, '[part="label"]')).to.deep.equal(['甲区', '乙区']);
    expect(checker.loaded()).to.not.equal(undefined);
    // Pending (the placeholder's blank title) until drawn from the table; nothing in
    // between. After it, only the same chart again (its data table, built when idle).
    const drawn = renders.findIndex((r) => !r.startsWith('true'));
    expect(drawn).to.be.greaterThan(0);
    expect(renders.slice(drawn).every((r) => r === 'false 老年助餐点')).to.equal(true, renders.join(' | '));
  });

  it('checks a dataset set from script in the same update once the validator is there', async () => {
    const dataset = structuredClone(await loadDefaultDataset());
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as LivelihoodBar;
    el.setAttribute('indicator', 'old_compounds_renovated');
    const renders = watch(el);
    el.data = dataset;
    box.append(el);
    await el.updateComplete;
    // Pending only while it waits for its width and its turn (draw-scheduler.ts), never
    // for the validator: the update that draws is the one that checked the dataset.
    const drawn = renders.findIndex((r) => !r.startsWith('true'));
    expect(drawn).to.be.at.least(0);
    expect(renders.slice(drawn).every((r) => r.startsWith('false') && r === renders[drawn])).to.equal(true, renders.join(' | '));
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('draws a chart in English only once its strings are here, the placeholder before in English too', async () => {
    // The Chinese charts above did not fetch English.
    expect(() => barMessages('en')).to.throw(/not loaded/);
    expect(() => messages('en')).to.throw(/not loaded/);
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('livelihood-bar') as LivelihoodBar;
    el.setAttribute('indicator', 'old_compounds_renovated');
    el.setAttribute('lang', 'en');
    const renders = watch(el);
    const pending: string[] = [];
    el.addController({ hostUpdated: () => pending.push($(el, '.pending')?.textContent ?? '') });
    box.append(el);
    await el.updateComplete;
    expect(barMessages('en')).to.not.equal(barMessages('zh'));
    // Pending until drawn (the data table may add a render after the first draw), and every
    // drawn render in English only.
    const firstDrawn = renders.findIndex((r) => r.startsWith('false '));
    expect(firstDrawn).to.be.above(0, renders.join(' | '));
    expect(renders.slice(0, firstDrawn).every((r) => r.startsWith('true'))).to.equal(true, renders.join(' | '));
    for (const r of renders.slice(firstDrawn)) expect(r).to.match(/^false [^\u2e80-\u9fff]+$/u);
    // Before its width is measured the chart shows nothing; then its placeholder, in English.
    expect(pending.slice(0, firstDrawn).every((text) => text === '' || text === 'Loading…')).to.equal(true, pending.join(' | '));
    expect(pending).to.include('Loading…');
    expect(texts(el, '[part="label"]').join(' ')).to.not.match(/[\u2e80-\u9fff]/u);
  });
});
