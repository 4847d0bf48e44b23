/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { clip, enName, zhName } from '../../kit/model/messages.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import { LIST, type CompareProblem } from './messages.js';

type NothingShared = Extract<CompareProblem, { kind: 'nothing-shared' }>;

/** Where each place's own figures are: a table of each (a bar of one place's figures refuses mixed kinds). */
const tables = (p: NothingShared, sep: string) =>
  p.ids.map((id) => `<livelihood-table region="${clip(id)}"${p.category ? ` category="${clip(p.category)}"` : ''}>`).join(sep);

const zh = (p: CompareProblem): string =>
  p.kind === 'nothing-shared'
    ? `${LIST('zh').format(p.names.map(zhName))}没有共同报告的${p.category ? '该类' : ''}指标，无法对比。各地的数据可分别列出：${tables(p, '、')}；或用 indicators 属性列出要对比的指标。`
    : `对比至少需要两个地区${p.ids.length ? `，regions 属性只列出了“${clip(p.ids.join(','))}”` : ''}。请在 regions 属性中用逗号分隔列出两个或更多地区，例如 regions="zhangjiakou,hohhot"。`;

const en = (p: CompareProblem): string =>
  p.kind === 'nothing-shared'
    ? `${LIST('en').format(p.names.map(enName))} report no indicator${p.category ? ' of this category' : ''} in common: there is nothing to compare. Each place's figures can be listed on their own: ${tables(p, ', ')}; or name the indicators to compare with the indicators attribute.`
    : `A comparison needs at least two regions${p.ids.length ? `; the regions attribute names only "${clip(p.ids.join(','))}"` : ''}. List two or more, separated by commas: regions="zhangjiakou,hohhot".`;

/** This chart's own problems' messages in a language. */
export const compareProblems = (lang: Lang): ((problem: CompareProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'too-few-regions' || problem.kind === 'nothing-shared' ? compareProblems(lang)(problem as CompareProblem) : problemMessages(lang)(problem as SharedProblem);
