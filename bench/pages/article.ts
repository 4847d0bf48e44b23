/**
 * The page-level benchmark's pages (bench/page.mjs): a news article of ≈3,000
 * characters with N bar charts between its paragraphs, once per library, every
 * library drawing the same numbers into the same room.
 *
 *   tsx bench/pages/article.ts <out dir> <N>...
 *
 * writes `<lib>-<N>.html` for `ours`, `plot` and `chartjs`. Ours embeds each chart with
 * its snippet (src/charts/snippet.ts: the element, its reserved heights, the stylesheet)
 * and loads the code-only CDN bundle, with the page's own dataset file (`src`, written by
 * `livelihood-data slice`); the peers get their bars (label, value, value label, as
 * our chart draws them) as JSON in the page and a box of the height ours reserves at
 * the phone's width (bench/pages/article-peers.ts draws them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBarModel } from '../../src/charts/livelihood-bar/model.js';
import { preloadLink, reserveFor, snippet } from '../../src/charts/snippet.js';
import type { Dataset } from '../../src/data/types.js';
import { toLang } from '../../src/kit/model/lang.js';
import { parseIdList } from '../../src/kit/model/select.js';
import { toShown } from '../../src/kit/model/show.js';
import { toSort } from '../../src/kit/model/sort.js';
import { reservedHeight } from '../../src/kit/reserve.js';

/** The phone the pages are measured on (CSS px), and the article column inside it. */
export const VIEWPORT = { width: 375, height: 667 };
const COLUMN = VIEWPORT.width - 2 * 16;

const SENTENCE = '今年以来，全市坚持以人民为中心的发展思想，持续加大民生投入，老旧小区改造、养老服务、教育医疗等领域取得新进展，群众获得感、幸福感、安全感不断增强。';
/** Nine paragraphs of ≈340 characters: ≈3,000 characters of article. */
const PARAGRAPHS = Array.from({ length: 9 }, () => `<p>${SENTENCE.repeat(5)}</p>`);

type Attributes = Record<string, string>;

/** The article's charts: one indicator across places, in both languages, and places' own figures. */
function chartList(dataset: Dataset): Attributes[] {
  const places = new Map<string, Set<string>>();
  for (const o of dataset.observations) (places.get(o.indicator) ?? places.set(o.indicator, new Set()).get(o.indicator)!).add(o.region);
  const indicators = [...places].filter(([, r]) => r.size >= 2).sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0])).map(([id]) => id);
  return [
    ...indicators.slice(0, 6).flatMap((indicator): Attributes[] => [{ indicator }, { indicator, lang: 'en' }]),
    { region: 'zhangjiakou', family: 'elderly_care_facilities', unit: '个' },
    { region: 'zhangjiakou', indicators: 'elderly_meal_points,new_school_places,old_compounds_renovated,childcare_places' },
  ];
}

interface PeerChart {
  title: string;
  height: number;
  rows: { label: string; value: number; text: string }[];
}

function peerChart(dataset: Dataset, a: Attributes): PeerChart {
  const shown = toShown(a.statuses, 'show-uncertain' in a);
  if ('kind' in shown) throw new Error(`bad statuses in ${JSON.stringify(a)}`);
  const resolved = buildBarModel(dataset, {
    indicator: a.indicator, regions: parseIdList(a.regions), region: a.region, indicators: parseIdList(a.indicators),
    category: a.category, unit: a.unit, family: a.family, sort: toSort(a.sort), lang: toLang(a.lang), shown,
  });
  if (!resolved.ok) throw new Error(`the chart ${JSON.stringify(a)} shows an error: ${resolved.problem.kind}`);
  const reserve = reserveFor(dataset, 'livelihood-bar', a);
  return {
    title: resolved.model.heading,
    height: reservedHeight((name) => reserve[name] ?? null, COLUMN)!,
    rows: resolved.model.rows.map((r) => ({ label: r.label, value: r.value ?? 0, text: r.valueLabel })),
  };
}

const HEAD = (title: string, extra: string) => `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0 auto; padding: 0 16px; max-width: 680px; font: 18px/1.7 serif; } .livelihood-chart, .chart { margin: 24px 0; } .chart h3 { margin: 0 0 4px; font: 600 17px/1.4 system-ui, sans-serif; }</style>
${extra}</head>`;

/** Paragraphs and charts interleaved: the nine paragraphs spread evenly among the charts. */
function body(charts: string[]): string {
  const parts: string[] = ['<h1>民生实事办理情况</h1>'];
  const every = charts.length / (PARAGRAPHS.length - 1);
  let next = 0;
  charts.forEach((chart, i) => {
    while (next < PARAGRAPHS.length - 1 && next * every <= i) parts.push(PARAGRAPHS[next++]!);
    parts.push(chart);
  });
  while (next < PARAGRAPHS.length) parts.push(PARAGRAPHS[next++]!);
  return `<body>\n${parts.join('\n')}\n</body></html>\n`;
}

export function writeArticlePages(dir: string, counts: number[], dataset: Dataset): void {
  mkdirSync(dir, { recursive: true });
  const list = chartList(dataset);
  for (const n of counts) {
    const charts = Array.from({ length: n }, (_, i) => list[i % list.length]!);
    const ours = charts.map((a) => snippet(dataset, 'livelihood-bar', { ...a, src: `ours-${n}.json` }, { elementOnly: true }));
    writeFileSync(
      join(dir, `ours-${n}.html`),
      // The data file preloaded with the page, as the snippet does: its fetch starts before the script runs.
      HEAD('ours', `<link rel="stylesheet" href="livelihood-charts.css">\n${preloadLink(`ours-${n}.json`)}\n<script type="module" src="livelihood-bar.code.js"></script>`) + body(ours),
    );
    const peer = charts.map((a) => peerChart(dataset, a));
    const boxes = peer.map((c, i) => `<div class="chart" id="c${i}" style="height:${c.height}px"></div>`);
    // JSON in a script element: `</` cannot occur in it (labels are names and numbers).
    const data = `<script type="application/json" id="charts">${JSON.stringify(peer).replace(/</g, '\\u003c')}</script>`;
    for (const lib of ['plot', 'chartjs']) {
      writeFileSync(join(dir, `${lib}-${n}.html`), HEAD(lib, `<script type="module" src="${lib}.js"></script>`) + body(boxes).replace('</body>', `${data}\n</body>`));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...counts] = process.argv.slice(2);
  const dataset = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
  writeArticlePages(dir!, counts.map(Number), dataset);
}
