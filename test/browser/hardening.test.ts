/**
 * Issue 11, components part: bounded work on huge or hostile data, charts inside
 * iframes, validation that is never skipped for a changed object, extreme numbers,
 * and a lifecycle that settles. Each case failed before its fix.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import '../../src/charts/city-compare/city-compare.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { CityCompare } from '../../src/charts/city-compare/city-compare.js';
import { clearDatasetCache, fetchDataset, MAX_CACHED_DATASETS } from '../../src/kit/element/load.js';
import { MAX_MARKS, OTHER_PERIODS_SHOWN } from '../../src/kit/model/limits.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { DATASET_LIMITS } from '../../src/data/validate.js';
import { SYNTHETIC_INDICATOR, syntheticDataset } from '../../bench/pages/synthetic.js';
import { $, $$, cities, fixtureUrl, gateFetch, nextFrame, spyFetch } from './fixtures/helpers.js';
import { assertFiniteGeometry } from './fixtures/geometry.js';

type Chart = LivelihoodBar | CityCompare;

/** A chart in a box `width` px wide, with its data set from script; resolves once drawn. */
async function draw<T extends Chart>(tag: 'livelihood-bar' | 'city-compare', attributes: Record<string, string>, data: unknown, width = 640) {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  const el = document.createElement(tag) as T;
  const events: LivelihoodErrorDetail[] = [];
  el.addEventListener('livelihood-error', (e) => events.push((e as CustomEvent<LivelihoodErrorDetail>).detail));
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.data = data as Dataset;
  box.append(el);
  await el.updateComplete;
  return { el, events, alert: () => $(el, '[role="alert"]')?.textContent ?? null };
}

const marks = (el: Element) => $$(el, '[data-mark]');
const tableRows = (el: Element) => $$(el, 'tbody tr');

/** `perRegion` observations of one indicator for each of `regions` places, a period each. */
function manyPeriods(regions: number, perRegion: number): Dataset {
  const d = syntheticDataset(regions);
  const base = d.observations;
  const observations: Observation[] = [];
  for (let p = 0; p < perRegion; p++) {
    for (const o of base) {
      const year = 1000 + (p % 1000);
      observations.push({
        ...o,
        id: `${o.id}-${p}`,
        value: o.value + p,
        period: { label: `p${p}`, start: `${year}-01-01`, end: `${year}-12-31` },
      });
    }
  }
  d.observations = observations;
  return d;
}

afterEach(() => clearDatasetCache());

