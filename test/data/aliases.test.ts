/**
 * Renamed indicators (`aliases`): the lexicon's renames reach a dataset only where they
 * can be followed (the new id there, the old one not), survive every way a dataset is
 * written (build, merge, parts, corrections, packing, a slice), and validation refuses
 * one that cannot be followed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../src/cli/articles.ts';
import { PartsAssembler, toParts } from '../../src/cli/parts.ts';
import { keptAliases } from '../../src/data/aliases.ts';
import { applyCorrections, CORRECTIONS_FORMAT } from '../../src/data/corrections.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { RENAMED_INDICATORS } from '../../src/data/lexicon.ts';
import { packDataset, unpackDataset } from '../../src/data/pack.ts';
import { serializeDataset } from '../../src/data/serialize.ts';
import { sliceDataset } from '../../src/data/slice.ts';
import type { Dataset } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { loadDefaultDataset } from '../../src/dataset/default.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const article = (file: string) => buildArticle({ path: `${ROOT}seeds/${file}`, entry: undefined }).dataset;
// 呼和浩特's 新增城镇就业6.1万人，占我区31.8%: the share of the wider region's total, once `new_urban_jobs.share`.
const hohhot = article('003_76d52d8c7e5a5210.txt');
const SHARE = { 'new_urban_jobs.share': 'new_urban_jobs.share_of_wider_region' };

/** `d` with one more indicator (no figures), as another article's dataset would bring it. */
const withIndicator = (d: Dataset, id: string): Dataset => ({ ...d, indicators: [...d.indicators, { ...d.indicators[0]!, id }] });

describe('keptAliases', () => {
  const has = (...ids: string[]) => new Set(ids);
  it('keeps a rename whose new id the dataset holds and whose old id it does not, sorted by old id', () => {
    assert.deepEqual(keptAliases(Object.entries({ z: 'b', a: 'b' }), has('b')), { indicators: { a: 'b', z: 'b' } });
  });
  it('drops one whose new id is not there, or whose old id is (never redirected), and gives nothing for none', () => {
    assert.equal(keptAliases(Object.entries({ a: 'b' }), has('c')), undefined);
    assert.equal(keptAliases(Object.entries({ a: 'b' }), has('a', 'b')), undefined);
    assert.equal(keptAliases([], has('b')), undefined);
  });
});

describe('a build', () => {
  it('writes the lexicon’s renames its figures can follow, and only those', () => {
    const aliases = hohhot.aliases?.indicators ?? {};
    assert.equal(aliases['new_urban_jobs.share'], 'new_urban_jobs.share_of_wider_region');
    // 004's 便民市场 are not 呼和浩特's.
    assert.ok(!('urban_renewal:便民市场已竣工试营业:家' in aliases));
    for (const [from, to] of Object.entries(aliases)) {
      assert.equal(RENAMED_INDICATORS[from], to);
      assert.ok(hohhot.indicators.some((i) => i.id === to) && !hohhot.indicators.some((i) => i.id === from), from);
    }
    assert.equal(validateDataset(hohhot).ok, true);
  });

  it('the seeds’ dataset carries the renames the brief named: the share, 乡镇卫生院 and 便民市场', async () => {
    const seeds = await loadDefaultDataset();
    assert.deepEqual(Object.keys(seeds.aliases?.indicators ?? {}), [
      'new_urban_jobs.share',
      'township_health_centres',
      'urban_renewal:便民市场已竣工试营业:家',
      'urban_renewal:便民市场已竣工试营业正在加紧施工:家',
    ]);
  });

  it('drops a rename once another article files figures under its old id again (a live id is never redirected)', () => {
    const builder = new DatasetBuilder();
    builder.merge(hohhot);
    builder.merge(withIndicator({ ...hohhot, sources: [], observations: [], skipped: [], aliases: undefined }, 'new_urban_jobs.share'));
    assert.equal(builder.finish().aliases?.indicators?.['new_urban_jobs.share'], undefined);
  });

  it('keeps a rename a merged dataset carried that the lexicon does not know (a person wrote it)', () => {
    const builder = new DatasetBuilder();
    builder.merge({ ...hohhot, aliases: { indicators: { 'jobs.old_name': 'new_urban_jobs.share_of_wider_region' } } });
    assert.equal(builder.finish().aliases?.indicators?.['jobs.old_name'], 'new_urban_jobs.share_of_wider_region');
  });

  it('writes the same text from parts (--jobs) as from one builder, the renames on a line after the indicators', () => {
    const builder = new DatasetBuilder();
    builder.merge(hohhot);
    const assembler = new PartsAssembler();
    assembler.merge(toParts(hohhot, '003'));
    const text = serializeDataset(builder.finish());
    assert.equal(Buffer.concat(assembler.finish().map((piece) => Buffer.from(piece))).toString('utf8'), text);
    assert.match(text, /\n {2}\],\n {2}"aliases": \{"indicators":\{"new_urban_jobs\.share":"new_urban_jobs\.share_of_wider_region"\}\},\n {2}"observations": \[/u);
    assert.deepEqual(JSON.parse(text), builder.finish());
  });

  it('writes no aliases line at all for a dataset without renames (older datasets keep their bytes)', () => {
    const { aliases: _, ...plain } = hohhot;
    assert.ok(!serializeDataset(plain).includes('"aliases"'));
  });
});

