/// <reference types="vite/client" />
/**
 * Fifty `<livelihood-bar>` charts on the default dataset, cycling through the demo's
 * examples. `bench.run()` inserts them all at once and resolves when every one has
 * drawn (or shown its message), with the wall time and the long tasks seen meanwhile;
 * the bench script adds Chromium's own main-thread totals around the call.
 *
 * The default dataset's module is loaded before the clock starts, so the figure is the
 * cost of rendering, not of the network (what the charts do with the loaded module,
 * such as unpacking it, is counted).
 */
import { galleryExamples } from '../../demo/examples.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { afterPaint, isAlert, markCount, settle, TAG } from './element.js';

export interface FiftyResult {
  charts: number;
  wallMs: number;
  longTasks: { count: number; totalMs: number; blockingMs: number };
  alerts: number;
  bars: number;
}

let html = '';

/** Loads the dataset and picks the charts: kept out of the measured call. */
async function prepare(count = 50): Promise<void> {
  const examples = galleryExamples.filter((e) => e.tag === TAG);
  await loadDefaultDataset();
  html = Array.from({ length: count }, (_, i) => examples[i % examples.length]!.html).join('');
}

async function run(): Promise<FiftyResult> {
  const container = document.querySelector<HTMLElement>('#charts')!;

  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await afterPaint();

  const start = performance.now();
  container.innerHTML = html;
  const charts = [...container.children];
  await Promise.all(charts.map((el) => settle(el)));
  charts[0]?.getBoundingClientRect();
  const wallMs = performance.now() - start;

  await afterPaint();
  observer.disconnect();
  const seen = longTasks.filter((t) => t.startTime + t.duration > start && t.startTime < start + wallMs);
  return {
    charts: charts.length,
    wallMs,
    longTasks: {
      count: seen.length,
      totalMs: seen.reduce((sum, t) => sum + t.duration, 0),
      blockingMs: seen.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    },
    alerts: charts.filter(isAlert).length,
    bars: charts.reduce((sum, el) => sum + markCount(el), 0),
  };
}

declare global {
  interface Window {
    bench50: { prepare: typeof prepare; run: typeof run };
  }
}
window.bench50 = { prepare, run };
document.body.dataset.ready = 'true';
