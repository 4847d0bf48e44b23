/**
 * Notes only some charts have, whose writers are chunks loaded when a chart has the note
 * to write: places of different tiers side by side (levels.ts → levels-note.ts), periods
 * that run to a day no article gives (undated.ts → undated-note.ts), figures of several
 * years left out beside shorter ones (spans.ts → spans-note.ts), marks standing for one
 * of several figures of a period (conflicts.ts → conflicts-note.ts), and the places that
 * tell apart sources reading alike in the source line (select.ts → source-places.ts), and
 * the redirect of a renamed indicator's old id (select.ts → renamed.ts). Whether a chart has
 * one is decided in its first file; if it has, the model throws the writer's loading and
 * the chart waits for it with its placeholder (`required`, element/on-demand.ts). A chart
 * adds writers of its own notes by merging them into `NoteWriters` (livelihood-bar/model.ts).
 */
import { required, type OnDemand } from '../element/on-demand.js';
import type { levelsNote } from './levels-note.js';
import type { undatedNote } from './undated-note.js';
import type { spansNote, withoutMultiYear } from './spans-note.js';
import type { conflictsNote } from './conflicts-note.js';
import type { placeSources } from './source-places.js';
import type { renamedIds } from './renamed.js';

export interface NoteWriters {
  levelsNote: typeof levelsNote;
  undatedNote: typeof undatedNote;
  spansNote: typeof spansNote;
  withoutMultiYear: typeof withoutMultiYear;
  conflictsNote: typeof conflictsNote;
  placeSources: typeof placeSources;
  renamedIds: typeof renamedIds;
}

let provided: NoteWriters | undefined;

/** The writers for code that cannot wait for a chunk: heights in Node (src/charts/snippet.ts), tests. */
export function provideNoteWriters(bundled: NoteWriters): void {
  provided = bundled;
}

/** A note's writer: the bundled ones when provided, else its chunk (thrown while it loads). */
export const noteWriter = <K extends keyof NoteWriters>(chunk: OnDemand<Pick<NoteWriters, K>>): Pick<NoteWriters, K> => provided ?? required(chunk);
