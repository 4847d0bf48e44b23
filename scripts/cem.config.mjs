// Custom Elements Manifest config: `cem analyze --config scripts/cem.config.mjs`.
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
  globs: ['src/charts/livelihood-bar/element.ts', 'src/charts/livelihood-bar/livelihood-bar.ts', 'src/charts/city-compare/element.ts', 'src/charts/city-compare/city-compare.ts'],
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
