/**
 * Value → pixel scales for labelled marks. d3-scale's `scaleLinear` would bring its
 * interpolators, colours and number formats (about 10 KB gzip) to map numbers to
 * numbers; charts here label every mark and draw no ticks, so a linear map is all
 * they need (and no d3-array for two reductions).
 */
export type Scale = (value: number) => number;

/**
 * Maps `domain` linearly onto `range`; a zero-width domain maps to the range start.
 * Any finite numbers give finite positions: the domain is first scaled by its largest
 * magnitude, so ±1e308 together (whose difference overflows to Infinity) and 5e-324
 * (whose reciprocal does) both map as smaller numbers would. A value that is not finite
 * maps to the range start.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const m = Math.max(Math.abs(d0), Math.abs(d1));
  const a0 = m > 0 && Number.isFinite(m) ? d0 / m : 0;
  const a1 = m > 0 && Number.isFinite(m) ? d1 / m : 0;
  const k = a1 === a0 ? 0 : (r1 - r0) / (a1 - a0);
  return (value) => {
    const x = r0 + (value / m - a0) * k;
    return Number.isFinite(x) ? x : r0;
  };
}

/** The span bars grow over: it always includes zero, so bar lengths compare. */
export function zeroBasedDomain<T>(items: Iterable<T>, value: (d: T) => number | null): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const item of items) {
    const v = value(item);
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi > lo ? hi : lo + 1];
}