describe('bounded work (issue 11, item 7)', () => {
  it('holds in its table and marks only what it shows: 100k observations, 14 bars', async () => {
    const d = manyPeriods(14, Math.ceil(100_000 / 14));
    expect(d.observations.length).to.be.at.least(100_000);
    const { el, alert } = await draw<LivelihoodBar>('livelihood-bar', { indicator: SYNTHETIC_INDICATOR }, d);
    expect(alert()).to.equal(null);
    expect(marks(el)).to.have.length(14);
    // Each bar's row, and at most OTHER_PERIODS_SHOWN of its other periods (what the tooltip lists).
    expect(tableRows(el).length).to.be.at.most(14 * (1 + OTHER_PERIODS_SHOWN));
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
  });

  it('holds in the comparison table only the other periods the tooltip lists', async () => {
    const d = manyPeriods(3, 2000);
    const { el, alert } = await draw<CityCompare>('city-compare', { regions: 'r0,r1,r2' }, d);
    expect(alert()).to.equal(null);
    expect(marks(el)).to.have.length(3);
    const cells = $$(el, 'tbody td').map((td) => td.textContent ?? '');
    for (const cell of cells) expect(cell.length).to.be.below(400);
  });

  it('refuses a chart of more than MAX_MARKS marks with an inline message and an event', async () => {
    const { el, alert, events } = await draw<LivelihoodBar>('livelihood-bar', { indicator: SYNTHETIC_INDICATOR }, syntheticDataset(MAX_MARKS + 1));
    expect(marks(el)).to.have.length(0);
    expect(alert()).to.contain(String(MAX_MARKS));
    expect(alert()).to.contain('limit');
    expect(events.map((e) => e.kind)).to.deep.equal(['too-many-marks']);
  });

  it('draws the same data under MAX_MARKS once `limit` says how many', async () => {
    const { el, alert } = await draw<LivelihoodBar>('livelihood-bar', { indicator: SYNTHETIC_INDICATOR, limit: '20' }, syntheticDataset(MAX_MARKS + 1));
    expect(alert()).to.equal(null);
    expect(marks(el)).to.have.length(20);
  });

  it('refuses a comparison of more than MAX_MARKS marks', async () => {
    const d = syntheticDataset(4);
    const extra = Math.ceil(MAX_MARKS / 2);
    for (let i = 0; i < extra; i++) {
      d.indicators.push({ ...d.indicators[0]!, id: `i${i}` });
      for (const region of ['r0', 'r1']) d.observations.push({ ...d.observations[0]!, id: `o${i}-${region}`, indicator: `i${i}`, region });
    }
    const { el, events } = await draw<CityCompare>('city-compare', { regions: 'r0,r1,r2,r3' }, d);
    expect(marks(el)).to.have.length(0);
    expect(events.map((e) => e.kind)).to.deep.equal(['too-many-marks']);
  });

  it('refuses a dataset whose skipped list claims 1e8 items, quickly', async () => {
    const d = cities();
    (d.skipped as unknown[]).length = 1e8;
    const start = performance.now();
    const { alert, events } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(performance.now() - start).to.be.below(1000);
    expect(events.map((e) => e.kind)).to.deep.equal(['invalid-dataset']);
    expect(alert()).to.contain('skipped');
    expect(alert()).to.contain(String(DATASET_LIMITS.skipped));
  });

  it('does not hang on an array Proxy that reports a length of 1e9', async () => {
    const d = cities();
    d.observations = new Proxy(d.observations, {
      get: (target, key, receiver) => (key === 'length' ? 1e9 : Reflect.get(target, key, receiver)),
    });
    const { alert, events } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(events.map((e) => e.kind)).to.deep.equal(['invalid-dataset']);
    expect(alert()).to.contain('observations');
  });

  it('refuses a 1 MB string, naming the field and the limit', async () => {
    const d = cities();
    d.observations[0]!.unit = '个'.repeat(1 << 20);
    const { alert, events } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(events.map((e) => e.kind)).to.deep.equal(['invalid-dataset']);
    expect(alert()).to.contain('observations[0].unit');
    expect(alert()!.length).to.be.below(1000);
  });

  it('cuts long strings for display: names, units, periods and quotes', async () => {
    const d = cities();
    const half = DATASET_LIMITS.stringChars / 2 - 100;
    const long = (c: string, n: number = DATASET_LIMITS.stringChars) => c.repeat(n);
    for (const o of d.observations) {
      if (o.indicator !== 'old_compounds_renovated') continue;
      o.unit = long('个');
      o.quote = long('句', half) + o.raw + long('句', half);
      o.quoteSpan = [half, half + o.raw.length];
    }
    d.regions.find((r) => r.id === 'zhangjiakou')!.name.zh = long('张');
    d.sources[0]!.publisher = long('报');
    const { el, alert } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(alert()).to.equal(null);
    expect(marks(el)).to.have.length(3);
    // Nothing the chart shows, says or lists holds a string anywhere near that long.
    const longest = (list: (string | null)[]) => Math.max(...list.map((s) => (s ?? '').length));
    expect(longest($$(el, '*').map((e) => e.getAttribute('aria-label')))).to.be.below(2000);
    expect(longest($$(el, 'text, td, th, p, figcaption').map((e) => e.textContent))).to.be.below(2000);
    // The tooltip's quote is a window around the figure, which stays marked.
    marks(el)[1]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    (marks(el)[1] as SVGElement).focus();
    await el.updateComplete;
    const tip = $(el, '[part="tooltip"]')!;
    expect(tip.textContent!.length).to.be.below(2000);
    expect($(el, '[part="highlight"]')?.textContent).to.equal('700余个');
  });
});

