// The in-browser benchmarks: builds bench/pages/ for production, serves the result and
// drives it in headless Chromium.
//   render   <livelihood-bar> vs Chart.js, Plot, ECharts at N bars (bench/pages/render.ts)
//   examples every chart's example on the default dataset (bench/pages/examples.ts)
//   fifty    50 charts on the default dataset (bench/pages/fifty.ts), with Chromium's
//            main-thread totals (CDP Performance.getMetrics) around the render
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium, serveStatic } from '../scripts/browser.mjs';
import { root } from '../scripts/entries.mjs';

const pages = join(root, 'bench/pages');

/** Production build of the benchmark pages (Lit without its dev mode; minified unless profiling). */
export async function buildPages(outDir, { minify = true } = {}) {
  await build({
    root: pages,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      minify,
      rolldownOptions: {
        input: { render: join(pages, 'render.html'), examples: join(pages, 'examples.html'), fifty: join(pages, 'fifty.html') },
      },
    },
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function open(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { state: 'attached', timeout: 30_000 }).catch(() => {
    throw new Error(`${url} did not start: ${errors.join(' | ') || 'no error reported'}`);
  });
  return { page, errors };
}

/**
 * Runs every library at each N in one page, interleaved. `onResult` sees each N as it
 * finishes (the 5,000-bar round takes a while). Up to `layoutOnlyUpTo` bars, also the
 * time the browser alone takes to lay out each SVG chart's finished DOM.
 */
export async function measureRender({ dir, sizes, runs, warmups, layoutOnlyUpTo, onResult }) {
  const server = await serveStatic(dir, { isolated: true });
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const { page } = await open(browser, `${server.url}render.html`);
    const { contenders, maxCanvas } = await page.evaluate(() => ({
      contenders: window.bench.contenders,
      maxCanvas: window.bench.maxCanvas,
    }));
    const results = [];
    for (const n of sizes) {
      const result = await page.evaluate(([n, runs, warmups]) => window.bench.run(n, runs, warmups), [n, runs, warmups]);
      if (layoutOnlyUpTo !== undefined && n <= layoutOnlyUpTo) {
        result.layoutOnly = await page.evaluate(([n, runs]) => window.bench.layoutOnly(n, runs), [n, runs]);
      }
      results.push(result);
      onResult?.(result);
    }
    return { browser: browser.version(), contenders, maxCanvas, runs, warmups, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every chart's example (src/charts/tags.json) on the default dataset: median ms, create → drawn. */
export async function measureExamples({ dir, runs, warmups }) {
  const server = await serveStatic(dir, { isolated: true });
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const { page, errors } = await open(browser, `${server.url}examples.html`);
    const results = await page.evaluate(([runs, warmups]) => window.benchExamples.run(runs, warmups), [runs, warmups]);
    return { browser: browser.version(), runs, warmups, results, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/** 50 charts, `repeats` times on a fresh page load each; medians of each figure. */
export async function measureFifty({ dir, repeats }) {
  const server = await serveStatic(dir, { isolated: true });
  const browser = await launchChromium();
  try {
    const samples = [];
    for (let i = 0; i < repeats; i++) {
      const { page } = await open(browser, `${server.url}fifty.html`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      await page.evaluate(() => window.bench50.prepare(50));
      const before = await metrics();
      const result = await page.evaluate(() => window.bench50.run());
      const after = await metrics();
      for (const name of METRICS) result[name] = (after[name] - before[name]) * 1000;
      samples.push(result);
      await page.close();
    }
    const pick = (f) => median(samples.map(f));
    return {
      repeats,
      charts: samples[0].charts,
      bars: samples[0].bars,
      alerts: samples[0].alerts,
      wallMs: pick((s) => s.wallMs),
      mainThreadMs: pick((s) => s.TaskDuration),
      scriptMs: pick((s) => s.ScriptDuration),
      layoutMs: pick((s) => s.LayoutDuration),
      styleMs: pick((s) => s.RecalcStyleDuration),
      longTaskMs: pick((s) => s.longTasks.totalMs),
      longTasks: pick((s) => s.longTasks.count),
      blockingMs: pick((s) => s.longTasks.blockingMs),
      samples,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
