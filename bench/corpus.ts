/**
 * What the pipeline benchmarks share (bench/data.bench.ts, bench/data-slice.ts): the
 * seeds, the synthetic corpus made from them, and running a document through a pipeline.
 * Bundled into tmp/ with them, so paths resolve from there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeArticle } from '../src/data/decode.ts';
import type { DatasetBuilder } from '../src/data/dataset.ts';
import type { ManifestEntry, parseManifest } from '../src/data/manifest.ts';
import type { serializeDataset } from '../src/data/serialize.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
export const MB = 1024 * 1024;
export const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * MB;

/** The modules a benchmark drives: this tree's, or a bundle of another commit's (same names). */
export interface Pipeline {
  DatasetBuilder: typeof DatasetBuilder;
  parseManifest: typeof parseManifest;
  serializeDataset: typeof serializeDataset;
}

const manifestJson: unknown = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8'));
export const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(SEEDS, file)) }));
const texts = seeds.map((s) => decodeArticle(s.bytes).text);

/** Each seed's manifest entry, as a pipeline's own parseManifest reads it. */
export function entriesFor(p: Pipeline): ManifestEntry[] {
  const { articles } = p.parseManifest(manifestJson);
  return seeds.map((s) => articles.find((a) => a.file === s.file)!);
}

/** The five seeds as one dataset: decode → clean → extract → assemble → serialise. */
export function buildSeeds(p: Pipeline, entries: readonly ManifestEntry[]): string {
  const builder = new p.DatasetBuilder();
  seeds.forEach((s, k) => {
    const { text } = decodeArticle(s.bytes);
    builder.add({ file: s.file, text, sha256: '', bytes: s.bytes.length }, entries[k]!);
  });
  return p.serializeDataset(builder.finish());
}

/** A deterministic stream of digits, so every run benchmarks the same corpus. */
function* digits(seed: number): Generator<string> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield String(x % 10);
  }
}

function variant(text: string, n: number): string {
  const d = digits(n + 1);
  // Vary every digit except the first of a number, keeping magnitudes plausible.
  return text.replace(/\d(\d+)/gu, (m) => m[0] + [...m.slice(1)].map(() => d.next().value).join(''));
}

export interface Doc {
  /** The k-th document of the corpus, a variant of seed `i`. */
  k: number;
  i: number;
  text: string;
  bytes: number;
}

/**
 * The corpus (CORPUS_BYTES), one document at a time; with `slices`, only every
 * `slices`-th round of the seeds from round `slice` on, for running the corpus in turns.
 */
export function* corpus(slice = 0, slices = 1): Generator<Doc> {
  // A variant only changes digits into digits, so it has its seed's byte length.
  const sizes = texts.map((t) => Buffer.byteLength(t));
  for (let k = 0, processed = 0; processed < CORPUS_BYTES; k++) {
    const i = k % texts.length;
    if (Math.floor(k / texts.length) % slices === slice) yield { k, i, text: variant(texts[i]!, k), bytes: sizes[i]! };
    processed += sizes[i]!;
  }
}

/** One document through a pipeline, as a service would run it: build, finish, serialise. */
export function runDocument(p: Pipeline, entries: readonly ManifestEntry[], doc: Doc): { ms: number; cpuMs: number; figures: number; json: string } {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const builder = new p.DatasetBuilder();
  builder.add({ file: `doc${doc.k}_${seeds[doc.i]!.file}`, text: doc.text, sha256: '', bytes: doc.bytes }, { ...entries[doc.i]!, file: '' });
  const dataset = builder.finish();
  const json = p.serializeDataset(dataset);
  const { user, system } = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (user + system) / 1000, figures: dataset.observations.length, json };
}
