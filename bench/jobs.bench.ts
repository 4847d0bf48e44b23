/**
 * `livelihood-data build --jobs 2` against `--jobs 1` on an archive: the corpus of
 * bench/corpus.ts written as article files (BENCH_JOBS_MB, default the corpus size) with
 * a manifest, built by the compiled CLI (BENCH_CLI) once per setting. Prints both times,
 * the speed-up, and whether the outputs are byte for byte the same. Run by bench/data.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManifest } from '../src/data/manifest.ts';
import { corpus, MB, seeds } from './corpus.ts';

const LIMIT = Number(process.env.BENCH_JOBS_MB ?? process.env.BENCH_CORPUS_MB ?? 50) * MB;
const cli = process.env.BENCH_CLI!;

function report(label: string, value: string, target: string, pass: boolean) {
  console.log(`${label.padEnd(38)} ${value.padStart(14)}   target ${target.padEnd(14)} ${pass ? 'PASS' : 'FAIL'}`);
}

const dir = join(tmpdir(), `livelihood-jobs-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'archive'), { recursive: true });
const seedEntries = parseManifest(JSON.parse(readFileSync(new URL('../seeds/manifest.json', import.meta.url), 'utf8'))).articles;
const articles = [];
let bytes = 0;
for (const doc of corpus()) {
  if (bytes >= LIMIT) break;
  const file = `doc${String(doc.k).padStart(5, '0')}_${seeds[doc.i]!.file}`;
  writeFileSync(join(dir, 'archive', file), doc.text);
  articles.push({ ...seedEntries.find((e) => e.file === seeds[doc.i]!.file)!, file });
  bytes += doc.bytes;
}
writeFileSync(join(dir, 'archive', 'manifest.json'), JSON.stringify({ articles }));

function build(jobs: number): { ms: number; out: string } {
  const out = join(dir, `jobs-${jobs}.json`);
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'build', join(dir, 'archive'), '-o', out, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`livelihood-data --jobs ${jobs} failed: ${r.stderr}`);
  return { ms, out };
}

console.log(`\nlivelihood-data build on an archive of ${articles.length} articles (${(bytes / MB).toFixed(1)} MB), ${cpus().length} cores\n`);
const one = build(1);
const two = build(2);
const same = readFileSync(one.out, 'utf8') === readFileSync(two.out, 'utf8');
report('--jobs 1', `${(one.ms / 1000).toFixed(1)} s`, '—', true);
report('--jobs 2', `${(two.ms / 1000).toFixed(1)} s`, '< --jobs 1', two.ms < one.ms);
report('speed-up', `${(one.ms / two.ms).toFixed(2)}×`, '—', true);
report('output identical to one thread', same ? 'yes' : 'no', 'yes', same);
rmSync(dir, { recursive: true, force: true });
if (two.ms >= one.ms || !same) process.exitCode = 1;
