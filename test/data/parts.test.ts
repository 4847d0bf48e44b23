import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from '../../src/cli/articles.ts';
import { PartsAssembler, toParts } from '../../src/cli/parts.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { serializeDataset } from '../../src/data/serialize.ts';
import type { Dataset } from '../../src/data/types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const article = (file: string) => buildArticle({ path: `${ROOT}seeds/${file}`, entry: undefined }).dataset;
const [a, b] = ['004_ccece93cdd1aa1d0.txt', '003_76d52d8c7e5a5210.txt'].map(article) as [Dataset, Dataset];

describe('a dataset from parts', () => {
  it('is the text of the merged dataset, whatever order the articles come in', () => {
    const builder = new DatasetBuilder();
    builder.merge(a);
    builder.merge(b);
    const assembler = new PartsAssembler();
    // b's source id sorts before a's: its block goes first, as the whole dataset sorts it.
    assembler.merge(toParts(a, 'a'));
    assembler.merge(toParts(b, 'b'));
    assert.equal(Buffer.concat(assembler.finish().map((piece) => Buffer.from(piece))).toString('utf8'), serializeDataset(builder.finish()));
  });

  it('refuses an article whose own dataset does not validate, naming it', () => {
    const broken = { ...a, observations: [{ ...a.observations[0]!, value: Number.NaN }, ...a.observations.slice(1)] };
    assert.throws(() => toParts(broken, 'seeds/004.txt'), /the dataset built from seeds\/004\.txt does not validate.*\n.*value: expected a finite number/);
  });

  it('refuses figure ids two articles share', () => {
    const twin: Dataset = { ...a, sources: a.sources.map((s) => ({ ...s, id: 'twin' })), observations: a.observations.map((o) => ({ ...o, source: 'twin' })), skipped: [] };
    const assembler = new PartsAssembler();
    assembler.merge(toParts(a, 'a'));
    assembler.merge(toParts(twin, 'twin'));
    assert.throws(() => assembler.finish(), new RegExp(`observations: id "${a.observations[0]!.id}" is used by more than one figure`));
  });
});
