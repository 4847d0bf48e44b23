/**
 * Pipeline benchmark (`npm run bench:data`). It runs as the pipeline ships and runs in
 * an app: bundled JavaScript (esbuild, into tmp/), not through tsx, whose on-the-fly
 * transform wraps every function (keepNames) and costs about a quarter of the speed.
 *
 * 1. The five seeds: build the whole dataset (decode → clean → extract → assemble →
 *    serialise), median of repeated runs. Target: under 100 ms.
 * 2. A synthetic corpus of at least 50 MB: the seeds repeated with their digits varied
 *    (so no two documents are equal), processed one document at a time, each document's
 *    JSON written to a file as it is produced. Prints throughput and the heap in use as
 *    the corpus grows. Targets: at least 10 MB/s on one core; memory flat (heap after
 *    50 MB within 1.5× of the heap after 10 MB).
 */
import { createWriteStream, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatasetBuilder } from '../src/data/dataset.ts';
import { decodeArticle } from '../src/data/decode.ts';
import { parseManifest } from '../src/data/manifest.ts';
import { serializeDataset } from '../src/data/serialize.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const CORPUS_BYTES = Number(process.env.BENCH_CORPUS_MB ?? 50) * 1024 * 1024;
const MB = 1024 * 1024;

const manifest = parseManifest(JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')));
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(SEEDS, file)) }));
const entryOf = (file: string) => manifest.articles.find((a) => a.file === file)!;

function buildSeeds(): string {
  const builder = new DatasetBuilder();
  for (const s of seeds) {
    const { text } = decodeArticle(s.bytes);
    builder.add({ file: s.file, text, sha256: '', bytes: s.bytes.length }, entryOf(s.file));
  }
  return serializeDataset(builder.finish());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

function report(label: string, value: string, target: string, pass: boolean) {
  console.log(`${label.padEnd(38)} ${value.padStart(14)}   target ${target.padEnd(14)} ${pass ? 'PASS' : 'FAIL'}`);
}

// 1. Seeds
const cold = performance.now();
buildSeeds();
const coldMs = performance.now() - cold;
const runs: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  buildSeeds();
  runs.push(performance.now() - t);
}
const seedMs = median(runs);

// 2. Corpus, one document at a time
const texts = seeds.map((s) => decodeArticle(s.bytes).text);
const outPath = join(tmpdir(), `livelihood-bench-${process.pid}.jsonl`);
const out = createWriteStream(outPath);
const checkpoints = [10 * MB, 25 * MB, CORPUS_BYTES];
const heapAt: number[] = [];
let processed = 0;
let docs = 0;
let figures = 0;
let busy = 0;
globalThis.gc?.();
while (processed < CORPUS_BYTES) {
  const i = docs % texts.length;
  const text = variant(texts[i], docs);
  const bytes = Buffer.byteLength(text);
  const t = performance.now();
  const builder = new DatasetBuilder();
  builder.add({ file: `doc${docs}_${seeds[i].file}`, text, sha256: '', bytes }, { ...entryOf(seeds[i].file), file: '' });
  const dataset = builder.finish();
  const json = serializeDataset(dataset);
  busy += performance.now() - t;
  figures += dataset.observations.length;
  if (!out.write(json)) await new Promise<void>((r) => out.once('drain', () => r()));
  processed += bytes;
  docs++;
  if (processed >= checkpoints[heapAt.length]) {
    globalThis.gc?.();
    heapAt.push(process.memoryUsage().heapUsed);
  }
}
await new Promise<void>((r) => out.end(() => r()));

const mbps = processed / MB / (busy / 1000);
console.log(`\nlivelihood-charts data pipeline (node ${process.version}, one core)\n`);
report('five seeds, cold first build', `${coldMs.toFixed(1)} ms`, '—', true);
report('five seeds, median of 20 builds', `${seedMs.toFixed(1)} ms`, '< 100 ms', seedMs < 100);
report(`corpus: ${docs} documents, ${(processed / MB).toFixed(1)} MB`, `${figures} figures`, '≥ 50 MB', processed >= 50 * MB);
report('throughput', `${mbps.toFixed(1)} MB/s`, '≥ 10 MB/s', mbps >= 10);
checkpoints.forEach((c, k) => report(`heap in use after ${Math.round(c / MB)} MB`, `${(heapAt[k] / MB).toFixed(1)} MB`, k ? '≤ 1.5× first' : '—', !k || heapAt[k] <= 1.5 * heapAt[0]));
report('peak resident memory', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '—', true);
console.log(`\n(the corpus run wrote ${(statSync(outPath).size / MB).toFixed(0)} MB of JSON, now deleted)`);
unlinkSync(outPath);
