/**
 * An article cut into runs for display: plain text, figures (by the dataset's
 * observations) and skipped numerals (with their reason), by their spans in the decoded
 * text. Spans never overlap in a dataset the pipeline built; one that would (a
 * hand-edited dataset) is left as plain text rather than drawn twice.
 */
import type { Observation, Skipped } from '../data/types.js';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; text: string; figure: Observation }
  | { kind: 'skipped'; text: string; skipped: Skipped };

export function segmentArticle(text: string, figures: readonly Observation[], skipped: readonly Skipped[]): Segment[] {
  const marks = [
    ...figures.map((figure) => ({ span: figure.span, segment: (t: string): Segment => ({ kind: 'figure', text: t, figure }) })),
    ...skipped.map((s) => ({ span: s.span, segment: (t: string): Segment => ({ kind: 'skipped', text: t, skipped: s }) })),
  ].sort((a, b) => a.span[0] - b.span[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const { span, segment } of marks) {
    const [start, end] = span;
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start) });
    out.push(segment(text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** Characters a block of the article holds, about: blocks end at the first line break past it. */
const BLOCK_CHARS = 2000;

/**
 * Segments in blocks of whole lines, about BLOCK_CHARS long, so that a page can leave the
 * layout of blocks far from view to later (`content-visibility: auto`): a long article
 * then lays out in the time of a short one.
 */
export function blocksOf(segments: readonly Segment[]): Segment[][] {
  const blocks: Segment[][] = [];
  let block: Segment[] = [];
  let size = 0;
  const end = () => {
    if (block.length) blocks.push(block);
    block = [];
    size = 0;
  };
  for (const segment of segments) {
    if (segment.kind !== 'text') {
      block.push(segment);
      size += segment.text.length;
      continue;
    }
    let text = segment.text;
    while (text) {
      const cut = size + text.length > BLOCK_CHARS ? text.indexOf('\n', Math.max(0, BLOCK_CHARS - size - 1)) : -1;
      if (cut < 0) {
        block.push({ kind: 'text', text });
        size += text.length;
        break;
      }
      block.push({ kind: 'text', text: text.slice(0, cut + 1) });
      end();
      text = text.slice(cut + 1);
    }
  }
  end();
  return blocks;
}

/**
 * The paragraph a span is in (its line, trimmed) and the paragraph before it (the last
 * non-blank line above), with the span's place in the paragraph: what an editor reads to
 * see what sets a figure's period when its sentence does not (`2018年起,…` a paragraph
 * before `截至目前,…700余个`).
 */
export function contextOf(text: string, span: readonly [number, number]): { before: string; paragraph: string; at: [number, number] } {
  const lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
  const next = text.indexOf('\n', span[1]);
  const lineEnd = next < 0 ? text.length : next;
  const line = text.slice(lineStart, lineEnd);
  const lead = line.length - line.trimStart().length;
  const paragraph = line.trim();
  const lines = text.slice(0, lineStart).split('\n');
  let before = '';
  for (let i = lines.length - 1; i >= 0 && !before; i--) before = lines[i]!.trim();
  const at: [number, number] = [span[0] - lineStart - lead, span[1] - lineStart - lead];
  return { before, paragraph, at };
}

/**
 * Where `words` occur in `text` (case folded), as [start, end) runs in order, overlaps
 * merged: for marking in a sentence why a row matched a filter.
 */
export function wordRuns(text: string, words: readonly string[]): [number, number][] {
  const hay = text.toLowerCase();
  const runs: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + w.length)) runs.push([i, i + w.length]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of runs) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
