/**
 * English for a subject an article names in its own words, from the glossary (glossary.ts):
 * only when the glossary covers the subject whole, in the quantity its unit counts; else
 * none, and the indicator keeps its Chinese. Built into the dataset, marked
 * `translation: 'glossary'`, so charts need no glossary.
 */
import { GLOSSES, PATTERNS, TERMS } from './glossary.js';
import { quantityOf } from './units.js';

/** `subject`'s English name, sentence case, when the glossary covers it whole; undefined when not. */
export function glossaryName(subject: string, unit: string): string | undefined {
  const en = whole(subject, quantityOf(unit));
  return en && en[0]!.toUpperCase() + en.slice(1);
}

function whole(subject: string, quantity: string): string | undefined {
  // A known gloss in brackets at the end: 社区卫生服务站（达到基本标准）.
  const glossed = /^(.+)（([^（）]+)）$/u.exec(subject);
  if (glossed) {
    const gloss = GLOSSES[glossed[2]!];
    const head = gloss && whole(glossed[1]!, quantity);
    return head ? `${head} (${gloss})` : undefined;
  }
  const term = TERMS[quantity]?.[subject];
  if (term) return term;
  for (const p of PATTERNS) {
    // (The quantity first: a pattern of another quantity need not be run.)
    if (p.outer && p.outer !== quantity) continue;
    const inner = p.zh.exec(subject)?.[1];
    if (!inner) continue;
    const en = TERMS[p.inner === 'same' ? quantity : p.inner]?.[inner];
    if (en) return p.en.replace('$', en);
  }
  return undefined;
}
