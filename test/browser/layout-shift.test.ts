/**
 * Zero layout shift on a news article: ≈3,000 characters of text with charts between the
 * paragraphs, each embedded with its snippet (src/charts/snippet.ts) and the stylesheet
 * that holds its room (src/livelihood-charts.css). The script comes late, after the page has painted (a slow
 * network), so the room held before it runs is measured too. At each width the page is
 * scrolled to the bottom and the layout shifts it reported are added up: 0.
 *
 * Firefox ESR runs it too (web-test-runner.config.mjs). It reports no layout shifts
 * (no `layout-shift` entries), so every chart's size is also watched from before its
 * script to drawn: a chart that changes height moves the text below it. Without typed
 * CSS `attr()` the stylesheet holds the room its documented fallback gives, the page's
 * own `--livelihood-height` (docs/embedding.md), set here to what the snippet reserves.
 */
import { expect } from '@open-wc/testing';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { chartHeight, snippet, SNIPPET_TAGS } from '../../src/charts/snippet.js';
import { scaleFor } from '../../src/kit/element/host-scale.js';
import { reservedHeight } from '../../src/kit/reserve.js';
import { FRAME_METRICS } from '../../src/kit/marks/frame-size.js';
import tags from '../../src/charts/tags.json';

type Attributes = Record<string, string>;

/** The article's charts: each of the tag list's examples, in both languages, and more. */
const CHARTS: [string, Attributes][] = [
  ...Object.entries(tags).flatMap(([tag, { example }]): [string, Attributes][] => [
    [tag, example as Attributes],
    [tag, { ...(example as Attributes), lang: 'en' }],
  ]),
  ['livelihood-bar', { region: 'zhangjiakou', indicators: 'elderly_meal_points,new_boarding_places.cumulative,old_compounds_renovated,childcare_places' }],
  ['livelihood-bar', { region: 'zhangjiakou', indicators: 'elderly_meal_points,new_boarding_places.cumulative,old_compounds_renovated,childcare_places', lang: 'en' }],
  ['livelihood-bar', { region: 'zhangjiakou', family: 'elderly_care_facilities', unit: '个', statuses: 'all', 'show-uncertain': '' }],
  ['city-compare', { regions: 'zhangjiakou,hohhot,shijiazhuang', statuses: 'all', lang: 'en' }],
  ['livelihood-stat', { indicator: 'old_compounds_renovated', regions: 'zhangjiakou,hohhot,shijiazhuang', statuses: 'all' }],
  ['livelihood-progress', { indicator: 'old_compounds_renovated', lang: 'en' }],
  ['livelihood-trend', { indicator: 'old_compounds_renovated', statuses: 'all', lang: 'en' }],
  ['livelihood-table', { region: 'zhangjiakou', limit: '6', statuses: 'all', 'show-uncertain': '' }],
  ['livelihood-table', { region: 'zhangjiakou', limit: '6', lang: 'en' }],
];

const SENTENCE = '今年以来，全市坚持以人民为中心的发展思想，持续加大民生投入，老旧小区改造、养老服务、教育医疗等领域取得新进展，群众获得感、幸福感、安全感不断增强。';

/** The article's head and body; the head's stylesheet holds each chart's room. */
async function article(fontSize: number): Promise<{ head: string; body: string }> {
  const dataset = await loadDefaultDataset();
  const paragraph = `<p>${SENTENCE.repeat(5)}</p>`; // ≈ 360 characters
  const charts = CHARTS.map(([tag, attributes]) => `${paragraph}\n${snippet(dataset, tag, attributes, { elementOnly: true })}`).join('\n');
  return {
    head: `<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="${new URL('../../src/livelihood-charts.css', import.meta.url).href}">
<style>body { margin: 0 auto; padding: 0 16px; max-width: 680px; font: ${fontSize}px/1.7 serif; } .livelihood-chart { margin: 24px 0; }</style></head>`,
    body: `<body><h1>民生实事办理情况</h1>${charts}${paragraph}${paragraph}</body></html>`,
  };
}

