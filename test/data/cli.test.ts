import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = join(ROOT, 'seeds/004_ccece93cdd1aa1d0.txt');

function cli(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'livelihood-cli-'));
});
after(() => {
  // Leave nothing large behind.
  for (const f of ['huge.txt']) if (existsSync(join(dir, f))) truncateSync(join(dir, f), 0);
});

describe('livelihood-data build', () => {
  it('finds a new city\'s place in its title: no manifest needed', () => {
    const article = join(dir, 'pidu.txt');
    writeFileSync(article, '成都市郫都区2024年民生实事完成情况\n全区新建学校5所，新增学位3000个。\n');
    const out = join(dir, 'pidu.json');
    const r = cli('build', article, '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /pidu\.txt: place 郫都区 \(pidu, 510117\), from its title/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(data.regions.map((x: { id: string }) => x.id), ['chengdu', 'pidu', 'sichuan']);
    assert.deepEqual(data.regions.find((x: { id: string }) => x.id === 'pidu').name, { zh: '郫都区', en: 'Pidu District' });
    assert.ok(data.observations.every((o: { region: string; period: { start: string } }) => o.region === 'pidu' && o.period.start === '2024-01-01'));
  });

  it('builds a dataset from one article with --region and reports its accounting', () => {
    const out = join(dir, 'one.json');
    const r = cli('build', SEED, '--region', 'shijiazhuang', '--manifest', '/dev/null/none', '-o', out);
    // A missing manifest path is an error naming it, not a crash.
    assert.equal(r.code, 1);
    assert.match(r.err, /\/dev\/null\/none/);
    const ok = cli('build', SEED, '--region', 'shijiazhuang', '-o', out);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /004_ccece93cdd1aa1d0\.txt: (\d+) numerals = (\d+) figures \+ (\d+) skipped/);
    const [, n, f, s] = /(\d+) numerals = (\d+) figures \+ (\d+) skipped/.exec(ok.out)!.map(Number);
    assert.equal(n, f + s);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(data.schema, 'livelihood/1');
    assert.equal(data.observations.length, f);
    assert.equal(data.skipped.length, s);
  });

  it('rebuilds byte for byte', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    assert.equal(cli('build', join(ROOT, 'seeds'), '-o', a, '--quiet').code, 0);
    assert.equal(cli('build', join(ROOT, 'seeds'), '-o', b, '--quiet').code, 0);
    assert.ok(readFileSync(a).equals(readFileSync(b)));
  });

  it('decodes a GBK article', () => {
    const gbk = join(dir, 'gbk.txt');
    // "全市建成养老机构39个。" in GBK.
    const bytes = Buffer.from('c8abcad0bda8b3c9d1f8c0cfbbfab9b93339b8f6a1a3', 'hex');
    assert.equal(new TextDecoder('gbk').decode(bytes), '全市建成养老机构39个。');
    writeFileSync(gbk, bytes);
    const out = join(dir, 'gbk.json');
    const r = cli('build', gbk, '--region', 'hohhot', '-o', out);
    assert.equal(r.code, 0, r.err);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      data.observations.map((o: { raw: string; value: number }) => [o.raw, o.value]),
      [['39个', 39]],
    );
  });

  const BAD: ReadonlyArray<readonly [string, (path: string) => void, RegExp]> = [
    ['an empty file', (p) => writeFileSync(p, ''), /empty/i],
    ['a binary file', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0, 1, 2])), /binary/i],
    ['a file that is neither UTF-8 nor GBK', (p) => writeFileSync(p, Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0x41, 0xc0, 0xc1])), /UTF-8/],
    ['a 100 MB file', (p) => { writeFileSync(p, ''); truncateSync(p, 100 * 1024 * 1024); }, /too large/],
  ];
  for (const [what, make, message] of BAD) {
    it(`fails clearly on ${what}, writing nothing`, () => {
      const input = join(dir, what === 'a 100 MB file' ? 'huge.txt' : `bad-${what.length}.txt`);
      make(input);
      const out = join(dir, `bad-${what.length}.json`);
      const r = cli('build', input, '--region', 'hohhot', '-o', out);
      assert.equal(r.code, 1);
      assert.match(r.err, message);
      assert.ok(r.err.includes(input), 'the message names the file');
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.equal(existsSync(out), false, 'no partial output');
    });
  }

  it('fails on a missing path and on an article that names no place, or an ambiguous one', () => {
    const missing = cli('build', join(dir, 'nope.txt'), '-o', join(dir, 'x.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: no such file or directory/);
    const lone = join(dir, 'lone.txt');
    writeFileSync(lone, '民生实事稳步推进\n今年以来，我市新建学校5所。\n');
    const noRegion = cli('build', lone, '-o', join(dir, 'x.json'));
    assert.equal(noRegion.code, 1);
    assert.match(noRegion.err, /lone\.txt: no region for this article: its title and first lines name no place/);
    const gulou = join(dir, 'gulou.txt');
    writeFileSync(gulou, '鼓楼区2024年民生实事完成情况\n全区新建学校5所。\n');
    const ambiguous = cli('build', gulou, '-o', join(dir, 'x.json'));
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.err, /gulou\.txt: cannot tell the article's place: 鼓楼区 is ambiguous: 鼓楼区 \(南京市, 江苏省; 320106\)/);
    assert.equal(existsSync(join(dir, 'x.json')), false);
  });

  it('refuses an unknown region id and bad usage', () => {
    const r = cli('build', SEED, '--region', 'atlantis', '-o', join(dir, 'y.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /unknown region "atlantis"/);
    assert.equal(cli('frobnicate').code, 64);
    assert.equal(cli('build', SEED).code, 64);
  });
});
