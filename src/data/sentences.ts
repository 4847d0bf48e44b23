/**
 * Sentences and clauses of cleaned text. A sentence ends at 。!?; (ASCII or full
 * width) or a line break, taking a closing quote mark with it; a clause also ends at
 * commas, enumeration commas, colons and brackets.
 */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。!?;！？；\n]/gu;
const CLOSERS = /[”」』)）]/u;
const CLAUSE_BREAK = /[,，、:：;；。!?！？\n()（）“”「」『』…—]/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    let end = m.index + 1;
    while (end < text.length && CLOSERS.test(text[end])) end++;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
    SENTENCE_END.lastIndex = end;
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

/** Text of the clause before `at` (back to the last break, not past `floor`). */
export function clauseBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && !CLAUSE_BREAK.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** Text of the clause after `at` (up to the next break, not past `ceiling`). */
export function clauseAfter(text: string, at: number, ceiling: number): string {
  let i = at;
  while (i < ceiling && !CLAUSE_BREAK.test(text[i])) i++;
  return text.slice(at, i);
}
