/**
 * What every chart element promises, tested once per chart: `runChartContractTests(tag,
 * options)` in the chart's own test file. A chart's own tests then cover only what it
 * draws and how.
 *
 *   data       the embedded dataset, `src` (fetched once per URL), the `dataset` property
 *   errors     inline message + one `livelihood-error` for each kind of bad input, recovery
 *   keyboard   one Tab stop, arrows, Home/End, Enter, Escape
 *   axe        zh and en, light and dark, and an error
 *   notes      each said once to a screen reader: where it stands, and as the data table's description
 *   hostile    markup in names, quotes, publishers and ids stays text
 *   resize     from 1200 px to 280 px: every text inside, no horizontal overflow
 *   theme      light or dark by the page's color-scheme, theme=auto by the system, forced
 *              by theme=light/dark; reduced motion
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys } from '@web/test-runner-commands';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import type { LivelihoodErrorDetail } from '../../src/kit/element/events.js';
import type { ProblemKind } from '../../src/kit/element/problem.js';
import type { Dataset } from '../../src/data/types.js';
import { $, $$, axNodes, axTree, cities, fixtureUrl, nextFrame, spyFetch, texts as textsOf } from './fixtures/helpers.js';

type Attributes = Record<string, string>;

export interface ContractOptions {
  /**
   * A chart of the figures of 老旧小区改造 (`old_compounds_renovated`) of 张家口, 呼和浩特
   * and 石家庄: three marks in the cities fixture; in the embedded dataset, `embeddedMarks`.
   */
  attributes: Attributes;
  /**
   * Marks `attributes` draw on the embedded dataset (default 3): 呼和浩特's and 石家庄's years, and
   * 张家口's 700余个 (renovated since 2018, a figure of several years: drawn, or marked not shown
   * beside the others' single years with a note).
   */
  embeddedMarks?: number;
  /** The selection with `id` where the chart takes an indicator id (for an unknown or hostile id). */
  withIndicator(id: string): Attributes;
  /** A chart of several figures with long English names, for the resize test. */
  wide: Attributes;
  /**
   * Marks `attributes` draw on the cities fixture, where they differ from the embedded
   * dataset's three (3): a chart of every period draws both of 石家庄's, which the
   * fixture gives no status.
   */
  fixtureMarks?: number;
  /** Tab stops inside the chart before its marks (a table's filter box and sort buttons). */
  controlsBefore?: number;
  /**
   * Whether marks show a tooltip (default true). A table shows each figure's sentence in
   * a column of its row, so the tooltip tests read the row instead, or do not apply.
   */
  tooltip?: boolean;
  /** The texts the resize test keeps inside the width (default `svg text`). */
  texts?: string;
  /** Whether the chart has a visually hidden data table (default true; a table is its own). */
  dataTable?: boolean;
}

interface ChartLike extends HTMLElement {
  updateComplete: Promise<boolean>;
  src?: string;
}

/** The marks' focus targets, in mark order. */
const marks = (el: Element) => $$<SVGElement>(el, '[data-mark][tabindex]');
const focusedMark = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-mark');
const tooltip = (el: Element) => $<HTMLElement>(el, '[part="tooltip"]')!;
const alertOf = (el: Element) => $(el, '[role="alert"]');

