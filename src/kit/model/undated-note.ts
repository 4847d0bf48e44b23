/**
 * The undated note (undated.ts): the articles by name, and the periods as they are
 * written. A chunk, loaded when a chart has the note to write (notes.ts).
 */
import type { Observation } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { formatPeriod } from './format.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';

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
  return m.undatedNote([...sources], [...periods]);
}
