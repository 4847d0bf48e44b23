/// <reference types="vite/client" />
/**
 * Render-time benchmark page: `<livelihood-bar>` beside Chart.js, Observable Plot and
 * ECharts, drawing the same N bars at the same size, in one page and one run.
 *
 * A sample is the time from handing a library the dataset to a drawn, laid-out chart:
 * - livelihood-bar: create the element, set its dataset property, connect it, await
 *   `updateComplete` (again each frame until all N bars exist), then `getBoundingClientRect()`;
 * - Chart.js (animation off) and ECharts (canvas renderer, animation and progressive
 *   rendering off): until the constructor / `setOption` returns (both draw synchronously),
 *   then `getBoundingClientRect()`;
 * - Observable Plot: `Plot.plot()` with `Plot.barX`, appended, then `getBoundingClientRect()`.
 * The competitors start from the same dataset and join region names themselves.
 * Every sample uses a fresh element; libraries take turns in a rotating order, and the
 * page is garbage-collected (when `--expose-gc` is on) and repainted between samples.
 */
import * as Plot from '@observablehq/plot';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Dataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { afterPaint, markCount, settle, TAG } from './element.js';
import { SYNTHETIC_INDICATOR, syntheticDataset } from './synthetic.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
echarts.use([BarChart, GridComponent, CanvasRenderer]);

const WIDTH = 640;
/** Chromium refuses canvases taller than this. */
const MAX_CANVAS = 32_000;
const COLOR = '#4c78a8';

interface Job {
  n: number;
  dataset: Dataset;
  width: number;
  height: number;
}
type Teardown = () => void;
interface Contender {
  name: string;
  draw(host: HTMLElement, job: Job): Promise<Teardown> | Teardown;
}

/** Rows of (region name, value): the competitors' share of the work the component does itself. */
function rows(dataset: Dataset): { name: string; value: number }[] {
  const names = new Map(dataset.regions.map((r) => [r.id, r.name.zh]));
  return dataset.observations
    .filter((o) => o.indicator === SYNTHETIC_INDICATOR)
    .map((o) => ({ name: names.get(o.region) ?? o.region, value: o.value }));
}

let lastSettled = { tasks: 0, frames: 0 };

const livelihoodBar: Contender = {
  name: 'livelihood-bar',
  async draw(host, job) {
    const el = document.createElement(TAG);
    el.setAttribute('indicator', SYNTHETIC_INDICATOR);
    el.setAttribute('limit', String(job.n));
    el.dataset = job.dataset;
    host.append(el);
    lastSettled = await settle(el, job.n);
    el.getBoundingClientRect();
    return () => el.remove();
  },
};

const chartJs: Contender = {
  name: 'Chart.js',
  draw(host, job) {
    const data = rows(job.dataset);
    const canvas = document.createElement('canvas');
    canvas.width = job.width;
    canvas.height = Math.min(job.height, MAX_CANVAS);
    host.append(canvas);
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: data.map((d) => d.name), datasets: [{ data: data.map((d) => d.value), backgroundColor: COLOR }] },
      options: { indexAxis: 'y', animation: false, responsive: false, plugins: { legend: { display: false } } },
    });
    canvas.getBoundingClientRect();
    return () => {
      chart.destroy();
      canvas.remove();
    };
  },
};

const plot: Contender = {
  name: 'Plot',
  draw(host, job) {
    const svg = Plot.plot({
      width: job.width,
      height: job.height,
      marginLeft: 90,
      x: { grid: true },
      y: { label: null },
      marks: [Plot.barX(rows(job.dataset), { x: 'value', y: 'name', fill: COLOR }), Plot.ruleX([0])],
    });
    host.append(svg);
    svg.getBoundingClientRect();
    return () => svg.remove();
  },
};

/**
 * Plot drawing what the component draws: the same bars plus a value label after each
 * (Plot.text). Shown for reference; the targets compare with the unlabelled chart.
 */
const plotLabelled: Contender = {
  name: 'Plot+labels',
  draw(host, job) {
    const data = rows(job.dataset);
    const svg = Plot.plot({
      width: job.width,
      height: job.height,
      marginLeft: 90,
      marginRight: 60,
      x: { grid: true },
      y: { label: null },
      marks: [
        Plot.barX(data, { x: 'value', y: 'name', fill: COLOR }),
        Plot.text(data, { x: 'value', y: 'name', text: (d: { value: number }) => String(d.value), textAnchor: 'start', dx: 6 }),
        Plot.ruleX([0]),
      ],
    });
    host.append(svg);
    svg.getBoundingClientRect();
    return () => svg.remove();
  },
};

