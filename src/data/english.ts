/**
 * Names an English chart cannot give in English: a canonical indicator or a place with
 * figures whose English name is missing or still Chinese. The CLI lists them after each
 * build and check, so the lexicon or gazetteer gets the name before a reader sees
 * `Housing: 棚改安置房` for an indicator (kit/model/indicator-name.ts) or a place's
 * Chinese name. Indicators made from an article's own words (not canonical) have English
 * only where the glossary covers their whole subject (glossary.ts); the rest keep the
 * article's words by design and are not listed.
 */
import type { Dataset } from './types.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Whether `name` reads as English: present, and without Chinese characters. */
export const isEnglish = (name: string | undefined): boolean => !!name && !CJK.test(name);

export interface Untranslated {
  kind: 'indicator' | 'region';
  id: string;
  /** The Chinese name, to say which. */
  zh: string;
}

/** `observations` absent (the head of an archive built in parts): every place of the dataset counts as shown. */
export function untranslatedNames(dataset: Pick<Dataset, 'indicators' | 'regions'> & { observations?: Dataset['observations'] }): Untranslated[] {
  const shown = new Set(dataset.observations ? dataset.observations.map((o) => o.region) : dataset.regions.map((r) => r.id));
  return [
    ...dataset.indicators.filter((i) => i.canonical && !isEnglish(i.name.en)).map((i) => ({ kind: 'indicator' as const, id: i.id, zh: i.name.zh })),
    ...dataset.regions.filter((r) => shown.has(r.id) && !isEnglish(r.name.en)).map((r) => ({ kind: 'region' as const, id: r.id, zh: r.name.zh })),
  ];
}

/** The report's line, or none when every name is English. */
export function untranslatedLine(names: readonly Untranslated[]): string | undefined {
  if (!names.length) return undefined;
  const list = names.map((n) => `${n.kind} ${n.id} (${n.zh})`).join(', ');
  return `${names.length} ${names.length === 1 ? 'name has' : 'names have'} no English name (English charts name such an indicator by its category and its Chinese name, and such a place in Chinese): ${list}`;
}
