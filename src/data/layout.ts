/**
 * Text copied out of a PDF: lines hard-wrapped at the page's width (mid-sentence, even
 * mid-number: `1.6` / `8万个`), page footers and numbers (`— 12 —`, `13`), a running
 * header repeated on every page (`2026年政府工作报告`) and justified lines whose
 * characters are spaced out (`城 市 有 机 更 新`). clean.ts removes the wraps' line
 * ends and the spaces (one code unit each, mapped back to the raw text) and marks the
 * page lines as chrome, so a figure split by a wrap is read whole.
 */

/** A page number in dashes (`— 12 —`, `- 3 -`) or as `第3页` (`第3页/共20页`): never article text. */
export const PAGE_NUMBER = /^(?:[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共?\s*\d{1,4}\s*页)?)$/u;
/** A number alone on a line: a page number only in a file that has other page chrome. */
const BARE_NUMBER = /^\d{1,4}$/u;
/** A line ends its sentence (or a heading its list) here: no wrap after it. */
const TERMINAL = /(?:[。！？!?；;：:…]|[。！？!?][”’」』)）])$/u;
/** A table row or a spaced-out list: columns, not a wrapped line. */
const COLUMNS = /[｜|\t]|\S[ 　]{2,}\S/u;
/** A line opening a heading, an item, a bullet or a subtitle (`——2026年1月7日在…`): it starts a block of its own. */
const OPENS_BLOCK = /^(?:——|[▶►●■◆▲•★→]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])/u;
const HAN = /\p{Script=Han}/u;

/** Wrapped lines needed before a file is read as hard-wrapped, their share of the longer lines, their median length. */
const MIN_WRAPS = 6;
const WRAP_SHARE = 0.5;
const MIN_WRAP_LENGTH = 16;
/** A line this long or longer counts toward the share; shorter ones are headings and labels. */
const LONG_LINE = 12;
/** A running header is at most this long and has no sentence punctuation. */
const MAX_HEADER = 30;

interface RawLine {
  /** Offset of the line's first code unit and of its `\n` (or the text's length). */
  start: number;
  nl: number;
  /** Trimmed content. */
  s: string;
}

function linesOf(text: string): RawLine[] {
  const out: RawLine[] = [];
  for (let from = 0; from <= text.length; ) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    out.push({ start: from, nl, s: text.slice(from, nl).trim() });
    from = nl + 1;
  }
  return out;
}

/**
 * Indices of the lines that are page chrome: page numbers in dashes always; once a file
 * has one, a number alone on a line and a short line repeated verbatim (the running
 * header) too.
 */
export function pageChromeLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((s, i) => {
    if (PAGE_NUMBER.test(s)) out.add(i);
  });
  if (out.size === 0) return out;
  const counts = new Map<string, number>();
  for (const s of lines) if (s && s.length <= MAX_HEADER && !/[，。,；;]/u.test(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  lines.forEach((s, i) => {
    if (BARE_NUMBER.test(s) || (HAN.test(s) && (counts.get(s) ?? 0) >= 2)) out.add(i);
  });
  return out;
}

/**
 * Offsets of the code units to remove from `text` (already width-normalised, so U+3000 is
 * a space): in a hard-wrapped file, the `\n` (and a `\r` before it is CR handling's) of each
 * line that continues on the next; and anywhere, the single spaces of a letter-spaced run
 * of at least four Han characters (`政 府 工 作 报 告`).
 */
export function layoutRemovals(text: string): number[] {
  const removals: number[] = [];
  const lines = linesOf(text.replaceAll('\r', ' '));
  const chrome = pageChromeLines(lines.map((l) => l.s));
  const isBody = (i: number) => i < lines.length && lines[i]!.s !== '' && !chrome.has(i);
  const continues = (i: number) =>
    isBody(i) && isBody(i + 1) && !TERMINAL.test(lines[i]!.s) && !COLUMNS.test(lines[i]!.s) && !OPENS_BLOCK.test(lines[i + 1]!.s) &&
    // An indented line opens a paragraph.
    !/^[ 　]{2}/u.test(text.slice(lines[i + 1]!.start, lines[i + 1]!.start + 2));
  const wraps: number[] = [];
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isBody(i) && lines[i]!.s.length >= LONG_LINE) long++;
    if (continues(i)) wraps.push(i);
  }
  const lengths = wraps.map((i) => lines[i]!.s.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  if (wraps.length >= MIN_WRAPS && wraps.length >= WRAP_SHARE * long && median >= MIN_WRAP_LENGTH) {
    for (const i of wraps) removals.push(lines[i]!.nl);
  }
  // Letter spacing: Han, then (space Han) three times or more.
  for (const m of text.matchAll(/\p{Script=Han}(?: \p{Script=Han}){3,}/gu)) {
    for (let k = 1; k < m[0].length; k += 2) removals.push(m.index + k);
  }
  return removals.sort((a, b) => a - b);
}
