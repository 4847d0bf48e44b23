/**
 * Remembers the last result of `fn` and recomputes only when an argument changes
 * (by identity). Charts derive their model and layout through it, so a hover or a
 * focus move re-renders without rebuilding either.
 */
export function memoize<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let result: R;
  return (...args: A): R => {
    if (!last || args.length !== last.length || args.some((a, i) => !Object.is(a, last![i]))) {
      result = fn(...args);
      last = args;
    }
    return result;
  };
}
