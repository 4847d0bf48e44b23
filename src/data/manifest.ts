/**
 * The manifest beside a set of articles says what their texts do not: each article's
 * region, and its publisher, date or URL when the text lacks them. Values the text
 * gives win; the manifest fills gaps and never overrides silently (the CLI reports
 * conflicts).
 */
import type { Region } from './types.js';

export interface ManifestEntry {
  file: string;
  /** A place id from the lexicon, or a new region described in full. */
  region: string | Region;
  title?: string;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  note?: string;
}

export interface Manifest {
  articles: ManifestEntry[];
}

export class ManifestError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a parsed manifest.json, naming the entry and field that is wrong. */
export function parseManifest(input: unknown, where = 'manifest.json'): Manifest {
  const fail = (path: string, msg: string): never => {
    throw new ManifestError(`${where}: ${path}: ${msg}`);
  };
  if (typeof input !== 'object' || input === null || !Array.isArray((input as Manifest).articles)) {
    fail('articles', 'expected an object with an "articles" array');
  }
  const articles = (input as Manifest).articles;
  articles.forEach((a, i) => {
    const path = `articles[${i}]`;
    if (typeof a !== 'object' || a === null) fail(path, 'expected an object');
    if (typeof a.file !== 'string' || !a.file) fail(`${path}.file`, 'expected a file name');
    const r = a.region;
    if (typeof r !== 'string' && (typeof r !== 'object' || r === null || typeof r.id !== 'string')) {
      fail(`${path}.region`, 'expected a place id or a region object with an id');
    }
    if (a.published != null && !ISO_DATE.test(a.published)) {
      fail(`${path}.published`, `expected YYYY-MM-DD, got ${JSON.stringify(a.published)}`);
    }
  });
  return { articles };
}
