/**
 * The levels note (levels.ts): which places are of which tier, and which lie inside
 * another. A chunk, loaded when a chart has the note to write (notes.ts), with the note's
 * words in both languages; levels.ts gives it the tiers' names (levels-messages.ts) and
 * the places' in the chart's language.
 */
import type { LocalizedName, Region } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { TIER } from './tiers.js';
import type { Lang } from './lang.js';
import type { LevelsMessages } from './levels-messages.js';

/** A, B, and C: as Intl.ListFormat writes a conjunction in English. */
const and = (names: readonly string[]) =>
  names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;

type Differ = (tiers: { tier: string; names: string[] }[], parents: { parent: string; children: string[] }[]) => string;

/** Places of more than one tier, by tier (its name); `parents` says which of them lie inside another. */
const DIFFER: Record<Lang, Differ> = {
  zh: (tiers, parents) =>
    `注：所比较地区的行政级别不同（${tiers.map((t) => `${t.names.join('、')}为${t.tier}`).join('，')}），数据规模不宜直接比较。${parents
      .map((p) => `${p.children.join('、')}隶属${p.parent}。`)
      .join('')}`,
  en: (tiers, parents) =>
    `Note: these places are at different administrative levels (${tiers.map((t) => `${and(t.names)}: ${t.tier}`).join('; ')}), so their figures differ in scale.${parents
      .map((p) => ` ${and(p.children)} ${p.children.length === 1 ? 'is' : 'are'} part of ${p.parent}.`)
      .join('')}`,
};

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
export function levelsNote(
  index: DatasetIndex,
  regions: readonly Region[],
  lang: Lang,
  m: LevelsMessages,
  name: (name: LocalizedName) => string,
): string {
  return DIFFER[lang](
    groupNames(regions, (r) => TIER[r.level], (r) => name(r.name)).map(([tier, names]) => ({ tier: m.tier(tier), names })),
    groupNames(containment(index, regions), (p) => name(p.parent.name), (p) => name(p.child.name)).map(([parent, children]) => ({ parent, children })),
  );
}
