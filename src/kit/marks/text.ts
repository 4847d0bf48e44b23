/**
 * Text width without touching the DOM: layout runs for thousands of labels and must
 * not read layout. Widths are per-character estimates for a sans-serif face at
 * `fontSize`, rounded up so that text fits where the estimate says it fits.
 */

// Em widths, measured on DejaVu Sans (the widest common fallback sans; others are
// narrower, so the estimate errs on the roomy side). CJK and full-width forms are square.
const NARROW = new Set('ijlftrI.,:;\'|!()[]'.split(''));
const WIDE = new Set('mwMW@%'.split(''));

function charEm(code: number): number {
  if (code >= 0x2e80 && code <= 0x9fff) return 1;
  if (code >= 0xac00 && code <= 0xd7af) return 1;
  if (code >= 0xff00 && code <= 0xffef) return 1;
  const ch = String.fromCharCode(code);
  if (NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.95;
  if (code >= 0x30 && code <= 0x39) return 0.64;
  if (code >= 0x41 && code <= 0x5a) return 0.74;
  if (code >= 0x61 && code <= 0x7a) return 0.62;
  if (code === 0x20) return 0.32;
  if (code === 0x2013) return 0.5;
  return 0.86;
}

/**
 * Estimated width of `text` in px, never less than drawn: text is positioned on a
 * 1/64 px grid, so a full-width run can draw a fraction wider than its ems.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return Math.ceil(em * fontSize + 0.5);
}

/** The largest of `items`' widths, px; 0 for none. */
export function widest<T>(items: Iterable<T>, width: (item: T) => number): number {
  let most = 0;
  for (const item of items) most = Math.max(most, width(item));
  return most;
}

/** `text`, cut with "…" so that it fits `maxWidth` px. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - fontSize; // the ellipsis is 1em
  let em = 0;
  let i = 0;
  for (; i < text.length; i++) {
    em += charEm(text.charCodeAt(i));
    if (em * fontSize > room) break;
  }
  // Do not split a surrogate pair.
  if (i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1]!)) i--;
  return `${text.slice(0, i)}…`;
}

/** Where a line may end before `text[i]`: after a space, hyphen or slash, and on either side of a CJK character. */
function breaksBefore(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  const cjk = (code: number) => charEm(code) === 1 && code > 0x2e7f;
  // No line starts with closing punctuation (，。）) or ends with opening (（).
  if (/[\s,.;:!?)\]}\u3001\u3002\uff0c\uff1b\uff1a\uff09\u300d\u300f]/.test(text[i]!) || /[([{\uff08\u300c\u300e]/.test(text[i - 1]!)) return false;
  return /[\s\-/]/.test(text[i - 1]!) || cjk(before) || cjk(at);
}

/**
 * `text` in at most `maxLines` lines of `maxWidth` px, broken where a line may end (a
 * word that does not fit a line alone is broken anywhere); only what does not fit the
 * last line is cut with "…". A label that has the room of two lines is never cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let rest = text;
  while (lines.length < maxLines - 1 && textWidth(rest, fontSize) > maxWidth) {
    // The longest start of `rest` that fits, trailing spaces not counted (one pass: bars may be thousands).
    let fits = 0;
    let em = 0;
    for (; fits < rest.length; fits++) {
      const code = rest.charCodeAt(fits);
      em += charEm(code);
      if (code !== 0x20 && Math.ceil(em * fontSize + 0.5) > maxWidth) break;
    }
    if (fits === 0) break;
    let end = fits;
    while (end > 0 && !breaksBefore(rest, end)) end--;
    if (end === 0) end = fits;
    lines.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  lines.push(fitText(rest, maxWidth, fontSize));
  return lines;
}