/** A same-origin iframe `width` px wide, loaded. */
async function frame(width = 640): Promise<HTMLIFrameElement> {
  const f = await fixture<HTMLIFrameElement>(html`<iframe style=${`width:${width}px;height:600px;border:0`}></iframe>`);
  if (f.contentDocument?.readyState !== 'complete') await new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  f.contentDocument!.body.style.margin = '0';
  return f;
}

/** What the styles say: the bar is filled in the chart's colour and the data table is hidden. */
function styled(el: Chart): { fill: string; tableWidth: number } {
  const view = el.ownerDocument.defaultView!;
  const bar = $(el, 'rect[part="bar"]')!;
  const table = $(el, '.data-table')!;
  return { fill: view.getComputedStyle(bar).fill, tableWidth: table.getBoundingClientRect().width };
}

describe('charts in iframes (issue 11, item 8)', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(e.error ?? e.message);
    e.preventDefault();
  };
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('renders when first connected inside a same-origin iframe', async () => {
    const f = await frame();
    f.contentWindow!.addEventListener('error', onError);
    const el = document.createElement('livelihood-bar');
    el.setAttribute('indicator', 'old_compounds_renovated');
    el.data = cities();
    f.contentDocument!.body.append(el);
    await Promise.race([el.updateComplete, new Promise((_, reject) => setTimeout(() => reject(new Error('updateComplete never settled')), 3000))]);
    await nextFrame(el);
    expect(errors).to.deep.equal([]);
    expect(marks(el)).to.have.length(3);
    const { fill, tableWidth } = styled(el);
    expect(fill).not.to.equal('rgb(0, 0, 0)');
    expect(tableWidth).to.be.at.most(1);
  });

  it('keeps its styles when moved into an iframe and back', async () => {
    const { el } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, cities());
    const before = styled(el);
    expect(before.fill).not.to.equal('rgb(0, 0, 0)');
    const f = await frame();
    f.contentDocument!.body.append(el);
    await nextFrame(el);
    expect(errors).to.deep.equal([]);
    expect(marks(el)).to.have.length(3);
    expect(styled(el)).to.deep.equal(before);
    const home = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    home.append(el);
    await nextFrame(el);
    expect(styled(el)).to.deep.equal(before);
    expect(errors).to.deep.equal([]);
  });

  it('renders a comparison inside an iframe', async () => {
    const f = await frame();
    const el = document.createElement('city-compare');
    el.setAttribute('regions', 'zhangjiakou,shijiazhuang');
    el.data = cities();
    f.contentDocument!.body.append(el);
    await el.updateComplete;
    await nextFrame(el);
    expect(errors).to.deep.equal([]);
    expect(marks(el).length).to.be.greaterThan(0);
    expect(styled(el).tableWidth).to.be.at.most(1);
  });
});

describe('validation of changed objects (issue 11, item 9)', () => {
  it('validates an object again when it is set again after a change', async () => {
    const d = cities();
    const a = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(marks(a.el)).to.have.length(3);
    d.regions = d.regions.filter((r) => r.id !== 'zhangjiakou');
    const b = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    expect(b.events.map((e) => e.kind)).to.deep.equal(['invalid-dataset']);
    expect(b.alert()).to.contain('zhangjiakou');
    // Set again on the first chart: validated again too.
    a.el.data = d;
    await a.el.updateComplete;
    expect(a.events.map((e) => e.kind)).to.deep.equal(['invalid-dataset']);
  });

  it('draws what was set, whatever happens to the object afterwards', async () => {
    const d = cities();
    const { el } = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
    d.regions.length = 0;
    d.observations.length = 0;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(marks(el)).to.have.length(3);
    expect($(el, '[role="alert"]')).to.equal(null);
  });
});

