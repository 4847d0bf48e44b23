/**
 * Why a figure is uncertain, as its tooltip says it: with the tooltip's code, not in the
 * chart's first file (kit/element/interaction.ts).
 */
import type { Flag } from '../../data/types.js';
import type { Lang } from '../model/lang.js';

export const FLAG_NOTES: Record<Lang, Record<Flag, string>> = {
  zh: {
    subject_unclear: '原文所计对象不明确',
    place_inferred: '地区由上文推断',
    period_unstated: '原文未写明时期',
    quoted: '出自文中人物原话，非报告数据',
    anecdote: '文中个人事例，非报告数据',
  },
  en: {
    subject_unclear: 'what is counted is unclear in the source',
    place_inferred: 'place inferred from earlier text',
    period_unstated: 'period not stated in the source',
    quoted: 'said by a person quoted in the article, not a figure of the report',
    anecdote: 'one person\'s case told in the article, not a figure of the report',
  },
};
