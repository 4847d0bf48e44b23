/**
 * Places of different administrative tiers side by side (a prefecture beside a
 * district): their figures differ in scale, and one may be part of another. Any chart
 * that draws places side by side says so in a note.
 */
import type { Region, RegionLevel } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { nameIn } from './figure.js';
import type { Lang } from './lang.js';
import { levelsMessages, type AdminTier } from './levels-messages.js';

export type { AdminTier };

/** A district (区) and a county (县) are both county-level: only a step between tiers is flagged. */
export const TIER: Record<RegionLevel, AdminTier> = { province: 'province', prefecture: 'prefecture', district: 'county', county: 'county' };

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

/** The note for the places `ids` (in drawing order, repeats ignored); '' when they share a tier. */
export function levelsNote(index: DatasetIndex, ids: Iterable<string>, lang: Lang): string {
  const regions = [...new Set(ids)].flatMap((id) => index.regions.get(id) ?? []);
  if (new Set(regions.map((r) => TIER[r.level])).size < 2) return '';
  const name = nameIn(lang);
  return levelsMessages(lang).levelsDiffer(
    groupNames(regions, (r) => TIER[r.level], (r) => name(r.name)).map(([tier, names]) => ({ tier, names })),
    groupNames(containment(index, regions), (p) => name(p.parent.name), (p) => name(p.child.name)).map(([parent, children]) => ({ parent, children })),
  );
}
