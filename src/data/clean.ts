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
 *    Then, in a text written in traditional characters, those folded into simplified
 *    ones (traditional.ts), one for one too.
 * 2. Removals, reflected by `toRaw`:
 *    - `\r` (CRLF and lone CR line ends become `\n`-only or vanish);
 *    - pinyin glosses: `(` + lowercase Latin letters, tone-marked or not, made only of
 *      pinyin syllables + `)`, right after a Han character. `关键(guānjiàn)节点` →
 *      `关键节点`; chains `式(dìngdānshì)(shì)` → `式`, since the first removal leaves a
 *      Han character before the second; nested `(街道(jiēdào))` → `(街道)`. A gloss
 *      with no tone mark (`了(le)`) is stripped only when the same text has a
 *      tone-marked gloss, so ordinary text like `产品(china)` keeps its words.
 *      Uppercase (`AED`, `A P P`), digits, Han and non-syllables (`(km)`) never match.
 *    - in a hard-wrapped text copied out of a PDF, the line end of each line that
 *      continues on the next (`新增学位1.6` / `8万个` → `新增学位1.68万个`), and the
 *      spaces of letter-spaced Han (`城 市 更 新`) anywhere (layout.ts).
 * 3. Site chrome (`excluded`, reason `site_chrome`), decided per line:
 *    - a PDF's page numbers (`— 12 —`) and, in a file that has them, bare numbers on
 *      a line and short lines repeated verbatim (the running header);
 *    - a line matching `CHROME_LINES` (menus, breadcrumbs, share/print buttons, ICP
 *      and 公网安备 numbers, 网站标识码, visit counters, 主办/承办, footer links,
 *      comment boxes, TOP, editor credits, photo captions and credits) is chrome
 *      wherever it is, as long as it is short and has no `。`;
 *    - `INLINE_CHROME` (`【字体:` …) marks the rest of a line, so the date and
 *      source before it stay readable;
 *    - under a heading of links to other posts (`往期推荐`, `相关阅读`), the lines that read
 *      as headlines (≤ 64 characters, no 。 or ；) up to a blank line, or to the end of the
 *      file when only such lines, chrome and blanks follow;
 *    - short bare lines (`SHORT_BARE`: only letters and spaces, ≤ 12 characters, like
 *      `综合要闻` or a photo title `太极健身`) are chrome only in the run of blank, bare
 *      and chrome lines at the top or bottom of the file, and only when that run holds
 *      a chrome line of the kinds above: at the top, the bare lines before its last
 *      chrome line; at the bottom, all of them. So a bare title with no chrome after
 *      it (`写好民生答卷 绘就幸福底色`) stays body, and so do headings mid-article.
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

import { layoutRemovals, pageChromeLines } from './layout.js';
import { foldTraditional } from './traditional.js';

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
  /**
   * The article's own characters for the cleaned text [from, to): full-width punctuation as
   * written, with only what cleaning removed (pinyin glosses, CR) left out. One character
   * for one with the cleaned text, so offsets into either hold for both: the text is
   * normalised for matching, and what a reader is shown is verbatim.
   */
  asWritten(from: number, to: number): string;
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
    asWritten: writtenMap(raw, text.length, cleanStarts, rawStarts),
    excluded: merge(text, [...chrome, ...duplicates]),
  };
}

// ---------------------------------------------------------------------------
// 1–2. Width normalisation and removals

/** Tone-marked forms of each vowel letter (v stands for ü). */
const TONES: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  v: 'ǖǘǚǜü',
};
const TONED = `${Object.values(TONES).join('')}ńňǹḿ`;
const GLOSS_CHARS = `a-z${TONED}\\u0300-\\u036f' `;
const GLOSS_CHAR = new RegExp(`[${GLOSS_CHARS}]`);
const TONE_MARK = new RegExp(`[${TONED}\\u0300-\\u036f]`);
/** Longest gloss looked at; real ones are a few syllables (`huànrányìxīn`). */
const MAX_GLOSS = 48;
/** Whether the text has a tone-marked gloss (see rule 2); starts at `(` to scan fast. */
const TONED_GLOSS = new RegExp(`\\([${GLOSS_CHARS}]*${TONE_MARK.source}[${GLOSS_CHARS}]*\\)`);
/** One pinyin syllable, written without tones; tones are added to its vowels below. */
const PLAIN_SYLLABLE =
  '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)r?';
