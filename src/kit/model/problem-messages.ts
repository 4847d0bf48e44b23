/**
 * What every chart says of the problems any chart can have (element/problem.ts), in
 * Chinese and English. A chunk of its own: a chart loads it when it has a problem to show
 * (chart-element.ts); a page whose charts draw never does. Values from outside (ids,
 * URLs, validation issues) are clipped.
 */
import type { ValidationIssue } from '../../data/issue.js';
import type { SharedProblem, Suggestion } from '../element/problem.js';
import type { Lang } from './lang.js';
import { clip, enName, messages, zhName } from './messages.js';

const ISSUES_SHOWN = 3;

const zhSuggest = (list: Suggestion[]) =>
  list.length ? `您是否要找：${list.map((s) => `${s.id}（${zhName(s.name)}）`).join('、')}？` : '';

/**
 * As data/issue.ts `formatIssue` writes it. Not imported: a module shared with the
 * validator's chunk becomes a chunk of its own, which a page fetches only after the
 * validator's has arrived (a round trip before any chart with a `src` can draw).
 */
const issueText = (i: ValidationIssue) => (i.path ? `${i.path}: ${i.message}` : i.message);

export function issuesText(problem: Extract<SharedProblem, { kind: 'invalid-dataset' }>, more: (n: number) => string) {
  const shown = problem.issues.slice(0, ISSUES_SHOWN).map((i) => clip(issueText(i), 160));
  const rest = problem.issues.length - shown.length;
  return shown.join('; ') + (rest > 0 ? more(rest) : '');
}

const zh = (p: SharedProblem): string => {
  switch (p.kind) {
    case 'unknown-indicator':
      return `找不到指标“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 indicator 属性。'}`;
    case 'unknown-region':
      return `找不到地区“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 region 或 regions 属性。'}`;
    case 'unknown-category':
      return `找不到类别“${clip(p.id)}”。${zhSuggest(p.suggestions) || '请检查 category 属性。'}`;
    case 'no-data':
      return `没有符合条件的数据：${clip(p.named?.zh ?? p.selection)}。${
        p.hidden ? `${messages('zh').hiddenNote(p.hidden).replace(/^注：/u, '')}可用 statuses 或 show-uncertain 属性显示。` : ''
      }`;
    case 'unknown-status':
      return `statuses 属性中的“${clip(p.id)}”不是数据状态。可用：${p.known.join('、')}，或 all。`;
    case 'fetch-failed':
      return p.status
        ? `无法加载数据 ${clip(p.url, 120)}：服务器返回 ${p.status}。`
        : `无法加载数据 ${clip(p.url, 120)}：${clip(p.reason ?? '网络错误', 120)}。`;
    case 'fetch-timeout':
      return `加载数据 ${clip(p.url, 120)} 超时（${Math.round(p.ms / 1000)} 秒内没有完成）。`;
    case 'invalid-json':
      return `数据 ${clip(p.url, 120)} 不是有效的 JSON：${clip(p.reason, 120)}`;
    case 'invalid-dataset':
      return `${p.origin === 'dataset' ? 'dataset 属性中的数据' : `数据 ${clip(p.origin, 120)} `}未通过校验：${issuesText(p, (n) => `；另有 ${n} 处问题`)}`;
    case 'unexpected':
      return `图表出错：${clip(p.reason, 120)}`;
    case 'too-many-marks':
      return `这张图表要画 ${p.count} 个标记，超过了上限 ${p.limit} 个。请用 limit 属性限制数量，或选择更少的地区或指标。`;
  }
};

const enSuggest = (list: Suggestion[]) =>
  list.length ? ` Did you mean ${list.map((s) => `${s.id} (${enName(s.name)})`).join(', ')}?` : '';

const en = (p: SharedProblem): string => {
  switch (p.kind) {
    case 'unknown-indicator':
      return `Unknown indicator "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the indicator attribute.'}`;
    case 'unknown-region':
      return `Unknown region "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the region or regions attribute.'}`;
    case 'unknown-category':
      return `Unknown category "${clip(p.id)}".${enSuggest(p.suggestions) || ' Check the category attribute.'}`;
    case 'no-data':
      return `No figures match: ${clip(p.named?.en ?? p.selection)}.${
        p.hidden ? ` ${messages('en').hiddenNote(p.hidden)} The statuses and show-uncertain attributes show them.` : ''
      }`;
    case 'unknown-status':
      return `"${clip(p.id)}" in the statuses attribute is not a status. Use ${p.known.join(', ')}, or all.`;
    case 'fetch-failed':
      return p.status
        ? `Could not load data from ${clip(p.url, 120)}: the server answered ${p.status}.`
        : `Could not load data from ${clip(p.url, 120)}: ${clip(p.reason ?? 'network error', 120)}.`;
    case 'fetch-timeout':
      return `Loading data from ${clip(p.url, 120)} timed out (not done within ${Math.round(p.ms / 1000)} s).`;
    case 'invalid-json':
      return `The data at ${clip(p.url, 120)} is not valid JSON: ${clip(p.reason, 120)}`;
    case 'invalid-dataset':
      return `${p.origin === 'dataset' ? 'The dataset property' : `The data at ${clip(p.origin, 120)}`} is not a valid dataset: ${issuesText(p, (n) => `; and ${n} more`)}`;
    case 'unexpected':
      return `The chart failed: ${clip(p.reason, 120)}`;
    case 'too-many-marks':
      return `This chart would draw ${p.count} marks, more than the ${p.limit} it can draw. Use the limit attribute, or choose fewer places or indicators.`;
  }
};

/** A shared problem's message in a language (English reads the kit's English strings: the chart is in English, so they are here). */
export const problemMessages = (lang: Lang): ((problem: SharedProblem) => string) => (lang === 'en' ? en : zh);
