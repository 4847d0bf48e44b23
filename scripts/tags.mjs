#!/usr/bin/env node
// `npm run tags`: writes what the tag list (src/charts/tags.json) decides into the files
// that cannot read it: package.json's `exports` and `sideEffects`, and src/elements.ts's
// lines that define every chart. `--check` writes nothing and fails when they differ
// (check:package runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexExports, packageFields, root } from './entries.mjs';

const INDEX_LINE = /^export \* from '\.\/charts\/[^']+';\n/gm;

/** File → [current text, text the tag list wants]. */
export function expectedFiles() {
  const pkgFile = join(root, 'package.json');
  const pkgText = readFileSync(pkgFile, 'utf8');
  const pkg = JSON.parse(pkgText);
  const wantPkg = `${JSON.stringify({ ...pkg, ...packageFields() }, null, 2)}\n`;

  const indexFile = join(root, 'src/elements.ts');
  const indexText = readFileSync(indexFile, 'utf8');
  const first = indexText.search(INDEX_LINE);
  if (first < 0) throw new Error("src/elements.ts has no `export * from './charts/…'` line to replace");
  const rest = indexText.slice(first).replace(INDEX_LINE, '');
  const wantIndex = `${indexText.slice(0, first)}${indexExports().join('\n')}\n${rest}`;
  return { [pkgFile]: [pkgText, wantPkg], [indexFile]: [indexText, wantIndex] };
}

/** The files out of step with the tag list (relative paths). */
export const staleFiles = () =>
  Object.entries(expectedFiles())
    .filter(([, [now, want]]) => now !== want)
    .map(([file]) => file.slice(root.length));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`${stale.join(', ')}: out of step with src/charts/tags.json; run npm run tags`);
      process.exit(1);
    }
  } else {
    for (const [file, [now, want]] of Object.entries(expectedFiles())) {
      if (now !== want) {
        writeFileSync(file, want);
        console.log(`wrote ${file.slice(root.length)}`);
      }
    }
  }
}
