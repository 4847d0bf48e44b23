import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/charts/city-compare/city-compare.js';
import type { CityCompare } from '../../src/charts/city-compare/city-compare.js';
import { COMPARE_METRICS } from '../../src/charts/city-compare/layout.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import { textWidth } from '../../src/kit/marks/text.js';
import { PALETTE, PALETTE_DARK } from '../../src/kit/marks/series-styles.js';
import { placeSlots } from '../../src/kit/marks/place-colour.js';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { $, $$, cities, fixtureUrl, gateFetch, nextFrame, texts, values } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';

runChartContractTests('city-compare', {
  // 张家口 last: its 700余个 are of 2018–2025, not drawn beside the others' single years, so the first mark is a figure.
  attributes: { regions: 'hohhot,shijiazhuang,zhangjiakou', indicators: 'old_compounds_renovated' },
  withIndicator: (id) => ({ regions: 'hohhot,shijiazhuang,zhangjiakou', indicators: id }),
  wide: { regions: 'zhangjiakou,hohhot,wulingyuan', indicators: 'elderly_meal_points,job_fairs,community_elderly_care_centres,new_primary_secondary_places', 'show-uncertain': '' },
});

/** Renders `template` (one city-compare) in a box `width` px wide; resolves once the chart is drawn. */
async function chart(template: TemplateResult, width = 640): Promise<CityCompare> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('city-compare')!;
  await el.updateComplete;
  return el;
}

/** Renders a chart expected to fail; returns it with the error events it fired. */
async function failing(template: (onError: (e: CustomEvent<LivelihoodErrorDetail>) => void) => TemplateResult) {
  const events: LivelihoodErrorDetail[] = [];
  const el = await chart(template((e) => events.push(e.detail)));
  return { el, events, alert: $(el, '[role="alert"]') };
}

