/**
 * Periods a chart can show only in the article's words, or from a start to a day it
 * does not give: `去年以来`, `截至目前` in an article with no publication date. A reader
 * takes them as of today; a note says they are not (undated-note.ts writes it, loaded
 * when a chart has the note to write: notes.ts).
 */
import type { Observation } from '../../data/types.js';
import { onDemand } from '../element/on-demand.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import { noteWriter } from './notes.js';

const writer = onDemand(() => import('./undated-note.js'));

/** The note for `observations` (the figures drawn), or '' when every period shown ends on a date or is unstated. */
export function undatedNote(index: DatasetIndex, observations: Iterable<Observation>, lang: Lang): string {
  const undated: Observation[] = [];
  for (const o of observations) {
    const { end, label } = o.period;
    // 未注明 is flagged (period_unstated) and said so; a dated end is shown as a date;
    // 每年 (a yearly amount) needs no date. A start alone (截至目前 from 2023: "2023年以来")
    // runs to a day the article does not give.
    if (end || label === '未注明' || label === '每年') continue;
    const source = index.sources.get(o.source);
    if (source && !source.published) undated.push(o);
  }
  return undated.length ? noteWriter(writer).undatedNote(index, undated, lang) : '';
}
