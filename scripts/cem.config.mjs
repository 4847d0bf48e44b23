// Custom Elements Manifest config: `cem analyze --config scripts/cem.config.mjs`.
// Each chart of the tag list (src/charts/tags.json) is documented by its element class
// (`element.ts`) and the module that defines its tag (`<tag>.ts`).
import { CHART_TAGS, chartModule } from './entries.mjs';

// The manifest ships in the package, where `src/` does not: module paths are rewritten
// from a chart's sources to the built file that defines its tag (`dist/<tag>.js`).
const componentSource = /^\/?src\/charts\/([^/]+)\/[^/]+\.ts$/;
const toDist = (path) => path.replace(componentSource, 'dist/$1.js');

function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
    else rewritePaths(value);
  }
}

export default {
  globs: CHART_TAGS.flatMap((tag) => [`src/charts/${tag}/element.ts`, chartModule(tag)]),
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'livelihood:dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};