const THREE = 'zhangjiakou,hohhot,shijiazhuang';
/** The palette slots (1-based) of places drawn together from `dataset` (place-colour.ts). */
const slotsIn = (ids: string, dataset: Dataset) => placeSlots(ids.split(','), indexDataset(dataset));
/** A text's own words, without its period tspan. */
const ownText = (t: Element) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
const groups = (el: Element) => $$(el, '[part="indicator"]').map(ownText);
const labels = (el: Element) => $$(el, '[part="label"]').map(ownText);
const legend = (el: Element) => texts(el, '[part="legend"] li');
const notes = (el: Element) => texts(el, '[part="note"]');
const summary = (el: Element) => $(el, '[part="chart"]')!.getAttribute('aria-label')!;
/** The bars drawn (reported values only). */
const bars = (el: Element) => $$<SVGRectElement>(el, 'rect[part="bar"]');
/** Every focusable mark, bar or "not reported", in mark order. */
const marks = (el: Element) => $$<SVGRectElement>(el, 'rect[data-mark][tabindex]');
const tooltip = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;
const focusedName = (el: Element) => focused(el)?.getAttribute('aria-label');
/** The value labels of group `g` when each group has `n` places. */
const groupValues = (el: Element, g: number, n: number) => values(el).slice(g * n, g * n + n);
const hex = (rgb: string) =>
  `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

afterEach(async () => {
  clearDatasetCache();
  await resetMouse();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('<city-compare>', () => {
  describe('when given regions only (embedded dataset)', () => {
    it('draws a group for each indicator two or more of them report, most widely reported first', async () => {
      const el = await chart(html`<city-compare regions=${THREE}></city-compare>`);
      // Counted from the dataset: indicators two or three of the places report as sure results.
      const dataset = await loadDefaultDataset();
      const places = new Map<string, Set<string>>();
      for (const o of dataset.observations.filter(charted)) {
        if (THREE.split(',').includes(o.region)) places.set(o.indicator, (places.get(o.indicator) ?? new Set()).add(o.region));
      }
      const shared = [...places.values()].filter((p) => p.size >= 2);
      const reported = shared.reduce((sum, p) => sum + p.size, 0);
      expect(shared.length).to.be.at.least(3);
      expect(groups(el)).to.have.length(shared.length);
      // The one indicator all three report comes first (张家口's 700余个 since 2018, beside the others' single years).
      expect(shared.filter((p) => p.size === 3)).to.have.length(1);
      expect(groups(el)[0]).to.equal('老旧小区改造');
      expect(groups(el)).to.include.members(['城镇新增就业', '棚改安置房建成']);
      // Not one measure: 张家口's boarding places, 石家庄's clinics meeting a standard beside 呼和浩特's upgraded ones.
      expect(groups(el)).to.not.include.members(['新增学位', '村卫生室']);
      // Shared only with 呼和浩特市's figures whose period the article does not state.
      expect(groups(el)).to.not.include.members(['家庭养老床位', '适老化改造']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('张家口市、呼和浩特市和石家庄市对比');
      // A mark for every place in every group: a bar where reported, 未报告 where not.
      expect(marks(el)).to.have.length(shared.length * 3);
      // All but 张家口市's figures of several years (shantytown homes of 2021–2025, compounds since 2018), not drawn
      // beside 石家庄市's and 呼和浩特市's of a year or less.
      expect(bars(el)).to.have.length(reported - 2);
      expect(values(el).filter((v) => v === '未画出（多年数字）')).to.have.length(2);
      expect(values(el).filter((v) => v === '未报告')).to.have.length(shared.length * 3 - reported);
      await expect(el).to.be.accessible();
    });

    it('keeps the places in the listed order in every group, each bar named', async () => {
      const el = await chart(html`<city-compare regions="shijiazhuang,zhangjiakou,hohhot"></city-compare>`);
      const names = labels(el);
      for (let g = 0; g < names.length / 3; g++) expect(names.slice(g * 3, g * 3 + 3)).to.deep.equal(['石家庄市', '张家口市', '呼和浩特市']);
      expect(groupValues(el, groups(el).indexOf('老旧小区改造'), 3)).to.deep.equal(['645个', '未画出（多年数字）', '309个']);
    });

    it('gives each indicator its own scale: the largest value of every group spans the same width', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="new_primary_secondary_places,old_compounds_renovated,new_urban_jobs"></city-compare>`);
      const widths = bars(el).map((b) => Number(b.getAttribute('width')));
      // 2.1万个 of new primary and secondary places (呼和浩特 alone: 张家口's are boarding places), 645个 of
      // compounds (张家口's 700余个 are to date, another measure), 8.84万人 of jobs (Zhangjiakou reports
      // none: two bars each): three scales.
      expect(widths).to.have.length(5);
      const [places, compounds, jobs] = [widths.slice(0, 1), widths.slice(1, 3), widths.slice(3)];
      expect(Math.max(...places)).to.be.closeTo(Math.max(...compounds), 0.01);
      expect(Math.max(...jobs)).to.be.closeTo(Math.max(...compounds), 0.01);
      expect(compounds[0]! / compounds[1]!).to.be.closeTo(309 / 645, 0.001);
    });

    it('says how many indicators only one of them reports, rather than dropping them silently', async () => {
      const el = await chart(html`<city-compare regions=${THREE}></city-compare>`);
      // Counted from the dataset: indicators exactly one of the three places reports as sure results.
      const dataset = await loadDefaultDataset();
      const places = new Map<string, Set<string>>();
      for (const o of dataset.observations.filter(charted)) {
        if (THREE.split(',').includes(o.region)) places.set(o.indicator, (places.get(o.indicator) ?? new Set()).add(o.region));
      }
      const single = [...places.values()].filter((p) => p.size === 1).length;
      expect(single).to.be.greaterThan(50);
      // In a reader's words, not a developer's: no "indicators" (QA C1).
      expect(notes(el)).to.include(`另有${single}项数据只有一地报告，未列出。`);
      const en = await chart(html`<city-compare lang="en" regions=${THREE}></city-compare>`);
      expect(notes(en)).to.include(`Not shown: ${single} more items reported by only one of these places.`);
    });

    it('colours each place from the Okabe–Ito palette by its id, with a legend naming it', async () => {
      // The fixture, where all three report 老旧小区改造.
      const ds = cities();
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated" .dataset=${ds}></city-compare>`);
      expect(legend(el)).to.deep.equal(['张家口市', '呼和浩特市', '石家庄市']);
      const colours = slotsIn(THREE, ds).map((slot) => PALETTE[slot - 1]);
      expect(new Set(colours).size).to.equal(3);
      const swatches = $$(el, '[part="legend"] .swatch').map((s) => hex(getComputedStyle(s).backgroundColor));
      expect(swatches).to.deep.equal(colours);
      expect(bars(el).map((b) => hex(getComputedStyle(b).fill))).to.deep.equal(colours);
    });

    it('gives a place the same colour whatever the other places and their order', async () => {
      const colourOf = async (regions: string) => {
        const el = await chart(html`<city-compare regions=${regions} indicators="old_compounds_renovated"></city-compare>`);
        const names = legend(el);
        const swatches = $$(el, '[part="legend"] .swatch').map((s) => hex(getComputedStyle(s).backgroundColor));
        return new Map(names.map((name, i) => [name, swatches[i]!]));
      };
      const all = await colourOf(THREE);
      for (const regions of ['shijiazhuang,zhangjiakou', 'hohhot,shijiazhuang', 'shijiazhuang,hohhot,zhangjiakou']) {
        for (const [name, colour] of await colourOf(regions)) expect(colour, `${name} in ${regions}`).to.equal(all.get(name));
      }
    });

    it('labels the chart with a summary sentence', async () => {
      const el = await chart(html`<city-compare regions="hohhot,shijiazhuang" indicators="aging_friendly_renovations,new_urban_jobs"></city-compare>`);
      // 呼和浩特市's 5540户 of 适老化改造 has no stated period: left out, said in its cell and under the chart.
      // Its 新增城镇就业6.1万人 is 去年以来 (the article is undated); 石家庄市's 88442人, January to August 2022.
      expect(summary(el)).to.equal(
        '呼和浩特市和石家庄市对比。适老化改造：呼和浩特市未画出（存疑），石家庄市3964户；城镇新增就业：呼和浩特市6.1万人，石家庄市88442人。',
      );
      // The caveats are the notes' to say, once.
      expect(notes(el)).to.include('注：城镇新增就业的数据时期各地不同，各数值均标注了时期。');
      expect(notes(el)).to.include('注：另有1个存疑数字未画出。');
      expect($(el, 'figure > figcaption [part="heading"]')).to.exist;
    });

    it('lists the figures it draws in the data table, described by its notes (QA s12 C3)', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated,aging_friendly_renovations" .dataset=${cities()}></city-compare>`);
      expect(texts(el, 'table[part="table"] thead th')).to.deep.equal(['指标', '张家口市', '呼和浩特市', '石家庄市']);
      const rows = $$(el, 'table[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows).to.deep.equal([
        // Before: 956个（2022年1月–8月11日）；645个（2021年）, a figure not drawn (it is the tooltip's).
        ['老旧小区改造', '700余个（截至2025年12月22日）', '309个（2023年）', '956个（2022年1月–8月11日）'],
        ['适老化改造', '未报告', '5540户（未注明）', '3964户（2022年）'],
      ]);
      // The notes describe the table, said once (before: repeated in its footer).
      const described = el.shadowRoot!.getElementById($(el, 'table[part="table"]')!.getAttribute('aria-describedby')!)!;
      expect([...described.querySelectorAll('[part="note"]')].map((n) => n.textContent)).to.deep.equal(notes(el));
      expect($(el, 'table[part="table"] tfoot')).to.equal(null);
    });

    it('says a hidden figure is not shown, not that its place did not report it: label, name, table, summary', async () => {
      for (const lang of ['zh', 'en']) {
        const ds = cities();
        ds.observations.find((o) => o.region === 'hohhot' && o.indicator === 'aging_friendly_renovations')!.flags = ['period_unstated'];
        const el = await chart(html`<city-compare lang=${lang} regions=${THREE} indicators="aging_friendly_renovations" .dataset=${ds}></city-compare>`);
        const [notShown, notReported] = lang === 'zh' ? ['未画出（存疑）', '未报告'] : ['not shown (uncertain)', 'not reported'];
        expect(values(el)).to.deep.equal([notReported, notShown, lang === 'zh' ? '3964户' : '3,964 households']);
        expect($$(el, '[part="missing"]').map((m) => m.getAttribute('aria-label'))[1]).to.contain(notShown);
        expect($$(el, 'table[part="table"] tbody td').map((c) => c.textContent)).to.include(notShown);
        expect(summary(el)).to.contain(notShown);
      }
    });

    it('names the publishers and dates of its sources', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated,shantytown_homes_completed"></city-compare>`);
      expect($(el, '[part="source"]')!.textContent).to.contain('张家口新闻网，2025年12月22日').and.to.contain('石家庄新闻网，2022年8月11日');
    });

    it('shows the indicators of a category', async () => {
      const el = await chart(html`<city-compare regions="zhangjiakou,hohhot" category="urban_renewal"></city-compare>`);
      expect(groups(el)).to.include('老旧小区改造');
      expect($(el, '[part="heading"]')!.textContent).to.equal('城市更新：张家口市和呼和浩特市对比');
    });

    it('shows listed indicators in the listed order, and at most limit of them', async () => {
      // (Not 乡镇卫生院: 张家口's 242 are the centres a 医共体 covers, no stock of them; QA s12 C8.)
      const el = await chart(html`<city-compare regions=${THREE} indicators="gig_markets,old_compounds_renovated,elderly_meal_points" limit="2"></city-compare>`);
      expect(groups(el)).to.deep.equal(['零工市场', '老旧小区改造']);
      expect(groupValues(el, 0, 3)).to.deep.equal(['21个', '未报告', '未报告']);
    });

    it('says there is nothing to compare, naming the places, when they share no indicator (QA s12 B2)', async () => {
      // Before: ~50 groups of one bar beside 未报告 (居民 数万人, 家庭 862户 …) under a note.
      for (const [regions, zh, en] of [
        ['zhangjiakou,jinzhong', '张家口市和晋中市', 'Zhangjiakou and Jinzhong'],
        ['hebei,hohhot,hunan', '河北省、呼和浩特市和湖南省', 'Hebei, Hohhot, and Hunan'],
      ] as const) {
        const { el, events, alert } = await failing((onError) => html`<city-compare regions=${regions} @livelihood-error=${onError}></city-compare>`);
        expect(events.map((e) => e.kind), regions).to.deep.equal(['nothing-shared']);
        expect(alert!.textContent).to.contain(`${zh}没有共同报告的指标，无法对比。`);
        for (const id of regions.split(',')) expect(alert!.textContent).to.contain(`<livelihood-table region="${id}">`);
        expect(bars(el)).to.have.length(0);
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent).to.contain(`${en} report no indicator in common`);
      }
      // 张家口's 378 day-care points and 呼和浩特's 310 service centres are no one measure.
      const { events, alert } = await failing(
        (onError) => html`<city-compare regions=${THREE} category="elderly_care" @livelihood-error=${onError}></city-compare>`,
      );
      expect(events.map((e) => e.kind)).to.deep.equal(['nothing-shared']);
      expect(alert!.textContent).to.contain('没有共同报告的该类指标').and.to.contain('<livelihood-table region="hohhot" category="elderly_care">');
    });

    it('redraws when an attribute changes', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      el.setAttribute('regions', 'hohhot,zhangjiakou');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Hohhot', 'Zhangjiakou']);
      // 张家口's 700余个 are of 2018–2025: not drawn beside 呼和浩特's year.
      expect(values(el)).to.deep.equal(['309', 'not shown (several years)']);
    });
  });

  describe('when lang="en"', () => {
    it('writes names, numbers, qualifiers, periods and the summary in English', async () => {
      const el = await chart(html`<city-compare lang="en" regions=${THREE} indicators="new_primary_secondary_places,aging_friendly_renovations"></city-compare>`);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Zhangjiakou, Hohhot, and Shijiazhuang compared');
      expect(groups(el)).to.deep.equal(['New primary and secondary school places', 'Aging-friendly home renovations']);
      expect(labels(el).slice(0, 3)).to.deep.equal(['Zhangjiakou', 'Hohhot', 'Shijiazhuang']);
      // 呼和浩特: 2023年以来…新增学位2.1万个 (张家口's 1.68万 are boarding places, another indicator).
      expect(values(el)).to.deep.equal(['not reported', '21K', 'not reported', 'not reported', 'not shown (uncertain)', '3,964 households']);
      expect(summary(el)).to.match(
        /^Zhangjiakou, Hohhot, and Shijiazhuang compared\. New primary and secondary school places: Zhangjiakou not reported, Hohhot 21K, Shijiazhuang not reported; Aging-friendly home renovations: Zhangjiakou not reported, Hohhot not shown \(uncertain\), Shijiazhuang 3,964 households\./,
      );
      expect(notes(el)).to.include('Not shown: 1 uncertain figure.');
      expect($(el, 'figure')!.getAttribute('lang')).to.equal('en');
      expect($(el, 'thead th')!.textContent).to.equal('Indicator');
      await expect(el).to.be.accessible();
    });
  });

  describe('when lang="en" on a phone', () => {
    it('wraps a long indicator name to a second line rather than cut it, inside the width and above its bars', async () => {
      const el = await chart(html`<city-compare lang="en" regions=${THREE}></city-compare>`, 343);
      const titles = $$(el, '[part="indicator"]');
      const words = (t: Element) => [...t.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('part') === 'period')).map((n) => n.textContent).join(' ');
      expect(titles.some((t) => t.querySelector('tspan:not([part])'))).to.equal(true);
      const left = el.getBoundingClientRect().left;
      for (const t of titles) {
        expect(words(t)).to.not.contain('…');
        expect(t.getBoundingClientRect().right - left).to.be.at.most(343);
      }
      // Each title ends above the first name of its group.
      const names = $$(el, '[part="label"]');
      const perGroup = names.length / titles.length;
      titles.forEach((t, g) => expect(t.getBoundingClientRect().bottom).to.be.at.most(names[g * perGroup]!.getBoundingClientRect().top));
    });
  });

  describe('when figures carry qualifiers', () => {
    // The fixture: 张家口's 近万套 and 700余个 beside 石家庄's 6000套 and 956个.
    const qualified = (lang: string) =>
      chart(html`<city-compare lang=${lang} regions="zhangjiakou,shijiazhuang" indicators="affordable_rental_homes,old_compounds_renovated" .dataset=${cities()}></city-compare>`);

    it('labels them 近 / 余 in Chinese and ≈ / + in English', async () => {
      expect(values(await qualified('zh'))).to.deep.equal(['近1万套', '6000套', '700余个', '956个']);
      // The noun as Chinese shows 套 (QA s12 C1); 个 names no one kind.
      expect(values(await qualified('en'))).to.deep.equal(['≈10,000 homes', '6,000 homes', '700+', '956']);
    });

    it('draws an open end past an over bar and a tick across an approximate one', async () => {
      const el = await qualified('zh');
      const after = (i: number) => {
        const out: string[] = [];
        for (let e = bars(el)[i]!.nextElementSibling; e && e.tagName !== 'text'; e = e.nextElementSibling) out.push(e.getAttribute('class')!);
        return out;
      };
      expect([0, 1, 2, 3].map(after)).to.deep.equal([['approx-end'], [], ['open-end', 'open-end-outline'], []]);
      const over = bars(el)[2]!;
      const end = $$(el, '.open-end')[0]!;
      expect(Number(end.getAttribute('x'))).to.be.closeTo(Number(over.getAttribute('x')) + Number(over.getAttribute('width')), 0.01);
      // The fade is in the place's own colour.
      expect(end.getAttribute('fill')).to.equal(`url(#fade-${slotsIn('zhangjiakou,shijiazhuang', cities())[0]})`);
    });
  });

  describe('when figures are plans, targets or under way', () => {
    it('compares results only, and says what it left out', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      expect(groups(el)).to.deep.equal(['老旧小区改造']);
      expect($$(el, '.bar:is(.plan, .target, .ongoing)')).to.have.length(0);
      expect(notes(el)).to.include('注：另有1个在建数字未画出。');
    });

    it('draws them, asked for, as a group of their own beside the results, hollow and named', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated" statuses="result ongoing"></city-compare>`);
      expect(groups(el)).to.deep.equal(['老旧小区改造', '老旧小区改造（在建）']);
      expect(groupValues(el, 1, 3)).to.deep.equal(['未报告', '未报告', '956个']);
      const ongoing = bars(el).find((b) => b.classList.contains('ongoing'))!;
      expect(ongoing.getAttribute('aria-label')).to.equal('老旧小区改造（在建），石家庄市：956个（在建），2022年');
      expect(Number(getComputedStyle(ongoing).fillOpacity)).to.be.below(1);
      const rows = $$(el, 'table[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows[1]).to.deep.equal(['老旧小区改造（在建）', '未报告', '未报告', '956个（在建）（2022年）']);
      // Nothing of work under way is left out (张家口's compounds of several years are, and said so).
      expect(notes(el).join()).to.not.contain('在建数字未画出');
      await expect(el).to.be.accessible();
    });

    it('names an unknown status and the ones it knows', async () => {
      const { events, alert } = await failing(
        (onError) => html`<city-compare regions=${THREE} statuses="result planned" @livelihood-error=${onError}></city-compare>`,
      );
      expect(alert!.textContent).to.equal('statuses 属性中的“planned”不是数据状态。可用：result、plan、target、ongoing，或 all。');
      expect(events[0]).to.include({ kind: 'unknown-status', id: 'planned' });
    });
  });

  describe('when a place did not report an indicator', () => {
    it('shows "未报告" with no bar, never a zero', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="aging_friendly_renovations" .dataset=${cities()}></city-compare>`);
      expect(values(el)).to.deep.equal(['未报告', '5540户', '3964户']);
      expect(bars(el)).to.have.length(2);
      expect(bars(el).map((b) => b.getAttribute('aria-label'))).to.not.include.members(['适老化改造，张家口市：未报告']);
      const missing = marks(el)[0]!;
      expect(missing.getAttribute('part')).to.equal('missing');
      expect(getComputedStyle(missing).fill).to.equal('rgba(0, 0, 0, 0)');
      expect(missing.getAttribute('aria-label')).to.equal('适老化改造，张家口市：未报告');
      expect($$(el, '.open-end, .approx-end')).to.have.length(0);
      expect(values(el).some((v) => /^0/.test(v))).to.equal(false);
      expect(summary(el)).to.contain('张家口市未报告');
      await expect(el).to.be.accessible();
    });

    it('says "not reported" in English', async () => {
      const el = await chart(html`<city-compare lang="en" regions=${THREE} indicators="aging_friendly_renovations"></city-compare>`);
      expect(values(el)[0]).to.equal('not reported');
      expect(marks(el)[0]!.getAttribute('aria-label')).to.equal('Aging-friendly home renovations, Zhangjiakou: not reported');
    });
  });

  describe('when periods differ', () => {
    it('shows each value’s period and flags the group under the chart, said once: not again in the summary', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      expect(texts(el, '[part="value"] [part="period"]')).to.deep.equal(['2023年', '2021年']);
      const note = '注：老旧小区改造的数据时期各地不同，各数值均标注了时期。';
      expect(notes(el)).to.deep.equal([
        note,
        '注：张家口市老旧小区改造的700余个是2018年–2025年12月22日整个时期的数字，不宜与一年或更短时期的数字并列比较，未画出。',
        '注：另有1个在建数字未画出。',
      ]);
      expect(summary(el)).not.to.contain('时期各地不同');
    });

    it('tells an undated period from a dated one, in English too', async () => {
      // 去年以来 (no dates) and 2021年以来…四年间 (2021–2024); the units differ too (场 / 场次), so English names them.
      // (武陵源's 超12场次 are brand job fairs, filed apart by the pipeline; here filed with all, for their periods.)
      const ds = structuredClone(await loadDefaultDataset());
      ds.observations.find((o) => o.region === 'wulingyuan' && o.raw === '超12场次')!.indicator = 'job_fairs';
      const el = await chart(html`<city-compare lang="en" regions="hohhot,wulingyuan" indicators="job_fairs" .dataset=${ds}></city-compare>`);
      expect(texts(el, '[part="value"] [part="period"]')).to.deep.equal(['since last year', '2021–2024']);
      expect(values(el)).to.deep.equal(['230 events', '12+ sessions']);
      // An indicator's name mid-sentence is lower-cased, as English writes it (QA C1).
      expect(notes(el)).to.include('Note: periods differ between places for job fairs held; each value is labelled with its period.');
    });

    it('lower-cases indicators’ names mid-sentence in English notes, but not a place’s name (QA C1)', async () => {
      const ds = structuredClone(await loadDefaultDataset());
      ds.observations.find((o) => o.region === 'wulingyuan' && o.raw === '超12场次')!.indicator = 'job_fairs';
      // A made-up indicator named after a place of the dataset keeps its capital.
      const fairs = ds.indicators.find((i) => i.id === 'job_fairs')!;
      fairs.name.en = 'Hohhot job fairs held';
      const el = await chart(html`<city-compare lang="en" regions="hohhot,wulingyuan" indicators="job_fairs" .dataset=${ds}></city-compare>`);
      expect(notes(el)).to.include('Note: periods differ between places for Hohhot job fairs held; each value is labelled with its period.');
      fairs.name.en = 'Job fairs held';
      ds.indicators.push({ ...fairs, id: 'job_fairs_2', name: { zh: '招聘会2', en: 'HPV vaccinations' } });
      for (const o of ds.observations.filter((x) => x.indicator === 'job_fairs')) ds.observations.push({ ...o, id: `${o.id}b`, indicator: 'job_fairs_2' });
      const two = await chart(html`<city-compare lang="en" regions="hohhot,wulingyuan" indicators="job_fairs,job_fairs_2" .dataset=${ds}></city-compare>`);
      expect(notes(two)).to.include('Note: periods differ between places for job fairs held and HPV vaccinations; each value is labelled with its period.');
    });

    it('names a period the group shares once, by the indicator, and flags nothing', async () => {
      const ds = await loadDefaultDataset();
      const el = await chart(html`<city-compare regions="hohhot,shijiazhuang" indicators="aging_friendly_renovations,kindergartens_built" .dataset=${withPeriods(ds)}></city-compare>`);
      expect(texts(el, '[part="value"] [part="period"]')).to.deep.equal([]);
      expect(texts(el, '[part="indicator"] [part="period"]')).to.deep.equal(['2022年', '2023年']);
      expect(notes(el)).to.deep.equal([]);
    });

    it('names the period every value shares under the heading', async () => {
      const ds = withPeriods(await loadDefaultDataset(), '2022');
      const el = await chart(html`<city-compare regions="hohhot,shijiazhuang" indicators="aging_friendly_renovations,kindergartens_built" .dataset=${ds}></city-compare>`);
      expect($(el, '[part="subtitle"]')!.textContent).to.equal('2022年');
      expect($$(el, '[part="period"]')).to.have.length(0);
    });
  });

  describe('when a figure covers several years and another of its row a year or less', () => {
    it('shows its cell as not shown and names it with its period in a note', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="shantytown_homes_completed"></city-compare>`);
      expect(values(el)).to.deep.equal(['未画出（多年数字）', '未报告', '11648套']);
      expect(notes(el)).to.include('注：张家口市棚改安置房建成的近1万套是2021–2025年整个时期的数字，不宜与一年或更短时期的数字并列比较，未画出。');
      await expect(el).to.be.accessible();
    });
  });

  describe('when places are of different administrative levels', () => {
    it('flags a district beside a prefecture-level city, in the legend and a note (not again in the summary)', async () => {
      // 武陵源区's 9个 states no period: drawn, tagged, as the page asks.
      const el = await chart(html`<city-compare regions="zhangjiakou,wulingyuan" show-uncertain></city-compare>`);
      expect(groups(el)).to.deep.equal(['老年助餐点']);
      expect(values(el)).to.deep.equal(['359个', '9个（存疑）']);
      const note = '注：所比较地区的行政级别不同（张家口市为地级，武陵源区为县级），数据规模不宜直接比较。';
      expect(notes(el)[0]).to.equal(note);
      expect(summary(el)).not.to.contain('行政级别不同');
      expect(legend(el)).to.deep.equal(['张家口市（地级）', '武陵源区（县级）']);
      await expect(el).to.be.accessible();
    });

    it('says which places lie inside another', async () => {
      const el = await chart(html`<city-compare lang="en" regions="jinzhong,yushe,lingshi" indicators="rural_mutual_aid_homes" show-uncertain></city-compare>`);
      expect(notes(el)[0]).to.equal(
        'Note: these places are at different administrative levels (Jinzhong: prefecture-level; Yushe County and Lingshi County: county-level), so their figures differ in scale. Yushe County and Lingshi County are part of Jinzhong.',
      );
      // 灵石's 107 幸福小院; 榆社's 162 counts villages with a station, another measure.
      expect(values(el)).to.deep.equal(['not reported', 'not reported', '107 (uncertain)']);
    });

    it('flags nothing for places of one level', async () => {
      const el = await chart(html`<city-compare regions="zhangjiakou,hohhot" indicators="community_elderly_care_centres"></city-compare>`);
      expect(notes(el).join()).to.not.contain('级别');
      expect(legend(el)).to.deep.equal(['张家口市', '呼和浩特市']);
    });
  });

  describe('when it cannot draw', () => {
    it('names an unknown region and suggests the closest', async () => {
      const { el, events, alert } = await failing(
        (onError) => html`<city-compare regions="zhangjiakuo,hohhot" @livelihood-error=${onError}></city-compare>`,
      );
      expect(alert!.textContent).to.equal('找不到地区“zhangjiakuo”。您是否要找：zhangjiakou（张家口市）、zhangjiajie（张家界市）？');
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ kind: 'unknown-region', id: 'zhangjiakuo' });
      expect($(el, 'svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks for two or more regions', async () => {
      for (const regions of ['hohhot', 'hohhot,hohhot', '']) {
        const { events, alert } = await failing(
          (onError) => html`<city-compare lang="en" regions=${regions} @livelihood-error=${onError}></city-compare>`,
        );
        expect(alert!.textContent, regions).to.contain('A comparison needs at least two regions');
        expect(events.map((e) => e.kind)).to.deep.equal(['too-few-regions']);
      }
      const { alert } = await failing((onError) => html`<city-compare regions="hohhot" @livelihood-error=${onError}></city-compare>`);
      expect(alert!.textContent).to.contain('对比至少需要两个地区，regions 属性只列出了“hohhot”');
    });

    it('names an unknown category with suggestions', async () => {
      const { events, alert } = await failing(
        (onError) => html`<city-compare regions=${THREE} category="eldercare" @livelihood-error=${onError}></city-compare>`,
      );
      expect(alert!.textContent).to.contain('找不到类别“eldercare”').and.to.contain('elderly_care（养老）');
      expect(events[0]!.kind).to.equal('unknown-category');
    });

    it('says when none of the places reports anything', async () => {
      const { events, alert } = await failing(
        (onError) => html`<city-compare regions="hebei,hunan" @livelihood-error=${onError}></city-compare>`,
      );
      expect(alert!.textContent).to.contain('没有符合条件的数据');
      expect(events[0]!.kind).to.equal('no-data');
    });

  });

  describe('when used from the keyboard', () => {
    /** 老旧小区改造 and 适老化改造 of THREE in the embedded dataset (uncertain figures too), or in `dataset`. */
    async function keyboardChart(lang = 'zh', dataset?: Dataset) {
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px">
        <button>before</button>
        <city-compare lang=${lang} regions=${THREE} indicators="old_compounds_renovated,aging_friendly_renovations" show-uncertain .dataset=${dataset}></city-compare>
        <button>after</button>
      </div>`);
      const el = box.querySelector('city-compare')!;
      await el.updateComplete;
      box.querySelector('button')!.focus();
      return { el, box };
    }

    it('moves through places and on into the next group with Up and Down, Home and End', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedName(el)).to.equal('老旧小区改造，呼和浩特市：309个，2023年');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      // "Not reported" takes focus too: a keyboard reader hears it.
      expect(focusedName(el)).to.equal('适老化改造，张家口市：未报告');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedName(el)).to.equal('老旧小区改造，石家庄市：645个，2021年');
      await sendKeys({ press: 'End' });
      // (Up to the article's publication, 2022-08-11: QA s12 B5.)
      expect(focusedName(el)).to.equal('适老化改造，石家庄市：3964户，2022年1月–8月11日');
      await sendKeys({ press: 'Home' });
      // 张家口's 700余个 are of 2018–2025: not drawn beside the others' years, and said so to a keyboard reader.
      expect(focusedName(el)).to.equal('老旧小区改造，张家口市：未画出（多年数字）');
    });

    it('follows one place from group to group with Left and Right', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName(el)).to.equal('适老化改造，呼和浩特市：5540户（存疑），未注明');
      // The last group: Right stays on the place.
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName(el)).to.equal('适老化改造，呼和浩特市：5540户（存疑），未注明');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName(el)).to.equal('老旧小区改造，呼和浩特市：309个，2023年');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName(el)).to.equal('老旧小区改造，呼和浩特市：309个，2023年');
    });

    it('keeps focus on a mark a redraw keeps', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      const mark = focused(el);
      el.heading = '对比';
      await el.updateComplete;
      expect(focused(el)).to.equal(mark);
      expect(focusedName(el)).to.equal('老旧小区改造，呼和浩特市：309个，2023年');
    });

    it('shows the focused value’s tooltip with its period, quote and the number marked', async () => {
      // The fixture, where 张家口's first mark is a figure.
      const { el } = await keyboardChart('zh', cities());
      expect(tooltip(el).hidden).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      expect(tip.querySelector('strong')!.textContent).to.equal('老旧小区改造，张家口市');
      expect(tip.textContent).to.contain('700余个').and.to.contain('截至2025年12月22日').and.to.contain('张家口新闻网');
      expect(tip.querySelector('blockquote')!.textContent).to.contain('全市已完成老旧小区改造700余个');
      expect(tip.querySelector('mark')!.textContent).to.equal('700余个');
      expect(focused(el)!.getAttribute('aria-describedby')).to.equal(tip.id);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('lists a place’s other periods in its tooltip', async () => {
      const { el } = await keyboardChart('en', cities());
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(tooltip(el).querySelector('.tooltip-others')!.textContent).to.equal('Other periods: 2021 645');
    });

    it('fires livelihood-select with the observation on Enter and Space, and not for "not reported"', async () => {
      const { el } = await keyboardChart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const enter = await oneEvent(el, 'livelihood-select');
      expect(enter.detail).to.include({ region: 'hohhot', indicator: 'old_compounds_renovated', value: 309 });
      await sendKeys({ press: 'ArrowDown' });
      setTimeout(() => sendKeys({ press: 'Space' }));
      const space = await oneEvent(el, 'livelihood-select');
      expect(space.detail.raw).to.equal('645个');
      let fired = 0;
      el.addEventListener('livelihood-select', () => fired++);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(fired).to.equal(0);
    });
  });

  describe('when used with a pointer', () => {
    const centre = (e: Element): [number, number] => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
    };

    it('shows the tooltip on hover, for the whole row, and hides it on leave', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      await sendMouse({ type: 'move', position: centre($$(el, '[part="label"]')[1]!) });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).querySelector('mark')!.textContent).to.equal('309个');
      await sendMouse({ type: 'move', position: centre($(el, '[part="indicator"]')!) });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('fires livelihood-select with the observation on click', async () => {
      const el = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      setTimeout(() => sendMouse({ type: 'click', position: centre(bars(el)[1]!) }));
      const event = await oneEvent(el, 'livelihood-select');
      expect(event.detail).to.include({ region: 'shijiazhuang', value: 645, raw: '645个' });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('when the container resizes', () => {
    it('relayouts from 1200 px to 280 px with every label inside and no horizontal overflow', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:1200px">
        <city-compare lang="en" regions="zhangjiakou,hohhot,wulingyuan" indicators="elderly_meal_points,job_fairs,community_elderly_care_centres,new_primary_secondary_places" show-uncertain></city-compare>
      </div>`);
      const el = box.querySelector('city-compare')!;
      await el.updateComplete;
      const inside = (width: number) => {
        const svg = $(el, 'svg')!.getBoundingClientRect();
        const boxes = $$(el, 'text').map((t) => t.getBoundingClientRect());
        expect(Math.min(...boxes.map((b) => b.left - svg.left))).to.be.at.least(0);
        expect(Math.max(...boxes.map((b) => b.right - svg.left))).to.be.at.most(width);
      };
      expect($(el, 'svg')!.getAttribute('width')).to.equal('1200');
      inside(1200);
      expect(getComputedStyle($(el, '[part="label"]')!).textAnchor).to.equal('end');
      expect(labels(el)).to.include('Wulingyuan District');
      // Wide: a value's own period follows the value (the meal points' two; 武陵源's brand job fairs are no job fairs of all kinds).
      expect($$(el, '[part="value"] [part="period"]')).to.have.length(2);

      box.style.width = '280px';
      await nextFrame(el);
      expect($(el, 'svg')!.getAttribute('width')).to.equal('280');
      inside(280);
      expect(el.scrollWidth).to.be.at.most(280);
      expect(box.scrollWidth).to.be.at.most(280);
      // Narrow: names above their bars, whole.
      expect(new Set($$(el, '[part="label"]').map((t) => getComputedStyle(t).textAnchor))).to.deep.equal(new Set(['start']));
      expect(labels(el)).to.include('Wulingyuan District');
      // Narrow: it follows the name, so the bars keep the width.
      expect($$(el, '[part="value"] [part="period"]')).to.have.length(0);
      expect($$(el, '[part="label"] [part="period"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('estimates text no narrower than Chromium draws it', async () => {
      const zh = await chart(html`<city-compare regions=${THREE}></city-compare>`);
      const en = await chart(html`<city-compare lang="en" regions=${THREE}></city-compare>`);
      for (const el of [zh, en]) {
        for (const t of $$<SVGTextElement>(el, '[part="label"], [part="value"]')) {
          const text = ownText(t);
          expect(t.getSubStringLength(0, text.length), text).to.be.at.most(textWidth(text, COMPARE_METRICS.fontSize));
        }
        for (const t of $$<SVGTextElement>(el, '[part="indicator"]')) {
          const text = ownText(t);
          expect(t.getSubStringLength(0, text.length), text).to.be.at.most(textWidth(text, COMPARE_METRICS.titleMeasureSize));
        }
      }
    });

    it('holds its height while loading, then draws', async () => {
      const { release, restore } = gateFetch();
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px">
          <city-compare src=${fixtureUrl('cities.json.txt', 'compare-slow')} regions=${THREE} indicators="old_compounds_renovated,home_care_beds"></city-compare>
        </div>`);
        const el = box.querySelector('city-compare')!;
        await nextFrame();
        const pending = $<HTMLElement>(el, '[part="chart"]')!;
        expect(pending.classList.contains('pending')).to.equal(true);
        expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('true');
        const reserved = pending.getBoundingClientRect();
        // 2 groups of 3 places: padding, 2 titles, 6 rows, one gap.
        expect(reserved.height).to.equal(8 + 2 * 24 + 6 * 22 + 10);
        await expect(el).to.be.accessible();
        release();
        await el.updateComplete;
        expect($(el, 'figure')!.getAttribute('aria-busy')).to.equal('false');
        expect(bars(el)).to.have.length(5);
        const drawn = $<HTMLElement>(el, '[part="chart"]')!.getBoundingClientRect();
        expect([drawn.top, drawn.height]).to.deep.equal([reserved.top, reserved.height]);
      } finally {
        restore();
      }
    });
  });

  describe('when given a src or a dataset', () => {

  });

  describe('when themed', () => {
    it('takes colours from --livelihood-series-N and ::part()', async () => {
      const ds = cities();
      const slot = slotsIn(THREE, ds)[1];
      const el = await chart(html`<style>
          .themed { --livelihood-series-${slot}: rgb(1, 2, 3); }
          .themed::part(label) { font-weight: 700; }
        </style>
        <city-compare class="themed" regions=${THREE} indicators="old_compounds_renovated" .dataset=${ds}></city-compare>`);
      expect(getComputedStyle(bars(el)[1]!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="label"]')!).fontWeight).to.equal('700');
    });

    it('turns dark with theme="dark", with the dark palette, and stays accessible', async () => {
      const ds = cities();
      const el = await chart(html`<city-compare theme="dark" filled regions=${THREE} indicators="old_compounds_renovated" .dataset=${ds}></city-compare>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).color).to.equal('rgb(236, 236, 236)');
      expect(bars(el).map((b) => hex(getComputedStyle(b).fill))).to.deep.equal(slotsIn(THREE, ds).map((slot) => PALETTE_DARK[slot - 1]));
      await expect(el).to.be.accessible();
    });

    it('takes the palette of the page’s color-scheme: light under a dark system on a page that declares none, dark where it declares dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      // The bars drawn: 张家口's 700余个 of 2018–2025 is not (beside the others' years).
      const slots = slotsIn(THREE, await loadDefaultDataset()).slice(1);
      const plain = await chart(html`<city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare>`);
      expect(bars(plain).map((b) => hex(getComputedStyle(b).fill))).to.deep.equal(slots.map((slot) => PALETTE[slot - 1]));
      const inDark = await chart(html`<div style="color-scheme:dark;background:#16181d"><city-compare regions=${THREE} indicators="old_compounds_renovated"></city-compare></div>`);
      expect(bars(inDark).map((b) => hex(getComputedStyle(b).fill))).to.deep.equal(slots.map((slot) => PALETTE_DARK[slot - 1]));
    });
  });
});

/**
 * The embedded dataset with Hohhot's and Shijiazhuang's figures of two indicators moved
 * into one year each (2022 and 2023, or all into `year`), to show periods that agree.
 */
/** What a chart draws by default: sure results. */
function charted(o: Observation): boolean {
  return (o.status ?? 'result') === 'result' && !o.flags?.length;
}

function withPeriods(source: Dataset, year?: string): Dataset {
  const ds = structuredClone(source);
  const years: Record<string, string> = { aging_friendly_renovations: year ?? '2022', kindergartens_built: year ?? '2023' };
  for (const o of ds.observations) {
    const y = years[o.indicator];
    if (y && (o.region === 'hohhot' || o.region === 'shijiazhuang')) {
      o.period = { label: `${y}年`, start: `${y}-01-01`, end: `${y}-12-31` };
      delete o.flags; // stated now: nothing left to be unsure of
    }
  }
  return ds;
}
