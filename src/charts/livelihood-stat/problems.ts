/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { clip } from '../../kit/model/messages.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { StatProblem } from './messages.js';

const zh = (p: StatProblem): string =>
  p.kind === 'missing-selection'
    ? '请设置 indicator 与 region 属性（一个地区的一项指标），或 observation 属性（数据编号）。'
    : `找不到数据编号“${clip(p.id)}”。请检查 observation 属性。`;

const en = (p: StatProblem): string =>
  p.kind === 'missing-selection'
    ? 'Set the indicator and region attributes (one indicator of one place), or the observation attribute (an observation id).'
    : `Unknown observation "${clip(p.id)}". Check the observation attribute.`;

/** This chart's own problems' messages in a language. */
export const statProblems = (lang: Lang): ((problem: StatProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'missing-selection' || problem.kind === 'unknown-observation' ? statProblems(lang)(problem as StatProblem) : problemMessages(lang)(problem as SharedProblem);