describe('extreme numbers (issue 11, item 10)', () => {
  const cases: [string, number[]][] = [
    ['±1e308 together', [1e308, -1e308, 5]],
    ['the largest doubles', [Number.MAX_VALUE, -Number.MAX_VALUE]],
    ['5e-324', [5e-324, 0, 5e-324]],
    ['5e-324 beside -5e-324', [5e-324, -5e-324, 1e-320]],
    ['1e308 beside 5e-324', [1e308, 5e-324, -1]],
  ];
  for (const [name, numbers] of cases) {
    it(`draws finite geometry for ${name}`, async () => {
      const d = cities();
      const obs = d.observations.filter((o) => o.indicator === 'old_compounds_renovated');
      obs.forEach((o, i) => (o.value = numbers[i % numbers.length]!));
      for (const o of d.observations) if (o.indicator === 'home_care_beds') o.value = numbers[0]!;
      const bar = await draw<LivelihoodBar>('livelihood-bar', { indicator: 'old_compounds_renovated' }, d);
      const compare = await draw<CityCompare>('city-compare', { regions: 'zhangjiakou,hohhot,shijiazhuang' }, d);
      for (const { el, events } of [bar, compare]) {
        assertFiniteGeometry(el);
        // Either drawn, or an inline message with its event.
        if (!marks(el).length) expect(events).to.have.length(1);
        else expect(events).to.deep.equal([]);
      }
      expect(marks(bar.el)).to.have.length(3);
    });
  }
});

describe('lifecycle and the fetch cache (issue 11, item 11)', () => {
  it('settles once the chart is drawn after being disconnected mid-fetch and reconnected', async () => {
    const gate = gateFetch();
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
      const el = document.createElement('livelihood-bar');
      el.setAttribute('indicator', 'old_compounds_renovated');
      el.src = fixtureUrl('cities.json.txt', 'reconnect');
      box.append(el);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect($(el, '.pending')).not.to.equal(null);
      el.remove();
      gate.release();
      await fetchDataset(el.src);
      await new Promise((resolve) => setTimeout(resolve, 20));
      box.append(el);
      await el.updateComplete;
      expect($(el, '.pending')).to.equal(null);
      expect(marks(el)).to.have.length(3);
    } finally {
      gate.restore();
    }
  });

  it(`keeps at most MAX_CACHED_DATASETS fetched datasets, the least recently used dropped first`, async () => {
    const spy = spyFetch();
    try {
      const url = (i: number) => fixtureUrl('cities.json.txt', `lru-${i}`);
      await fetchDataset(url(0));
      for (let i = 1; i < MAX_CACHED_DATASETS; i++) await fetchDataset(url(i));
      await fetchDataset(url(0)); // used again: now the most recent
      await fetchDataset(url(MAX_CACHED_DATASETS)); // drops url(1)
      expect(spy.urls.filter((u) => u === url(0))).to.have.length(1);
      await fetchDataset(url(0));
      expect(spy.urls.filter((u) => u === url(0))).to.have.length(1);
      await fetchDataset(url(1));
      expect(spy.urls.filter((u) => u === url(1))).to.have.length(2);
      expect(MAX_CACHED_DATASETS).to.be.within(8, 64);
    } finally {
      spy.restore();
    }
  });

  it('forgets a failed request', async () => {
    const spy = spyFetch();
    try {
      const url = fixtureUrl('not-json.json.txt', 'forget');
      await fetchDataset(url).catch(() => undefined);
      await fetchDataset(url).catch(() => undefined);
      expect(spy.urls.filter((u) => u === url)).to.have.length(2);
    } finally {
      spy.restore();
    }
  });
});
