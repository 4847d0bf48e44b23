#!/usr/bin/env node
// `npm run bench:data`: the pipeline benchmark (bench/data.bench.ts), bundled with esbuild
// into tmp/ as an app would run it, and the bundles its comparison with the pipeline as
// of BASE_COMMIT (before issue 7) runs, so that one run measures both.
//
//   1. bundle bench/data.bench.ts and bench/data-slice.ts  → tmp/data.bench.mjs, tmp/data-slice.mjs
//   2. bundle this tree's pipeline                         → tmp/pipeline-now.mjs
//   3. extract src/data at BASE_COMMIT (git archive)       → tmp/bench-base/src/data,
//      and bundle its pipeline the same way                → tmp/pipeline-base.mjs
//   4. run the benchmark; without a base (a shallow clone, no git) it prints why the
//      comparison was skipped (BENCH_BASE_SKIPPED) and goes on.
//   5. the CLI compiled as it ships (tmp/cli) on the corpus as an archive of files,
//      --jobs 2 against --jobs 1 (bench/jobs.bench.ts)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildCli } from '../scripts/build.mjs';
import { root } from '../scripts/entries.mjs';

/** The last commit before issue 7 (places, statuses, flags, framed periods). */
const BASE_COMMIT = '15fab99';

const tmp = join(root, 'tmp');
const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };

// 1
for (const name of ['data.bench', 'data-slice', 'jobs.bench']) {
  await build({ ...options, entryPoints: [join(root, `bench/${name}.ts`)], outfile: join(tmp, `${name}.mjs`) });
}

/** Bundles the modules the benchmark drives from the tree at `dir` into `outfile`. */
async function bundlePipeline(dir, outfile) {
  const contents = ['dataset', 'manifest', 'serialize'].map((m) => `export * from './src/data/${m}.ts';`).join('\n');
  await build({ ...options, stdin: { contents, resolveDir: dir, loader: 'ts' }, outfile });
  return outfile;
}

// 2
const now = await bundlePipeline(root, join(tmp, 'pipeline-now.mjs'));

// 3
/** The pipeline at BASE_COMMIT, bundled; or why it cannot be. */
async function bundleBase() {
  const git = (args, more = {}) => spawnSync('git', args, { cwd: root, ...more });
  const found = git(['rev-parse', '--verify', '--quiet', `${BASE_COMMIT}^{commit}`]);
  if (found.error) return { skipped: `git is not available (${found.error.message})` };
  if (found.status !== 0) return { skipped: `commit ${BASE_COMMIT} is not in this clone (a shallow clone?)` };
  const dir = join(tmp, 'bench-base');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = git(['archive', '--format=tar', BASE_COMMIT, 'src/data'], { maxBuffer: 1 << 28 });
  const tar = archive.status === 0 ? spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout }) : archive;
  if (tar.status !== 0) return { skipped: `could not extract src/data at ${BASE_COMMIT}: ${String(tar.stderr || tar.error).trim()}` };
  return { bundle: await bundlePipeline(dir, join(tmp, 'pipeline-base.mjs')) };
}
const base = await bundleBase();

// 4
const env = { ...process.env, BENCH_BASE_COMMIT: BASE_COMMIT, BENCH_NOW: now, BENCH_SLICE_RUNNER: join(tmp, 'data-slice.mjs') };
if (base.bundle) env.BENCH_BASE = base.bundle;
else env.BENCH_BASE_SKIPPED = base.skipped;
const run = spawnSync(process.execPath, ['--expose-gc', join(tmp, 'data.bench.mjs')], { stdio: 'inherit', env });

// 5
await buildCli(join(tmp, 'cli'));
const jobs = spawnSync(process.execPath, [join(tmp, 'jobs.bench.mjs')], { stdio: 'inherit', env: { ...process.env, BENCH_CLI: join(tmp, 'cli/main.js') } });
process.exitCode = run.status || jobs.status || 0;
