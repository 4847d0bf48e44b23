import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, parseSync, Visitor, type Plugin, type UserConfig } from 'vite';
import { cdnEntries, libraryEntries } from './scripts/entries.mjs';

/**
 * One config, four jobs, picked by command and mode:
 *
 * - `vite` (serve): the demo gallery in `demo/` (`npm start`).
 * - `vite build` (production): the npm library. ESM, one entry per component plus
 *   `index`; Lit and d3 stay external; the default dataset stays a lazy chunk.
 * - `vite build --mode cdn`: one file in `dist/cdn/` that a page loads alone: nothing
 *   external; what it loads on demand in `dist/cdn/chunks/`. `LIVELIHOOD_CDN_ENTRY` picks the entry (`livelihood-charts`,
 *   the whole library, by default, or a component's tag); `scripts/build.mjs` runs it
 *   once per entry, since a single-file bundle can only have one input.
 * - `vite build --mode demo`: the gallery and the studio as a static site in `dist/demo/`.
 *
 * `LIVELIHOOD_DATASET=empty` swaps the generated datasets for empty ones, so that the
 * benchmarks can weigh the code apart from the data; `LIVELIHOOD_DATASET=none` leaves
 * them out (the code-only CDN bundles, `<name>.code.js`: charts there need `src`);
 * `LIVELIHOOD_MINIFY=1` minifies the npm build.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const isExternal = (id: string) => /^((lit|lit-html|lit-element)(\/|$)|@lit\/|@lit-labs\/|d3-)/.test(id);

/**
 * Empties the generated datasets (src/dataset/*.json): same top-level shape, every list
 * empty, so the code that reads them still runs. The bench weighs code apart from data.
 */
function emptyDataset(none = false): Plugin {
  const dir = here('src/dataset/');
  return {
    name: 'livelihood:empty-dataset',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(dir) || !file.endsWith('.json')) return null;
      // No dataset at all: src/dataset/default.ts says so when a chart asks for it.
      if (none) return 'null';
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      // Without indicators, no renames of them either.
      return JSON.stringify(Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'aliases').map(([k, v]) => [k, Array.isArray(v) ? [] : v])));
    },
  };
}

/**
 * Whitespace out of the `css`, `html` and `svg` templates, which a JavaScript minifier
 * leaves as written (indentation, line breaks, CSS comments). Templates are found by
 * parsing the module, so nested templates and interpolations are never touched.
 * - CSS: comments go; runs of whitespace become nothing around braces, semicolons and
 *   commas and after a property's colon, else one space; a block's last semicolon goes.
 * - Markup: a line break with its indentation between two tags goes (no text node);
 *   any other run of whitespace with a line break becomes one space, as HTML would
 *   render it anyway.
 */
const squeezeCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([\w-]): /g, '$1:')
    .replace(/;}/g, '}');
const squeezeMarkup = (markup: string) => markup.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
const SQUEEZE: Record<string, (text: string) => string> = { css: squeezeCss, html: squeezeMarkup, svg: squeezeMarkup };

function minifyTemplateLiterals(): Plugin {
  return {
    name: 'livelihood:minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      new Visitor({
        TaggedTemplateExpression(node) {
          const squeeze = node.tag.type === 'Identifier' ? SQUEEZE[node.tag.name] : undefined;
          if (!squeeze) return;
          for (const quasi of node.quasi.quasis) {
            // A quasi's span includes its delimiters (` or }, and ` or ${).
            const start = quasi.start + 1;
            const raw = quasi.value.raw;
            if (code.slice(start, start + raw.length) !== raw) continue;
            edits.push({ start, end: start + raw.length, text: squeeze(raw) });
          }
        },
      }).visit(parseSync(id, code).program);
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * d3-time's own copy of d3-array. The trend's calendar ticks (a chunk, for an axis under a
 * year) need d3-array's bisector and tickStep, which no first draw runs; with one d3-array
 * module, which the entry holds for `nice` and `ticks`, they would sit in the entry for the
 * chunk to import. A second module id puts the chunk's parts in the chunk.
 */
