/**
 * The embed snippet of a chart: the script, the stylesheet that holds its room, and the
 * element with its attributes and the height it will take at each width (kit/reserve.ts),
 * so that the page does not move when it draws; for a chart with `src`, a preload link
 * that starts fetching its data with the page rather than once the script has run. Used by the demo's "copy" buttons and
 * the CLI's `snippet` command. Pure: the dataset in, markup out; no DOM, no gazetteer.
 */
import type { Dataset } from '../data/types.js';
import { RESERVE_CONTAINER, reserveAttributes } from '../kit/reserve.js';
import { compareChartHeight } from './city-compare/size.js';
import { barChartHeight } from './livelihood-bar/size.js';
import { progressChartHeight } from './livelihood-progress/size.js';
import { statChartHeight } from './livelihood-stat/size.js';
import { tableChartHeight } from './livelihood-table/size.js';
import { trendChartHeight } from './livelihood-trend/size.js';
import { addEnglish as addCompareEnglish } from './city-compare/messages-en.js';
import { addEnglish as addBarEnglish } from './livelihood-bar/messages-en.js';
import { addEnglish as addProgressEnglish } from './livelihood-progress/messages-en.js';
import { addEnglish as addStatEnglish } from './livelihood-stat/messages-en.js';
import { addEnglish as addTableEnglish } from './livelihood-table/messages-en.js';
import { addEnglish as addTrendEnglish } from './livelihood-trend/messages-en.js';
import { levelsNote } from '../kit/model/levels-note.js';
import { undatedNote } from '../kit/model/undated-note.js';
import { spansNote, withoutMultiYear } from '../kit/model/spans-note.js';
import { barSelectionNotes } from './livelihood-bar/selection-notes.js';
import { compareSelectionNotes } from './city-compare/selection-notes.js';
import { conflictsNote } from '../kit/model/conflicts-note.js';
import { provideNoteWriters } from '../kit/model/notes.js';
import { placeSources } from '../kit/model/source-places.js';
import { renamedIds } from '../kit/model/renamed.js';
import { provideArticleForm } from '../kit/model/format.js';
import { articleForm } from '../kit/model/article-form.js';

// Heights of charts in English need the English strings, which charts load on demand;
// added when heights are first asked for (a bare call here would be shaken out).
const ENGLISH = [addCompareEnglish, addBarEnglish, addProgressEnglish, addStatEnglish, addTableEnglish, addTrendEnglish];

/** Each chart's height at a width, from the dataset and its attributes. */
const HEIGHTS: Record<string, (dataset: Dataset, attributes: Readonly<Record<string, string>>) => ((width: number) => number) | undefined> = {
  'livelihood-bar': barChartHeight,
  'city-compare': compareChartHeight,
  'livelihood-stat': statChartHeight,
  'livelihood-progress': progressChartHeight,
  'livelihood-trend': trendChartHeight,
  'livelihood-table': tableChartHeight,
};

export const SNIPPET_TAGS = Object.keys(HEIGHTS);

/** Where the CDN files are, by default. */
export const DEFAULT_SCRIPT = 'https://unpkg.com/livelihood-charts/dist/cdn/livelihood-charts.js';

export interface SnippetOptions {
  /** URL of the script; default: the CDN bundle. */
  script?: string;
  /** URL of livelihood-charts.css; default: beside the script. */
  stylesheet?: string;
  /** Leave out the script, stylesheet and preload tags (a page with several charts needs them once: `preloadLink`). */
  elementOnly?: boolean;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The height of `<tag>` with `attributes` on `dataset` at a container width; undefined for an unknown tag or a chart that would show an error. */
export function chartHeight(dataset: Dataset, tag: string, attributes: Readonly<Record<string, string>>): ((width: number) => number) | undefined {
  for (const add of ENGLISH) add();
  // The notes only some charts have, which charts write with a chunk loaded on demand.
  provideNoteWriters({ levelsNote, undatedNote, spansNote, withoutMultiYear, barSelectionNotes, compareSelectionNotes, conflictsNote, placeSources, renamedIds });
  provideArticleForm(articleForm);
  return HEIGHTS[tag]?.(dataset, attributes);
}

/** The reserving attributes of `<tag>` with `attributes` on `dataset`. */
export function reserveFor(dataset: Dataset, tag: string, attributes: Readonly<Record<string, string>>): Record<string, string> {
  const heightAt = chartHeight(dataset, tag, attributes);
  return heightAt ? reserveAttributes(heightAt) : {};
}

/**
 * Fetches a chart's `src` with the page: the chart's own request (kit/element/load.ts: the
 * same URL, `cors` mode, same-origin credentials, as `crossorigin` says) takes the
 * preloaded response instead of asking again once the script has run.
 */
export function preloadLink(src: string): string {
  return `<link rel="preload" href="${escapeAttribute(src)}" as="fetch" crossorigin>`;
}

/** `<div class="livelihood-chart"><tag a="…" height="…" …></tag></div>`, after the preload (with `src`), script and stylesheet tags. */
export function snippet(dataset: Dataset, tag: string, attributes: Readonly<Record<string, string>>, options: SnippetOptions = {}): string {
  // The language the heights were measured in, written out: a chart without one takes its page's,
  // and an English page would draw a Chinese snippet's chart taller than its room (QA s11b B4).
  const all = { ...attributes, lang: attributes.lang ?? 'zh', ...reserveFor(dataset, tag, attributes) };
  const markup = Object.entries(all)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const element = `<div class="${RESERVE_CONTAINER}"><${tag}${markup}></${tag}></div>`;
  if (options.elementOnly) return element;
  const script = options.script ?? DEFAULT_SCRIPT;
  const stylesheet = options.stylesheet ?? script.replace(/[^/]*$/, 'livelihood-charts.css');
  return [
    ...(attributes.src ? [preloadLink(attributes.src)] : []),
    `<script type="module" src="${escapeAttribute(script)}"></script>`,
    `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">`,
    element,
  ].join('\n');
}
