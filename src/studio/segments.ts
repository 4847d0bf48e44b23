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
