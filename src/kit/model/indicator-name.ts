/**
 * An indicator's name as every chart shows it. An indicator made from an article's
 * words has no English name (its `name.en` is the Chinese): a chart in English names it
 * by its category, marked untranslated — "Elderly care (untranslated)" — never half in
 * Chinese. The article's words stay in the figure's sentence (tooltip, table). The
 * naming is the messages' (`indicatorName`): English charts load the English rule.
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
