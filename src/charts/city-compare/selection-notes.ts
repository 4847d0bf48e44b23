/**
 * The comparison's notes that only some charts have: units that differ within a row. Their words in both languages are a chunk, loaded when
 * a chart has one to write (the kit's notes.ts), not part of the chart's first file.
 */
import type { DatasetIndex } from '../../kit/model/dataset-index.js';
import type { Lang } from '../../kit/model/lang.js';
import { LIST, NOTE_NAMES_MAX, zhNames } from './messages.js';

export interface CompareSelectionNotes {
  unitsDiffer(indicators: string[], index: DatasetIndex): string;
}

/**
 * An indicator's name inside an English sentence: its first capital lowered, as English
 * writes a common noun (Old residential compounds renovated → old residential …), but
 * not a place's name (Hohhot …, any place of the dataset) nor an acronym's (HPV …).
 */
export function midSentence(name: string, index: DatasetIndex): string {
  const place = [...index.regions.values()].some(({ name: { en } }) => en && name.startsWith(en) && !/\p{L}/u.test(name[en.length] ?? ''));
  return !place && /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** Indicators' names in an English note: a, b, and c; the first few and how many more. */
export const enNames = (all: string[], index: DatasetIndex) => {
  const names = all.map((name) => midSentence(name, index));
  return names.length > NOTE_NAMES_MAX ? `${names.slice(0, NOTE_NAMES_MAX).join(', ')} and ${names.length - NOTE_NAMES_MAX} more` : LIST('en').format(names);
};

const NOTES: Record<Lang, CompareSelectionNotes> = {
  zh: {
    unitsDiffer: (names) => `注：${zhNames(names)}的单位各地不同，数值按原文单位标注。`,
  },
  en: {
    unitsDiffer: (names, index) => `Note: units differ between places for ${enNames(names, index)}; each value keeps the unit of its source.`,
  },
};

/** The notes in the chart's language. */
export const compareSelectionNotes = (lang: Lang): CompareSelectionNotes => NOTES[lang];
