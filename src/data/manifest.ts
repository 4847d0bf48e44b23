/**
 * The manifest beside a set of articles says what their texts do not: each article's
 * region, and its publisher, date or URL when the text lacks them. Values the text
 * gives win; the manifest fills gaps and never overrides silently (the CLI reports
 * conflicts).
 *
 * It is checked as strictly as a dataset: every field's type and vocabulary, real
 * calendar dates, no unknown keys, no file listed twice, a region never its own parent.
 * Messages name the manifest and the field: `seeds/manifest.json: articles[2].region.level: …`.
 */
import { isIsoDate } from './iso-date.js';
import { REGION_LEVELS, type Region } from './types.js';

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

const ENTRY_KEYS = new Set(['file', 'region', 'title', 'publisher', 'published', 'url', 'note']);
const REGION_KEYS = new Set(['id', 'name', 'level', 'parent', 'code']);
const ID = /^[\p{L}\p{N}_-]+$/u;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v));

/** Checks a parsed manifest.json, naming the entry and field that is wrong. */
export function parseManifest(input: unknown, where = 'manifest.json'): Manifest {
  const fail = (path: string, msg: string): never => {
    throw new ManifestError(`${where}: ${path}: ${msg}`);
  };
  const unknownKeys = (v: Record<string, unknown>, allowed: Set<string>, path: string) => {
    for (const k of Object.keys(v)) {
      if (!allowed.has(k)) fail(`${path}.${k}`, `unknown field (expected ${[...allowed].join(', ')})`);
    }
  };
  const optionalText = (v: unknown, path: string, nullable: boolean) => {
    if (v === undefined || (nullable && v === null)) return;
    if (typeof v !== 'string' || !v.trim()) fail(path, `expected a non-empty string${nullable ? ' or null' : ''}, got ${show(v)}`);
  };

  if (!isRecord(input) || !Array.isArray(input.articles)) fail('articles', 'expected an object with an "articles" array');
  const manifest = input as unknown as Manifest;
  unknownKeys(input as Record<string, unknown>, new Set(['articles']), '$');
  const files = new Set<string>();
  manifest.articles.forEach((a: unknown, i) => {
    const path = `articles[${i}]`;
    if (!isRecord(a)) return fail(path, `expected an object, got ${show(a)}`);
    unknownKeys(a, ENTRY_KEYS, path);
    if (typeof a.file !== 'string' || !a.file || /[\\/]/.test(a.file)) {
      fail(`${path}.file`, `expected a file name (no directories), got ${show(a.file)}`);
    }
    if (files.has(a.file as string)) fail(`${path}.file`, `"${a.file}" is listed twice`);
    files.add(a.file as string);
    checkRegion(a.region, `${path}.region`, fail, unknownKeys);
    optionalText(a.title, `${path}.title`, false);
    optionalText(a.publisher, `${path}.publisher`, true);
    optionalText(a.note, `${path}.note`, false);
    if (a.published != null && !isIsoDate(a.published)) {
      fail(`${path}.published`, `expected a real date YYYY-MM-DD or null, got ${show(a.published)}`);
    }
    if (a.url != null && (typeof a.url !== 'string' || !/^https?:\/\/\S+$/u.test(a.url))) {
      fail(`${path}.url`, `expected an http(s) URL or null, got ${show(a.url)}`);
    }
  });
  return manifest;
}

function checkRegion(
  r: unknown,
  path: string,
  fail: (path: string, msg: string) => never,
  unknownKeys: (v: Record<string, unknown>, allowed: Set<string>, path: string) => void,
): void {
  if (typeof r === 'string') {
    if (!ID.test(r)) fail(path, `expected a place id (letters, digits, _ and -), got ${show(r)}`);
    return;
  }
  if (!isRecord(r)) return fail(path, `expected a place id or a region object, got ${show(r)}`);
  unknownKeys(r, REGION_KEYS, path);
  if (typeof r.id !== 'string' || !ID.test(r.id)) fail(`${path}.id`, `expected an id (letters, digits, _ and -), got ${show(r.id)}`);
  const name = r.name;
  if (!isRecord(name)) return fail(`${path}.name`, `expected {"zh": …, "en": …}, got ${show(name)}`);
  for (const lang of ['zh', 'en']) {
    if (typeof name[lang] !== 'string' || !(name[lang] as string).trim()) {
      fail(`${path}.name.${lang}`, `expected a non-empty string, got ${show(name[lang])}`);
    }
  }
  if (!REGION_LEVELS.includes(r.level as never)) {
    fail(`${path}.level`, `expected one of ${REGION_LEVELS.join(', ')}, got ${show(r.level)}`);
  }
  if (r.parent !== undefined) {
    if (typeof r.parent !== 'string' || !ID.test(r.parent)) fail(`${path}.parent`, `expected a place id, got ${show(r.parent)}`);
    if (r.parent === r.id) fail(`${path}.parent`, `a region cannot be its own parent ("${r.id}")`);
  }
  if (r.code !== undefined && (typeof r.code !== 'string' || !/^\d{6}$/.test(r.code))) {
    fail(`${path}.code`, `expected a six-digit division code, got ${show(r.code)}`);
  }
}
