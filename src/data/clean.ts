/**
 * Decoded article → cleaned text, an offset map back to the decoded string, and the
 * ranges of the cleaned text that are not the article. Nothing that could hold a
 * figure is deleted: chrome and repeats are only marked, so the extractor can record
 * each numeral in them as skipped with the range's reason.
 *
 * Rules, in order:
 *
 * 1. Width. U+FF01–U+FF5E become their ASCII forms, U+3000 and NBSP a space. One
 *    character for one, so offsets do not move.
 * 2. Removals, reflected by `toRaw`:
 *    - `\r` (CRLF and lone CR line ends become `\n`-only or vanish);
 *    - pinyin glosses: `(` + lowercase Latin letters, tone-marked or not, made only of
 *      pinyin syllables + `)`, right after a Han character. `关键(guānjiàn)节点` →
 *      `关键节点`; chains `式(dìngdānshì)(shì)` → `式`, since the first removal leaves a
 *      Han character before the second; nested `(街道(jiēdào))` → `(街道)`. A gloss
 *      with no tone mark (`了(le)`) is stripped only when the same text has a
 *      tone-marked gloss, so ordinary text like `产品(china)` keeps its words.
 *      Uppercase (`AED`, `A P P`), digits, Han and non-syllables (`(km)`) never match.
 * 3. Site chrome (`excluded`, reason `site_chrome`), decided per line:
 *    - a line matching `CHROME_LINES` (menus, breadcrumbs, share/print buttons, ICP
 *      and 公网安备 numbers, 网站标识码, visit counters, 主办/承办, footer links,
 *      comment boxes, TOP, editor credits, photo captions and credits) is chrome
 *      wherever it is, as long as it is short and has no `。`;
 *    - `INLINE_CHROME` (`【字体:` …) marks the rest of a line, so the date and
 *      source before it stay readable;
 *    - short bare lines (`SHORT_BARE`: only letters and spaces, ≤ 12 characters, like
 *      `网站首页` or a photo title) are chrome only in the run of such lines at the top
 *      or bottom of the file that also holds a line above: at the top up to the last
 *      such line, at the bottom all of them. A bare title with no chrome after it
 *      stays body.
 * 4. Repeats (`excluded`, reason `duplicate`). The body is split into sentences (at
 *    。!?; and line ends, taking closing quotes along); a sentence whose text, without
 *    whitespace, is at least `MIN_REPEAT` long and equal to an earlier one is a
 *    duplicate. A shorter repeated sentence is one only next to a duplicate, so a
 *    repeated article's `健康之路,步履铿锵` goes with it while a lone `……` never
 *    does. A line that starts with an earlier whole line (a title glued to the next
 *    paragraph) has that prefix marked.
 *
 * Excluded ranges of one reason that touch or are separated only by whitespace are
 * merged; the list is sorted and never overlaps.
 */

export type ExcludedReason = 'site_chrome' | 'duplicate';

/** [start, end) offsets in the cleaned text. */
export interface ExcludedRange {
  start: number;
  end: number;
  reason: ExcludedReason;
}

export interface CleanText {
  text: string;
  /**
   * Cleaned offset (0..text.length) → offset in the decoded raw string: where the
   * character at `offset` came from, or raw.length at the end. A removal sits before
   * the next kept character, so for a span's end use `toRaw(end - 1) + 1` to leave a
   * trailing gloss out.
   */
  toRaw(offset: number): number;
  excluded: ExcludedRange[];
}

export function cleanText(raw: string): CleanText {
  const { text, cleanStarts, rawStarts } = normalise(raw);
  const lines = splitLines(text);
  const chrome = markChrome(text, lines);
  const duplicates = markDuplicates(text, lines);
  return {
    text,
    toRaw: offsetMap(text.length, cleanStarts, rawStarts),
    excluded: merge(text, [...chrome, ...duplicates]),
  };
}

