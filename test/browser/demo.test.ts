/**
 * The demo page (npm start) as a reader gets it: every gallery chart drawn or holding
 * its room, and axe finding nothing in Chinese and English, light and dark.
 */
import { expect } from '@open-wc/testing';

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
type DemoWindow = Window & typeof globalThis & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };

const until = async (test: () => boolean, ms = 20000) => {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

async function open(): Promise<{ frame: HTMLIFrameElement; win: DemoWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = new URL('../../demo/index.html', import.meta.url).href;
  });
  const win = frame.contentWindow as DemoWindow;
  const doc = frame.contentDocument!;
  await until(() => doc.getElementById('gallery')?.hasAttribute('aria-busy') === false && !!win.customElements.get('livelihood-bar'));
  const axe = doc.createElement('script');
  axe.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
  doc.head.append(axe);
  await until(() => !!win.axe);
  return { frame, win, doc };
}

/** Scrolls through the page so every chart gets its turn to draw, then waits for them. */
async function drawAll(win: DemoWindow, doc: Document): Promise<void> {
  for (let y = 0; y <= doc.documentElement.scrollHeight; y += 800) {
    win.scrollTo(0, y);
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 30)));
  }
  const charts = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('.chart-slot > *')];
  await Promise.all(charts.map((c) => c.updateComplete));
}

describe('the demo page', function () {
  this.timeout(120000);

  it('shows every gallery chart and has no axe violation in zh/en and light/dark', async () => {
    const { frame, win, doc } = await open();
    try {
      const charts = doc.querySelectorAll('.chart-slot > *');
      expect(charts.length).to.be.above(20);
      for (const [lang, theme] of [['zh', 'light'], ['en', 'dark']] as const) {
        doc.querySelector<HTMLButtonElement>(`button[data-lang="${lang}"]`)!.click();
        doc.querySelector<HTMLButtonElement>(`button[data-theme="${theme}"]`)!.click();
        await drawAll(win, doc);
        expect(doc.documentElement.lang.startsWith(lang)).to.equal(true);
        // The charts carry no theme: they take the page's color-scheme, which the switch sets.
        const chart = doc.querySelector('.chart-slot > *')!;
        expect(chart.hasAttribute('theme')).to.equal(false);
        expect(win.getComputedStyle(chart.shadowRoot!.querySelector('figure')!).color).to.equal(theme === 'dark' ? 'rgb(236, 236, 236)' : 'rgb(31, 31, 31)');
        const { violations } = await win.axe!.run(doc, { resultTypes: ['violations'] });
        expect(violations.map((v) => `${lang}/${theme} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).to.deep.equal([]);
        // A curated gallery: outside the section that shows messages on purpose, every chart draws.
        const failing = [...doc.querySelectorAll('section.examples:not(#message) .chart-slot > *')]
          .filter((chart) => chart.shadowRoot?.querySelector('[part="error"]'))
          .map((chart) => chart.closest('article')?.id);
        expect(failing, `${lang}: charts showing a message`).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });
});
