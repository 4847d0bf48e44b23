#!/usr/bin/env node
// `npm run check:package`: does the package work once packed and installed?
//
//   1. build (skip with --no-build) and `npm pack` into a temp dir
//   2. package.json's exports and sideEffects match the tag list (npm run tags); the
//      tarball holds every file package.json points at, and nothing from src/ or test/
//   3. install it into a fresh temp app (`npm install --prefer-offline <tarball>`)
//   4. Node: the exports map resolves; each component entry defines its own tag and no other
//   5. TypeScript: a consumer file type-checks against the shipped .d.ts
//      (moduleResolution bundler and nodenext, skipLibCheck off), and a React 19 one
//      with `livelihood-charts/react` (@types/react installed from the registry)
//   6. Vite: the consumer app bundles, the default dataset stays a lazy chunk, and the
//      page renders each element in Chromium without errors
//   7. CDN: each dist/cdn/*.js, copied with dist/cdn/chunks/ into an empty dir beside
//      one HTML page, renders its elements with the default dataset and requests no
//      other file but the dataset's chunk; with `src` (a dataset to fetch and validate),
//      it loads the validator's chunks from beside it; in English, the English strings' chunks
//   8. CLI: the installed `livelihood-data` bin (plain JavaScript, no tsx) builds a
//      dataset from an article, the same on two worker threads, and `add`s another; its
//      `slice` writes a page's own dataset, which the code-only CDN bundle draws
//   9. Studio: `livelihood-data studio` from the installed package serves the built
//      studio (dist/studio/), which builds a pasted article in its pipeline worker
//
// The charts are those of the tag list (src/charts/tags.json), each rendered with its
// example there. Every step runs unless one it needs failed; exits non-zero if any
// check failed. --keep leaves the temp dir; --no-build uses the dist/ there is.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic } from './browser.mjs';
import { CHARTS, CHART_TAGS as tags, exampleMarkup, root } from './entries.mjs';
import { staleFiles } from './tags.mjs';

const keep = process.argv.includes('--keep');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
const bin = (name) => join(root, 'node_modules/.bin', name);

let failures = 0;
const ok = (message) => console.log(`  ok    ${message}`);
const fail = (message) => {
  failures++;
  console.log(`  FAIL  ${message}`);
};
const step = (title) => console.log(title);
/** Later steps need this result (the build, the pack, the install): stop if it failed. */
const required = (result) => result.ok || finish();

function finish() {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  console.log(failures ? `check:package: ${failures} failed` : 'check:package: all passed');
  process.exit(failures ? 1 : 0);
}

function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const out = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .split('\n')
    .filter((line) => !/^\s+at |^Node\.js v|^\s*$/.test(line))
    .join('\n');
  return { ok: result.status === 0, out };
}

const work = mkdtempSync(join(tmpdir(), 'livelihood-pack-'));
const app = join(work, 'app');

// 1 ───────────────────────────────────────────────────────────────────────────
step('1. build and pack');
if (!process.argv.includes('--no-build')) {
  const built = sh(process.execPath, [join(root, 'scripts/build.mjs')], root);
  built.ok ? ok('npm run build') : fail(`npm run build\n${built.out}`);
  required(built);
}
const packed = sh('npm', ['pack', '--json', '--pack-destination', work], root);
if (!packed.ok) fail(`npm pack\n${packed.out}`);
required(packed);
const info = JSON.parse(packed.out.slice(packed.out.indexOf('[')))[0];
const tarball = join(work, info.filename);
const files = new Set(info.files.map((f) => f.path));
ok(`${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`);

