/**
 * One article's bytes → its dataset, as the studio's worker runs it: decode → find the
 * place (or take the editor's) → the pipeline (DatasetBuilder) → check the accounting.
 * Pure apart from the SHA-256, which the caller computes (crypto.subtle is async) and
 * passes in. Every failure is a BuildProblem the page can explain, never a throw.
 */
import { DatasetBuilder } from '../data/dataset.js';
import { decodeArticle, DecodeError } from '../data/decode.js';
import { isIsoDate } from '../data/iso-date.js';
import { allRegions, ancestorsOf, regionOf } from '../data/gazetteer.js';
import { ArticleLimitError, MAX_ARTICLE_BYTES } from '../data/limits.js';
import { articlePlace } from '../data/places.js';
import type { Built, BuildProblem, PlaceFinding, RegionChoice, Stage } from './protocol.js';

export type BuildOutcome = { ok: true; built: Built } | { ok: false; problem: BuildProblem };

export interface BuildInput {
  /** The editor's file name; null: `articleFileName` makes one. */
  file: string | null;
  bytes: Uint8Array;
  region: string | null;
  /** The editor's publication date (YYYY-MM-DD) and publisher, as a manifest entry gives them. */
  published?: string | null;
  publisher?: string | null;
}

const fail = (problem: BuildProblem): BuildOutcome => ({ ok: false, problem });

/**
 * The place the article's title or lead names, as plain data, with the line it was read
 * from: what the pipeline took for a title may be a sentence, and the editor judges best
 * from the article's own words.
 */
export function findPlace(text: string): PlaceFinding {
  const place = articlePlace(text);
  if (!place) return { kind: 'none' };
  if (place.ambiguous) return { kind: 'ambiguous', name: place.name, candidates: place.candidates.map((c) => regionOf(c)!.id), message: place.message };
  const line = text.split('\n').find((l) => l.includes(place.name))?.trim();
  return { kind: 'found', region: place.region.id, name: place.name, from: place.from, ...(line ? { line } : {}) };
}

/**
 * A file name for an article the editor did not name: its place and the start of its
 * SHA-256 (`hohhot_76d52d8c.txt`). The source id comes from it, so two articles pasted
 * one after the other do not collide when their datasets are merged.
 */
export function articleFileName(region: string, sha256: string): string {
  return `${region}_${sha256.slice(0, 8)}.txt`;
}

/**
 * Builds one article. `sha256` is called once the bytes decode as text (hashing a file
 * that is not one would be wasted); `progress` hears each stage as it starts.
 */
export async function buildStudioArticle(
  input: BuildInput,
  sha256: (bytes: Uint8Array) => Promise<string>,
  progress: (stage: Stage) => void = () => {},
): Promise<BuildOutcome> {
  if (input.bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fail({ kind: 'too-large', message: `${mb(input.bytes.length)}; the limit is ${mb(MAX_ARTICLE_BYTES)}` });
  }
  progress('decode');
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeArticle(input.bytes));
  } catch (e) {
    if (e instanceof DecodeError) return fail({ kind: 'not-text', message: e.message });
    throw e;
  }
  progress('hash');
  const sha = await sha256(input.bytes);

  progress('place');
  const place = findPlace(text);
  let region: string;
  if (input.region) {
    if (!regionOf(input.region)) return fail({ kind: 'unknown-region', message: input.region, text, place });
    region = regionOf(input.region)!.id;
  } else if (place.kind === 'found') {
    region = place.region;
  } else if (place.kind === 'ambiguous') {
    return fail({ kind: 'ambiguous-place', message: place.message, text, place });
  } else {
    return fail({ kind: 'no-place', message: '', text, place });
  }

  if (input.published && !isIsoDate(input.published)) {
    return fail({ kind: 'failed', message: `publication date: expected a real date YYYY-MM-DD, got "${input.published}"`, text, place });
  }

  progress('extract');
  const file = input.file ?? articleFileName(region, sha);
  const builder = new DatasetBuilder();
  try {
    // The editor's date and publisher go in as the CLI's manifest gives them: the same
    // path resolves 今年 or 截至目前 against the date, and keeps what the text states.
    const entry = { file, region, ...(input.published ? { published: input.published } : {}), ...(input.publisher ? { publisher: input.publisher } : {}) };
    const report = builder.add({ file, text, sha256: sha, bytes: input.bytes.length }, entry);
    if (report.numerals !== report.figures + report.skipped) {
      return fail({ kind: 'failed', message: `accounting does not add up: ${report.numerals} numerals ≠ ${report.figures} figures + ${report.skipped} skipped`, text, place });
    }
    return { ok: true, built: { file, text, encoding, sha256: sha, place, region, dataset: builder.finish(), report } };
  } catch (e) {
    const kind = e instanceof ArticleLimitError ? 'too-large' : 'failed';
    return fail({ kind, message: (e as Error).message, text, place });
  }
}

/** Every region of the gazetteer, each with where it lies, for choosing an article's place. */
export function regionChoices(): RegionChoice[] {
  return allRegions().map((r) => {
    const parents = ancestorsOf(r.id).slice(1);
    const within = { zh: parents.map((a) => a.name.zh).join('，'), en: parents.map((a) => a.name.en).join(', ') };
    return { id: r.id, name: r.name, level: r.level, ...(r.parent ? { parent: r.parent } : {}), ...(r.code ? { code: r.code } : {}), within };
  });
}

/** SHA-256 as lowercase hex, with the platform's Web Crypto (browser, worker, Node ≥ 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
