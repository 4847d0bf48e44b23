// The library's entry points, shared by vite.config.ts and the build, bench and
// package-check scripts. A component joins the build once its tag-defining module exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Every component tag the library plans to ship, in the order they are listed. */
export const COMPONENT_TAGS = ['livelihood-bar', 'city-compare'];

/** Absolute path of the module that defines `tag`. */
export const componentModule = (tag) => `${root}src/charts/${tag}/${tag}.ts`;

/** Tag → defining module, for the components that exist now. */
export function componentEntries() {
  return Object.fromEntries(
    COMPONENT_TAGS.filter((tag) => existsSync(componentModule(tag))).map((tag) => [tag, componentModule(tag)]),
  );
}

/** The npm build's entries: `index` plus every component. */
export const libraryEntries = () => ({ index: `${root}src/index.ts`, ...componentEntries() });

/** The CDN bundles: the whole library as `livelihood-charts`, plus one per component. */
export const cdnEntries = () => ({ 'livelihood-charts': `${root}src/index.ts`, ...componentEntries() });
