/**
 * Marks that stand for one of several different figures of the same period (six levels'
 * 在校学生 under one name, a count and its per-1,000 ratio): the chart draws the first the
 * article gives, and a note says there were others, so a collapsed conflict is not
 * published as the only figure.
 */
import type { Observation } from '../../data/types.js';
import type { Lang } from './lang.js';
import { strings } from './strings.js';

/** In Chinese; English comes with the kit's (messages-en.ts). Only the charts that use the note carry it. */
export const conflictMessages = strings<{ conflictNote(labels: readonly string[]): string }>({
  conflictNote: (labels) => `注：${labels.join('、')}同一时期有不止一个数字，图中画出的是原文先给出的一个。`,
});

const samePeriod = (a: Observation, b: Observation) => a.period.start === b.period.start && a.period.end === b.period.end;

/** The note for `marks` (label, figure drawn, its other figures), or '' when none has a rival. */
export function conflictNote(
  marks: readonly { label: string; observation?: Observation | null; others: readonly { observation: Observation }[] }[],
  lang: Lang,
): string {
  const labels = marks
    .filter(({ observation: o, others }) => o && others.some(({ observation: r }) => samePeriod(r, o) && r.status === o.status && (r.value !== o.value || r.unit !== o.unit)))
    .map((m) => m.label);
  return labels.length ? conflictMessages(lang).conflictNote(labels) : '';
}
