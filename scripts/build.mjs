#!/usr/bin/env node
// `npm run build`: everything the package ships, into dist/.
//
//   1. npm build       vite build                 dist/index.js, dist/<tag>.js, dist/chunks/*
//   2. declarations    tsc -p tsconfig.build.json dist/types/**, plus dist/<entry>.d.ts beside each entry
//                      and dist/react.d.ts (React 19 JSX typings, copied from src/react.d.ts)
//   3. manifest        cem analyze --litelement   dist/custom-elements.json
//   4. CDN bundles     vite build --mode cdn      dist/cdn/livelihood-charts.js, dist/cdn/<tag>.js, the same
//                                                 without the dataset (dist/cdn/<name>.code.js), dist/cdn/chunks/*
//   5. CLI             esbuild                    dist/cli/main.js (the `livelihood-data` bin), dist/cli/worker.js
//   6. studio          vite build --mode demo     dist/studio/index.html and its assets (the static studio, shipped:
//                                                 `livelihood-data studio` serves it)
//
// `node scripts/build.mjs cdn` runs step 4 alone (`npm run build:cdn`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { CHART_TAGS, cdnEntries, root } from './entries.mjs';

const dist = join(root, 'dist');
const cdnOnly = process.argv.includes('cdn');

function run(command, args) {
  const result = spawnSync(join(root, 'node_modules/.bin', command), args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Runs `fn` with extra environment variables set, for the config to read. */
async function withEnv(env, fn) {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, env);
    return await fn();
  } finally {
    process.env = saved;
  }
}

/** The npm build (`vite build`) into `outDir`; resolves to Vite's outputs. */
export function buildLibrary(outDir = dist, env = {}) {
  return withEnv({ ...env, LIVELIHOOD_OUT_DIR: outDir }, () => build({ root, mode: 'production', logLevel: 'warn' }));
}

/**
 * The CDN file for each entry, with what it loads on demand in chunks/ (`vite build
 * --mode cdn` once per entry, so that each file holds all it imports statically).
 * Resolves to entry name → Vite's outputs.
 */
export function buildCdn(outDir = join(dist, 'cdn'), env = {}) {
  return withEnv({ ...env, LIVELIHOOD_OUT_DIR: outDir }, async () => {
    const outputs = {};
    for (const name of Object.keys(cdnEntries())) {
      process.env.LIVELIHOOD_CDN_ENTRY = name;
      outputs[name] = await build({ root, mode: 'cdn', logLevel: 'warn' });
    }
    return outputs;
  });
}

/**
 * The CLI as plain JavaScript for Node 20+: no tsx or TypeScript at run time. The main
 * program and the worker of `--jobs` share their chunks (the pipeline and gazetteer).
 */
export function buildCli(outDir = join(dist, 'cli')) {
  return esbuild({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Chunks beside the entries: the worker is found at ./worker.js from the pipeline's chunk.
    chunkNames: '[name]-[hash]',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile() && file.endsWith('.js'));
}

async function main() {
  const started = performance.now();
  if (cdnOnly) {
    rmSync(join(dist, 'cdn'), { recursive: true, force: true });
  } else {
    rmSync(dist, { recursive: true, force: true });

    console.log('1. npm build (vite build)');
    await buildLibrary();

    console.log('2. type declarations (tsc -p tsconfig.build.json)');
    run('tsc', ['-p', 'tsconfig.build.json']);
    // A declaration file beside each entry, so `types` in the exports map mirrors `default`.
    writeFileSync(join(dist, 'index.d.ts'), "export * from './types/index.js';\n");
    for (const tag of CHART_TAGS) {
      writeFileSync(join(dist, `${tag}.d.ts`), `export * from './types/charts/${tag}/${tag}.js';\n`);
    }
    copyFileSync(join(root, 'src/react.d.ts'), join(dist, 'react.d.ts'));

    console.log('3. custom elements manifest (cem analyze --litelement)');
    run('cem', ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet']);
  }

  console.log(`${cdnOnly ? '' : '4. '}CDN bundles (vite build --mode cdn)`);
  await buildCdn();
  // Code only, for pages that give each chart a `src` (a per-article file: `livelihood-data slice`).
  await buildCdn(join(dist, 'cdn'), { LIVELIHOOD_DATASET: 'none' });
  // The stylesheet that holds each chart's room before its script runs (docs/embedding.md).
  for (const dir of cdnOnly ? [join(dist, 'cdn')] : [dist, join(dist, 'cdn')]) copyFileSync(join(root, 'src/livelihood-charts.css'), join(dir, 'livelihood-charts.css'));

  if (!cdnOnly) {
    console.log('5. CLI (esbuild)');
    await buildCli();
  }

  // The studio as a static site any file server can host: the pipeline runs in the
  // editor's browser (a module worker, which needs http(s), not file://).
  if (!cdnOnly) {
    console.log('6. the studio as a static page (vite build --mode demo, the studio alone)');
    await withEnv({ LIVELIHOOD_DEMO_PAGES: 'studio', LIVELIHOOD_OUT_DIR: join(dist, 'studio') }, () =>
      build({ configFile: join(root, 'vite.config.ts'), mode: 'demo', logLevel: 'warn' }),
    );
    // Its own site's front page, with no gallery beside it to link to.
    const page = readFileSync(join(dist, 'studio/studio.html'), 'utf8');
    writeFileSync(join(dist, 'studio/index.html'), page.replace(' gallery="./index.html"', ''));
    rmSync(join(dist, 'studio/studio.html'));
  }

  for (const file of listFiles(dist)) {
    const bytes = statSync(file).size;
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(`  ${relative(root, file).padEnd(48)} ${kb(bytes).padStart(9)}  gzip ${kb(gzip).padStart(9)}`);
  }
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
