/**
 * Places of different administrative tiers side by side (a prefecture beside a
 * district): their figures differ in scale, and one may be part of another. Any chart
 * that draws places side by side says so in a note.
 */
import type { Region } from '../../data/types.js';
import { onDemand } from '../element/on-demand.js';
import type { DatasetIndex } from './dataset-index.js';
import { nameIn } from './figure.js';
import type { Lang } from './lang.js';
import { levelsMessages, type AdminTier } from './levels-messages.js';
import { noteWriter } from './notes.js';
import { TIER } from './tiers.js';

export type { AdminTier };

export { TIER };

/** The note's writer (levels-note.ts): loaded when a chart has the note to write (notes.ts). */
const writer = onDemand(() => import('./levels-note.js'));

/** The note for the places `ids` (in drawing order, repeats ignored); '' when they share a tier. */
export function levelsNote(index: DatasetIndex, ids: Iterable<string>, lang: Lang): string {
  const regions: Region[] = [...new Set(ids)].flatMap((id) => index.regions.get(id) ?? []);
  if (new Set(regions.map((r) => TIER[r.level])).size < 2) return '';
  // The tiers' names come from here: the entry holds their strings, which the English chunk adds to.
  return noteWriter(writer).levelsNote(index, regions, lang, levelsMessages(lang), nameIn(lang));
}