/** Whether the stylesheet can read the snippet's heights (its `@supports`: Chromium 133+). */
const TYPED_ATTR = CSS.supports('min-height: calc(attr(height type(<number>), 0) * 1px)');
/** Whether the browser reports layout shifts (Chromium; not Firefox ESR). */
const LAYOUT_SHIFT_API = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
/**
 * Firefox differs in two ways that move nothing on the page. It lays boxes out on a
 * 1/60 px grid, so a chart drawn at 1.125 × rounds each table row by a fraction of a
 * pixel (Chromium's 1/64 px grid holds such sizes exactly): heights match to `SLACK`.
 * And its text is narrower than the DejaVu Sans the model's width estimates are
 * measured on (kit/marks/text.ts), so a chart may take a line less than modelled.
 */
const FIREFOX = navigator.userAgent.includes('Firefox/');
const SLACK = FIREFOX ? 0.1 : 0;
/** `actual`, each height within `SLACK` of the expected one taken as that one (for a deep comparison). */
const snapped = (actual: number[], expected: number[]) => actual.map((h, i) => (Math.abs(h - expected[i]!) <= SLACK ? expected[i]! : h));

/**
 * Where the stylesheet cannot read the heights, the page sets each chart's
 * `--livelihood-height` as the docs tell it to: the height the snippet reserves at the
 * chart's container width, scaled with the article's text as the stylesheet would.
 */
function setFallbackHeights(charts: HTMLElement[], fontSize: number): void {
  const scale = scaleFor(fontSize);
  for (const el of charts) {
    const height = reservedHeight((name) => el.getAttribute(name), Math.floor(el.parentElement!.clientWidth / scale));
    if (height) el.style.setProperty('--livelihood-height', `${height * scale}px`);
  }
}

/** Watches the charts' heights from now on; `changed()` lists those reported at more than one. */
function watchHeights(win: Window & typeof globalThis, charts: HTMLElement[]): { changed: () => string[]; stop: () => void } {
  const seen = new Map<Element, Set<number>>();
  const observer = new win.ResizeObserver((entries) => {
    for (const entry of entries) {
      if (!seen.has(entry.target)) seen.set(entry.target, new Set());
      seen.get(entry.target)!.add(entry.borderBoxSize[0]!.blockSize);
    }
  });
  for (const el of charts) observer.observe(el);
  return {
    changed: () =>
      [...seen]
        .filter(([, heights]) => Math.max(...heights) - Math.min(...heights) > SLACK)
        .map(([el, heights]) => `<${el.localName}> ${[...heights].join(' → ')}`),
    stop: () => observer.disconnect(),
  };
}

const frames = (win: Window, n = 2) =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve(undefined));
    step(n);
  });

interface Measured {
  /** Cumulative layout shift, where the browser reports it (0 elsewhere). */
  cls: number;
  /** Charts whose height changed after the first paint, with the heights they took. */
  resized: string[];
  /** Each chart's height before its script ran, and once drawn. */
  reserved: number[];
  drawn: number[];
  natural: number[];
  /** Each chart's height at its container's width, as its height model (size.ts) says. */
  modelled: number[];
  /** Charts showing an error in place of a chart (which would reserve nothing). */
  errors: string[];
  /** Each chart's blocks of small text (notes, the source line), each of which the model may put a line over. */
  smallBlocks: number[];
}

