/// <reference types="vite/client" />
/**
 * The demo gallery (`npm start`): every example chart from examples.ts, each with the
 * exact markup that embeds it, in Chinese or English, light or dark. `?lang=en` and
 * `?theme=dark` pick the switches' state (the screenshots use them). The theme switch
 * sets the page's `color-scheme` (styles.css), and the charts follow it with no `theme`
 * of their own, as they would on a news site with a dark mode.
 */
import type { Dataset } from '../src/data/types.js';
import { renderAbout } from './about.js';
import { ExampleSection, galleryExamples, type Example } from './examples.js';
import { strings, type Lang } from './strings.js';
import { DEFAULT_SCRIPT, snippet as embedSnippet } from '../src/charts/snippet.js';

import '../src/index.js';
import tags from '../src/charts/tags.json';

const loadDataset = async () => (await import('../src/dataset/livelihood.json')).default as unknown as Dataset;

type Theme = 'light' | 'dark';
interface State {
  lang: Lang;
  theme: Theme;
}

const CHART_TAGS = Object.keys(tags).join(', ');
const params = new URLSearchParams(location.search);
const state: State = {
  lang: params.get('lang') === 'en' ? 'en' : 'zh',
  theme: (params.get('theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark' ? 'dark' : 'light',
};
const gallery = document.querySelector<HTMLElement>('#gallery')!;
let dataset: Dataset | undefined;

/**
 * The example's markup in the language picked: what to paste to get the chart shown, in
 * the wrapper that holds its height at every width once the dataset is here (snippet.ts).
 * No `theme`: light or dark is the page's (its `color-scheme`).
 */
function embedCode(example: Example): string {
  const extra = state.lang === 'en' ? ' lang="en"' : '';
  const markup = example.html.replace(/^<([a-z-]+)/, `<$1${extra}`);
  if (!dataset) return markup;
  const template = element('template');
  template.innerHTML = markup;
  const chart = template.content.firstElementChild!;
  return embedSnippet(dataset, chart.localName, Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])), { elementOnly: true });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission (http, old browsers): copy from a selection.
    const area = element('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = strings[state.lang].copied;
  setTimeout(() => (button.textContent = strings[state.lang].copy), 1500);
}

/** Code shown as text, with a copy button; `code()` gives the current text. */
function snippet(label: () => string, code: () => string): HTMLElement {
  const box = element('div', 'snippet');
  const bar = element('div', 'snippet-bar');
  const name = element('span', 'snippet-label');
  const button = element('button', 'copy');
  button.type = 'button';
  button.addEventListener('click', () => copy(code(), button));
  const pre = element('pre');
  const codeEl = element('code');
  pre.append(codeEl);
  bar.append(name, button);
  box.append(bar, pre);
  box.dataset.refresh = '';
  (box as HTMLElement & { refresh?: () => void }).refresh = () => {
    name.textContent = label();
    button.textContent = strings[state.lang].copy;
    codeEl.textContent = code();
  };
  return box;
}

function card(example: Example): HTMLElement {
  const article = element('article', 'example');
  article.id = example.id;
  // A chart brings its own heading, so the example's title is for screen readers, except
  // over the charts that show a message instead.
  const title = element('h3', example.section === 'message' ? undefined : 'visually-hidden');
  title.dataset.zh = example.title.zh;
  title.dataset.en = example.title.en;
  const slot = element('div', 'chart-slot');
  // Our own markup (examples.ts escapes attribute values), parsed as the page would.
  const template = element('template');
  template.innerHTML = example.html;
  slot.append(template.content);
  article.append(title, slot, snippet(() => strings[state.lang].code, () => embedCode(example)));
  return article;
}

/**
 * A masonry-like grid without `grid-template-rows: masonry` (not in Chromium): the grid's
 * rows are ROW px tall, and each card spans as many as its height (plus the gap) needs,
 * so a card takes the column that frees up first and a tall comparison sits beside a
 * stack of shorter ones instead of a gap. Cards stay in reading order in the markup.
 */
const ROW = 4;
const masonry = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const card = target as HTMLElement;
    const gap = parseFloat(getComputedStyle(card.parentElement!).columnGap) || 0;
    card.style.gridRowEnd = `span ${Math.max(1, Math.ceil((card.offsetHeight + gap) / ROW))}`;
  }
});

