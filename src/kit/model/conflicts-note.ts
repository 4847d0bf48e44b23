/**
 * The conflicts note's words (conflicts.ts), in both languages: a chunk, loaded when a
 * chart has the note to write (notes.ts), so no chart without one carries them.
 */
import type { Lang } from './lang.js';

const NOTE: Record<Lang, (labels: readonly string[]) => string> = {
  zh: (labels) => `注：${labels.join('、')}同一时期有不止一个数字，图中画出的是原文先给出的一个。`,
  en: (labels) =>
    `Note: ${labels.join(', ')} ${labels.length > 1 ? 'have' : 'has'} more than one figure for the same period; the chart draws the one the article gives first.`,
};

/** The note naming the marks `labels`, each standing for one of several figures of its period. */
export const conflictsNote = (labels: readonly string[], lang: Lang): string => NOTE[lang](labels);
