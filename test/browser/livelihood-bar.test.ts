import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import { BAR_METRICS } from '../../src/charts/livelihood-bar/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import type { Dataset } from '../../src/data/types.js';
import { SYNTHETIC_INDICATOR, syntheticDataset } from '../../bench/pages/synthetic.js';
import { $, $$, axMarks, cities, fixtureUrl, gateFetch, nextFrame, spyFetch, texts, values } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';

runChartContractTests('livelihood-bar', {
  attributes: { indicator: 'old_compounds_renovated' },
  withIndicator: (id) => ({ indicator: id }),
  wide: { region: 'zhangjiakou', indicators: 'elderly_meal_points,new_primary_secondary_places,old_compounds_renovated,childcare_places' },
});

/** Renders `template` (one livelihood-bar) in a box `width` px wide; resolves once the chart is drawn. */
async function chart(template: TemplateResult, width = 640): Promise<LivelihoodBar> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('livelihood-bar')!;
  await el.updateComplete;
  return el;
}

/** Renders a chart expected to fail; returns it with the error event it fired. */
async function failing(template: (onError: (e: CustomEvent<LivelihoodErrorDetail>) => void) => TemplateResult) {
  const events: LivelihoodErrorDetail[] = [];
  const el = await chart(template((e) => events.push(e.detail)));
  return { el, events, alert: $(el, '[role="alert"]') };
}

const labels = (el: Element) => texts(el, '[part="label"]');
/** The focusable mark (the bar) of each row. */
const marks = (el: Element) => $$<SVGRectElement>(el, 'rect[data-mark][tabindex]');
/** What a row draws after its bar and before its value: the open / fading / blurred end. */
function ends(el: Element, i: number): Element[] {
  const out: Element[] = [];
  for (let e = marks(el)[i]!.nextElementSibling; e && e.tagName !== 'text'; e = e.nextElementSibling) out.push(e);
  return out;
}
const endOf = (el: Element, i: number, cls: string) => ends(el, i).find((e) => e.classList.contains(cls));
const tooltip = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!;
/** The element focused inside the chart's shadow root. */
const focused = (el: Element) => el.shadowRoot!.activeElement;


