/**
 * The levels note (levels.ts): which places are of which tier, and which lie inside
 * another. A chunk, loaded when a chart has the note to write (notes.ts); levels.ts gives
 * it the strings and names of the chart's language.
 */
import type { LocalizedName, Region } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { TIER } from './tiers.js';
import type { LevelsMessages } from './levels-messages.js';

/** `items` grouped by `key`, each group as the names of its items; groups in first-seen order. */
function groupNames<T, K>(items: readonly T[], key: (item: T) => K, name: (item: T) => string): [K, string[]][] {
  const groups = new Map<K, string[]>();
  for (const item of items) {
    const k = key(item);
    const names = groups.get(k);
    if (names) names.push(name(item));
    else groups.set(k, [name(item)]);
  }
  return [...groups];
}

/** The places of `regions` inside another of them, each with the nearest listed ancestor. */
function containment(index: DatasetIndex, regions: readonly Region[]): { child: Region; parent: Region }[] {
  const listed = new Set(regions.map((r) => r.id));
  const pairs: { child: Region; parent: Region }[] = [];
  for (const child of regions) {
    const seen = new Set<string>([child.id]);
    for (let up = child.parent; up && !seen.has(up); up = index.regions.get(up)?.parent) {
      seen.add(up);
      if (listed.has(up)) {
        pairs.push({ child, parent: index.regions.get(up)! });
        break;
      }
    }
  }
  return pairs;
}

/** The note for `regions`, places of more than one tier (levels.ts). */
export function levelsNote(index: DatasetIndex, regions: readonly Region[], m: LevelsMessages, name: (name: LocalizedName) => string): string {
  return m.levelsDiffer(
    groupNames(regions, (r) => TIER[r.level], (r) => name(r.name)).map(([tier, names]) => ({ tier, names })),
    groupNames(containment(index, regions), (p) => name(p.parent.name), (p) => name(p.child.name)).map(([parent, children]) => ({ parent, children })),
  );
}
