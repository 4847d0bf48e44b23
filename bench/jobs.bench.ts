/**
 * `livelihood-data build --jobs 2` against `--jobs 1` on an archive: the corpus of
 * bench/corpus.ts written as article files (BENCH_JOBS_MB, default the corpus size) with
 * a manifest, built by the compiled CLI (BENCH_CLI): the two settings in turn,
 * BENCH_JOBS_RUNS times (3), each timed by its best run, since other work on the machine
 * only ever slows a run down. Prints both times, the speed-up, and whether the outputs
 * are byte for byte the same. Run by bench/data.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManifest } from '../src/data/manifest.ts';
import { corpus, MB, seeds } from './corpus.ts';

const LIMIT = Number(process.env.BENCH_JOBS_MB ?? process.env.BENCH_CORPUS_MB ?? 50) * MB;
const RUNS = Number(process.env.BENCH_JOBS_RUNS ?? 3);
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

/** CPU seconds of each thread of process `pid` so far, by thread id (Linux: /proc/<pid>/task/<tid>/stat). */
function threadCpu(pid: number, into: Map<number, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between listing and reading.
    }
  }
}

interface Run {
  ms: number;
  out: string;
  /** CPU seconds of the main thread, and of every other thread (workers, GC, I/O). */
  mainCpu: number;
  otherCpu: number;
}

/**
 * One build. Besides wall time, each thread's CPU time, sampled from /proc until the
 * process ends: on a busy machine wall time says little, while the main thread's CPU
 * time is the part of the work no number of threads can share.
 */
async function build(jobs: number): Promise<Run> {
  const out = join(dir, `jobs-${jobs}.json`);
  const t = performance.now();
  const child = spawn(process.execPath, [cli, 'build', join(dir, 'archive'), '-o', out, '--jobs', String(jobs), '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const cpu = new Map<number, number>();
  const sampler = setInterval(() => threadCpu(child.pid!, cpu), 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const ms = performance.now() - t;
  if (code !== 0) throw new Error(`livelihood-data --jobs ${jobs} failed: ${stderr}`);
  const mainCpu = cpu.get(child.pid!) ?? 0;
  const otherCpu = [...cpu.values()].reduce((a, b) => a + b, 0) - mainCpu;
  return { ms, out, mainCpu, otherCpu };
}

console.log(`\nlivelihood-data build on an archive of ${articles.length} articles (${(bytes / MB).toFixed(1)} MB), ${cpus().length} cores, best of ${RUNS} runs each\n`);
const runs: Record<1 | 2, Run[]> = { 1: [], 2: [] };
for (let run = 0; run < RUNS; run++) {
  for (const jobs of [1, 2] as const) runs[jobs].push(await build(jobs));
}
const bestRun = (jobs: 1 | 2) => runs[jobs].reduce((a, b) => (b.ms < a.ms ? b : a));
const best = (jobs: 1 | 2) => bestRun(jobs).ms;
const seconds = (jobs: 1 | 2) => `${(best(jobs) / 1000).toFixed(2)} s`;
for (const jobs of [1, 2] as const) {
  const r = bestRun(jobs);
  console.log(`  --jobs ${jobs}: runs ${runs[jobs].map((x) => (x.ms / 1000).toFixed(2)).join(', ')} s; best run's CPU: main thread ${r.mainCpu.toFixed(2)} s, other threads ${r.otherCpu.toFixed(2)} s`);
}
const [one, two] = [bestRun(1), bestRun(2)];
const same = readFileSync(one.out, 'utf8') === readFileSync(two.out, 'utf8');
report('--jobs 1', seconds(1), '—', true);
report('--jobs 2', seconds(2), '< --jobs 1', best(2) < best(1));
report('speed-up', `${(best(1) / best(2)).toFixed(2)}×`, '—', true);
report('output identical to one thread', same ? 'yes' : 'no', 'yes', same);
rmSync(dir, { recursive: true, force: true });
if (best(2) >= best(1) || !same) process.exitCode = 1;
