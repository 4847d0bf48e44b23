/**
 * A `<table>` the page wrote inside the element (table-data.ts): read when the element
 * connects and again whenever the table changes, as the chart's dataset. The table stays
 * in the light DOM, unrendered once the chart draws (the shadow root has no slot): it is
 * what readers see before, or without, the script.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { onDemand } from './on-demand.js';
import { ChartError } from './problem.js';

/** The table reader (with the numeral parser), loaded on first use: only a chart holding a table needs it. */
const tableReader = onDemand(() => import('../model/table-data.js'));

export class TableSource implements ReactiveController {
  /**
   * The table's dataset (to validate), a ChartError naming its mistake, a promise while
   * the table reader loads (the chart waits for it), or undefined without a table.
   */
  data: unknown;
  /** Counts readings: each one is validated again. */
  version = 0;
  #observer?: MutationObserver;

  readonly #host: ReactiveElement;
  /** The indicator id the table's figures get (the chart's `indicator` attribute). */
  readonly #indicator: () => string | undefined;

  constructor(host: ReactiveElement, indicator: () => string | undefined) {
    this.#host = host;
    this.#indicator = indicator;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    this.#observer ??= new MutationObserver(() => this.#reread());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-id', 'data-en', 'data-level', 'data-start', 'data-end'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #reread(): void {
    this.#read();
    this.#host.requestUpdate();
  }

  #read(): void {
    const table = this.#host.querySelector(':scope > table');
    this.version++;
    const reader = tableReader.loaded();
    this.data = !(table instanceof HTMLTableElement)
      ? undefined
      : reader
        ? reader.tableDatasetOf(table, this.#indicator())
        : tableReader.load().then(
            () => this.#reread(),
            (error: unknown) => {
              const reason = error instanceof Error ? error.message : String(error);
              this.data = new ChartError({ kind: 'unexpected', reason: `<table> could not be read: ${reason}` });
              this.#host.requestUpdate();
            },
          );
  }
}
