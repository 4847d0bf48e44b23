/**
 * The bar chart's notes on what its selection leaves out or mixes: units or periods that differ,
 * listed indicators in another unit or category, related and unnamed indicators. Only
 * some charts have one, so their words in both languages are a chunk, loaded when a
 * chart has one to write (the kit's notes.ts), not part of the chart's first file.
 */
import type { Lang } from '../../kit/model/lang.js';

export interface BarSelectionNotes {
  unitsDiffer(units: string[]): string;
  /** Places' figures of different periods: each bar is labelled with its own, and they are no ranking. */
  periodsDiffer(): string;
  /** Listed indicators left out: the place reports them, but not in the unit or category asked for. */
  leftOut(names: string[]): string;
  /** A place's figures related to another (growth, share of target), not drawn as bars of their own. */
  relatedLeftOut(count: number): string;
  /** A place's figures named only by the article's words (no canonical indicator), not drawn beside a family. */
  unnamedLeftOut(count: number): string;
}

const them = (n: number, one: string, many: string) => (n === 1 ? one : many);

const NOTES: Record<Lang, BarSelectionNotes> = {
  zh: {
    unitsDiffer: (units) => `注：各地单位不同（${units.join('、')}），数值按原文单位标注。`,
    periodsDiffer: () => '注：各地数字的时期不同（已分别标注），不宜直接比较高低。',
    leftOut: (names) => `注：${names.join('、')}的单位或类别与所选不同，未列出。`,
    // Notes are read by the page's readers: what is left out, never which attribute draws it (docs/elements.md says so).
    relatedLeftOut: (n) => `注：另有${n}项增长率、完成比例等相对于其他数字的指标未列出。`,
    unnamedLeftOut: (n) => `注：另有${n}项未归入标准指标的数字（以原文用语命名）未列出。`,
  },
  en: {
    unitsDiffer: (units) => `Note: units differ between places (${units.join(', ')}); each value keeps the unit of its source.`,
    periodsDiffer: () => 'Note: the places’ figures cover different periods (each labelled), so they do not compare directly.',
    leftOut: (names) => `Note: not shown, as reported in another unit or category: ${names.join('; ')}.`,
    relatedLeftOut: (n) =>
      `Note: ${n} indicator${them(n, '', 's')} measured against another figure (growth, share of a target) ${them(n, 'is', 'are')} not shown as bars.`,
    unnamedLeftOut: (n) =>
      `Note: ${n} figure${them(n, '', 's')} named only in the article's words (no standard indicator) ${them(n, 'is', 'are')} not shown.`,
  },
};

/** The notes in the chart's language. */
export const barSelectionNotes = (lang: Lang): BarSelectionNotes => NOTES[lang];