const eCharts: Contender = {
  name: 'ECharts',
  draw(host, job) {
    const data = rows(job.dataset);
    const height = Math.min(job.height, MAX_CANVAS);
    const div = document.createElement('div');
    div.style.cssText = `width:${job.width}px;height:${height}px`;
    host.append(div);
    const chart = echarts.init(div, null, { renderer: 'canvas', width: job.width, height });
    chart.setOption({
      animation: false,
      grid: { left: 90, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.map((d) => d.name) },
      series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: COLOR }, progressive: 0 }],
    });
    div.getBoundingClientRect();
    return () => {
      chart.dispose();
      div.remove();
    };
  },
};

/** `?only=livelihood-bar,Plot` keeps those libraries (for profiling one of them). */
const only = new URLSearchParams(location.search).get('only')?.split(',');
const contenders: Contender[] = [livelihoodBar, chartJs, plot, plotLabelled, eCharts].filter(
  (c) => !only || only.includes(c.name),
);

const host = document.querySelector<HTMLElement>('#host')!;
host.style.width = `${WIDTH}px`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Size of the chart the component draws for `dataset`; the others get the same box. */
async function chartSize(dataset: Dataset, n: number): Promise<{ width: number; height: number; marks: number }> {
  const teardown = await livelihoodBar.draw(host, { n, dataset, width: WIDTH, height: 0 });
  const el = host.querySelector(TAG)!;
  const box = (el.shadowRoot?.querySelector('[part~="chart"]') ?? el).getBoundingClientRect();
  const marks = markCount(el);
  teardown();
  return { width: Math.round(box.width), height: Math.round(box.height), marks };
}

export interface RenderResult {
  n: number;
  width: number;
  height: number;
  /** Bars found in the component's shadow root after a sample (should equal n). */
  marks: number;
  /** Event-loop tasks and frames the component needed after `updateComplete` (last sample). */
  settled: { tasks: number; frames: number };
  libraries: Record<string, { median: number; min: number; max: number; samples: number[] }>;
}

async function run(n: number, runs: number, warmups: number): Promise<RenderResult> {
  const dataset = syntheticDataset(n);
  const checked = validateDataset(dataset);
  if (!checked.ok) throw new Error(`synthetic dataset invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  const size = await chartSize(dataset, n);
  const job: Job = { n, dataset, width: size.width || WIDTH, height: size.height || 40 + 20 * n };
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < warmups + runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(round + k) % contenders.length]!;
      // A fresh copy each sample: the component validates a dataset once per object
      // and would otherwise measure its cache.
      const sample = { ...job, dataset: structuredClone(dataset) };
      (globalThis as { gc?: () => void }).gc?.();
      await afterPaint();
      const start = performance.now();
      const teardown = await contender.draw(host, sample);
      const elapsed = performance.now() - start;
      // Seen in a trace (profiling): the sample's window and whose it was.
      performance.measure(contender.name, { start, end: start + elapsed });
      teardown();
      if (round >= warmups) samples.get(contender.name)!.push(elapsed);
    }
  }
  const libraries: RenderResult['libraries'] = {};
  for (const [name, xs] of samples) {
    libraries[name] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs };
  }
  return { n, width: job.width, height: job.height, marks: size.marks, settled: lastSettled, libraries };
}

/**
 * The browser's share of a sample: a finished chart's DOM, built beforehand (untimed),
 * appended and laid out (timed). No script makes a chart render faster than its own
 * DOM lays out. The component's DOM is its shadow root's markup and style sheets,
 * parsed into a plain host; Plot's is its SVG.
 */
async function layoutOnly(n: number, runs: number): Promise<Record<string, number>> {
  const dataset = syntheticDataset(n);
  const size = await chartSize(dataset, n);
  const job: Job = { n, dataset, width: size.width || WIDTH, height: size.height || 40 + 20 * n };
  const builders: Record<string, () => Element> = {
    Plot: () => {
      const box = document.createElement('div');
      const teardown = plot.draw(box, job) as Teardown;
      const svg = box.firstElementChild!;
      teardown();
      return svg;
    },
  };
  await livelihoodBar.draw(host, job);
  const el = host.querySelector(TAG)!;
  const markup = el.shadowRoot!.innerHTML;
  const sheets = el.shadowRoot!.adoptedStyleSheets;
  el.remove();
  builders[TAG] = () => {
    const copy = document.createElement('div');
    const root = copy.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup;
    return copy;
  };
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < runs; round++) {
    for (const [name, build] of Object.entries(builders)) {
      const node = build();
      (globalThis as { gc?: () => void }).gc?.();
      await afterPaint();
      const start = performance.now();
      host.append(node);
      node.getBoundingClientRect();
      (samples[name] ??= []).push(performance.now() - start);
      node.remove();
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
}

declare global {
  interface Window {
    bench: { contenders: string[]; maxCanvas: number; run: typeof run; layoutOnly: typeof layoutOnly };
  }
}
window.bench = { contenders: contenders.map((c) => c.name), maxCanvas: MAX_CANVAS, run, layoutOnly };
document.body.dataset.ready = 'true';
