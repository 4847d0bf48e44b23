/**
 * Value → pixel scales for labelled marks. d3-scale's `scaleLinear` would bring its
 * interpolators, colours and number formats (about 10 KB gzip) to map numbers to
 * numbers; charts here label every mark and draw no ticks, so a linear map is all
 * they need.
 */
import { max, min } from 'd3-array';

export type Scale = (value: number) => number;

/** Maps `domain` linearly onto `range`; a zero-width domain maps to the range start. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** The span bars grow over: it always includes zero, so bar lengths compare. */
export function zeroBasedDomain<T>(items: Iterable<T>, value: (d: T) => number | null): [number, number] {
  const lo = Math.min(0, min(items, value) ?? 0);
  const hi = Math.max(0, max(items, value) ?? 0);
  return [lo, hi > lo ? hi : lo + 1];
}
