/**
 * Marks that stand for one of several different figures of the same period (six levels'
 * 在校学生 under one name, a count and its per-1,000 ratio): the chart draws the first the
 * article gives, and a note says there were others, so a collapsed conflict is not
 * published as the only figure.
 */
import type { Observation } from '../../data/types.js';
import { onDemand } from '../element/on-demand.js';
import type { Lang } from './lang.js';
import { noteWriter } from './notes.js';

/** The note's words (conflicts-note.ts): loaded when a chart has the note to write (notes.ts). */
const writer = onDemand(() => import('./conflicts-note.js'));

const samePeriod = (a: Observation, b: Observation) => a.period.start === b.period.start && a.period.end === b.period.end;

/** The note for `marks` (label, figure drawn, its other figures), or '' when none has a rival. */
export function conflictNote(
  marks: readonly { label: string; observation?: Observation | null; others: readonly { observation: Observation }[] }[],
  lang: Lang,
): string {
  const labels = marks
    .filter(({ observation: o, others }) => o && others.some(({ observation: r }) => samePeriod(r, o) && r.status === o.status && (r.value !== o.value || r.unit !== o.unit)))
    .map((m) => m.label);
  return labels.length ? noteWriter(writer).conflictsNote(labels, lang) : '';
}
