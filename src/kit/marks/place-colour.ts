/**
 * One colour per place on the page: a place's palette slot comes from its region id
 * and the dataset, never from its position in a chart, so 石家庄 has the same colour in
 * every chart that shows it, whatever else each chart shows and in whichever order.
 *
 * 1. Home slots, once per dataset: places ranked by how many figures they have (then by
 *    id) take, in turn, the slot their id hashes to or the next free one, so the eight
 *    most reported places of a dataset each own a colour; the rest share by hash.
 * 2. In a chart, each place takes its home slot; two that share one (only among places
 *    past the eighth) are told apart by probing, settled in id order so that the outcome
 *    depends only on which places the chart shows.
 *
 * Pure: no DOM.
 */
import type { DatasetIndex } from '../model/dataset-index.js';

/** Slots in the palette (series-styles.ts `PALETTE`). */
export const PALETTE_SLOTS = 8;

/** FNV-1a over the id's UTF-16 code units: small, fast, and spreads short ids well. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `ids` each given the first free slot from `start(id)` on, in the order given; 0-based. */
function assign(ids: readonly string[], start: (id: string) => number): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    if (slots.has(id)) continue;
    const first = start(id);
    let slot = first;
    for (let step = 1; taken.has(slot) && step < PALETTE_SLOTS; step++) slot = (first + step) % PALETTE_SLOTS;
    // Every slot taken: colours repeat, each place at its start.
    if (taken.has(slot)) slot = first;
    taken.add(slot);
    slots.set(id, slot);
  }
  return slots;
}

/** Each place's home slot, 0-based: the eight most reported first (`figures` per place id). */
export function homeSlots(figures: ReadonlyMap<string, number>): Map<string, number> {
  const ranked = [...figures.keys()].sort((a, b) => figures.get(b)! - figures.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  return assign(ranked.slice(0, PALETTE_SLOTS), (id) => hash(id) % PALETTE_SLOTS);
}

const homes = new WeakMap<DatasetIndex, Map<string, number>>();

function datasetHomes(index: DatasetIndex): Map<string, number> {
  let slots = homes.get(index);
  if (!slots) {
    const figures = new Map([...index.regions.keys()].map((id) => [id, index.byRegion.get(id)?.length ?? 0]));
    homes.set(index, (slots = homeSlots(figures)));
  }
  return slots;
}

/**
 * The palette slot, 1-based (the `series-N` class), of each of the places `ids` drawn
 * together from the dataset of `index`, in the order of `ids`.
 */
export function placeSlots(ids: readonly string[], index: DatasetIndex): number[] {
  const home = datasetHomes(index);
  const start = (id: string) => home.get(id) ?? hash(id) % PALETTE_SLOTS;
  // Places with a home of their own first: they keep it; the others probe around them.
  const order = [...new Set(ids)].sort((a, b) => Number(home.has(b)) - Number(home.has(a)) || (a < b ? -1 : a > b ? 1 : 0));
  const slots = assign(order, start);
  return ids.map((id) => slots.get(id)! + 1);
}
