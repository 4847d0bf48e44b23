import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/charts/livelihood-trend/livelihood-trend.js';
import type { LivelihoodTrend } from '../../src/charts/livelihood-trend/livelihood-trend.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import { $, $$, cities, texts } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';
import { calendarTicks } from '../../src/charts/livelihood-trend/layout.js';

runChartContractTests('livelihood-trend', {
  attributes: { indicator: 'old_compounds_renovated', regions: 'zhangjiakou,hohhot,shijiazhuang' },
  // 张家口's 700余个 are of 2018–2025, left out beside the others' single years (a note says so): 呼和浩特's and 石家庄's are drawn.
  embeddedMarks: 2,
  withIndicator: (id) => ({ indicator: id, regions: 'zhangjiakou,hohhot,shijiazhuang' }),
  wide: { indicator: 'old_compounds_renovated', statuses: 'all' },
  // Every period is a point: the fixture's 石家庄 reports two results (no statuses there).
  fixtureMarks: 4,
});

async function chart(template: TemplateResult, width = 640): Promise<LivelihoodTrend> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('livelihood-trend')!;
  await el.updateComplete;
  return el;
}

const points = (el: Element) => $$<SVGCircleElement>(el, 'circle[data-mark]');
const names = (el: Element) => points(el).map((p) => p.getAttribute('aria-label'));
const valueLabels = (el: Element) =>
  $$(el, '[part="value"]').map((t) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));

afterEach(() => clearDatasetCache());

