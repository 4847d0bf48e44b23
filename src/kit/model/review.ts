/**
 * What an editor did with a figure (a corrections file: checked, fields corrected), in
 * both languages: a tooltip says it (figure-tip.ts, which comes with the interaction
 * chunk), and the table in a column of its own. So only the table's file carries it.
 */
import type { Correctable, Observation } from '../../data/types.js';
import type { Lang } from './lang.js';

const FIELDS: Record<Lang, Record<Correctable, string>> = {
  zh: { subject: '对象', indicator: '指标', region: '地区', period: '时期', status: '状态' },
  en: { subject: 'subject', indicator: 'indicator', region: 'place', period: 'period', status: 'status' },
};

/** Whether an editor checked `o`, and which of its fields they corrected. */
export function reviewNote({ checked, corrected = [] }: Pick<Observation, 'checked' | 'corrected'>, lang: Lang): string {
  const fields = corrected.map((f) => FIELDS[lang][f]);
  return lang === 'zh'
    ? [checked ? '编辑已核实' : '未经编辑核实', fields.length ? `经编辑更正：${fields.join('、')}` : ''].filter(Boolean).join('；')
    : [checked ? 'checked by an editor' : 'not checked by an editor', fields.length ? `corrected by an editor: ${fields.join(', ')}` : ''].filter(Boolean).join('; ');
}
