/**
 * `livelihood-data slice`: an article page's charts draw the same from the slice as from
 * the whole dataset, and the slice is a valid dataset, much smaller.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../../src/cli/main.js';
import { buildBarModel } from '../../src/charts/livelihood-bar/model.js';
import { buildCompareModel } from '../../src/charts/city-compare/model.js';
import type { Dataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import { chartsInHtml } from '../../src/cli/slice.js';
import { sliceDataset } from '../../src/data/slice.js';
import { toShown, type Shown } from '../../src/kit/model/show.js';
import { addEnglish as addBarEnglish } from '../../src/charts/livelihood-bar/messages-en.ts';
import { addEnglish as addCompareEnglish } from '../../src/charts/city-compare/messages-en.ts';
import { levelsNote } from '../../src/kit/model/levels-note.js';
import { barSelectionNotes } from '../../src/charts/livelihood-bar/selection-notes.js';
import { compareSelectionNotes } from '../../src/charts/city-compare/selection-notes.js';
import { conflictsNote } from '../../src/kit/model/conflicts-note.js';
import { provideNoteWriters } from '../../src/kit/model/notes.js';
import { placeSources } from '../../src/kit/model/source-places.js';
import { renamedIds } from '../../src/kit/model/renamed.js';
import { undatedNote } from '../../src/kit/model/undated-note.js';
import { spansNote, withoutMultiYear } from '../../src/kit/model/spans-note.js';
import { provideArticleForm } from '../../src/kit/model/format.js';
import { articleForm } from '../../src/kit/model/article-form.js';

// The page holds an English chart: its strings, as the chart loads them.
addBarEnglish();
addCompareEnglish();
// The models are called synchronously, as the snippet's heights call them: the notes' writers
// bundled (a chart loads them as a chunk when it has a note, and waits for them).
provideNoteWriters({ levelsNote, undatedNote, spansNote, withoutMultiYear, barSelectionNotes, compareSelectionNotes, conflictsNote, placeSources, renamedIds });
provideArticleForm(articleForm);

const ROOT = new URL('../../', import.meta.url).pathname;
const DATA = `${ROOT}src/dataset/livelihood.json`;
const dataset = JSON.parse(readFileSync(DATA, 'utf8')) as Dataset;
const dir = mkdtempSync(join(tmpdir(), 'slice-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `<!doctype html><html><body>
<p>text</p><div class="livelihood-chart"><livelihood-bar indicator="old_compounds_renovated" lang="en" height="200"></livelihood-bar></div>
<!-- <livelihood-bar indicator="job_fairs"></livelihood-bar> is a comment -->
<livelihood-bar region='zhangjiakou' family="elderly_care_facilities" unit="个" statuses="all" show-uncertain></livelihood-bar>
<city-compare regions="zhangjiakou,hohhot" statuses=all></city-compare>
</body></html>`;

const shownOf = (a: Record<string, string>): Shown => toShown(a.statuses, 'show-uncertain' in a) as Shown;
const ids = (v?: string) => (v ? v.split(',') : []);
const bar = (d: Dataset, a: Record<string, string>) =>
  buildBarModel(d, { indicator: a.indicator, regions: ids(a.regions), region: a.region, indicators: ids(a.indicators), family: a.family, unit: a.unit, sort: 'value', lang: a.lang === 'en' ? 'en' : 'zh', shown: shownOf(a) });
const compare = (d: Dataset, a: Record<string, string>) =>
  buildCompareModel(d, { regions: ids(a.regions), indicators: ids(a.indicators), lang: 'zh', shown: shownOf(a) });

const withoutSlots = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'slot' ? undefined : v)));

describe('livelihood-data slice', () => {
  it('reads the chart elements of a page, with their attributes, not those in comments', () => {
    assert.deepEqual(chartsInHtml(PAGE), [
      { indicator: 'old_compounds_renovated', lang: 'en', height: '200' },
      { region: 'zhangjiakou', family: 'elderly_care_facilities', unit: '个', statuses: 'all', 'show-uncertain': '' },
      { regions: 'zhangjiakou,hohhot', statuses: 'all' },
    ]);
  });

  it('keeps what the charts draw: each chart is the same from the slice, which validates and is smaller', () => {
    const charts = chartsInHtml(PAGE);
    const slice = sliceDataset(dataset, charts);
    assert.equal(validateDataset(slice).ok, true);
    assert.ok(slice.observations.length < dataset.observations.length / 2, `${slice.observations.length} of ${dataset.observations.length}`);
    for (const a of charts) {
      const build = a.regions ? compare : bar;
      const whole = build(dataset, a);
      assert.equal(whole.ok, true);
      // The same figures, labels and layout; a place's colour slot is ranked within the
      // dataset a page loads (place-colour.ts), so every chart of the page, which loads
      // one slice, agrees with the others, not with charts drawn from the whole dataset.
      assert.deepEqual(withoutSlots(build(slice, a)), withoutSlots(whole));
    }
  });

  it('writes <page>.json beside each page, or -o for one', async () => {
    const page = join(dir, 'article.html');
    writeFileSync(page, PAGE);
    const lines: string[] = [];
    assert.equal(await run(['slice', DATA, page], (l) => lines.push(l)), 0);
    const written = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as Dataset;
    assert.deepEqual(written, JSON.parse(JSON.stringify(sliceDataset(dataset, chartsInHtml(PAGE)))));
    assert.match(lines[0]!, /article\.html: 3 charts use \d+ of \d+ figures; wrote .*article\.json/);
    assert.equal(await run(['slice', DATA, page, '-o', join(dir, 'other.json')], () => {}), 0);
    assert.equal(readFileSync(join(dir, 'other.json'), 'utf8'), readFileSync(join(dir, 'article.json'), 'utf8'));
  });

  it('names the preload link a page lacks for its charts’ `src`, once a file', async () => {
    const page = join(dir, 'preload.html');
    const charts = '<livelihood-bar indicator="job_fairs" src="a.json"></livelihood-bar><livelihood-bar indicator="new_urban_jobs" src="a.json"></livelihood-bar><livelihood-bar indicator="job_fairs" src="b.json"></livelihood-bar>';
    const cases: [string, string[]][] = [
      ['', ['a.json', 'b.json']],
      ['<link rel="preload" href="a.json" as="fetch" crossorigin>', ['b.json']],
      ['<link as=fetch crossorigin rel="Preload" href=\'b.json\'><link rel="preload" href="a.json" as="fetch" crossorigin>', []],
      // Only a link in the page counts, not one in a comment or another rel.
      ['<!-- <link rel="preload" href="a.json"> --><link rel="prefetch" href="b.json">', ['a.json', 'b.json']],
    ];
    for (const [head, missing] of cases) {
      writeFileSync(page, `<head>${head}</head><body>${charts}</body>`);
      const lines: string[] = [];
      assert.equal(await run(['slice', DATA, page], (l) => lines.push(l)), 0);
      assert.deepEqual(
        lines.slice(1),
        missing.map((src) => `  to fetch ${src} with the page, add to its <head>: <link rel="preload" href="${src}" as="fetch" crossorigin>`),
        head,
      );
    }
  });

  it('refuses a page without charts, and writing over its input', async () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<p>no charts</p>');
    await assert.rejects(run(['slice', DATA, empty], () => {}), /no chart element/);
    const page = join(dir, 'article.html');
    writeFileSync(page, PAGE);
    await assert.rejects(run(['slice', DATA, page, '-o', DATA], () => {}), /refusing to write over the dataset/);
  });
});
