/**
 * What this chart says of its problems, with those every chart can have
 * (kit/model/problem-messages.ts): a chunk the chart loads when it has a problem to show.
 * In Chinese and English: problems are rare, and this way English strings never fetch them.
 */
import type { ChartProblem, SharedProblem } from '../../kit/element/problem.js';
import type { Lang } from '../../kit/model/lang.js';
import { clip, enName, zhName } from '../../kit/model/messages.js';
import { problemMessages } from '../../kit/model/problem-messages.js';
import type { TableProblem } from './messages.js';

const zh = (p: TableProblem): string =>
  p.kind === 'table-needs-selection'
    ? '请设置 region（一个地区的数字）、indicator（一项指标的数字）或 source（一篇报道的数字）属性。'
    : `找不到来源“${clip(p.id)}”。${p.suggestions.length ? `您是否要找：${p.suggestions.map((s) => `${s.id}（${zhName(s.name)}）`).join('、')}？` : '请检查 source 属性。'}`;

const en = (p: TableProblem): string =>
  p.kind === 'table-needs-selection'
    ? 'Set the region (one place’s figures), indicator (one indicator’s) or source (one article’s) attribute.'
    : `Unknown source "${clip(p.id)}".${p.suggestions.length ? ` Did you mean ${p.suggestions.map((s) => `${s.id} (${enName(s.name)})`).join(', ')}?` : ' Check the source attribute.'}`;

/** This chart's own problems' messages in a language. */
export const tableProblems = (lang: Lang): ((problem: TableProblem) => string) => (lang === 'en' ? en : zh);

/** A problem's message: this chart's own, or the kit's. */
export const describe = (problem: ChartProblem, lang: Lang): string =>
  problem.kind === 'table-needs-selection' || problem.kind === 'unknown-source' ? tableProblems(lang)(problem as TableProblem) : problemMessages(lang)(problem as SharedProblem);
