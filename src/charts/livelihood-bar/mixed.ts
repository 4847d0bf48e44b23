/**
 * The groups a mixed-units or mixed-families problem names (model.ts finds the problem):
 * made when its message is loaded, with problems.ts, so no chart that draws carries this
 * code. Filled in place: the problem shown and the one `livelihood-error` carries are one.
 */
import type { LocalizedName } from '../../data/types.js';
import type { ChartProblem } from '../../kit/element/problem.js';
import type { DatasetIndex } from '../../kit/model/dataset-index.js';
import { familyKey } from '../../kit/model/family.js';
import { indicatorName } from '../../kit/model/indicator-name.js';
import type { Lang } from '../../kit/model/lang.js';
import { cut } from '../../kit/model/limits.js';
import { messages } from '../../kit/model/messages.js';
import type { FamilyGroup, UnitGroup } from './messages.js';
import { pendingGroups } from './pending-groups.js';

/** Both names of indicator `id`, the English as a chart in `lang` shows it: the message holds both. */
function indicatorNames(index: DatasetIndex, id: string, lang: Lang): LocalizedName {
  const name = index.indicators.get(id)?.name ?? { zh: id, en: id };
  return lang === 'en' ? { zh: name.zh, en: indicatorName(index, id, 'en') } : name;
}

/** `problem` with its groups, when it is a mixed-units or mixed-families one still without them. */
export function withGroups(problem: ChartProblem): ChartProblem {
  const pending = pendingGroups.get(problem);
  if (!pending || (problem.kind !== 'mixed-units' && problem.kind !== 'mixed-families')) return problem;
  pendingGroups.delete(problem);
  const { index, lang, figures } = pending;
  const byUnit = problem.kind === 'mixed-units';
  const groups = new Map<string, UnitGroup | FamilyGroup>();
  for (const o of figures) {
    const key = byUnit ? o.unit : familyKey(index.indicators.get(o.indicator)!)!;
    let group = groups.get(key);
    // Named in the chart's language: 人 and 元 are "people" and "yuan" in English.
    if (!group) groups.set(key, (group = byUnit ? { unit: cut(key), unitName: cut(messages(lang).unitName(key, o.category)), names: [] } : { family: key, names: [] }));
    group.names.push(indicatorNames(index, o.indicator, lang));
  }
  problem.groups = [...groups.values()] as UnitGroup[] & FamilyGroup[];
  return problem;
}
