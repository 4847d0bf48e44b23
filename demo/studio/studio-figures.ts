/**
 * The table of figures: a real <table>, sortable by any column (the header's button,
 * `aria-sort` on the header) and filterable by words, status and review state. Each row
 * can be marked checked in place, or opened in an editor row below it with the fields of
 * a corrections file and the sentence the figure came from. The rows a filter shows can
 * be corrected at once (a period, status, place or check), in a dialog that lists which
 * rows change and how before it applies. The table edits nothing itself: it hands the
 * editor's values to `correct` (or `bulk`) and shows the error it returns.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { STATUSES, type Observation, type Period, type Status } from '../../src/data/types.js';
import { bulkFilled, EMPTY_BULK, summarizePlan, type BulkEdit, type BulkField, type BulkPicks, type BulkPlan, type BulkResult } from '../../src/studio/bulk.js';
import { editOf, periodLabel, type FigureEdit } from '../../src/studio/edits.js';
import { formatPeriod } from '../../src/kit/model/format.js';
import { DEFAULT_QUERY, queryRows, quoteOnlyWords, SortKey, type FigureRow, type RowQuery } from '../../src/studio/rows.js';
import { contextOf, wordRuns } from '../../src/studio/segments.js';
import { toLang } from '../../src/kit/model/lang.js';
import { studioStrings, type StudioStrings } from './strings.js';
import { base, statusMarks } from './styles.js';

export interface Option {
  id: string;
  label: string;
}

/** Applies an edit; returns an error message for the form, or null when it applied. */
export type CorrectFigure = (figure: Observation, edit: FigureEdit | null) => string | null;

/** The studio's side of bulk correction: what an edit of the rows would do, doing it, and taking the last one back. */
export interface BulkActions {
  plan: (rows: readonly FigureRow[], edit: BulkEdit, picks?: BulkPicks) => BulkResult;
  /** Applies the edit to the rows picked; returns an error message, or null when it applied. */
  apply: (rows: readonly FigureRow[], edit: BulkEdit, picks?: BulkPicks) => string | null;
  /** Takes the last batch back; says how it went. */
  undo: () => string;
  /** The last batch that can be taken back: how many rows, which fields. */
  last: { rows: number; fields: readonly BulkField[] } | undefined;
}

const NO_BULK: BulkActions = { plan: () => ({ ok: false, field: 'periodLabel', message: '' }), apply: () => null, undo: () => '', last: undefined };
/** Asks the article pane to bring a figure's numeral into view and focus it. */
export class StudioShowEvent extends Event {
  constructor(readonly span: [number, number]) {
    super('studio-show', { bubbles: true, composed: true });
  }
}

/** Characters of a sentence shown either side of the words a filter matched in it. */
const QUOTE_ROOM = 16;

/** Most "from → to" lines a field lists in the dialog before saying how many more there are. */
const MAX_STEPS = 6;

