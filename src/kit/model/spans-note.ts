/**
 * Figures of several years left out beside figures of a year or less (spans.ts): which,
 * and the note naming each by its place or indicator, its value as written alone (近1万套,
 * not a chart's 近10000套) and its period. A chunk, loaded when a chart has the note to
 * write (notes.ts), with the note's words in both languages.
 */
import { abbreviates, formatFigure, formatPeriod } from './format.js';
import type { Lang } from './lang.js';
import { messages } from './messages.js';
import { figureTag, statusOf } from './show.js';
import { monthsOf, multiYear, type LeftOut, type SpanMark } from './spans.js';

type Item = { label: string; what: string | undefined; value: string; period: string };

const NOTE: Record<Lang, (items: readonly Item[]) => string> = {
  zh: (items) =>
    `注：${items.map((f) => `${f.label}${f.what ?? ''}的${f.value}是${f.period}整个时期的数字`).join('；')}，不宜与一年或更短时期的数字并列比较，未画出。`,
  en: (items) =>
    `Note: not drawn, as ${items.length > 1 ? 'each covers' : 'it covers'} several years and cannot be compared with figures for a year or less: ${items
      .map((f) => `${f.what ? `${f.what}, ` : ''}${f.label} ${f.value} (${f.period})`)
      .join('; ')}.`,
};

/** The note for `left`, figures of several years not drawn beside figures of a year or less. */
export function spansNote(left: readonly LeftOut[], lang: Lang): string {
  const m = messages(lang);
  return NOTE[lang](
    left.map(({ label, what, observation: o }) => ({
      label,
      what,
      value: m.tagged(formatFigure(o, lang, false, abbreviates([o.value], lang)), figureTag(o, lang)),
      period: formatPeriod(o.period, lang, statusOf(o)),
    })),
  );
}

/** See spans.ts: `marks` less their figures of several years where the one drawn is such a figure beside a shorter one. */
export function withoutMultiYear<M extends SpanMark>(marks: M[]): { marks: M[]; left: LeftOut[] } {
  const long = multiYear(marks.flatMap((m) => m.figures.slice(0, 1)));
  const left: LeftOut[] = [];
  const kept = marks.map((mark) => {
    if (!long.includes(mark.figures[0]!)) return mark;
    const figures = mark.figures.filter((o) => (monthsOf(o) ?? 0) < 13);
    const out = mark.figures.filter((o) => !figures.includes(o));
    for (const observation of out) left.push({ label: mark.label, what: mark.what, observation });
    return { ...mark, figures, hidden: figures.length ? mark.hidden : { ...mark.hidden, years: out.length } };
  });
  return { marks: kept, left };
}
