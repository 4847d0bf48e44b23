/**
 * A page that locks everything down (pages/csp.html, served with the strict header of
 * web-test-runner.config.mjs): every chart draws and its tooltip opens where it belongs
 * with no policy violation; with Trusted Types that refuse Lit's policy, the developer
 * is told which directive to add.
 */
import { expect } from '@open-wc/testing';
import { TRUSTED_TYPES_POLICY } from '../../src/kit/element/trusted-types-check.js';

interface ProbeWindow extends Window {
  violations: { directive: string; blocked: string; sample: string }[];
  consoleErrors: string[];
}

/** Loads `url` in an iframe `width` px wide; resolves with its window once loaded. */
async function page(url: string, width = 640): Promise<{ frame: HTMLIFrameElement; win: ProbeWindow & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = url;
  });
  return { frame, win: frame.contentWindow as ProbeWindow & typeof globalThis };
}

/** Scrolls a chart into view and waits for it to draw (charts far from the viewport wait for their turn). */
async function drawnInView(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  el.scrollIntoView();
  await until(() => el.shadowRoot?.querySelector('figure')?.getAttribute('aria-busy') === 'false');
  await el.updateComplete;
}

const until = async (ready: () => boolean, timeout = 5000) => {
  const end = performance.now() + timeout;
  while (!ready()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const charts = (win: Window) => [...win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('livelihood-bar, city-compare')];

describe('under a strict Content-Security-Policy', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  describe(`with trusted-types ${TRUSTED_TYPES_POLICY}`, () => {
    it('draws every chart, opens the tooltip at its mark, and violates nothing', async () => {
      const { frame, win } = await page(new URL('./pages/csp.html?tt=lit', import.meta.url).href);
      frames.push(frame);
      await until(() => !!win.customElements.get('livelihood-bar') && !!win.customElements.get('city-compare'));
      const all = charts(win);
      for (const el of all) await drawnInView(el);
      const drawn = all.filter((el) => el.shadowRoot!.querySelector('[role="graphics-symbol"]'));
      expect(drawn.length).to.equal(all.length - 1);
      expect(all.at(-1)!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      for (const el of drawn) {
        const root = el.shadowRoot!;
        const area = root.querySelector<HTMLElement>('[part="chart"]')!;
        expect(area.getBoundingClientRect().height).to.be.greaterThan(40);
        expect(area.getAttribute('style')).to.equal(`height: ${area.getBoundingClientRect().height}px;`);
        const mark = root.querySelector<SVGElement>('[role="graphics-symbol"][data-mark="1"]')!;
        mark.focus();
        await el.updateComplete;
        const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
        expect(tip.hidden).to.equal(false);
        const box = tip.getBoundingClientRect();
        const at = mark.getBoundingClientRect();
        // In place: as wide as set, and right under (or over) the mark it describes.
        expect(box.width).to.be.greaterThan(200);
        const gap = Math.min(Math.abs(box.top - at.bottom), Math.abs(box.bottom - at.top));
        expect(gap).to.be.lessThan(8);
        expect(box.left).to.be.at.least(area.getBoundingClientRect().left - 0.5);
        mark.blur();
      }
      // The open ends' fades take each place's colour from a class, not a style attribute.
      for (const el of drawn.filter((e) => e.localName === 'city-compare')) {
        const stop = el.shadowRoot!.querySelector('linearGradient.series-2 .fade-from')!;
        const swatch = el.shadowRoot!.querySelector('.swatch.series-2')!;
        expect(win.getComputedStyle(stop).stopColor).to.equal(win.getComputedStyle(swatch).backgroundColor);
      }
      // The other charts of the library on the page draw too, with no style attribute either.
      for (const [tag, drawnPart] of [['livelihood-stat', 'value'], ['livelihood-progress', 'value'], ['livelihood-trend', 'point'], ['livelihood-table', 'row']]) {
        const el = win.document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag!)!;
        await until(() => !!win.customElements.get(tag!));
        await drawnInView(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), tag).to.equal(null);
        expect(el.shadowRoot!.querySelector(`[part="${drawnPart}"]`), tag).to.exist;
      }
      expect(win.violations).to.deep.equal([]);
    });
  });

  describe("with trusted-types 'none'", () => {
    it('draws nothing and logs an error naming the directive to add', async () => {
      const { frame, win } = await page(new URL('./pages/csp.html?tt=none', import.meta.url).href);
      frames.push(frame);
      await until(() => win.consoleErrors.some((e) => e.includes('livelihood-charts')));
      expect(win.customElements.get('livelihood-bar')).to.equal(undefined);
      const errors = win.consoleErrors.filter((e) => e.includes('livelihood-charts'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(`trusted-types ${TRUSTED_TYPES_POLICY}`);
      expect(win.violations.map((v) => v.directive)).to.include('trusted-types');
    });
  });
});
