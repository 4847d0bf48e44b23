import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManifest } from '../src/data/manifest.ts';
import { corpus, MB, seeds } from './corpus.ts';
const dir = '/tmp/jobscmp';
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'archive'), { recursive: true });
const seedEntries = parseManifest(JSON.parse(readFileSync(new URL('../seeds/manifest.json', import.meta.url), 'utf8'))).articles;
const articles: unknown[] = [];
let bytes = 0;
for (const doc of corpus()) {
  if (bytes >= 50 * MB) break;
  const file = `doc${String(doc.k).padStart(5, '0')}_${seeds[doc.i]!.file}`;
  writeFileSync(join(dir, 'archive', file), doc.text);
  articles.push({ ...seedEntries.find((e) => e.file === seeds[doc.i]!.file)!, file });
  bytes += doc.bytes;
}
writeFileSync(join(dir, 'archive', 'manifest.json'), JSON.stringify({ articles }));
const outs: Record<string, string> = {};
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  for (const [name, cli] of [['old', process.env.OLD!], ['new', process.env.NEW!]]) {
    for (const jobs of [1, 2]) {
      const out = join(dir, `${name}-${jobs}.json`);
      const t = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, cli!, 'build', join(dir, 'archive'), '-o', out, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8' });
      const ms = performance.now() - t;
      if (r.status !== 0) throw new Error(r.stderr);
      const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      outs[`${name}-${jobs}`] = readFileSync(out, 'utf8');
      console.log(`round ${round} ${name} --jobs ${jobs}: ${(ms / 1000).toFixed(2)} s wall, ${(user! + sys!).toFixed(2)} s cpu; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
    }
  }
}
console.log('all identical:', new Set(Object.values(outs)).size === 1);
