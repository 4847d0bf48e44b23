import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/charts/livelihood-stat/livelihood-stat.js';
import type { LivelihoodStat } from '../../src/charts/livelihood-stat/livelihood-stat.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import { $, $$, texts } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';

runChartContractTests('livelihood-stat', {
  // 张家口 last, its 700余个 of 2018–2025 beside the others' years.
  attributes: { indicator: 'old_compounds_renovated', regions: 'hohhot,shijiazhuang,zhangjiakou' },
  withIndicator: (id) => ({ indicator: id, regions: 'hohhot,shijiazhuang,zhangjiakou' }),
  wide: { region: 'shijiazhuang', indicators: 'new_urban_jobs,shantytown_homes_started,disposable_income_per_capita,aging_friendly_renovations' },
  texts: '[part="stat"] > span',
});

async function stat(template: TemplateResult, width = 640): Promise<LivelihoodStat> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('livelihood-stat')!;
  await el.updateComplete;
  return el;
}

const cards = (el: Element) => $$<HTMLButtonElement>(el, '[part~="stat"]');
const sentence = (el: Element) => $<HTMLElement>(el, '[part="sentence"]')!;

afterEach(async () => {
  clearDatasetCache();
  await resetMouse();
});

describe('<livelihood-stat>', () => {
  describe('when given an indicator and a region', () => {
    it('shows the latest sure result as the article wrote it, with its qualifier drawn apart', async () => {
      // 截至目前，全市已完成老旧小区改造700余个: compounds renovated since the programme began (2018年起…).
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" region="zhangjiakou"></livelihood-stat>`);
      expect(texts(el, '[part="heading"]')).to.deep.equal(['老旧小区改造']);
      expect(texts(el, '[part="value"]')).to.deep.equal(['700余个']);
      expect(texts(el, '[part="qualifier"]')).to.deep.equal(['余']);
      expect(texts(el, '[part="label"]')).to.deep.equal(['张家口市']);
      expect(texts(el, '[part="period"]')).to.deep.equal(['2018年–2025年12月22日']);
      expect(cards(el)[0]!.getAttribute('aria-label')).to.equal('张家口市 700余个 2018年–2025年12月22日');
      expect($(el, '[part="source"]')!.textContent).to.contain('张家口新闻网');
      await expect(el).to.be.accessible();
    });

    it('shows the related figure of the same sentence', async () => {
      const el = await stat(html`<livelihood-stat indicator="new_urban_jobs" region="shijiazhuang"></livelihood-stat>`);
      expect(texts(el, '[part="value"]')).to.deep.equal(['88442人']);
      expect(texts(el, '[part="related"]')).to.deep.equal(['完成全年任务的70.75%']);
      expect(texts(el, '[part="period"]')).to.deep.equal(['2022年1月–8月11日']);
      const income = await stat(html`<livelihood-stat indicator="disposable_income_per_capita" region="shijiazhuang" lang="en"></livelihood-stat>`);
      expect(texts(income, '[part="related"]')).to.deep.equal(['up 5.1%']);
      expect(cards(income)[0]!.getAttribute('aria-label')).to.contain('up 5.1%');
    });

    it('writes numbers in English by the kit, qualifiers included', async () => {
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" region="zhangjiakou" lang="en"></livelihood-stat>`);
      expect(texts(el, '[part="value"]')).to.deep.equal(['700+']);
      expect(texts(el, '[part="qualifier"]')).to.deep.equal(['+']);
    });

    it('shows work under way when asked, tagged and outlined', async () => {
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" regions="shijiazhuang" statuses="ongoing"></livelihood-stat>`);
      expect(texts(el, '[part="value"]')).to.deep.equal(['956个']);
      expect(texts(el, '[part="status"]')).to.deep.equal(['在建']);
      expect(cards(el)[0]!.classList.contains('ongoing')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('when given observation ids', () => {
    it('shows each as written: 近6亿元, 超八成', async () => {
      const el = await stat(html`<livelihood-stat observation="000_db52e2f06477cf87:2345,000_db52e2f06477cf87:4865"></livelihood-stat>`);
      expect(texts(el, '[part="value"]')).to.deep.equal(['近6亿元', '超八成']);
      expect(texts(el, '[part="qualifier"]')).to.deep.equal(['近', '超']);
      expect(texts(el, '[part="heading"]')).to.deep.equal(['张家口市']);
    });

    it('tags a figure that is not a result', async () => {
      const el = await stat(html`<livelihood-stat observation="004_ccece93cdd1aa1d0:2626"></livelihood-stat>`);
      expect(texts(el, '[part="status"]')).to.deep.equal(['目标']);
      expect(cards(el)[0]!.classList.contains('target')).to.equal(true);
      expect(cards(el)[0]!.getAttribute('aria-label')).to.equal('石家庄市 22399套 目标 2022年');
    });

    it('says which id is unknown, inline and in one event', async () => {
      const events: LivelihoodErrorDetail[] = [];
      const box = await fixture<HTMLDivElement>(html`<div style="width:400px" @livelihood-error=${(e: CustomEvent<LivelihoodErrorDetail>) => events.push(e.detail)}>
        <livelihood-stat observation="nope"></livelihood-stat></div>`);
      const el = box.querySelector('livelihood-stat')!;
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal('找不到数据编号“nope”。请检查 observation 属性。');
      expect(events.map((e) => e.kind)).to.deep.equal(['unknown-observation']);
    });

    it('asks for a selection when given none', async () => {
      const el = await stat(html`<livelihood-stat region="shijiazhuang"></livelihood-stat>`);
      expect($(el, '[role="alert"]')!.textContent).to.contain('observation');
    });
  });

  describe('the sentence', () => {
    it('is disclosed under the cards by a click, and hidden by another', async () => {
      const el = await stat(html`<livelihood-stat indicator="new_urban_jobs" region="shijiazhuang"></livelihood-stat>`);
      const card = cards(el)[0]!;
      expect(card.getAttribute('aria-expanded')).to.equal('false');
      expect(card.getAttribute('aria-controls')).to.equal(sentence(el).id);
      expect(sentence(el).hidden).to.equal(true);
      card.click();
      await el.updateComplete;
      expect(card.getAttribute('aria-expanded')).to.equal('true');
      expect(sentence(el).hidden).to.equal(false);
      expect(sentence(el).querySelector('mark')!.textContent).to.equal('88442人');
      expect(sentence(el).textContent).to.contain('完成全年任务的70.75%');
      await expect(el).to.be.accessible();
      card.click();
      await el.updateComplete;
      expect(sentence(el).hidden).to.equal(true);
    });

    it('opens with Enter and closes with Space, once each, from the keyboard', async () => {
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" regions="zhangjiakou,hohhot"></livelihood-stat>`);
      let selected = 0;
      el.addEventListener('livelihood-select', () => selected++);
      cards(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cards(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(sentence(el).querySelector('mark')!.textContent).to.equal('309个');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(cards(el)[1]!.getAttribute('aria-expanded')).to.equal('false');
      expect(selected).to.equal(2);
    });

    describe('on a 375 px phone (QA s12 B3)', () => {
      const snippet = html`<livelihood-stat region="shijiazhuang" indicators="new_urban_jobs,shantytown_homes_started,disposable_income_per_capita"></livelihood-stat>`;
      /** The three cards low on a 375 × 740 screen, as in an article: the sentence opens under the fold. */
      async function onPhone(): Promise<LivelihoodStat> {
        await setViewport({ width: 375, height: 740 });
        await emulateMedia({ reducedMotion: 'reduce' });
        const box = await fixture<HTMLDivElement>(html`<div style="width:343px;padding-top:420px">${snippet}</div>`);
        const el = box.querySelector('livelihood-stat')!;
        await el.updateComplete;
        return el;
      }
      const tooltip = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!;
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

      afterEach(async () => {
        await setViewport({ width: 800, height: 600 });
        await emulateMedia({ reducedMotion: 'no-preference' });
        window.scrollTo(0, 0);
      });

      it('a tap brings the sentence into view, with no tooltip over the next card', async () => {
        const el = await onPhone();
        const card = cards(el)[0]!;
        // Before: the panel opened at y 770–883 of 740, and a tooltip covered the second card.
        card.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true, clientX: 60, clientY: card.getBoundingClientRect().top + 20 }));
        await el.updateComplete;
        await el.updateComplete;
        expect(card.getAttribute('aria-expanded')).to.equal('true');
        const panel = sentence(el).getBoundingClientRect();
        expect(panel.height).to.be.above(0);
        expect(panel.top).to.be.at.least(0);
        expect(panel.bottom).to.be.at.most(window.innerHeight + 1); // scrolled by whole pixels
        const tip = tooltip(el);
        expect(tip.hidden || !overlaps(tip.getBoundingClientRect(), cards(el)[1]!.getBoundingClientRect()), 'tooltip over the second card').to.equal(true);
      });

      it('keeps the tooltip for a mouse and for keyboard focus', async () => {
        const el = await onPhone();
        const card = cards(el)[0]!;
        card.scrollIntoView({ block: 'center' });
        const r = card.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + 20)] });
        await el.updateComplete;
        expect(card.getAttribute('aria-expanded')).to.equal('true');
        expect(tooltip(el).hidden).to.equal(false);
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
        expect(tooltip(el).hidden).to.equal(false);
      });
    });

    it('fires livelihood-select with the figure', async () => {
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" region="zhangjiakou"></livelihood-stat>`);
      setTimeout(() => cards(el)[0]!.click());
      const event = await oneEvent(el, 'livelihood-select');
      expect(event.detail).to.include({ raw: '700余个' });
    });
  });

  describe('several figures', () => {
    const three = html`<livelihood-stat indicator="old_compounds_renovated" regions="zhangjiakou,hohhot,shijiazhuang"></livelihood-stat>`;
    const columns = (el: Element) => new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;

    it('line up in two columns on a phone, one below about 310 px, in a row when wide', async () => {
      expect(columns(await stat(three, 343))).to.equal(2);
      expect(columns(await stat(three, 280))).to.equal(1);
      expect(columns(await stat(three, 640))).to.equal(3);
    });

    it('take the height the layout gave the drawing area', async () => {
      const el = await stat(three, 343);
      const area = $<HTMLElement>(el, '[part="chart"]')!;
      const last = cards(el).at(-1)!.getBoundingClientRect();
      expect(Math.round(last.bottom - area.getBoundingClientRect().top)).to.equal(area.offsetHeight);
    });

    describe('in English, where words are long', () => {
      const jobs = html`<livelihood-stat lang="en" region="shijiazhuang" indicators="new_urban_jobs,shantytown_homes_started,disposable_income_per_capita"></livelihood-stat>`;

      it('write every value in one format, each naming its unit', async () => {
        const el = await stat(jobs, 550);
        expect(texts(el, '[part="value"]')).to.deep.equal(['88,442 people', '20,290 homes', '16,993 yuan']);
      });

      for (const width of [343, 550, 1000]) {
        it(`cut no value and no label at ${width} px: values on one line, labels wrapped, all inside their cards`, async () => {
          const el = await stat(jobs, width);
          for (const c of cards(el)) {
            const box = c.getBoundingClientRect();
            const value = c.querySelector<HTMLElement>('[part="value"]')!;
            expect(value.scrollWidth, value.textContent!).to.be.at.most(value.clientWidth);
            expect(value.getClientRects().length).to.equal(1);
            const label = c.querySelector<HTMLElement>('[part="label"]')!;
            expect(label.scrollHeight, label.textContent!).to.be.at.most(label.clientHeight);
            for (const part of c.querySelectorAll('span')) {
              const r = part.getBoundingClientRect();
              expect(r.right, part.textContent!).to.be.at.most(box.right);
              expect(r.bottom, part.textContent!).to.be.at.most(box.bottom);
            }
          }
          // The long label takes more than a line somewhere: it wrapped rather than being cut.
          if (width < 1000) expect(cards(el).some((c) => c.querySelector<HTMLElement>('[part="label"]')!.offsetHeight > 18)).to.equal(true);
        });
      }
    });

    it('name a place that did not report as such, without a disclosure', async () => {
      const el = await stat(html`<livelihood-stat indicator="old_compounds_renovated" regions="zhangjiakou,jinzhong"></livelihood-stat>`);
      expect(texts(el, '[part="value"]')).to.deep.equal(['700余个', '未报告']);
      expect(cards(el)[1]!.hasAttribute('aria-expanded')).to.equal(false);
    });

    it('list each card in the data table, related figure included', async () => {
      const el = await stat(html`<livelihood-stat region="shijiazhuang" indicators="new_urban_jobs,shantytown_homes_started"></livelihood-stat>`);
      const rows = $$(el, 'table[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows).to.deep.equal([
        ['城镇新增就业', '88442人', '2022年1月–8月11日', '完成全年任务的70.75%', '石家庄新闻网'],
        ['棚改安置房开工', '20290套', '2022年1月–8月11日', '完成全年任务的90.58%', '石家庄新闻网'],
      ]);
    });
  });
});
