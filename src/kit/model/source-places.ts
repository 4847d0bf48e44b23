/**
 * Sources a source line would name alike, told apart by their places (select.ts loads
 * this when a chart has an article without a publisher, or two of one publisher):
 * 写好民生答卷 绘就幸福底色（晋中市）；写好“民生答卷” 绘就幸福底色（呼和浩特市）.
 */
import type { Source } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Lang } from './lang.js';
import type { ChartSource } from './select.js';

/** A source's name as it reads: the same but for quotation marks, punctuation and spaces. */
const reading = (s: Source) => (s.publisher || s.title).replace(/[\p{P}\p{S}\s]/gu, '');

/** `sources` with the place of each that has no publisher or reads like another. */
export function placeSources(index: DatasetIndex, sources: readonly Source[], lang: Lang): ChartSource[] {
  return sources.map((s) => {
    const name = index.regions.get(s.region)?.name;
    const alike = !s.publisher || sources.some((t) => t !== s && reading(t) === reading(s));
    // The line is cut to size as it is written (messages' sourceItem).
    return name && alike ? { ...s, place: name[lang] || name.zh } : s;
  });
}