async function measure(width: number, fontSize: number): Promise<Measured> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  document.body.append(frame);
  try {
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.srcdoc = '';
    });
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const { head, body } = await article(fontSize);
    doc.open();
    doc.write(head);
    // A stylesheet in the head blocks rendering of a page as it loads; one written into
    // an open document does not, so the body waits for it here.
    const link = doc.querySelector('link')!;
    if (!link.sheet) await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    doc.write(body);
    doc.close();
    let cls = 0;
    if (LAYOUT_SHIFT_API) {
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    }
    const charts = () => [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>(Object.keys(tags).join(','))];
    if (!TYPED_ATTR) setFallbackHeights(charts(), fontSize);
    await frames(win, 3);
    const reserved = charts().map((el) => el.getBoundingClientRect().height);
    const heights = watchHeights(win, charts());
    // The script arrives after the first paint.
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../../src/index.ts', import.meta.url).href;
    doc.head.append(script);
    const end = performance.now() + 8000;
    while (Object.keys(tags).some((tag) => !win.customElements.get(tag)) && performance.now() < end) await frames(win, 1);
    await Promise.all(charts().map((el) => el.updateComplete));
    for (let y = 0; y <= doc.documentElement.scrollHeight; y += 400) {
      win.scrollTo(0, y);
      await frames(win, 2);
    }
    // Charts draw as they come near the viewport, one a task: all of them by now.
    while (charts().some((el) => el.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy') !== 'false') && performance.now() < end + 8000) await frames(win, 1);
    await frames(win, 3);
    expect(charts().map((el) => el.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy'))).to.deep.equal(charts().map(() => 'false'));
    const drawn = charts().map((el) => el.getBoundingClientRect().height);
    heights.stop();
    // Without the reserved minimum: the height the chart itself takes.
    const natural = charts().map((el) => {
      el.shadowRoot!.querySelector<HTMLElement>('figure')!.style.removeProperty('min-height');
      return el.getBoundingClientRect().height;
    });
    const dataset = await loadDefaultDataset();
    const modelled = CHARTS.map(([tag, attributes], i) => chartHeight(dataset, tag, attributes)!(charts()[i]!.parentElement!.clientWidth));
    const errors = charts().filter((el) => el.shadowRoot!.querySelector('[part="error"]')).map((el) => el.outerHTML);
    const smallBlocks = charts().map((el) => el.shadowRoot!.querySelectorAll('[part="note"], [part="source"]').length);
    return { cls, resized: heights.changed(), reserved, drawn, natural, modelled, errors, smallBlocks };
  } finally {
    frame.remove();
  }
}

describe('layout shift on an article page', function () {
  // Each test loads an article page with every chart, some twice: slow on a loaded machine.
  this.timeout(60000);

  it('reserves room for every chart of the tag list', () => {
    expect(SNIPPET_TAGS).to.have.members(Object.keys(tags));
  });

  for (const width of [375, 1000, 1440]) {
    it(`is 0 at ${width} px: each chart holds its drawn height from before its script runs`, async () => {
      const { cls, resized, reserved, drawn, natural, modelled, errors, smallBlocks } = await measure(width, 16);
      expect(drawn.every((h) => h > 100)).to.equal(true);
      expect(errors).to.deep.equal([]);
      expect(snapped(reserved, drawn)).to.deep.equal(drawn);
      // The height model is the chart's own height at its width (in Firefox at most that,
      // and not far under). Its text widths err wide, so a note that just fits its lines
      // may be modelled a line longer (frame-size.ts lineCount): never shorter, at most a
      // line of small text over for each note and the source line. What is reserved is
      // the tallest it gets within the width's step (kit/reserve.ts).
      const model = modelled.map(Math.ceil);
      if (FIREFOX) natural.forEach((h, i) => expect(h, CHARTS[i]![0]).to.be.within(model[i]! * 0.85, model[i]! + SLACK));
      else natural.forEach((h, i) => expect(h, `${CHARTS[i]![0]} ${JSON.stringify(CHARTS[i]![1])}`).to.be.within(model[i]! - smallBlocks[i]! * FRAME_METRICS.smallLine, model[i]!));
      natural.forEach((h, i) => expect(h).to.be.at.most(reserved[i]! + SLACK));
      expect(resized).to.deep.equal([]);
      expect(cls).to.equal(0);
    });

    it(`is 0 at ${width} px in an 18 px article, where the charts draw larger`, async () => {
      const { cls, resized, reserved, drawn, natural } = await measure(width, 18);
      const at16 = await measure(width, 16);
      // Charts grow with the article's text (host-scale.ts), and the room before the script grows alike.
      drawn.forEach((h, i) => expect(h).to.be.above(at16.drawn[i]!));
      expect(snapped(reserved, drawn)).to.deep.equal(drawn);
      // The room is the tallest the chart gets within its step of width: at most that to
      // spare (a table's rows are estimated, erring tall, and a stat card's long period
      // (2018年–2025年12月22日) wraps in part of the step: a little more there).
      const spare = (tag: string) => (tag === 'livelihood-table' || tag === 'livelihood-stat' ? 0.8 : 0.85);
      // (Zoomed by 18/16, a height the room matches exactly may come out a hair over in float: SLACK.)
      natural.forEach((h, i) => expect(h, `${CHARTS[i]![0]} ${JSON.stringify(CHARTS[i]![1])}`).to.be.within(drawn[i]! * spare(CHARTS[i]![0]), drawn[i]! + SLACK));
      expect(resized).to.deep.equal([]);
      expect(cls).to.equal(0);
    });
  }
});
