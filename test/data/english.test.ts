import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isEnglish, untranslatedLine, untranslatedNames } from '../../src/data/english.js';
import type { Dataset } from '../../src/data/types.js';

const dataset = (): Dataset => JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;

describe('untranslatedNames', () => {
  it('finds none in the dataset the seeds build: every canonical indicator and every place with figures has English', () => {
    assert.deepEqual(untranslatedNames(dataset()), []);
    assert.equal(untranslatedLine([]), undefined);
  });

  it('flags a canonical indicator or a shown place whose English is missing or Chinese, not words kept from an article', () => {
    const d = dataset();
    const indicator = d.indicators.find((i) => i.canonical)!;
    indicator.name.en = indicator.name.zh;
    const place = d.regions.find((r) => d.observations.some((o) => o.region === r.id))!;
    place.name.en = '';
    const names = untranslatedNames(d);
    assert.deepEqual(names.map((n) => `${n.kind} ${n.id}`), [`indicator ${indicator.id}`, `region ${place.id}`]);
    assert.match(untranslatedLine(names)!, new RegExp(`^2 names have no English name.*${indicator.name.zh}`));
    // Indicators made from an article's subject keep its words in both languages.
    assert.ok(d.indicators.some((i) => !i.canonical && i.name.en === i.name.zh));
  });

  for (const [name, english] of [['Hohhot', true], ['Housing (套)', false], ['', false], ['Zhangjiakou（张家口）', false]] as const) {
    it(`reads "${name}" as ${english ? '' : 'not '}English`, () => assert.equal(isEnglish(name), english));
  }
});
