/**
 * The sizes of the text around a chart (title, subtitle, notes, source line) and how
 * tall that text is at a width, without the DOM: the styles (frame.ts) use these sizes,
 * and an embed snippet reserves the height they add up to (reserve.ts), so that the
 * page does not move when the chart draws. Pure: no Lit, no DOM, usable in Node.
 */
import type { ChartSource } from '../model/select.js';
import { formatDate } from '../model/format.js';
import { cut } from '../model/limits.js';
import type { Lang } from '../model/lang.js';
import { messages } from '../model/messages.js';
import { textWidth } from './text.js';

export const FRAME_METRICS = {
  headingSize: 17,
  headingLine: 22,
  /** Bold text is measured this much larger. */
  boldFactor: 1.08,
  smallSize: 12,
  smallLine: 18,
  /** Under the caption; above each note and the source line. */
  gap: 8,
} as const;

/**
 * The source line's text: 来源：张家口新闻网，2025年12月22日；… An article without a
 * publisher, or one whose name reads like another's in the line, is told apart by its
 * place: 写好民生答卷 绘就幸福底色（晋中市）；写好“民生答卷” 绘就幸福底色（呼和浩特市）.
 */
export function sourceLineItems(sources: readonly ChartSource[], lang: Lang): { label: string; items: string[]; separator: string } {
  const m = messages(lang);
  return {
    label: m.sourcesLabel(sources.length),
    items: sources.map((s) => {
      const name = s.publisher || s.title || m.unnamedSource;
      return m.sourceItem(s.place ? m.tagged(cut(name, 99), s.place) : name, s.published ? formatDate(s.published, lang) : null);
    }),
    separator: lang === 'zh' ? '；' : '; ',
  };
}

/**
 * Lines `text` takes in `width` px at `fontSize`: greedy breaking between words, and
 * anywhere between CJK characters. Widths are estimates that err wide (text.ts), so
 * this errs towards one line more, never one less, for the usual fonts.
 */
export function lineCount(text: string, width: number, fontSize: number): number {
  if (!text) return 0;
  // Break opportunities: after a space, and around every CJK or full-width character.
  const pieces = text.match(/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef][\u3001\u3002\uff0c\uff1b\uff1a\uff09\u300d\u300f]*|[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+\s*|\s+/g) ?? [text];
  let lines = 1;
  let used = 0;
  for (const piece of pieces) {
    const w = textWidth(piece.trimEnd(), fontSize) - 0.5;
    const advance = textWidth(piece, fontSize) - 0.5;
    if (used > 0 && used + w > width) {
      lines++;
      used = 0;
    }
    // A word longer than the line is broken anywhere (overflow-wrap: anywhere): its
    // characters fill each line, and the room a character does not fit in is lost.
    if (w > width) {
      used = 0;
      for (const ch of piece.trimEnd()) {
        const c = textWidth(ch, fontSize) - 0.5;
        if (used > 0 && used + c > width) {
          lines++;
          used = 0;
        }
        used += c;
      }
      used += advance - w;
    } else used += advance;
  }
  return lines;
}

export interface FrameText {
  heading: string;
  subtitle: string;
  notes: readonly string[];
  sources: readonly ChartSource[];
  lang: Lang;
}

/** Height, px, of the caption above a chart and of the notes and source line below it, at `width`. */
export function frameHeight(text: FrameText, width: number): { above: number; below: number } {
  const M = FRAME_METRICS;
  const above =
    lineCount(text.heading, width, M.headingSize * M.boldFactor) * M.headingLine +
    lineCount(text.subtitle, width, M.smallSize) * M.smallLine +
    M.gap;
  let below = text.notes.reduce((sum, note) => sum + M.gap + lineCount(note, width, M.smallSize) * M.smallLine, 0);
  if (text.sources.length) {
    const { label, items, separator } = sourceLineItems(text.sources, text.lang);
    below += M.gap + lineCount(label + items.join(separator), width, M.smallSize) * M.smallLine;
  }
  return { above, below };
}

/** A chart's whole height at a width: the text of its frame around its drawing area of `area(width)` px. */
export function framedHeight(text: FrameText, area: (width: number) => number): (width: number) => number {
  return (width) => {
    const { above, below } = frameHeight(text, width);
    return above + area(width) + below;
  };
}
