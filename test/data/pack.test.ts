import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { packDataset, unpackDataset, type PackedDataset } from '../../src/data/pack.ts';
import type { Dataset } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate.ts';

const read = (name: string) => readFileSync(new URL(`../../src/dataset/${name}`, import.meta.url), 'utf8');
const full: Dataset = JSON.parse(read('livelihood.json'));
const embedded: PackedDataset = JSON.parse(read('embedded.json'));

describe('the packed embedded dataset', () => {
  it('unpacks to the full dataset without its skipped numerals', () => {
    assert.deepEqual(unpackDataset(embedded), { ...full, skipped: [] });
  });
  it('is what packing the committed dataset gives', () => {
    assert.deepEqual(packDataset(full), embedded);
  });
  it('unpacks to a valid dataset', () => {
    assert.equal(validateDataset(unpackDataset(embedded)).ok, true);
  });
  it('stores each sentence once', () => {
    assert.equal(new Set(embedded.quotes).size, embedded.quotes.length);
    assert.ok(embedded.quotes.length < full.observations.length);
  });
});
