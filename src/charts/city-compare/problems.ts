/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { clip } from '../../kit/model/messages.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { CompareProblem } from './messages.js';

const zh = (p: CompareProblem): string =>
  `对比至少需要两个地区${p.ids.length ? `，regions 属性只列出了“${clip(p.ids.join(','))}”` : ''}。请在 regions 属性中用逗号分隔列出两个或更多地区，例如 regions="zhangjiakou,hohhot"。`;

const en = (p: CompareProblem): string =>
  `A comparison needs at least two regions${p.ids.length ? `; the regions attribute names only "${clip(p.ids.join(','))}"` : ''}. List two or more, separated by commas: regions="zhangjiakou,hohhot".`;

/** This chart's own problems' messages in a language. */
export const compareProblems = (lang: Lang): ((problem: CompareProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'too-few-regions' ? compareProblems(lang)(problem as CompareProblem) : problemMessages(lang)(problem as SharedProblem);