// 2 ───────────────────────────────────────────────────────────────────────────
step('2. package.json and tarball contents');
const stale = staleFiles();
stale.length ? fail(`${stale.join(', ')}: out of step with src/charts/tags.json (run npm run tags)`) : ok('exports, sideEffects and src/elements.ts match src/charts/tags.json');
const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath.includes('*')) continue;
  targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
}
for (const path of new Set(targets.map((target) => target.replace(/^\.\//, '')))) {
  if (files.has(path)) ok(`has ${path}`);
  else fail(`missing ${path}, which package.json points at`);
}
for (const tag of tags) {
  const cdn = `dist/cdn/${tag}.js`;
  files.has(cdn) ? ok(`has ${cdn}`) : fail(`missing ${cdn}`);
}
files.has('dist/cdn/livelihood-charts.js') ? ok('has dist/cdn/livelihood-charts.js') : fail('missing dist/cdn/livelihood-charts.js');
// A CDN file runs alone: a chunk it imported statically would be one more request
// before any chart could draw (chunks are for what loads on demand).
const waiting = [...files].filter((f) => /^dist\/cdn\/[^/]+\.js$/.test(f) && /(?:^|[;}])import\s*(?:[^"'()]*?from\s*)?["']\.\/chunks\//.test(readFileSync(join(root, f), 'utf8')));
waiting.length ? fail(`${waiting.join(', ')} import a chunk before they run`) : ok('no CDN file imports a chunk before it runs');
files.has('dist/studio/index.html') ? ok('has dist/studio/index.html') : fail('missing dist/studio/index.html');
// The demo (npm run build:demo into dist/demo/) is the project's site, not the package's.
const stray = [...files].filter((f) => /^(src|test|bench|demo|scripts|seeds|dist\/demo)\//.test(f));
stray.length ? fail(`ships files it should not: ${stray.slice(0, 5).join(', ')}`) : ok('no sources, tests or seeds shipped');
for (const target of Object.values(pkg.bin ?? {})) {
  const path = target.replace(/^\.\//, '');
  files.has(path) ? ok(`has bin ${path}`) : fail(`missing bin ${path}`);
}

// 3 ───────────────────────────────────────────────────────────────────────────
step('3. install into a fresh app');
execFileSync('mkdir', ['-p', app]);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }, null, 2));
const installed = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
installed.ok ? ok('npm install <tarball>') : fail(`npm install <tarball>\n${installed.out}`);
required(installed);

// 4 ───────────────────────────────────────────────────────────────────────────
step('4. Node (as SSR and build tools import it): exports resolve, each entry defines its own tag only');
function nodeCheck(code) {
  return sh(process.execPath, ['--input-type=module', '-e', code], app);
}
const index = nodeCheck(`
  const m = await import('livelihood-charts');
  const want = ['validateDataset', ${tags.map((t) => `'${className(t)}'`).join(', ')}];
  const missing = want.filter((name) => !(name in m));
  if (missing.length) throw new Error('index lacks exports: ' + missing.join(', '));
  const bad = m.validateDataset({});
  if (bad.ok) throw new Error('validateDataset({}) passed');
  console.log(Object.keys(m).length + ' exports');
`);
index.ok ? ok(`import 'livelihood-charts' (${index.out})`) : fail(`import 'livelihood-charts'\n${index.out}`);
for (const tag of tags) {
  const others = tags.filter((t) => t !== tag);
  const entry = nodeCheck(`
    await import('livelihood-charts/${tag}.js');
    if (!customElements.get('${tag}')) throw new Error('${tag} is not defined');
    const extra = ${JSON.stringify(others)}.filter((t) => customElements.get(t));
    if (extra.length) throw new Error('importing ${tag} also defines ' + extra.join(', '));
  `);
  entry.ok ? ok(`import 'livelihood-charts/${tag}.js' defines <${tag}> only`) : fail(`livelihood-charts/${tag}.js\n${entry.out}`);
}
const resolved = nodeCheck(`
  const fs = await import('node:fs');
  for (const spec of ['livelihood-charts/cdn/livelihood-charts.js', 'livelihood-charts/custom-elements.json']) {
    const url = new URL(import.meta.resolve(spec));
    if (!fs.existsSync(url)) throw new Error(spec + ' resolves to a missing file');
  }
  const manifest = JSON.parse(fs.readFileSync(new URL(import.meta.resolve('livelihood-charts/custom-elements.json')), 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  const missing = ${JSON.stringify(tags)}.filter((t) => !declared.includes(t));
  if (missing.length) throw new Error('custom-elements.json lacks ' + missing.join(', '));
`);
resolved.ok ? ok('cdn/* and custom-elements.json resolve; the manifest declares every tag') : fail(`exports map\n${resolved.out}`);

// 5 ───────────────────────────────────────────────────────────────────────────
step('5. TypeScript: a consumer type-checks against the shipped declarations');
writeFileSync(
  join(app, 'consumer.ts'),
  `import { validateDataset, type Dataset, type Observation${tags.map((t) => `, ${className(t)}`).join('')} } from 'livelihood-charts';
${tags.map((t) => `import 'livelihood-charts/${t}.js';`).join('\n')}

${tags.map((t) => `const ${className(t).toLowerCase()}: ${className(t)} = document.createElement('${t}');\n${className(t).toLowerCase()}.setAttribute('lang', 'en');`).join('\n')}
const result = validateDataset(JSON.parse('{}'));
const dataset: Dataset | undefined = result.ok ? result.dataset : undefined;
const first: Observation | undefined = dataset?.observations[0];
export { first };
`,
);
for (const [name, options] of [
  ['bundler', { module: 'ESNext', moduleResolution: 'bundler' }],
  ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
]) {
  writeFileSync(
    join(app, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: { ...options, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['consumer.ts'],
    }),
  );
  const checked = sh(bin('tsc'), ['-p', `tsconfig.${name}.json`], app);
  checked.ok ? ok(`tsc (moduleResolution ${name}, skipLibCheck false)`) : fail(`tsc (moduleResolution ${name})\n${checked.out}`);
}

// React 19 + TypeScript: the tags are intrinsic elements with typed attributes once
// `livelihood-charts/react` is imported. @types/react comes from the registry (cached after once).
const reactTypes = sh('npm', ['install', '--prefer-offline', '--no-save', '--no-audit', '--no-fund', '@types/react@19'], app);
if (!reactTypes.ok) fail(`npm install @types/react\n${reactTypes.out}`);
else {
  const example = (tag) => Object.entries(CHARTS[tag].example).map(([name, value]) => `${name}="${value}"`).join(' ');
  writeFileSync(
    join(app, 'consumer-react.tsx'),
    `import 'livelihood-charts/react';
import type { Dataset, LivelihoodSelectEvent } from 'livelihood-charts';

export function Charts({ dataset, onSelect }: { dataset?: Dataset; onSelect: (event: LivelihoodSelectEvent) => void }) {
  return (
    <>
${tags.map((t) => `      <${t} ${example(t)} lang="en" theme="dark" filled show-uncertain height={240} height-480="200" dataset={dataset} onlivelihood-select={onSelect} className="chart" />`).join('\n')}
      <livelihood-bar indicator="x" onlivelihood-error={(event) => console.log(event.detail.message)} limit={5} sort="name" />
    </>
  );
}

// @ts-expect-error: the bar has no such attribute
export const misspelt = <livelihood-bar indicatr="x" />;
// @ts-expect-error: a theme is light or dark
export const blue = <city-compare theme="blue" />;
// @ts-expect-error: limit is a number
export const many = <livelihood-table limit={{}} />;
`,
  );
  writeFileSync(
    join(app, 'tsconfig.react.json'),
    JSON.stringify({
      compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['consumer-react.tsx'],
    }),
  );
  const checked = sh(bin('tsc'), ['-p', 'tsconfig.react.json'], app);
  checked.ok ? ok('tsc: React 19 JSX with livelihood-charts/react (typed attributes, wrong ones rejected)') : fail(`tsc (React 19 JSX)\n${checked.out}`);
}

// 6 ───────────────────────────────────────────────────────────────────────────
step('6. Vite: the app bundles, the dataset stays lazy, the elements render in Chromium');
writeFileSync(
  join(app, 'index.html'),
  `<!doctype html><meta charset="utf-8"><body>${tags.map(exampleMarkup).join('')}<script type="module" src="./main.js"></script></body>`,
);
const { build } = await import('vite');
// Each tag's own entry, and the root entry alone (which defines every tag: its module
// must not be tree-shaken away as free of side effects).
for (const [outDir, main] of [
  ['out', tags.map((t) => `import 'livelihood-charts/${t}.js';`).join('\n')],
  ['out-root', `import 'livelihood-charts';`],
]) {
  writeFileSync(join(app, 'main.js'), `${main}\n`);
  await build({ root: app, configFile: false, logLevel: 'error', build: { outDir, target: 'es2022' } });
  const chunks = readdirSync(join(app, outDir, 'assets')).filter((f) => f.endsWith('.js'));
  chunks.length >= 2
    ? ok(`${main.split('\n').length > 1 ? 'per-tag imports' : main}: bundled into ${chunks.length} chunks (the default dataset is one of them)`)
    : fail(`${main}: expected the default dataset in a chunk of its own, got ${chunks.join(', ')}`);
  if (tags.length) await renderInChromium(join(app, outDir));
}

// 7 ───────────────────────────────────────────────────────────────────────────
step('7. CDN: each bundle works as <script type="module" src>, loading its chunks on demand');
{
  const cdnDir = join(app, 'node_modules/livelihood-charts/dist/cdn');
  for (const [file, fileTags] of [['livelihood-charts.js', tags], ...tags.map((t) => [`${t}.js`, [t]])]) {
    const dir = join(work, `cdn-${file}`);
    execFileSync('mkdir', ['-p', dir]);
    copyFileSync(join(cdnDir, file), join(dir, file));
    cpSync(join(cdnDir, 'chunks'), join(dir, 'chunks'), { recursive: true });
    copyFileSync(join(root, 'src/dataset/livelihood.json'), join(dir, 'data.json'));
    const page = (name, markup) =>
      writeFileSync(join(dir, name), `<!doctype html><meta charset="utf-8"><body>${markup}<script type="module" src="./${file}"></script></body>`);
    page('index.html', fileTags.map(exampleMarkup).join(''));
    // What a page may fetch once its charts are drawn and it is idle: the marks' handlers
    // and tooltip, and the data table's code.
    const idle = (path) => /^\/chunks\/(interaction|data-table)-[\w-]+\.js$/.test(path);
    // The writers of notes or ticks the example charts need (the comparison's undated note, 张家口's
    // compounds of several years left out beside single years, units that differ), the places that
    // tell apart sources with no publisher (source-places: 晋中's and 呼和浩特's articles), and the
    // article's own numeral forms (article-form: 十余万, 3000余万元).
    const notes = 'levels-note|undated-note|spans-note|selection-notes|conflicts-note|calendar-ticks|source-places|article-form';
    // The default dataset only: the entry, the dataset's chunk and its unpacker's (pack), and the notes'.
    await renderInChromium(dir, fileTags, file, (path) => idle(path) || new RegExp(`^/chunks/(embedded|pack|${notes})-[\\w-]+\\.js$`).test(path));
    page('src.html', fileTags.map((tag) => exampleMarkup(tag).replace(`<${tag}`, `<${tag} src="data.json"`)).join(''));
    // Data from outside: the validator's chunks too.
    await renderInChromium(dir, fileTags, file, (path) => idle(path) || path === '/data.json' || new RegExp(`^/chunks/(check|validate|${notes})-[\\w-]+\\.js$`).test(path), 'src.html');
    // In English: the English strings' chunks too.
    page('en.html', fileTags.map((tag) => exampleMarkup(tag).replace(`<${tag}`, `<${tag} lang="en"`)).join(''));
    await renderInChromium(dir, fileTags, file, (path) => idle(path) || new RegExp(`^/chunks/(embedded|pack|messages-en|${notes})-[\\w-]+\\.js$`).test(path), 'en.html');
  }
}

// 8 ───────────────────────────────────────────────────────────────────────────
step('8. CLI: the installed bin builds datasets with no TypeScript tooling');
{
  const seeds = join(root, 'seeds');
  const [first, second] = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().slice(3, 5).map((f) => join(seeds, f));
  const npx = (...args) => sh('npx', ['--no-install', 'livelihood-data', ...args], app);
  const tsx = sh(process.execPath, ['-e', "import('tsx').then(() => process.exit(1), () => process.exit(0))"], app);
  tsx.ok ? ok('tsx is not installed in the app') : fail('tsx is installed in the app: the bin check would not prove plain JavaScript');
  const one = npx('build', first, second, '--manifest', join(seeds, 'manifest.json'), '-o', 'one.json', '--quiet');
  one.ok ? ok('npx livelihood-data build <2 articles> -o one.json') : fail(`npx livelihood-data build\n${one.out}`);
  const two = npx('build', first, second, '--manifest', join(seeds, 'manifest.json'), '-o', 'two.json', '--jobs', '2', '--quiet');
  if (one.ok && two.ok) {
    const [a, b] = ['one.json', 'two.json'].map((f) => readFileSync(join(app, f), 'utf8'));
    const figures = JSON.parse(a).observations.length;
    a === b && figures > 0 ? ok(`--jobs 2 writes the same ${figures} figures as one thread`) : fail('--jobs 2 output differs from one thread');
  } else fail(`npx livelihood-data build --jobs 2\n${two.out}`);
  const single = npx('build', first, '--manifest', join(seeds, 'manifest.json'), '-o', 'added.json', '--quiet');
  const added = single.ok && npx('add', 'added.json', second, '--manifest', join(seeds, 'manifest.json'), '--quiet');
  added?.ok && readFileSync(join(app, 'added.json'), 'utf8') === readFileSync(join(app, 'one.json'), 'utf8')
    ? ok('add <article> gives what building both at once gives')
    : fail(`npx livelihood-data add\n${single.out}${added ? added.out : ''}`);
  if (one.ok) {
    // A page of the built dataset's figures, its own slice, and the code-only bundle.
    const dir = join(work, 'code-only');
    execFileSync('mkdir', ['-p', dir]);
    const indicator = JSON.parse(readFileSync(join(app, 'one.json'), 'utf8')).observations[0].indicator;
    writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><body><livelihood-bar indicator="${indicator}" src="index.json"></livelihood-bar><script type="module" src="./livelihood-bar.code.js"></script></body>`);
    copyFileSync(join(app, 'node_modules/livelihood-charts/dist/cdn/livelihood-bar.code.js'), join(dir, 'livelihood-bar.code.js'));
    cpSync(join(app, 'node_modules/livelihood-charts/dist/cdn/chunks'), join(dir, 'chunks'), { recursive: true });
    const slice = npx('slice', 'one.json', join(dir, 'index.html'));
    slice.ok ? ok(`npx livelihood-data slice one.json index.html: ${slice.out.trim().replace(/^.*: /, '')}`) : fail(`npx livelihood-data slice\n${slice.out}`);
    if (slice.ok) await renderInChromium(dir, ['livelihood-bar'], 'livelihood-bar.code.js', (path) => path === '/index.json' || /^\/chunks\/(check|interaction|data-table|selection-notes|spans-note|levels-note|undated-note|source-places|article-form)-[\w-]+\.js$/.test(path));
  }
  const usage = npx('frobnicate');
  !usage.ok && /usage: livelihood-data build/.test(usage.out) ? ok('an unknown command prints the usage') : fail(`unknown command\n${usage.out}`);
}

// 9 ───────────────────────────────────────────────────────────────────────────
step('9. Studio: `npx livelihood-data studio` serves it; it builds a pasted article in its worker');
await checkStudio();
finish();

/** Starts the installed bin's studio server, pastes a seed article and waits for its figures, built in a module worker. */
async function checkStudio() {
  const server = spawn('npx', ['--no-install', 'livelihood-data', 'studio', '--port', '0'], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npx runs the bin as a child, and both are stopped at the end.
    detached: true,
  });
  let browser;
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      server.stderr.on('data', (chunk) => (out += chunk));
      server.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`no URL after 20 s: ${out}`)), 20_000);
    });
    ok(`npx livelihood-data studio: ${url}`);
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors = [];
    const workers = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await page.goto(url);
    const seeds = join(root, 'seeds');
    const seed = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[3];
    // Playwright's CSS locators pierce open shadow roots.
    await page.locator('livelihood-studio textarea').fill(readFileSync(join(seeds, seed), 'utf8'));
    await page.locator('studio-article button.num').first().waitFor({ timeout: 20_000 });
    const figures = await page.locator('studio-figures tbody tr[data-id]').count();
    figures > 0 && workers.some((w) => /\/assets\/worker-[\w-]+\.js$/.test(w))
      ? ok(`the studio built ${seed} into ${figures} figures in its worker (${workers.join(', ')})`)
      : fail(`the studio: ${figures} figures, workers ${workers.join(', ') || 'none'}`);
    errors.length ? fail(`the studio logged errors: ${errors.join('; ')}`) : ok('the studio logs no error');
  } catch (error) {
    fail(`the studio: ${error.message}`);
  } finally {
    await browser?.close();
    if (server.exitCode === null) process.kill(-server.pid);
  }
}

/**
 * Opens dir/index.html; passes when every tag renders (shadow content, no `role="alert"`),
 * the page logs no error and, when `only` names a file, nothing else is requested.
 */
async function renderInChromium(dir, pageTags = tags, only, allowed = () => false, pagePath = '') {
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  const label = only ? `cdn/${only}${pagePath ? ` (${pagePath})` : ''}` : 'the installed package';
  try {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(server.url + pagePath);
    for (const tag of pageTags) {
      const state = await page
        .waitForFunction(
          (t) => {
            const shadow = document.querySelector(t)?.shadowRoot;
            if (shadow?.querySelector('[role="alert"]')) return `alert: ${shadow.querySelector('[role="alert"]').textContent.trim()}`;
            return shadow?.querySelector('svg, table') ? 'rendered' : false;
          },
          tag,
          { timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue(), () => 'nothing rendered in 10 s');
      state === 'rendered' ? ok(`<${tag}> rendered from ${label}`) : fail(`<${tag}> from ${label}: ${state}`);
    }
    errors.length ? fail(`${label}: page errors: ${errors.join(' | ')}`) : ok(`${label}: no page errors`);
    if (only) {
      const extra = requests.filter((path) => path !== '/' && path !== `/${pagePath}` && path !== `/${only}` && path !== '/favicon.ico' && !allowed(path));
      const chunks = requests.filter((path) => path.startsWith('/chunks/'));
      extra.length ? fail(`${label} requested other files: ${extra.join(', ')}`) : ok(`${label} needed no other file${chunks.length ? ` but ${chunks.join(', ')}` : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