function section(id: ExampleSection, list: readonly Example[]): HTMLElement | undefined {
  const shown = list.filter((e) => e.section === id);
  if (shown.length === 0) return undefined;
  const node = element('section', 'examples');
  node.id = id;
  const heading = element('h2');
  heading.dataset.section = id;
  const note = element('p', 'section-note');
  note.dataset.sectionNote = id;
  // Comparisons differ most in height (a few hundred px to two thousand): a masonry flow.
  const grid = element('div', id === ExampleSection.compare ? 'grid masonry' : 'grid');
  const cards = shown.map(card);
  grid.append(...cards);
  if (id === ExampleSection.compare) for (const c of cards) masonry.observe(c);
  node.append(heading, note, grid);
  return node;
}

function renderEmbed(): void {
  const host = document.querySelector('#embed-snippets')!;
  host.replaceChildren(
    snippet(
      () => strings[state.lang].embedNpm,
      () => `npm install livelihood-charts\n\n${Object.keys(tags).map((tag) => `import 'livelihood-charts/${tag}.js';`).join('\n')}`,
    ),
    snippet(
      () => strings[state.lang].embedCdn,
      () => `<script type="module" src="${DEFAULT_SCRIPT}"></script>\n<link rel="stylesheet" href="${DEFAULT_SCRIPT.replace(/[^/]*$/, 'livelihood-charts.css')}">`,
    ),
  );
}

function renderNav(): void {
  const t = strings[state.lang];
  const nav = document.querySelector('#sections')!;
  const links: [string, string][] = [['embed', t.embedHeading]];
  for (const id of Object.values(ExampleSection)) {
    if (document.getElementById(id)) links.push([id, t.sections[id]]);
  }
  if (dataset) links.push(['about', t.about]);
  nav.replaceChildren(
    ...links.map(([id, text]) => {
      const a = element('a', undefined, text);
      a.href = `#${id}`;
      return a;
    }),
  );
}

/** Puts the state on the page, every chart and every piece of text. */
function apply(): void {
  const t = strings[state.lang];
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.documentElement.dataset.theme = state.theme;
  document.title = `${t.title} · livelihood-charts`;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = t[node.dataset.text as 'title'];
  }
  for (const group of document.querySelectorAll<HTMLElement>('.switch')) {
    group.setAttribute('aria-label', t[group.dataset.label as 'language' | 'theme']);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme]')) {
    button.setAttribute('aria-pressed', String(button.dataset.theme === state.theme));
  }
  for (const h of document.querySelectorAll<HTMLElement>('[data-section]')) h.textContent = t.sections[h.dataset.section as ExampleSection];
  for (const p of document.querySelectorAll<HTMLElement>('[data-section-note]')) {
    p.textContent = t.sectionNotes[p.dataset.sectionNote as ExampleSection];
  }
  for (const h of document.querySelectorAll<HTMLElement>('h3[data-zh]')) h.textContent = h.dataset[state.lang] ?? '';
  for (const chart of gallery.querySelectorAll(CHART_TAGS)) {
    chart.setAttribute('lang', state.lang);
  }
  for (const box of document.querySelectorAll<HTMLElement & { refresh?: () => void }>('[data-refresh]')) box.refresh?.();
  if (dataset) document.querySelector('#about')?.replaceWith(renderAbout(dataset, state.lang));
  renderNav();
}

function setState(next: Partial<State>): void {
  Object.assign(state, next);
  const url = new URL(location.href);
  url.searchParams.set('lang', state.lang);
  url.searchParams.set('theme', state.theme);
  history.replaceState(null, '', url);
  apply();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  button.addEventListener('click', () => setState({ lang: button.dataset.lang as Lang }));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme]')) {
  button.addEventListener('click', () => setState({ theme: button.dataset.theme as Theme }));
}

async function main(): Promise<void> {
  renderEmbed();
  for (const id of Object.values(ExampleSection)) {
    const node = section(id, galleryExamples);
    if (node) gallery.append(node);
  }
  apply();
  const status = element('p', 'status', strings[state.lang].loading);
  gallery.append(status);
  try {
    dataset = await loadDataset();
    const about = element('section');
    about.id = 'about';
    gallery.append(about);
    status.remove();
  } catch (error) {
    status.className = 'status error';
    status.textContent = strings[state.lang].loadFailed + (error instanceof Error ? error.message : String(error));
  }
  apply();
  gallery.removeAttribute('aria-busy');
  document.body.dataset.ready = 'true';
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

main();