// ---------------------------------------------------------------------------
// 1–2. Width normalisation and removals

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const GLOSS_CHARS = `a-z${TONED}\\u0300-\\u036f' `;
const TONE_MARK = new RegExp(`[${TONED}\\u0300-\\u036f]`);
/** Everything removal looks at; a gloss candidate is checked further in `isGloss`. */
const REMOVAL = new RegExp(`\\r|\\(([${GLOSS_CHARS}]{1,62})\\)`, 'g');
/** Whether any gloss in the text is tone-marked (see rule 2). */
const TONED_GLOSS = new RegExp(
  `\\p{Script=Han}\\([${GLOSS_CHARS}]*${TONE_MARK.source}[${GLOSS_CHARS}]*\\)`,
  'u',
);
const SYLLABLE =
  '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)r?';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`);
const HAN = /\p{Script=Han}/u;
const WIDE = /[\uff01-\uff5e\u3000\u00a0]/g;

interface Normalised {
  text: string;
  /** Segment table: cleaned [cleanStarts[i], cleanStarts[i+1]) ↔ raw from rawStarts[i]. */
  cleanStarts: Int32Array;
  rawStarts: Int32Array;
}

function normalise(raw: string): Normalised {
  // Width first, so full-width brackets and letters in glosses are seen as ASCII.
  const wide = raw.replace(WIDE, (c) => (c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  const stripToneless = TONED_GLOSS.test(wide);

  const pieces: string[] = [];
  const cleanStarts: number[] = [0];
  const rawStarts: number[] = [0];
  let cursor = 0; // start of the kept run not yet copied
  let lastKept = -1; // index of the last kept code unit
  let len = 0; // cleaned length so far
  REMOVAL.lastIndex = 0;
  for (let m = REMOVAL.exec(wide); m !== null; m = REMOVAL.exec(wide)) {
    const at = m.index;
    const before = at > cursor ? at - 1 : lastKept;
    if (m[1] !== undefined && !(before >= 0 && hanAt(wide, before) && isGloss(m[1], stripToneless))) continue;
    if (at > cursor) {
      pieces.push(wide.slice(cursor, at));
      len += at - cursor;
      lastKept = at - 1;
    }
    cursor = at + m[0].length;
    // Each removal starts a new segment at the current cleaned length.
    if (cleanStarts[cleanStarts.length - 1] === len) rawStarts[rawStarts.length - 1] = cursor;
    else {
      cleanStarts.push(len);
      rawStarts.push(cursor);
    }
  }
  if (cursor === 0) return { text: wide, cleanStarts: Int32Array.of(0), rawStarts: Int32Array.of(0) };
  pieces.push(wide.slice(cursor));
  return {
    text: pieces.join(''),
    cleanStarts: Int32Array.from(cleanStarts),
    rawStarts: Int32Array.from(rawStarts),
  };
}

/** Whether the code unit at `i` ends a Han character (astral ones included). */
function hanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return HAN.test(s.slice(i - 1, i + 1));
  return HAN.test(s[i]!);
}

function isGloss(body: string, stripToneless: boolean): boolean {
  if (body.startsWith(' ') || body.endsWith(' ') || body.includes('  ')) return false;
  if (!stripToneless && !TONE_MARK.test(body)) return false;
  const bare = body
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v');
  return bare.split(/[ ']/).every((word) => PINYIN_WORD.test(word));
}

function offsetMap(length: number, cleanStarts: Int32Array, rawStarts: Int32Array): (offset: number) => number {
  return (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      throw new RangeError(`offset ${offset} is outside the cleaned text (0..${length})`);
    }
    let lo = 0;
    let hi = cleanStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cleanStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return rawStarts[lo]! + (offset - cleanStarts[lo]!);
  };
}

// ---------------------------------------------------------------------------
// Lines

interface Line {
  /** Content bounds without surrounding whitespace; start === end for a blank line. */
  start: number;
  end: number;
  /** Where the article part of the line ends: `end`, or where inline chrome starts. */
  bodyEnd: number;
  kind: 'blank' | 'body' | 'bare' | 'chrome';
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    let start = from;
    let end = nl;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, bodyEnd: end, kind: start === end ? 'blank' : 'body' });
    from = nl + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

// ---------------------------------------------------------------------------
// 3. Site chrome

/** Lines longer than this are article text, whatever they contain. */
const MAX_CHROME_LINE = 200;

/** Whole lines of site chrome, tested on the trimmed line. */
const CHROME_LINES: readonly RegExp[] = [
  /^支持\s*IPv6$/i,
  /^(?:网站首页|首页|返回首页)$/,
  /^(?:网站首页|首页)\s*(?:>|»|›)/, // breadcrumb
  /^(?:当前|您的|您现在的|所在)的?位置\s*:/, // breadcrumb
  /^分享(?:到)?\s*:?$/,
  /^【?(?:打印|关闭|关闭窗口|打印本页|收藏)】?(?:\s*【?(?:打印|关闭|关闭窗口|打印本页|收藏)】?)*$/,
  /ICP[备证]\s*\d|公网安备\s*\d/i,
  /网站标识码/,
  /^(?:今日|总|累计)?访问(?:量|人次|次数)/,
  /^(?:主办|承办|协办|技术支持|运行维护)(?:单位)?\s*:/,
  /^[^,;:]{2,40}(?:主办|承办|协办)$/, // 石家庄市人民政府办公室主办
  /^(?:关于本站|关于我们|网站声明|免责声明|版权声明|网站地图|联系我们)(?:\s*[|丨·]\s*\S+)*$/,
  /版权所有|^Copyright|^©/i,
  /^(?:相关推荐|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热门推荐|评论列表|网友评论|我要评论|暂无评论)/,
  /^(?:你|您)?\s*发表评论|快抢沙发/,
  /^(?:TOP|返回顶部|回到顶部)$/i,
  /^(?:责任编辑|本版编辑|值班编辑|编辑|责编|美编|审核|审校|校对|终审)\s*:/,
  // Photo caption lists: `① 焕然一新`, `- ①老旧小区换新颜`. No digits, so no figures lost.
  /^[-•·]?\s*[①-⑳][^0-9!?;]{0,30}$/,
  // Photo credits: `记者 程婧 摄`, `(张三 李四 摄)`.
  /^[(]?(?:本报)?(?:记者|通讯员)?\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*\s+摄[)]?$/u,
];

/** Chrome that starts mid-line and runs to its end. */
const INLINE_CHROME: readonly RegExp[] = [/【\s*字体\s*:/, /分享到\s*:/];

/** Bare short lines: menu entries and photo titles at the edges of a page. */
const SHORT_BARE = /^[\p{Script=Han}A-Za-z ]{1,12}$/u;

function markChrome(text: string, lines: Line[]): ExcludedRange[] {
  for (const line of lines) {
    if (line.kind === 'blank' || line.end - line.start > MAX_CHROME_LINE) continue;
    const s = text.slice(line.start, line.end);
    if (!s.includes('。') && CHROME_LINES.some((re) => re.test(s))) {
      line.kind = 'chrome';
      continue;
    }
    for (const re of INLINE_CHROME) {
      const m = re.exec(s);
      if (m && m.index > 0) line.bodyEnd = Math.min(line.bodyEnd, line.start + m.index);
      else if (m) line.kind = 'chrome';
    }
    if (line.kind === 'body' && SHORT_BARE.test(s)) line.kind = 'bare';
  }

  // The run of blank, bare and chrome lines at each edge of the file.
  let head = 0;
  let lastChrome = -1;
  for (; head < lines.length && lines[head]!.kind !== 'body'; head++) {
    if (lines[head]!.kind === 'chrome') lastChrome = head;
  }
  for (let i = 0; i < lastChrome; i++) if (lines[i]!.kind === 'bare') lines[i]!.kind = 'chrome';

  let tail = lines.length - 1;
  let tailHasChrome = false;
  for (; tail > lastChrome && lines[tail]!.kind !== 'body'; tail--) {
    if (lines[tail]!.kind === 'chrome') tailHasChrome = true;
  }
  if (tailHasChrome) {
    for (let i = tail + 1; i < lines.length; i++) if (lines[i]!.kind === 'bare') lines[i]!.kind = 'chrome';
  }
  for (const line of lines) if (line.kind === 'bare') line.kind = 'body';

  const ranges: ExcludedRange[] = [];
  for (const line of lines) {
    if (line.kind === 'chrome') ranges.push({ start: line.start, end: line.end, reason: 'site_chrome' });
    else if (line.bodyEnd < line.end) ranges.push({ start: line.bodyEnd, end: line.end, reason: 'site_chrome' });
  }
  return ranges;
}

// ---------------------------------------------------------------------------
// 4. Repeated passages

/** Shortest sentence (without whitespace) that counts as a repeat on its own. */
const MIN_REPEAT = 10;
/** Longest line remembered as a possible glued prefix (titles, headings). */
const MAX_GLUED_LINE = 100;
const GLUE_KEY = 6;
/** Earlier lines kept per key: the first few are the titles; more is only cost. */
const GLUE_CANDIDATES = 8;

/** A sentence end with the closing quotes and brackets that belong to it. */
const SENTENCE_END = /[。!?;]+[”’」』)》】]*/g;

interface Unit {
  start: number;
  end: number;
  state: 'new' | 'repeat' | 'short_repeat';
}

function markDuplicates(text: string, lines: Line[]): ExcludedRange[] {
  const seen = new Set<string>();
  const seenLines = new Map<string, string[]>();
  const units: Unit[] = [];

  for (const line of lines) {
    if (line.kind !== 'body') continue;
    let end = line.bodyEnd;
    while (end > line.start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === line.start) continue;
    let from = line.start;

    const glueKey = text.slice(from, from + GLUE_KEY);
    const glued = gluedPrefix(text, from, end, seenLines.get(glueKey));
    if (glued > 0) {
      units.push({ start: from, end: from + glued, state: 'repeat' });
      from += glued;
    }
    if (end - line.start >= MIN_REPEAT && end - line.start <= MAX_GLUED_LINE) {
      const s = text.slice(line.start, end);
      const list = seenLines.get(glueKey);
      if (!list) seenLines.set(glueKey, [s]);
      else if (list.length < GLUE_CANDIDATES) list.push(s);
    }

    while (from < end) {
      SENTENCE_END.lastIndex = from;
      const m = SENTENCE_END.exec(text);
      const stop = m !== null && m.index < end ? Math.min(end, m.index + m[0].length) : end;
      const key = withoutSpace(text.slice(from, stop));
      if (key.length > 0) {
        const state = !seen.has(key) ? 'new' : key.length >= MIN_REPEAT ? 'repeat' : 'short_repeat';
        seen.add(key);
        let start = from;
        while (isSpace(text.charCodeAt(start))) start++;
        units.push({ start, end: stop, state });
      }
      from = stop;
    }
  }

  // A short repeat joins the duplicate passage it sits in.
  for (let i = 1; i < units.length; i++) {
    if (units[i]!.state === 'short_repeat' && units[i - 1]!.state === 'repeat') units[i]!.state = 'repeat';
  }
  for (let i = units.length - 2; i >= 0; i--) {
    if (units[i]!.state === 'short_repeat' && units[i + 1]!.state === 'repeat') units[i]!.state = 'repeat';
  }
  return units
    .filter((u) => u.state === 'repeat')
    .map((u) => ({ start: u.start, end: u.end, reason: 'duplicate' as const }));
}

/** Length of the longest earlier whole line that text[start, end) starts with and goes beyond. */
function gluedPrefix(text: string, start: number, end: number, earlierLines: string[] | undefined): number {
  let best = 0;
  for (const earlier of earlierLines ?? []) {
    if (earlier.length < end - start && earlier.length > best && text.startsWith(earlier, start)) best = earlier.length;
  }
  return best;
}

function withoutSpace(s: string): string {
  return /\s/.test(s) ? s.replace(/\s+/g, '') : s;
}

// ---------------------------------------------------------------------------

function merge(text: string, ranges: ExcludedRange[]): ExcludedRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: ExcludedRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && prev.reason === r.reason && onlySpaceBetween(text, prev.end, r.start)) {
      prev.end = Math.max(prev.end, r.end);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
