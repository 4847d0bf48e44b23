/**
 * An indicator's name as every chart shows it. An indicator made from an article's words
 * has English only where the pipeline's glossary covered them whole (src/data/glossary.ts);
 * otherwise an English chart names it in the article's own words after its category —
 * "Urban renewal: 老旧燃气管网" — so that figures of one category never share a label
 * (charts mark the Chinese run lang="zh", kit/marks/lang-runs.ts).
 */
import { isEnglish } from '../../data/english.js';
import type { LocalizedName } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import { cut } from './limits.js';

/** Whether a name has English of its own (not empty, not the Chinese copied). */
export const hasEnglish = (name: LocalizedName): boolean => isEnglish(name.en);

/** The name of indicator `id` in `lang`, cut for display. */
export function indicatorName(index: DatasetIndex, id: string, lang: Lang): string {
  const indicator = index.indicators.get(id);
  if (!indicator) return cut(id);
  const { zh, en } = indicator.name;
  if (lang === 'zh') return cut(zh || en);
  if (hasEnglish(indicator.name)) return cut(en);
  const category = index.categories.get(indicator.category)?.name;
  return cut(category && hasEnglish(category) ? `${category.en}: ${zh}` : zh);
}
