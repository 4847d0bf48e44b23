/** Fixture data for the Node tests: the browser tests' cities dataset (read from disk) and models. */
import { readFileSync } from 'node:fs';
import { buildCompareModel, type CompareModel, type CompareQuery } from '../../src/charts/city-compare/model.js';
import type { Dataset } from '../../src/data/types.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { RESULTS } from '../../src/kit/model/show.js';
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

// The models are called here as the snippet's heights call them, synchronously: with the
// notes' writers bundled (a chart loads them as a chunk, and waits: test/browser).
provideNoteWriters({ levelsNote, undatedNote, spansNote, withoutMultiYear, barSelectionNotes, compareSelectionNotes, conflictsNote, placeSources, renamedIds });
provideArticleForm(articleForm);

const citiesJson: unknown = JSON.parse(readFileSync(new URL('../browser/fixtures/cities.json.txt', import.meta.url), 'utf8'));

/** A fresh copy of the fixture dataset (tests may mutate it). */
export const cities = (): Dataset => structuredClone(citiesJson) as Dataset;

/** A comparison of the default dataset (zh, results only unless `q` says otherwise). */
export async function compareModel(q: Partial<CompareQuery>): Promise<CompareModel> {
  const result = buildCompareModel(await loadDefaultDataset(), { regions: [], indicators: [], lang: 'zh', shown: RESULTS, ...q });
  if (!result.ok) throw new Error(result.problem.kind);
  return result.model;
}

/**
 * The fixture with figures a chart hides by default: Hohhot's home-care beds flagged
 * (period unstated) and its aging-friendly renovations a plan. Zhangjiakou reports
 * neither: of these, only its cells are "not reported".
 */
export function citiesWithHidden(): Dataset {
  const data = cities();
  for (const o of data.observations) {
    if (o.id === 's_hhht#2') o.flags = ['period_unstated'];
    if (o.id === 's_hhht#3') o.status = 'plan';
  }
  return data;
}

/**
 * The fixture with an indicator made from an article's words (家庭, no English name:
 * `name.en` is the Chinese), reported by Hohhot and Shijiazhuang in elderly care.
 */
export function citiesWithUntranslated(): Dataset {
  const data = cities();
  data.indicators.push({ id: 'subject_家庭', name: { zh: '家庭', en: '家庭' }, category: 'elderly_care', unit: '户', kind: 'count', canonical: false });
  const template = data.observations.find((o) => o.id === 's_sjz#4')!;
  for (const [id, region, value] of [['s_hhht#9', 'hohhot', 862], ['s_sjz#9', 'shijiazhuang', 1239]] as const) {
    data.observations.push({ ...template, id, region, value, indicator: 'subject_家庭', subject: '家庭', raw: `${value}户` });
  }
  return data;
}
