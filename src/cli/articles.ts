/**
 * Articles → dataset, one article at a time: read, decode, find the place, run the
 * pipeline, check the accounting. With `jobs` > 1 the articles go to worker threads
 * (worker.ts); each returns its article's dataset, merged in file order, so the result
 * is byte for byte what one thread builds. In the `parts` form an article comes back
 * validated and written as text (parts.ts), which a worker does in parallel and the
 * main thread need not take apart and put together again.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DatasetBuilder, type SourceReport } from '../data/dataset.js';
import type { ManifestEntry } from '../data/manifest.js';
import { SKIP_REASONS, type Dataset } from '../data/types.js';
import { detectRegion, InputError, readArticle } from './inputs.js';
import { toParts, type ArticleParts } from './parts.js';

export interface ArticleJob {
  path: string;
  /** The manifest's entry for the file, if any. */
  entry?: ManifestEntry | undefined;
  /** `--region`: wins over the manifest. */
  region?: string | undefined;
}

/** What a build takes of each article: its dataset, or its dataset validated and written (parts.ts). */
export type ArticleForm = 'dataset' | 'parts';

interface ArticleOutcome {
  report: SourceReport;
  /** What to tell the user about this article, in order. */
  lines: string[];
}

export interface ArticleResult extends ArticleOutcome {
  dataset: Dataset;
}

export interface ArticlePartsResult extends ArticleOutcome {
  parts: ArticleParts;
}

export function formatReport(r: SourceReport): string {
  const reasons = SKIP_REASONS.filter((k) => r.skippedByReason[k])
    .map((k) => `${k} ${r.skippedByReason[k]}`)
    .join(', ');
  return `${r.file}: ${r.numerals} numerals = ${r.figures} figures + ${r.skipped} skipped${reasons ? ` (${reasons})` : ''}`;
}

/** One article through the pipeline, as a dataset of its own (or its parts). */
export function buildArticle(job: ArticleJob, form?: 'dataset'): ArticleResult;
export function buildArticle(job: ArticleJob, form: 'parts'): ArticlePartsResult;
export function buildArticle(job: ArticleJob, form: ArticleForm): ArticleResult | ArticlePartsResult;
export function buildArticle({ path, entry, region }: ArticleJob, form: ArticleForm = 'dataset'): ArticleResult | ArticlePartsResult {
  const name = basename(path);
  const lines: string[] = [];
  const article = readArticle(path);
  // --region, when given, wins over a manifest entry: it is what the user just said;
  // with neither, the title and lead name the place.
  const place = region ?? entry?.region ?? detectRegion(path, article.text, (line) => lines.push(line));
  const builder = new DatasetBuilder();
  let report: SourceReport;
  try {
    report = builder.add({ file: name, ...article }, { ...entry, file: name, region: place });
  } catch (e) {
    // The builder names the file itself; the path says where it is.
    const message = (e as Error).message;
    throw new InputError(`${path}: ${message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message}`);
  }
  if (report.numerals !== report.figures + report.skipped) {
    throw new InputError(`${path}: accounting does not add up: ${formatReport(report)}`);
  }
  lines.push(formatReport(report));
  for (const c of report.conflicts) lines.push(`  note: ${c}; kept the text's value`);
  const dataset = builder.finish();
  return form === 'parts' ? { parts: toParts(dataset, path), report, lines } : { dataset, report, lines };
}

/** Says how far a long run has got, on stderr, once it has taken more than a second. */
export class Progress {
  private readonly started = Date.now();
  private shown = 0;
  private figures = 0;
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly write: ((text: string) => void) | undefined,
    private readonly tty = false,
  ) {}

  article(figures: number): void {
    this.done++;
    this.figures += figures;
    const now = Date.now();
    if (!this.write || now - this.started < 1000 || now - this.shown < (this.tty ? 200 : 1000)) return;
    this.shown = now;
    this.write(`${this.tty ? '\r' : ''}${this.line()}${this.tty ? '' : '\n'}`);
  }

  /** The last line, when any was shown. */
  end(): void {
    if (this.write && this.shown) this.write(`${this.tty ? '\r' : ''}${this.line()}\n`);
  }

  private line(): string {
    return `livelihood-data: ${this.done} of ${this.total} articles, ${this.figures.toLocaleString('en')} figures`;
  }
}

/** Jobs each worker holds beyond the one it is building. */
const JOBS_AHEAD = 4;

/** What a worker answers for a job: its result, or the error that stopped it. */
export type WorkerAnswer =
  | { index: number; ok: true; result: ArticleResult | ArticlePartsResult }
  | { index: number; ok: false; message: string; input: boolean };

/** The workers' module: compiled next to this one, or the TypeScript source under tsx. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

function startWorker(): Worker {
  if (!WORKER.pathname.endsWith('.ts')) return new Worker(WORKER);
  // Under tsx (tests, `npm run livelihood-data`) a worker does not inherit its loader: it registers it.
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`, { eval: true });
}

/**
 * Every job's result, in job order. `onResult` sees each as it completes, in job order
 * too (a result waits for those before it), so reports print as one thread prints them.
 */
export async function buildArticles(jobs: readonly ArticleJob[], threads: number, form: 'dataset', onResult: (result: ArticleResult) => void): Promise<void>;
export async function buildArticles(jobs: readonly ArticleJob[], threads: number, form: 'parts', onResult: (result: ArticlePartsResult) => void): Promise<void>;
export async function buildArticles(
  jobs: readonly ArticleJob[],
  threads: number,
  form: ArticleForm,
  onResult: (result: ArticleResult & ArticlePartsResult) => void,
): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    // The overloads pair each form with its result.
    for (const job of jobs) onResult(buildArticle(job, form) as ArticleResult & ArticlePartsResult);
    return;
  }
  const results = new Map<number, ArticleResult & ArticlePartsResult>();
  let next = 0;
  let emitted = 0;
  const flush = () => {
    for (let r = results.get(emitted); r; r = results.get(emitted)) {
      results.delete(emitted++);
      onResult(r);
    }
  };
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, startWorker);
  try {
    await new Promise<void>((done, fail) => {
      let received = 0;
      const give = (worker: Worker) => {
        if (next >= jobs.length) return;
        const index = next++;
        worker.postMessage({ index, job: jobs[index], form });
      };
      for (const worker of workers) {
        worker.on('message', (m: WorkerAnswer) => {
          if (!m.ok) return fail(m.input ? new InputError(m.message) : new Error(m.message));
          results.set(m.index, m.result as ArticleResult & ArticlePartsResult);
          try {
            flush();
          } catch (e) {
            return fail(e);
          }
          if (++received === jobs.length) return done();
          give(worker);
        });
        worker.once('error', fail);
        // A few jobs ahead, so a worker never waits for the main thread between articles.
        for (let k = 0; k < JOBS_AHEAD; k++) give(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
