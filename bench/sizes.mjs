// Bundle sizes: raw, gzip and brotli bytes (node:zlib, highest levels) of
//  - each component's CDN bundle and the whole library's, built with an EMPTY default
//    dataset, so the figures are code: the component with Lit and its d3 parts (the
//    file a page loads; what it loads on demand, each chunk apart);
//  - the default dataset on its own: its lazy chunk in the npm build, minified as an
//    app's bundler would ship it (whichever src/dataset/*.json default.ts imports);
//  - for reference, what a page showing the default dataset downloads from dist/cdn/.
// Also which packages the code comes from, per bundle (bytes before minification).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildCdn, buildLibrary } from '../scripts/build.mjs';
import { CHART_TAGS } from '../scripts/entries.mjs';

export function weigh(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The package (or project folder) a module id belongs to. */
function origin(id) {
  if (id.startsWith('\0')) return '(bundler helpers)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1];
  const own = /\/(src\/[^/]+)\//.exec(id);
  return own ? own[1] : id.replace(/^.*\/src\//, 'src/');
}

const chunksOf = (outputs) => [outputs].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk');

/** The chunks an entry loads on demand, by what they hold: the validator, the table reader, the dataset. */
function onDemand(outputs, dir) {
  return chunksOf(outputs)
    .filter((c) => !c.isEntry)
    .map((c) => ({ name: c.name, file: c.fileName, ...weigh(join(dir, c.fileName)) }));
}

function composition(outputs) {
  const chunk = [outputs].flat().flatMap((o) => o.output).find((c) => c.type === 'chunk' && c.isEntry);
  const by = new Map();
  for (const [id, info] of Object.entries(chunk?.modules ?? {})) {
    if (info.renderedLength > 0) by.set(origin(id), (by.get(origin(id)) ?? 0) + info.renderedLength);
  }
  return Object.fromEntries([...by].sort((a, b) => b[1] - a[1]));
}

/**
 * What a page loads before the entry can run: the entry file and every chunk it imports
 * statically (none, as built: everything shared stays in the entry). Each is gzipped
 * alone, as a server sends it.
 */
function weighEntry(outputs, dir) {
  const chunks = chunksOf(outputs);
  const entry = chunks.find((c) => c.isEntry);
  const files = new Set([entry.fileName]);
  for (const file of files) for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? []) files.add(imported);
  const weights = [...files].map((file) => weigh(join(dir, file)));
  return {
    ...Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, weights.reduce((sum, w) => sum + w[k], 0)])),
    staticChunks: [...files].slice(1),
  };
}

/** Builds the variants into `tmp` and weighs them. */
export async function measureSizes(tmp) {
  const codeDir = join(tmp, 'cdn-code');
  const fullDir = join(tmp, 'cdn-full');
  const npmDir = join(tmp, 'npm');
  const code = await buildCdn(codeDir, { LIVELIHOOD_DATASET: 'empty' });
  const full = await buildCdn(fullDir);
  const npm = await buildLibrary(npmDir, { LIVELIHOOD_MINIFY: '1' });

  const components = CHART_TAGS.map((tag) => ({
    tag,
    name: `<${tag}> + Lit + its d3 (CDN, no data)`,
    file: `cdn/${tag}.js`,
    ...weighEntry(code[tag], codeDir),
    composition: composition(code[tag]),
    onDemand: onDemand(code[tag], codeDir),
  }));
  const library = {
    name: 'all components (CDN livelihood-charts.js, no data)',
    file: 'cdn/livelihood-charts.js',
    ...weighEntry(code['livelihood-charts'], codeDir),
    composition: composition(code['livelihood-charts']),
    onDemand: onDemand(code['livelihood-charts'], codeDir),
  };
  const datasetChunk = [npm]
    .flat()
    .flatMap((o) => o.output)
    .find((c) => c.type === 'chunk' && c.moduleIds.some((id) => /src\/dataset\/[^/]+\.json$/.test(id)));
  const dataset = {
    name: 'default dataset (lazy chunk, minified)',
    file: datasetChunk?.fileName ?? null,
    ...(datasetChunk ? weigh(join(npmDir, datasetChunk.fileName)) : { missing: 'no dataset chunk in the npm build' }),
  };
  // What a page with the default dataset downloads: the file and the dataset's chunk.
  const embedded = onDemand(full['livelihood-charts'], fullDir).find((c) => c.name === 'embedded');
  const entry = weigh(join(fullDir, 'livelihood-charts.js'));
  const shipped = {
    name: 'CDN livelihood-charts.js + its dataset chunk',
    file: 'cdn/livelihood-charts.js',
    ...Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, entry[k] + (embedded?.[k] ?? 0)])),
  };
  return { components, library, dataset, shipped };
}
