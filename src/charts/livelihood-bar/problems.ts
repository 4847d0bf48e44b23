/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem, Suggestion } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { enName, zhName } from '../../kit/model/messages.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { BarProblem, FamilyGroup, UnitGroup } from './messages.js';
import { withGroups } from './mixed.js';

const BAR_PROBLEMS: ReadonlySet<string> = new Set<BarProblem['kind']>(['missing-selection', 'mixed-units', 'mixed-families', 'unknown-family', 'rank-figures']);

const ids = (list: Suggestion[], sep: string) => list.map((s) => `"${s.id}"`).join(sep);

const zhGroups = (groups: UnitGroup[]) =>
  groups.map((g) => `${g.unitName}：${g.names.map(zhName).join('、')}`).join('；');

const zhFamilies = (groups: FamilyGroup[]) =>
  groups.map((g) => `${g.names.map(zhName).join('、')}${g.family ? `（family="${g.family}"）` : ''}`).join('；');

const zh = (p: BarProblem): string => {
  switch (p.kind) {
    case 'missing-selection':
      return '请设置 indicator 属性（比较各地的一项指标），或 region 属性（一个地区的多项指标）。';
    case 'mixed-units':
      return `这些数据单位不同（${zhGroups(p.groups)}），不能画在同一坐标轴上。请用 indicators 或 unit 属性选择同一单位的数据。`;
    case 'mixed-families':
      return `这些数字统计的不是同一类事物（${zhFamilies(p.groups)}），不宜并列比较。请用 family 属性选择一组，或用 indicators 属性列出指标。`;
    case 'unknown-family':
      return `找不到指标组“${p.id}”。${p.suggestions.length ? `是否要找：${ids(p.suggestions, '、')}？` : '请检查 family 属性。'}`;
    case 'rank-figures':
      return '这项指标是名次（第几名），名次越小越靠前，画成条形会让靠后的显得更长。请用表格（<livelihood-table>）列出。';
  }
};

const enGroups = (groups: UnitGroup[]) =>
  groups.map((g) => `${g.unitName}: ${g.names.map(enName).join(', ')}`).join('; ');
const enFamilies = (groups: FamilyGroup[]) =>
  groups.map((g) => `${g.names.map(enName).join(', ')}${g.family ? ` (family="${g.family}")` : ''}`).join('; ');

const en = (p: BarProblem): string => {
  switch (p.kind) {
    case 'missing-selection':
      return 'Set the indicator attribute (one indicator across places) or the region attribute (one place, several indicators).';
    case 'mixed-units':
      return `These figures have different units (${enGroups(p.groups)}) and cannot share one axis. Choose figures of one unit with the indicators or unit attribute.`;
    case 'mixed-families':
      return `These figures count different kinds of thing (${enFamilies(p.groups)}) and should not stand side by side. Choose one group with the family attribute, or list indicators.`;
    case 'unknown-family':
      return `Unknown indicator family "${p.id}".${p.suggestions.length ? ` Did you mean ${ids(p.suggestions, ', ')}?` : ' Check the family attribute.'}`;
    case 'rank-figures':
      return 'This indicator is a rank (1st, 2nd …): a lower rank is better, so bars would draw the worse places longer. List it in a table (<livelihood-table>).';
  }
};

/** This chart's own problems' messages in a language. */
export const barProblems = (lang: Lang): ((problem: BarProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own (mixed units' and families' groups named first: mixed.ts), or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  BAR_PROBLEMS.has(problem.kind) ? barProblems(lang)(withGroups(problem) as BarProblem) : problemMessages(lang)(problem as SharedProblem);
