/**
 * Figures of several years (十四五期间, 2021–2025年) beside figures of a year or less:
 * drawn side by side, a five-year total reads as one year's level. Any chart that puts
 * figures side by side leaves such a figure out and names it, with its period, in a note.
 * Whether a chart has one is decided here; what it then draws and the note's words come
 * from spans-note.ts, loaded when a chart has the note to write (notes.ts).
 */
import type { Observation } from '../../data/types.js';
import { onDemand } from '../element/on-demand.js';
import type { Lang } from './lang.js';
import { noteWriter } from './notes.js';
import type { HiddenCount } from './show.js';

/** Marks side by side: each one's figures, newest first (the first is drawn), named by `label` (a place, an indicator) and `what` (a comparison's row). */
export interface SpanMark {
  label: string;
  what?: string;
  figures: Observation[];
  /** With no figure drawn, what of the mark's figures the chart hides. */
  hidden?: HiddenCount;
}

/** A figure left out, with what names it in the note. */
export interface LeftOut {
  label: string;
  what?: string | undefined;
  observation: Observation;
}

const writer = onDemand(() => import('./spans-note.js'));

/**
 * How long a figure's period is, in calendar months (2021年: 12, 2022年1–8月: 8,
 * 2021–2025年: 60); null for a figure "to date", which has no start.
 */
export function monthsOf(o: Observation): number | null {
  const { start, end } = o.period;
  if (!start || !end) return null;
  const month = (iso: string) => +iso.slice(0, 4) * 12 + +iso.slice(5, 7);
  return month(end) - month(start) + 1;
}

/** Of `figures` drawn side by side, those of several years when another is of a year or less; none otherwise. A figure "to date" is neither. */
export const multiYear = <T extends Observation>(figures: readonly T[]): T[] =>
  figures.some((o) => (monthsOf(o) ?? 13) < 13) ? figures.filter((o) => (monthsOf(o) ?? 0) > 12) : [];

/**
 * `marks` as drawn side by side: a mark whose figure drawn is of several years beside
 * another's of a year or less draws its newest figure of a year or less, else none
 * (hidden as `years`); and the figures taken out, for the note (`spansNote`).
 */
export const withoutMultiYear = <M extends SpanMark>(marks: M[]): { marks: M[]; left: LeftOut[] } =>
  multiYear(marks.flatMap((m) => m.figures.slice(0, 1))).length ? noteWriter(writer).withoutMultiYear(marks) : { marks, left: [] };

/** The note naming `left`, figures of several years not drawn; '' when none. */
export const spansNote = (left: readonly LeftOut[], lang: Lang): string => (left.length ? noteWriter(writer).spansNote(left, lang) : '');
