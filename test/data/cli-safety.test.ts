/**
 * The CLI on hostile or careless use: it never writes over what it reads, never hangs
 * or blows up on adversarial text, never writes a dataset its own validator rejects,
 * reads GB18030 and counts absurd numbers, and leaves no temporary file when killed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { MAX_NUMERALS_PER_ARTICLE, MAX_QUOTE_CHARS } from '../../src/data/limits.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = join(ROOT, 'seeds/004_ccece93cdd1aa1d0.txt');

function cli(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'livelihood-cli-safety-'));
});

const article = (name: string, text: string | Buffer = readFileSync(SEED)) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('outputs never overwrite inputs', () => {
  it('refuses -o naming the article, and leaves the article as it was', () => {
    const a = article('a.txt');
    const r = cli('build', a, '--region', 'shijiazhuang', '-o', a);
    assert.equal(r.code, 64);
    assert.match(r.err, /-o .*a\.txt: refusing to write over an input article/);
    assert.ok(readFileSync(a).equals(readFileSync(SEED)));
  });

  it('refuses -o naming the manifest, found beside the article or given', () => {
    const sub = join(dir, 'withmanifest');
    mkdirSync(sub);
    copyFileSync(SEED, join(sub, 'b.txt'));
    const manifest = join(sub, 'manifest.json');
    const text = JSON.stringify({ articles: [{ file: 'b.txt', region: 'shijiazhuang' }] });
    writeFileSync(manifest, text);
    for (const args of [[sub], [join(sub, 'b.txt')], [join(sub, 'b.txt'), '--manifest', manifest]]) {
      const r = cli('build', ...args, '-o', manifest);
      assert.equal(r.code, 64, r.err);
      assert.match(r.err, /refusing to write over the manifest/);
      assert.equal(readFileSync(manifest, 'utf8'), text);
    }
  });

  it('refuses --embed and -o naming one file, and an output reached through a symlink or ..', () => {
    const a = article('c.txt');
    const out = join(dir, 'same.json');
    const r = cli('build', a, '--region', 'shijiazhuang', '-o', out, '--embed', out);
    assert.equal(r.code, 64);
    assert.match(r.err, /--embed .*same\.json: refusing to write over the -o output/);
    assert.equal(existsSync(out), false);
    const link = join(dir, 'link.txt');
    symlinkSync(a, link);
    const viaLink = cli('build', a, '--region', 'shijiazhuang', '-o', link);
    assert.equal(viaLink.code, 64);
    const viaDots = cli('build', a, '--region', 'shijiazhuang', '-o', join(dir, '..', dir.split('/').at(-1)!, 'c.txt'));
    assert.equal(viaDots.code, 64);
    assert.ok(readFileSync(a).equals(readFileSync(SEED)));
  });
});

describe('bounded output', () => {
  it('bounds each quote: a 60 KB line of figures writes megabytes, not hundreds', () => {
    const a = article('line.txt', `石家庄市民生报道\n${'新建学校25所'.repeat(8600)}。\n`);
    const out = join(dir, 'line.json');
    const r = cli('build', a, '--region', 'shijiazhuang', '-o', out, '--quiet');
    assert.equal(r.code, 0, r.err);
    const bytes = statSync(out).size;
    assert.ok(bytes < 8_000_000, `${bytes} bytes`);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(data.observations.length, 8600);
    for (const o of data.observations) {
      assert.ok(o.quote.length <= MAX_QUOTE_CHARS + 2, `quote of ${o.quote.length}`);
      assert.equal(o.quote.slice(o.quoteSpan[0], o.quoteSpan[1]), o.raw);
    }
  });

  it('refuses an article with more numerals than the limit, with a message and no crash', () => {
    const a = article('alt.txt', '1一'.repeat(100_000));
    const out = join(dir, 'alt.json');
    const r = cli('build', a, '--region', 'shijiazhuang', '-o', out);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, new RegExp(`alt\\.txt: the article holds \\d+ numerals; the limit is ${MAX_NUMERALS_PER_ARTICLE} per article`));
    assert.equal(existsSync(out), false);
  });
});

describe('the manifest is checked like a dataset', () => {
  const CASES: ReadonlyArray<readonly [string, unknown, RegExp]> = [
    ['a region without a name', { id: 'newcity', level: 'prefecture' }, /articles\[0\]\.region\.name: expected \{"zh": …, "en": …\}/],
    ['level "galaxy"', { id: 'newcity', name: { zh: '新城市', en: 'New City' }, level: 'galaxy' }, /articles\[0\]\.region\.level: expected one of province, prefecture, district, county, got "galaxy"/],
    ['a region that is its own parent', { id: 'newcity', name: { zh: '新城市', en: 'New City' }, level: 'prefecture', parent: 'newcity' }, /articles\[0\]\.region\.parent: a region cannot be its own parent/],
  ];
  const ENTRY: ReadonlyArray<readonly [string, Record<string, unknown>, RegExp]> = [
    ['published 2023-02-30', { published: '2023-02-30' }, /articles\[0\]\.published: expected a real date YYYY-MM-DD or null, got "2023-02-30"/],
    ['a publisher object', { publisher: { name: 'x' } }, /articles\[0\]\.publisher: expected a non-empty string or null, got an object/],
    ['url: 42', { url: 42 }, /articles\[0\]\.url: expected an http\(s\) URL or null, got 42/],
    ['an unknown field', { regoin: 'x' }, /articles\[0\]\.regoin: unknown field/],
  ];
  const all = [
    ...CASES.map(([what, region, message]) => [what, { file: 'm.txt', region }, message] as const),
    ...ENTRY.map(([what, extra, message]) => [what, { file: 'm.txt', region: 'shijiazhuang', ...extra }, message] as const),
  ];
  for (const [what, entry, message] of all) {
    it(`refuses ${what}, naming the manifest and the field`, () => {
      const sub = mkdtempSync(join(dir, 'manifest-'));
      copyFileSync(SEED, join(sub, 'm.txt'));
      const manifest = join(sub, 'manifest.json');
      writeFileSync(manifest, JSON.stringify({ articles: [entry] }));
      const out = join(sub, 'out.json');
      const r = cli('build', sub, '-o', out);
      assert.equal(r.code, 1, r.err);
      assert.ok(r.err.includes(`${manifest}: `), r.err);
      assert.match(r.err, message);
      assert.equal(existsSync(out), false);
    });
  }

  it('refuses regions that are each other\'s parent', () => {
    const sub = mkdtempSync(join(dir, 'cycle-'));
    copyFileSync(SEED, join(sub, 'p.txt'));
    copyFileSync(SEED, join(sub, 'q.txt'));
    const region = (id: string, parent: string) => ({ id, name: { zh: id, en: id }, level: 'county', parent });
    writeFileSync(
      join(sub, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'p.txt', region: region('pp', 'qq') }, { file: 'q.txt', region: region('qq', 'pp') }] }),
    );
    const out = join(sub, 'out.json');
    const r = cli('build', sub, '-o', out, '--quiet');
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /p\.txt: unknown region "qq"/);
    assert.equal(existsSync(out), false);
  });
});

describe('encodings and absurd numbers', () => {
  it('reads a GB18030 article with a character outside GBK', () => {
    // 全市建成养老机构39个𠀀。 — 𠀀 is the four-byte sequence 95 32 82 36.
    const a = article('gb18030.txt', Buffer.from('c8abcad0bda8b3c9d1f8c0cfbbfab9b93339b8f695328236a1a3', 'hex'));
    const out = join(dir, 'gb18030.json');
    const r = cli('build', a, '--region', 'hohhot', '-o', out);
    assert.equal(r.code, 0, r.err);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(data.observations.map((o: { raw: string }) => o.raw), ['39个']);
  });

  it('counts a number of 309 digits and skips it as out_of_range', () => {
    const a = article('digits.txt', `全市新建学校${'9'.repeat(309)}所，新建幼儿园${'1'.repeat(400)}所，新增学位5000个。\n`);
    const out = join(dir, 'digits.json');
    const r = cli('build', a, '--region', 'hohhot', '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /digits\.txt: 3 numerals = 1 figures \+ 2 skipped \(out_of_range 2\)/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(data.skipped.map((s: { reason: string }) => s.reason), ['out_of_range', 'out_of_range']);
    assert.ok(data.skipped.every((s: { raw: string }) => s.raw.length <= 41 && s.raw.startsWith('9999') !== s.raw.startsWith('1111')));
  });
});

describe('interrupted runs', () => {
  it('removes the temporary file when killed while writing, and writes no output', async () => {
    const text = readFileSync(SEED);
    const outDir = mkdtempSync(join(dir, 'out-'));
    const out = join(outDir, 'out.json');
    /** Builds `count` copies of the seed, killed with `signal` as soon as its temporary file appears. */
    async function run(count: number, signal: 'SIGTERM' | 'SIGINT') {
      const sub = mkdtempSync(join(dir, 'big-'));
      for (let i = 0; i < count; i++) writeFileSync(join(sub, `a${String(i).padStart(4, '0')}.txt`), text);
      // Node itself with tsx's loader, so the signal reaches the CLI's process directly.
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'build', sub, '--region', 'shijiazhuang', '-o', out, '--quiet'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (b) => (stderr += b));
      const watcher = watch(outDir, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill(signal);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      watcher.close();
      return { code, stderr };
    }
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      // On a loaded machine the write may finish before the signal lands: that run proves
      // nothing, so it goes again with twice the output.
      let r = await run(300, signal);
      for (let count = 600; r.code === 0 && count <= 2400; count *= 2) {
        rmSync(out, { force: true });
        r = await run(count, signal);
      }
      assert.equal(readdirSync(outDir).filter((f) => f.endsWith('.tmp')).length, 0, `no temporary file left (${signal})`);
      assert.equal(existsSync(out), false, `no output (${signal}): ${r.stderr}`);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, new RegExp(`interrupted \\(${signal}\\) while writing`));
    }
  });
});
