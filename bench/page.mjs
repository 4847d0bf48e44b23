// The page-level benchmark: a news article on a phone (375×667 CSS px, CPU throttled 4×
// through CDP), ≈3,000 characters with 8 and with 50 bar charts between its paragraphs,
// drawn by <livelihood-bar>, Observable Plot and Chart.js from the same numbers
// (bench/pages/article.ts). Every load is cold (a new browser context: no cache); the
// libraries take turns, and each figure is the median of `runs` loads.
//
// Ours is embedded as a publisher would: each chart's snippet (its reserved heights and
// the stylesheet), the code-only CDN bundle and the page's own dataset file, written by
// `livelihood-data slice`. The peers get their bars as JSON in the page and draw all at
// once when their module runs (bench/pages/article-peers.ts).
//
// Figures per load, from the page's own PerformanceObservers (longtask, layout-shift, paint):
//   all drawn        ours: the last `livelihood-render`; peers: the end of their drawing
//   first screen     the charts in the first viewport drawn, or first paint when none is in it (peers: all drawn)
//   TBT              Σ (task − 50 ms) over long tasks, counting only what runs after first contentful paint
//   longest task     any long task of the load; and the longest starting after the first screen
//   CLS              layout shifts without input
//   data requests    ours: requests for the dataset file (1: the chart's fetch took the
//                    snippet's preloaded response; 2: the preload was wasted)
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { launchChromium, serveStatic } from '../scripts/browser.mjs';
import { root } from '../scripts/entries.mjs';

