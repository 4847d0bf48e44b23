/**
 * Sentences and clauses of cleaned text. A sentence ends at 。!?; (ASCII or full
 * width) or a line break, taking a closing quote mark with it; a clause also ends at
 * commas, enumeration commas, colons and brackets.
 */
import { charSet, indexOfAny, isIn } from './chars.js';

export interface Span {
  start: number;
  end: number;
}

// Character sets, not regexes: these are tested character by character.
const SENTENCE_END = charSet('。!?;！？；\n');
const CLOSERS = charSet('”」』)）');
const CLAUSE_BREAK = charSet(',，、:：;；。!?！？\n()（）“”「」『』…—');

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let stop = indexOfAny(text, SENTENCE_END, 0); stop >= 0; stop = indexOfAny(text, SENTENCE_END, start)) {
    let end = stop + 1;
    while (end < text.length && isIn(CLOSERS, text, end)) end++;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/** The sentence containing `offset` (spans sorted, as splitSentences returns them). */
export function sentenceAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo];
}

/**
 * Text of the clause before `at` (back to the last break, not past `floor`). A short
 * bracketed gloss inside a noun (`执业(助理)医师`) does not end it, as in clauseAfter.
 */
export function clauseBefore(text: string, at: number, floor: number): string {
  let i = at;
  for (;;) {
    while (i > floor && !isIn(CLAUSE_BREAK, text, i - 1)) i--;
    const open = i > floor && isIn(CLOSE_BRACKET, text, i - 1) ? glossStart(text, i - 1, floor) : -1;
    // Only a gloss with a word before it: `(一)` opening a list item ends the clause.
    if (open <= floor || isIn(CLAUSE_BREAK, text, open - 1)) return text.slice(i, at);
    i = open;
  }
}

const OPEN_BRACKET = charSet('(（');
const CLOSE_BRACKET = charSet(')）');
/** The longest bracketed gloss a clause runs through: `示范县(区)`, `乡镇(街道)区域养老服务中心`. */
const GLOSS_CHARS = 4;
/** …or a longer one saying what the noun includes: `在校学生（含在园幼儿）`, `卫生机构（不含村卫生室）`. */
const INCLUDES = /^(?:含|包括|包含|不含|不包括)/u;
const INCLUDES_CHARS = 10;

/**
 * Text of the clause after `at` (up to the next break, not past `ceiling`). A short
 * bracketed gloss inside a noun (`乡镇(街道)区域养老服务中心`) does not end it.
 */
export function clauseAfter(text: string, at: number, ceiling: number): string {
  let i = at;
  for (;;) {
    while (i < ceiling && !isIn(CLAUSE_BREAK, text, i)) i++;
    const close = isIn(OPEN_BRACKET, text, i) ? glossEnd(text, i, ceiling) : -1;
    if (close < 0) return text.slice(at, i);
    i = close + 1;
  }
}

/** The opening bracket of a gloss of at most GLOSS_CHARS that closes at `close`, or -1. */
function glossStart(text: string, close: number, floor: number): number {
  for (let i = close - 1; i >= Math.max(floor, close - INCLUDES_CHARS - 1); i--) {
    if (isIn(OPEN_BRACKET, text, i)) return i < close - 1 && (close - i - 1 <= GLOSS_CHARS || INCLUDES.test(text.slice(i + 1, close))) ? i : -1;
    if (isIn(CLAUSE_BREAK, text, i)) return -1;
  }
  return -1;
}

/** The closing bracket of a gloss of at most GLOSS_CHARS that opens at `open`, or -1. */
function glossEnd(text: string, open: number, ceiling: number): number {
  for (let i = open + 1; i < Math.min(ceiling, open + GLOSS_CHARS + 2); i++) {
    if (isIn(CLOSE_BRACKET, text, i)) return i > open + 1 ? i : -1;
    if (isIn(CLAUSE_BREAK, text, i)) return -1;
  }
  return -1;
}