function d3ArrayForD3Time(): Plugin {
  return {
    name: 'livelihood:d3-array-for-d3-time',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'd3-array' || !importer?.includes('/node_modules/d3-time/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}?d3-time` };
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  const dataset = process.env.LIVELIHOOD_DATASET;
  const plugins = dataset === 'empty' || dataset === 'none' ? [emptyDataset(dataset === 'none')] : [];

  if (command === 'serve') {
    return { root: 'demo', plugins, server: { fs: { allow: ['..'] } } };
  }

  if (mode === 'demo') {
    // Two pages: the gallery and the studio; `LIVELIHOOD_DEMO_PAGES=studio` builds one
    // (the package's dist/studio/, scripts/build.mjs).
    const pages = { index: here('demo/index.html'), studio: here('demo/studio.html') };
    const only = process.env.LIVELIHOOD_DEMO_PAGES?.split(',');
    return {
      root: 'demo',
      base: './',
      plugins,
      // The studio's pipeline worker is an ES module.
      worker: { format: 'es' },
      build: {
        outDir: process.env.LIVELIHOOD_OUT_DIR ?? here('dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: only ? Object.fromEntries(only.map((page) => [page, pages[page as keyof typeof pages]])) : pages },
      },
    };
  }

  if (mode === 'cdn') {
    const name = process.env.LIVELIHOOD_CDN_ENTRY ?? 'livelihood-charts';
    const entries = cdnEntries();
    const entry = entries[name];
    if (!entry) throw new Error(`Unknown CDN entry "${name}"; known: ${Object.keys(entries).join(', ')}`);
    return {
      plugins: [...plugins, minifyTemplateLiterals(), d3ArrayForD3Time()],
      publicDir: false,
      json: { stringify: true, namedExports: false },
      build: {
        outDir: process.env.LIVELIHOOD_OUT_DIR ?? here('dist/cdn'),
        emptyOutDir: false,
        target: 'es2022',
        copyPublicDir: false,
        // Terser after oxc's minify: its three compress passes take 0.3–0.8 KB gzip more
        // off each file (docs/benchmarks.md, sixth round). Only safe transforms: no
        // `unsafe*`, no `pure_getters`.
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        lib: { entry: { [name]: entry }, formats: ['es'], fileName: (_format, entryName) => `${entryName}${dataset === 'none' ? '.code' : ''}.js` },
        rolldownOptions: {
          // d3-array and d3-time ship as one module each, whose top level builds what a
          // chart never uses (bisectors, every local-time and UTC interval, both tickers
          // from factory calls, then reads of their properties), which would otherwise
          // stay: 0.3 KB gzip for max and min, 0.2 KB of local-time intervals. Neither the factories
          // nor any property read in this code has a side effect.
          treeshake: {
            manualPureFunctions: ['bisector', 'Blur2', 'shuffler', 'timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'],
            propertyReadSideEffects: false,
          },
          // The on-demand chunks import what they share with the entry from the entry
          // (extra exports), so the entry needs no chunk to start.
          preserveEntrySignatures: 'allow-extension',
          // Terser's calls overlap, so rolldown cannot time them and warns on every build.
          checks: { pluginTimings: false },
          // Vite's library mode leaves ES output unminified unless told; a finished
          // bundle needs no /* @__PURE__ */ annotations for later tree-shaking.
          // What a chart loads on demand (the default dataset, the validator for data
          // from outside, the <table> reader) is a chunk beside it, fetched only when
          // needed; the entry itself holds everything else it imports.
          output: { minify: true, comments: false, chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }

  return {
    plugins,
    publicDir: false,
    // The dataset as one JSON.parse('…') string: compact even unminified, and it parses
    // faster than the same object literal.
    json: { stringify: true, namedExports: false },
    build: {
      outDir: process.env.LIVELIHOOD_OUT_DIR ?? here('dist'),
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: libraryEntries(), formats: ['es'], fileName: (_format, entryName) => `${entryName}.js` },
      rolldownOptions: {
        external: isExternal,
        // Lets a component's entry chunk hold its own modules even though `index` imports
        // them too, so the tag is defined in `dist/<tag>.js` (named in `sideEffects`)
        // rather than in a hashed shared chunk.
        preserveEntrySignatures: 'allow-extension',
        // Unminified: apps minify when they bundle; readable code is easier to debug.
        // (The bench minifies it to weigh the dataset chunk as an app would ship it.)
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: process.env.LIVELIHOOD_MINIFY === '1',
          // A chunk of its own, imported first by every entry, so that it runs before Lit
          // (external, imported at the top of the shared chunk) and can explain a page
          // whose Trusted Types refuse Lit's policy.
          codeSplitting: { groups: [{ name: 'trusted-types-check', test: /trusted-types-check/ }] },
        },
      },
    },
  };
});
