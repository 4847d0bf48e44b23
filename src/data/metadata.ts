/**
 * What an article says about itself: title, publisher, publication date, author.
 * Read from the cleaned text only, outside excluded ranges (chrome and repeats), and
 * only from short lines, where bylines and source lines live; a field the text does
 * not state is null, for the manifest to fill in or leave empty, never guessed.
 *
 * - title: the first short line near the top that reads like a headline: no sentence
 *   end, not a `——` subtitle, byline, source or date line, not a section number.
 * - publisher: `来源:X` not preceded by a Han character (`资金来源:` is body text).
 * - published: the first date on a line that is a date (optionally labelled 发布时间,
 *   日期 …) or carries a source; `2024年1月` in a sentence is not a publication date.
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
/** A line that is only a date (and time), or that labels itself as metadata. */
const DATE_ONLY = new RegExp(`^${DATE.source}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`, 'u');
const META_LABEL = /(?:^|[^\p{Script=Han}])来源\s*:|(?:^|\s)(?:发布|发表|更新)(?:时间|日期)\s*:|^(?:日期|时间)\s*:/u;
const AUTHOR_FIELD = new RegExp(`作者\\s*:\\s*(${NAMES})`, 'u');
const BYLINE = new RegExp(`^[●■◆▲•]?\\s*(?:本报|本台|本网)?(?:特约)?记者\\s*(${NAMES})\\s*(?:/\\s*文|$|\\s+通讯员|\\s+\\S+\\s*/\\s*图)`, 'u');
const CLOSING_NAMES = new RegExp(`[。!?”…]\\s*\\((?:记者|通讯员)?\\s*(${NAMES})\\)$`, 'u');
const SENTENCE_END = /[。!?;,:…]$/;
const NOT_TITLE = /^(?:——|—|-|●|■|◆|\(\S{1,2}\)$)|来源\s*:|作者\s*:|记者|通讯员|编辑\s*:|^(?:发布|发表|更新)?(?:时间|日期)\s*:/;

export function readMetadata(clean: CleanText): TextMetadata {
  const lines = bodyLines(clean);
  const short = lines.filter((l) => l.length <= MAX_META_LINE);
  return {
    title: findTitle(lines),
    publisher: first(short, SOURCE),
    published: findDate(short),
    author: names(first(short, AUTHOR_FIELD) ?? first(short, BYLINE) ?? closingNames(lines)),
  };
}

/** Trimmed, non-blank lines of the text with excluded ranges cut out. */
function bodyLines(clean: CleanText): string[] {
  let body = '';
  let at = 0;
  for (const r of clean.excluded) {
    body += clean.text.slice(at, r.start) + '\n';
    at = r.end;
  }
  body += clean.text.slice(at);
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function findTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, TITLE_WINDOW)) {
    if (line.length > MAX_META_LINE || SENTENCE_END.test(line)) continue;
    if (NOT_TITLE.test(line) || DATE.test(line)) continue;
    if ((line.match(/\p{Script=Han}/gu)?.length ?? 0) < 4) continue;
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
    if (!DATE_ONLY.test(line) && !META_LABEL.test(line)) continue;
    const m = DATE.exec(line);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function closingNames(lines: string[]): string | null {
  const last = lines[lines.length - 1];
  const m = last === undefined ? null : CLOSING_NAMES.exec(last);
  return m ? m[1]! : null;
}

/** A name list as one string: `张凤燕 臧波` → `张凤燕、臧波`. */
function names(s: string | null): string | null {
  return s === null ? null : s.trim().split(/[ 、]+/).join('、');
}