describe('corrections, packing and slices', () => {
  it('corrections keep a rename while its new id has figures, and drop it when an editor moves them all away', () => {
    const share = hohhot.observations.find((o) => o.indicator === 'new_urban_jobs.share_of_wider_region')!;
    const kept = applyCorrections(hohhot, { format: CORRECTIONS_FORMAT, corrections: [] });
    assert.deepEqual(kept.dataset.aliases?.indicators?.['new_urban_jobs.share'], 'new_urban_jobs.share_of_wider_region');
    const moved = applyCorrections(hohhot, {
      format: CORRECTIONS_FORMAT,
      corrections: [{ source: hohhot.sources[0]!.sha256, span: share.span, raw: share.raw, indicator: 'urban_renewal:城区清洁取暖率:%' }],
    });
    assert.equal(moved.dataset.aliases, undefined);
    assert.equal(validateDataset(moved.dataset).ok, true);
  });

  it('the packed (embedded) form keeps the renames as they are', () => {
    const back = unpackDataset(packDataset(hohhot));
    assert.deepEqual(back.aliases, hohhot.aliases);
  });

  it('a slice for a page that names an old id keeps the new id’s figures and the rename', () => {
    const slice = sliceDataset(hohhot, [{ indicator: 'new_urban_jobs.share', region: 'hohhot' }]);
    assert.deepEqual(slice.observations.map((o) => o.indicator), ['new_urban_jobs.share_of_wider_region']);
    assert.deepEqual(slice.aliases, { indicators: SHARE });
    assert.equal(validateDataset(slice).ok, true);
  });
});

describe('validation of aliases', () => {
  const issues = (aliases: unknown): string[] => {
    const result = validateDataset({ ...hohhot, aliases });
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };
  it('accepts a rename to an indicator of the dataset, and none', () => {
    assert.deepEqual(issues({ indicators: SHARE }), []);
    assert.deepEqual(issues({}), []);
  });
  it('refuses a rename to an id the dataset lacks, of an id it holds, and a wrong shape, naming where', () => {
    assert.deepEqual(issues({ indicators: { gone: 'missing_id' } }), ['aliases.indicators["gone"]: renames to indicator "missing_id", which is not in indicators']);
    assert.deepEqual(issues({ indicators: { 'new_urban_jobs.share_of_wider_region': 'old_compounds_renovated' } }).length, 1);
    assert.match(issues({ indicators: { 'new_urban_jobs.share_of_wider_region': 'urban_renewal:城区清洁取暖率:%' } })[0] ?? '', /still in indicators/u);
    assert.match(issues({ indicators: { a: 7 } })[0] ?? '', /^aliases\.indicators\["a"\]: expected a new id/u);
    assert.match(issues({ indicators: ['a'] })[0] ?? '', /^aliases\.indicators: expected an object/u);
    assert.match(issues('share')[0] ?? '', /^aliases: expected an object of renamed ids/u);
  });
});