export function runChartContractTests(tag: string, options: ContractOptions): void {
  const { attributes, withIndicator, wide, fixtureMarks = 3, embeddedMarks = 3, controlsBefore = 0, tooltip: tooltips = true, texts: textSelector = 'svg text', dataTable = true } = options;

  /** A `<tag>` with `attrs` (and `dataset`) in a box `width` px wide, drawn. */
  async function chart(
    attrs: Attributes,
    { width = 640, dataset, background = 'transparent', scheme = 'normal' }: { width?: number; dataset?: Dataset; background?: string; scheme?: string } = {},
  ) {
    const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px;background:${background};color-scheme:${scheme}"></div>`);
    const el = document.createElement(tag) as ChartLike;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (dataset) (el as unknown as { dataset: Dataset }).dataset = dataset;
    box.append(el);
    await el.updateComplete;
    return { el, box };
  }

  /** A chart expected to fail, with the `livelihood-error` details it fired. */
  async function failing(attrs: Attributes, dataset?: Dataset) {
    const events: LivelihoodErrorDetail[] = [];
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement(tag) as ChartLike;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (dataset) (el as unknown as { dataset: Dataset }).dataset = dataset;
    box.addEventListener('livelihood-error', (e) => events.push(e.detail));
    box.append(el);
    await el.updateComplete;
    return { el, events, alert: alertOf(el) };
  }

  describe(`<${tag}> contract`, () => {
    afterEach(async () => {
      clearDatasetCache();
      await resetMouse();
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    });

    describe('data', () => {
      it('draws from the embedded dataset when given no data', async () => {
        const { el } = await chart(attributes);
        expect(alertOf(el)).to.equal(null);
        expect(marks(el)).to.have.length(embeddedMarks);
      });

      it('draws from a renamed indicator’s old id what it draws from the new one, warning once (the dataset’s aliases)', async () => {
        const old = `${tag}_renamed_id`;
        const renamed = { ...cities(), aliases: { indicators: { [old]: 'old_compounds_renovated' } } };
        const warnings: unknown[][] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args);
        try {
          const { el } = await chart({ ...attributes, ...withIndicator(old) }, { dataset: renamed });
          // Before: the unknown-id message.
          expect(alertOf(el)).to.equal(null);
          expect(marks(el)).to.have.length(fixtureMarks);
          const { el: again } = await chart({ ...attributes, ...withIndicator(old) }, { dataset: renamed });
          expect(marks(again)).to.have.length(fixtureMarks);
          expect(warnings).to.deep.equal([[`livelihood-charts: indicator "${old}" is now "old_compounds_renovated"`]]);
        } finally {
          console.warn = warn;
        }
      });

      it('fetches a URL shared by two elements once', async () => {
        const spy = spyFetch();
        try {
          const url = fixtureUrl('cities.json.txt', `${tag}-twice`);
          const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
          const els = [0, 1].map(() => {
            const el = document.createElement(tag) as ChartLike;
            for (const [name, value] of Object.entries({ ...attributes, src: url })) el.setAttribute(name, value);
            box.append(el);
            return el;
          });
          await Promise.all(els.map((el) => el.updateComplete));
          expect(spy.urls.filter((u) => u === url)).to.have.length(1);
          for (const el of els) expect(marks(el)).to.have.length(fixtureMarks);
        } finally {
          spy.restore();
        }
      });

      it('prefers a dataset property over src, fetching nothing', async () => {
        const spy = spyFetch();
        try {
          const { el } = await chart({ ...attributes, src: fixtureUrl('cities.json.txt', `${tag}-unused`) }, { dataset: cities() });
          expect(marks(el)).to.have.length(fixtureMarks);
          expect(spy.urls).to.deep.equal([]);
        } finally {
          spy.restore();
        }
      });

      it('loads the new URL when src changes', async () => {
        const { el } = await chart({ ...attributes, src: fixtureUrl('missing.json', `${tag}-first`) });
        expect(alertOf(el)).to.exist;
        el.src = fixtureUrl('cities.json.txt', `${tag}-second`);
        await el.updateComplete;
        expect(alertOf(el)).to.equal(null);
        expect(marks(el)).to.have.length(fixtureMarks);
      });

      it('keeps data-* attributes readable until a dataset is set, then goes back to the embedded one when it is cleared', async () => {
        const { el } = await chart({ ...attributes, 'data-x': '1' });
        expect(el.dataset.x).to.equal('1');
        const ds = cities();
        ds.observations = ds.observations.filter((o) => o.region !== 'hohhot');
        (el as unknown as { dataset: Dataset }).dataset = ds;
        await el.updateComplete;
        expect(el.dataset).to.equal(ds as unknown);
        const hohhot = () => marks(el).filter((m) => /呼和浩特/.test(m.getAttribute('aria-label') ?? ''));
        expect(hohhot().some((m) => /309个/.test(m.getAttribute('aria-label')!))).to.equal(false);
        (el as unknown as { dataset: undefined }).dataset = undefined;
        await el.updateComplete;
        expect(hohhot().some((m) => /309个/.test(m.getAttribute('aria-label')!))).to.equal(true);
      });
    });

    describe('errors', () => {
      const cases: [name: string, attrs: () => Attributes, kind: ProblemKind, text: string, dataset?: () => Dataset][] = [
        ['a src that is missing (404)', () => ({ ...attributes, src: fixtureUrl('missing.json') }), 'fetch-failed', '404'],
        ['a src that is not JSON', () => ({ ...attributes, src: fixtureUrl('not-json.json.txt') }), 'invalid-json', '不是有效的 JSON'],
        ['a fetched dataset that fails validation', () => ({ ...attributes, src: fixtureUrl('invalid-dataset.json.txt') }), 'invalid-dataset', 'observations[0].value'],
        ['a dataset property that fails validation', () => attributes, 'invalid-dataset', 'dataset 属性中的数据未通过校验', () => ({ ...cities(), regions: 'none' }) as unknown as Dataset],
        ['an unknown id', () => withIndicator('old_compound'), 'unknown-indicator', 'old_compounds_renovated（老旧小区改造）'],
        ['an unknown status', () => ({ ...attributes, statuses: 'result,done' }), 'unknown-status', '“done”'],
      ];
      for (const [name, attrs, kind, text, dataset] of cases) {
        it(`says what is wrong with ${name}, inline and in one event`, async () => {
          const { el, events, alert } = await failing(attrs(), dataset?.());
          expect(alert!.textContent).to.contain(text);
          expect(events.map((e) => e.kind)).to.deep.equal([kind]);
          expect(events[0]!.message).to.equal(alert!.textContent);
          expect(marks(el)).to.have.length(0);
          await expect(el).to.be.accessible();
        });
      }

      it('suggests the closest ids, in English too', async () => {
        const { alert, events } = await failing({ ...withIndicator('old_compound'), lang: 'en' });
        expect(alert!.textContent).to.match(/^Unknown indicator "old_compound"\. Did you mean old_compounds_renovated \(/);
        expect((events[0] as { suggestions: { id: string }[] }).suggestions[0]!.id).to.equal('old_compounds_renovated');
      });

      it('fires livelihood-error bubbling out of the shadow root', async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(withIndicator('nope'))) el.setAttribute(name, value);
        setTimeout(() => box.append(el));
        const event = await oneEvent(box, 'livelihood-error');
        expect(event.bubbles && event.composed).to.equal(true);
      });

      it('turns a property no attribute could hold into one inline message and one event', async () => {
        const { el, events } = await failing(attributes);
        (el as unknown as { statuses: unknown }).statuses = {
          toString() {
            throw new Error('no text');
          },
        };
        await el.updateComplete;
        el.setAttribute('heading', '再画一次');
        await el.updateComplete;
        expect(events.map((e) => e.kind)).to.deep.equal(['unexpected']);
        expect(alertOf(el)).to.exist;
      });

      it('recovers when the problem is fixed, and reports a new one again', async () => {
        const { el, events } = await failing(withIndicator('nope'));
        const set = (attrs: Attributes) => Object.entries(attrs).forEach(([name, value]) => el.setAttribute(name, value));
        set(withIndicator('old_compounds_renovated'));
        await el.updateComplete;
        expect(alertOf(el)).to.equal(null);
        expect(marks(el)).to.have.length(embeddedMarks);
        set(withIndicator('nope'));
        await el.updateComplete;
        expect(events.map((e) => e.kind)).to.deep.equal(['unknown-indicator', 'unknown-indicator']);
      });
    });

    describe('keyboard', () => {
      async function keyboardChart() {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><button>before</button><button>after</button></div>`);
        const el = document.createElement(tag) as ChartLike;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        box.insertBefore(el, box.lastElementChild);
        await el.updateComplete;
        box.querySelector('button')!.focus();
        return { el, box };
      }

      /** The marks' tabindex values with the Tab stop on mark `at`. */
      const tabStops = (at: number) => Array.from({ length: embeddedMarks }, (_, i) => (i === at ? '0' : '-1'));

      /** Tab from the button before the chart to its marks, past its controls. */
      async function tabToMarks() {
        for (let i = 0; i <= controlsBefore; i++) await sendKeys({ press: 'Tab' });
      }

      it('is one Tab stop, landing on the first mark', async () => {
        const { el, box } = await keyboardChart();
        expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(tabStops(0));
        await tabToMarks();
        expect(document.activeElement === el).to.equal(true);
        expect(focusedMark(el)).to.equal('0');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === box.querySelectorAll('button')[1]).to.equal(true);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(focusedMark(el)).to.equal('0');
      });

      it('moves with Up and Down, Home and End, and keeps the Tab stop where it left', async () => {
        const { el } = await keyboardChart();
        await tabToMarks();
        await sendKeys({ press: 'ArrowUp' });
        expect(focusedMark(el)).to.equal('0');
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedMark(el)).to.equal('1');
        await sendKeys({ press: 'End' });
        expect(focusedMark(el)).to.equal(String(embeddedMarks - 1));
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedMark(el)).to.equal(String(embeddedMarks - 1));
        await sendKeys({ press: 'Home' });
        await sendKeys({ press: 'ArrowDown' });
        expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(tabStops(1));
      });

      // A table shows each sentence in its row: no tooltip to test (option tooltip: false).
      if (tooltips) it('shows the focused mark’s tooltip, described by it, and hides it on Escape', async () => {
        const { el } = await keyboardChart();
        expect(tooltip(el).hidden).to.equal(true);
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(tooltip(el).hidden).to.equal(false);
        expect(tooltip(el).querySelector('mark')).to.exist;
        expect(el.shadowRoot!.activeElement!.getAttribute('aria-describedby')).to.equal(tooltip(el).id);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(tooltip(el).hidden).to.equal(true);
      });

      it('fires livelihood-select with the observation on Enter and Space', async () => {
        const { el } = await keyboardChart();
        await tabToMarks();
        for (const press of ['Enter', 'Space']) {
          setTimeout(() => sendKeys({ press }));
          const event = await oneEvent(el, 'livelihood-select');
          expect(event.detail).to.include({ indicator: 'old_compounds_renovated' });
          expect(event.bubbles && event.composed).to.equal(true);
        }
      });
    });

    describe('language', () => {
      /** A `<tag>` with `attrs`, drawn in a box with `boxLang` (absent: none). */
      async function inBox(boxLang: string | undefined, attrs: Attributes = attributes) {
        const box = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
        if (boxLang !== undefined) box.setAttribute('lang', boxLang);
        const el = document.createElement(tag) as ChartLike;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        box.append(el);
        await el.updateComplete;
        return el;
      }
      const drawnIn = (el: Element) => $(el, 'figure')!.getAttribute('lang');

      it('takes the language of its closest ancestor with one when it has no lang, its own winning', async () => {
        const en = await inBox('en-GB');
        expect(drawnIn(en)).to.equal('en');
        expect(en.hasAttribute('lang')).to.equal(false);
        expect(drawnIn(await inBox('en', { ...attributes, lang: 'zh' }))).to.equal('zh');
        expect(drawnIn(await inBox('zh', { ...attributes, lang: 'en' }))).to.equal('en');
        // Any language but English is Chinese.
        expect(drawnIn(await inBox('fr'))).to.equal('zh');
      });

      it('takes the page’s <html lang>', async () => {
        const html = document.documentElement;
        const before = html.getAttribute('lang');
        html.setAttribute('lang', 'en');
        try {
          expect(drawnIn(await inBox(undefined))).to.equal('en');
        } finally {
          if (before === null) html.removeAttribute('lang');
          else html.setAttribute('lang', before);
        }
        expect(drawnIn(await inBox(undefined))).to.equal(before?.toLowerCase().startsWith('en') ? 'en' : 'zh');
      });
    });

    describe('axe', () => {
      for (const lang of ['zh', 'en']) {
        for (const theme of ['light', 'dark']) {
          it(`finds no violations in ${lang}, ${theme}`, async () => {
            // Transparent: a dark chart goes on a dark page, and on any page when filled.
            const { el } = await chart({ ...attributes, lang, theme }, { background: theme === 'dark' ? '#16181d' : '#ffffff' });
            expect(marks(el)).to.have.length(embeddedMarks);
            await expect(el).to.be.accessible();
            if (theme === 'dark') {
              const filled = await chart({ ...attributes, lang, theme, filled: '' }, { background: '#ffffff' });
              await expect(filled.el).to.be.accessible();
            }
          });
        }
      }
    });

    // (A chart that is itself a table has no hidden data table: its own table's notes are its test file's.)
    if (dataTable) describe('notes', () => {
      // Before: each note was read twice, under the chart and again in the data table's footer
      // (and the table itself, under content-visibility: auto, was missing from Chromium's tree).
      it('says each note once: where it stands, and as the description of the hidden data table, not in it', async function () {
        const { el } = await chart(attributes);
        await waitUntil(() => $(el, '.data-table table'), 'the data table is drawn');
        const notes = textsOf(el, '[part="note"]');
        expect(notes, 'the chart has notes to say').not.to.be.empty;
        const tree = await axTree();
        const tables = axNodes(tree, (n) => n.role === 'table');
        expect(tables, 'the data table is in the accessibility tree').to.have.length(1);
        expect(tables[0]!.name).to.equal($(el, '[part="heading"]')!.textContent);
        expect(tables[0]!.description).to.equal(notes.join(' '));
        for (const note of notes) expect(axNodes(tree, (n) => n.role === 'StaticText' && n.name === note), note).to.have.length(1);
      });
    });

    describe('hostile strings', () => {
      const hostile = '<img src=x onerror=alert(1)>';
      // Injected markup would call alert(): record it instead of blocking the page.
      const alerts: unknown[] = [];
      const realAlert = window.alert;
      before(() => (window.alert = (message?: unknown) => void alerts.push(message)));
      after(() => (window.alert = realAlert));
      afterEach(async () => {
        await nextFrame();
        expect(alerts).to.deep.equal([]);
      });

      it('renders markup in names, quotes and publishers as text, creating no element', async () => {
        const ds = cities();
        ds.regions.find((r) => r.id === 'hohhot')!.name.zh = hostile;
        ds.indicators.find((i) => i.id === 'old_compounds_renovated')!.name.zh = '<script>alert(2)</script>';
        const o = ds.observations.find((x) => x.region === 'hohhot' && x.indicator === 'old_compounds_renovated')!;
        o.quote = `${hostile}309个<b>bold</b>`;
        o.quoteSpan = [hostile.length, hostile.length + 4];
        ds.sources.find((s) => s.id === o.source)!.publisher = '<a href="javascript:alert(3)">x</a>';
        const { el } = await chart({ ...attributes, heading: '<i>h</i>' }, { dataset: ds });
        expect($(el, '[part="heading"]')!.textContent).to.equal('<i>h</i>');
        expect(texts(el, 'th')).to.include(hostile);
        expect($(el, '[part="source"]')!.textContent).to.contain('<a href="javascript:alert(3)">x</a>');
        const mark = marks(el).find((m) => m.getAttribute('aria-label')!.includes(hostile))!;
        mark.focus();
        await el.updateComplete;
        const quote = tooltips ? tooltip(el).querySelector('blockquote')! : mark.querySelector('[part~="quote"]')!;
        expect(quote.textContent).to.equal(`${hostile}309个<b>bold</b>`);
        expect(quote.querySelector('mark')!.textContent).to.equal('309个');
        expect($$(el, 'img, script, b, i, a[href^="javascript"]')).to.have.length(0);
        expect(document.querySelectorAll('img')).to.have.length(0);
      });

      it('links a source only when its URL is http(s)', async () => {
        // s_zjk has https://example.org/zjk; s_sjz has javascript:alert(1).
        const { el } = await chart(attributes, { dataset: cities() });
        expect($$<HTMLAnchorElement>(el, '[part="source"] a').map((a) => a.href)).to.deep.equal(['https://example.org/zjk']);
      });

      it('echoes a hostile id as text in its error', async () => {
        // No spaces: id lists split on them.
        const id = '<img/src=x/onerror=alert(1)>';
        const { el, alert } = await failing(withIndicator(id));
        expect(alert!.textContent).to.contain(id);
        expect($$(el, 'img')).to.have.length(0);
      });
    });

    describe('resize', () => {
      it('relayouts from 1200 px to 280 px with every text inside and no horizontal overflow', async () => {
        const { el, box } = await chart({ ...wide, lang: 'en' }, { width: 1200 });
        const inside = (width: number) => {
          const left = el.getBoundingClientRect().left;
          // A text not drawn (display: none, as an empty cell of a stacked table; or for screen readers only) has no box to keep inside.
          const boxes = $$(el, textSelector).filter((t) => !t.closest('.visually-hidden')).map((t) => t.getBoundingClientRect()).filter((b) => b.width || b.height);
          expect(boxes.length).to.be.above(0);
          expect(Math.min(...boxes.map((b) => b.left - left))).to.be.at.least(0);
          expect(Math.max(...boxes.map((b) => b.right - left))).to.be.at.most(width);
          expect(el.scrollWidth).to.be.at.most(width);
          expect(box.scrollWidth).to.be.at.most(width);
        };
        inside(1200);
        for (const width of [640, 400, 280]) {
          box.style.width = `${width}px`;
          await nextFrame(el);
          inside(width);
        }
        await expect(el).to.be.accessible();
      });
    });

    describe('theme', () => {
      const figure = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('figure')!);
      const LIGHT = 'rgb(31, 31, 31)';
      const DARK = 'rgb(236, 236, 236)';
      // [the reader's system, the page's color-scheme, theme, the text colour]
      const cases = [
        ['dark', undefined, undefined, LIGHT, 'stays light under a dark system on a page that declares no color-scheme'],
        ['dark', 'light dark', undefined, DARK, 'turns dark under a dark system on a page that declares color-scheme: light dark'],
        ['light', 'light dark', undefined, LIGHT, 'stays light under a light system on a page that declares color-scheme: light dark'],
        ['light', 'dark', undefined, DARK, 'turns dark in a part of the page that declares color-scheme: dark'],
        ['dark', undefined, 'auto', DARK, 'follows a dark system with theme="auto" on a page that declares nothing'],
        ['light', undefined, 'auto', LIGHT, 'follows a light system with theme="auto"'],
        ['light', undefined, 'dark', DARK, 'is dark with theme="dark" whatever the system and the page'],
        ['dark', 'light dark', 'light', LIGHT, 'is light with theme="light" whatever the system and the page'],
      ] as const;
      for (const [system, scheme, theme, text, title] of cases) {
        it(`${title}, accessibly`, async () => {
          await emulateMedia({ colorScheme: system });
          // The page behind a transparent chart: as dark or light as the chart should be.
          const { el } = await chart(theme ? { ...attributes, theme } : attributes, {
            background: text === DARK ? '#16181d' : '#ffffff',
            scheme,
          });
          expect(figure(el).color).to.equal(text);
          await expect(el).to.be.accessible();
        });
      }

      it('is transparent unless filled: the page shows through, light or dark', async () => {
        for (const theme of ['light', 'dark']) {
          const { el } = await chart({ ...attributes, theme });
          expect([getComputedStyle(el).backgroundColor, figure(el).backgroundColor]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
        }
        const light = await chart({ ...attributes, filled: '' });
        expect([figure(light.el).backgroundColor, figure(light.el).paddingTop]).to.deep.equal(['rgb(255, 255, 255)', '12px']);
        const dark = await chart({ ...attributes, theme: 'dark', filled: '' });
        expect(figure(dark.el).backgroundColor).to.equal('rgb(22, 24, 29)');
        // The panel of the page's scheme when no theme is given.
        const inDark = await chart({ ...attributes, filled: '' }, { scheme: 'dark' });
        expect(figure(inDark.el).backgroundColor).to.equal('rgb(22, 24, 29)');
      });

      it('paints its own panel with theme="auto": its scheme is the system\'s, not the page\'s (QA s11b C8)', async () => {
        for (const [system, panel, text] of [['dark', 'rgb(22, 24, 29)', DARK], ['light', 'rgb(255, 255, 255)', LIGHT]] as const) {
          await emulateMedia({ colorScheme: system });
          // A white page of no color-scheme, as most news sites are: the dark system's chart still reads.
          const { el } = await chart({ ...attributes, theme: 'auto' }, { background: '#ffffff' });
          expect([figure(el).backgroundColor, figure(el).paddingTop, figure(el).color]).to.deep.equal([panel, '12px', text]);
          await expect(el).to.be.accessible();
        }
      });

      if (tooltips) it('drops transitions for prefers-reduced-motion', async () => {
        const { el } = await chart(attributes);
        expect(getComputedStyle(tooltip(el)).transitionDuration).to.equal('0.12s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(tooltip(el)).transitionDuration).to.equal('0s');
      });
    });
  });
}

const texts = (el: Element, selector: string) => $$(el, selector).map((e) => e.textContent ?? '');
