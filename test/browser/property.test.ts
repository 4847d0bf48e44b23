/**
 * Property-based tests of the chart models as drawn (fast-check): any dataset the
 * validator accepts renders in both elements, in both languages and layouts, with
 * finite geometry (no NaN or Infinity in any coordinate, size, path or style), an
 * inline message with exactly one event where it cannot draw, and no page error.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/charts/livelihood-bar/livelihood-bar.js';
import '../../src/charts/city-compare/city-compare.js';
import type { LivelihoodBar } from '../../src/charts/livelihood-bar/livelihood-bar.js';
import type { CityCompare } from '../../src/charts/city-compare/city-compare.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import { validDataset } from './fixtures/arbitrary.js';
import { nonFiniteGeometry } from './fixtures/geometry.js';

/** Collects page errors (uncaught exceptions and rejections) during a test. */
function pageErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

/** Charts set up once; each run gives them a new dataset and attributes. */
async function charts<T extends HTMLElement>(tag: string, count: number) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const made = Array.from({ length: count }, (_, i) => {
    const wrapper = document.createElement('div');
    wrapper.style.width = i % 2 ? '320px' : '720px'; // both layouts
    const el = document.createElement(tag) as T;
    const events: LivelihoodErrorDetail[] = [];
    el.addEventListener('livelihood-error', (e) => events.push((e as CustomEvent<LivelihoodErrorDetail>).detail));
    wrapper.append(el);
    box.append(wrapper);
    return { el, events };
  });
  // Each first draws the default dataset with no selection (a message): the runs count
  // only their own events.
  for (const { el, events } of made) {
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    events.length = 0;
  }
  return made;
}

/** Drawn (marks, no message) or a message (no marks) and its one event; geometry always finite. */
async function check(el: LivelihoodBar | CityCompare, events: LivelihoodErrorDetail[], dataset: Dataset): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const marks = root.querySelectorAll('[data-mark]');
  const alert = root.querySelector('[role="alert"]');
  expect(nonFiniteGeometry(el), JSON.stringify(dataset).slice(0, 2000)).to.deep.equal([]);
  if (alert) {
    expect(marks.length).to.equal(0);
    expect(events.length).to.equal(1);
    expect(events[0]!.kind).not.to.equal('unexpected', alert.textContent ?? '');
    expect(events[0]!.kind).not.to.equal('invalid-dataset', alert.textContent ?? '');
  } else {
    expect(marks.length).to.be.greaterThan(0);
    expect(events).to.deep.equal([]);
    // The tooltip of a mark is placed with finite numbers too.
    (marks[marks.length - 1] as SVGElement).focus();
    await el.updateComplete;
    expect(nonFiniteGeometry(el)).to.deep.equal([]);
    expect(root.querySelector('[part="tooltip"]:not([hidden])')).not.to.equal(null);
  }
  events.length = 0;
}

/**
 * A fixed seed: the same 60 datasets every run, so CI does not pass or fail by chance.
 * Change it to explore new cases.
 */
const SEED = 20261204;

describe('property: any accepted dataset renders with finite geometry and no page error', () => {
  let watch: ReturnType<typeof pageErrors>;
  beforeEach(() => (watch = pageErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  it('<livelihood-bar>: an indicator across places, and one place\'s figures', async () => {
    const [byIndicator, byIndicatorNarrow, byRegion, byRegionNarrow] = await charts<LivelihoodBar>('livelihood-bar', 4);
    await fc.assert(
      fc.asyncProperty(
        validDataset(),
        fc.nat(),
        fc.constantFrom('zh', 'en'),
        fc.constantFrom('value', 'name', 'none'),
        async (dataset, pick, lang, sort) => {
          expect(validateDataset(dataset).ok).to.equal(true);
          const indicator = dataset.indicators[pick % dataset.indicators.length]!.id;
          const region = dataset.regions[pick % dataset.regions.length]!.id;
          for (const { el, events } of [byIndicator!, byIndicatorNarrow!]) {
            el.setAttribute('indicator', indicator);
            el.setAttribute('lang', lang);
            el.setAttribute('sort', sort);
            el.data = dataset;
            await check(el, events, dataset);
          }
          for (const { el, events } of [byRegion!, byRegionNarrow!]) {
            el.setAttribute('region', region);
            el.setAttribute('lang', lang);
            el.data = dataset;
            await check(el, events, dataset);
          }
        },
      ),
      { numRuns: 60, seed: SEED },
    );
  });

  it('<city-compare>: two or more places', async () => {
    const [wide, narrow] = await charts<CityCompare>('city-compare', 2);
    await fc.assert(
      fc.asyncProperty(validDataset(), fc.nat(), fc.constantFrom('zh', 'en'), async (dataset, pick, lang) => {
        const ids = dataset.regions.map((r) => r.id);
        const regions = [ids[pick % ids.length]!, ids[(pick + 1) % ids.length]!, ...(pick % 3 ? [] : ids.slice(2))];
        for (const { el, events } of [wide!, narrow!]) {
          el.setAttribute('regions', regions.join(','));
          el.setAttribute('lang', lang);
          el.data = dataset;
          await check(el, events, dataset);
        }
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});
