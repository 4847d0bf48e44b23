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
