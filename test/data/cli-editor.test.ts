/**
 * The CLI an editor uses after the first build: `add` an article to a dataset, apply a
 * corrections file beside it, and build an archive on several threads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Dataset } from '../../src/data/types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEEDS = join(ROOT, 'seeds');

function cli(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const read = (path: string): Dataset => JSON.parse(readFileSync(path, 'utf8'));

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'livelihood-editor-'));
});

describe('livelihood-data add', () => {
  it('adds an article without changing the ids of what was there, sharing indicators', () => {
    const first = join(dir, 'first');
    mkdirSync(first);
    for (const f of readdirSync(SEEDS).filter((n) => n.startsWith('000') || n.startsWith('004') || n === 'manifest.json')) {
      copyFileSync(join(SEEDS, f), join(first, f));
    }
    const data = join(dir, 'data.json');
    assert.equal(cli('build', first, '-o', data).code, 0);
    const before = read(data);
    const added = cli('add', data, join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('003'))!));
    assert.equal(added.code, 0, added.err);
    const after = read(data);
    const ids = new Set(after.observations.map((o) => o.id));
    for (const o of before.observations) assert.ok(ids.has(o.id), `${o.id} kept`);
    assert.deepEqual(after.observations.filter((o) => before.observations.some((b) => b.id === o.id)), before.observations);
    // 张家口 (000), 呼和浩特 (003) and 石家庄 (004) all report old compounds renovated: one indicator, four figures
    // (张家口's 700余个 since its programme began in 2018, the others' in a year).
    const compounds = after.observations.filter((o) => o.indicator === 'old_compounds_renovated').map((o) => o.region);
    assert.deepEqual([...new Set(compounds)].sort(), ['hohhot', 'shijiazhuang', 'zhangjiakou']);
    assert.equal(after.indicators.filter((i) => i.id === 'old_compounds_renovated').length, 1);
    // The same as building all three at once.
    const all = join(dir, 'all.json');
    assert.equal(cli('build', first, join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('003'))!), '-o', all).code, 0);
    assert.equal(readFileSync(data, 'utf8'), readFileSync(all, 'utf8'));
  });

  it('refuses an article the dataset already holds, and a dataset that does not validate', () => {
    const data = join(dir, 'data.json');
    const again = cli('add', data, join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('004'))!));
    assert.equal(again.code, 1);
    assert.match(again.err, /004_ccece93cdd1aa1d0\.txt: a source with id "004_ccece93cdd1aa1d0" is already in the dataset/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 'livelihood/1', sources: [] }));
    const r = cli('add', bad, join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('001'))!));
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.json: not a valid dataset:\n {2}regions: /);
  });
});

describe('a corrections file beside the dataset', () => {
  it('is applied on every rebuild; a stale correction is reported by name; the rest still apply', () => {
    const data = join(dir, 'sjz.json');
    const seed = join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('004'))!);
    assert.equal(cli('build', seed, '-o', data).code, 0);
    const built = read(data);
    const ongoing = built.observations.find((o) => o.raw === '956个')!;
    const sha = built.sources[0]!.sha256;
    writeFileSync(
      join(dir, 'sjz.corrections.json'),
      JSON.stringify({
        format: 'livelihood-corrections/1',
        corrections: [
          { source: sha, span: ongoing.span, raw: '956个', file: '004.txt', checked: true, note: '已进场施工，仍在建' },
          { source: sha, span: [1, 3], raw: '12个', file: '004.txt', status: 'result' },
        ],
      }),
    );
    const r = cli('build', seed, '-o', data);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /sjz\.corrections\.json: correction of 004\.txt 12个 at 1–3 no longer matches: no figure has this span now/);
    assert.match(r.out, /1 corrections applied \(1 checked, 0 left out\), 1 stale/);
    const o = read(data).observations.find((x) => x.raw === '956个')!;
    assert.equal(o.checked, true);
    assert.equal(o.status, 'ongoing');
    // The corrections file is read, so it is never an output.
    const over = cli('build', seed, '-o', join(dir, 'x.json'), '--embed', join(dir, 'sjz.corrections.json'), '--corrections', join(dir, 'sjz.corrections.json'));
    assert.equal(over.code, 64);
    assert.match(over.err, /refusing to write over the corrections file/);
  });

  it('names the field of a malformed corrections file and writes nothing', () => {
    const bad = join(dir, 'bad.corrections.json');
    writeFileSync(bad, JSON.stringify({ format: 'livelihood-corrections/1', corrections: [{ source: 'x', span: [0, 1], raw: '1' }] }));
    const out = join(dir, 'never.json');
    const r = cli('build', join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('004'))!), '-o', out, '--corrections', bad);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.corrections\.json: corrections\[0\]\.source: expected the article's SHA-256/);
    assert.throws(() => readFileSync(out));
  });
});

describe('--jobs', () => {
  it('builds on worker threads exactly what one thread builds', () => {
    const one = join(dir, 'one.json');
    const three = join(dir, 'three.json');
    assert.equal(cli('build', SEEDS, '-o', one, '--quiet').code, 0);
    const r = cli('build', SEEDS, '-o', three, '--jobs', '3');
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(three, 'utf8'), readFileSync(one, 'utf8'));
    // Reports come in file order, as one thread prints them.
    const files = [...r.out.matchAll(/^(\d{3})_\w+\.txt: \d+ numerals/gmu)].map((m) => m[1]);
    assert.deepEqual(files, ['000', '001', '002', '003', '004']);
  });

  it('writes from parts (articles validated and written apart) what the whole dataset writes', () => {
    // --embed needs the whole dataset in memory; without it the articles come as parts (parts.ts).
    const whole = join(dir, 'whole.json');
    const parts = join(dir, 'parts.json');
    for (const [out, extra] of [[whole, ['--embed', join(dir, 'whole.embed.json')]], [parts, ['--jobs', '2']]] as const) {
      const r = cli('build', SEEDS, '-o', out, '--quiet', ...extra);
      assert.equal(r.code, 0, r.err);
    }
    assert.equal(readFileSync(parts, 'utf8'), readFileSync(whole, 'utf8'));
    assert.equal(readFileSync(parts, 'utf8'), readFileSync(join(ROOT, 'src/dataset/livelihood.json'), 'utf8'));
  });

  it('refuses a count that is not a whole number from 1 to 256', () => {
    const r = cli('build', SEEDS, '-o', join(dir, 'j.json'), '--jobs', '0');
    assert.equal(r.code, 64);
    assert.match(r.err, /--jobs 0: expected a whole number from 1 to 256/);
  });

  it('stops with the article that failed, naming it', () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'a.txt'), '张家口市民生实事\n全市新建学校5所。\n');
    writeFileSync(join(broken, 'b.txt'), '没有地名的文章\n新增学位3000个。\n');
    const r = cli('build', broken, '-o', join(dir, 'broken.json'), '--jobs', '2');
    assert.equal(r.code, 1);
    assert.match(r.err, /b\.txt: no region for this article/);
  });
});
