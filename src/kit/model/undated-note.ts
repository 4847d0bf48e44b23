/**
 * The undated note (undated.ts): the articles by name, and the periods as they are
 * written. A chunk, loaded when a chart has the note to write (notes.ts), with the
 * note's words in both languages (no chart that has no such note carries them).
 */
import type { Observation } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { formatPeriod } from './format.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';

/** Sources with no publication date, and the periods of theirs the chart shows only in words. */
const NOTE: Record<Lang, (sources: readonly string[], periods: readonly string[]) => string> = {
  zh: (sources, periods) => `注：${sources.join('、')}未注明发布日期，“${periods.join('”“')}”无法换算为具体日期。`,
  en: (sources, periods) =>
    `Note: ${sources.join('; ')} ${sources.length > 1 ? 'give' : 'gives'} no publication date, so “${periods.join('”, “')}” cannot be dated.`,
};

/** The note for `undated`, figures whose period runs to a day neither it nor its article gives (undated.ts). */
export function undatedNote(index: DatasetIndex, undated: readonly Observation[], lang: Lang): string {
  const m = messages(lang);
  const sources = new Set<string>();
  const periods = new Set<string>();
  for (const o of undated) {
    const source = index.sources.get(o.source)!;
    // A publisher by its name, an article by its title, quoted as each language quotes a title.
    // Quotation marks inside an English title become single ones: “写好‘民生答卷’ 绘就幸福底色”.
    const title = lang === 'zh' ? `《${cut(source.title)}》` : `“${cut(source.title).replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
    sources.add(source.publisher ? cut(source.publisher) : source.title ? title : m.unnamedSource);
    periods.add(formatPeriod(o.period, lang));
  }
  return NOTE[lang]([...sources], [...periods]);
}
