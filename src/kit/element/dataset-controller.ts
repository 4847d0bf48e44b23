/**
 * A chart's dataset (see load.ts for where it comes from).
 *
 * A dataset set from script is copied and validated synchronously, so setting `dataset`
 * renders the chart in the same update, with no loading state in between, once the
 * validator is there: the page's first such dataset waits for it to load (load.ts). It is
 * validated again each time it is set (the host counts assignments in `version`), never
 * skipped because the same object was seen before: the object may have changed. `src` and the
 * embedded default load asynchronously (pending, then a dataset or an error; a load
 * overtaken by another is dropped). `settled` lets a host's `updateComplete` wait for
 * the chart itself. (`@lit/task` does this for any task; this one needs 0.8 KB gzip less.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/types.js';
import { checker, loadDataset, type FetchOptions } from './load.js';
import { ChartError, toProblem, type ChartProblem } from './problem.js';
import type { Outcome } from './check.js';

export interface DatasetSource {
  /** URL of a dataset to fetch. */
  src?: string | undefined;
  /** A dataset object set from script; wins over `src`. */
  dataset?: unknown;
  /** Changes with each assignment of `dataset` (or reading of a table): a new version is validated again, even for the same object. */
  version?: number | string;
  /** What `dataset` is, for messages: 'dataset' (set from script) or '<table>'. */
  origin?: string;
}


/** A load of `src` (undefined: the default): pending until `outcome` is set; `done` never rejects. */
interface Load {
  src: string | undefined;
  done: Promise<void>;
  outcome?: { dataset: Dataset; error?: undefined } | { dataset?: undefined; error: unknown };
}

export class DatasetController implements ReactiveController {
  /** What was last loaded (or is loading). */
  #loading?: Load;
  /** The verdict on the last object set from script. */
  #given?: { input: unknown; version: number | string | undefined; outcome: Outcome };
  /** The problem of the last failed load, kept so each failure is one object. */
  #failure?: { error: unknown; problem: ChartProblem };
  /** What a dataset from script waits for (the validator, a table's reader), and a promise that settles (never rejects) with it. */
  #waitingOn?: Promise<unknown>;
  #checking?: Promise<unknown>;

  readonly #host: ReactiveControllerHost;
  readonly #source: () => DatasetSource;
  readonly #options: FetchOptions;

  constructor(host: ReactiveControllerHost, source: () => DatasetSource, options: FetchOptions = {}) {
    this.#host = host;
    this.#source = source;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Starts loading when connected, not at the first update (which may wait for the page's
   * draw queue); connected again after a failed load (the reader moved it, a page
   * re-attached it): retries.
   */
  hostConnected(): void {
    if (this.#loading?.outcome?.error !== undefined) {
      this.#loading = undefined;
      this.#host.requestUpdate();
    }
    this.hostUpdate();
    // A dataset from script is checked when the chart renders: its validator loads now.
    if (this.#source().dataset != null) checker.load().catch(() => undefined);
  }

  // Only when something has to load: a dataset set from script costs no load and no
  // extra update. Runs before render, which then shows the load as pending.
  hostUpdate(): void {
    const { src, dataset } = this.#source();
    if (dataset != null) return;
    const url = src || undefined;
    if (this.#loading && this.#loading.src === url) return;
    const load: Load = { src: url, done: Promise.resolve() };
    const settle = (outcome: NonNullable<Load['outcome']>) => {
      if (this.#loading !== load) return; // overtaken by a newer load
      load.outcome = outcome;
      this.#host.requestUpdate();
    };
    load.done = loadDataset(url, undefined, this.#options).then(
      (loaded) => settle({ dataset: loaded }),
      (error: unknown) => settle({ error }),
    );
    this.#loading = load;
  }

  /**
   * The verdict on a dataset set from script, 'checking' while the validator loads, or
   * undefined when none is set.
   */
  #fromScript(): Outcome | 'checking' | undefined {
    const { dataset, version, origin = 'dataset' } = this.#source();
    if (dataset == null) return undefined;
    if (this.#given?.input !== dataset || this.#given.version !== version) {
      // A table whose reader is loading arrives as a promise (table-source.ts): wait.
      if (dataset instanceof Promise) return this.#waitFor(dataset);
      // A table that could not be read arrives as the error naming its mistake.
      const unreadable = dataset instanceof ChartError;
      const check = checker.loaded();
      if (!unreadable && !check) return this.#waitForChecker(dataset, version, origin);
      this.#given = { input: dataset, version, outcome: unreadable ? { problem: dataset.problem } : check!.verdict(dataset, origin) };
    }
    return this.#given.outcome;
  }

  /** Loads the validator, then updates the host; a validator that cannot load is the dataset's problem. */
  #waitForChecker(input: unknown, version: number | string | undefined, origin: string): 'checking' {
    return this.#waitFor(checker.load(), (error) => {
      const reason = error instanceof Error ? error.message : String(error);
      this.#given = { input, version, outcome: { problem: { kind: 'unexpected', reason: `${origin} could not be checked: ${reason}` } } };
    });
  }

  /** Pending until `loading` settles, then an update (`settled` waits for it too). */
  #waitFor(loading: Promise<unknown>, failed?: (error: unknown) => void): 'checking' {
    if (this.#waitingOn === loading) return 'checking'; // asked again by the same render
    this.#waitingOn = loading;
    const done = () => {
      if (this.#waitingOn === loading) this.#waitingOn = this.#checking = undefined;
      this.#host.requestUpdate();
    };
    this.#checking = loading.then(done, (error: unknown) => {
      failed?.(error);
      done();
    });
    return 'checking';
  }

  get pending(): boolean {
    const given = this.#fromScript();
    if (given) return given === 'checking';
    return !this.#loading?.outcome;
  }

  /** The dataset once loaded; undefined while pending or failed. */
  get value(): Dataset | undefined {
    const given = this.#fromScript();
    if (given) return given === 'checking' ? undefined : given.dataset;
    return this.#loading?.outcome?.dataset;
  }

  /** Why loading failed; the same object for the same failure (events fire once per failure). */
  get problem(): ChartProblem | undefined {
    const given = this.#fromScript();
    if (given) return given === 'checking' ? undefined : given.problem;
    const outcome = this.#loading?.outcome;
    if (!outcome || outcome.dataset) return undefined;
    const error = outcome.error;
    if (this.#failure && this.#failure.error === error) return this.#failure.problem;
    this.#failure = { error, problem: toProblem(error) };
    return this.#failure.problem;
  }

  /**
   * Waits for `hostUpdated` (the host's own update promise) until loading is over, so
   * that a host's `updateComplete` means "the chart (or its error) is rendered":
   * `getUpdateComplete() { return this.loader.settled(() => super.getUpdateComplete()); }`
   */
  async settled(hostUpdated: () => Promise<boolean>): Promise<boolean> {
    let done = await hostUpdated();
    while (this.pending) {
      const waiting = this.#checking ?? this.#loading?.done;
      if (!waiting) break; // nothing started: the host has not updated (not connected)
      await waiting;
      done = await hostUpdated();
    }
    return done;
  }
}
