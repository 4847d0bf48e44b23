/**
 * `<livelihood-studio>`: the newsroom's way from an article to a published chart, all in
 * the browser.
 *
 * 1. The article: pasted, or a dropped or chosen .txt (UTF-8 or GBK), kept as bytes.
 * 2. The pipeline runs in a Web Worker (src/studio/client.ts → worker.ts), so the page
 *    never freezes; its stages and problems are announced in live regions.
 * 3. The editor's decisions are a corrections file, applied to the pipeline's dataset
 *    (src/studio/edits.ts): the studio never keeps an edited dataset.
 * 4. The article with every numeral marked (studio-article), the table of figures with
 *    an editor per row and a bulk correction of the rows shown (studio-figures;
 *    src/studio/bulk.ts), the chart preview (studio-preview).
 * 5. Export: the corrected dataset, the corrections file and the embed code.
 *
 * Work in progress (the article's bytes and name, the chosen place, the corrections, the
 * chart) is kept in IndexedDB under `store`, so it survives a reload; "clear" forgets it.
 * Nothing is sent anywhere.
 *
 * @event studio-download - Before a file is downloaded; `detail` is `{ name, text, type }`. Cancel it to handle the file yourself.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CorrectionsFile } from '../../src/data/corrections.js';
import { MAX_ARTICLE_BYTES } from '../../src/data/limits.js';
import { serializeDataset } from '../../src/data/serialize.js';
import type { Dataset, Observation, Region } from '../../src/data/types.js';
import { chartIndicators, embedCode, fitChoice, regionOptions, type ChartChoice } from '../../src/studio/chart-choice.js';
import { PipelineClient, Superseded, type WorkerFactory } from '../../src/studio/client.js';
import { planBulk, undoBatch, type Batch, type BulkEdit, type BulkPicks } from '../../src/studio/bulk.js';
import { applyEdits, correctionFrom, countCorrections, emptyCorrections, serializeCorrections, withCorrection, type Applied, type FigureEdit } from '../../src/studio/edits.js';
import type { Built, PlaceFinding, RegionChoice } from '../../src/studio/protocol.js';
import { figureRows, type FigureRow } from '../../src/studio/rows.js';
import { readPublished } from '../../src/studio/published.js';
import { clearWork, loadWork, saveWork, type Work } from '../../src/studio/store.js';
import { StudioArticle, type StudioSelectEvent } from './studio-article.js';
import { StudioFigures, type BulkActions, type Option, type StudioShowEvent } from './studio-figures.js';
import { StudioPreview, type StudioChoiceEvent } from './studio-preview.js';
import { toLang, type Lang } from '../../src/kit/model/lang.js';
import { studioStrings, type StudioStrings } from './strings.js';
import { base, palette } from './styles.js';

export interface StudioDownload {
  name: string;
  text: string;
  type: string;
}

export interface StudioExports {
  /** The corrected dataset, as `serializeDataset` writes it. */
  dataset: string;
  corrections: string;
  embed: string;
  /** The files' names, from the article's source id (`000_db52e2f06477cf87.json`), so two articles' exports never collide. */
  names: { dataset: string; corrections: string };
}

/** Milliseconds of quiet typing before the article is built again. */
const TYPING_DELAY = 400;
/** A Chinese character: an indicator's English name holding one has no translation. */
const HAN = /\p{Script=Han}/u;
/** Most places listed for a search in the place picker. */
const MAX_PLACE_MATCHES = 60;
/** Bulk corrections kept to be taken back, the oldest dropped first. */
const MAX_BATCHES = 20;
/** The name every pasted article had before names were made per article: read back as none. */
const OLD_DEFAULT_FILE = 'article.txt';
/**
 * Longest text the paste box shows: a textarea lays out its whole text (seconds for a few
 * MB), so a longer article is shown only in the marked-up view below.
 */
const MAX_DRAFT_SHOWN = 200_000;

/** A message, said in whichever language the studio speaks when it is shown. */
type Said = (t: StudioStrings) => string;

