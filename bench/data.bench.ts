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
 * 3. The same corpus through the pipeline as of the commit before issue 7 and through
 *    this tree's, both bundled alike by bench/data.mjs (paths in BENCH_BASE, BENCH_NOW),
 *    in two turns of half the corpus each, in the order base, now, now, base (so a
 *    machine that slows down or speeds up during the run favours neither), each turn a
 *    process of its own (bench/data-slice.ts) timed in CPU time, which other load on the
 *    machine does not add to as it adds to wall time. Target (issue 7): at most 20 %
 *    slower than the base, or the 10 MB/s of step 2. Without a base (a shallow clone) it
 *    says why and skips.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatasetBuilder } from '../src/data/dataset.ts';
import { parseManifest } from '../src/data/manifest.ts';
import { serializeDataset } from '../src/data/serialize.ts';
import { buildSeeds, corpus, CORPUS_BYTES, entriesFor, MB, runDocument, type Pipeline } from './corpus.ts';

const current: Pipeline = { DatasetBuilder, parseManifest, serializeDataset };
const entries = entriesFor(current);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function report(label: string, value: string, target: string, pass: boolean) {
  console.log(`${label.padEnd(38)} ${value.padStart(14)}   target ${target.padEnd(14)} ${pass ? 'PASS' : 'FAIL'}`);
}

// 1. Seeds
const cold = performance.now();
buildSeeds(current, entries);
const coldMs = performance.now() - cold;
const runs: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  buildSeeds(current, entries);
  runs.push(performance.now() - t);
}
const seedMs = median(runs);

// 2. Corpus, one document at a time
const outPath = join(tmpdir(), `livelihood-bench-${process.pid}.jsonl`);
const out = createWriteStream(outPath);
// A smaller BENCH_CORPUS_MB (while iterating) drops the checkpoints it never reaches.
const checkpoints = [...new Set([10 * MB, 25 * MB, CORPUS_BYTES].filter((c) => c <= CORPUS_BYTES))];
const heapAt: number[] = [];
let processed = 0;
let docs = 0;
let figures = 0;
let busy = 0;
let busyCpu = 0;
globalThis.gc?.();
for (const doc of corpus()) {
  const run = runDocument(current, entries, doc);
  busy += run.ms;
  busyCpu += run.cpuMs;
  figures += run.figures;
  if (!out.write(run.json)) await new Promise<void>((r) => out.once('drain', () => r()));
  processed += doc.bytes;
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
report('throughput in CPU time', `${(processed / MB / (busyCpu / 1000)).toFixed(1)} MB/s`, '—', true);
checkpoints.forEach((c, k) => report(`heap in use after ${Math.round(c / MB)} MB`, `${(heapAt[k] / MB).toFixed(1)} MB`, k ? '≤ 1.5× first' : '—', !k || heapAt[k] <= 1.5 * heapAt[0]));
report('peak resident memory', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '—', true);

console.log(`\n(the corpus run wrote ${(statSync(outPath).size / MB).toFixed(0)} MB of JSON, now deleted)`);
unlinkSync(outPath);

// 3. The same corpus through the base pipeline and this one, in turns
const baseCommit = process.env.BENCH_BASE_COMMIT ?? 'the base';
const { BENCH_BASE, BENCH_NOW, BENCH_SLICE_RUNNER } = process.env;
if (BENCH_BASE && BENCH_NOW && BENCH_SLICE_RUNNER) {
  const TURNS = 2;
  const base = { bundle: BENCH_BASE, cpuMs: 0 };
  const now = { bundle: BENCH_NOW, cpuMs: 0 };
  for (let slice = 0; slice < TURNS; slice++) {
    for (const side of slice % 2 ? [now, base] : [base, now]) {
      const turn = spawnSync(process.execPath, [BENCH_SLICE_RUNNER, side.bundle, String(slice), String(TURNS)], { encoding: 'utf8' });
      if (turn.status !== 0) throw new Error(`${side.bundle}, turn ${slice}: ${turn.stderr}`);
      side.cpuMs += (JSON.parse(turn.stdout) as { cpuMs: number }).cpuMs;
    }
  }
  const [baseMbps, nowMbps] = [base, now].map((side) => processed / MB / (side.cpuMs / 1000));
  const slower = (1 - nowMbps / baseMbps) * 100;
  console.log(`\nthe same corpus through the pipeline at ${baseCommit} (before issue 7) and now, in ${TURNS} turns each, CPU time\n`);
  report(`throughput at ${baseCommit}`, `${baseMbps.toFixed(1)} MB/s`, '—', true);
  report('throughput now', `${nowMbps.toFixed(1)} MB/s`, '—', true);
  report(`${slower >= 0 ? 'slower' : 'faster'} than at ${baseCommit}`, `${Math.abs(slower).toFixed(1)} %`, '≤ 20 % slower', slower <= 20);
} else {
  console.log(`\ncomparison with the pipeline at ${baseCommit} skipped: ${process.env.BENCH_BASE_SKIPPED ?? 'run it through npm run bench:data'}`);
}