afterEach(async () => {
  clearDatasetCache();
  await resetMouse();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('<livelihood-bar>', () => {
  describe('when given an indicator (default dataset)', () => {
    it('draws one bar per place that reports it, highest first, with the latest figure', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      // 石家庄's 956个 of 2022 are under way (进场施工), not renovated: its latest result is 2021's 645个.
      // 张家口's 700余个 are of 2018–2025 (2018年起…开启了…改造工程): not drawn beside the others' years, and said so.
      expect(labels(el)).to.deep.equal(['石家庄市', '呼和浩特市', '张家口市']);
      expect(values(el).slice(0, 2)).to.deep.equal(['645个', '309个']);
      expect($$(el, 'rect[part="bar"]:not(.not-reported)')).to.have.length(2);
      expect(texts(el, '[part="note"]')).to.include('注：另有1个在建数字未画出。');
      expect(texts(el, '[part="note"]').join()).to.contain('700余个').and.to.contain('2018年').and.to.contain('未画出');
      expect($(el, '[part="heading"]')!.textContent).to.equal('老旧小区改造');
      await expect(el).to.be.accessible();
    });

    it('draws an indicator a page names by its old id, under its new name (new_urban_jobs.share, renamed in session 14)', async () => {
      const el = await chart(html`<livelihood-bar indicator="new_urban_jobs.share"></livelihood-bar>`);
      // Before: 数据中没有指标“new_urban_jobs.share” (the unknown-id message).
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(labels(el)).to.deep.equal(['呼和浩特市']);
      expect(values(el)).to.deep.equal(['31.8%']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('城镇新增就业占上级地区总量比重');
    });

    it('shows each bar its period, because periods differ', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      expect(texts(el, '[part="period"]')).to.deep.equal(['2021年', '2023年']);
    });

    it('lists in its data table what it draws, described by the notes that say what it leaves out (QA s12 C3)', async () => {
      // The gallery's 石家庄市：棚改安置房 (2022年1月–8月11日). Before: a row 棚改安置房建成 12141套 2021年, not drawn.
      const el = await chart(html`<livelihood-bar region="shijiazhuang" family="shantytown_homes"></livelihood-bar>`);
      await nextFrame();
      const rows = $$(el, 'table[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows).to.deep.equal([
        ['棚改安置房开工', '20290套', '2022年1月–8月11日', '石家庄新闻网'],
        ['棚改安置房建成', '11648套', '2022年1月–8月11日', '石家庄新闻网'],
      ]);
      // The notes describe the table, said once (before: repeated in its footer).
      const described = el.shadowRoot!.getElementById($(el, 'table[part="table"]')!.getAttribute('aria-describedby')!)!;
      expect([...described.querySelectorAll('[part="note"]')].map((n) => n.textContent)).to.deep.equal(texts(el, '[part="note"]'));
      expect(texts(el, '[part="note"]')).to.include('注：另有2个目标数字未画出。');
      expect($(el, 'table[part="table"] tfoot')).to.equal(null);
    });

    it('labels the chart with a summary sentence', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.equal(
        '老旧小区改造：石家庄市最高，645个；呼和浩特市最低，309个。另有1个地区的数字未画出。',
      );
      expect($(el, 'figure > figcaption')).to.exist;
    });

    it('names the publishers and dates of its sources', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      const source = $(el, '[part="source"]')!.textContent!;
      // 呼和浩特's article names no publisher: its title stands for it.
      expect(source).to.contain('石家庄新闻网，2022年8月11日').and.to.contain('写好“民生答卷” 绘就幸福底色（呼和浩特市）');
    });

    it('writes each figure as its article did where nothing is lost, its label still inside the chart at 375px (QA C3)', async () => {
      const el = await chart(html`<livelihood-bar indicator="new_urban_jobs"></livelihood-bar>`, 375);
      // 呼和浩特's 6.1万人 as its quote and the table have it, beside 石家庄's 88442人.
      expect(values(el)).to.deep.equal(['88442人', '6.1万人']);
      const svg = $(el, '[part="chart"]')!.getBoundingClientRect();
      for (const value of $$(el, '[part="value"]')) expect(value.getBoundingClientRect().right).to.be.at.most(svg.right + 0.5);
      const en = await chart(html`<livelihood-bar lang="en" indicator="new_urban_jobs"></livelihood-bar>`, 375);
      expect(values(en)).to.deep.equal(['88,442 people', '61,000 people']);
    });

    it('tells two articles of near-identical titles and no publisher apart by their places (QA B6)', async () => {
      const el = await chart(html`<livelihood-bar indicator="schools_built"></livelihood-bar>`);
      expect($(el, '[part="source"]')!.textContent).to.equal('来源：写好民生答卷 绘就幸福底色（晋中市）；写好“民生答卷” 绘就幸福底色（呼和浩特市）');
      const en = await chart(html`<livelihood-bar lang="en" indicator="schools_built"></livelihood-bar>`);
      expect($(en, '[part="source"]')!.textContent).to.equal('Sources: 写好民生答卷 绘就幸福底色 (Jinzhong); 写好“民生答卷” 绘就幸福底色 (Hohhot)');
    });

    it('leaves out figures the pipeline is unsure of, says so, and draws them tagged when asked', async () => {
      // 武陵源区's 9个 has no period in its text (period_unstated).
      const meals = await chart(html`<livelihood-bar indicator="elderly_meal_points"></livelihood-bar>`);
      expect(labels(meals)).to.deep.equal(['张家口市']);
      expect(texts(meals, '[part="note"]')).to.deep.equal(['注：另有1个存疑数字未画出。']);
      const all = await chart(html`<livelihood-bar indicator="elderly_meal_points" show-uncertain></livelihood-bar>`);
      expect(labels(all)).to.deep.equal(['张家口市', '武陵源区']);
      expect(texts(all, '[part="status"]')).to.deep.equal(['存疑']);
      expect(marks(all)[1]!.getAttribute('class')).to.equal('bar uncertain');
      expect(marks(all)[1]!.getAttribute('aria-label')).to.equal('武陵源区：9个（存疑），未注明');
      // A district beside a prefecture-level city: their scales differ (QA review, finding 12); and a count at
      // publication beside one of no stated date (QA s11b A1).
      expect(texts(all, '[part="note"]')).to.deep.equal([
        '注：所比较地区的行政级别不同（张家口市为地级，武陵源区为县级），数据规模不宜直接比较。',
        '注：各地数字的时期不同（已分别标注），不宜直接比较高低。',
      ]);
      await expect(all).to.be.accessible();
    });

    it('draws no bar for a total of several years beside figures of a year or less, and names it in a note', async () => {
      for (const lang of ['zh', 'en'] as const) {
        // 石家庄市's 11648套 (Jan–Aug 11, 2022) beside 张家口市's 近1万套 for all of 2021–2025 (QA review s11, finding 2).
        const el = await chart(html`<livelihood-bar lang=${lang} indicator="shantytown_homes_completed"></livelihood-bar>`);
        expect(marks(el)).to.have.length(2);
        expect(marks(el)[1]!.getAttribute('aria-label')).to.equal(lang === 'zh' ? '张家口市：未画出（多年数字）' : 'Zhangjiakou: not shown (several years)');
        expect(values(el)[1]).to.equal(lang === 'zh' ? '未画出（多年数字）' : 'not shown (several years)');
        expect(texts(el, '[part="note"]').join('')).to.contain(
          lang === 'zh' ? '张家口市的近1万套是2021–2025年整个时期的数字，不宜与一年或更短时期的数字并列比较，未画出。' : 'Zhangjiakou ≈10K homes (2021–2025)',
        );
        await expect(el).to.be.accessible();
      }
    });

    it('labels each bar with its own unit and says when units differ', async () => {
      const el = await chart(html`<livelihood-bar indicator="home_care_beds" .dataset=${cities()}></livelihood-bar>`);
      expect(values(el)).to.deep.equal(['3800户', '3500张']);
      expect(texts(el, '[part="note"]').join()).to.contain('户').and.to.contain('张');
    });
  });

  describe('when the article wrote a figure its own way (QA s12 C2)', () => {
    it('keeps its numeral and the place of its 余 or 多', async () => {
      // Before: 10万余人 (just over 100000: 十余万 is ten-odd 万), 3000万余元, 200余所.
      for (const [indicators, value] of [
        ['poverty_alleviation:群众（搬进新家园）:人', '十余万人'],
        ['education:研学实践基地投入:元', '3000余万元'],
        ['rural_mutual_aid_homes.added', '200多所'],
      ]) {
        const el = await chart(html`<livelihood-bar region="zhangjiakou" indicators=${indicators} show-uncertain></livelihood-bar>`);
        expect(values(el), indicators).to.deep.equal([value]);
        expect(marks(el)[0]!.getAttribute('aria-label')).to.contain(value);
      }
    });
  });

  describe('when figures are plans, targets or under way', () => {
    it('draws them only when asked, beside the result, hollow or half filled and tagged', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" regions="shijiazhuang" statuses="result ongoing"></livelihood-bar>`);
      // 2021's 645个 renovated, and 2022's 956个 under way (进场施工): two bars, never one.
      expect(labels(el)).to.deep.equal(['石家庄市', '石家庄市']);
      expect(values(el)).to.deep.equal(['956个', '645个']);
      expect(texts(el, '[part="status"]')).to.deep.equal(['在建']);
      const [ongoing, result] = marks(el);
      expect(ongoing!.getAttribute('class')).to.equal('bar ongoing');
      expect(result!.getAttribute('class')).to.equal('bar');
      expect(Number(getComputedStyle(ongoing!).fillOpacity)).to.be.below(1);
      expect(getComputedStyle(ongoing!).stroke).to.not.equal('none');
      expect(ongoing!.getAttribute('aria-label')).to.equal('石家庄市：956个（在建），2022年');
      const rows = $$(el, 'table[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows).to.deep.include(['石家庄市', '956个（在建）', '2022年', '石家庄新闻网']);
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.contain('956个（在建）');
      await expect(el).to.be.accessible();
    });

    it('says the status in the tooltip, and in English', async () => {
      const el = await chart(html`<livelihood-bar lang="en" indicator="shantytown_homes_started" statuses="all"></livelihood-bar>`);
      const target = marks(el).find((m) => m.classList.contains('target'))!;
      expect(target.getAttribute('aria-label')).to.equal('Shijiazhuang: 22,399 homes (target), 2022');
      target.focus();
      await el.updateComplete;
      expect(tooltip(el).querySelector('.tooltip-tag')!.textContent).to.equal('target');
      // An uncertain figure's tooltip says why.
      const meals = await chart(html`<livelihood-bar lang="en" indicator="elderly_meal_points" show-uncertain></livelihood-bar>`);
      marks(meals)[1]!.focus();
      await meals.updateComplete;
      expect(tooltip(meals).querySelector('.tooltip-tag')!.textContent).to.equal('uncertain');
      expect(texts(meals, '.tooltip-caveat')).to.deep.equal(['period not stated in the source']);
    });

    it('names what it left out when nothing else is left', async () => {
      const { events, alert } = await failing(
        (onError) => html`<livelihood-bar indicator="sports_venues_built" regions="shijiazhuang" statuses="plan" @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(events).to.have.length(0);
      expect(alert).to.equal(null);
      const hidden = await failing(
        (onError) => html`<livelihood-bar indicator="affordable_rental_homes.added" regions="hohhot" @livelihood-error=${onError}></livelihood-bar>`,
      );
      // Names, not ids (QA s12 C4); the event keeps the ids.
      expect(hidden.alert!.textContent).to.equal(
        `没有符合条件的数据：新增保障性租赁住房 · 呼和浩特市。另有1个计划数字未画出。可用 statuses 或 show-uncertain 属性显示。`,
      );
      expect(hidden.events[0]!).to.include({ kind: 'no-data', selection: 'affordable_rental_homes.added · hohhot' });
    });

    it('names the places and categories a selection with no figure asks for, in the chart’s language (QA s12 C4)', async () => {
      // Before: 没有符合条件的数据：shijiazhuang · education。
      const { alert } = await failing(
        (onError) => html`<livelihood-bar region="shijiazhuang" category="education" show-uncertain @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(alert!.textContent).to.match(/^没有符合条件的数据：石家庄市 · 教育。/);
      const en = await failing(
        (onError) => html`<livelihood-bar lang="en" region="shijiazhuang" category="education" show-uncertain @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(en.alert!.textContent).to.match(/^No figures match: Shijiazhuang · Education\./);
    });
  });

  describe('when an editor reviewed the figures', () => {
    const reviewed = () => {
      const ds = cities();
      for (const o of ds.observations) {
        if (o.region === 'zhangjiakou' && o.indicator === 'old_compounds_renovated') Object.assign(o, { checked: true, corrected: ['period'] });
        if (o.region === 'hohhot' && o.indicator === 'old_compounds_renovated') o.checked = false;
      }
      return ds;
    };

    it('says in the tooltip whether an editor checked a figure, and what they corrected', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" .dataset=${reviewed()}></livelihood-bar>`);
      const tipOf = async (label: string) => {
        marks(el)[labels(el).indexOf(label)]!.focus();
        await el.updateComplete;
        return texts(el, '.tooltip-review');
      };
      expect(await tipOf('张家口市')).to.deep.equal(['编辑已核实；经编辑更正：时期']);
      expect(await tipOf('呼和浩特市')).to.deep.equal(['未经编辑核实']);
      // A dataset nobody reviewed says nothing about it.
      const plain = await chart(html`<livelihood-bar indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-bar>`);
      marks(plain)[0]!.focus();
      await plain.updateComplete;
      expect($$(plain, '.tooltip-review')).to.have.length(0);
    });

    it('draws only checked figures with checked-only, and counts the rest', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" checked-only .dataset=${reviewed()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['张家口市']);
      expect(texts(el, '[part="note"]')).to.deep.equal(['注：另有3个未经核实的数字未画出。']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when lang="en" in a desktop card', () => {
    it('wraps long labels whole on two lines, widening their column, each line inside it and clear of the bars', async () => {
      const el = await chart(html`<livelihood-bar lang="en" region="shijiazhuang" family="shantytown_homes"></livelihood-bar>`, 550);
      const names = labels(el);
      expect(names.length).to.be.above(1);
      for (const name of names) expect(name).to.not.contain('…');
      expect(names.some((n) => n.includes('started'))).to.equal(true);
      const barLeft = Math.min(...marks(el).map((m) => m.getBoundingClientRect().left));
      const left = el.getBoundingClientRect().left;
      for (const line of $$(el, '[part="label"] tspan, [part="label"]')) {
        const box = line.getBoundingClientRect();
        expect(box.left).to.be.at.least(left - 0.5);
        expect(box.right).to.be.at.most(barLeft);
      }
    });
  });

  describe('when lang="en"', () => {
    it('writes names, numbers, qualifiers and the summary in English', async () => {
      const el = await chart(html`<livelihood-bar lang="en" indicator="old_compounds_renovated"></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['Shijiazhuang', 'Hohhot', 'Zhangjiakou']);
      expect(values(el).slice(0, 2)).to.deep.equal(['645', '309']);
      expect(texts(el, '[part="period"]').slice(0, 2)).to.deep.equal(['2021', '2023']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Old residential compounds renovated');
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.equal(
        'Old residential compounds renovated: Shijiazhuang is highest at 645; Hohhot is lowest at 309. 1 region with figures not shown.',
      );
      expect(texts(el, '[part="note"]')).to.include('Not shown: 1 figure of work under way.');
      expect($(el, 'figure')!.getAttribute('lang')).to.equal('en');
      expect($(el, '[part="source"]')!.textContent).to.contain('Sources: ').and.to.contain('Aug 11, 2022');
      await expect(el).to.be.accessible();
    });

    it('abbreviates large numbers as B, and writes them out beside one under 10,000 (16,800 beside 359)', async () => {
      const ds = cities();
      const el = await chart(html`<livelihood-bar lang="en" region="zhangjiakou" indicators="new_school_places,elderly_meal_points" .dataset=${ds}></livelihood-bar>`);
      expect(values(el)).to.deep.equal(['16,800', '359']);
      const money = await chart(html`<livelihood-bar lang="en" region="zhangjiakou" category="education" unit="元" .dataset=${ds}></livelihood-bar>`);
      expect(values(money)).to.deep.equal(['29.16B yuan']);
    });
  });

  describe('when figures carry qualifiers', () => {
    const qualified = (lang: string) =>
      chart(html`<livelihood-bar lang=${lang} indicator="childcare_places" .dataset=${cities()}></livelihood-bar>`);

    it('labels them 近 / 余 / 以上 / 不足 in Chinese', async () => {
      const el = await qualified('zh');
      expect(values(el)).to.deep.equal(['近1.2万个', '8000个', '1900余个', '200个以上', '不足50个']);
    });

    it('labels them ≈ / + / ≥ / < in English', async () => {
      const el = await qualified('en');
      expect(values(el)).to.deep.equal(['≈12,000', '8,000', '1,900+', '≥200', '<50']);
    });

    it('draws an open end on over and at-least bars only', async () => {
      const el = await qualified('zh');
      const shapes = marks(el).map((_, i) => ends(el, i).map((e) => e.getAttribute('class')));
      expect(shapes).to.deep.equal([
        ['approx-end'], // 近1.2万
        [], // 8000
        ['open-end', 'open-end-outline'], // 1900余
        ['open-end', 'open-end-outline'], // 200以上
        ['open-end'], // 不足50: fades inside its value, no outline past it
      ]);
      const bar = marks(el)[2]!;
      const end = endOf(el, 2, 'open-end')!;
      expect(Number(end.getAttribute('x'))).to.be.closeTo(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')), 0.01);
      expect(end.getAttribute('fill')).to.equal('url(#livelihood-fade)');
    });

    it('fades the end of an under bar inside its value', async () => {
      const el = await qualified('zh');
      const solid = Number(marks(el)[4]!.getAttribute('width'));
      const fade = Number(endOf(el, 4, 'open-end')!.getAttribute('width'));
      const exact = marks(el)[1]!;
      // 50 of 12000 is under a pixel: the whole bar is the fade, and the fade is as long as the value.
      expect(solid + fade).to.be.closeTo((Number(exact.getAttribute('width')) * 50) / 8000, 0.01);
    });

    it('names every unit in English when the places report in different units', async () => {
      // 3800户 in Hohhot beside 3500张 in Shijiazhuang under one id: "3,800" beside "3,500" would hide the difference.
      // (The pipeline files households under an indicator of their own since QA s14; a hand-made dataset may still mix them.)
      const el = await chart(html`<livelihood-bar lang="en" indicator="home_care_beds" .dataset=${cities()}></livelihood-bar>`);
      expect(values(el)).to.deep.equal(['3,800 households', '3,500 beds']);
      expect(texts(el, '[part="note"]').join(' ')).to.contain('units differ');
      const same = await chart(html`<livelihood-bar lang="en" indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-bar>`);
      expect(values(same)).to.deep.equal(['956', '700+', '309']);
    });

    it('labels 近万套 as 近1万 / ≈10,000 (written out beside figures under 10,000)', async () => {
      const zh = await chart(html`<livelihood-bar indicator="affordable_rental_homes" .dataset=${cities()}></livelihood-bar>`);
      expect(values(zh)[0]).to.equal('近1万套');
      const en = await chart(html`<livelihood-bar lang="en" indicator="affordable_rental_homes" .dataset=${cities()}></livelihood-bar>`);
      expect(values(en)[0]).to.equal('≈10,000 homes');
    });
  });

  describe('when a listed place did not report the indicator', () => {
    it('shows it as not reported, with no bar, last', async () => {
      const el = await chart(html`<livelihood-bar indicator="elderly_meal_points" regions="jinzhong,zhangjiakou,wulingyuan" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['张家口市', '武陵源区', '晋中市']);
      const missing = marks(el)[2]!;
      expect(missing.classList.contains('not-reported')).to.equal(true);
      expect(getComputedStyle(missing).fill).to.equal('rgba(0, 0, 0, 0)');
      expect(missing.getAttribute('aria-label')).to.equal('晋中市：未报告');
      expect(ends(el, 2)).to.deep.equal([]);
      expect(values(el)).to.deep.equal(['359个', '9个', '未报告']);
      expect($(el, '[part="chart"]')!.getAttribute('aria-label')).to.contain('另有1个地区未报告');
      await expect(el).to.be.accessible();
    });
  });

  describe('when sorted and limited', () => {
    it('sorts by name in the chosen language', async () => {
      const zh = await chart(html`<livelihood-bar indicator="old_compounds_renovated" sort="name"></livelihood-bar>`);
      expect(labels(zh)).to.deep.equal(['呼和浩特市', '石家庄市', '张家口市']);
      const en = await chart(html`<livelihood-bar lang="en" indicator="old_compounds_renovated" sort="name" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(en)).to.deep.equal(['Hohhot', 'Shijiazhuang', 'Zhangjiakou']);
    });

    it('keeps the listed order with sort="none"', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" regions="hohhot,zhangjiakou,shijiazhuang" sort="none"></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['呼和浩特市', '张家口市', '石家庄市']);
    });

    it('shows at most limit bars, the highest', async () => {
      const el = await chart(html`<livelihood-bar indicator="childcare_places" limit="2" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['张家口市', '石家庄市']);
    });

    it('redraws when an attribute changes', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      el.setAttribute('limit', '1');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Shijiazhuang']);
    });
  });

  describe('when ids are listed twice or set as arrays', () => {
    it('draws a place listed twice once', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" regions="hohhot,hohhot ,zhangjiakou" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['张家口市', '呼和浩特市']);
    });

    it('reads an array set as the regions property as its ids', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      el.regions = ['hohhot', 'shijiazhuang'] as unknown as string;
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['石家庄市', '呼和浩特市']);
    });
  });

  describe('when given a region', () => {
    it("draws that place's indicators of one unit, with the shared period once", async () => {
      const el = await chart(html`<livelihood-bar region="zhangjiakou" indicators="elderly_meal_points,new_school_places,old_compounds_renovated" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['新增学位', '老旧小区改造', '老年助餐点']);
      expect(values(el)).to.deep.equal(['1.68万个', '700余个', '359个']);
      expect($(el, '[part="subtitle"]')!.textContent).to.equal('截至2025年12月22日');
      expect($$(el, '[part="period"]')).to.have.length(0);
      expect($(el, '[part="heading"]')!.textContent).to.equal('张家口市');
    });

    it('leaves out, with a note, a listed indicator the place reports in another unit', async () => {
      const el = await chart(html`<livelihood-bar region="shijiazhuang" indicators="home_care_beds,aging_friendly_renovations" unit="户" .dataset=${cities()}></livelihood-bar>`);
      expect(labels(el)).to.deep.equal(['适老化改造']);
      expect(texts(el, '[part="value"]').join()).to.not.contain('未报告');
      expect($(el, '[part="note"]')!.textContent).to.equal('注：家庭养老床位的单位或类别与所选不同，未列出。');
    });

    it('writes every figure of a chart in one number format', async () => {
      const el = await chart(html`<livelihood-bar lang="en" region="shijiazhuang" category="employment" unit="人" show-uncertain></livelihood-bar>`);
      // 12,130 alone would read 12.13K; beside 88,442 it is written out too.
      expect(values(el)).to.deep.equal(['88,442 people', '36,671 people', '12,130 people']);
    });

    it('names in English what the glossary translated, and the rest in the article’s words after its category', async () => {
      // Default dataset: 呼和浩特's 152所 涉及学校 has no English; 石家庄's standards do (the glossary's glosses).
      const hohhot = await chart(html`<livelihood-bar lang="en" region="hohhot" indicators="schools_built,education:涉及学校:所"></livelihood-bar>`);
      expect(labels(hohhot)).to.have.members(['Schools built or expanded', 'Education: 涉及学校']);
      expect(marks(hohhot).map((m) => m.getAttribute('aria-label')).join()).to.contain('Education: 涉及学校');
      const sjz = await chart(
        html`<livelihood-bar lang="en" region="shijiazhuang" indicators="health:社区卫生服务站（达到基本标准）:所,health:乡级基层卫生医疗机构（达到推荐标准）:所"></livelihood-bar>`,
      );
      expect(labels(sjz).join(' ').replace(/\s+/g, ' ')).to.contain('(meeting the basic standard)').and.contain('(meeting the recommended standard)');
      for (const el of [hohhot, sjz]) expect(el.shadowRoot!.textContent).to.not.contain('untranslated');
    });

    it('draws a category in one unit', async () => {
      const el = await chart(html`<livelihood-bar region="zhangjiakou" category="education" unit="元" .dataset=${cities()}></livelihood-bar>`);
      expect(values(el)).to.deep.equal(['291.58亿元']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('张家口市：教育（元）');
    });
  });

  describe('when it cannot draw', () => {
    it('refuses mixed units with an alert and an event, drawing no axis', async () => {
      const { el, events, alert } = await failing(
        (onError) => html`<livelihood-bar region="zhangjiakou" category="education" .dataset=${cities()} @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(alert!.textContent).to.contain('个').and.to.contain('所').and.to.contain('元').and.to.contain('不能画在同一坐标轴上');
      expect($(el, 'svg')).to.equal(null);
      expect($(el, '[role="graphics-document"]')).to.equal(null);
      expect(events.map((e) => e.kind)).to.deep.equal(['mixed-units']);
      expect(events[0]!.message).to.equal(alert!.textContent);
      // The groups are made with the message (mixed.ts): the event carries them too.
      const groups = events[0]!.kind === 'mixed-units' ? events[0]!.groups : [];
      expect(groups.map((g) => g.unit).sort()).to.deep.equal(['个', '元', '所']);
      await expect(el).to.be.accessible();
    });

    it('names an unknown region and suggests the closest ids, in English too', async () => {
      const { alert, events } = await failing(
        (onError) => html`<livelihood-bar lang="en" indicator="old_compounds_renovated" regions="hohhot,zhangjiakuo" @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(alert!.textContent).to.match(/^Unknown region "zhangjiakuo"\. Did you mean zhangjiakou \(Zhangjiakou\)[,?]/);
      expect(events[0]!.kind).to.equal('unknown-region');
    });

    it('refuses to draw a rank (位列第10位) as bars, where the worse place would be longer', async () => {
      // The pipeline skips ranks as ordinals; a dataset made by hand may still hold one.
      const ds = cities();
      const id = 'urban_renewal:垃圾分类考核排名:位';
      ds.indicators.push({ id, name: { zh: '垃圾分类考核排名', en: 'Waste sorting ranking' }, category: 'urban_renewal', unit: '位', kind: 'rank', canonical: false });
      for (const [region, value] of [['hohhot', 10], ['zhangjiakou', 25]] as const) {
        ds.observations.push({ ...ds.observations.find((o) => o.region === region)!, id: `rank-${region}`, indicator: id, value, unit: '位', raw: `${value}位`, subject: '垃圾分类考核排名' });
      }
      const { el, alert, events } = await failing(
        (onError) => html`<livelihood-bar indicator=${id} .dataset=${ds} @livelihood-error=${onError}></livelihood-bar>`,
      );
      expect(alert!.textContent).to.contain('名次').and.to.contain('<livelihood-table>');
      expect($(el, 'svg')).to.equal(null);
      expect(events.map((e) => e.kind)).to.deep.equal(['rank-figures']);
    });

    it('asks for an indicator or a region when given neither', async () => {
      const { alert, events } = await failing((onError) => html`<livelihood-bar @livelihood-error=${onError}></livelihood-bar>`);
      expect(alert!.textContent).to.contain('indicator').and.to.contain('region');
      expect(events[0]!.kind).to.equal('missing-selection');
    });

    it('turns a failure while drawing into an inline message, not a page error', async () => {
      // The chart draws from its own copy of the data, so the failure comes from the
      // platform: sorting by name throws once the chart compares two names.
      const descriptor = Object.getOwnPropertyDescriptor(Intl.Collator.prototype, 'compare')!;
      Object.defineProperty(Intl.Collator.prototype, 'compare', {
        configurable: true,
        get: () => () => {
          throw new Error('boom');
        },
      });
      try {
        const { alert, events } = await failing(
          (onError) => html`<livelihood-bar indicator="old_compounds_renovated" sort="name" .dataset=${cities()} @livelihood-error=${onError}></livelihood-bar>`,
        );
        expect(events.map((e) => e.kind)).to.deep.equal(['unexpected']);
        expect(alert!.textContent).to.equal('图表出错：boom');
      } finally {
        Object.defineProperty(Intl.Collator.prototype, 'compare', descriptor);
      }
    });

  });

  describe('when used from the keyboard', () => {
    /** 老旧小区改造 in the embedded dataset (石家庄市, 呼和浩特市), or in `dataset`. */
    async function keyboardChart(dataset?: Dataset) {
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px">
        <button>before</button>
        <livelihood-bar indicator="old_compounds_renovated" .dataset=${dataset}></livelihood-bar>
        <button>after</button>
      </div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      box.querySelector('button')!.focus();
      return { el, box };
    }
    const focusedLabel = (el: Element) => {
      const i = focused(el)?.getAttribute('data-mark');
      return i == null ? undefined : labels(el)[Number(i)];
    };

    it('moves between bars with arrows, Home and End, and keeps the Tab stop where it left', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(el)).to.equal('呼和浩特市');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(el)).to.equal('张家口市');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(el)).to.equal('张家口市');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedLabel(el)).to.equal('呼和浩特市');
      // The last row is 张家口's, not drawn (a figure of several years): still a stop, so the keyboard reads it.
      await sendKeys({ press: 'End' });
      expect(focusedLabel(el)).to.equal('张家口市');
      await sendKeys({ press: 'Home' });
      expect(focusedLabel(el)).to.equal('石家庄市');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    });

    it('shows the focused bar’s tooltip with its quote and the number marked', async () => {
      const { el } = await keyboardChart();
      expect(tooltip(el).hidden).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      expect(tip.querySelector('strong')!.textContent).to.equal('石家庄市');
      expect(tip.textContent).to.contain('645个').and.to.contain('2021年');
      expect(tip.querySelector('blockquote')!.textContent).to.contain('在2021年改造提升了645个老旧小区');
      expect(tip.querySelector('mark')!.textContent).to.equal('645个');
      expect(focused(el)!.getAttribute('aria-describedby')).to.equal(tip.id);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('keeps focus on the same bar when the chart redraws for a new width or order', async () => {
      // Three bars (the fixture's): the focus keeps its place through a new order.
      const { el, box } = await keyboardChart(cities());
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      (box as HTMLElement).style.width = '600px';
      await nextFrame(el);
      expect(document.activeElement === el).to.equal(true);
      expect(focused(el)?.getAttribute('data-mark')).to.equal('1');
      el.sort = 'name';
      await el.updateComplete;
      expect(focused(el)?.getAttribute('data-mark')).to.equal('1');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.getAttribute('data-mark')).to.equal('2');
    });

    it('leaves the tooltip as it was when a redraw moves focus', async () => {
      const { el, box } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
      (box as HTMLElement).style.width = '600px';
      await nextFrame(el);
      expect(focused(el)?.getAttribute('data-mark')).to.equal('0');
      expect(tooltip(el).hidden, 'closed with Escape, it stays closed').to.equal(true);
      // A pointer on another bar keeps its tooltip through a redraw too.
      const r = marks(el)[1]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await el.updateComplete;
      (box as HTMLElement).style.width = '560px';
      await nextFrame(el);
      expect(tooltip(el).querySelector('strong')!.textContent).to.equal('呼和浩特市');
    });

    it('keeps focus in the chart when a redraw leaves no bar to focus', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      el.indicator = 'no_such_indicator';
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.exist;
      expect(document.activeElement === el).to.equal(true);
      expect(focused(el)).to.equal($(el, 'figure'));
      await expect(el).to.be.accessible();
    });

    it('leaves keys with Alt, Ctrl or Meta to the browser', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      const mark = focused(el)!;
      const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true });
      mark.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
      expect(focused(el)).to.equal(mark);
    });

    it('chooses once for a held Enter', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      let chosen = 0;
      el.addEventListener('livelihood-select', () => chosen++);
      const press = (repeat: boolean) =>
        focused(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', repeat, bubbles: true, composed: true, cancelable: true }));
      press(false);
      press(true);
      press(true);
      expect(chosen).to.equal(1);
    });

    it('describes only the mark whose tooltip shows', async () => {
      const { el } = await keyboardChart();
      const described = () => $$(el, '[data-mark][aria-describedby]').map((m) => m.getAttribute('data-mark'));
      expect(described()).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(described()).to.deep.equal(['0']);
      const r = marks(el)[1]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await el.updateComplete;
      // The tooltip now shows the hovered bar: the focused one is no longer described by it.
      expect(tooltip(el).querySelector('strong')!.textContent).to.equal('呼和浩特市');
      expect(described()).to.deep.equal(['1']);
    });

    it('lists a place’s other periods in its tooltip', async () => {
      const { el } = await keyboardChart(cities());
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(tooltip(el).querySelector('.tooltip-others')!.textContent).to.equal('其他时期: 2021年 645个');
    });

  });

  describe('when used with a pointer', () => {
    const centre = (e: Element): [number, number] => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
    };

    it('shows the tooltip on hover and hides it on leave', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      await sendMouse({ type: 'move', position: centre(marks(el)[1]!) });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).querySelector('mark')!.textContent).to.equal('309个');
      await sendMouse({ type: 'move', position: [1, 600] });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('answers for the whole row: hovering a label shows its bar’s tooltip', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-bar>`);
      await sendMouse({ type: 'move', position: centre($$(el, '[part="label"]')[1]!) });
      await el.updateComplete;
      expect(tooltip(el).querySelector('strong')!.textContent).to.equal('张家口市');
    });

    it('fires livelihood-select with the observation on click', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated" .dataset=${cities()}></livelihood-bar>`);
      const [x, y] = centre(marks(el)[0]!);
      setTimeout(() => sendMouse({ type: 'click', position: [x, y] }));
      const event = await oneEvent(el, 'livelihood-select');
      expect(event.detail).to.include({ region: 'shijiazhuang', value: 956, raw: '956个' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
    });
  });

  describe('when clicked, moved or reconnected', () => {
    const centre = (e: Element): [number, number] => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
    };

    it('moves the Tab stop to a row clicked on its label', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      await sendMouse({ type: 'click', position: centre($$(el, '[part="label"]')[1]!) });
      await el.updateComplete;
      expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    });

    it('closes a hovered tooltip when the element is moved', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><livelihood-bar indicator="old_compounds_renovated"></livelihood-bar></div><div class="other" style="width:640px"></div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      await sendMouse({ type: 'move', position: centre(marks(el)[1]!) });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      box.parentElement!.querySelector('.other')!.append(el);
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('tries a failed src again when connected again', async () => {
      let calls = 0;
      const realFetch = window.fetch;
      const spy = spyFetch((input, init) => (++calls === 1 ? Promise.reject(new TypeError('offline')) : realFetch(input, init)));
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><livelihood-bar src=${fixtureUrl('cities.json.txt', 'retry')} indicator="old_compounds_renovated"></livelihood-bar></div>`);
        const el = box.querySelector('livelihood-bar')!;
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.exist;
        el.remove();
        box.append(el);
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.equal(null);
        expect(marks(el)).to.have.length(3);
        expect(calls).to.equal(2);
      } finally {
        spy.restore();
      }
    });

    it('holds room for the places listed, not the limit, while loading', async () => {
      const { restore } = gateFetch();
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px">
          <livelihood-bar src=${fixtureUrl('cities.json.txt', 'listed')} indicator="old_compounds_renovated" regions="hohhot,zhangjiakou" limit="50"></livelihood-bar>
        </div>`);
        const el = box.querySelector('livelihood-bar')!;
        await nextFrame();
        expect($<HTMLElement>(el, '[part="chart"]')!.getBoundingClientRect().height).to.equal(8 + 2 * 28);
      } finally {
        restore();
      }
    });

    it('takes only text as a heading: anything else leaves the default', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      el.heading = Object.create(null) as string;
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('老旧小区改造');
      el.heading = 2024 as unknown as string;
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('2024');
    });

    it('sets no lang attribute on the host it was not given', async () => {
      const el = await chart(html`<livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>`);
      expect(el.hasAttribute('lang')).to.equal(false);
      expect($(el, 'figure')!.getAttribute('lang')).to.equal('zh');
    });
  });

  describe('when it holds many bars', () => {
    it('draws them in bands the browser lays out only near the viewport, every mark in the DOM', async () => {
      const n = 200;
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
      const el = Object.assign(document.createElement('livelihood-bar'), { indicator: SYNTHETIC_INDICATOR, limit: n, dataset: syntheticDataset(n) });
      // As it is drawn: the bands to skip are opened only later, when the page is idle.
      const firstDraw = new Promise<string[]>((resolve) =>
        el.addEventListener('livelihood-render', () => resolve($$(el, '.band').map((b) => getComputedStyle(b).contentVisibility)), { once: true }),
      );
      box.append(el);
      const drawn = await firstDraw;
      await el.updateComplete;
      expect(marks(el)).to.have.length(n);
      const bands = $$<HTMLElement>(el, '.band');
      expect(bands).to.have.length(Math.ceil(n / 24));
      // The first band is drawn with the page; the rest wait until they come near the viewport or are opened.
      expect(drawn).to.deep.equal(['visible', ...bands.slice(1).map(() => 'auto')]);
      // Bands hold their exact height, so nothing shifts as they are drawn.
      const chartBox = $(el, '[part="chart"]')!.getBoundingClientRect();
      expect(bands.reduce((sum, b) => sum + b.getBoundingClientRect().height, 0)).to.equal(chartBox.height);
      expect(chartBox.height).to.equal(BAR_METRICS.padding * 2 + n * BAR_METRICS.wide.row);
      // Each mark sits where its row is, whichever band holds it.
      const last = marks(el)[n - 1]!;
      expect(last.getAttribute('data-mark')).to.equal(String(n - 1));
      expect(last.closest('.band')).to.equal(bands[bands.length - 1]);
    });

    // Before: every band after the first kept content-visibility: auto, and Chromium left the
    // marks of the skipped ones out of its accessibility tree: 72 of 200 (three bands near the top).
    it('gives a screen reader every mark once the page is idle, far bands included', async () => {
      const n = 200;
      const el = await chart(html`<livelihood-bar indicator=${SYNTHETIC_INDICATOR} limit=${n} .dataset=${syntheticDataset(n)}></livelihood-bar>`);
      const symbols = await axMarks(n);
      expect(symbols).to.have.length(n);
      expect($$<HTMLElement>(el, '.band').map((b) => getComputedStyle(b).contentVisibility)).to.deep.equal($$(el, '.band').map(() => 'visible'));
      expect(symbols.map((node) => node.name)).to.deep.equal(marks(el).map((m) => m.getAttribute('aria-label')));
      // Still laid out where they were: no band changed its height as it opened.
      expect($(el, '[part="chart"]')!.getBoundingClientRect().height).to.equal(BAR_METRICS.padding * 2 + n * BAR_METRICS.wide.row);
    });

    it('draws new marks of a redraw near the viewport first, and opens the rest again when idle', async function () {
      this.timeout(30000);
      const n = 1000;
      const el = await chart(html`<livelihood-bar indicator=${SYNTHETIC_INDICATOR} limit=${n} .dataset=${syntheticDataset(n)}></livelihood-bar>`);
      const bands = () => $$<HTMLElement>(el, '.band');
      const open = () => bands().filter((b) => getComputedStyle(b).contentVisibility === 'visible').length;
      expect(await axMarks(n, 8000)).to.have.length(n);
      // A narrower box: new marks in every band. Laying out all 1,000 rows again in this
      // frame is what skipping saves; the far bands are skipped until opened again.
      el.parentElement!.style.width = '500px';
      await nextFrame(el);
      expect(open()).to.be.below(bands().length);
      expect(getComputedStyle(bands().at(-1)!).contentVisibility).to.equal('auto');
      expect(await axMarks(n, 8000)).to.have.length(n);
      expect(open()).to.equal(bands().length);
    });

    it('reaches the last bar with End, drawn and focused, far below the viewport', async () => {
      const n = 500;
      const el = await chart(html`<livelihood-bar indicator=${SYNTHETIC_INDICATOR} limit=${n} .dataset=${syntheticDataset(n)}></livelihood-bar>`);
      marks(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const focusedMark = focused(el)!;
      expect(focusedMark.getAttribute('data-mark')).to.equal(String(n - 1));
      expect(focusedMark.getAttribute('tabindex')).to.equal('0');
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
      await nextFrame(el);
      expect(focusedMark.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
      expect(focusedMark.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(tooltip(el).hidden).to.equal(false);
    });
  });

  describe('when a tall chart is scrolled', () => {
    it('opens the tooltip where the window has room, not where the chart has', async () => {
      const n = 200;
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><div style="height:1500px"></div>
        <livelihood-bar indicator=${SYNTHETIC_INDICATOR} limit=${n} .dataset=${syntheticDataset(n)}></livelihood-bar>
        <div style="height:1500px"></div></div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      const tip = () => tooltip(el).getBoundingClientRect();

      // A bar low in the chart, scrolled to the top of the window: the tooltip opens below it.
      const low = marks(el)[150]!;
      low.scrollIntoView({ block: 'start' });
      low.focus({ preventScroll: true });
      await el.updateComplete;
      expect(tip().top).to.be.at.least(low.getBoundingClientRect().bottom);

      // A bar high in the chart, scrolled to the bottom of the window: it opens above.
      const high = marks(el)[10]!;
      high.scrollIntoView({ block: 'end' });
      high.focus({ preventScroll: true });
      await el.updateComplete;
      expect(tip().bottom).to.be.at.most(high.getBoundingClientRect().top);
      expect(tip().top).to.be.at.least(0);
      window.scrollTo(0, 0);
    });
  });

  describe('when the container resizes', () => {
    it('keeps right-aligned labels of the wide layout inside too', async () => {
      const el = await chart(html`<livelihood-bar lang="en" indicator="childcare_places" .dataset=${cities()}></livelihood-bar>`);
      const svg = $(el, '.band svg')!.getBoundingClientRect();
      const boxes = $$(el, 'text').map((t) => t.getBoundingClientRect());
      expect(labels(el)).to.include('Kangbao County');
      expect(Math.min(...boxes.map((b) => b.left - svg.left))).to.be.at.least(0);
      expect(Math.max(...boxes.map((b) => b.right - svg.left))).to.be.at.most(svg.width);
    });

    it('waits in a hidden container and draws when it is shown', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="display:none;width:400px">
        <livelihood-bar indicator="old_compounds_renovated"></livelihood-bar>
      </div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      expect($(el, 'rect')).to.equal(null);
      expect($(el, '[part="figure"]')!.getAttribute('aria-busy')).to.equal('true');
      box.style.display = 'block';
      await nextFrame(el);
      await nextFrame(el);
      expect(marks(el)).to.have.length(3);
      expect($(el, '.band svg')!.getAttribute('width')).to.equal('400');
      expect(marks(el).every((m) => Number(m.getAttribute('width')) >= 0)).to.equal(true);
    });

    it('estimates text no narrower than Chromium draws it', async () => {
      const el = await chart(html`<livelihood-bar lang="en" indicator="childcare_places" .dataset=${cities()}></livelihood-bar>`);
      const zh = await chart(html`<livelihood-bar indicator="childcare_places" .dataset=${cities()}></livelihood-bar>`);
      for (const t of [...$$<SVGTextElement>(el, 'text'), ...$$<SVGTextElement>(zh, 'text')]) {
        const label = t.firstChild?.textContent ?? '';
        const drawn = t.getSubStringLength(0, label.length);
        expect(drawn, label).to.be.at.most(textWidth(label, BAR_METRICS.fontSize));
      }
    });

    it('holds its height while loading, then draws', async () => {
      const { release, restore } = gateFetch();
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px">
          <livelihood-bar src=${fixtureUrl('cities.json.txt', 'slow')} indicator="old_compounds_renovated" limit="3"></livelihood-bar>
        </div>`);
        const el = box.querySelector('livelihood-bar')!;
        await nextFrame();
        const pending = $<HTMLElement>(el, '[part="chart"]')!;
        expect(pending.classList.contains('pending')).to.equal(true);
        expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('true');
        const reserved = pending.getBoundingClientRect().height;
        expect(reserved).to.equal(8 + 3 * 28);
        await expect(el).to.be.accessible();
        release();
        await el.updateComplete;
        expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('false');
        expect(marks(el)).to.have.length(3);
        expect($<HTMLElement>(el, '[part="chart"]')!.getBoundingClientRect().height).to.equal(reserved);
      } finally {
        restore();
      }
    });
  });

  describe('when given a src', () => {

    it('keeps a dataset set as `data` before the element is defined', async () => {
      // A page script that runs before the component's: the element is not upgraded yet.
      const tag = 'livelihood-bar-late';
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
      const el = document.createElement(tag) as LivelihoodBar;
      el.setAttribute('indicator', 'old_compounds_renovated');
      const ds = cities();
      ds.observations = ds.observations.filter((o) => o.region !== 'hohhot');
      el.data = ds;
      box.append(el);
      const Bar = customElements.get('livelihood-bar') as typeof LivelihoodBar;
      customElements.define(tag, class extends Bar {});
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['石家庄市', '张家口市']);
      expect(el.data).to.equal(ds);
      expect(el.dataset).to.equal(ds as unknown);
    });
  });

  describe('when themed', () => {
    const style = (el: Element, selector: string) => getComputedStyle($(el, selector)!);

    it('takes colours from --livelihood-* custom properties and ::part()', async () => {
      const el = await chart(html`<style>
          .themed { --livelihood-bar-color: rgb(1, 2, 3); }
          .themed::part(label) { font-weight: 700; }
        </style>
        <livelihood-bar class="themed" indicator="old_compounds_renovated"></livelihood-bar>`);
      expect(style(el, 'rect[part="bar"]').fill).to.equal('rgb(1, 2, 3)');
      expect(style(el, '[part="label"]').fontWeight).to.equal('700');
    });

    it('keeps the inherited text styles of the article out', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:360px;word-break:break-all;letter-spacing:3px;text-align:justify;text-transform:uppercase;line-height:3;font-style:italic">
        <livelihood-bar lang="en" indicator="old_compounds_renovated"></livelihood-bar>
      </div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      const source = getComputedStyle($(el, '[part="source"]')!);
      expect([source.wordBreak, source.letterSpacing, source.textAlign, source.textTransform, source.fontStyle]).to.deep.equal([
        'normal', 'normal', 'start', 'none', 'normal',
      ]);
      expect(getComputedStyle($(el, '[part="label"]')!).letterSpacing).to.equal('normal');
    });

    it('keeps an article’s universal rule out too, which beats :host on the element itself', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:360px">
        <style>* { letter-spacing: 3px; text-align: justify; line-height: 3; word-break: break-all; font-style: italic }</style>
        <livelihood-bar lang="en" indicator="old_compounds_renovated"></livelihood-bar>
      </div>`);
      const el = box.querySelector('livelihood-bar')!;
      await el.updateComplete;
      expect(getComputedStyle(el).letterSpacing).to.equal('3px');
      for (const part of ['source', 'label', 'heading']) {
        const style = getComputedStyle($(el, `[part="${part}"]`)!);
        expect([style.letterSpacing, style.textAlign, style.wordBreak, style.fontStyle], part).to.deep.equal(['normal', 'start', 'normal', 'normal']);
      }
    });

  });
});
