#!/usr/bin/env node
// `npm run screenshots`: starts the demo's Vite dev server, photographs the gallery at
// phone (375 px) and desktop (1280 px) widths, light and dark (and English once each),
// into screenshots/, and exits. Per view: the whole page, the first screen, and the
// "about the data" table; then the studio with a seed article, at both widths (and in
// English and dark once).
//
// Options: --only=375-dark-zh (a name prefix) to take fewer; --parts to also cut the
// page into screen-sized slices (easier to look at than one very tall image).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { launchChromium } from './browser.mjs';
import { root } from './entries.mjs';

const out = join(root, 'screenshots');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const parts = process.argv.includes('--parts');
const VIEWS = [
  { width: 375, height: 812, theme: 'light', lang: 'zh' },
  { width: 375, height: 812, theme: 'dark', lang: 'zh' },
  { width: 1280, height: 900, theme: 'light', lang: 'zh' },
  { width: 1280, height: 900, theme: 'dark', lang: 'zh' },
  { width: 1280, height: 900, theme: 'light', lang: 'en' },
  { width: 375, height: 812, theme: 'dark', lang: 'en' },
].filter((v) => !only || `${v.width}-${v.theme}-${v.lang}`.startsWith(only));

mkdirSync(out, { recursive: true });
const server = await createServer({ root: join(root, 'demo'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn', server: { port: 5190 } });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
let failures = 0;
try {
  for (const view of VIEWS) {
    const name = `${view.width}-${view.theme}-${view.lang}`;
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${url}?lang=${view.lang}&theme=${view.theme}`);
    await page.waitForSelector('body[data-ready]', { state: 'attached', timeout: 30_000 });
    // Every chart drawn (or showing its message), then one painted frame.
    const charts = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('livelihood-bar, city-compare')];
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      return { count: els.length, overflow };
    });
    await page.screenshot({ path: join(out, `${name}-top.png`) });
    await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
    if (parts) {
      const { width, height } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      const slice = view.height * 2;
      for (let y = 0, i = 1; y < height; y += slice, i++) {
        const clip = { x: 0, y, width, height: Math.min(slice, height - y - 1) };
        if (clip.height < 8) break;
        await page.screenshot({ path: join(out, `${name}-part${i}.png`), fullPage: true, clip });
      }
    }
    const about = page.locator('#about');
    if (await about.count()) await about.screenshot({ path: join(out, `${name}-about.png`) });
    const counted = new Map();
    for (const e of errors) counted.set(e, (counted.get(e) ?? 0) + 1);
    const problems = [
      ...[...counted].map(([e, n]) => (n > 1 ? `${e} (×${n})` : e)),
      ...(charts.overflow > 0 ? [`page scrolls sideways by ${charts.overflow} px`] : []),
    ];
    if (problems.length) failures++;
    console.log(`${name}: ${charts.count} charts${problems.length ? `; ${problems.join(' | ')}` : ''}`);
    await page.close();
  }
  // The studio with a seed article pasted: the first screen at each width, and once in English and dark.
  const STUDIO = [
    { name: 'studio-375', width: 375, query: '' },
    { name: 'studio-1280', width: 1280, query: '' },
    { name: 'studio-1280-dark-en', width: 1280, query: '?lang=en&theme=dark' },
  ].filter((v) => !only || v.name.startsWith(only));
  for (const { name, width, query } of STUDIO) {
    const page = await browser.newPage({ viewport: { width, height: width < 800 ? 812 : 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}studio.html${query}`);
    await page.waitForFunction(() => customElements.get('livelihood-studio'));
    const text = readFileSync(join(root, 'seeds', '004_ccece93cdd1aa1d0.txt'), 'utf8');
    await page.evaluate(async (text) => {
      const studio = document.querySelector('livelihood-studio');
      await studio.clear();
      await studio.setText(text, '004_ccece93cdd1aa1d0.txt');
      studio.shadowRoot.querySelector('#h-text').scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, text);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // Side by side with the article (wide screens), the figures' table fits its column.
    const tableOverflow = await page.evaluate(() => {
      const figures = document.querySelector('livelihood-studio').shadowRoot.querySelector('studio-figures');
      const scroll = figures?.shadowRoot?.querySelector('.scroll');
      return scroll && innerWidth >= 1270 ? scroll.scrollWidth - scroll.clientWidth : 0;
    });
    await page.screenshot({ path: join(out, `${name}.png`) });
    const problems = [
      ...errors,
      ...(overflow > 0 ? [`page scrolls sideways by ${overflow} px`] : []),
      ...(tableOverflow > 0 ? [`the figures' table scrolls sideways by ${tableOverflow} px`] : []),
    ];
    if (problems.length) failures++;
    console.log(`${name}${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
process.exitCode = failures ? 1 : 0;
