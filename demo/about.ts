/**
 * "About the data": the sources (publisher, date) and, per source, how many figures
 * were taken and how many numerals were skipped, by reason: the dataset's accounting,
 * shown to readers.
 */
import type { Dataset, SkipReason } from '../src/data/types.js';
import { strings, type Lang } from './strings.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** Reason → count, most frequent first. */
function reasonCounts(reasons: SkipReason[]): [SkipReason, number][] {
  const counts = new Map<SkipReason, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function reasonList(reasons: SkipReason[], lang: Lang): HTMLElement {
  const list = el('ul', undefined, 'reasons');
  for (const [reason, count] of reasonCounts(reasons)) {
    const item = el('li');
    item.append(el('span', strings[lang].reasons[reason]), el('b', String(count)));
    list.append(item);
  }
  return list;
}

/**
 * Each cell names its column in `data-label`: on a narrow screen the table is stacked,
 * one block per report, and the column headings are shown beside the values instead.
 */
function labelCells(row: HTMLTableRowElement, headers: readonly string[]): void {
  [...row.cells].forEach((cell, i) => (cell.dataset.label = headers[i] ?? ''));
}

export function renderAbout(dataset: Dataset, lang: Lang): HTMLElement {
  const t = strings[lang];
  const section = el('section');
  section.id = 'about';
  section.className = 'about';
  section.append(el('h2', t.about));
  section.append(
    el(
      'p',
      t.aboutText(
        dataset.sources.length,
        dataset.observations.length,
        dataset.skipped.length,
        new Set(dataset.observations.map((o) => o.indicator)).size,
        new Set(dataset.observations.map((o) => o.region)).size,
      ),
    ),
  );

  const regionName = new Map(dataset.regions.map((r) => [r.id, r.name[lang]]));
  const table = el('table');
  const head = el('tr');
  for (const h of t.sourceHeaders) head.append(el('th', h));
  table.append(el('thead'));
  table.tHead!.append(head);
  const body = el('tbody');
  for (const source of dataset.sources) {
    const figures = dataset.observations.filter((o) => o.source === source.id).length;
    const skipped = dataset.skipped.filter((s) => s.source === source.id).map((s) => s.reason);
    const row = el('tr');
    const title = el('td');
    if (source.url) {
      const link = el('a', source.title || source.file);
      link.href = source.url;
      title.append(link);
    } else title.textContent = source.title || source.file;
    title.append(el('small', source.file));
    const published = source.published
      ? formatDate(source.published, lang) + (source.publishedFrom === 'manifest' ? t.dateFromManifest : '')
      : t.notStated;
    row.append(
      title,
      el('td', regionName.get(source.region) ?? source.region),
      el('td', source.publisher ?? t.notStated, source.publisher ? undefined : 'muted'),
      el('td', published, source.published ? undefined : 'muted'),
      el('td', String(figures), 'number'),
    );
    const skippedCell = el('td');
    skippedCell.append(el('b', String(skipped.length), 'number'), reasonList(skipped, lang));
    row.append(skippedCell);
    labelCells(row, t.sourceHeaders);
    body.append(row);
  }
  const total = el('tr', undefined, 'total');
  const totalSkipped = el('td');
  totalSkipped.append(
    el('b', String(dataset.skipped.length), 'number'),
    reasonList(dataset.skipped.map((s) => s.reason), lang),
  );
  total.append(el('td', t.total), el('td'), el('td'), el('td'), el('td', String(dataset.observations.length), 'number'), totalSkipped);
  labelCells(total, t.sourceHeaders);
  body.append(total);
  table.append(body);
  const scroller = el('div', undefined, 'table-scroll');
  scroller.append(table);
  section.append(scroller);
  return section;
}
