/**
 * The peers of the page-level benchmark (bench/page.mjs): each box of the article
 * (bench/pages/article.ts) gets its chart from Observable Plot or Chart.js, from the
 * bars in the page's JSON, at the box's size, as a page would draw them: all at once
 * when the module runs. `__benchDrawn` marks the end (both draw synchronously).
 * Built once per library (bench/page.mjs), `LIB` telling which.
 */
import * as Plot from '@observablehq/plot';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title } from 'chart.js';

interface PeerChart {
  title: string;
  height: number;
  rows: { label: string; value: number; text: string }[];
}

/** Which library this build draws with: esbuild's `define` sets it, and drops the other. */
declare const LIB: 'plot' | 'chartjs';

const COLOR = '#4c78a8';

function drawPlot(box: HTMLElement, chart: PeerChart): void {
  const svg = Plot.plot({
    width: box.clientWidth,
    height: chart.height,
    marginLeft: 110,
    marginRight: 60,
    title: chart.title,
    x: { axis: null },
    y: { label: null },
    marks: [
      Plot.barX(chart.rows, { x: 'value', y: 'label', fill: COLOR, sort: { y: '-x' } }),
      Plot.text(chart.rows, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4 }),
    ],
  });
  box.append(svg);
}

function drawChartJs(box: HTMLElement, chart: PeerChart): void {
  const canvas = document.createElement('canvas');
  box.append(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: chart.rows.map((r) => r.label), datasets: [{ data: chart.rows.map((r) => r.value), backgroundColor: COLOR }] },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, title: { display: true, text: chart.title } },
    },
  });
}

if (LIB === 'chartjs') Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);
const charts = JSON.parse(document.getElementById('charts')!.textContent!) as PeerChart[];
charts.forEach((chart, i) => (LIB === 'plot' ? drawPlot : drawChartJs)(document.getElementById(`c${i}`)!, chart));
(window as unknown as { __benchDrawn: number }).__benchDrawn = performance.now();