const SYLLABLE = `(?:${PLAIN_SYLLABLE.replace(/[aeiouv]/g, (v) => `[${v}${TONES[v]}][\\u0300-\\u036f]?`)}|[ńňǹ]g?|ḿ)`;
/**
 * Syllables, words separated by one space or an apostrophe (`xī'ān`). Each syllable
 * is matched atomically (lookahead + backreference), longest final first: a failing
 * `nanana…q` is then linear instead of trying every split.
 */
const PINYIN = new RegExp(`^(?:(?=(${SYLLABLE}))\\1)+(?:[ '](?:(?=(${SYLLABLE}))\\2)+)*$`);
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
  // Traditional characters folded after width, one for one like it (traditional.ts).
  const wide = foldTraditional(raw.replace(WIDE, (c) => (c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
  // A PDF's hard wraps and letter spacing: single code units removed like a CR (layout.ts).
  const layout = layoutRemovals(wide);
  let next = 0;
  const stripToneless = TONED_GLOSS.test(wide);

  const pieces: string[] = [];
  const cleanStarts: number[] = [0];
  const rawStarts: number[] = [0];
  let cursor = 0; // start of the kept run not yet copied
  let lastKept = -1; // index of the last kept code unit
  let len = 0; // cleaned length so far
  // indexOf rather than one regex: no match objects for every CRLF of a large file.
  let cr = wide.indexOf('\r');
  let paren = wide.indexOf('(');
  while (cr >= 0 || paren >= 0 || next < layout.length) {
    while (next < layout.length && layout[next]! < cursor) next++;
    const lay = next < layout.length ? layout[next]! : Infinity;
    const first = Math.min(cr < 0 ? Infinity : cr, paren < 0 ? Infinity : paren, lay);
    if (first === Infinity) break;
    const at = first;
    let to = at + 1;
    if (at === lay && at !== cr && at !== paren) {
      next++;
    } else if (at === paren) {
      paren = wide.indexOf('(', at + 1);
      const before = at > cursor ? at - 1 : lastKept;
      to = before >= 0 && hanAt(wide, before) ? glossEnd(wide, at, stripToneless) : -1;
      if (to < 0) continue;
    } else {
      cr = wide.indexOf('\r', at + 1);
    }
    if (at > cursor) {
      pieces.push(wide.slice(cursor, at));
      len += at - cursor;
      lastKept = at - 1;
    }
    cursor = to;
    if (cr >= 0 && cr < cursor) cr = wide.indexOf('\r', cursor);
    if (paren >= 0 && paren < cursor) paren = wide.indexOf('(', cursor);
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

/** End (exclusive) of the pinyin gloss opening at `open`, or -1. */
function glossEnd(s: string, open: number, stripToneless: boolean): number {
  const limit = Math.min(s.length, open + MAX_GLOSS);
  for (let j = open + 1; j < limit; j++) {
    const c = s[j]!;
    if (c === ')') return j > open + 1 && isGloss(s.slice(open + 1, j), stripToneless) ? j + 1 : -1;
    if (!GLOSS_CHAR.test(c)) return -1;
  }
  return -1;
}

/** Whether the code unit at `i` ends a Han character (astral ones included). */
function hanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const high = s.charCodeAt(i - 1);
    return high >= 0xd800 && high <= 0xdbff && HAN.test(s.slice(i - 1, i + 1));
  }
  return HAN.test(s[i]!);
}

function isGloss(body: string, stripToneless: boolean): boolean {
  return (stripToneless || TONE_MARK.test(body)) && PINYIN.test(body);
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

function writtenMap(raw: string, length: number, cleanStarts: Int32Array, rawStarts: Int32Array): (from: number, to: number) => string {
  return (from: number, to: number): string => {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > length || from > to) {
      throw new RangeError(`[${from}, ${to}) is outside the cleaned text (0..${length})`);
    }
    // Each segment is a run of raw characters kept one for one: copy the runs [from, to) crosses.
    let seg = 0;
    for (let lo = 0, hi = cleanStarts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (cleanStarts[mid]! <= from) {
        seg = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let out = '';
    for (let at = from; at < to; seg++) {
      const segEnd = seg + 1 < cleanStarts.length ? Math.min(to, cleanStarts[seg + 1]!) : to;
      const rawFrom = rawStarts[seg]! + (at - cleanStarts[seg]!);
      out += raw.slice(rawFrom, rawFrom + (segEnd - at));
      at = segEnd;
    }
    return out;
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
  // WeChat's counters under a post: `阅读 2.3万 点赞 186 在看 45 分享 97`.
  /^(?:阅读|浏览)(?:量)?\s*[\d.]+\s*[万wW]?\+?(?:\s*(?:点赞|在看|分享|收藏|赞|喜欢|留言)\s*[\d.]+\s*[万wW]?\+?)*$/,
  /^(?:主办|承办|协办|技术支持|运行维护)(?:单位)?\s*:/,
  /^[^,;:]{2,40}(?:主办|承办|协办)$/, // 石家庄市人民政府办公室主办
  /^(?:关于本站|关于我们|网站声明|免责声明|版权声明|网站地图|联系我们)(?:\s*[|丨·]\s*\S+)*$/,
  /版权所有|^Copyright|^©/i,
  /^(?:相关推荐|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热门推荐|往期推荐|往期回顾|往期精彩|精彩推荐|更多阅读|猜你喜欢|评论列表|网友评论|我要评论|暂无评论)/,
  /^(?:你|您)?\s*发表评论|快抢沙发/,
  /^(?:TOP|返回顶部|回到顶部)$/i,
  /^(?:责任编辑|本版编辑|值班编辑|编辑|责编|美编|审核|审校|校对|终审)\s*:/,
  // Photo caption lists: `① 焕然一新`, `- ①老旧小区换新颜`. No digits, so no figures lost.
  /^[-•·]?\s*[①-⑳][^0-9!?;]{0,30}$/,
  // Photo credits: `记者 程婧 摄`, `(张三 李四 摄)`.
  /^[(]?(?:本报)?(?:记者|通讯员)?\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*\s+摄[)]?$/u,
];

/**
 * The table as one pattern, so a line costs one regex test rather than one per row.
 * It is matched case-insensitively and with Unicode semantics, whatever a row's flags.
 */
const CHROME_LINE = new RegExp(CHROME_LINES.map((re) => `(?:${re.source})`).join('|'), 'iu');

/** A heading over links to other posts (`往期推荐`): the headlines under it are no part of the article. */
const LINKS_HEADING = /^(?:相关推荐|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热门推荐|往期推荐|往期回顾|往期精彩|精彩推荐|更多阅读|猜你喜欢)\s*[:：]?\s*$/u;
/** WeChat's title limit: a longer line, or one with a full stop or semicolon, is a sentence, not a headline. */
const MAX_HEADLINE = 64;
const SENTENCE_STOP = /[。;；]/u;

/** Chrome that starts mid-line and runs to its end. */
const INLINE_CHROME: readonly RegExp[] = [
  /【\s*字体\s*:/,
  /分享到\s*:/,
  // A dateline's counter: `发布时间：… 来源：襄阳市统计局 浏览次数：2318`.
  /(?:浏览|访问|点击|阅读)(?:次数|量|数)\s*:\s*\d/u,
  // A bare counter ending a dateline (`发布日期：2026-01-20　阅读：2856`): not `全民阅读：1200场`.
  /(?<=^|\s)(?:浏览|阅读|点击)\s*:\s*[\d,]+\s*$/u,
];

/** Bare short lines: menu entries and photo titles at the edges of a page. */
const SHORT_BARE = /^[\p{Script=Han}A-Za-z ]{1,12}$/u;

function markChrome(text: string, lines: Line[]): ExcludedRange[] {
  // A PDF's page numbers and running headers (layout.ts), wherever they fall.
  for (const i of pageChromeLines(lines.map((l) => text.slice(l.start, l.end)))) lines[i]!.kind = 'chrome';
  for (const line of lines) {
    if (line.kind === 'chrome') continue;
    if (line.kind === 'blank' || line.end - line.start > MAX_CHROME_LINE) continue;
    // A full stop makes a line a sentence, not chrome; checked before slicing.
    const stop = text.indexOf('。', line.start);
    if (stop >= 0 && stop < line.end) continue;
    const s = text.slice(line.start, line.end);
    if (CHROME_LINE.test(s)) {
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

  markLinkedHeadlines(text, lines);

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

/**
 * The headlines under a heading of links (`往期推荐\n▶ 好消息！柯桥新增3条公交线路…`) are
 * other posts: chrome, from the heading (and blank lines right after it) to the first blank
 * line or line that reads as a sentence. A blank line ends the list only when article text
 * follows: at the bottom of the page, every headline-like line to the end goes with it.
 */
function markLinkedHeadlines(text: string, lines: Line[]): void {
  const headline = (line: Line): boolean =>
    line.kind !== 'blank' && line.end - line.start <= MAX_HEADLINE && !SENTENCE_STOP.test(text.slice(line.start, line.end));
  // Where the bottom of the page starts: from here on, only blank, chrome and headline-like lines.
  let bottom = lines.length;
  while (bottom > 0 && (lines[bottom - 1]!.kind === 'blank' || lines[bottom - 1]!.kind === 'chrome' || headline(lines[bottom - 1]!))) bottom--;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'chrome' || !LINKS_HEADING.test(text.slice(lines[i]!.start, lines[i]!.end))) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.kind === 'blank') j++;
    const tail = j >= bottom;
    for (; j < lines.length && (headline(lines[j]!) || (tail && lines[j]!.kind === 'blank')); j++) {
      if (lines[j]!.kind !== 'blank') lines[j]!.kind = 'chrome';
    }
    i = j - 1;
  }
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

/** Sentence ends, and the closing quotes and brackets that follow one and belong to it. */
const isTerminator = (c: number): boolean => c === 0x3002 /* 。 */ || c === 0x21 || c === 0x3f || c === 0x3b;
const isCloser = (c: number): boolean =>
  c === 0x201d /* ” */ || c === 0x2019 || c === 0x29 || c === 0x300d || c === 0x300f || c === 0x300b || c === 0x3011;

interface Unit {
  start: number;
  end: number;
  state: 'new' | 'repeat' | 'short_repeat';
}

function markDuplicates(text: string, lines: Line[]): ExcludedRange[] {
  // Sentence hash → index of its first unit. Hashes, not strings, keep a large
  // corpus cheap; a hash match is confirmed against the text before it counts.
  const seen = new Map<number, number>();
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

    // One pass per sentence: find its end and hash it (FNV-1a, ASCII whitespace left
    // out, 30 bits to keep map keys small integers; a collision costs a comparison).
    let i = from;
    while (i < end) {
      while (i < end && text.charCodeAt(i) <= 0x20) i++;
      if (i === end) break;
      const start = i;
      let hash = 0x811c9dc5;
      let length = 0;
      let ended = false;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isTerminator(c)) ended = true;
        else if (ended && !isCloser(c)) break;
        if (c > 0x20) {
          hash = Math.imul(hash ^ c, 0x01000193);
          length++;
        }
      }
      hash >>>= 2;
      const first = seen.get(hash);
      let state: Unit['state'] = 'new';
      if (first === undefined) seen.set(hash, units.length);
      else if (sameText(text, units[first]!, start, i)) state = length >= MIN_REPEAT ? 'repeat' : 'short_repeat';
      units.push({ start, end: i, state });
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

/** Whether two spans hold the same text once ASCII whitespace is left out. */
function sameText(text: string, earlier: Unit, start: number, end: number): boolean {
  let i = earlier.start;
  let j = start;
  for (;;) {
    while (i < earlier.end && text.charCodeAt(i) <= 0x20) i++;
    while (j < end && text.charCodeAt(j) <= 0x20) j++;
    if (i === earlier.end || j === end) return i === earlier.end && j === end;
    if (text.charCodeAt(i) !== text.charCodeAt(j)) return false;
    i++;
    j++;
  }
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
