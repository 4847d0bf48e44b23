/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { ProgressProblem } from './messages.js';

const zh = (_p: ProgressProblem): string => '请设置 indicator 属性（各地的一项指标），或 region 属性（一个地区有目标的指标）。';

const en = (_p: ProgressProblem): string => 'Set the indicator attribute (one indicator across places) or the region attribute (a place’s indicators with targets).';

/** This chart's own problems' messages in a language. */
export const progressProblems = (lang: Lang): ((problem: ProgressProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'missing-selection' ? progressProblems(lang)(problem as ProgressProblem) : problemMessages(lang)(problem as SharedProblem);
