import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/main.js';
import { reservedHeight, reserveStylesheet } from '../../src/kit/reserve.js';
import tags from '../../src/charts/tags.json' with { type: 'json' };

const ROOT = new URL('../../', import.meta.url).pathname;
const DATA = `${ROOT}src/dataset/livelihood.json`;

async function snippet(...args: string[]): Promise<string> {
  const lines: string[] = [];
  assert.equal(await run(['snippet', DATA, ...args], (line) => lines.push(line)), 0);
  return lines.join('\n');
}

describe('livelihood-data snippet', () => {
  it('prints the script, the stylesheet beside it, and the element with its reserved heights', async () => {
    const out = await snippet('--tag', 'livelihood-bar', '--indicator', 'old_compounds_renovated', '--lang', 'en', '--script', '/js/livelihood-charts.js');
    const [script, link, element] = out.split('\n');
    assert.equal(script, '<script type="module" src="/js/livelihood-charts.js"></script>');
    assert.equal(link, '<link rel="stylesheet" href="/js/livelihood-charts.css">');
    assert.match(element!, /^<div class="livelihood-chart"><livelihood-bar indicator="old_compounds_renovated" lang="en" height="\d+"( height-\d+="\d+")+><\/livelihood-bar><\/div>$/);
    // Two lines a bar on a phone, one from 480 px: the phone's height is the larger.
    const attributes = Object.fromEntries([...element!.matchAll(/ ([a-z0-9-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const at = (width: number) => reservedHeight((name) => attributes[name] ?? null, width)!;
    assert.ok(at(375) > at(1000));
    assert.equal(at(1000), at(1440));
  });

  it('preloads a `src` dataset before the script, so its fetch starts with the page', async () => {
    const out = await snippet('--tag', 'livelihood-bar', '--indicator', 'old_compounds_renovated', '--src', 'data/article "42".json', '--script', '/js/livelihood-charts.js');
    const [preload, script, , element] = out.split('\n');
    // `crossorigin` (anonymous): the mode and credentials of the chart's own fetch (load.ts), or the browser fetches twice.
    assert.equal(preload, '<link rel="preload" href="data/article &quot;42&quot;.json" as="fetch" crossorigin>');
    assert.equal(script, '<script type="module" src="/js/livelihood-charts.js"></script>');
    assert.match(element!, / src="data\/article &quot;42&quot;.json"/);
    // Without `src` the chart draws the embedded dataset: nothing to preload.
    assert.doesNotMatch(await snippet('--tag', 'livelihood-bar', '--indicator', 'old_compounds_renovated'), /preload/);
  });

  it('writes boolean attributes bare', async () => {
    assert.match(await snippet('--tag', 'city-compare', '--regions', 'zhangjiakou,hohhot', '--show-uncertain'), /<city-compare regions="zhangjiakou,hohhot" show-uncertain lang="zh" height=/);
  });

  it('writes the language its heights were measured in, so a page in another language does not change it', async () => {
    assert.match(await snippet('--tag', 'livelihood-bar', '--indicator', 'old_compounds_renovated'), / lang="zh" height=/);
    assert.match(await snippet('--tag', 'livelihood-bar', '--indicator', 'old_compounds_renovated', '--lang', 'en'), / lang="en" height=/);
  });

  it('refuses an unknown tag and a chart that would show an error', async () => {
    await assert.rejects(snippet('--tag', 'pie-chart'), /--tag: expected one of livelihood-bar, city-compare/);
    await assert.rejects(snippet('--tag', 'livelihood-bar', '--indicator', 'nope'), /shows an error/);
  });
});

describe('livelihood-charts.css', () => {
  it('is what reserveStylesheet writes for the tag list', () => {
    assert.equal(readFileSync(`${ROOT}src/livelihood-charts.css`, 'utf8'), reserveStylesheet(Object.keys(tags)), 'stale: run npm run tags');
  });
});
