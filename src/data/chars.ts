/**
 * Sets of characters for scanning loops. A set is a table indexed by UTF-16 code unit,
 * so testing one character is a single array read: in loops that visit every character
 * of a document, a `Set.has` or a one-character regex test per character was measurably
 * slower, and running a regex search over the whole text to find rare starting
 * characters slower still.
 */

/** Only characters of the Basic Multilingual Plane (one code unit each) are allowed. */
export type CharSet = Uint8Array;

export function charSet(chars: string): CharSet {
  const set = new Uint8Array(0x10000);
  for (const c of chars) {
    if (c.length !== 1) throw new Error(`charSet: "${c}" is not a single code unit`);
    set[c.charCodeAt(0)] = 1;
  }
  return set;
}

/** Whether the code unit at `i` is in `set` (false past the end). */
export function isIn(set: CharSet, text: string, i: number): boolean {
  return set[text.charCodeAt(i)] === 1;
}

/** Index of the first character in `set` at or after `from`, or -1. */
export function indexOfAny(text: string, set: CharSet, from: number): number {
  for (let i = from; i < text.length; i++) if (set[text.charCodeAt(i)] === 1) return i;
  return -1;
}
