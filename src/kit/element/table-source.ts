/**
 * A `<table>` the page wrote inside the element (table-data.ts): read when the element
 * connects and again whenever the table changes, as the chart's dataset. The table stays
 * in the light DOM, unrendered once the chart draws (the shadow root has no slot): it is
 * what readers see before, or without, the script.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { readTable, TableError, tableDataset } from '../model/table-data.js';
import { ChartError } from './problem.js';

export class TableSource implements ReactiveController {
  /** The table's dataset (to validate), a ChartError naming its mistake, or undefined without a table. */
  data: unknown;
  /** Counts readings: each one is validated again. */
  version = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveElement,
    /** The indicator id the table's figures get (the chart's `indicator` attribute). */
    private readonly indicator: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => {
      this.read();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-id', 'data-en', 'data-level', 'data-start', 'data-end'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const table = this.host.querySelector(':scope > table');
    this.version++;
    if (!(table instanceof HTMLTableElement)) {
      this.data = undefined;
      return;
    }
    try {
      this.data = tableDataset(readTable(table), this.indicator());
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      this.data = new ChartError({ kind: 'invalid-dataset', origin: '<table>', issues: [{ path: 'table', message: error.message }] });
    }
  }
}
