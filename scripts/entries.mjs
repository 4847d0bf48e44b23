// The charts the library ships, from the tag list (src/charts/tags.json: one line a
// chart, its tag and an example's attributes), and the entry points they make. Read by
// vite.config.ts and the build, bench, manifest, tags and package-check scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Tag → `{ example }`: the attributes of a chart that shows the default dataset. */
export const CHARTS = JSON.parse(readFileSync(`${root}src/charts/tags.json`, 'utf8'));

/** Every chart tag, in the order the tag list gives them. */
export const CHART_TAGS = Object.keys(CHARTS);

/** Path, from the root, of the module that defines `tag`. */
export const chartModule = (tag) => `src/charts/${tag}/${tag}.ts`;

/** Tag → absolute path of its defining module. */
export const chartEntries = () => Object.fromEntries(CHART_TAGS.map((tag) => [tag, `${root}${chartModule(tag)}`]));

/** The npm build's entries: `index` plus every chart. */
export const libraryEntries = () => ({ index: `${root}src/index.ts`, ...chartEntries() });

/** The CDN bundles: the whole library as `livelihood-charts`, plus one per chart. */
export const cdnEntries = () => ({ 'livelihood-charts': `${root}src/index.ts`, ...chartEntries() });

/** `<tag a="…"></tag>`: the tag list's example of `tag`. */
export function exampleMarkup(tag) {
  const attributes = Object.entries(CHARTS[tag]?.example ?? {}).map(([name, value]) => ` ${name}="${value}"`);
  return `<${tag}${attributes.join('')}></${tag}>`;
}

/** The package.json fields the tag list decides: every chart's entry in `exports` and `sideEffects`. */
export function packageFields() {
  const entry = (name) => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
  return {
    exports: {
      '.': entry('index'),
      ...Object.fromEntries(CHART_TAGS.map((tag) => [`./${tag}.js`, entry(tag)])),
      // Types only: React 19's JSX for the tags (src/react.d.ts).
      './react': { types: './dist/react.d.ts' },
      './livelihood-charts.css': './dist/livelihood-charts.css',
      './cdn/*': './dist/cdn/*',
      './custom-elements.json': './dist/custom-elements.json',
      './package.json': './package.json',
    },
    sideEffects: [
      './dist/index.js',
      ...CHART_TAGS.map((tag) => `./dist/${tag}.js`),
      './dist/cdn/*.js',
      './src/index.ts',
      ...CHART_TAGS.map((tag) => `./${chartModule(tag)}`),
      // Imported for its effect alone, before Lit: it explains a refused Trusted Types policy.
      './src/kit/element/trusted-types-check.ts',
      './dist/chunks/trusted-types-check-*.js',
    ],
  };
}

/** src/index.ts's lines that define every chart. */
export const indexExports = () => CHART_TAGS.map((tag) => `export * from './charts/${tag}/${tag}.js';`);
