/**
 * An indicator's name as every chart shows it. An indicator made from an article's
 * words has no English name (its `name.en` is the Chinese): a chart in English names it
 * by its category, marked untranslated — "Elderly care (untranslated)" — never half in
 * Chinese. The article's words stay in the figure's sentence (tooltip, table).
 */
import { isEnglish } from '../../data/english.js';
import type { LocalizedName } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';
import { messages } from './messages.js';

/** Whether a name has English of its own (not empty, not the Chinese copied). */
export const hasEnglish = (name: LocalizedName): boolean => isEnglish(name.en);

/** The name of indicator `id` in `lang`, cut for display. */
export function indicatorName(index: DatasetIndex, id: string, lang: Lang): string {
  const indicator = index.indicators.get(id);
  if (!indicator) return cut(id);
  if (lang === 'zh') return cut(indicator.name.zh || indicator.name.en);
  if (hasEnglish(indicator.name)) return cut(indicator.name.en);
  const category = index.categories.get(indicator.category)?.name;
  return messages(lang).untranslated(category && hasEnglish(category) ? cut(category.en) : '');
}