export class StudioFigures extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    rows: { attribute: false },
    indicators: { attribute: false },
    regions: { attribute: false },
    editing: { attribute: false },
    correct: { attribute: false },
    bulk: { attribute: false },
    query: { state: true },
    error: { state: true },
    bulkEdit: { state: true },
    bulkMessage: { state: true },
    bulkPicks: { state: true },
    text: { attribute: false },
  };

  static override styles = [
    base,
    statusMarks,
    css`
      :host {
        container: figures / inline-size;
      }
      .filters {
        margin-bottom: 8px;
      }
      .scroll {
        overflow-x: auto;
        max-height: 70vh;
        overflow-y: auto;
        border: 1px solid var(--_line);
        border-radius: 8px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        min-width: 700px;
        font-size: 14px;
        background: var(--_surface);
      }
      caption {
        text-align: start;
        padding: 6px 8px;
        color: var(--_muted);
      }
      th,
      td {
        border-bottom: 1px solid var(--_line);
        padding: 4px;
        text-align: start;
        vertical-align: top;
      }
      /* The header row only: a row's own header (its figure) scrolls with it, under the header. */
      thead th,
      thead td {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--_code);
      }
      td button {
        white-space: nowrap;
      }
      /*
       * Short words stay whole (已完成, 石家庄市, a date): a table too narrow for them is
       * shown as cards instead (below). Chinese words do not wrap at all; English ones
       * still wrap between words (Inner / Mongolia).
       */
      thead th {
        white-space: nowrap;
      }
      td.region,
      td.status,
      td.period,
      .flag {
        word-break: keep-all;
      }
      td.subject,
      td.indicator {
        min-width: 7em;
      }
      th button {
        border: 0;
        background: none;
        padding: 0;
        font-weight: 600;
      }
      th[aria-sort] button::after {
        content: ' ▲';
      }
      th[aria-sort='descending'] button::after {
        content: ' ▼';
      }
      .raw span {
        padding: 0 3px;
        white-space: nowrap;
      }
      /* The article's own words for the period, under the dates they were read as. */
      .written {
        display: block;
        /* The article's own words may be a long phrase: they wrap as Chinese does. */
        word-break: normal;
        color: var(--_muted);
        font-size: 0.85em;
      }
      tr.excluded td {
        color: var(--_muted);
        text-decoration: line-through;
      }
      tr.excluded td.check,
      tr.excluded td.actions {
        text-decoration: none;
      }
      tr.open {
        background: var(--_open-row);
      }
      .tag {
        font-size: 12px;
        border: 1px solid var(--_muted);
        border-radius: 4px;
        padding: 0 4px;
        margin-inline-start: 4px;
        white-space: nowrap;
      }
      .tag.undated {
        border-style: dashed;
        margin-inline-start: 0;
      }
      /*
       * Too narrow for the table's columns (a phone): each figure is a card of "label:
       * value" lines, every field and the edit button in view, no sideways scrolling. The
       * header stays as a row of sort buttons.
       */
      @container figures (max-width: 719px) {
        .scroll {
          max-height: none;
          overflow: visible;
          border: 0;
        }
        table,
        tbody,
        tbody tr,
        tbody td,
        tbody th {
          display: block;
        }
        table {
          min-width: 0;
          background: none;
        }
        caption {
          display: block;
          padding: 0 0 6px;
        }
        thead tr {
          display: flex;
          flex-wrap: wrap;
          gap: 4px 14px;
          padding-bottom: 8px;
        }
        /* Said once before the buttons, since they no longer head columns. */
        thead tr::before {
          content: attr(data-sort);
          color: var(--_muted);
        }
        thead th,
        thead td {
          position: static;
          background: none;
          border: 0;
          padding: 0;
        }
        thead td {
          display: none;
        }
        tbody tr[data-id] {
          position: relative;
          display: flex;
          flex-wrap: wrap;
          align-items: baseline;
          gap: 2px 8px;
          margin-bottom: 8px;
          padding: 8px 10px;
          border: 1px solid var(--_line);
          border-radius: 8px;
          background: var(--_surface);
        }
        tbody tr.open {
          background: var(--_open-row);
        }
        tbody tr[data-id] > * {
          border: 0;
          padding: 0;
        }
        tbody td[data-label] {
          display: flex;
          flex: 1 0 100%;
          gap: 8px;
          min-width: 0;
        }
        tbody td[data-label]::before {
          content: attr(data-label);
          flex: 0 0 4.5em;
          color: var(--_muted);
        }
        /* No flags: no empty line, but the cell stays in the table for screen readers' column counts. */
        tbody td.flags.none {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tbody td.check {
          flex: 1 0 auto;
          align-items: center;
        }
        tbody td.actions {
          margin-inline-start: auto;
        }
        .editor {
          margin-bottom: 8px;
        }
      }
      .editor td {
        background: var(--_editor);
        padding: 12px;
      }
      .editor form {
        display: grid;
        /* Not wider than the card: a select as wide as its longest option shrinks to it. */
        grid-template-columns: minmax(0, 1fr);
        gap: 10px;
      }
      figure.quote {
        margin: 0;
      }
      blockquote {
        margin: 0;
        padding: 6px 10px;
        border-left: 4px solid var(--_accent);
        background: var(--_code);
      }
      blockquote mark {
        background: #ffe08a;
        color: #1f1f1f;
      }
      /* Why a row matched a filter none of its cells shows: the sentence around the words. */
      .why {
        display: block;
        font-size: 0.85em;
        color: var(--_muted);
      }
      .why mark,
      .context mark {
        background: #ffe08a;
        color: #1f1f1f;
      }
      .context summary {
        cursor: pointer;
      }
      .context-text {
        padding: 2px 10px;
        border-left: 4px solid var(--_line);
        background: var(--_code);
      }
      .context-text p {
        margin: 6px 0;
      }
      .picks {
        list-style: none;
        margin: 4px 0 0;
        padding: 0;
        max-height: 16em;
        overflow-y: auto;
      }
      .picks li {
        margin: 2px 0;
      }
      .warn {
        font-weight: 600;
        color: var(--_text);
      }
      .editor .row label {
        min-width: 10em;
      }
      .bulk-bar {
        align-items: center;
        margin-bottom: 4px;
      }
      button[aria-disabled='true'] {
        opacity: 0.6;
        cursor: default;
      }
      #bulk-status:empty {
        display: none;
      }
      dialog {
        width: min(44em, calc(100vw - 32px));
        max-height: calc(100dvh - 32px);
        overflow-y: auto;
        border: 1px solid var(--_line);
        border-radius: 8px;
        background: var(--_surface);
        color: var(--_text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      dialog form {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 10px;
      }
      dialog fieldset .hint {
        margin: 6px 0 0;
      }
      /* A select as wide as its longest place name shrinks to the dialog. */
      dialog select {
        width: 100%;
      }
      .summary p {
        margin: 0;
        font-weight: 600;
      }
      .steps {
        margin: 4px 0 0;
      }
      .steps dt {
        margin-top: 4px;
        color: var(--_muted);
      }
      .steps dd {
        margin-inline-start: 1em;
      }
      .steps .value {
        display: inline-block;
      }
      /* The buttons stay in view while a long list of changes scrolls (a phone). */
      dialog .actions {
        position: sticky;
        bottom: -16px;
        padding: 8px 0 16px;
        margin-bottom: -16px;
        background: var(--_surface);
      }
    `,
  ];

  /** The studio's language: `zh` (default) or `en`; the charts it previews pick their own. */
  declare lang: string;

  private get t(): StudioStrings {
    return studioStrings(toLang(this.lang));
  }

  rows: readonly FigureRow[] = [];
  /** Indicator choices (the dataset's). */
  indicators: readonly Option[] = [];
  /** Region choices, in groups. */
  regions: readonly { label: string; options: readonly Option[] }[] = [];
  /** Observation id of the figure in the editor. */
  editing: string | undefined;
  correct: CorrectFigure = () => null;
  bulk: BulkActions = NO_BULK;
  private query: RowQuery = DEFAULT_QUERY;
  private error: string | null = null;
  /** The bulk dialog's fields while it is open; null when closed. */
  private bulkEdit: BulkEdit | null = null;
  /** What the last bulk correction or its undo did, said in the status line under the filters. */
  private bulkMessage = '';
  /** The rows the editor unticked in the bulk dialog, and the corrected rows ticked to be overwritten. */
  private bulkPicks: BulkPicks = { omit: new Set(), overwrite: new Set() };
  /** The article as decoded (the figures' spans index into it), for a figure's context. */
  text = '';

  /** Opens (or, with undefined, closes) a figure's editor and brings it into view. */
  async open(id: string | undefined): Promise<void> {
    this.editing = id;
    this.error = null;
    if (id && !queryRows(this.rows, this.query).some((r) => r.base.id === id)) this.query = DEFAULT_QUERY;
    this.dispatchEvent(new CustomEvent('studio-editing', { detail: id, bubbles: true, composed: true }));
    await this.updateComplete;
    if (id) {
      const form = this.renderRoot.querySelector<HTMLElement>('tr.editor');
      form?.scrollIntoView({ block: 'nearest' });
      form?.querySelector<HTMLElement>('input, select')?.focus();
    }
  }

  private setQuery(patch: Partial<RowQuery>): void {
    this.query = { ...this.query, ...patch };
  }

  private sortBy(key: SortKey): void {
    this.setQuery({ sort: key, descending: this.query.sort === key ? !this.query.descending : false });
  }

  private handleSubmit(event: SubmitEvent, row: FigureRow): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: keyof FigureEdit) => String(data.get(name) ?? '');
    const edit: FigureEdit = {
      subject: text('subject'),
      labelZh: text('labelZh'),
      labelEn: text('labelEn'),
      indicator: text('indicator'),
      region: text('region'),
      periodLabel: text('periodLabel'),
      periodStart: text('periodStart'),
      periodEnd: text('periodEnd'),
      status: text('status') as Status,
      include: data.get('include') === 'on',
      checked: data.get('checked') === 'on',
      note: text('note'),
    };
    this.error = this.correct(row.base, edit);
    if (!this.error) void this.close(row);
  }

  /**
   * New dates while the period's words are the article's (今年) or were written from
   * earlier dates: the words follow the dates, so the form never shows 今年 over 1–9月.
   */
  private handleDates(event: Event, row: FigureRow): void {
    const form = event.currentTarget as HTMLFormElement;
    const field = (event.target as HTMLInputElement).name;
    if (!['periodStart', 'periodEnd', 'status'].includes(field)) return;
    const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const label = input('periodLabel');
    const was = row.base.period;
    if (label.value !== was.label && label.value !== label.dataset.written) return;
    const written = periodLabel(was, was.label, input('periodStart').value, input('periodEnd').value, input('status').value as Status);
    label.value = written;
    label.dataset.written = written;
  }

  private revert(row: FigureRow): void {
    this.error = this.correct(row.base, null);
    if (!this.error) void this.close(row);
  }

  private async close(row: FigureRow): Promise<void> {
    await this.open(undefined);
    this.renderRoot.querySelector<HTMLElement>(`button[data-edit="${row.base.id}"]`)?.focus();
  }

  private toggleChecked(row: FigureRow, checked: boolean): void {
    const edit = { ...editOf(row.base, row.correction), checked };
    this.error = this.correct(row.base, edit);
  }

  /** Opens the bulk dialog over the rows shown, its fields empty (nothing is changed until the editor fills one). */
  private async openBulk(): Promise<void> {
    // Not `disabled` when no row is shown: the focus stays on it after a bulk edit whose rows leave the filter.
    if (!queryRows(this.rows, this.query).length) return;
    this.bulkEdit = EMPTY_BULK;
    this.bulkPicks = { omit: new Set(), overwrite: new Set() };
    this.bulkMessage = '';
    this.error = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('#bulk-dialog')?.showModal();
  }

  /** The dialog's fields, read on every input, so the list of changes follows as the editor types. */
  private handleBulkInput(event: Event): void {
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: keyof BulkEdit) => String(data.get(name) ?? '');
    this.error = null;
    this.bulkEdit = {
      periodLabel: text('periodLabel'),
      periodStart: text('periodStart'),
      periodEnd: text('periodEnd'),
      periodNoStart: data.get('periodNoStart') === 'none' ? 'none' : '',
      status: text('status') as BulkEdit['status'],
      region: text('region'),
      checked: text('checked') as BulkEdit['checked'],
    };
  }

  private handleBulkSubmit(event: SubmitEvent, rows: readonly FigureRow[]): void {
    event.preventDefault();
    const edit = this.bulkEdit;
    if (!edit) return;
    const planned = this.bulk.plan(rows, edit, this.bulkPicks);
    if (!planned.ok || !planned.plan.changes.length) return;
    this.error = this.bulk.apply(rows, edit, this.bulkPicks);
    if (this.error) return;
    const { changes, kept, omitted } = planned.plan;
    this.bulkMessage = this.t.bulkApplied(changes.length, kept.map((c) => c.figure.raw), omitted.length);
    this.renderRoot.querySelector<HTMLDialogElement>('#bulk-dialog')?.close();
  }

  /** Closed by applying, by cancel or by Escape: the focus goes back to the button that opened it. */
  private async handleBulkClosed(): Promise<void> {
    this.bulkEdit = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#bulk')?.focus();
  }

  private async undoBulk(): Promise<void> {
    this.bulkMessage = this.bulk.undo();
    await this.updateComplete;
    // The undo button may be gone with its batch: the focus stays in the bulk controls.
    this.renderRoot.querySelector<HTMLElement>('#bulk-undo, #bulk')?.focus();
  }

  /**
   * Ticks or unticks a row of the bulk dialog: a row with corrections of its own the edit
   * would change is overwritten only when ticked, any other is changed unless unticked.
   */
  private pick(id: string, on: boolean, corrected: boolean): void {
    const omit = new Set(this.bulkPicks.omit);
    const overwrite = new Set(this.bulkPicks.overwrite);
    if (on) omit.delete(id);
    else if (!corrected) omit.add(id);
    if (corrected && on) overwrite.add(id);
    else overwrite.delete(id);
    this.bulkPicks = { omit, overwrite };
  }

  /** Ticks (or unticks) every row with corrections of its own the edit would change. */
  private pickCorrected(ids: readonly string[], on: boolean): void {
    for (const id of ids) this.pick(id, on, true);
  }

  /** A period as the table shows it: as the charts write it, with the words when they say more. */
  private periodText(period: Period, status: Status): string {
    const lang = toLang(this.lang);
    const shown = formatPeriod(period, lang, status);
    const fromDates = period.label === formatPeriod(period, 'zh', status);
    return period.label === shown || fromDates ? shown : lang === 'zh' ? `${shown}（${period.label}）` : `${shown} (${period.label})`;
  }

  private regionName(id: string): string {
    for (const g of this.regions) for (const o of g.options) if (o.id === id) return o.label;
    return this.rows.find((r) => r.base.region === id)?.region ?? id;
  }

  private renderBulkBar(shown: readonly FigureRow[]): TemplateResult {
    const last = this.bulk.last;
    return html`<div class="bulk-bar row">
        <button type="button" id="bulk" aria-haspopup="dialog" aria-disabled=${shown.length ? 'false' : 'true'} @click=${this.openBulk}>${this.t.bulkOpen(shown.length)}</button>
        ${last
          ? html`<span id="bulk-last" class="hint">${this.t.bulkLast(last.rows, last.fields.map((f) => this.t.bulkFields[f]).join(this.t.listSeparator))}</span>
              <button type="button" id="bulk-undo" aria-describedby="bulk-last" @click=${this.undoBulk}>${this.t.bulkUndo}</button>`
          : nothing}
      </div>
      <p class="hint" id="bulk-status" role="status">${this.bulkMessage}</p>`;
  }

  /** What the plan changes, field by field: "from → to (n rows)", most rows first. */
  private renderSteps(plan: BulkPlan): TemplateResult {
    const t = this.t;
    const s = summarizePlan(plan);
    // Each value kept on one line where it fits: a narrow dialog breaks between them.
    const step = (from: string, to: string, count: number) => html`<span class="value">${from}</span> → <span class="value">${to}</span>${t.bulkRows(count)}`;
    const fields: [BulkField, TemplateResult[]][] = [
      ['period', s.period.map((x) => step(this.periodText(x.from.period, x.from.status), this.periodText(x.to.period, x.to.status), x.count))],
      ['status', s.status.map((x) => step(t.statuses[x.from], t.statuses[x.to], x.count))],
      ['region', s.region.map((x) => step(this.regionName(x.from), this.regionName(x.to), x.count))],
      ['checked', s.checked.map((x) => step(t.bulkCheckedValues[`${x.from}`], t.bulkCheckedValues[`${x.to}`], x.count))],
    ];
    return html`<dl class="steps">
      ${fields
        .filter(([, lines]) => lines.length)
        .map(
          ([field, lines]) => html`<dt>${t.bulkFields[field]}</dt>
            ${lines.slice(0, MAX_STEPS).map((line) => html`<dd>${line}</dd>`)}
            ${lines.length > MAX_STEPS ? html`<dd>${t.bulkMore(lines.length - MAX_STEPS)}</dd>` : nothing}`,
        )}
    </dl>`;
  }

  /**
   * Rows whose own corrections the edit would overwrite: named, left out unless the editor
   * ticks them here (or one by one in the list of rows).
   */
  private renderKept(plan: BulkPlan): TemplateResult | typeof nothing {
    const ids = [...plan.corrected.keys()];
    if (!ids.length) return nothing;
    const all = ids.every((id) => this.bulkPicks.overwrite.has(id) && !this.bulkPicks.omit.has(id));
    return html`<label class="inline"
      ><input type="checkbox" id="bulk-overwrite" .checked=${all} @change=${(e: Event) => this.pickCorrected(ids, (e.target as HTMLInputElement).checked)} />${this.t.bulkOverwrite(ids.length)}</label
    >`;
  }

  /** Every row shown, each with a box to leave it out of the edit (collapsed: most edits take them all). */
  private renderPicks(rows: readonly FigureRow[], plan: BulkPlan | undefined): TemplateResult {
    const t = this.t;
    const listed = rows.filter((r) => r.shown);
    return html`<details id="bulk-pick">
      <summary>${t.bulkPick(listed.length)}</summary>
      <p class="hint" id="bulk-pick-hint">${t.bulkPickHint}</p>
      <ul class="picks" aria-describedby="bulk-pick-hint">
        ${listed.map((r) => {
          const own = plan?.corrected.get(r.base.id);
          const on = own ? this.bulkPicks.overwrite.has(r.base.id) && !this.bulkPicks.omit.has(r.base.id) : !this.bulkPicks.omit.has(r.base.id);
          return html`<li>
            <label class="inline"
              ><input type="checkbox" data-pick=${r.base.id} .checked=${on} @change=${(e: Event) => this.pick(r.base.id, (e.target as HTMLInputElement).checked, !!own)} /><span
                class="s-${r.status}"
                lang="zh"
                >${r.raw}</span
              >
              <span lang="zh">${r.subject}</span> · ${r.period}${own ? html` <span class="tag">${t.bulkPickCorrected(own.map((f) => t.bulkFields[f]).join(t.listSeparator))}</span>` : nothing}</label
            >
          </li>`;
        })}
      </ul>
    </details>`;
  }

  /**
   * The bulk dialog: the single editor's fields that make sense for many rows, each
   * starting at "leave as is"; below them, before anything is applied, how many rows
   * change and how.
   */
  private renderBulk(rows: readonly FigureRow[]): TemplateResult | typeof nothing {
    const edit = this.bulkEdit;
    if (!edit) return nothing;
    const t = this.t;
    const planned = bulkFilled(edit) ? this.bulk.plan(rows, edit, this.bulkPicks) : undefined;
    const plan = planned?.ok ? planned.plan : undefined;
    const refused = planned && !planned.ok ? planned : undefined;
    const message = refused ? (refused.message === 'bulk-date-order' ? t.bulkDateOrder(refused.figure ?? '') : (t.editErrors[refused.message] ?? refused.message)) : this.error;
    const invalid = (name: keyof BulkEdit) => (refused?.field === name ? 'true' : 'false');
    const changes = plan?.changes.length ?? 0;
    return html`<dialog id="bulk-dialog" aria-labelledby="bulk-heading" aria-describedby="bulk-hint" @close=${this.handleBulkClosed}>
      <form @input=${this.handleBulkInput} @change=${this.handleBulkInput} @submit=${(e: SubmitEvent) => this.handleBulkSubmit(e, rows)}>
        <h3 id="bulk-heading">${t.bulkHeading(rows.length)}</h3>
        <p class="hint" id="bulk-hint">${t.bulkHint}</p>
        <fieldset>
          <legend>${t.bulkPeriod}</legend>
          <div class="row">
            <label>${t.bulkPeriodWords}<input type="text" name="periodLabel" .value=${edit.periodLabel} aria-describedby="bulk-period-hint" /></label>
            <label>${t.fields.periodStart}<input type="date" name="periodStart" .value=${edit.periodStart} aria-invalid=${invalid('periodStart')} /></label>
            <label>${t.fields.periodEnd}<input type="date" name="periodEnd" .value=${edit.periodEnd} aria-invalid=${invalid('periodEnd')} /></label>
          </div>
          <label class="inline"><input type="checkbox" name="periodNoStart" value="none" .checked=${edit.periodNoStart === 'none'} />${t.bulkNoStart}</label>
          <p class="hint" id="bulk-period-hint">${t.bulkPeriodHint}</p>
        </fieldset>
        <div class="row">
          <label>${t.fields.status}
            <select name="status">
              <option value="" ?selected=${!edit.status}>${t.bulkKeep}</option>
              ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === edit.status}>${t.statuses[s]}</option>`)}
            </select>
          </label>
          <label>${t.fields.region}
            <select name="region">
              <option value="" ?selected=${!edit.region}>${t.bulkKeep}</option>
              ${this.regions.map(
                (g) => html`<optgroup label=${g.label}>
                  ${g.options.map((r) => html`<option value=${r.id} ?selected=${r.id === edit.region}>${r.label}</option>`)}
                </optgroup>`,
              )}
            </select>
          </label>
          <label>${t.fields.checked}
            <select name="checked">
              <option value="" ?selected=${!edit.checked}>${t.bulkKeep}</option>
              ${(['checked', 'unchecked'] as const).map((c) => html`<option value=${c} ?selected=${c === edit.checked}>${t.bulkChecked[c]}</option>`)}
            </select>
          </label>
        </div>
        <div class="alert" role="alert">${message ?? ''}</div>
        <div class="summary">
          <!-- One live region: how many rows change, and which are left out, said as the editor fills the fields. -->
          <div role="status">
            <p id="bulk-count">${plan ? t.bulkSummary(changes, rows.length, plan.unchanged, plan.excluded) : refused ? '' : t.bulkNothing}</p>
            ${plan?.kept.length ? html`<p id="bulk-kept" class="warn">${t.bulkKept(plan.kept.map((c) => c.figure.raw))}</p>` : nothing}
            ${plan?.omitted.length ? html`<p id="bulk-omitted" class="hint">${t.bulkOmitted(plan.omitted.length)}</p>` : nothing}
          </div>
          ${plan?.relativeLosingStart.length
            ? html`<p id="bulk-relative" class="hint">${t.bulkRelativeNoStart(plan.relativeLosingStart.map((c) => c.figure.raw))}</p>`
            : nothing}
          ${plan?.datedLosingStart.length
            ? html`<p id="bulk-dated" class="warn">${t.bulkDatedNoStart(plan.datedLosingStart.map((c) => [c.figure.raw, c.before.period.label]))}</p>`
            : nothing}
          ${plan ? this.renderKept(plan) : nothing}
          ${plan ? this.renderSteps(plan) : nothing}
        </div>
        ${this.renderPicks(rows, plan)}
        <div class="row actions">
          <button type="submit" class="primary" ?disabled=${!changes}>${t.bulkApply(changes)}</button>
          <button type="button" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('#bulk-dialog')?.close()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderHeader(key: SortKey): TemplateResult {
    const sorted = this.query.sort === key;
    return html`<th scope="col" aria-sort=${sorted ? (this.query.descending ? 'descending' : 'ascending') : nothing}>
      <button type="button" title=${this.t.sortBy(this.t.columns[key])} @click=${() => this.sortBy(key)}>${this.t.columns[key]}</button>
    </th>`;
  }

  private renderRow(row: FigureRow): TemplateResult {
    const open = this.editing === row.base.id;
    const label = (key: SortKey) => this.t.columns[key];
    const doubts = [...row.flags.map((f) => this.t.flags[f]), ...(row.undated ? [this.t.undated] : [])];
    return html`<tr class=${[row.shown ? '' : 'excluded', open ? 'open' : ''].join(' ').trim() || nothing} data-id=${row.base.id}>
        <td class="index">${row.index}</td>
        <th scope="row" class="raw">
          <span class="s-${row.status}">${row.raw}</span>
          ${row.corrected ? html`<span class="tag">${this.t.corrected}</span>` : nothing}
          ${row.shown ? nothing : html`<span class="tag">${this.t.excluded}</span>`}
        </th>
        <td class="subject" data-label=${label(SortKey.subject)}><span>${row.subject}${this.renderWhy(row)}</span></td>
        <td class="indicator" data-label=${label(SortKey.indicator)}>${row.indicator}</td>
        <td class="region" data-label=${label(SortKey.region)}>${row.region}</td>
        <td class="period" data-label=${label(SortKey.period)}><span>${row.period}${row.periodWritten ? html`<span class="written" lang="zh">${row.periodWritten}</span>` : nothing}</span></td>
        <td class="status" data-label=${label(SortKey.status)}>${this.t.statuses[row.status]}</td>
        <td class=${doubts.length ? 'flags' : 'flags none'} data-label=${label(SortKey.flags)}><span>${doubts.map((f, i) => html`${i ? '、' : ''}<span class=${f === this.t.undated ? 'flag tag undated' : 'flag'}>${f}</span>`)}</span></td>
        <td class="check" data-label=${label(SortKey.checked)}>
          <input
            type="checkbox"
            aria-label=${this.t.checkFigure(row.raw)}
            .checked=${row.checked}
            ?disabled=${!row.shown}
            @change=${(e: Event) => this.toggleChecked(row, (e.target as HTMLInputElement).checked)}
          />
        </td>
        <td class="actions">
          <button type="button" data-edit=${row.base.id} aria-expanded=${open ? 'true' : 'false'} aria-label=${this.t.editFigure(row.raw)} @click=${() => this.open(open ? undefined : row.base.id)}>
            ${this.t.edit}
          </button>
        </td>
      </tr>
      ${open ? this.renderEditor(row) : nothing}`;
  }

  /**
   * Words the filter matched only in the figure's sentence, which no cell shows: the
   * sentence around them, the words marked, so the editor sees why the row is listed.
   */
  private renderWhy(row: FigureRow): TemplateResult | typeof nothing {
    const words = quoteOnlyWords(row, this.query.text);
    if (!words.length) return nothing;
    const quote = row.base.quote;
    const runs = wordRuns(quote, words);
    const from = Math.max(0, runs[0]![0] - QUOTE_ROOM);
    const to = Math.min(quote.length, runs.at(-1)![1] + QUOTE_ROOM);
    const parts: (string | TemplateResult)[] = [];
    let at = from;
    for (const [s, e] of runs) {
      if (e > to) break;
      parts.push(quote.slice(at, s), html`<mark>${quote.slice(s, e)}</mark>`);
      at = e;
    }
    parts.push(quote.slice(at, to));
    return html`<span class="why"><span class="hint">${this.t.matchedInQuote}</span><span lang="zh">${from > 0 ? '…' : ''}${parts}${to < quote.length ? '…' : ''}</span></span>`;
  }

  /** The figure's paragraph and the one before it, the figure marked: what often sets its period. */
  private renderContext(o: Observation): TemplateResult | typeof nothing {
    if (!this.text || o.span[1] > this.text.length) return nothing;
    const { before, paragraph, at } = contextOf(this.text, o.span);
    return html`<details class="context">
      <summary>${this.t.context}</summary>
      <div class="context-text" lang="zh">
        ${before ? html`<p>${before}</p>` : nothing}
        <p>${paragraph.slice(0, at[0])}<mark>${paragraph.slice(at[0], at[1])}</mark>${paragraph.slice(at[1])}</p>
      </div>
    </details>`;
  }

  private renderEditor(row: FigureRow): TemplateResult {
    const o = row.base;
    const edit = editOf(o, row.correction);
    const id = (name: string) => `edit-${name}`;
    const [qs, qe] = o.quoteSpan;
    return html`<tr class="editor">
      <td colspan="10">
        <form
          aria-labelledby=${id('heading')}
          @submit=${(e: SubmitEvent) => this.handleSubmit(e, row)}
          @change=${(e: Event) => this.handleDates(e, row)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close(row)}
        >
          <h3 id=${id('heading')}>${this.t.editorHeading(o.raw)}</h3>
          <figure class="quote">
            <figcaption class="hint">${this.t.quote}</figcaption>
            <blockquote>${o.quote.slice(0, qs)}<mark>${o.quote.slice(qs, qe)}</mark>${o.quote.slice(qe)}</blockquote>
          </figure>
          ${this.renderContext(o)}
          <div class="row">
            <button type="button" class="show" @click=${() => this.dispatchEvent(new StudioShowEvent([o.span[0], o.span[1]]))}>${this.t.showInText}</button>
          </div>
          <div class="row">
            <label>${this.t.fields.subject}<input type="text" name="subject" .value=${edit.subject} required /></label>
            <label>${this.t.fields.status}
              <select name="status">
                ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === edit.status}>${this.t.statuses[s]}</option>`)}
              </select>
            </label>
            <label>${this.t.fields.indicator}
              <select name="indicator">
                ${this.indicators.map((i) => html`<option value=${i.id} ?selected=${i.id === edit.indicator}>${i.label}</option>`)}
              </select>
            </label>
          </div>
          <p class="hint">${this.t.labelHint}</p>
          <div class="row">
            <label>${this.t.fields.labelZh}<input type="text" name="labelZh" .value=${edit.labelZh} /></label>
            <label>${this.t.fields.labelEn}<input type="text" name="labelEn" lang="en" .value=${edit.labelEn} /></label>
          </div>
          <div class="row">
            <label>${this.t.fields.region}
              <select name="region">
                ${this.regions.map(
                  (g) => html`<optgroup label=${g.label}>
                    ${g.options.map((r) => html`<option value=${r.id} ?selected=${r.id === edit.region}>${r.label}</option>`)}
                  </optgroup>`,
                )}
              </select>
            </label>
            <label>${this.t.fields.periodLabel}<input type="text" name="periodLabel" .value=${edit.periodLabel} data-written=${periodLabel(o.period, o.period.label, edit.periodStart, edit.periodEnd, edit.status)} /></label>
            <label>${this.t.fields.periodStart}<input type="date" name="periodStart" .value=${edit.periodStart} /></label>
            <label>${this.t.fields.periodEnd}<input type="date" name="periodEnd" .value=${edit.periodEnd} /></label>
          </div>
          <div class="row">
            <label class="inline"><input type="checkbox" name="include" .checked=${edit.include} />${this.t.fields.include}</label>
            <label class="inline"><input type="checkbox" name="checked" .checked=${edit.checked} />${this.t.fields.checked}</label>
          </div>
          <label>${this.t.fields.note}<textarea name="note" rows="2" .value=${edit.note}></textarea></label>
          <div class="alert" role="alert">${this.error ?? ''}</div>
          <div class="row">
            <button type="submit" class="primary">${this.t.save}</button>
            <button type="button" ?disabled=${!row.correction} @click=${() => this.revert(row)}>${this.t.revert}</button>
            <button type="button" @click=${() => this.close(row)}>${this.t.cancel}</button>
          </div>
        </form>
      </td>
    </tr>`;
  }

  override render() {
    const shown = queryRows(this.rows, this.query);
    const q = this.query;
    return html`
      <div class="filters row" role="search" aria-label=${this.t.filterText}>
        <label>${this.t.filterText}<input type="search" placeholder=${this.t.filterTextPlaceholder} .value=${q.text} @input=${(e: Event) => this.setQuery({ text: (e.target as HTMLInputElement).value })} /></label>
        <label>${this.t.filterStatus}
          <select @change=${(e: Event) => this.setQuery({ status: (e.target as HTMLSelectElement).value as Status | '' })}>
            <option value="" ?selected=${!q.status}>${this.t.filterAll}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${q.status === s}>${this.t.statuses[s]}</option>`)}
          </select>
        </label>
        <label>${this.t.filterOnly}
          <select @change=${(e: Event) => this.setQuery({ only: (e.target as HTMLSelectElement).value as RowQuery['only'] })}>
            ${(Object.keys(this.t.only) as RowQuery['only'][]).map((k) => html`<option value=${k} ?selected=${q.only === k}>${this.t.only[k]}</option>`)}
          </select>
        </label>
      </div>
      ${this.renderBulkBar(shown)}
      ${!this.editing && !this.bulkEdit && this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      ${this.renderBulk(shown)}
      <div class="scroll">
        <table>
          <caption>${this.t.tableCaption(shown.length, this.rows.length, this.rows.filter((r) => r.corrected).length, this.rows.filter((r) => r.checked).length)}</caption>
          <thead>
            <tr data-sort=${this.t.sortRow}>
              ${this.renderHeader(SortKey.position)}${this.renderHeader(SortKey.value)}${this.renderHeader(SortKey.subject)}
              ${this.renderHeader(SortKey.indicator)}${this.renderHeader(SortKey.region)}${this.renderHeader(SortKey.period)}
              ${this.renderHeader(SortKey.status)}${this.renderHeader(SortKey.flags)}${this.renderHeader(SortKey.checked)}
              <td></td>
            </tr>
          </thead>
          <tbody>
            ${repeat(shown, (r) => r.base.id, (r) => this.renderRow(r))}
            ${shown.length ? nothing : html`<tr><td colspan="10">${this.t.noRows}</td></tr>`}
          </tbody>
        </table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-figures': StudioFigures;
  }
}
