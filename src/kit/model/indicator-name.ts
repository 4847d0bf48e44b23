/**
 * An indicator's name as every chart shows it. An indicator made from an article's words
 * has English only where the pipeline's glossary covered them whole (src/data/glossary.ts);
 * otherwise an English chart names it in the article's own words after its category —
 * "Urban renewal: 老旧燃气管网" — so that figures of one category never share a label
 * (charts mark the Chinese run lang="zh", kit/marks/lang-runs.ts). The naming is the
 * messages' (`indicatorName`): English charts load the English rule.
 */
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';

/** The name of indicator `id` in `lang`, cut for display. */
export function indicatorName(index: DatasetIndex, id: string, lang: Lang): string {
  const indicator = index.indicators.get(id);
  return indicator ? messages(lang).indicatorName(indicator.name, index.categories.get(indicator.category)?.name) : cut(id);
}