export const LIBRARIES = ['livelihood-bar', 'Plot', 'Chart.js'];
const FILE = { 'livelihood-bar': 'ours', Plot: 'plot', 'Chart.js': 'chartjs' };
const VIEWPORT = { width: 375, height: 667 };
const THROTTLE = 4;
/** After all charts are drawn, how long to keep listening for long tasks. */
const QUIET_MS = 1500;

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Builds the pages, the code-only bundle of <livelihood-bar>, the peers' bundles and the slices into `dir`. */
export async function buildArticlePages(dir, counts) {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, { LIVELIHOOD_OUT_DIR: dir, LIVELIHOOD_CDN_ENTRY: 'livelihood-bar', LIVELIHOOD_DATASET: 'none' });
    await build({ root, mode: 'cdn', logLevel: 'warn' });
  } finally {
    process.env = saved;
  }
  copyFileSync(join(root, 'src/livelihood-charts.css'), join(dir, 'livelihood-charts.css'));
  for (const lib of ['plot', 'chartjs']) {
    await esbuild({
      entryPoints: [join(root, 'bench/pages/article-peers.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      define: { LIB: JSON.stringify(lib) },
      outfile: join(dir, `${lib}.js`),
      logLevel: 'warning',
    });
  }
  const tsx = join(root, 'node_modules/.bin/tsx');
  const run = (args) => {
    const result = spawnSync(tsx, args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tsx ${args.join(' ')} failed:\n${result.stderr}`);
    return result.stdout;
  };
  run(['bench/pages/article.ts', dir, ...counts.map(String)]);
  return run(['src/cli/main.ts', 'slice', 'src/dataset/livelihood.json', ...counts.map((n) => join(dir, `ours-${n}.html`))]).trim();
}

/** What the page logs once every chart is drawn. */
const DRAWN = 'bench: every chart drawn';

/**
 * Installed before the page's scripts: what the page itself observes. It also says on the
 * console when every chart is drawn: waiting with `page.waitForFunction` would evaluate
 * Playwright's injected script in the page (≈150 ms at 4×), a long task in the middle of
 * any page that draws after its load event (ours), and after the drawing of a page that
 * draws before it (the peers).
 */
function observe(drawnMessage) {
  const b = (window.__bench = { longTasks: [], cls: 0, fcp: undefined, rendered: [] });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => b.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (b.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name === 'first-contentful-paint' && (b.fcp = e.startTime))).observe({ type: 'paint', buffered: true });
  document.addEventListener('livelihood-render', (e) => b.rendered.push([e.target, performance.now()]), true);
  const allDrawn = () => {
    if (window.__benchDrawn !== undefined) return b.fcp !== undefined;
    const charts = document.querySelectorAll('livelihood-bar').length;
    return charts > 0 && b.rendered.length >= charts && b.fcp !== undefined;
  };
  const timer = setInterval(() => {
    if (!allDrawn()) return;
    clearInterval(timer);
    console.debug(drawnMessage);
  }, 100);
}

/** In the page: the figures of this load. */
function collect() {
  const b = window.__bench;
  let drawn;
  let firstScreen;
  let problems = 0;
  if (window.__benchDrawn !== undefined) {
    drawn = firstScreen = window.__benchDrawn;
  } else {
    drawn = Math.max(...b.rendered.map(([, t]) => t));
    const seen = b.rendered.filter(([el]) => el.getBoundingClientRect().top < innerHeight).map(([, t]) => t);
    // The first screen is drawn with its last chart, or at first paint when it has none.
    firstScreen = seen.length ? Math.max(...seen) : b.fcp;
    problems = b.rendered.filter(([el]) => el.shadowRoot.querySelector('[role="alert"]')).length;
  }
  const tasks = b.longTasks;
  const blocking = tasks.reduce((sum, [start, duration]) => {
    const after = start + duration - Math.max(start, b.fcp);
    return sum + Math.max(0, Math.min(duration, after) - 50);
  }, 0);
  const later = tasks.filter(([start]) => start >= firstScreen).map(([, d]) => d);
  return {
    fcp: b.fcp,
    drawn,
    firstScreen,
    tbt: blocking,
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    longestAfterFirstScreen: Math.max(0, ...later),
    longTasks: tasks.length,
    cls: b.cls,
    problems,
  };
}

export async function load(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bytes = { js: 0, data: 0 };
    let dataRequests = 0;
    page.on('request', (request) => new URL(request.url()).pathname.endsWith('.json') && dataRequests++);
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (!/\.(js|json)$/.test(path)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes[path.endsWith('.js') ? 'js' : 'data'] += gzipSync(body, { level: 9 }).length;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.addInitScript(observe, DRAWN);
    const drawn = page.waitForEvent('console', { predicate: (message) => message.text() === DRAWN, timeout: 60_000 });
    await page.goto(url);
    await drawn.catch(() => {
      throw new Error(`${url}: not every chart drew in 60 s${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    });
    await page.waitForTimeout(QUIET_MS);
    const figures = await page.evaluate(collect);
    if (url.includes('/plot-') || url.includes('/chartjs-')) {
      // The peers' numbers are in the page, not fetched: weigh that JSON as their data.
      const html = await page.evaluate(() => document.getElementById('charts').textContent);
      bytes.data = gzipSync(Buffer.from(html), { level: 9 }).length;
    }
    return { ...figures, ...bytes, dataRequests, errors };
  } finally {
    await context.close();
  }
}

/** Every library at every size, `runs` cold loads each in turns; medians. */
export async function measurePage({ dir, counts, runs, onResult }) {
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const results = [];
    for (const n of counts) {
      const samples = Object.fromEntries(LIBRARIES.map((lib) => [lib, []]));
      for (let run = 0; run < runs; run++) {
        // A different library first each round: none always gets the warmest machine.
        const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]);
        for (const lib of order) samples[lib].push(await load(browser, `${server.url}${FILE[lib]}-${n}.html`));
      }
      const libraries = Object.fromEntries(
        LIBRARIES.map((lib) => {
          const s = samples[lib];
          const pick = (key) => median(s.map((x) => x[key]));
          return [lib, { js: pick('js'), data: pick('data'), fcp: pick('fcp'), drawn: pick('drawn'), firstScreen: pick('firstScreen'), tbt: pick('tbt'), longest: pick('longest'), longestAfterFirstScreen: pick('longestAfterFirstScreen'), dataRequests: Math.max(...s.map((x) => x.dataRequests)), cls: Math.max(...s.map((x) => x.cls)), problems: Math.max(...s.map((x) => x.problems)), errors: [...new Set(s.flatMap((x) => x.errors))], samples: s }];
        }),
      );
      const result = { n, libraries };
      results.push(result);
      onResult?.(result);
    }
    return { browser: browser.version(), viewport: VIEWPORT, throttle: THROTTLE, runs, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Reads a built page's size, for the report. */
export const pageBytes = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
