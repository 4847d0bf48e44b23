/**
 * Closest known ids for an unknown one, so an error can say "did you mean …".
 * A candidate matches by its id or either of its names: by containment
 * (`elderly_meal` → `elderly_meal_points`, `张家口` → 张家口市) or by edit distance
 * relative to length (`zhangjiakuo` → `zhangjiakou`).
 */
import type { LocalizedName } from '../../data/types.js';
import { pendingNames, pendingSuggestions, type ChartProblem, type Suggestion } from '../element/problem.js';
import { enName, zhName } from './messages.js';

/** A relative distance above this is not a suggestion. */
const MAX_RELATIVE_DISTANCE = 0.45;
const CONTAINED = 0.1;
/** Longer queries are cut: distance is quadratic and ids are short. */
const MAX_QUERY = 64;

/** Levenshtein distance (insert, delete, substitute), two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function score(query: string, key: string): number {
  if (!key) return Infinity;
  if (key === query) return 0;
  if (query.length >= 2 && (key.includes(query) || query.includes(key))) return CONTAINED;
  return editDistance(query, key) / Math.max(query.length, key.length);
}

/** Up to `limit` candidates closest to `query`, best first. */
export function closestIds(
  query: string,
  candidates: Iterable<{ id: string; name: LocalizedName }>,
  limit = 3,
): Suggestion[] {
  const q = query.trim().toLowerCase().slice(0, MAX_QUERY);
  if (!q) return [];
  const scored: { s: number; c: Suggestion }[] = [];
  for (const c of candidates) {
    const s = Math.min(score(q, c.id.toLowerCase()), score(q, c.name.zh), score(q, c.name.en.toLowerCase()));
    if (s <= MAX_RELATIVE_DISTANCE) scored.push({ s, c: { id: c.id, name: c.name } });
  }
  scored.sort((x, y) => x.s - y.s || (x.c.id < y.c.id ? -1 : 1));
  return scored.slice(0, limit).map((x) => x.c);
}

/**
 * `problem` with its suggestions, when it is an unknown id's (`unknownIdProblem`), and a
 * `no-data` problem with its ids' names: computed once, in place, so the problem shown
 * and the one the event carries are one.
 */
export function withSuggestions(problem: ChartProblem): ChartProblem {
  const index = pendingNames.get(problem);
  if (index && problem.kind === 'no-data') {
    // hohhot · education → 呼和浩特市 · 教育 / Hohhot · Education: a reader knows no ids.
    pendingNames.delete(problem);
    const name = (id: string) => index.regions.get(id)?.name ?? index.indicators.get(id)?.name ?? index.categories.get(id)?.name;
    const say = (lang: 'zh' | 'en') =>
      problem.selection
        .split(/( · |,)/u)
        .map((part) => (part === ',' ? (lang === 'zh' ? '、' : ', ') : ((n) => (n ? (lang === 'zh' ? zhName(n) : enName(n)) : part))(name(part))))
        .join('');
    problem.named = { zh: say('zh'), en: say('en') };
  }
  const candidates = pendingSuggestions.get(problem);
  if (candidates && 'suggestions' in problem) {
    pendingSuggestions.delete(problem);
    problem.suggestions = closestIds(problem.id, candidates());
  }
  return problem;
}
