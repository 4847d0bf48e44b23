/**
 * One article's bytes → its dataset, as the studio's worker runs it: decode → find the
 * place (or take the editor's) → the pipeline (DatasetBuilder) → check the accounting.
 * Pure apart from the SHA-256, which the caller computes (crypto.subtle is async) and
 * passes in. Every failure is a BuildProblem the page can explain, never a throw.
 */
import { DatasetBuilder } from '../data/dataset.js';
import { decodeArticle, DecodeError } from '../data/decode.js';
import { allRegions, ancestorsOf, regionOf } from '../data/gazetteer.js';
import { ArticleLimitError, MAX_ARTICLE_BYTES } from '../data/limits.js';
import { articlePlace } from '../data/places.js';
import type { Built, BuildProblem, PlaceFinding, RegionChoice, Stage } from './protocol.js';

export type BuildOutcome = { ok: true; built: Built } | { ok: false; problem: BuildProblem };

export interface BuildInput {
  file: string;
  bytes: Uint8Array;
  region: string | null;
}

const fail = (problem: BuildProblem): BuildOutcome => ({ ok: false, problem });

/** The place the article's title or lead names, as plain data. */
export function findPlace(text: string): PlaceFinding {
  const place = articlePlace(text);
  if (!place) return { kind: 'none' };
  if (place.ambiguous) return { kind: 'ambiguous', name: place.name, candidates: place.candidates.map((c) => regionOf(c)!.id), message: place.message };
  return { kind: 'found', region: place.region.id, name: place.name, from: place.from };
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

  progress('extract');
  const builder = new DatasetBuilder();
  try {
    const report = builder.add({ file: input.file, text, sha256: sha, bytes: input.bytes.length }, { file: input.file, region });
    if (report.numerals !== report.figures + report.skipped) {
      return fail({ kind: 'failed', message: `accounting does not add up: ${report.numerals} numerals ≠ ${report.figures} figures + ${report.skipped} skipped`, text, place });
    }
    return { ok: true, built: { text, encoding, sha256: sha, place, region, dataset: builder.finish(), report } };
  } catch (e) {
    const kind = e instanceof ArticleLimitError ? 'too-large' : 'failed';
    return fail({ kind, message: (e as Error).message, text, place });
  }
}

/** Every region of the gazetteer, each with where it lies, for choosing an article's place. */
export function regionChoices(): RegionChoice[] {
  return allRegions().map((r) => {
    const within = ancestorsOf(r.id)
      .slice(1)
      .map((a) => a.name.zh)
      .join(', ');
    return { id: r.id, name: r.name, level: r.level, ...(r.parent ? { parent: r.parent } : {}), ...(r.code ? { code: r.code } : {}), within };
  });
}

/** SHA-256 as lowercase hex, with the platform's Web Crypto (browser, worker, Node ≥ 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
