/// <reference types="vite/client" />
/**
 * Render time of every chart: each tag's example from src/charts/tags.json (the demo's
 * and check:package's), on the embedded default dataset, at the render page's width.
 *
 * A sample is the time from creating the element to its drawn, laid-out chart: create
 * it, set the example's attributes, append it, await `updateComplete` (again, a task
 * then a frame at a time, until its figure is no longer busy), then
 * `getBoundingClientRect()`. The page's one default dataset and its index are shared by
 * every chart, as on a page with several (loaded and indexed by the warm-ups), so a
 * sample is the chart's own work: model, layout, render, style and layout.
 * Tags take turns in a rotating order; the page is garbage-collected (with
 * `--expose-gc`) and repainted between samples.
 */
import '../../src/index.js';
import tags from '../../src/charts/tags.json';
import { afterPaint, nextFrame, nextTask } from './element.js';

const WIDTH = 640;
const host = document.querySelector<HTMLElement>('#host')!;
host.style.width = `${WIDTH}px`;

const EXAMPLES = tags as Record<string, { example: Record<string, string> }>;

interface ReactiveElementLike extends HTMLElement {
  updateComplete: Promise<boolean>;
}

const figure = (el: Element) => el.shadowRoot?.querySelector('[part~="figure"]');

/** Awaits `updateComplete` until the chart's figure is no longer busy (drawn, or a message). */
async function drawn(el: ReactiveElementLike, maxFrames = 300): Promise<void> {
  for (let waited = 0; ; waited++) {
    await el.updateComplete;
    if (figure(el)?.getAttribute('aria-busy') === 'false' || waited > maxFrames) return;
    await (waited < 5 ? nextTask() : nextFrame());
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface ExampleResult {
  tag: string;
  markup: string;
  median: number;
  min: number;
  max: number;
  /** Height of the drawn chart, px; what it showed instead, if a message. */
  height: number;
  alert?: string;
}

async function run(runs: number, warmups: number): Promise<ExampleResult[]> {
  const names = Object.keys(EXAMPLES);
  const samples = new Map(names.map((tag) => [tag, [] as number[]]));
  const last = new Map<string, { height: number; alert?: string }>();
  for (let round = 0; round < warmups + runs; round++) {
    for (let k = 0; k < names.length; k++) {
      const tag = names[(round + k) % names.length]!;
      (globalThis as { gc?: () => void }).gc?.();
      await afterPaint();
      const start = performance.now();
      const el = document.createElement(tag) as ReactiveElementLike;
      for (const [name, value] of Object.entries(EXAMPLES[tag]!.example)) el.setAttribute(name, value);
      host.append(el);
      await drawn(el);
      const height = el.getBoundingClientRect().height;
      const elapsed = performance.now() - start;
      performance.measure(tag, { start, end: start + elapsed });
      const alert = el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim();
      last.set(tag, alert ? { height, alert } : { height });
      el.remove();
      if (round >= warmups) samples.get(tag)!.push(elapsed);
    }
  }
  return names.map((tag) => {
    const xs = samples.get(tag)!;
    const markup = `<${tag}${Object.entries(EXAMPLES[tag]!.example).map(([n, v]) => ` ${n}="${v}"`).join('')}>`;
    return { tag, markup, median: median(xs), min: Math.min(...xs), max: Math.max(...xs), ...last.get(tag)! };
  });
}

declare global {
  interface Window {
    benchExamples: { run: typeof run };
  }
}
window.benchExamples = { run };
document.body.dataset.ready = 'true';