describe('<livelihood-trend>', () => {
  describe('when a place reports a result and work under way (石家庄 old compounds)', () => {
    it('draws only the result by default, and says one point is not a trend', async () => {
      const el = await chart(html`<livelihood-trend indicator="old_compounds_renovated" regions="shijiazhuang"></livelihood-trend>`);
      expect(names(el)).to.deep.equal(['石家庄市：645个，2021年']);
      expect(texts(el, '[part="note"]')).to.deep.equal(['只有一个时期的数字：一个点不构成趋势。', '注：另有1个在建数字未画出。']);
      expect($(el, '[role="alert"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with statuses="result ongoing", draws both, the one under way hollow and tagged, and joins neither to the other', async () => {
      const el = await chart(html`<livelihood-trend indicator="old_compounds_renovated" regions="shijiazhuang" statuses="result ongoing"></livelihood-trend>`);
      expect(names(el)).to.deep.equal(['石家庄市：645个，2021年', '石家庄市：956个（在建），2022年']);
      expect(points(el)[1]!.classList.contains('ongoing')).to.equal(true);
      // Hollow: filled with the chart's background (transparent unless filled), not its outline's colour.
      const style = getComputedStyle(points(el)[1]!);
      expect(style.fill).to.not.equal(style.stroke);
      // A line from 2021's result up to 2022's work under way would read as growth in what is done (QA review s11, finding 7).
      expect($$(el, '[part="line"]')).to.have.length(0);
      expect(texts(el, '[part="status"]')).to.deep.equal(['在建']);
      expect(texts(el, '[part="note"]')).to.deep.equal(['注：石家庄市已完成的数字与计划、目标或在建的数字未用线相连：其差别不代表增减。']);
    });

    it('joins two plans of one place with a dashed line', async () => {
      const ds = cities();
      const sjz = ds.observations.filter((o) => o.region === 'shijiazhuang' && o.indicator === 'old_compounds_renovated');
      sjz.forEach((o, i) => Object.assign(o, { status: 'plan', period: { label: `${2024 + i}年`, start: `${2024 + i}-01-01`, end: `${2024 + i}-12-31` } }));
      const el = await chart(html`<livelihood-trend indicator="old_compounds_renovated" regions="shijiazhuang" statuses="plan" .dataset=${ds}></livelihood-trend>`);
      expect(points(el)).to.have.length(2);
      expect($$(el, '[part="line"].dashed')).to.have.length(1);
      expect(texts(el, '[part="note"]')).to.deep.equal([]);
    });
  });

  describe('when the axis spans less than a year (张家口\'s schools to date: a stub of a few months)', () => {
    it('ticks months, once d3-time\'s calendar ticks are here: `updateComplete` waits for them', async () => {
      const el = await chart(html`<livelihood-trend indicator="schools_built" regions="zhangjiakou" .dataset=${cities()}></livelihood-trend>`);
      expect(calendarTicks.loaded()).to.not.equal(undefined);
      expect(points(el)).to.have.length(1);
      const ticks = texts(el, '.time-axis');
      expect(ticks.length).to.be.greaterThan(1);
      for (const tick of ticks) expect(tick).to.match(/^2025年\d{1,2}月$/);
      await expect(el).to.be.accessible();
    });
  });

  describe('when periods are spans', () => {
    it('draws Jan–Aug 11, 2022 as eight months, not as the year, ending right of 2021’s full-year span', async () => {
      const el = await chart(html`<livelihood-trend indicator="shantytown_homes_completed" regions="shijiazhuang"></livelihood-trend>`);
      const [y2021, y2022] = points(el).map((p) => Number(p.getAttribute('cx')));
      const spans = $$(el, '[part="span"]').map((s) => s.getBoundingClientRect().width);
      // 2021 spans twelve months, Jan–Aug 11, 2022 about seven and a third.
      expect(spans[1]! / spans[0]!).to.be.within(0.55, 0.67);
      expect(y2022! - y2021!).to.be.within(spans[1]! - 2, spans[1]! + 2);
      expect(valueLabels(el)).to.deep.equal(['12141套', '11648套']);
    });

    it('does not join a full year to eight months (no line, no false fall), and says why under the chart', async () => {
      for (const lang of ['zh', 'en']) {
        const el = await chart(html`<livelihood-trend lang=${lang} indicator="shantytown_homes_completed" regions="shijiazhuang"></livelihood-trend>`);
        expect(points(el)).to.have.length(2);
        expect($$(el, '[part="line"]')).to.have.length(0);
        expect(texts(el, '[part="note"]')[0]).to.contain(lang === 'zh' ? '未用线相连' : 'not joined');
      }
    });

    it('leaves a total of several years out beside figures of a year or less, naming it in a note', async () => {
      const el = await chart(html`<livelihood-trend indicator="shantytown_homes_completed"></livelihood-trend>`);
      expect(texts(el, '[part="name"]')).to.deep.equal(['石家庄市']);
      expect(names(el).some((n) => n!.startsWith('张家口市'))).to.equal(false);
      expect(texts(el, '[part="note"]').join('')).to.match(/张家口市的.+是2021–2025年整个时期的数字/);
    });

    it('labels whole years between their ticks', async () => {
      const el = await chart(html`<livelihood-trend indicator="shantytown_homes_completed" regions="shijiazhuang"></livelihood-trend>`);
      expect(texts(el, '.time-axis')).to.deep.equal(['2021年', '2022年']);
      const el2 = await chart(html`<livelihood-trend lang="en" indicator="shantytown_homes_completed" regions="shijiazhuang"></livelihood-trend>`);
      expect(texts(el2, '.time-axis')).to.deep.equal(['2021', '2022']);
    });

    it('draws a figure "to date" (no start) with a dashed stub, and leaves out undated figures with a note', async () => {
      const ds = cities();
      const o = ds.observations.find((x) => x.region === 'hohhot' && x.indicator === 'old_compounds_renovated')!;
      o.period = { label: '今年' };
      const el = await chart(html`<livelihood-trend indicator="old_compounds_renovated" .dataset=${ds}></livelihood-trend>`);
      // The fixture has no statuses: 石家庄's 956 reads as a result.
      expect(points(el)).to.have.length(3);
      expect($$(el, '[part="span"].open')).to.have.length(1);
      expect(texts(el, '[part="note"]')).to.include('注：另有1个数字没有注明日期，无法放上时间轴，未画出。');
    });
  });

  describe('when the selection cannot be a chart', () => {
    const cases: [string, TemplateResult, string, string][] = [
      ['no indicator', html`<livelihood-trend></livelihood-trend>`, 'trend-needs-indicator', '请设置 indicator 属性'],
      ['only undated figures', html`<livelihood-trend indicator="elderly_meal_points" regions="wulingyuan" show-uncertain></livelihood-trend>`, 'trend-undated', '都没有注明日期'],
    ];
    for (const [name, template, kind, text] of cases) {
      it(`says so for ${name}, inline and in one event`, async () => {
        const events: LivelihoodErrorDetail[] = [];
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px" @livelihood-error=${(e: CustomEvent<LivelihoodErrorDetail>) => events.push(e.detail)}>${template}</div>`);
        const el = box.querySelector('livelihood-trend')!;
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent).to.contain(text);
        expect(events.map((e) => e.kind)).to.deep.equal([kind]);
      });
    }
  });

  describe('when drawn with several places', () => {
    it('draws a line per place, orders marks place by place in time, and names each place once', async () => {
      // 石家庄's two figures as two years' results, joined; the others one point each.
      const ds = cities();
      ds.observations.find((o) => o.region === 'shijiazhuang' && o.value === 956)!.period = { label: '2022年', start: '2022-01-01', end: '2022-12-31' };
      const el = await chart(html`<livelihood-trend indicator="old_compounds_renovated" .dataset=${ds}></livelihood-trend>`);
      expect(texts(el, '[part="name"]')).to.deep.equal(['石家庄市', '张家口市', '呼和浩特市']);
      expect(names(el)).to.deep.equal(['石家庄市：645个，2021年', '石家庄市：956个，2022年', '张家口市：700余个，截至2025年12月22日', '呼和浩特市：309个，2023年']);
      expect($$(el, '[part="line"]')).to.have.length(1);
      // An over figure (the fixture's 700余个) is drawn with its qualifier.
      const fixtureChart = await chart(html`<livelihood-trend indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-trend>`);
      expect($(fixtureChart, '.qualifier.more')).to.exist;
    });

    it('moves between points with the arrows', async () => {
      const el = await chart(html`<livelihood-trend indicator="shantytown_homes_completed"></livelihood-trend>`);
      points(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement!.getAttribute('data-mark')).to.equal('1');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot!.activeElement!.getAttribute('data-mark')).to.equal('0');
    });

    for (const lang of ['zh', 'en']) {
      it(`draws no value label over another or over a place's name on a phone (${lang})`, async () => {
        // Three places' old compounds, one of them over two years: names and values crowd a phone.
        const el = await chart(html`<livelihood-trend lang=${lang} indicator="old_compounds_renovated" statuses="result ongoing"></livelihood-trend>`, 343);
        const boxes = $$(el, '[part="value"], [part="name"]').map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
        expect(boxes.filter((b) => b.text).length).to.be.at.least(4);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
            expect(apart, `${a.text} / ${b.text}`).to.equal(true);
          }
        }
      });
    }

    it('keeps every text inside a phone-wide chart, in English too', async () => {
      for (const lang of ['zh', 'en']) {
        const el = await chart(html`<livelihood-trend lang=${lang} indicator="old_compounds_renovated" statuses="all"></livelihood-trend>`, 280);
        const left = el.getBoundingClientRect().left;
        for (const t of $$(el, 'svg text')) {
          const box = t.getBoundingClientRect();
          expect(box.left - left).to.be.at.least(0);
          expect(box.right - left).to.be.at.most(280);
        }
      }
    });
  });
});
