/**
 * What an article says about itself: title, publisher, publication date, author.
 * Read from the cleaned text only, outside excluded ranges (chrome and repeats), and
 * only from short lines, where bylines and source lines live; a field the text does
 * not state is null, for the manifest to fill in or leave empty, never guessed.
 *
 * - title: the first short line near the top that reads like a headline: no `。` and
 *   no sentence end, not a `——` subtitle, byline, source or date line, not a section
 *   number like `(一)`; given as the article wrote it (full-width punctuation kept).
 * - publisher: `来源:X` not preceded by a Han character (`资金来源:` is body text).
 * - published: the first date on a line that is a date (optionally labelled 发布时间,
 *   日期 …), carries a source, gives it a clock time (a WeChat post's `柯桥发布
 *   2025年12月03日 18:30 浙江`) or is a source's name and the date alone (`南通人大　2025年07月15日`);
 *   a letter's date alone on its line after the signature (`2026年6月18日`) counts when no line
 *   before it dated the text; `2024年1月` in a sentence is not a publication date. With
 *   none of these, a report's `——2026年1月7日在…会议上` subtitle: the day it was delivered.
 * - author: `作者:X`, else a reporter byline (`记者 李娟`, `●本报记者 梁婧姝/文 …/图`,
 *   photographers left out), else the names in brackets closing the last paragraph
 *   (`…期待。(张凤燕 臧波)`), joined by `、`.
 */
import type { CleanText } from './clean.js';

export interface TextMetadata {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  author: string | null;
}

/** Lines longer than this are paragraphs, not titles or bylines. */
const MAX_META_LINE = 80;
/** How many non-blank lines from the top may hold the title. */
const TITLE_WINDOW = 12;

const NAME = '[\\p{Script=Han}·]{2,4}';
const NAMES = `${NAME}(?:[ 、]+${NAME})*`;

const SOURCE = /(?:^|[^\p{Script=Han}])来源\s*:\s*([^\s()【】|,;:]+)/u;
const DATE = /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/u;
/** A line that is only a date (and time), or that labels itself as metadata; 日 too (a letter's signature: `2026年6月18日`). */
const DATE_ONLY = new RegExp(`^${DATE.source}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`, 'u');
/** A date with a clock time right after it, on a line that is no sentence: a timestamp. */
const STAMPED = new RegExp(`${DATE.source}日?\\s*\\d{1,2}:\\d{2}(?!\\d)`, 'u');
/** A source's name, a space, then the date and nothing more: `南通人大　2025年07月15日`. */
const SOURCE_DATED = new RegExp(`^[\\p{Script=Han}A-Za-z·]{2,16}[ \\t\u3000]+${DATE.source}日?$`, 'u');
const META_LABEL = /(?:^|[^\p{Script=Han}])来源\s*:|(?:^|\s)(?:发布|发表|更新)(?:时间|日期)\s*:|^(?:日期|时间)\s*:/u;
const AUTHOR_FIELD = new RegExp(`作者\\s*:\\s*(${NAMES})`, 'u');
const BYLINE = new RegExp(`^[●■◆▲•]?\\s*(?:本报|本台|本网)?(?:特约)?记者\\s*(${NAMES})\\s*(?:/\\s*文|$|\\s+通讯员|\\s+\\S+\\s*/\\s*图)`, 'u');
const CLOSING_NAMES = new RegExp(`[。!?”…]\\s*\\((?:记者|通讯员)?\\s*(${NAMES})\\)$`, 'u');
const SENTENCE_END = /[。!?;,:…]$/;
/** A module constant: esbuild compiles a \p{…} literal inside a function on every call. */
const HAN_CHARS = /\p{Script=Han}/gu;
const NOT_TITLE = /^(?:——|—|-|●|■|◆|\(\S{1,2}\)$)|。|来源\s*:|作者\s*:|记者|通讯员|编辑\s*:|^(?:发布|发表|更新)?(?:时间|日期)\s*:/;

export function readMetadata(clean: CleanText): TextMetadata {
  const { short, last } = bodyLines(clean);
  const lines = short.map((l) => l.text);
  const title = findTitle(short);
  return {
    // As the article wrote it (`进展来啦！`), as figures' quotes are: a reader sees it in the source line.
    title: title && clean.asWritten(title.start, title.start + title.text.length),
    publisher: first(lines, SOURCE),
    published: findDate(lines) ?? delivered(lines),
    author: names(first(lines, AUTHOR_FIELD) ?? first(lines, BYLINE) ?? closingNames(last)),
  };
}

interface ShortLine {
  text: string;
  /** Its offset in the cleaned text. */
  start: number;
  /** Position among the non-blank lines of the body. */
  index: number;
}

/**
 * The trimmed non-blank lines of no more than MAX_META_LINE characters outside the
 * excluded ranges, and the last line of any length. Long lines are never sliced:
 * they are paragraphs, and a corpus is mostly paragraphs.
 */
function bodyLines(clean: CleanText): { short: ShortLine[]; last: string | null } {
  const { text } = clean;
  const short: ShortLine[] = [];
  let count = 0;
  let lastStart = -1;
  let lastEnd = -1;
  const scan = (from: number, to: number): void => {
    while (from < to) {
      let nl = text.indexOf('\n', from);
      if (nl < 0 || nl > to) nl = to;
      let a = from;
      let b = nl;
      while (a < b && text.charCodeAt(a) <= 0x20) a++;
      while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
      if (b > a) {
        if (b - a <= MAX_META_LINE) short.push({ text: text.slice(a, b), start: a, index: count });
        count++;
        lastStart = a;
        lastEnd = b;
      }
      from = nl + 1;
    }
  };
  let at = 0;
  for (const r of clean.excluded) {
    scan(at, r.start);
    at = r.end;
  }
  scan(at, text.length);
  return { short, last: lastStart < 0 ? null : text.slice(lastStart, lastEnd) };
}

function findTitle(lines: ShortLine[]): ShortLine | null {
  for (const line of lines) {
    if (line.index >= TITLE_WINDOW) break;
    const { text } = line;
    if (SENTENCE_END.test(text) || NOT_TITLE.test(text) || DATE.test(text)) continue;
    if ((text.match(HAN_CHARS)?.length ?? 0) < 4) continue;
    return line;
  }
  return null;
}

function first(lines: string[], re: RegExp): string | null {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

function findDate(lines: string[]): string | null {
  for (const line of lines) {
    if (!DATE_ONLY.test(line) && !META_LABEL.test(line) && !SOURCE_DATED.test(line) && !(STAMPED.test(line) && !SENTENCE_END.test(line))) continue;
    const m = DATE.exec(line);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** A report's subtitle: `——2026年1月7日在义乌市第十七届人民代表大会第六次会议上`. */
const DELIVERED = new RegExp(`^——\\s*${DATE.source}日?在\\S{2,40}会议上$`, 'u');

/**
 * With no dateline, the day a report was delivered, from its subtitle: a report copied out
 * of its PDF carries no other date, and the PDF is the report as delivered.
 */
function delivered(lines: string[]): string | null {
  const line = lines.find((l) => DELIVERED.test(l));
  return line === undefined ? null : findDate([`日期:${line.slice(2)}`]);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function closingNames(last: string | null): string | null {
  const m = last === null ? null : CLOSING_NAMES.exec(last);
  return m ? m[1]! : null;
}

/** A name list as one string: `张凤燕 臧波` → `张凤燕、臧波`. */
function names(s: string | null): string | null {
  return s === null ? null : s.trim().split(/[ 、]+/).join('、');
}
