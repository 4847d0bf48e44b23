/**
 * Work in progress, kept in the browser's IndexedDB so that it survives a reload: the
 * article's bytes and file name, the place, date and publisher given for it, the corrections
 * (and the bulk corrections that can still be taken back) and the chart picked. Nothing
 * leaves the browser. One record per database name (the studio's, or a test's own).
 */
import type { CorrectionsFile } from '../data/corrections.js';
import type { Batch } from './bulk.js';
import type { ChartChoice } from './chart-choice.js';

export interface Work {
  /** The editor's file name; null: the one made for the article. */
  file: string | null;
  /** The article as given (pasted text is kept as UTF-8). */
  bytes: Uint8Array;
  /** The place the editor chose; null: the one the article names. */
  region: string | null;
  /** The publication date and publisher the editor gave (absent in work kept before they could). */
  published?: string | null;
  publisher?: string | null;
  corrections: CorrectionsFile;
  /** Bulk corrections that can still be taken back, the latest last. */
  batches?: Batch[];
  chart?: Partial<ChartChoice>;
}

const STORE = 'work';
const KEY = 'current';

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open IndexedDB "${name}"`));
    request.onblocked = () => reject(new Error(`IndexedDB "${name}" is blocked by another tab`));
  });
}

async function run<T>(name: string, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(name);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export const loadWork = async (name: string): Promise<Work | undefined> =>
  (await run<Work | undefined>(name, 'readonly', (s) => s.get(KEY) as IDBRequest<Work | undefined>)) ?? undefined;

export const saveWork = async (name: string, work: Work): Promise<void> => {
  await run(name, 'readwrite', (s) => s.put(work, KEY));
};

export const clearWork = async (name: string): Promise<void> => {
  await run(name, 'readwrite', (s) => s.delete(KEY));
};
