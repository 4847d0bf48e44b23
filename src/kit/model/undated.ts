/**
 * Periods a chart can show only in the article's words, or from a start to a day it
 * does not give: `去年以来`, `截至目前` in an article with no publication date. A reader
 * takes them as of today; the note says they are not.
 */
import type { Observation } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { formatPeriod } from './format.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';

/** The note for `observations` (the figures drawn), or '' when every period shown ends on a date or is unstated. */
export function undatedNote(index: DatasetIndex, observations: Iterable<Observation>, lang: Lang): string {
  const m = messages(lang);
  const sources = new Set<string>();
  const periods = new Set<string>();
  for (const o of observations) {
    const { end, label } = o.period;
    // 未注明 is flagged (period_unstated) and said so; a dated end is shown as a date;
    // 每年 (a yearly amount) needs no date. A start alone (截至目前 from 2023: "2023年以来")
    // runs to a day the article does not give.
    if (end || label === '未注明' || label === '每年') continue;
    const source = index.sources.get(o.source);
    if (!source || source.published) continue;
    // A publisher by its name, an article by its title, quoted as each language quotes a title.
    // Quotation marks inside an English title become single ones: “写好‘民生答卷’ 绘就幸福底色”.
    const title = lang === 'zh' ? `《${cut(source.title)}》` : `“${cut(source.title).replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
    sources.add(source.publisher ? cut(source.publisher) : source.title ? title : m.unnamedSource);
    periods.add(formatPeriod(o.period, lang));
  }
  return sources.size ? m.undatedNote([...sources], [...periods]) : '';
}
