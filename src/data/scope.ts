/**
 * The scope of a place's books a figure speaks of: `市本级` (the city government's own budget)
 * against `全市` (its counties' and districts' too). A budget report gives both for one city and
 * one year (`全市…教育支出98.7亿元`, `市本级…教育支出21.4亿元`): two measures, never one
 * indicator. A figure's scope is the one its sentence names before it, else the one its section's
 * heading names (`（二）市本级一般公共预算执行情况`), unless its sentence speaks of the whole
 * (`全市`) after it.
 */

/** A scope word: `市本级`, `县本级`, `区本级`, `省本级`. */
const SCOPE = /[省市区县]本级/gu;
/** The whole of a place, which ends a scope. */
const WHOLE = /全[省市区县]/gu;
/** A section heading: `（二）…`, `二、…`. */
const HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/u;
/** The longest line read as a heading; how far before a figure its sentence is read for a scope. */
const HEADING_MAX = 40;
const READ_BEFORE = 300;

function lastIndex(text: string, words: RegExp): { at: number; word: string } | undefined {
  let last: { at: number; word: string } | undefined;
  for (const m of text.matchAll(words)) last = { at: m.index, word: m[0] };
  return last;
}

/** A section heading's start and the scope it names (undefined: a section of the whole, or of nothing). */
export interface ScopeHeading {
  at: number;
  scope: string | undefined;
}

/** Every section heading of a text, in order, found once: a heading holds until the next. */
export function findScopeHeadings(text: string): ScopeHeading[] {
  const headings: ScopeHeading[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start <= 2 * HEADING_MAX) {
      const line = text.slice(start, end).trim();
      if (line.length <= HEADING_MAX && HEADING.test(line)) headings.push({ at: start, scope: lastIndex(line, SCOPE)?.word });
    }
    start = end + 1;
  }
  return headings;
}

/** The scope (`市本级`) of a figure at `at` in the sentence starting at `sentenceStart`, if any. */
export function scopeAt(text: string, headings: readonly ScopeHeading[], at: number, sentenceStart: number): string | undefined {
  const before = text.slice(Math.max(sentenceStart, at - READ_BEFORE), at);
  const named = lastIndex(before, SCOPE);
  const whole = lastIndex(before, WHOLE);
  if (named && (!whole || named.at > whole.at)) return named.word;
  if (whole) return undefined;
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.at < sentenceStart) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? headings[lo - 1]!.scope : undefined;
}

/** A standard per person (`城乡居民医保人均财政补助标准`, `每人每月再提高10元`): the residents', whatever books pay it. */
const PER_PERSON = /标准|人均|每人|每户|每生/u;

/**
 * Whether a figure's subject needs its scope added: not when it names it already (`市本级…`,
 * or `市级财政…`, the same books), nor for a standard per person.
 */
export function needsScope(subject: string, scope: string): boolean {
  return !subject.includes(scope) && !subject.includes(`${scope[0]}级`) && !PER_PERSON.test(subject);
}
