/**
 * The chart's figures as a table for screen readers: visually hidden, still in the
 * accessibility tree. It can hold thousands of rows, so it costs as little as it can:
 * the body is built once per rows array with `textContent` (text only, never HTML), when
 * the page is idle. A chart loads it when the table is first wanted (chart-element.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FrameModel } from './frame.js';

const bodies = new WeakMap<readonly (readonly string[])[], HTMLTableSectionElement>();

/**
 * `<tbody>` of rows; each row's first string is its header cell. Rows are clones of
 * one prototype row (a clone is cheaper than creating its cells one by one).
 */
function tableBody(rows: readonly (readonly string[])[]): HTMLTableSectionElement {
  let body = bodies.get(rows);
  if (!body) {
    body = document.createElement('tbody');
    const prototypes = new Map<number, HTMLTableRowElement>();
    for (const row of rows) {
      let prototype = prototypes.get(row.length);
      if (!prototype) {
        prototype = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        prototype.append(th, ...row.slice(1).map(() => document.createElement('td')));
        prototypes.set(row.length, prototype);
      }
      const tr = prototype.cloneNode(true) as HTMLTableRowElement;
      let cell = tr.firstChild;
      for (const text of row) {
        cell!.textContent = text;
        cell = cell!.nextSibling;
      }
      body.append(tr);
    }
    bodies.set(rows, body);
  }
  return body;
}

const tables = new WeakMap<readonly (readonly string[])[], { caption: string; headers: readonly string[]; notes: readonly string[]; table: TemplateResult }>();

/**
 * The figures the chart draws, a row each: its header cell (what the row is about), then
 * its data cells. The chart's notes, which say what it leaves out, describe the table
 * (`aria-describedby`): read once where they stand under the chart, and announced with the
 * table to a reader who reaches it by table commands. The same rows give the same template
 * back, so a re-render (a hover, a focus move) costs nothing here.
 */
export function renderDataTable({ heading: caption, table: { headers, rows }, notes }: Pick<FrameModel, 'heading' | 'table' | 'notes'>): TemplateResult {
  const known = tables.get(rows);
  if (known && known.caption === caption && known.headers === headers && known.notes === notes) return known.table;
  // The wrapper hides it: a table will not shrink to 1px and would widen the page. `notes`:
  // the box of the notes (frame.ts renderFooter).
  const table = html`<div class="visually-hidden data-table"><table part="table" aria-describedby=${notes.some(Boolean) ? 'notes' : nothing}>
    <caption>${caption}</caption>
    <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    ${tableBody(rows)}
  </table></div>`;
  tables.set(rows, { caption, headers, notes, table });
  return table;
}