/** Up to 24 characters either side of `name` in `line`, for saying where a place was read. */
function excerpt(line: string, name: string, room = 24): string {
  const at = Math.max(0, line.indexOf(name));
  const start = Math.max(0, at - room);
  const end = Math.min(line.length, at + name.length + room);
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

const plainRegion = ({ id, name, level, parent, code }: RegionChoice): Region => ({ id, name, level, ...(parent ? { parent } : {}), ...(code ? { code } : {}) });

export class LivelihoodStudio extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    store: {},
    gallery: {},
    scriptSrc: { attribute: 'script-src' },
    file: { state: true },
    draft: { state: true },
    region: { state: true },
    published: { state: true },
    publisher: { state: true },
    publishedError: { state: true },
    corrections: { state: true },
    batches: { state: true },
    choice: { state: true },
    built: { state: true },
    problem: { state: true },
    problemText: { state: true },
    problemPlace: { state: true },
    status: { state: true },
    regions: { state: true },
    placeFilter: { state: true },
    editing: { state: true },
    copied: { state: true },
    confirmingClear: { state: true },
  };

  static override styles = [
    palette,
    base,
    css`
      :host {
        max-width: 1440px;
        margin: 0 auto;
        padding: 0 16px 48px;
      }
      .switches {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .switches [role='group'] {
        display: flex;
      }
      .switches button {
        border-radius: 0;
      }
      .switches button:first-child {
        border-radius: 6px 0 0 6px;
      }
      .switches button:last-child {
        border-radius: 0 6px 6px 0;
      }
      header {
        padding: 16px 0 8px;
        border-bottom: 1px solid var(--_line);
        margin-bottom: 12px;
      }
      .title-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px 16px;
      }
      h1 {
        margin: 0;
        font-size: 24px;
      }
      a {
        color: var(--_accent);
      }
      section {
        margin: 20px 0;
      }
      .status {
        min-height: 1.55em;
        margin: 4px 0;
        color: var(--_muted);
      }
      .drop > label {
        display: flex;
        margin-bottom: 8px;
      }
      .drop textarea {
        width: 100%;
        min-height: 9em;
      }
      .drop {
        border: 2px dashed var(--_line);
        border-radius: 8px;
        padding: 12px;
      }
      .drop.over {
        border-color: var(--_accent);
        background: var(--_drop-over);
      }
      .workbench {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 16px;
      }
      /* Side by side once the figures' table (800 px at least: its short words do not wrap) fits beside the article. */
      @media (min-width: 1270px) {
        .workbench {
          grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
        }
      }
      .workbench section {
        margin: 0;
      }
      pre {
        background: var(--_code);
        border: 1px solid var(--_line);
        border-radius: 8px;
        padding: 8px 12px;
        overflow-x: auto;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .stale {
        color: var(--_error);
        font-size: 14px;
      }
      #script-src {
        width: min(32em, 100%);
      }
      label:has(#script-src) {
        display: flex;
      }
      dialog {
        max-width: min(32em, calc(100vw - 32px));
        border: 1px solid var(--_line);
        border-radius: 8px;
        background: var(--_surface);
        color: var(--_text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      button.danger {
        background: var(--_error);
        border-color: var(--_error);
        color: var(--_surface);
      }
    `,
  ];

  /** The studio's language: `zh` (default) or `en`; the charts it previews pick their own. */
  declare lang: string;
  /** `light` or `dark`; follows the reader's system when absent. */
  theme?: 'light' | 'dark';

  private get t(): StudioStrings {
    return studioStrings(this.uiLang);
  }

  private get uiLang(): Lang {
    return toLang(this.lang);
  }

  /** IndexedDB database the work in progress is kept in. */
  store = 'livelihood-studio';
  /** URL of the chart gallery to link to; none in the studio built alone (dist/studio/). */
  gallery?: string;
  /** Where the embed code loads the chart script from. */
  scriptSrc = 'livelihood-charts.js';
  /** How the pipeline worker is started (tests may start theirs). */
  workerFactory: WorkerFactory | undefined;

  /** The editor's file name; null: the one the build makes from the place and the text (Built.file). */
  private file: string | null = null;
  /** The textarea's text: what was pasted, or the decoded file. */
  private draft = '';
  private bytes: Uint8Array | undefined;
  /** The place the editor chose; null: the one the article names. */
  private region: string | null = null;
  /** The publication date and publisher the editor gave; null: what the text states, if anything. */
  private published: string | null = null;
  private publisher: string | null = null;
  /** The date field holds text that is no date: said inline, and nothing rebuilt. */
  private publishedError = false;
  private corrections: CorrectionsFile = emptyCorrections();
  /** Bulk corrections that can be taken back (the last one first), kept with the work. */
  private batches: Batch[] = [];
  private choice: Partial<ChartChoice> = {};
  private built: Built | undefined;
  /** What went wrong, said in the studio's language when it renders. */
  private problem: Said | undefined;
  /** The article's text and place when the build failed after decoding it. */
  private problemText: string | undefined;
  private problemPlace: PlaceFinding | undefined;
  private status: Said | undefined;
  private regions: RegionChoice[] = [];
  private placeFilter = '';
  private editing: string | undefined;
  private copied = false;
  /** The confirmation before clearing is open. */
  private confirmingClear = false;

  private pipeline: PipelineClient | undefined;
  private typing: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private building: Promise<void> = Promise.resolve();
  private restored: Promise<void> = Promise.resolve();
  private applied: Applied | undefined;
  private rows: FigureRow[] = [];
  private regionIndex = new Map<string, RegionChoice>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.pipeline = new PipelineClient(this.workerFactory);
    this.loadRegions();
    this.restored = this.restore();
  }

  /** The gazetteer's places for the picker, from the worker (asked again when a cleared worker dropped the question). */
  private loadRegions(): void {
    this.pipeline?.regions().then(
      (regions) => {
        this.regions = regions;
        this.regionIndex = new Map(regions.map((r) => [r.id, r]));
      },
      (e: Error) => {
        if (!(e instanceof Superseded)) this.problem = (t) => t.workerFailed(e.message);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
    this.pipeline?.dispose();
    this.pipeline = undefined;
  }

  // ---- public API (the tests use it too) ----------------------------------------

  /** Resolves once the last requested build (and the restore after loading) has finished. */
  get buildComplete(): Promise<void> {
    return this.restored.then(() => this.building).then(() => this.updateComplete).then(() => undefined);
  }

  /** Resolves once the work in progress is saved. */
  get saveComplete(): Promise<void> {
    return this.saving;
  }

  /** Puts `text` in as the article (as if pasted) and builds it at once. */
  async setText(text: string, file: string | null = this.file): Promise<void> {
    clearTimeout(this.typing);
    this.draft = text;
    this.file = file;
    this.bytes = new TextEncoder().encode(text);
    this.startBuild();
    await this.buildComplete;
  }

  /** Reads a dropped or chosen file as the article and builds it. */
  async setFile(file: File): Promise<void> {
    clearTimeout(this.typing);
    this.file = file.name || null;
    if (file.size > MAX_ARTICLE_BYTES) {
      this.reset();
      this.problem = (t) => t.problems['too-large'](`${(file.size / 1024 / 1024).toFixed(1)} MB`);
      return;
    }
    try {
      this.bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      this.problem = (t) => t.fileReadFailed((e as Error).message);
      return;
    }
    this.draft = '';
    this.startBuild();
    await this.buildComplete;
  }

  /** The dataset as corrected; undefined before an article is built. */
  get correctedDataset(): Dataset | undefined {
    if (!this.built) return undefined;
    return this.applied?.ok ? this.applied.dataset : this.built.dataset;
  }

  /** The texts the export buttons download, and the embed code. */
  exports(): StudioExports | undefined {
    const dataset = this.correctedDataset;
    if (!dataset) return undefined;
    const names = this.exportNames();
    return {
      dataset: serializeDataset(dataset),
      corrections: serializeCorrections(this.corrections),
      embed: embedCode(dataset, this.chartChoice(dataset), this.scriptSrc, names.dataset),
      names,
    };
  }

  /**
   * The export's file names: the article's source id (what its file name gives), the
   * corrections beside the dataset as the CLI looks for them (`x.json`, `x.corrections.json`).
   */
  private exportNames(): { dataset: string; corrections: string } {
    const id = this.built?.dataset.sources[0]?.id || 'data';
    return { dataset: `${id}.json`, corrections: `${id}.corrections.json` };
  }

  /** Forgets the article, the corrections and the chart, here and in storage. */
  async clear(): Promise<void> {
    clearTimeout(this.typing);
    this.reset();
    this.draft = '';
    this.file = null;
    this.region = null;
    this.published = null;
    this.publisher = null;
    this.publishedError = false;
    this.corrections = emptyCorrections();
    this.batches = [];
    this.choice = {};
    this.pipeline?.dispose();
    this.pipeline = new PipelineClient(this.workerFactory);
    if (!this.regions.length) this.loadRegions();
    this.building = Promise.resolve();
    try {
      await this.saving;
      await clearWork(this.store);
      this.status = (t) => t.cleared;
    } catch (e) {
      this.problem = (t) => t.storeFailed((e as Error).message);
    }
  }

  // ---- work in progress ------------------------------------------------------------

  private async restore(): Promise<void> {
    let work: Work | undefined;
    try {
      work = await loadWork(this.store);
    } catch (e) {
      this.problem = (t) => t.storeFailed((e as Error).message);
      return;
    }
    if (!work || this.bytes) return;
    this.file = work.file === OLD_DEFAULT_FILE ? null : work.file;
    this.bytes = work.bytes;
    this.region = work.region;
    this.published = work.published ?? null;
    this.publisher = work.publisher ?? null;
    this.corrections = work.corrections;
    this.batches = work.batches ?? [];
    this.choice = work.chart ?? {};
    this.startBuild();
    await this.building;
    if (this.built) this.draft = this.built.text;
    const file = this.built?.file ?? this.file ?? '';
    const { corrected, checked } = countCorrections(this.corrections);
    this.status = (t) => t.restored(file, corrected, checked);
  }

  private save(): void {
    const bytes = this.bytes;
    if (!bytes) return;
    const work: Work = {
      file: this.file,
      bytes,
      region: this.region,
      published: this.published,
      publisher: this.publisher,
      corrections: this.corrections,
      batches: this.batches,
      chart: this.choice,
    };
    this.saving = this.saving
      .then(() => saveWork(this.store, work))
      .catch((e: Error) => {
        this.problem = (t) => t.storeFailed(e.message);
      });
  }

  // ---- building ----------------------------------------------------------------

  private reset(): void {
    this.bytes = undefined;
    this.built = undefined;
    this.problem = undefined;
    this.problemText = undefined;
    this.problemPlace = undefined;
    this.editing = undefined;
    this.status = undefined;
  }

  private startBuild(): void {
    this.save();
    this.building = this.build();
  }

  private async build(): Promise<void> {
    const bytes = this.bytes;
    const pipeline = this.pipeline;
    if (!bytes || !pipeline) return;
    try {
      const request = { file: this.file, bytes, region: this.region, published: this.published, publisher: this.publisher };
      const answer = await pipeline.build(request, (stage) => (this.status = (t) => t.stages[stage]));
      if (answer.ok) {
        this.built = answer.built;
        this.problem = undefined;
        this.problemText = undefined;
        this.problemPlace = undefined;
        if (!this.draft) this.draft = answer.built.text;
        const { figures, skipped } = answer.built.report;
        this.status = (t) => t.built(figures, skipped);
      } else {
        this.built = undefined;
        this.editing = undefined;
        this.problem = (t) => t.problems[answer.problem.kind](answer.problem.message);
        this.problemText = answer.problem.text;
        this.problemPlace = answer.problem.place;
        this.status = undefined;
      }
    } catch (e) {
      if (e instanceof Superseded) return;
      this.built = undefined;
      this.problem = (t) => t.workerFailed((e as Error).message);
      this.status = undefined;
    }
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('built') || changed.has('corrections') || changed.has('regions') || changed.has('lang')) {
      const knownRegion = (id: string) => {
        const r = this.regionIndex.get(id);
        return r && plainRegion(r);
      };
      this.applied = this.built ? applyEdits(this.built.dataset, this.corrections, knownRegion) : undefined;
      this.rows = this.built ? figureRows(this.built.dataset, this.correctedDataset!, this.corrections, this.uiLang) : [];
    }
  }

  // ---- handlers ----------------------------------------------------------------

  private handleTyping(event: Event): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      if (!this.draft.trim()) {
        this.reset();
        return;
      }
      this.bytes = new TextEncoder().encode(this.draft);
      this.startBuild();
    }, TYPING_DELAY);
  }

  private handleFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.setFile(file);
    input.value = '';
  }

  private handleDrop(event: DragEvent): void {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void this.setFile(file);
  }

  private handleDragOver(event: DragEvent): void {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.add('over');
  }

  private handleFileName(event: Event): void {
    // Emptied: back to the name made for the article.
    const name = (event.target as HTMLInputElement).value.trim().replace(/[\\/]/g, '_') || null;
    if (name === this.file) return;
    this.file = name;
    if (this.bytes) this.startBuild();
  }

  /** A new publication date: built again with it; text that is no date is said inline and changes nothing. */
  private handlePublished(event: Event): void {
    const read = readPublished((event.target as HTMLInputElement).value);
    this.publishedError = !read.ok;
    if (!read.ok || read.date === this.published) return;
    this.published = read.date;
    if (this.bytes) this.startBuild();
  }

  private handlePublisher(event: Event): void {
    const publisher = (event.target as HTMLInputElement).value.trim() || null;
    if (publisher === this.publisher) return;
    this.publisher = publisher;
    if (this.bytes) this.startBuild();
  }

  private handlePlace(event: Event): void {
    this.region = (event.target as HTMLSelectElement).value || null;
    if (this.bytes) this.startBuild();
  }

  private handleSelect(event: StudioSelectEvent): void {
    const figure = this.built?.dataset.observations.find((o) => o.span[0] === event.span[0] && o.span[1] === event.span[1]);
    if (figure) void this.renderRoot.querySelector<StudioFigures>('studio-figures')?.open(figure.id);
  }

  /** The editor's 在原文中显示: the article pane brings the numeral into view and focuses it. */
  private handleShow(event: StudioShowEvent): void {
    void this.renderRoot.querySelector<StudioArticle>('studio-article')?.reveal(event.span);
  }

  /** The chart as chosen, fitted to `dataset`; its language is the studio's until one is picked. */
  private chartChoice(dataset: Dataset): ChartChoice {
    return fitChoice(dataset, this.choice, this.uiLang);
  }

  private handleChoice(event: StudioChoiceEvent): void {
    const { lang: _lang, ...rest } = event.choice;
    // Everything shown is kept as chosen, but the language only once picked: until then it follows the studio's.
    this.choice = 'lang' in event.patch || this.choice.lang ? event.choice : rest;
    this.save();
  }

  /** The table's edits: a correction made, put into the file, and the file applied; or why not. */
  private correctFigure = (figure: Observation, edit: FigureEdit | null): string | null => {
    const base = this.built?.dataset;
    const source = base?.sources.find((s) => s.id === figure.source);
    if (!base || !source) return null;
    let correction = null;
    if (edit) {
      const made = correctionFrom(figure, source, edit, (id) => base.indicators.find((i) => i.id === id));
      if (!made.ok) return this.t.editErrors[made.message] ?? made.message;
      correction = made.correction;
    }
    return this.useCorrections(withCorrection(this.corrections, source, figure, correction));
  };

  /** `next` as the corrections, once it applies to the article; else why not, and nothing changes. */
  private useCorrections(next: CorrectionsFile, batches = this.batches): string | null {
    const base = this.built?.dataset;
    if (!base) return null;
    const applied = applyEdits(base, next, (id) => {
      const r = this.regionIndex.get(id);
      return r && plainRegion(r);
    });
    if (!applied.ok) return this.t.correctionsFailed(applied.message);
    this.corrections = next;
    this.batches = batches;
    this.save();
    return null;
  }

  /** The table's bulk correction of the rows shown: planned and applied as per-figure corrections, and taken back. */
  private planBulk(rows: readonly FigureRow[], edit: BulkEdit, picks?: BulkPicks) {
    const sources = this.built?.dataset.sources ?? [];
    const bulkRows = rows.map((r) => ({ base: r.base, correction: r.correction, excluded: !r.shown }));
    return planBulk(this.corrections, bulkRows, edit, (o) => sources.find((s) => s.id === o.source), picks);
  }

  private bulkActions(): BulkActions {
    const last = this.batches.at(-1);
    return {
      plan: (rows, edit, picks) => this.planBulk(rows, edit, picks),
      apply: (rows, edit, picks) => {
        const planned = this.planBulk(rows, edit, picks);
        if (!planned.ok) return this.t.editErrors[planned.message] ?? planned.message;
        return this.useCorrections(planned.plan.file, [...this.batches, planned.plan.batch].slice(-MAX_BATCHES));
      },
      undo: () => {
        const last = this.batches.at(-1);
        if (!last) return '';
        const { file, restored, kept } = undoBatch(this.corrections, last);
        const failed = this.useCorrections(file, this.batches.slice(0, -1));
        return failed ?? this.t.bulkUndone(restored, kept);
      },
      last: last && { rows: last.entries.length, fields: last.fields },
    };
  }

  /**
   * The header's clear button: an hour's checking is one click away, so it asks first (an
   * in-page dialog, which a page may not block as it may window.confirm), saying what
   * would be lost. Nothing to lose: it clears at once.
   */
  private async handleClear(): Promise<void> {
    if (!this.bytes && !this.corrections.corrections.length) {
      await this.clear();
      return;
    }
    this.confirmingClear = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('#clear-dialog')?.showModal();
  }

  /** The dialog closed: by its clear button (`returnValue` "clear"), by keeping the work, or by Escape. */
  private async handleClearClosed(event: Event): Promise<void> {
    const dialog = event.target as HTMLDialogElement;
    this.confirmingClear = false;
    if (dialog.returnValue === 'clear') await this.clear();
    this.renderRoot.querySelector<HTMLElement>('#clear')?.focus();
  }

  private renderClearDialog() {
    if (!this.confirmingClear) return nothing;
    const { corrected, checked } = countCorrections(this.corrections);
    const file = this.file ?? this.built?.file ?? '';
    return html`<dialog id="clear-dialog" role="alertdialog" aria-labelledby="clear-heading" aria-describedby="clear-warning" @close=${this.handleClearClosed}>
      <form method="dialog">
        <h2 id="clear-heading">${this.t.clearHeading}</h2>
        <p id="clear-warning">${this.t.clearWarning(file, corrected, checked)}</p>
        <div class="row">
          ${this.corrections.corrections.length
            ? html`<button type="button" @click=${() => this.download(this.exportNames().corrections, serializeCorrections(this.corrections), 'application/json')}>${this.t.downloadCorrections(this.exportNames().corrections)}</button>`
            : nothing}
          <button type="submit" value="keep" autofocus>${this.t.clearCancel}</button>
          <button type="submit" value="clear" class="danger">${this.t.clearConfirm}</button>
        </div>
      </form>
    </dialog>`;
  }

  private download(name: string, text: string, type: string): void {
    const event = new CustomEvent<StudioDownload>('studio-download', { detail: { name, text, type }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async copyEmbed(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      const pre = this.renderRoot.querySelector('#embed-code');
      if (pre) getSelection()?.selectAllChildren(pre);
      document.execCommand('copy');
    }
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  }

  // ---- rendering ---------------------------------------------------------------

  private regionName(id: string): string {
    const r = this.regionIndex.get(id) ?? this.built?.dataset.regions.find((x) => x.id === id);
    return r ? r.name[this.uiLang] : id;
  }

  private renderPlace() {
    const place = this.built?.place ?? this.problemPlace;
    const auto = place?.kind === 'found' ? this.t.placeAuto(this.regionName(place.region)) : this.t.placeAutoNone;
    const candidates = place?.kind === 'ambiguous' ? place.candidates : [];
    // The places the article's figures were put in: the likeliest others when the one found is wrong.
    const named = this.built ? regionOptions(this.built.dataset).map((r) => r.id).filter((id) => id !== this.built!.region && this.regionIndex.has(id) && !candidates.includes(id)) : [];
    const words = this.placeFilter.trim();
    const all = words ? this.regions.filter((r) => r.name.zh.includes(words) || r.name.en.toLowerCase().includes(words.toLowerCase()) || r.id === words) : [];
    const matches = all.slice(0, MAX_PLACE_MATCHES);
    const listed = new Set([...candidates, ...named, ...matches.map((r) => r.id)]);
    const option = (id: string) => {
      const r = this.regionIndex.get(id);
      return html`<option value=${id} ?selected=${this.region === id}>${r ? this.t.placeOption(r.name[this.uiLang], r.within[this.uiLang]) : id}</option>`;
    };
    const summary = this.region
      ? this.t.placeChosen(this.regionName(this.region), place?.kind === 'found' && place.region !== this.region ? this.regionName(place.region) : '')
      : place?.kind === 'found'
        ? this.t.placeFound(this.regionName(place.region), place.name, place.from, place.line ? excerpt(place.line, place.name) : '')
        : place?.kind === 'ambiguous'
          ? this.t.placeAmbiguous(place.name, place.candidates.map((id) => this.regionName(id)))
          : '';
    return html`
      <div class="row">
        <label>${this.t.placeFilterLabel}
          <input type="search" id="place-filter" placeholder=${this.t.placeFilterPlaceholder} .value=${this.placeFilter} @input=${(e: Event) => (this.placeFilter = (e.target as HTMLInputElement).value)} aria-describedby="place-count" />
        </label>
        <label>${this.t.placeLabel}
          <select id="place" @change=${this.handlePlace}>
            <option value="" ?selected=${!this.region}>${auto}</option>
            ${this.region && !listed.has(this.region) ? option(this.region) : nothing}
            ${candidates.length ? html`<optgroup label=${this.t.placeCandidates}>${candidates.map(option)}</optgroup>` : nothing}
            ${named.length ? html`<optgroup label=${this.t.placeNamed}>${named.map(option)}</optgroup>` : nothing}
            ${matches.length ? html`<optgroup label=${this.t.placeMatches}>${matches.filter((r) => !candidates.includes(r.id) && !named.includes(r.id)).map((r) => option(r.id))}</optgroup>` : nothing}
          </select>
        </label>
        <span id="place-count" class="hint">${words ? this.t.placeFilterCount(matches.length, all.length) : ''}</span>
      </div>
      <p class="hint" id="place-summary">${summary}</p>
    `;
  }

  /**
   * The publication date and publisher, as the pipeline read them from the text (its
   * dateline and 来源) or as the editor gives them for an article that states none: the
   * date is what 今年, 去年以来 and 截至目前 are read against.
   */
  private renderPublication() {
    const source = this.built?.dataset.sources[0];
    const fromText = source?.publishedFrom === 'text';
    // The text's own date wins over the editor's, as it wins over a manifest's in the CLI.
    const overruled = !!(this.published && fromText && source!.published !== this.published);
    const publisherOverruled = !!(this.publisher && source?.publisher && source.publisher !== this.publisher);
    const note = this.publishedError
      ? ''
      : overruled
        ? this.t.publishedOverruled(source!.published!)
        : this.published
          ? this.t.publishedGiven
          : fromText
            ? this.t.publishedFromText
            : source
              ? this.t.publishedNone
              : '';
    return html`
      <div class="row">
        <label>${this.t.publishedLabel}
          <input
            type="text"
            id="published"
            inputmode="numeric"
            placeholder="YYYY-MM-DD"
            .value=${this.published ?? source?.published ?? ''}
            aria-invalid=${this.publishedError ? 'true' : 'false'}
            aria-describedby="published-note published-error"
            @change=${this.handlePublished}
          />
        </label>
        <label>${this.t.publisherLabel}
          <input type="text" id="publisher" .value=${this.publisher ?? source?.publisher ?? ''} aria-describedby="published-note" @change=${this.handlePublisher} />
        </label>
      </div>
      <p class="alert" id="published-error" role="alert">${this.publishedError ? this.t.publishedInvalid : ''}</p>
      <p class="hint" id="published-note">${note}${publisherOverruled ? ` ${this.t.publisherOverruled(source!.publisher!)}` : ''}</p>
    `;
  }

  private editorRegions(): { label: string; options: Option[] }[] {
    const d = this.correctedDataset;
    if (!d) return [];
    const inArticle = d.regions.map((r) => ({ id: r.id, label: r.name[this.uiLang] }));
    const have = new Set(inArticle.map((r) => r.id));
    const home = this.built!.region;
    const parent = this.regionIndex.get(home)?.parent;
    const nearby = this.regions
      .filter((r) => !have.has(r.id) && (r.parent === home || (parent && r.parent === parent)))
      .map((r) => ({ id: r.id, label: r.name[this.uiLang] }));
    return [
      { label: this.t.regionsInArticle, options: inArticle },
      ...(nearby.length ? [{ label: this.t.regionsNearby, options: nearby }] : []),
    ];
  }

  private renderExport(dataset: Dataset | undefined) {
    if (!dataset) return html`<p class="hint">${this.t.nothingToExport}</p>`;
    const out = this.exports()!;
    // An English chart would print these names in Chinese ("Urban renewal: 老旧燃气管网"): say so before it is published.
    const choice = this.chartChoice(dataset);
    const drawn = new Set(choice.lang === 'en' ? chartIndicators(dataset, choice) : []);
    const untranslated = dataset.indicators.filter((i) => drawn.has(i.id) && HAN.test(i.name.en)).map((i) => i.name.zh);
    return html`
      <p class="hint">${this.t.exportText(out.names.dataset)}</p>
      ${untranslated.length ? html`<p class="stale" id="untranslated">${this.t.untranslated(untranslated)}</p>` : nothing}
      <div class="row">
        <button type="button" class="primary" @click=${() => this.download(out.names.dataset, out.dataset, 'application/json')}>${this.t.downloadDataset(out.names.dataset)}</button>
        <button type="button" @click=${() => this.download(out.names.corrections, out.corrections, 'application/json')}>${this.t.downloadCorrections(out.names.corrections)}</button>
      </div>
      <p>
        <label>${this.t.scriptSrcLabel}
          <input type="text" id="script-src" .value=${this.scriptSrc} @input=${(e: Event) => (this.scriptSrc = (e.target as HTMLInputElement).value)} />
        </label>
      </p>
      <h3 id="embed-heading">${this.t.embedLabel}</h3>
      <pre id="embed-code" aria-labelledby="embed-heading" tabindex="0"><code>${out.embed}</code></pre>
      <button type="button" @click=${() => this.copyEmbed(out.embed)}>${this.copied ? this.t.copied : this.t.copy}</button>
    `;
  }

  /** The studio's language and theme, as the gallery's switches (aria-pressed buttons). */
  private renderSwitches() {
    const dark = this.theme === 'dark' || (!this.theme && matchMedia('(prefers-color-scheme: dark)').matches);
    const pressed = (on: boolean) => String(on);
    return html`<div class="switches">
      <div role="group" aria-label=${this.t.language}>
        ${(['zh', 'en'] as const).map(
          (lang) => html`<button type="button" lang=${lang} data-lang=${lang} aria-pressed=${pressed(this.uiLang === lang)} @click=${() => (this.lang = lang)}>${this.t.uiLangs[lang]}</button>`,
        )}
      </div>
      <div role="group" aria-label=${this.t.theme}>
        ${(['light', 'dark'] as const).map(
          (theme) => html`<button type="button" data-theme=${theme} aria-pressed=${pressed(dark === (theme === 'dark'))} @click=${() => (this.theme = theme)}>${this.t.uiThemes[theme]}</button>`,
        )}
      </div>
    </div>`;
  }

  override render() {
    const dataset = this.correctedDataset;
    const built = this.built;
    const stale = this.applied?.ok ? this.applied.report.stale : [];
    const indicators: Option[] = dataset && built
      ? [...new Map([...built.dataset.indicators, ...dataset.indicators].map((i) => [i.id, { id: i.id, label: i.name[this.uiLang] }])).values()]
      : [];
    const text = built?.text ?? this.problemText;
    return html`
      <header>
        <div class="title-row">
          <h1>${this.t.title}</h1>
          <div class="row">
            ${this.gallery ? html`<a href=${this.gallery}>${this.t.galleryLink}</a>` : nothing}
            ${this.renderSwitches()}
            <button type="button" id="clear" aria-haspopup="dialog" @click=${this.handleClear}>${this.t.clear}</button>
          </div>
        </div>
        <p class="hint">${this.t.lede}</p>
      </header>
      ${this.renderClearDialog()}
      <p class="status" id="progress" role="status" aria-live="polite">${this.status?.(this.t) ?? ''}</p>
      <div class="alert" id="problem" role="alert">${this.problem?.(this.t) ?? (this.applied && !this.applied.ok ? this.t.correctionsFailed(this.applied.message) : '')}</div>

      <section aria-labelledby="h-article" class="input">
        <h2 id="h-article">${this.t.articleHeading}</h2>
        <div class="drop" @dragover=${this.handleDragOver} @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')} @drop=${this.handleDrop}>
          <label>${this.t.pasteLabel}
            <textarea
              id="article"
              placeholder=${this.t.pastePlaceholder}
              .value=${this.draft.length > MAX_DRAFT_SHOWN ? '' : this.draft}
              aria-describedby="draft-note"
              @input=${this.handleTyping}
            ></textarea>
          </label>
          <p id="draft-note" class="hint">${this.draft.length > MAX_DRAFT_SHOWN ? this.t.longDraft(this.draft.length) : ''}</p>
          <div class="row">
            <label>${this.t.fileLabel}<input type="file" id="file" accept=".txt,text/plain" @change=${this.handleFileChosen} /></label>
            <label>${this.t.fileNameLabel}<input type="text" id="file-name" .value=${this.file ?? this.built?.file ?? ''} placeholder=${this.t.fileNamePlaceholder} aria-describedby="file-name-note" @change=${this.handleFileName} /></label>
          </div>
          <p class="hint" id="file-name-note">${!this.file && this.built ? `${this.t.fileNameMade} ` : ''}${this.t.dropHint}</p>
          ${this.renderPlace()}
          ${this.renderPublication()}
        </div>
      </section>

      ${text === undefined && !this.bytes ? html`<p class="hint">${this.t.empty}</p>` : nothing}
      <div class="workbench">
        <section aria-labelledby="h-text">
          <h2 id="h-text">${this.t.textHeading}</h2>
          <p class="hint">${this.t.textHint}</p>
          <studio-article
            lang=${this.uiLang}
            .text=${text ?? ''}
            .figures=${dataset?.observations ?? []}
            .skipped=${dataset?.skipped ?? []}
            .selected=${this.rows.find((r) => r.base.id === this.editing)?.base.span}
            @studio-select=${this.handleSelect}
          ></studio-article>
        </section>
        <section aria-labelledby="h-table">
          <h2 id="h-table">${this.t.tableHeading}</h2>
          ${stale.length
            ? html`<div class="stale">${this.t.stale(stale.length)}<ul>${stale.map((s) => html`<li>${s.correction.raw}（${s.correction.span.join('–')}）：${s.reason}</li>`)}</ul></div>`
            : nothing}
          <studio-figures
            lang=${this.uiLang}
            .rows=${this.rows}
            .text=${text ?? ''}
            .indicators=${indicators}
            .regions=${this.editorRegions()}
            .editing=${this.editing}
            .correct=${this.correctFigure}
            .bulk=${this.bulkActions()}
            @studio-editing=${(e: CustomEvent<string | undefined>) => (this.editing = e.detail)}
            @studio-show=${this.handleShow}
          ></studio-figures>
        </section>
      </div>

      <section aria-labelledby="h-preview">
        <h2 id="h-preview">${this.t.previewHeading}</h2>
        <studio-preview lang=${this.uiLang} .data=${dataset} .choice=${dataset ? this.chartChoice(dataset) : undefined} @studio-choice=${this.handleChoice}></studio-preview>
      </section>

      <section aria-labelledby="h-export">
        <h2 id="h-export">${this.t.exportHeading}</h2>
        ${this.renderExport(dataset)}
      </section>
    `;
  }
}

/**
 * The studio's tags, defined in one place. (Its parts' modules define nothing themselves:
 * a bundler may drop a module imported only for its side effects, since the package
 * declares which of its files have them.)
 */
const TAGS = {
  'studio-article': StudioArticle,
  'studio-figures': StudioFigures,
  'studio-preview': StudioPreview,
  'livelihood-studio': LivelihoodStudio,
} as const;
for (const [tag, element] of Object.entries(TAGS)) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-studio': LivelihoodStudio;
  }
  interface HTMLElementEventMap {
    'studio-download': CustomEvent<StudioDownload>;
  }
}
